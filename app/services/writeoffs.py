"""Writing off an invoice's remaining balance as bad debt (坏账), and reversing it (冲回).

    wo_id = write_off(s, invoice_id, on=date(2026, 11, 30), reason="Customer insolvent")
    reverse_write_off(s, wo_id, reason="Paid after all", now=utcnow())

A write-off takes the whole open balance on ``on``: a ``write_off`` row (date, amount, reason),
the invoice's status ``written_off`` with nothing open, and audit rows for the status, the open
amount and the write-off. Refused for credit notes, cancelled or already written-off invoices,
invoices with nothing open, and dates before the issue date or before the last live payment or
credit note applied to the invoice (the write-off must come after what it follows).

As-of figures (``asof.py``, the one rule all reports share) count a write-off from its
``date`` until the day it was reversed (``reversed_at``), like an undone allocation: a report
for a day before the reversal gives the figures that were true on that day. A reversal restores
the open balance and the status that follows from the facts (open / partly paid / disputed);
the write-off row stays, marked reversed, with the reason. The ledger refuses payments, credit notes and
cancellation on a written-off invoice; reverse the write-off first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import T
from ..models import Allocation, Invoice, InvoiceStatus, WriteOff, derive_status
from ..money import format_minor
from .audit import audit


@dataclass(frozen=True)
class WriteOffInfo:
    id: int
    invoice_id: int
    invoice_number: str
    date: date
    amount_minor: int
    currency: str
    reason: str
    reversed_at: datetime | None
    reversal_reason: str

    @property
    def live(self) -> bool:
        return self.reversed_at is None


def _m(minor: int, currency: str) -> str:
    return format_minor(minor, currency, grouping=False)


def _info(wo: WriteOff, inv: Invoice) -> WriteOffInfo:
    return WriteOffInfo(wo.id, inv.id, inv.number, wo.date, wo.amount_minor, inv.currency, wo.reason,
                        wo.reversed_at, wo.reversal_reason)


def invoice_id_by_number(s: Session, number: str) -> int:
    iid = s.scalar(select(Invoice.id).where(Invoice.number == number.strip()))
    if iid is None:
        raise ValidationError(T("Unknown invoice {number}."), field="invoice", number=number.strip())
    return iid


def last_allocation_date(s: Session, invoice_id: int) -> date | None:
    """Date of the latest live payment or credit note applied to the invoice."""
    return s.scalar(select(func.max(Allocation.date)).where(
        Allocation.invoice_id == invoice_id, Allocation.undone_at.is_(None)))


def write_off(s: Session, invoice_id: int, on: date, reason: str) -> int:
    """Write off what is still open on the invoice, dated ``on``; returns the write-off id."""
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=invoice_id)
    why = reason.strip()
    if not why:
        raise ValidationError(T("Give a reason for the write-off."), field="reason")
    if inv.is_credit_note:
        raise ValidationError(T("{number} is a credit note; only invoices can be written off."),
                              field="invoice", number=inv.number)
    if inv.status == InvoiceStatus.CANCELLED.value:
        raise ValidationError(T("{number} is cancelled; there is nothing to write off."), field="invoice",
                              number=inv.number)
    if inv.status == InvoiceStatus.WRITTEN_OFF.value:
        raise ValidationError(T("{number} is already written off."), field="invoice", number=inv.number)
    if inv.open_minor <= 0:
        raise ValidationError(T("Nothing is open on {number}; there is nothing to write off."),
                              field="invoice", number=inv.number)
    if on < inv.issue_date:
        raise ValidationError(T("The write-off date {date} is before {number} was issued ({issue})."),
                              field="date", date=on.isoformat(), number=inv.number,
                              issue=inv.issue_date.isoformat())
    last = last_allocation_date(s, inv.id)
    if last is not None and on < last:
        raise ValidationError(T("The write-off date {date} is before the last payment or credit note "
                                "applied to {number} ({last})."), field="date", date=on.isoformat(),
                              number=inv.number, last=last.isoformat())
    amount = inv.open_minor
    wo = WriteOff(invoice_id=inv.id, date=on, amount_minor=amount, reason=why)
    s.add(wo)
    before = inv.status
    inv.status = InvoiceStatus.WRITTEN_OFF.value
    inv.open_minor = 0
    s.flush()
    audit(s, "write_off", wo.id, "created", None, f"{inv.number}: {_m(amount, inv.currency)} {inv.currency} "
          f"on {on.isoformat()}", why)
    audit(s, "invoice", inv.id, "status", before, inv.status, why)
    audit(s, "invoice", inv.id, "open", _m(amount, inv.currency), _m(0, inv.currency), why)
    return wo.id


def reverse_write_off(s: Session, write_off_id: int, reason: str, now: datetime) -> None:
    """Undo a write-off: the balance is open again; the row stays, marked reversed."""
    wo = s.get(WriteOff, write_off_id)
    if wo is None:
        raise ValidationError(T("Write-off {id} does not exist."), field="write_off", id=write_off_id)
    why = reason.strip()
    if not why:
        raise ValidationError(T("Give a reason for the reversal."), field="reason")
    inv = s.get(Invoice, wo.invoice_id)
    assert inv is not None
    if wo.kind != "bad_debt":
        raise ValidationError(T("This difference on {number} was booked with a bank reconciliation; "
                                "undo that reconciliation instead."), field="write_off", number=inv.number)
    if wo.reversed_at is not None:
        raise ValidationError(T("The write-off of {number} was already reversed."), field="write_off",
                              number=inv.number)
    if inv.status != InvoiceStatus.WRITTEN_OFF.value or inv.open_minor != 0:
        raise ValidationError(T("{number} is not written off."), field="invoice", number=inv.number)
    wo.reversed_at = now
    wo.reversal_reason = why
    inv.open_minor = wo.amount_minor
    inv.status = InvoiceStatus.OPEN.value           # derive_status keeps written_off as it is
    inv.status = derive_status(inv)
    audit(s, "write_off", wo.id, "reversed", f"{_m(wo.amount_minor, inv.currency)} {inv.currency}", None, why)
    audit(s, "invoice", inv.id, "status", InvoiceStatus.WRITTEN_OFF.value, inv.status, why)
    audit(s, "invoice", inv.id, "open", _m(0, inv.currency), _m(inv.open_minor, inv.currency), why)


def live_write_off(s: Session, invoice_id: int) -> WriteOffInfo | None:
    """The write-off in force on the invoice, if any."""
    wo = s.scalar(select(WriteOff).where(WriteOff.invoice_id == invoice_id, WriteOff.reversed_at.is_(None),
                                         WriteOff.kind == "bad_debt")
                  .order_by(WriteOff.id.desc()))
    if wo is None:
        return None
    inv = s.get(Invoice, invoice_id)
    assert inv is not None
    return _info(wo, inv)


def write_offs_of(s: Session, invoice_id: int) -> list[WriteOffInfo]:
    """Every write-off of the invoice, reversed ones included, oldest first."""
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        return []
    return [_info(wo, inv) for wo in s.scalars(select(WriteOff).where(WriteOff.invoice_id == invoice_id)
                                                .order_by(WriteOff.id))]
