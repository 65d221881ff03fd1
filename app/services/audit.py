"""Audit rows for every change that touches money, terms, limits or allocations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditLog
from ..storage.lock import current_user


def _text(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, (date, datetime)):
        return v.isoformat()
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return format(v, "f")
    return str(v)


def audit(s: Session, entity: str, entity_id: int, field: str, before: object, after: object,
          reason: str = "", user: str | None = None) -> None:
    s.add(AuditLog(user=current_user() if user is None else user, entity=entity,
                   entity_id=entity_id, field=field, before=_text(before), after=_text(after),
                   reason=reason))


def audit_changes(s: Session, entity: str, entity_id: int, changes: dict[str, tuple[object, object]],
                  reason: str = "") -> None:
    for field, (before, after) in changes.items():
        if before != after:
            audit(s, entity, entity_id, field, before, after, reason)


def history(s: Session, entity: str, entity_id: int) -> list[AuditLog]:
    return list(s.scalars(select(AuditLog).where(AuditLog.entity == entity,
                                                 AuditLog.entity_id == entity_id)
                          .order_by(AuditLog.id)))
