"""Saved column mappings and a record of every file imported."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class ImportProfile(Base):
    """A named column mapping (and options such as date order) the user saved."""

    __tablename__ = "import_profile"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))      # 'customers' | 'invoices'
    name: Mapped[str] = mapped_column(String(100))
    mapping_json: Mapped[str] = mapped_column(Text)    # {"canonical field": "header in file"}
    options_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ImportBatch(Base):
    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(100), default="")
    rows_added: Mapped[int] = mapped_column(default=0)
    rows_unchanged: Mapped[int] = mapped_column(default=0)
    rows_rejected: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(nullable=True)
    undo_reason: Mapped[str] = mapped_column(Text, default="")
