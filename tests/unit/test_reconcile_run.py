"""The automatic run: a line the ledger refuses is left as a suggestion, the others are applied."""

from datetime import date

from sqlalchemy import text

from app.errors import ValidationError
from app.i18n import T
from app.models import BankLine, BankStatement
from app.services import customers as cs
from app.services import ledger as L
from app.services import reconcile as R


def _line(s, st, ref, amount, name, remittance):
    s.add(BankLine(statement_id=st.id, bank_ref=ref, booking_date=date(2026, 11, 20), amount_minor=amount,
                   currency="CNY", counterparty_name=name, remittance=remittance, dedupe_key=ref))


def test_refused_line_becomes_suggestion_and_the_rest_is_applied(db, monkeypatch):
    with db.session() as s:
        c = cs.create_customer(s, cs.CustomerData("C1", "杭州东方机械有限公司"))
        L.create_invoice(s, L.InvoiceData("INV-2026-000501", c, date(2026, 10, 1), "CNY", 100_000))
        L.create_invoice(s, L.InvoiceData("INV-2026-000502", c, date(2026, 10, 2), "CNY", 30_000))
        st = BankStatement(file_sha256="0" * 64, format="camt", currency="CNY")
        s.add(st)
        s.flush()
        _line(s, st, "L1", 100_000, "杭州东方机械有限公司", "INV-2026-000501")
        _line(s, st, "L2", 30_000, "杭州东方机械有限公司", "INV-2026-000502")
    real = R.allocate_payment

    def refuse_502(s, pid, iid, amt, on):
        if s.get(L.Invoice, iid).number == "INV-2026-000502":
            raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=iid)
        return real(s, pid, iid, amt, on)

    monkeypatch.setattr(R, "allocate_payment", refuse_502)
    summary = R.run_auto(db)
    assert (summary.auto, summary.suggested) == (1, 1)
    with db.engine.connect() as conn:
        status = dict(conn.execute(text("SELECT bank_ref, status FROM bank_line")).all())
        assert status == {"L1": "auto", "L2": "suggested"}
        # the refused line left nothing behind: one payment, one allocation, one reconciliation
        assert conn.execute(text("SELECT COUNT(*) FROM payment")).scalar() == 1
        assert conn.execute(text("SELECT COUNT(*) FROM allocation")).scalar() == 1
        assert conn.execute(text("SELECT COUNT(*) FROM reconciliation")).scalar() == 1
        assert dict(conn.execute(text("SELECT number, open_minor FROM invoice")).all()) == {
            "INV-2026-000501": 0, "INV-2026-000502": 30_000}
        assert R.stored_proposals(conn, 2)[0].allocations[0][1] == 30_000
