"""What the user enters for credit scoring — financial ratios, external ratings, negative events —
and manual overrides of grade or limit. Every change writes an audit row (entity ``customer``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import (EVENT_KINDS, GRADES, CreditEvent, CreditOverride, Customer, CustomerFinancials,
                       ExternalRating, utcnow)
from ...storage.lock import current_user
from ..audit import audit


def customer_id_for(source: Session | Connection, code: str) -> int:
    conn = source.connection() if isinstance(source, Session) else source
    cid = conn.execute(text("SELECT id FROM customer WHERE code = :c"), {"c": code}).scalar()
    if cid is None:
        raise ValidationError(T("Unknown customer code {code}."), field="customer", code=code)
    return int(cid)


def _customer(s: Session, customer_id: int) -> Customer:
    c = s.get(Customer, customer_id)
    if c is None:
        raise ValidationError(T("Unknown customer."), field="customer")
    return c


def parse_ratio(value: object, field: str) -> Decimal | None:
    """A ratio as an exact decimal (text or Decimal; floats refused), ≥ 0 and below 1000."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        raise TypeError("exact decimals only")
    try:
        d = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValidationError(T("{value} is not a number."), field=field, value=value) from None
    if not d.is_finite() or d < 0 or d >= 1000:
        raise ValidationError(T("A ratio must be 0 or more and below 1000: {value}"), field=field,
                              value=value)
    return d


def check_grade(grade: str | None) -> str | None:
    if grade is None or grade == "":
        return None
    g = grade.strip().upper()
    if g not in GRADES:
        raise ValidationError(T("Unknown grade {grade}; use A, B, C or D."), field="grade", grade=grade)
    return g


def set_financials(s: Session, customer_id: int, statement_date: date, *,
                   debt_to_assets: object = None, current_ratio: object = None, note: str = "") -> int:
    """Record (or correct) the ratios of the statement dated ``statement_date``."""
    _customer(s, customer_id)
    dta = parse_ratio(debt_to_assets, "debt_to_assets")
    cr = parse_ratio(current_ratio, "current_ratio")
    if dta is None and cr is None:
        raise ValidationError(T("Give the debt-to-assets ratio, the current ratio or both."),
                              field="debt_to_assets")
    row = s.scalars(select(CustomerFinancials).where(
        CustomerFinancials.customer_id == customer_id,
        CustomerFinancials.statement_date == statement_date)).first()
    before = None
    if row is None:
        row = CustomerFinancials(customer_id=customer_id, statement_date=statement_date,
                                 user=current_user())
        s.add(row)
    else:
        before = _fin_text(row.debt_to_assets, row.current_ratio)
    row.debt_to_assets, row.current_ratio, row.note = dta, cr, note
    s.flush()
    audit(s, "customer", customer_id, f"financials {statement_date.isoformat()}", before,
          _fin_text(dta, cr), note)
    return row.id


def _fin_text(dta: Decimal | None, cr: Decimal | None) -> str:
    return (f"debt_to_assets={'' if dta is None else format(dta, 'f')} "
            f"current_ratio={'' if cr is None else format(cr, 'f')}")


def add_rating(s: Session, customer_id: int, *, source: str, grade: str, rated_on: date,
               note: str = "") -> int:
    _customer(s, customer_id)
    source, grade = (source or "").strip(), (grade or "").strip()
    if not source or not grade:
        raise ValidationError(T("Give the rating's source and grade."), field="grade")
    row = ExternalRating(customer_id=customer_id, source=source[:100], grade=grade[:20],
                         rated_on=rated_on, note=note, user=current_user())
    s.add(row)
    s.flush()
    audit(s, "customer", customer_id, "external rating", None,
          f"{source} {grade} {rated_on.isoformat()}", note)
    return row.id


def add_event(s: Session, customer_id: int, *, kind: str, on: date, note: str = "",
              cleared_on: date | None = None) -> int:
    _customer(s, customer_id)
    if kind not in EVENT_KINDS:
        raise ValidationError(T("Unknown event kind {kind}; use {kinds}."), field="kind", kind=kind,
                              kinds=", ".join(EVENT_KINDS))
    _check_cleared(on, cleared_on)
    row = CreditEvent(customer_id=customer_id, kind=kind, date=on, note=note, cleared_on=cleared_on,
                      user=current_user())
    s.add(row)
    s.flush()
    audit(s, "customer", customer_id, f"credit event {row.id}", None,
          f"{kind} {on.isoformat()}" + (f" cleared {cleared_on.isoformat()}" if cleared_on else ""), note)
    return row.id


def _check_cleared(on: date, cleared_on: date | None) -> None:
    if cleared_on is not None and cleared_on < on:
        raise ValidationError(T("An event cannot be cleared before it happened."), field="cleared_on")


def clear_event(s: Session, event_id: int, cleared_on: date, note: str = "") -> None:
    row = s.get(CreditEvent, event_id)
    if row is None:
        raise ValidationError(T("Unknown credit event."), field="event")
    _check_cleared(row.date, cleared_on)
    before = row.cleared_on
    row.cleared_on = cleared_on
    audit(s, "customer", row.customer_id, f"credit event {row.id} cleared", before, cleared_on, note)


@dataclass(frozen=True, slots=True)
class OverrideRow:
    id: int
    customer_id: int
    grade: str | None
    limit_minor: int | None
    reason: str
    starts_on: date
    valid_until: date
    user: str
    revoked: bool

    def in_force(self, on: date) -> bool:
        return not self.revoked and self.starts_on <= on <= self.valid_until


def set_override(s: Session, customer_id: int, *, reason: str, until: date, starts_on: date,
                 grade: str | None = None, limit_minor: int | None = None) -> int:
    """A manual grade and/or limit from ``starts_on`` to ``until`` inclusive, with a reason."""
    _customer(s, customer_id)
    g = check_grade(grade)
    if g is None and limit_minor is None:
        raise ValidationError(T("An override needs a grade, a limit or both."), field="grade")
    if limit_minor is not None and limit_minor < 0:
        raise ValidationError(T("A credit limit cannot be negative."), field="limit")
    if not (reason or "").strip():
        raise ValidationError(T("Give the reason for the override."), field="reason")
    if until < starts_on:
        raise ValidationError(T("The override must run until {start} or later."), field="until",
                              start=starts_on.isoformat())
    row = CreditOverride(customer_id=customer_id, grade=g, limit_minor=limit_minor,
                         reason=reason.strip(), starts_on=starts_on, valid_until=until,
                         user=current_user())
    s.add(row)
    s.flush()
    audit(s, "customer", customer_id, f"credit override {row.id}", None,
          f"grade={g or ''} limit={'' if limit_minor is None else limit_minor} "
          f"{starts_on.isoformat()}..{until.isoformat()}", reason.strip())
    return row.id


def revoke_override(s: Session, override_id: int, reason: str) -> None:
    row = s.get(CreditOverride, override_id)
    if row is None:
        raise ValidationError(T("Unknown override."), field="override")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        row.revoke_reason = reason
        audit(s, "customer", row.customer_id, f"credit override {row.id}", "in force", "revoked", reason)


def list_overrides(conn: Connection, customer_id: int) -> list[OverrideRow]:
    rows = conn.execute(text(
        "SELECT id, customer_id, grade, limit_minor, reason, starts_on, valid_until, user, "
        "revoked_at IS NOT NULL FROM credit_override WHERE customer_id = :c ORDER BY id"),
        {"c": customer_id}).all()
    return [OverrideRow(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]),
                        date.fromisoformat(r[6]), r[7], bool(r[8])) for r in rows]
