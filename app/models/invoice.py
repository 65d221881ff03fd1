"""Invoices and credit notes (one table, ``kind`` tells them apart)."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow
from .customer import Customer


class InvoiceKind(str, enum.Enum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class InvoiceStatus(str, enum.Enum):
    OPEN = "open"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CANCELLED = "cancelled"
    DISPUTED = "disputed"
    WRITTEN_OFF = "written_off"


# Statuses that still carry an open balance the customer owes.
OPEN_STATUSES = (InvoiceStatus.OPEN.value, InvoiceStatus.PARTLY_PAID.value, InvoiceStatus.DISPUTED.value)


class Invoice(Base):
    __tablename__ = "invoice"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("open_minor >= 0 AND open_minor <= amount_minor", name="open_range"),
        CheckConstraint("due_date >= issue_date", name="due_after_issue"),
        CheckConstraint("kind IN ('invoice', 'credit_note')", name="kind"),
        CheckConstraint(
            "status IN ('open', 'partly_paid', 'paid', 'cancelled', 'disputed', 'written_off')",
            name="status"),
        Index("ix_invoice_customer_due", "customer_id", "due_date"),
        Index("ix_invoice_open_due", "customer_id", "due_date", "open_minor",
              sqlite_where=text("open_minor > 0 AND status NOT IN ('cancelled', 'written_off')")),
        Index("ix_invoice_status_due", "status", "due_date"),
        Index("ix_invoice_issue", "issue_date"),
        # deleting an invoice must find the credit notes that correct it without a table scan
        Index("ix_invoice_corrects", "corrects_invoice_id",
              sqlite_where=text("corrects_invoice_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default=InvoiceKind.INVOICE.value)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    issue_date: Mapped[date]
    due_date: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int]
    open_minor: Mapped[int]
    status: Mapped[str] = mapped_column(String(12), default=InvoiceStatus.OPEN.value)
    disputed: Mapped[bool] = mapped_column(default=False)
    dispute_reason: Mapped[str] = mapped_column(Text, default="")
    po: Mapped[str] = mapped_column(String(100), default="")
    # credit notes: the invoice they correct, when there is one
    corrects_invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), nullable=True)
    cancelled_on: Mapped[date | None] = mapped_column(nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), nullable=True, index=True)

    customer: Mapped[Customer] = relationship()

    @property
    def is_credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE.value


def derive_status(inv: Invoice) -> str:
    """Status that follows from the stored facts (open amount, dispute, cancellation)."""
    if inv.status in (InvoiceStatus.CANCELLED.value, InvoiceStatus.WRITTEN_OFF.value):
        return inv.status
    if inv.open_minor == 0:
        return InvoiceStatus.PAID.value
    if inv.disputed:
        return InvoiceStatus.DISPUTED.value
    if inv.open_minor < inv.amount_minor:
        return InvoiceStatus.PARTLY_PAID.value
    return InvoiceStatus.OPEN.value
