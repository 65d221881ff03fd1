"""Invoices, credit notes, payments and allocations: every change to what a customer owes.

Each function works inside the caller's session (one transaction); the invoice's
``open_minor`` and status follow every allocation in that same transaction, and each change
writes an audit row. Issued invoices are never edited: corrections are credit notes or
cancellations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import T
from ..models import (Allocation, Customer, Invoice, InvoiceKind, InvoiceStatus, Payment,
                      derive_status, utcnow)
from ..money import format_minor, is_known_currency
from .audit import audit


@dataclass(frozen=True)
class InvoiceData:
    number: str
    customer_id: int
    issue_date: date
    currency: str
    amount_minor: int
    due_date: date | None = None        # None → issue date + customer's terms
    po: str = ""
    notes: str = ""


def _m(minor: int, currency: str) -> str:
    return format_minor(minor, currency, grouping=False)


def _customer(s: Session, customer_id: int) -> Customer:
    c = s.get(Customer, customer_id)
    if c is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=customer_id)
    return c


def _invoice(s: Session, invoice_id: int) -> Invoice:
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=invoice_id)
    return inv


def number_taken(s: Session, number: str) -> bool:
    return s.scalar(select(Invoice.id).where(Invoice.number == number)) is not None


def _check_new_document(s: Session, data: InvoiceData) -> Customer:
    if not data.number.strip():
        raise ValidationError(T("A document number is required."), field="number")
    if number_taken(s, data.number.strip()):
        raise ValidationError(T("Number {number} is already used."), field="number",
                              number=data.number.strip())
    if not is_known_currency(data.currency):
        raise ValidationError(T("Unknown currency {value}."), field="currency", value=data.currency)
    if data.amount_minor <= 0:
        raise ValidationError(T("The amount must be greater than zero."), field="amount")
    c = _customer(s, data.customer_id)
    if data.due_date is not None and data.due_date < data.issue_date:
        raise ValidationError(T("The due date {due} is before the issue date {issue}."),
                              field="due_date", due=data.due_date.isoformat(),
                              issue=data.issue_date.isoformat())
    return c


def create_invoice(s: Session, data: InvoiceData) -> int:
    c = _check_new_document(s, data)
    due = data.due_date or (data.issue_date + timedelta(days=c.terms_days))
    inv = Invoice(number=data.number.strip(), kind=InvoiceKind.INVOICE.value, customer_id=c.id,
                  issue_date=data.issue_date, due_date=due, currency=data.currency,
                  amount_minor=data.amount_minor, open_minor=data.amount_minor,
                  status=InvoiceStatus.OPEN.value, po=data.po.strip(), notes=data.notes)
    s.add(inv)
    s.flush()
    audit(s, "invoice", inv.id, "created", None, f"{_m(inv.amount_minor, inv.currency)} {inv.currency}")
    return inv.id


def create_credit_note(s: Session, data: InvoiceData, *, corrects_invoice_id: int | None = None,
                       reason: str = "", allocate: bool = True) -> int:
    """A credit note for the customer; applied at once to the invoice it corrects if asked."""
    c = _check_new_document(s, data)
    target: Invoice | None = None
    if corrects_invoice_id is not None:
        target = _invoice(s, corrects_invoice_id)
        if target.customer_id != c.id:
            raise ValidationError(T("Invoice {number} belongs to another customer."),
                                  field="invoice", number=target.number)
        if target.currency != data.currency:
            raise ValidationError(T("Invoice {number} is in {currency}."), field="currency",
                                  number=target.number, currency=target.currency)
        if target.is_credit_note:
            raise ValidationError(T("{number} is a credit note, not an invoice."), field="invoice",
                                  number=target.number)
    cn = Invoice(number=data.number.strip(), kind=InvoiceKind.CREDIT_NOTE.value, customer_id=c.id,
                 issue_date=data.issue_date, due_date=data.issue_date, currency=data.currency,
                 amount_minor=data.amount_minor, open_minor=data.amount_minor,
                 status=InvoiceStatus.OPEN.value, po=data.po.strip(), notes=data.notes,
                 corrects_invoice_id=target.id if target else None)
    s.add(cn)
    s.flush()
    audit(s, "invoice", cn.id, "credit_note_created", None,
          f"{_m(cn.amount_minor, cn.currency)} {cn.currency}", reason)
    if target is not None and allocate and target.open_minor > 0 and target.status not in (
            InvoiceStatus.CANCELLED.value, InvoiceStatus.WRITTEN_OFF.value):
        allocate_credit_note(s, cn.id, target.id, min(cn.open_minor, target.open_minor), data.issue_date)
    return cn.id


def live_allocation_count(s: Session, invoice_id: int) -> int:
    return s.scalar(select(func.count()).select_from(Allocation).where(
        Allocation.undone_at.is_(None),
        (Allocation.invoice_id == invoice_id) | (Allocation.credit_note_id == invoice_id))) or 0


def cancel_invoice(s: Session, invoice_id: int, reason: str, on: date) -> None:
    """Cancel an issued invoice or credit note that has nothing allocated to it."""
    inv = _invoice(s, invoice_id)
    if not reason.strip():
        raise ValidationError(T("Give a reason for the cancellation."), field="reason")
    if inv.status == InvoiceStatus.CANCELLED.value:
        raise ValidationError(T("{number} is already cancelled."), field="invoice", number=inv.number)
    if inv.status == InvoiceStatus.WRITTEN_OFF.value:
        raise ValidationError(T("{number} is written off and cannot be cancelled."), field="invoice",
                              number=inv.number)
    if live_allocation_count(s, inv.id):
        raise ValidationError(
            T("{number} has payments or credit notes applied; undo them first, "
              "or issue a credit note for the difference."), field="invoice", number=inv.number)
    before = (inv.status, inv.open_minor)
    inv.status = InvoiceStatus.CANCELLED.value
    inv.open_minor = 0
    inv.cancelled_on = on
    inv.cancel_reason = reason.strip()
    audit(s, "invoice", inv.id, "status", before[0], inv.status, reason.strip())
    audit(s, "invoice", inv.id, "open", _m(before[1], inv.currency), _m(0, inv.currency), reason.strip())


def set_dispute(s: Session, invoice_id: int, disputed: bool, reason: str = "") -> None:
    inv = _invoice(s, invoice_id)
    if inv.is_credit_note:
        raise ValidationError(T("{number} is a credit note, not an invoice."), field="invoice",
                              number=inv.number)
    if inv.disputed == disputed:
        return
    before = inv.status
    inv.disputed = disputed
    inv.dispute_reason = reason.strip() if disputed else ""
    inv.status = derive_status(inv)
    audit(s, "invoice", inv.id, "disputed", not disputed, disputed, reason.strip())
    if before != inv.status:
        audit(s, "invoice", inv.id, "status", before, inv.status, reason.strip())


def record_payment(s: Session, *, customer_id: int | None, on: date, currency: str,
                   amount_minor: int, reference: str = "", source: str = "manual") -> int:
    if amount_minor <= 0:
        raise ValidationError(T("The amount must be greater than zero."), field="amount")
    if not is_known_currency(currency):
        raise ValidationError(T("Unknown currency {value}."), field="currency", value=currency)
    if customer_id is not None:
        _customer(s, customer_id)
    p = Payment(customer_id=customer_id, date=on, currency=currency, amount_minor=amount_minor,
                unallocated_minor=amount_minor, source=source, reference=reference.strip())
    s.add(p)
    s.flush()
    audit(s, "payment", p.id, "created", None, f"{_m(amount_minor, currency)} {currency}")
    return p.id


def _apply(s: Session, inv: Invoice, amount_minor: int, on: date) -> None:
    if inv.is_credit_note:
        raise ValidationError(T("{number} is a credit note, not an invoice."), field="invoice",
                              number=inv.number)
    if inv.status == InvoiceStatus.CANCELLED.value:
        raise ValidationError(T("{number} is cancelled; nothing can be applied to it."),
                              field="invoice", number=inv.number)
    if inv.status == InvoiceStatus.WRITTEN_OFF.value:
        raise ValidationError(T("{number} is written off; nothing can be applied to it."),
                              field="invoice", number=inv.number)
    if amount_minor <= 0:
        raise ValidationError(T("The amount must be greater than zero."), field="amount")
    if amount_minor > inv.open_minor:
        raise ValidationError(T("{amount} is more than the {open} still open on {number}."),
                              field="amount", amount=_m(amount_minor, inv.currency),
                              open=_m(inv.open_minor, inv.currency), number=inv.number)
    if on < inv.issue_date:
        raise ValidationError(T("{date} is before {number} was issued."), field="date",
                              date=on.isoformat(), number=inv.number)
    before = inv.open_minor
    inv.open_minor -= amount_minor
    inv.status = derive_status(inv)
    audit(s, "invoice", inv.id, "open", _m(before, inv.currency), _m(inv.open_minor, inv.currency))


def allocate_payment(s: Session, payment_id: int, invoice_id: int, amount_minor: int, on: date) -> int:
    p = s.get(Payment, payment_id)
    if p is None:
        raise ValidationError(T("Payment {id} does not exist."), field="payment", id=payment_id)
    inv = _invoice(s, invoice_id)
    if p.currency != inv.currency:
        raise ValidationError(T("Invoice {number} is in {currency}."), field="currency",
                              number=inv.number, currency=inv.currency)
    if p.customer_id is not None and p.customer_id != inv.customer_id:
        raise ValidationError(T("Invoice {number} belongs to another customer."), field="invoice",
                              number=inv.number)
    if amount_minor > p.unallocated_minor:
        raise ValidationError(T("Only {left} of this payment is left to allocate."), field="amount",
                              left=_m(p.unallocated_minor, p.currency))
    _apply(s, inv, amount_minor, on)
    if p.customer_id is None:
        p.customer_id = inv.customer_id
    p.unallocated_minor -= amount_minor
    a = Allocation(payment_id=p.id, invoice_id=inv.id, amount_minor=amount_minor, date=on)
    s.add(a)
    s.flush()
    audit(s, "allocation", a.id, "created", None,
          f"payment {p.id} → {inv.number}: {_m(amount_minor, inv.currency)}")
    return a.id


def allocate_credit_note(s: Session, credit_note_id: int, invoice_id: int, amount_minor: int,
                         on: date) -> int:
    cn = _invoice(s, credit_note_id)
    if not cn.is_credit_note:
        raise ValidationError(T("{number} is not a credit note."), field="credit_note", number=cn.number)
    if cn.status == InvoiceStatus.CANCELLED.value:
        raise ValidationError(T("{number} is cancelled."), field="credit_note", number=cn.number)
    inv = _invoice(s, invoice_id)
    if cn.customer_id != inv.customer_id:
        raise ValidationError(T("Invoice {number} belongs to another customer."), field="invoice",
                              number=inv.number)
    if cn.currency != inv.currency:
        raise ValidationError(T("Invoice {number} is in {currency}."), field="currency",
                              number=inv.number, currency=inv.currency)
    if amount_minor > cn.open_minor:
        raise ValidationError(T("Only {left} of this credit note is left to allocate."),
                              field="amount", left=_m(cn.open_minor, cn.currency))
    _apply(s, inv, amount_minor, on)
    cn.open_minor -= amount_minor
    cn.status = derive_status(cn)
    a = Allocation(credit_note_id=cn.id, invoice_id=inv.id, amount_minor=amount_minor, date=on)
    s.add(a)
    s.flush()
    audit(s, "allocation", a.id, "created", None,
          f"{cn.number} → {inv.number}: {_m(amount_minor, inv.currency)}")
    return a.id


def undo_allocation(s: Session, allocation_id: int, reason: str = "") -> None:
    a = s.get(Allocation, allocation_id)
    if a is None:
        raise ValidationError(T("Allocation {id} does not exist."), field="allocation", id=allocation_id)
    if a.undone_at is not None:
        raise ValidationError(T("This allocation was already undone."), field="allocation")
    inv = _invoice(s, a.invoice_id)
    before = inv.open_minor
    inv.open_minor += a.amount_minor
    inv.status = derive_status(inv)
    if a.payment_id is not None:
        p = s.get(Payment, a.payment_id)
        assert p is not None
        p.unallocated_minor += a.amount_minor
    else:
        cn = _invoice(s, a.credit_note_id)  # type: ignore[arg-type]
        cn.open_minor += a.amount_minor
        cn.status = derive_status(cn)
    a.undone_at = utcnow()
    audit(s, "invoice", inv.id, "open", _m(before, inv.currency), _m(inv.open_minor, inv.currency), reason)
    audit(s, "allocation", a.id, "undone", _m(a.amount_minor, inv.currency), None, reason)
