"""Trade-credit insurance (信用保险, issue 5 §4): policies, insured buyers with the insurer's
approved limits, overdue notifications, claims with their invoices, documents and recoveries.

How the deadlines are modelled (as Allianz Trade/Euler Hermes, Atradius, Coface and Sinosure
中国信保 word them, each policy sets its own figures):

- **maximum extension period** (MEP, 最长延展期): how long after the original due date the
  insured may still grant the buyer more time without the insurer's consent
  (``extension_days`` after the due date);
- **overdue notification** (threat of loss / non-payment notification, 可能损失通知书): to be
  sent no later than ``notify_after`` days or months (``notify_unit``) after the due date;
- **claim filing** (索赔申请): no later than ``claim_after`` days or months (``claim_unit``)
  after ``claim_from``: the day the overdue was notified (Sinosure: within 4 months of the
  notification), the due date, or the end of the extension period.

Month arithmetic clamps to the month end (31 January + 1 month = 28/29 February).

Money is integer minor units of the policy's ``currency``; the indemnity percentage is in basis
points (9000 = 90 %). A claim stores the figures its claimable amount was computed from when it
was filed, so later edits of the policy or the buyer's limit do not change a filed claim.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

PERIOD_UNITS = ("days", "months")
CLAIM_FROM = ("notification", "due", "extension_end")
BUYER_STATUSES = ("approved", "requested", "refused", "withdrawn")
CLAIM_STATUSES = ("draft", "filed", "paid", "rejected")
DOC_KINDS = ("contract", "invoices", "delivery_proof", "customs_declaration", "statement_of_account",
             "collection_records", "overdue_notification", "buyer_acknowledgement", "other")


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


class InsurancePolicy(Base):
    """One trade-credit insurance policy (保单)."""

    __tablename__ = "insurance_policy"
    __table_args__ = (
        CheckConstraint("ends_on >= starts_on", name="period"),
        CheckConstraint("indemnity_bp > 0 AND indemnity_bp <= 10000", name="indemnity_range"),
        CheckConstraint("extension_days >= 0 AND extension_days <= 3650", name="extension_range"),
        CheckConstraint("notify_after >= 0 AND notify_after <= 3650", name="notify_range"),
        CheckConstraint("claim_after >= 0 AND claim_after <= 3650", name="claim_range"),
        CheckConstraint(f"notify_unit IN {_in(PERIOD_UNITS)}", name="notify_unit"),
        CheckConstraint(f"claim_unit IN {_in(PERIOD_UNITS)}", name="claim_unit"),
        CheckConstraint(f"claim_from IN {_in(CLAIM_FROM)}", name="claim_from"),
        CheckConstraint("deductible_minor >= 0 AND first_loss_minor >= 0", name="amounts_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    insurer: Mapped[str] = mapped_column(String(200))
    number: Mapped[str] = mapped_column(String(64), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    indemnity_bp: Mapped[int] = mapped_column(default=9000)
    extension_days: Mapped[int] = mapped_column(default=0)
    notify_after: Mapped[int] = mapped_column(default=60)
    notify_unit: Mapped[str] = mapped_column(String(6), default="days")
    claim_after: Mapped[int] = mapped_column(default=4)
    claim_unit: Mapped[str] = mapped_column(String(6), default="months")
    claim_from: Mapped[str] = mapped_column(String(13), default="notification")
    # excess per claim, and the policy period's aggregate first loss (borne by the insured)
    deductible_minor: Mapped[int] = mapped_column(default=0)
    first_loss_minor: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InsuredBuyer(Base):
    """The insurer's decision on one buyer (买方信用限额): the approved limit, valid from
    ``valid_from`` to ``valid_to`` (inclusive; None: until withdrawn). ``approved`` rows give
    cover, and ``withdrawn`` ones until the day in ``valid_to``; invoices issued in the validity
    are insured up to the limit. ``requested`` and ``refused`` give none. Separate from the
    internal credit limit (``customer.credit_limit_minor``)."""

    __tablename__ = "insured_buyer"
    __table_args__ = (
        CheckConstraint("limit_minor >= 0", name="limit_nonneg"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
        CheckConstraint(f"status IN {_in(BUYER_STATUSES)}", name="status"),
        Index("ix_insured_buyer_customer", "customer_id", "valid_from"),
        Index("ix_insured_buyer_policy", "policy_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("insurance_policy.id", ondelete="RESTRICT"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    limit_minor: Mapped[int]
    valid_from: Mapped[date]
    valid_to: Mapped[date | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(10), default="approved")
    reference: Mapped[str] = mapped_column(String(64), default="")    # the insurer's decision no.
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InsuranceNotification(Base):
    """An overdue invoice notified to the insurer (threat of loss, 可能损失通知) on ``notified_on``."""

    __tablename__ = "insurance_notification"
    __table_args__ = (
        UniqueConstraint("policy_id", "invoice_id"),
        Index("ix_insurance_notification_invoice", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("insurance_policy.id", ondelete="RESTRICT"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"))
    notified_on: Mapped[date]
    reference: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InsuranceClaim(Base):
    """A claim (索赔) for one buyer's overdue insured invoices: draft → filed → paid | rejected.

    At filing the figures it rests on are stored: ``outstanding_minor`` (open on the insured
    invoices on the filing day), ``insured_limit_minor``, ``deductible_minor`` and
    ``first_loss_minor`` (the part of the policy's first loss this claim bears),
    ``indemnity_bp`` and the result ``claimable_minor``."""

    __tablename__ = "insurance_claim"
    __table_args__ = (
        CheckConstraint(f"status IN {_in(CLAIM_STATUSES)}", name="status"),
        CheckConstraint("indemnity_bp IS NULL OR (indemnity_bp > 0 AND indemnity_bp <= 10000)",
                        name="indemnity_range"),
        CheckConstraint("claimable_minor IS NULL OR claimable_minor >= 0", name="claimable_nonneg"),
        CheckConstraint("paid_minor IS NULL OR paid_minor >= 0", name="paid_nonneg"),
        CheckConstraint("status = 'draft' OR filed_on IS NOT NULL", name="filed_date"),
        CheckConstraint("status NOT IN ('paid', 'rejected') OR decided_on IS NOT NULL",
                        name="decided_date"),
        CheckConstraint("filed_on IS NULL OR filed_on >= opened_on", name="filed_after_opened"),
        CheckConstraint("decided_on IS NULL OR decided_on >= filed_on", name="decided_after_filed"),
        Index("ix_insurance_claim_customer", "customer_id", "status"),
        Index("ix_insurance_claim_policy", "policy_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("insurance_policy.id", ondelete="RESTRICT"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="RESTRICT"))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(8), default="draft")
    opened_on: Mapped[date]
    filed_on: Mapped[date | None] = mapped_column(nullable=True)
    insurer_reference: Mapped[str] = mapped_column(String(64), default="")
    outstanding_minor: Mapped[int | None] = mapped_column(nullable=True)
    insured_limit_minor: Mapped[int | None] = mapped_column(nullable=True)
    deductible_minor: Mapped[int | None] = mapped_column(nullable=True)
    first_loss_minor: Mapped[int | None] = mapped_column(nullable=True)
    indemnity_bp: Mapped[int | None] = mapped_column(nullable=True)
    claimable_minor: Mapped[int | None] = mapped_column(nullable=True)
    decided_on: Mapped[date | None] = mapped_column(nullable=True)
    paid_minor: Mapped[int | None] = mapped_column(nullable=True)
    reject_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InsuranceClaimInvoice(Base):
    """An invoice a claim covers; ``outstanding_minor``: open on it on the filing day."""

    __tablename__ = "insurance_claim_invoice"

    claim_id: Mapped[int] = mapped_column(ForeignKey("insurance_claim.id", ondelete="CASCADE"),
                                          primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id", ondelete="RESTRICT"),
                                            primary_key=True, index=True)
    outstanding_minor: Mapped[int | None] = mapped_column(nullable=True)


class InsuranceClaimDocument(Base):
    """One line of a claim's checklist of documents to attach, marked present or missing."""

    __tablename__ = "insurance_claim_document"
    __table_args__ = (
        UniqueConstraint("claim_id", "kind"),
        CheckConstraint(f"kind IN {_in(DOC_KINDS)}", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("insurance_claim.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    present: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class InsuranceRecovery(Base):
    """Money recovered from the buyer after the claim was paid (追偿所得)."""

    __tablename__ = "insurance_recovery"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_insurance_recovery_claim", "claim_id", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("insurance_claim.id", ondelete="CASCADE"))
    date: Mapped[date]
    amount_minor: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    user: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
