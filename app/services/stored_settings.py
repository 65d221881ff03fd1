"""A company's settings, stored as JSON text in ``company_setting`` under one key per area
(credit, dunning, insurance, mail, bank matching). Each area's module owns its dataclass, its
JSON and its validation; this is the storage they share.

    read_setting(conn_or_session, "dunning") -> str | None
    write_setting(s, "dunning", json_text, reason)      # audited: before and after; no-op if equal
"""

from __future__ import annotations

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ..models import CompanySetting
from .audit import audit


def read_setting(source: Session | Connection, key: str) -> str | None:
    conn = source.connection() if isinstance(source, Session) else source
    return conn.execute(text("SELECT value_json FROM company_setting WHERE key = :k"),
                        {"k": key}).scalar()


def write_setting(s: Session, key: str, value_json: str, reason: str = "") -> bool:
    """Store ``value_json`` under ``key`` with an audit row (before/after); returns False and
    writes nothing when it is what is stored already."""
    row = s.get(CompanySetting, key)
    before = row.value_json if row is not None else None
    if before == value_json:
        return False
    if row is None:
        s.add(CompanySetting(key=key, value_json=value_json))
    else:
        row.value_json = value_json
    audit(s, "setting", 0, key, before, value_json, reason)
    return True
