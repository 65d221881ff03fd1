"""Policies, insured buyers (the insurer's approved limits) and overdue notifications: what
the user enters. Validated (``ValidationError`` naming the field), every change audited."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import (BUYER_STATUSES, CLAIM_FROM, PERIOD_UNITS, Customer, InsuranceNotification,
                       InsurancePolicy, InsuredBuyer, Invoice)
from ...money import MoneyError, normalize_currency
from ...storage.lock import current_user
from ..audit import audit, audit_changes


# decisions that give cover while valid: an approved limit, and a withdrawn one until the day
# it was withdrawn (invoices issued before stay insured)
COVER_STATUSES = ("approved", "withdrawn")


@dataclass(frozen=True)
class PolicyData:
    insurer: str
    number: str
    currency: str
    starts_on: date
    ends_on: date
    indemnity_bp: int = 9000           # 9000 = 90 %
    extension_days: int = 0            # maximum extension period after the due date
    notify_after: int = 60             # notify an overdue … after the due date
    notify_unit: str = "days"
    claim_after: int = 4               # file the claim … after claim_from
    claim_unit: str = "months"
    claim_from: str = "notification"   # notification | due | extension_end
    deductible_minor: int = 0          # excess per claim
    first_loss_minor: int = 0          # aggregate first loss of the policy period
    note: str = ""


def _int(v: object, field: str, lo: int, hi: int, template: str) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or not lo <= v <= hi:
        raise ValidationError(template, field=field, low=lo, high=hi, value=v)
    return v


def validate_policy(d: PolicyData) -> PolicyData:
    if not d.insurer.strip():
        raise ValidationError(T("Enter the insurer."), field="insurer")
    if not d.number.strip():
        raise ValidationError(T("Enter the policy number."), field="number")
    try:
        cur = normalize_currency(d.currency)
    except MoneyError:
        raise ValidationError(T("Unknown currency {currency}."), field="currency",
                              currency=d.currency) from None
    if d.ends_on < d.starts_on:
        raise ValidationError(T("The policy ends on {end}, before it starts ({start})."),
                              field="ends_on", end=d.ends_on.isoformat(), start=d.starts_on.isoformat())
    _int(d.indemnity_bp, "indemnity_bp", 1, 10000,
         T("The indemnity must be above 0 % and at most 100 %."))
    for name in ("extension_days", "notify_after", "claim_after"):
        _int(getattr(d, name), name, 0, 3650, T("A period must be 0 to 3650 days or months."))
    if d.notify_unit not in PERIOD_UNITS or d.claim_unit not in PERIOD_UNITS:
        raise ValidationError(T("A period is counted in days or months."), field="unit")
    if d.claim_from not in CLAIM_FROM:
        raise ValidationError(T("The claim deadline counts from the notification, the due date "
                                "or the end of the extension period."), field="claim_from")
    for name in ("deductible_minor", "first_loss_minor"):
        v = getattr(d, name)
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ValidationError(T("An amount cannot be negative."), field=name)
    return replace(d, insurer=d.insurer.strip(), number=d.number.strip(), currency=cur)


def add_policy(s: Session, data: PolicyData) -> int:
    d = validate_policy(data)
    if s.scalar(select(InsurancePolicy.id).where(InsurancePolicy.number == d.number)) is not None:
        raise ValidationError(T("A policy numbered {number} exists already."), field="number",
                              number=d.number)
    p = InsurancePolicy(**{f.name: getattr(d, f.name) for f in fields(d)}, user=current_user())
    s.add(p)
    s.flush()
    audit(s, "insurance_policy", p.id, "created", None,
          f"{d.insurer} {d.number} {d.currency} {d.starts_on}–{d.ends_on} {d.indemnity_bp} bp")
    return p.id


def update_policy(s: Session, policy_id: int, data: PolicyData, reason: str = "") -> None:
    """Change a policy's terms (filed claims keep the figures they were filed with)."""
    p = _policy(s, policy_id)
    d = validate_policy(data)
    other = s.scalar(select(InsurancePolicy.id).where(InsurancePolicy.number == d.number,
                                                      InsurancePolicy.id != policy_id))
    if other is not None:
        raise ValidationError(T("A policy numbered {number} exists already."), field="number",
                              number=d.number)
    changes = {}
    for f in fields(d):
        before, after = getattr(p, f.name), getattr(d, f.name)
        changes[f.name] = (before, after)
        setattr(p, f.name, after)
    audit_changes(s, "insurance_policy", policy_id, changes, reason)


def _policy(s: Session, policy_id: int) -> InsurancePolicy:
    p = s.get(InsurancePolicy, policy_id)
    if p is None:
        raise ValidationError(T("Policy {id} does not exist."), field="policy", id=policy_id)
    return p


def policy_id_for(source: Session | Connection, number: str) -> int:
    """A policy's id from its number (or its id written as a number)."""
    conn = source.connection() if isinstance(source, Session) else source
    pid = conn.execute(text("SELECT id FROM insurance_policy WHERE number = :n"), {"n": number}).scalar()
    if pid is None and number.isdigit():
        pid = conn.execute(text("SELECT id FROM insurance_policy WHERE id = :n"), {"n": int(number)}).scalar()
    if pid is None:
        raise ValidationError(T("Unknown policy {number}."), field="policy", number=number)
    return int(pid)


@dataclass(frozen=True, slots=True)
class PolicyRow:
    id: int
    insurer: str
    number: str
    currency: str
    starts_on: date
    ends_on: date
    indemnity_bp: int
    extension_days: int
    notify_after: int
    notify_unit: str
    claim_after: int
    claim_unit: str
    claim_from: str
    deductible_minor: int
    first_loss_minor: int
    note: str
    buyers: int                 # buyer limits giving cover recorded


def list_policies(conn: Connection) -> list[PolicyRow]:
    rows = conn.execute(text(
        "SELECT p.id, p.insurer, p.number, p.currency, p.starts_on, p.ends_on, p.indemnity_bp, "
        "p.extension_days, p.notify_after, p.notify_unit, p.claim_after, p.claim_unit, p.claim_from, "
        "p.deductible_minor, p.first_loss_minor, p.note, "
        "(SELECT COUNT(*) FROM insured_buyer b WHERE b.policy_id = p.id "
        "AND b.status IN ('approved', 'withdrawn')) "
        "FROM insurance_policy p ORDER BY p.starts_on DESC, p.number")).all()
    return [PolicyRow(r[0], r[1], r[2], r[3], _d(r[4]), _d(r[5]), *r[6:]) for r in rows]


# --------------------------------------------------------------------------- insured buyers

def add_buyer(s: Session, policy_id: int, customer_id: int, *, limit_minor: int, valid_from: date,
              valid_to: date | None = None, status: str = "approved", reference: str = "",
              note: str = "") -> int:
    """Record the insurer's decision on a buyer. Two limits giving cover (approved, or withdrawn
    with the day it ended) of one buyer under one policy may not overlap in time (end the old one
    first: ``end_buyer``). Requested and refused decisions give no cover."""
    p = _policy(s, policy_id)
    if s.get(Customer, customer_id) is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=customer_id)
    if status not in BUYER_STATUSES:
        raise ValidationError(T("Unknown status {status}."), field="status", status=status)
    if not isinstance(limit_minor, int) or isinstance(limit_minor, bool) or limit_minor < 0:
        raise ValidationError(T("An amount cannot be negative."), field="limit")
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError(T("The limit ends on {end}, before it starts ({start})."),
                              field="valid_to", end=valid_to.isoformat(), start=valid_from.isoformat())
    if valid_from > p.ends_on or (valid_to is not None and valid_to < p.starts_on):
        raise ValidationError(T("The limit's validity lies outside the policy period {start}–{end}."),
                              field="valid_from", start=p.starts_on.isoformat(), end=p.ends_on.isoformat())
    if status == "withdrawn" and valid_to is None:
        raise ValidationError(T("A withdrawn limit needs the day its cover ended."), field="valid_to")
    if status in COVER_STATUSES:
        _check_overlap(s, policy_id, customer_id, valid_from, valid_to, None)
    b = InsuredBuyer(policy_id=policy_id, customer_id=customer_id, limit_minor=limit_minor,
                     valid_from=valid_from, valid_to=valid_to, status=status,
                     reference=reference.strip(), note=note, user=current_user())
    s.add(b)
    s.flush()
    audit(s, "insured_buyer", b.id, "created", None,
          f"policy {p.number} customer {customer_id} {status} {limit_minor} {p.currency} "
          f"{valid_from}–{valid_to or ''}")
    return b.id


def _check_overlap(s: Session, policy_id: int, customer_id: int, start: date, end: date | None,
                   exclude: int | None) -> None:
    for other in s.scalars(select(InsuredBuyer).where(
            InsuredBuyer.policy_id == policy_id, InsuredBuyer.customer_id == customer_id,
            InsuredBuyer.status.in_(COVER_STATUSES))):
        if other.id == exclude:
            continue
        if (other.valid_to is None or other.valid_to >= start) and (end is None or end >= other.valid_from):
            raise ValidationError(T("This buyer already has an approved limit under the policy from "
                                    "{start}; end it before entering a new one."), field="valid_from",
                                  start=other.valid_from.isoformat())


def end_buyer(s: Session, buyer_id: int, *, valid_to: date, status: str | None = None,
              reason: str = "") -> None:
    """End an insured buyer's limit on ``valid_to`` (and optionally mark it withdrawn: invoices
    issued up to that day stay insured)."""
    b = s.get(InsuredBuyer, buyer_id)
    if b is None:
        raise ValidationError(T("Insured buyer {id} does not exist."), field="buyer", id=buyer_id)
    if valid_to < b.valid_from:
        raise ValidationError(T("The limit ends on {end}, before it starts ({start})."),
                              field="valid_to", end=valid_to.isoformat(), start=b.valid_from.isoformat())
    if status is not None and status not in BUYER_STATUSES:
        raise ValidationError(T("Unknown status {status}."), field="status", status=status)
    audit_changes(s, "insured_buyer", buyer_id, {"valid_to": (b.valid_to, valid_to),
                                                 "status": (b.status, status or b.status)}, reason)
    b.valid_to = valid_to
    if status is not None:
        b.status = status


@dataclass(frozen=True, slots=True)
class BuyerRow:
    id: int
    policy_id: int
    policy_number: str
    customer_id: int
    code: str
    name: str
    currency: str
    limit_minor: int
    valid_from: date
    valid_to: date | None
    status: str
    reference: str
    note: str


def list_buyers(conn: Connection, *, policy_id: int | None = None, customer_id: int | None = None,
                valid_on: date | None = None) -> list[BuyerRow]:
    """Insured buyers, by customer code then start (only those giving cover on ``valid_on``
    under a policy running that day, when given)."""
    sql = ("SELECT b.id, b.policy_id, p.number, b.customer_id, c.code, c.name, p.currency, "
           "b.limit_minor, b.valid_from, b.valid_to, b.status, b.reference, b.note "
           "FROM insured_buyer b JOIN insurance_policy p ON p.id = b.policy_id "
           "JOIN customer c ON c.id = b.customer_id WHERE 1 = 1")
    params: dict[str, object] = {}
    if policy_id is not None:
        sql += " AND b.policy_id = :pid"
        params["pid"] = policy_id
    if customer_id is not None:
        sql += " AND b.customer_id = :cid"
        params["cid"] = customer_id
    if valid_on is not None:
        sql += (" AND b.status IN ('approved', 'withdrawn') AND b.valid_from <= :d AND (b.valid_to IS NULL OR "
                "b.valid_to >= :d) AND p.starts_on <= :d AND p.ends_on >= :d")
        params["d"] = valid_on.isoformat()
    sql += " ORDER BY c.code, b.valid_from, b.id"
    return [BuyerRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _d(r[8]),
                     _d(r[9]) if r[9] else None, r[10], r[11], r[12])
            for r in conn.execute(text(sql), params)]


# --------------------------------------------------------------------------- notifications

def notify_overdue(s: Session, invoice_id: int, *, on: date, policy_id: int | None = None,
                   reference: str = "", note: str = "") -> int:
    """Record that the overdue ``invoice_id`` was notified to the insurer on ``on`` (under the
    policy that insures it, unless one is named)."""
    inv = s.get(Invoice, invoice_id)
    if inv is None or inv.kind != "invoice":
        raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=invoice_id)
    if policy_id is None:
        policy_id = insuring_policy(s.connection(), inv.customer_id, inv.issue_date, inv.currency)
        if policy_id is None:
            raise ValidationError(T("Invoice {number} is not insured: no approved buyer limit covers "
                                    "its issue date."), field="invoice", number=inv.number)
    else:
        _policy(s, policy_id)
    if on < inv.due_date:
        raise ValidationError(T("Invoice {number} is not overdue on {date}."), field="date",
                              number=inv.number, date=on.isoformat())
    if s.scalar(select(InsuranceNotification.id).where(
            InsuranceNotification.policy_id == policy_id,
            InsuranceNotification.invoice_id == invoice_id)) is not None:
        raise ValidationError(T("Invoice {number} was notified already."), field="invoice",
                              number=inv.number)
    n = InsuranceNotification(policy_id=policy_id, invoice_id=invoice_id, notified_on=on,
                              reference=reference.strip(), note=note, user=current_user())
    s.add(n)
    s.flush()
    audit(s, "insurance_notification", n.id, "created", None,
          f"invoice {inv.number} policy {policy_id} {on.isoformat()} {reference}".strip())
    return n.id


def insuring_policy(conn: Connection, customer_id: int, issue_date: date, currency: str) -> int | None:
    """The policy whose approved buyer limit covers an invoice of this customer issued on
    ``issue_date`` in ``currency`` (the oldest such policy), or None."""
    pid = conn.execute(text(
        "SELECT p.id FROM insured_buyer b JOIN insurance_policy p ON p.id = b.policy_id "
        "WHERE b.customer_id = :cid AND b.status IN ('approved', 'withdrawn') AND p.currency = :cur "
        "AND b.valid_from <= :d AND (b.valid_to IS NULL OR b.valid_to >= :d) "
        "AND p.starts_on <= :d AND p.ends_on >= :d ORDER BY p.starts_on, p.id LIMIT 1"),
        {"cid": customer_id, "cur": currency, "d": issue_date.isoformat()}).scalar()
    return None if pid is None else int(pid)


def _d(v: object) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))
