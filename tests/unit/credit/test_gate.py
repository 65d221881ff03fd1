"""The credit gate on the import path (and the service under the invoice dialog): invoices that
take a customer past the warning line or the limit, or to a prepayment customer, need a reason;
without one nothing is written, with one the reason is audited."""

from datetime import date

import pytest
from sqlalchemy import select, text

from app.cli import main
from app.models import AuditLog
from app.services import customers as cs
from app.services import ledger as L
from app.services.credit.entries import set_override
from app.services.credit.gate import CreditGateRefused, check_invoice, check_invoices
from app.services.importers import import_file
from app.storage.db import Database

AS_OF = date(2026, 11, 23)
CSV = ("number,customer_code,issue_date,due_date,currency,amount\n"
       "INV-101,K1,2026-11-01,2026-12-01,CNY,20000.00\n"
       "INV-102,K1,2026-11-02,2026-12-02,CNY,15000.00\n"
       "INV-103,K2,2026-11-03,2026-12-03,CNY,100.00\n")


@pytest.fixture
def company(tmp_path):
    path = tmp_path / "gate.db"
    with Database.open(path, create=True) as db, db.session() as s:
        k1 = cs.create_customer(s, cs.CustomerData("K1", "杭州东方机械有限公司", credit_limit_minor=4_000_000))
        cs.create_customer(s, cs.CustomerData("K2", "Acme GmbH"))            # no limit: nothing to check
        L.create_invoice(s, L.InvoiceData("OLD-1", k1, date(2026, 10, 1), "CNY", 1_000_000))
    f = tmp_path / "invoices.csv"
    f.write_text(CSV, encoding="utf-8")
    return path, f


def _count(path):
    with Database.open(path) as db, db.engine.connect() as c:
        return c.execute(text("SELECT COUNT(*) FROM invoice")).scalar()


def test_import_past_the_limit_needs_a_reason(company):
    path, f = company
    with Database.open(path) as db:
        with pytest.raises(CreditGateRefused) as err:
            import_file(db, "invoices", f, as_of=AS_OF)
        (check,) = err.value.checks                            # K1 only: K2 has no limit
        assert (check.code, check.status) == ("K1", "over_limit")
        assert (check.exposure_before, check.exposure_after, check.limit) == (1_000_000, 4_500_000, 4_000_000)
    assert _count(path) == 1                                    # nothing written
    with Database.open(path) as db:
        r = import_file(db, "invoices", f, as_of=AS_OF, credit_reason="Framework contract renewed")
        assert r.written and r.new == 3
        with db.session() as s:
            rows = s.scalars(select(AuditLog).where(AuditLog.field == "credit_gate")).all()
            assert [(a.reason, a.after.split(":")[0]) for a in rows] == [("Framework contract renewed",
                                                                          "invoices.csv")]


def test_cli_refuses_with_exit_2_and_names_the_customer(company, capsys):
    path, f = company
    assert main(["import", "invoices", str(f), "--db", str(path), "--as-of", "2026-11-23"]) == 2
    err = capsys.readouterr().err
    assert "K1 杭州东方机械有限公司" in err and "45,000.00 CNY" in err and "40,000.00 CNY" in err
    assert _count(path) == 1
    assert main(["import", "invoices", str(f), "--db", str(path), "--as-of", "2026-11-23", "--check"]) == 0
    assert "over the credit limit" in capsys.readouterr().out
    assert main(["import", "invoices", str(f), "--db", str(path), "--as-of", "2026-11-23",
                 "--credit-reason", "approved by CFO"]) == 0
    assert _count(path) == 4


def test_warning_line_and_prepayment(company):
    path, _ = company
    with Database.open(path) as db:
        with db.engine.connect() as conn:
            ids = dict(conn.execute(text("SELECT code, id FROM customer")).all())
            ok = check_invoice(conn, AS_OF, ids["K1"], 2_100_000, "CNY")        # 31,000 = 77.5 %
            line = check_invoice(conn, AS_OF, ids["K1"], 2_200_000, "CNY")      # 32,000 = 80 %
            assert (ok.status, ok.needs_reason) == ("ok", False)
            assert (line.status, line.needs_reason) == ("warning", True)
            # several invoices of one customer count together
            (both,) = check_invoices(conn, AS_OF, [(ids["K1"], 1_100_000, "CNY"), (ids["K1"], 1_100_000, "CNY")])
            assert both.status == "warning"
            nolimit = check_invoice(conn, AS_OF, ids["K2"], 10**12, "CNY")
            assert (nolimit.status, nolimit.needs_reason) == ("no_limit", False)
        with db.session() as s:
            set_override(s, ids["K2"], reason="insolvency rumours", until=date(2027, 6, 30),
                         starts_on=AS_OF, grade="D")
        with db.engine.connect() as conn:
            d = check_invoice(conn, AS_OF, ids["K2"], 100, "CNY")
            assert d.prepayment and d.needs_reason and "advance" in d.message()[0]
