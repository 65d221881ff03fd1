"""Figures for a past date stay what they were on that day, whatever happened later."""

from datetime import date, datetime

from sqlalchemy import update

from app.models import Allocation
from app.services import customers as cs
from app.services import ledger as L
from app.services.asof import open_documents, unapplied_payments


def test_open_as_of_replays_history(db):
    with db.session() as s:
        cid = cs.create_customer(s, cs.CustomerData(code="C1", name="甲"))
        inv = L.create_invoice(s, L.InvoiceData("INV-1", cid, date(2026, 1, 10), "CNY", 100_000))
        late = L.create_invoice(s, L.InvoiceData("INV-2", cid, date(2026, 3, 1), "CNY", 5_000))
        pay = L.record_payment(s, customer_id=cid, on=date(2026, 2, 1), currency="CNY", amount_minor=70_000)
        L.allocate_payment(s, pay, inv, 30_000, date(2026, 2, 1))
        cn = L.create_credit_note(s, L.InvoiceData("CN-1", cid, date(2026, 2, 15), "CNY", 10_000),
                                  corrects_invoice_id=inv)
        a2 = L.allocate_payment(s, pay, inv, 20_000, date(2026, 4, 1))
        L.cancel_invoice(s, late, "issued twice", date(2026, 3, 20))

    def opened(on):
        with db.engine.connect() as c:
            return {d.id: d.open_minor for d in open_documents(c, on)}, unapplied_payments(c, on)

    assert opened(date(2026, 1, 9)) == ({}, {})
    assert opened(date(2026, 1, 31)) == ({inv: 100_000}, {})
    assert opened(date(2026, 2, 1)) == ({inv: 70_000}, {(cid, "CNY"): 40_000})
    assert opened(date(2026, 2, 20)) == ({inv: 60_000}, {(cid, "CNY"): 40_000})  # credit note applied
    assert opened(date(2026, 3, 5))[0] == {inv: 60_000, late: 5_000}
    assert opened(date(2026, 3, 20))[0] == {inv: 60_000}                      # cancelled that day
    assert opened(date(2026, 4, 1)) == ({inv: 40_000}, {(cid, "CNY"): 20_000})
    # undoing the April allocation in May leaves April's figures as they were
    with db.session() as s:
        L.undo_allocation(s, a2, "wrong invoice")
        s.execute(update(Allocation).where(Allocation.id == a2).values(undone_at=datetime(2026, 5, 3, 9)))
    assert opened(date(2026, 4, 30))[0] == {inv: 40_000}
    assert opened(date(2026, 5, 3)) == ({inv: 60_000}, {(cid, "CNY"): 40_000})
    with db.engine.connect() as c:
        docs = {d.id: d for d in open_documents(c, date(2026, 2, 14))}
    assert docs[inv].kind == "invoice" and docs[inv].due_date == date(2026, 2, 9)
    assert cn not in docs  # issued on the 15th
