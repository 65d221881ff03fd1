"""Credit management (issue 5): what the user enters about a customer's creditworthiness, the
customer's current credit state, manual overrides and the review history.

The credit limit itself stays in ``customer.credit_limit_minor`` (minor units of the customer's
currency); ``credit_state.limit_source`` says whether the grade rule maintains it ('rule') or the
user entered it ('manual'). Ratios are exact decimals (``DecimalText``), never floats. Trade-credit
insurance (policies, insured buyers, claims) gets its own tables in a later migration.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .writeoff import DecimalText

GRADES = ("A", "B", "C", "D")
EVENT_KINDS = ("litigation", "insolvency", "returned_payment", "other")
LIMIT_SOURCES = ("rule", "manual")

_GRADE_SQL = "('A', 'B', 'C', 'D')"


class CustomerFinancials(Base):
    """Figures from one of the customer's financial statements (资产负债率, 流动比率)."""

    __tablename__ = "customer_financials"
    __table_args__ = (
        UniqueConstraint("customer_id", "statement_date"),
        CheckConstraint("debt_to_assets IS NOT NULL OR current_ratio IS NOT NULL", name="some_ratio"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    statement_date: Mapped[date]
    debt_to_assets: Mapped[Decimal | None] = mapped_column(DecimalText(), nullable=True)
    current_ratio: Mapped[Decimal | None] = mapped_column(DecimalText(), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExternalRating(Base):
    """A grade given by an insurer or a credit bureau, as the user entered it."""

    __tablename__ = "external_rating"
    __table_args__ = (Index("ix_external_rating_customer_date", "customer_id", "rated_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(100))
    grade: Mapped[str] = mapped_column(String(20))
    rated_on: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CreditEvent(Base):
    """A negative event (litigation, insolvency notice, returned payment …); it caps the grade
    from ``date`` until ``cleared_on`` (see the credit settings for how long each kind counts)."""

    __tablename__ = "credit_event"
    __table_args__ = (
        CheckConstraint("kind IN ('litigation', 'insolvency', 'returned_payment', 'other')",
                        name="kind"),
        CheckConstraint("cleared_on IS NULL OR cleared_on >= date", name="cleared_after"),
        Index("ix_credit_event_customer_date", "customer_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    cleared_on: Mapped[date | None] = mapped_column(nullable=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CreditState(Base):
    """The customer's saved credit standing: last saved score and grade (re-scoring with
    ``apply`` or a review writes it), where the limit comes from, the next review date."""

    __tablename__ = "credit_state"
    __table_args__ = (
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
        CheckConstraint(f"grade IS NULL OR grade IN {_GRADE_SQL}", name="grade"),
        CheckConstraint(f"previous_grade IS NULL OR previous_grade IN {_GRADE_SQL}",
                        name="previous_grade"),
        CheckConstraint("limit_source IN ('rule', 'manual')", name="limit_source"),
    )

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    score: Mapped[int | None] = mapped_column(nullable=True)
    grade: Mapped[str | None] = mapped_column(String(1), nullable=True)
    scored_on: Mapped[date | None] = mapped_column(nullable=True)
    previous_grade: Mapped[str | None] = mapped_column(String(1), nullable=True)
    grade_changed_on: Mapped[date | None] = mapped_column(nullable=True)
    limit_source: Mapped[str] = mapped_column(String(6), default="manual")
    next_review: Mapped[date | None] = mapped_column(nullable=True, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class CreditOverride(Base):
    """A manual grade and/or limit that replaces the computed one from ``starts_on`` to
    ``valid_until`` (inclusive), unless revoked earlier. Always with a reason; audited."""

    __tablename__ = "credit_override"
    __table_args__ = (
        CheckConstraint("grade IS NOT NULL OR limit_minor IS NOT NULL", name="something"),
        CheckConstraint(f"grade IS NULL OR grade IN {_GRADE_SQL}", name="grade"),
        CheckConstraint("limit_minor IS NULL OR limit_minor >= 0", name="limit_nonneg"),
        CheckConstraint("valid_until >= starts_on", name="period"),
        Index("ix_credit_override_customer_until", "customer_id", "valid_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    grade: Mapped[str | None] = mapped_column(String(1), nullable=True)
    limit_minor: Mapped[int | None] = mapped_column(nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    starts_on: Mapped[date]
    valid_until: Mapped[date]
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    revoke_reason: Mapped[str] = mapped_column(Text, default="")


class CreditReview(Base):
    """One periodic (or ad-hoc) credit review and what it decided."""

    __tablename__ = "credit_review"
    __table_args__ = (
        CheckConstraint(f"old_grade IS NULL OR old_grade IN {_GRADE_SQL}", name="old_grade"),
        CheckConstraint(f"new_grade IS NULL OR new_grade IN {_GRADE_SQL}", name="new_grade"),
        CheckConstraint("new_limit_minor IS NULL OR new_limit_minor >= 0", name="limit_nonneg"),
        Index("ix_credit_review_customer_date", "customer_id", "review_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    review_date: Mapped[date]
    reviewer: Mapped[str] = mapped_column(String(100), default="")
    score: Mapped[int | None] = mapped_column(nullable=True)
    old_grade: Mapped[str | None] = mapped_column(String(1), nullable=True)
    new_grade: Mapped[str | None] = mapped_column(String(1), nullable=True)
    old_limit_minor: Mapped[int | None] = mapped_column(nullable=True)
    new_limit_minor: Mapped[int | None] = mapped_column(nullable=True)
    decision: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    next_review: Mapped[date | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
