"""Write-offs: the refusals, what is written (audit included), reversal, as-of figures."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.errors import ValidationError
from app.services import customers as cs
from app.services import ledger as L
from app.services import writeoffs as W
from app.services.asof import open_documents

D = date(2026, 11, 10)


@pytest.fixture
def book(db):
    """C1 with invoice INV (1000.00 issued 09-01, 300.00 paid 10-01), a credit note CN."""
    with db.session() as s:
        c = cs.create_customer(s, cs.CustomerData(code="C1", name="甲", terms_days=30))
        inv = L.create_invoice(s, L.InvoiceData("INV", c, date(2026, 9, 1), "CNY", 100000))
        pay = L.record_payment(s, customer_id=c, on=date(2026, 10, 1), currency="CNY", amount_minor=30000)
        L.allocate_payment(s, pay, inv, 30000, date(2026, 10, 1))
        L.create_credit_note(s, L.InvoiceData("CN", c, date(2026, 9, 2), "CNY", 500))
    return db


def inv_state(db, number="INV"):
    with db.engine.connect() as c:
        return c.exec_driver_sql("SELECT open_minor, status FROM invoice WHERE number = ?", (number,)).one()


def audit_rows(db, entity):
    with db.engine.connect() as c:
        return c.exec_driver_sql("SELECT entity_id, field, before, after, reason FROM audit_log "
                                 "WHERE entity = ? ORDER BY id", (entity,)).all()


def test_write_off_takes_the_open_balance_with_audit(book):
    with book.session() as s:
        wid = W.write_off(s, W.invoice_id_by_number(s, "INV"), D, "  customer insolvent ")
    assert inv_state(book) == (0, "written_off")
    with book.engine.connect() as c:
        row = c.exec_driver_sql("SELECT invoice_id, date, amount_minor, reason, reversed_at FROM write_off").one()
    assert row == (1, "2026-11-10", 70000, "customer insolvent", None)
    assert audit_rows(book, "write_off") == [(wid, "created", None, "INV: 700.00 CNY on 2026-11-10",
                                              "customer insolvent")]
    inv_audit = audit_rows(book, "invoice")[-2:]
    assert inv_audit == [(1, "status", "partly_paid", "written_off", "customer insolvent"),
                         (1, "open", "700.00", "0.00", "customer insolvent")]
    with book.session() as s:
        info = W.live_write_off(s, 1)
    assert info is not None and (info.amount_minor, info.currency, info.date, info.live) == (70000, "CNY", D, True)


@pytest.mark.parametrize("number,on,reason,message", [
    ("CN", D, "x", "CN is a credit note; only invoices can be written off."),
    ("INV", date(2026, 8, 31), "x", "The write-off date 2026-08-31 is before INV was issued (2026-09-01)."),
    ("INV", date(2026, 9, 30), "x", "before the last payment or credit note applied to INV (2026-10-01)"),
    ("INV", D, "  ", "Give a reason for the write-off."),
])
def test_refusals(book, number, on, reason, message):
    with book.session() as s, pytest.raises(ValidationError) as e:
        W.write_off(s, W.invoice_id_by_number(s, number), on, reason)
    assert message in str(e.value)


def test_refuses_cancelled_written_off_and_paid(book):
    with book.session() as s:
        c = 1
        x = L.create_invoice(s, L.InvoiceData("X", c, date(2026, 9, 1), "CNY", 100))
        L.cancel_invoice(s, x, "wrong", date(2026, 9, 1))
        p = L.create_invoice(s, L.InvoiceData("P", c, date(2026, 9, 1), "CNY", 100))
        pay = L.record_payment(s, customer_id=c, on=date(2026, 9, 3), currency="CNY", amount_minor=100)
        L.allocate_payment(s, pay, p, 100, date(2026, 9, 3))
        W.write_off(s, 1, D, "bad")
    for number, msg in (("X", "X is cancelled; there is nothing to write off."),
                        ("P", "Nothing is open on P"), ("INV", "INV is already written off.")):
        with book.session() as s, pytest.raises(ValidationError, match=msg):
            W.write_off(s, W.invoice_id_by_number(s, number), D, "again")
    with book.session() as s, pytest.raises(ValidationError, match="Unknown invoice NOPE"):
        W.invoice_id_by_number(s, "NOPE")


def test_an_undone_allocation_does_not_hold_the_date_back(book):
    with book.session() as s:
        L.undo_allocation(s, 1, "wrong")
        W.write_off(s, 1, date(2026, 9, 15), "bad")
    assert inv_state(book) == (0, "written_off")
    with book.engine.connect() as c:
        assert c.exec_driver_sql("SELECT amount_minor FROM write_off").scalar_one() == 100000


def test_ledger_refuses_everything_on_a_written_off_invoice(book):
    with book.session() as s:
        W.write_off(s, 1, D, "bad")
    with book.session() as s:
        pay = L.record_payment(s, customer_id=1, on=D, currency="CNY", amount_minor=100)
        with pytest.raises(ValidationError, match="INV is written off; nothing can be applied to it"):
            L.allocate_payment(s, pay, 1, 100, D)
        with pytest.raises(ValidationError, match="INV is written off; nothing can be applied to it"):
            L.allocate_credit_note(s, 2, 1, 100, D)
        with pytest.raises(ValidationError, match="INV is written off and cannot be cancelled"):
            L.cancel_invoice(s, 1, "nope", D)


def test_reverse_restores_balance_status_and_keeps_history(book):
    with book.session() as s:
        wid = W.write_off(s, 1, D, "insolvent")
    when = datetime(2026, 11, 20, 9, 30)
    with book.session() as s:
        W.reverse_write_off(s, wid, "paid after all", when)
    assert inv_state(book) == (70000, "partly_paid")
    with book.engine.connect() as c:
        assert c.exec_driver_sql("SELECT reversed_at, reversal_reason FROM write_off").one() == (
            "2026-11-20 09:30:00.000000", "paid after all")
    assert audit_rows(book, "write_off")[-1] == (wid, "reversed", "700.00 CNY", None, "paid after all")
    assert audit_rows(book, "invoice")[-2:] == [(1, "status", "written_off", "partly_paid", "paid after all"),
                                                (1, "open", "0.00", "700.00", "paid after all")]
    with book.session() as s:
        assert W.live_write_off(s, 1) is None
        hist = W.write_offs_of(s, 1)
        assert [(h.live, h.reversal_reason) for h in hist] == [(False, "paid after all")]
        with pytest.raises(ValidationError, match="already reversed"):
            W.reverse_write_off(s, wid, "again", when)
        with pytest.raises(ValidationError, match="Give a reason for the reversal"):
            W.reverse_write_off(s, wid, " ", when)
        with pytest.raises(ValidationError, match="Write-off 99 does not exist"):
            W.reverse_write_off(s, 99, "x", when)
        # payments can be applied again, and it can be written off again
        pay = L.record_payment(s, customer_id=1, on=D, currency="CNY", amount_minor=100)
        L.allocate_payment(s, pay, 1, 100, D)
        W.write_off(s, 1, D, "second time")
    assert inv_state(book) == (0, "written_off")


def test_reverse_of_a_disputed_unpaid_invoice_gives_disputed(db):
    with db.session() as s:
        c = cs.create_customer(s, cs.CustomerData(code="C1", name="甲"))
        i = L.create_invoice(s, L.InvoiceData("I", c, date(2026, 9, 1), "CNY", 100))
        L.set_dispute(s, i, True, "quality")
        wid = W.write_off(s, i, D, "give up")
        W.reverse_write_off(s, wid, "oops", datetime(2026, 11, 11))
    assert inv_state(db, "I") == (100, "disputed")


def test_as_of_figures_follow_the_write_off_date_and_the_reversal_day(book):
    with book.session() as s:
        wid = W.write_off(s, 1, D, "insolvent")

    def open_on(day):
        with book.engine.connect() as c:
            return {d.id: d.open_minor for d in open_documents(c, day) if d.kind == "invoice"}

    assert open_on(date(2026, 11, 9)) == {1: 70000}          # the day before D: still open
    assert open_on(D) == {}                                   # written off from D
    with book.session() as s:
        W.reverse_write_off(s, wid, "paid after all", datetime(2026, 11, 20, 8, 0))
    assert open_on(date(2026, 11, 15)) == {}                  # as it was on that day
    assert open_on(date(2026, 11, 20)) == {1: 70000}          # open again from the reversal day
