"""Collections and dunning (issue 6): what was sent or done to whom, promises, holds, instalment
plans, per-customer grace, the contact log and the holiday calendar of working days.

An issued action (a letter, a call task, a handover) is immutable: only its delivery proof may be
added later, and cancelling it keeps the row (``cancelled_at`` + reason, audited). Each invoice an
action escalates gets a ``dunning_stage_event``; a cancelled action's events are cancelled with
it, so the invoice falls back to its previous stage. Money is integer minor units of ``currency``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (CheckConstraint, ForeignKey, Index, LargeBinary, String, Text,
                        UniqueConstraint, text)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

ACTION_KINDS = ("reminder", "phone", "demand", "final", "handover")
SENT_VIA = ("post", "registered", "ems", "email", "hand", "none")
PROMISE_STATUSES = ("open", "kept", "broken", "cancelled")
PLAN_STATUSES = ("active", "completed", "broken", "cancelled")
CONTACT_KINDS = ("call", "email", "visit", "note", "acknowledgement")
CALL_OUTCOMES = ("reached", "no_answer", "promise", "dispute", "other")
DAY_KINDS = ("holiday", "workday")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class DunningAction(Base):
    """One issued dunning step for a customer: a letter (its PDF kept here), a phone-call task
    or a handover. ``reference`` is the letter's own number (DN-2026-000123)."""

    __tablename__ = "dunning_action"
    __table_args__ = (
        CheckConstraint(f"action IN {_in(ACTION_KINDS)}", name="action"),
        CheckConstraint(f"sent_via IN {_in(SENT_VIA)}", name="sent_via"),
        CheckConstraint("language IN ('zh', 'en')", name="language"),
        CheckConstraint("stage >= 1", name="stage_positive"),
        CheckConstraint("fee_minor >= 0 AND interest_minor >= 0 AND total_minor >= 0",
                        name="amounts_nonneg"),
        # issuing again on the same day creates nothing new
        Index("ix_dunning_action_live_day", "customer_id", "currency", "date", unique=True,
              sqlite_where=text("cancelled_at IS NULL")),
        Index("ix_dunning_action_customer_date", "customer_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    date: Mapped[date]
    stage: Mapped[int]
    stage_name: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(10))
    template: Mapped[str] = mapped_column(String(20), default="")
    language: Mapped[str] = mapped_column(String(2), default="zh")
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(default=0)      # open amount of the listed invoices
    fee_minor: Mapped[int] = mapped_column(default=0)
    interest_minor: Mapped[int] = mapped_column(default=0)
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)   # None: no letter
    sent_via: Mapped[str] = mapped_column(String(10), default="post")
    proof: Mapped[str] = mapped_column(Text, default="")     # e.g. EMS tracking number
    delivered: Mapped[bool] = mapped_column(default=False)
    delivered_on: Mapped[date | None] = mapped_column(nullable=True)
    # the letter came back or the e-mail bounced: it did not reach the customer
    returned_on: Mapped[date | None] = mapped_column(nullable=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[datetime | None] = mapped_column(nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class DunningStageEvent(Base):
    """An invoice reached ``stage`` of its ladder on ``date`` through ``action_id``."""

    __tablename__ = "dunning_stage_event"
    __table_args__ = (
        CheckConstraint("stage >= 1", name="stage_positive"),
        Index("ix_dunning_stage_event_live", "invoice_id", "stage", unique=True,
              sqlite_where=text("cancelled_at IS NULL")),
        Index("ix_dunning_stage_event_invoice_date", "invoice_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    action_id: Mapped[int] = mapped_column(ForeignKey("dunning_action.id", ondelete="RESTRICT"),
                                           index=True)
    stage: Mapped[int]
    date: Mapped[date]
    open_minor: Mapped[int] = mapped_column(default=0)        # what the letter said was open
    cancelled_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Promise(Base):
    """A promise to pay ``amount_minor`` (None: everything open on the invoices) by ``date``;
    broken when ``date`` + ``grace_days`` passes without it being paid."""

    __tablename__ = "promise"
    __table_args__ = (
        CheckConstraint(f"status IN {_in(PROMISE_STATUSES)}", name="status"),
        CheckConstraint("amount_minor IS NULL OR amount_minor > 0", name="amount_positive"),
        CheckConstraint("grace_days >= 0 AND grace_days <= 365", name="grace_range"),
        CheckConstraint("date >= made_on", name="date_after_made"),
        Index("ix_promise_customer_status", "customer_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    made_on: Mapped[date]
    date: Mapped[date]
    amount_minor: Mapped[int | None] = mapped_column(nullable=True)
    currency: Mapped[str] = mapped_column(String(3))
    grace_days: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default="open")
    resolved_on: Mapped[date | None] = mapped_column(nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromiseInvoice(Base):
    __tablename__ = "promise_invoice"

    promise_id: Mapped[int] = mapped_column(ForeignKey("promise.id", ondelete="CASCADE"),
                                            primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"),
                                            primary_key=True, index=True)


class DunningHold(Base):
    """Mahnstopp: no dunning for one invoice or a whole customer from ``starts_on`` until
    ``until`` (inclusive; None: until lifted). Lifting keeps the row."""

    __tablename__ = "dunning_hold"
    __table_args__ = (
        CheckConstraint("(customer_id IS NULL) <> (invoice_id IS NULL)", name="one_target"),
        CheckConstraint("until IS NULL OR until >= starts_on", name="period"),
        Index("ix_dunning_hold_customer", "customer_id"),
        Index("ix_dunning_hold_invoice", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), nullable=True)
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date]
    until: Mapped[date | None] = mapped_column(nullable=True)
    lifted_on: Mapped[date | None] = mapped_column(nullable=True)
    lift_reason: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InstalmentPlan(Base):
    """分期: the open amount of some invoices split into parts with dates (they add up exactly)."""

    __tablename__ = "instalment_plan"
    __table_args__ = (
        CheckConstraint(f"status IN {_in(PLAN_STATUSES)}", name="status"),
        CheckConstraint("total_minor > 0", name="total_positive"),
        CheckConstraint("grace_days >= 0 AND grace_days <= 365", name="grace_range"),
        Index("ix_instalment_plan_customer_status", "customer_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    made_on: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int]
    grace_days: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(10), default="active")
    resolved_on: Mapped[date | None] = mapped_column(nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InstalmentPlanInvoice(Base):
    __tablename__ = "instalment_plan_invoice"

    plan_id: Mapped[int] = mapped_column(ForeignKey("instalment_plan.id", ondelete="CASCADE"),
                                         primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"),
                                            primary_key=True, index=True)
    open_minor: Mapped[int]        # open on the invoice when the plan was made


class InstalmentPart(Base):
    __tablename__ = "instalment_part"
    __table_args__ = (
        UniqueConstraint("plan_id", "seq"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        CheckConstraint("seq >= 1", name="seq_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("instalment_plan.id", ondelete="CASCADE"))
    seq: Mapped[int]
    due_date: Mapped[date]
    amount_minor: Mapped[int]


class CustomerDunning(Base):
    """Per-customer dunning terms: grace days (approved by someone, audited)."""

    __tablename__ = "customer_dunning"
    __table_args__ = (CheckConstraint("grace_days >= 0 AND grace_days <= 90", name="grace_range"),)

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    grace_days: Mapped[int] = mapped_column(default=0)
    approved_by: Mapped[str] = mapped_column(String(100), default="")
    approved_on: Mapped[date | None] = mapped_column(nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ContactLog(Base):
    """A call, e-mail, visit, note or written acknowledgement (书面确认) with a customer,
    optionally about one invoice; a call has an outcome and may ask for a follow-up."""

    __tablename__ = "contact_log"
    __table_args__ = (
        CheckConstraint(f"kind IN {_in(CONTACT_KINDS)}", name="kind"),
        CheckConstraint(f"outcome IS NULL OR outcome IN {_in(CALL_OUTCOMES)}", name="outcome"),
        Index("ix_contact_log_customer_date", "customer_id", "date"),
        Index("ix_contact_log_follow_up", "follow_up",
              sqlite_where=text("follow_up IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoice.id", ondelete="SET NULL"), nullable=True)
    date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16), default="call")
    outcome: Mapped[str | None] = mapped_column(String(10), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[date | None] = mapped_column(nullable=True)
    promise_id: Mapped[int | None] = mapped_column(
        ForeignKey("promise.id", ondelete="SET NULL"), nullable=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class HolidayDay(Base):
    """A day that differs from the plain week in ``region``: a public holiday on a weekday, or a
    make-up working day (调休) on a weekend. Editable and importable (CSV)."""

    __tablename__ = "holiday_day"
    __table_args__ = (
        UniqueConstraint("region", "date"),
        CheckConstraint(f"kind IN {_in(DAY_KINDS)}", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(10))
    date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(100), default="")
