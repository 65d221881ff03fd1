"""Imported bank statements and their lines (issue 7): what the bank said, kept verbatim.

A line is stored once: ``dedupe_key`` (unique) identifies it across files, see
app.services.statements.store for how it is built. Matching later sets ``status``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

LINE_STATUSES = ("unmatched", "auto", "suggested", "matched", "ignored")


class BankStatement(Base):
    __tablename__ = "bank_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(20))
    account: Mapped[str] = mapped_column(String(100), default="")
    currency: Mapped[str] = mapped_column(String(3))
    statement_id: Mapped[str] = mapped_column(String(200), default="")
    period_start: Mapped[date | None] = mapped_column(nullable=True)
    period_end: Mapped[date | None] = mapped_column(nullable=True)
    opening_balance_minor: Mapped[int | None] = mapped_column(nullable=True)
    closing_balance_minor: Mapped[int | None] = mapped_column(nullable=True)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), nullable=True)


class BankLine(Base):
    __tablename__ = "bank_line"
    __table_args__ = (
        CheckConstraint("status IN ('unmatched', 'auto', 'suggested', 'matched', 'ignored')",
                        name="status"),
        Index("ix_bank_line_account_booking", "account", "booking_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("bank_statement.id", ondelete="RESTRICT"), index=True)
    account: Mapped[str] = mapped_column(String(100), default="")   # the statement's own account
    bank_ref: Mapped[str] = mapped_column(String(200), index=True)
    booking_date: Mapped[date]
    value_date: Mapped[date | None] = mapped_column(nullable=True)
    amount_minor: Mapped[int]                                          # signed: credit > 0
    currency: Mapped[str] = mapped_column(String(3))
    counterparty_name: Mapped[str] = mapped_column(String(300), default="")
    counterparty_account: Mapped[str] = mapped_column(String(100), default="")
    remittance: Mapped[str] = mapped_column(Text, default="")
    reversal: Mapped[bool] = mapped_column(default=False)
    raw: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[str] = mapped_column(Text, default="")   # JSON object: bank tx code, customer ref…
    status: Mapped[str] = mapped_column(String(10), default="unmatched")
    dedupe_key: Mapped[str] = mapped_column(String(64), unique=True)
    # the last matching run's proposals for a 'suggested' line (JSON list, best first; see
    # app.services.matching.engine); '' when none
    proposals: Mapped[str] = mapped_column(Text, default="", server_default="")


RECONCILIATION_KINDS = ("auto", "manual", "ignore")


class Reconciliation(Base):
    """What was done with one statement line: applied (automatically or confirmed by the user)
    as a payment with allocations and booked differences, or ignored. Undoing keeps the row
    (``undone_at``) and removes what it created; ``summary`` (JSON) records what that was."""

    __tablename__ = "reconciliation"
    __table_args__ = (
        CheckConstraint("kind IN ('auto', 'manual', 'ignore')", name="kind"),
        CheckConstraint("credit_minor >= 0", name="credit_nonneg"),
        Index("ix_reconciliation_line_live", "bank_line_id", "undone_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_line_id: Mapped[int] = mapped_column(ForeignKey("bank_line.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(8))
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="RESTRICT"), nullable=True)
    payment_id: Mapped[int | None] = mapped_column(
        ForeignKey("payment.id", ondelete="SET NULL"), nullable=True, index=True)
    score: Mapped[int] = mapped_column(default=0)
    reasons: Mapped[str] = mapped_column(Text, default="")       # JSON list of [code, params]
    credit_minor: Mapped[int] = mapped_column(default=0)          # left on account as customer credit
    note: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")       # JSON: allocations and differences
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(nullable=True)
    undo_reason: Mapped[str] = mapped_column(Text, default="")


class CompanySetting(Base):
    """A company-wide setting stored with the data (matching thresholds, tolerances, …): JSON."""

    __tablename__ = "company_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
