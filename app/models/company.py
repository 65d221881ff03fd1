"""The user's own company: one row."""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Company(Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    tax_id: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    home_currency: Mapped[str] = mapped_column(String(3), default="CNY")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    signature_name: Mapped[str] = mapped_column(String(200), default="")
    signature_title: Mapped[str] = mapped_column(String(200), default="")
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    seal_image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)   # 公章, PNG

    bank_accounts: Mapped[list["CompanyBankAccount"]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="CompanyBankAccount.id")


class CompanyBankAccount(Base):
    __tablename__ = "company_bank_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), index=True)
    bank_name: Mapped[str] = mapped_column(String(200), default="")
    account_no: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")

    company: Mapped[Company] = relationship(back_populates="bank_accounts")
