"""Customers and the other names / accounts they pay under."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("terms_days >= 0 AND terms_days <= 3650", name="terms_range"),
        CheckConstraint("credit_limit_minor IS NULL OR credit_limit_minor >= 0", name="limit_nonneg"),
        CheckConstraint("language IN ('zh', 'en')", name="language"),
        CheckConstraint("discount_bp >= 0 AND discount_bp <= 5000", name="discount_range"),
        CheckConstraint("discount_days IS NULL OR (discount_days >= 0 AND discount_days <= 3650)",
                        name="discount_days_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    terms_days: Mapped[int] = mapped_column(default=30)
    credit_limit_minor: Mapped[int | None] = mapped_column(nullable=True)
    language: Mapped[str] = mapped_column(String(2), default="zh")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)
    # early-payment discount the terms allow: discount_bp / 100 % when paid within discount_days
    # of the issue date ("2/10 net 30": 200 bp, 10 days, terms_days 30); none when days is NULL
    discount_days: Mapped[int | None] = mapped_column(nullable=True)
    discount_bp: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), nullable=True, index=True)

    aliases: Mapped[list["CustomerAlias"]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerAlias.id")


class CustomerAlias(Base):
    """Another name (or bank account) a customer pays under: a parent company, a payment platform
    account, a bank account seen on a statement. ``learned_from_line_id``: the statement line
    whose confirmed match taught it (None when entered or imported)."""

    __tablename__ = "customer_alias"
    __table_args__ = (
        UniqueConstraint("customer_id", "kind", "value"),
        CheckConstraint("kind IN ('name', 'account')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8), default="name")
    value: Mapped[str] = mapped_column(String(200), index=True)
    learned_from_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("bank_line.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[datetime | None] = mapped_column(nullable=True, default=utcnow)

    customer: Mapped[Customer] = relationship(back_populates="aliases")
