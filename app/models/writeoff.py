"""Write-offs of an invoice's remaining balance (bad debt), and exchange rates for reports."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from .base import Base, utcnow


WRITE_OFF_KINDS = ("bad_debt", "bank_charges", "discount", "difference")


class WriteOff(Base):
    """An amount of an invoice written off on ``date``; reversing sets ``reversed_at``.

    ``bad_debt``: the whole open balance, the invoice becomes written off. The other kinds are
    small differences booked when a bank receipt is reconciled (bank charges deducted by the
    payer's bank, an early-payment discount the terms allow, a difference written off with a
    reason); they belong to that reconciliation (``reconciliation_id``) and the invoice is paid.
    As-of figures count a write-off of any kind when ``date <= as_of`` and it was not reversed.
    """

    __tablename__ = "write_off"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("kind IN ('bad_debt', 'bank_charges', 'discount', 'difference')", name="kind"),
        Index("ix_write_off_invoice_date", "invoice_id", "date", "reversed_at", "amount_minor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    date: Mapped[date]
    amount_minor: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    reversed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    reversal_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(12), default="bad_debt", server_default="bad_debt")
    reconciliation_id: Mapped[int | None] = mapped_column(
        ForeignKey("reconciliation.id", ondelete="RESTRICT"), nullable=True, index=True)


class DecimalText(TypeDecorator):
    """An exact decimal stored as text (SQLite has no exact decimal type; never a float)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact decimals only")
        return format(Decimal(value), "f")

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)


class ExchangeRate(Base):
    """How many units of the home currency one unit of ``currency`` was worth on ``date``."""

    __tablename__ = "exchange_rate"
    __table_args__ = (
        UniqueConstraint("currency", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal] = mapped_column(DecimalText())
    source: Mapped[str] = mapped_column(String(40), default="manual")
