"""Money received and how it is allocated to invoices."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class Payment(Base):
    __tablename__ = "payment"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("unallocated_minor >= 0 AND unallocated_minor <= amount_minor",
                        name="unallocated_range"),
        CheckConstraint("source IN ('import', 'bank_line', 'manual')", name="source"),
        Index("ix_payment_customer_date", "customer_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), nullable=True)
    date: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int]
    unallocated_minor: Mapped[int]
    source: Mapped[str] = mapped_column(String(10), default="manual")
    reference: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), nullable=True, index=True)


class Allocation(Base):
    """Part of a payment or credit note applied to an invoice.

    ``invoice.open_minor`` is kept equal to amount − live allocations in the same transaction;
    figures as of a past date come from ``date`` and ``undone_at``, never from open_minor.
    """

    __tablename__ = "allocation"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("(payment_id IS NULL) <> (credit_note_id IS NULL)", name="one_source"),
        # covering the as-of rule's sums (see app.services.asof), read without the table
        Index("ix_allocation_invoice_date", "invoice_id", "date", "undone_at", "amount_minor"),
        Index("ix_allocation_credit_note_date", "credit_note_id", "date", "undone_at", "amount_minor",
              sqlite_where=text("credit_note_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment.id", ondelete="RESTRICT"), nullable=True, index=True)
    credit_note_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="RESTRICT"), nullable=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    amount_minor: Mapped[int]
    date: Mapped[date]
    undone_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
