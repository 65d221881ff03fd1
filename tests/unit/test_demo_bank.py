"""The demo's latest statement: there, the same for the same seed, and auto-match treats it right."""

from datetime import date

import pytest
from sqlalchemy import text

from app.services import reconcile as R
from app.services.demo import generate_demo
from app.storage.db import Database

AS_OF = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = Database.open(tmp_path_factory.mktemp("demo") / "d.db", create=True)
    generate_demo(db, customers=300, invoices=6000, as_of=AS_OF)
    yield db
    db.close()


def _lines(db):
    with db.engine.connect() as c:
        return c.execute(text("SELECT bank_ref, amount_minor, counterparty_name, remittance, status "
                              "FROM bank_line ORDER BY id")).all()


def test_statement_is_deterministic_and_unmatched(demo_db, tmp_path):
    lines = _lines(demo_db)
    assert 35 <= len(lines) <= 50
    assert {ln[4] for ln in lines} == {"unmatched"}
    assert sum(ln[1] < 0 for ln in lines) == 4
    other = Database.open(tmp_path / "again.db", create=True)
    generate_demo(other, customers=300, invoices=6000, as_of=AS_OF)
    assert _lines(other) == lines
    other.close()


def test_auto_match_applies_references_and_leaves_noise(demo_db):
    summary = R.run_auto(demo_db)
    assert summary.auto >= 25 and summary.debits == 4
    with demo_db.engine.connect() as c:
        status = {r[0]: r[1] for r in c.execute(text("SELECT remittance, status FROM bank_line"))}
        for noise in ("结息 利息收入", "出口退税 VAT REFUND 2026-10", "内部转账 基本户划入"):
            assert status[noise] == "unmatched"
        # every automatic match paid invoices of the customer named on the line
        rows = c.execute(text(
            "SELECT l.counterparty_name, c.name FROM reconciliation r JOIN bank_line l ON l.id = r.bank_line_id "
            "JOIN customer c ON c.id = r.customer_id WHERE r.kind = 'auto'")).all()
    assert rows and all(payer in name or name.startswith(payer) for payer, name in rows)
