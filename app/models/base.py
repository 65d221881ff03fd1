"""Declarative base and shared column helpers."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names so Alembic batch migrations can find them on SQLite.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    # 64-bit integers everywhere (minor units of large sums); on SQLite INTEGER is already 64-bit
    # and must be spelled INTEGER for primary keys to alias the rowid.
    type_annotation_map = {int: BigInteger().with_variant(Integer(), "sqlite")}


def utcnow() -> datetime:
    """Timestamp for audit and bookkeeping columns (time matters there, dates elsewhere)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
