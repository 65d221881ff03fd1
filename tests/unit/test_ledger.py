"""Invoices, credit notes, payments and allocations keep open amounts, statuses and audit right."""

from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Allocation, AuditLog, Invoice, Payment
from app.services import customers as cs
from app.services import ledger as L

D = date(2026, 11, 1)


@pytest.fixture
def cust(db):
    with db.session() as s:
        return cs.create_customer(s, cs.CustomerData(code="C1", name="上海甲乙贸易有限公司", terms_days=30,
                                                     credit_limit_minor=5_000_000))


def _inv(db, number="INV-1", amount=100_000, cid=None, issue=D, due=None, currency="CNY"):
    with db.session() as s:
        return L.create_invoice(s, L.InvoiceData(number, cid, issue, currency, amount, due_date=due))


def _get(db, iid) -> Invoice:
    with db.session() as s:
        return s.get(Invoice, iid)


def test_due_date_defaults_to_terms(db, cust):
    iid = _inv(db, cid=cust)
    inv = _get(db, iid)
    assert inv.due_date == date(2026, 12, 1)
    assert (inv.open_minor, inv.status) == (100_000, "open")


@pytest.mark.parametrize("kwargs,field", [
    (dict(number="INV-1"), "number"),                      # duplicate
    (dict(number="INV-2", amount=0), "amount"),
    (dict(number="INV-3", due=date(2026, 10, 1)), "due_date"),
    (dict(number="INV-4", currency="XXX"), "currency"),
    (dict(number=" "), "number"),
])
def test_invalid_invoices_refused(db, cust, kwargs, field):
    _inv(db, cid=cust)
    with pytest.raises(ValidationError) as ei:
        _inv(db, cid=cust, **kwargs)
    assert ei.value.field == field
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 1


def test_unknown_customer(db):
    with pytest.raises(ValidationError) as ei:
        _inv(db, cid=999)
    assert ei.value.field == "customer"


def test_payment_allocation_updates_open_and_status_and_undo(db, cust):
    iid = _inv(db, cid=cust)
    with db.session() as s:
        pid = L.record_payment(s, customer_id=cust, on=D, currency="CNY", amount_minor=60_000)
        aid = L.allocate_payment(s, pid, iid, 40_000, D)
    inv = _get(db, iid)
    assert (inv.open_minor, inv.status) == (60_000, "partly_paid")
    with db.session() as s:
        assert s.get(Payment, pid).unallocated_minor == 20_000
        with pytest.raises(ValidationError):
            L.allocate_payment(s, pid, iid, 30_000, D)  # more than the payment has left
    with db.session() as s:
        L.allocate_payment(s, pid, iid, 20_000, D)
        p2 = L.record_payment(s, customer_id=cust, on=D, currency="CNY", amount_minor=90_000)
        with pytest.raises(ValidationError):
            L.allocate_payment(s, p2, iid, 50_000, D)  # more than open
    with db.session() as s:
        L.allocate_payment(s, p2, iid, 40_000, D)
    assert _get(db, iid).status == "paid"
    with db.session() as s:
        L.undo_allocation(s, aid, "wrong invoice")
    inv = _get(db, iid)
    assert (inv.open_minor, inv.status) == (40_000, "partly_paid")
    with db.session() as s:
        assert s.get(Payment, pid).unallocated_minor == 40_000
        assert s.get(Allocation, aid).undone_at is not None
        with pytest.raises(ValidationError):
            L.undo_allocation(s, aid)
        live = s.scalar(select(func.sum(Allocation.amount_minor)).where(
            Allocation.invoice_id == iid, Allocation.undone_at.is_(None)))
        assert inv.amount_minor - live == inv.open_minor


def test_payment_currency_must_match(db, cust):
    iid = _inv(db, cid=cust)
    with db.session() as s:
        pid = L.record_payment(s, customer_id=cust, on=D, currency="USD", amount_minor=100)
        with pytest.raises(ValidationError) as ei:
            L.allocate_payment(s, pid, iid, 100, D)
        assert ei.value.field == "currency"


def test_credit_note_corrects_invoice(db, cust):
    iid = _inv(db, cid=cust)
    with db.session() as s:
        cn = L.create_credit_note(s, L.InvoiceData("CN-1", cust, D, "CNY", 30_000),
                                  corrects_invoice_id=iid, reason="price correction")
    inv, note = _get(db, iid), _get(db, cn)
    assert inv.open_minor == 70_000 and inv.status == "partly_paid"
    assert note.kind == "credit_note" and note.open_minor == 0 and note.status == "paid"


def test_unapplied_credit_note_then_allocate(db, cust):
    iid = _inv(db, cid=cust)
    with db.session() as s:
        cn = L.create_credit_note(s, L.InvoiceData("CN-2", cust, D, "CNY", 150_000))
    with db.session() as s:
        L.allocate_credit_note(s, cn, iid, 100_000, D)
    assert _get(db, iid).status == "paid"
    assert _get(db, cn).open_minor == 50_000


def test_cancel_needs_reason_and_no_allocations(db, cust):
    iid = _inv(db, cid=cust)
    with db.session() as s:
        with pytest.raises(ValidationError):
            L.cancel_invoice(s, iid, "  ", D)
    with db.session() as s:
        pid = L.record_payment(s, customer_id=cust, on=D, currency="CNY", amount_minor=10)
        L.allocate_payment(s, pid, iid, 10, D)
    with db.session() as s:
        with pytest.raises(ValidationError):
            L.cancel_invoice(s, iid, "wrong customer", D)
    i2 = _inv(db, number="INV-2", cid=cust)
    with db.session() as s:
        L.cancel_invoice(s, i2, "issued twice", D)
    inv = _get(db, i2)
    assert (inv.status, inv.open_minor, inv.cancel_reason) == ("cancelled", 0, "issued twice")
    with db.session() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.entity == "invoice", AuditLog.entity_id == i2,
                                                AuditLog.field == "status")).all()
        assert [(r.before, r.after, r.reason) for r in rows] == [("open", "cancelled", "issued twice")]
        with pytest.raises(ValidationError):
            L.cancel_invoice(s, i2, "again", D)


def test_dispute_status_round_trip(db, cust):
    iid = _inv(db, cid=cust)
    with db.session() as s:
        L.set_dispute(s, iid, True, "goods damaged")
    assert _get(db, iid).status == "disputed"
    with db.session() as s:
        L.set_dispute(s, iid, False)
    assert _get(db, iid).status == "open"


def test_failed_operation_leaves_database_unchanged(db, cust):
    iid = _inv(db, cid=cust)
    with pytest.raises(ValidationError):
        with db.session() as s:
            pid = L.record_payment(s, customer_id=cust, on=D, currency="CNY", amount_minor=500)
            L.allocate_payment(s, pid, iid, 500, D)
            L.allocate_payment(s, pid, iid, 1, D)   # fails: nothing left on the payment
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
        assert s.get(Invoice, iid).open_minor == 100_000


def test_database_check_constraints_back_the_rules(db, cust):
    from sqlalchemy.exc import IntegrityError
    iid = _inv(db, cid=cust)
    with pytest.raises(IntegrityError):
        with db.session() as s:
            s.get(Invoice, iid).open_minor = -1


def test_customer_audit_and_validation(db, cust):
    with db.session() as s:
        data = cs.get_customer_data(s, cust)
    from dataclasses import replace
    with db.session() as s:
        cs.update_customer(s, cust, replace(data, terms_days=45, credit_limit_minor=None), reason="review")
    with db.session() as s:
        rows = {r.field: (r.before, r.after) for r in s.scalars(
            select(AuditLog).where(AuditLog.entity == "customer", AuditLog.reason == "review"))}
    assert rows == {"terms_days": ("30", "45"), "credit_limit": ("50000.00", None)}
    bad = replace(data, code="", name="", currency="ZZZ", terms_days=-1, email="nope")
    fields = {p.field for p in cs.validate(bad.cleaned())}
    assert fields == {"code", "name", "currency", "terms_days", "email"}
    with db.session() as s:
        cs.create_customer(s, cs.CustomerData(code="C2", name="B"))
    with pytest.raises(ValidationError):
        with db.session() as s:
            cs.update_customer(s, cust, replace(data, code="C2"))
