"""Promises to pay and instalment plans (分期): what takes invoices off the ladder for a while.

A promise is *active* until its date + grace; it is *kept* once what was promised has been paid
(by the as-of rule: the open amount of its invoices fell by the promised amount since the day
it was made, or to zero when no amount was given) and *broken* when the date + grace passed
without that — the invoices then resume their ladder. ``refresh`` stores kept/broken (audited);
the engine evaluates the same rule on the fly, so a run for any date gives the same answer.

An instalment plan splits what is open on its invoices into parts that add up exactly
(``app.money.split_minor``); it is *current* while every part due (+ grace) has been paid
cumulatively; a missed part makes it broken and dunning resumes; paid off, it is completed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import (Customer, Invoice, InstalmentPart, InstalmentPlan, InstalmentPlanInvoice,
                       Promise, PromiseInvoice)
from ...money import format_minor, split_minor
from ...storage.lock import current_user
from ..audit import audit
from .openamounts import open_on
from .settings import load_settings


# --------------------------------------------------------------------------- shared checks

def open_invoices_of(s: Session, invoice_ids: Sequence[int], on: date) -> tuple[Customer, str, dict[int, int]]:
    """The customer, currency and open amounts on ``on`` of invoices that belong together;
    ValidationError when one is a credit note, paid, of another customer or currency."""
    if not invoice_ids:
        raise ValidationError(T("Choose at least one invoice."), field="invoice")
    invs = [s.get(Invoice, i) for i in invoice_ids]
    if any(i is None for i in invs):
        raise ValidationError(T("Invoice {id} does not exist."), field="invoice",
                              id=next(n for n, i in zip(invoice_ids, invs) if i is None))
    first = invs[0]
    opens = open_on(s.connection(), list(invoice_ids), on)
    for inv in invs:
        if inv.is_credit_note:
            raise ValidationError(T("{number} is a credit note, not an invoice."), field="invoice",
                                  number=inv.number)
        if inv.customer_id != first.customer_id:
            raise ValidationError(T("Invoice {number} belongs to another customer."),
                                  field="invoice", number=inv.number)
        if inv.currency != first.currency:
            raise ValidationError(T("Invoice {number} is in {currency}."), field="currency",
                                  number=inv.number, currency=inv.currency)
        if opens[inv.id] <= 0:
            raise ValidationError(T("Nothing is open on {number}."), field="invoice",
                                  number=inv.number)
    return first.customer, first.currency, opens


# --------------------------------------------------------------------------- promises

@dataclass(frozen=True, slots=True)
class PromiseInfo:
    id: int
    customer_id: int
    invoice_ids: tuple[int, ...]
    made_on: date
    date: date
    amount_minor: int | None
    currency: str
    grace_days: int
    stored_status: str

    @property
    def deadline(self) -> date:
        return self.date + timedelta(days=self.grace_days)


def add_promise(s: Session, invoice_ids: Sequence[int], promised_date: date, made_on: date, *,
                amount_minor: int | None = None, grace_days: int | None = None,
                note: str = "") -> int:
    """Record a promise to pay ``amount_minor`` (None: all that is open) on the invoices by
    ``promised_date``; grace defaults to the dunning settings' promise grace."""
    cust, cur, opens = open_invoices_of(s, invoice_ids, made_on)
    if promised_date < made_on:
        raise ValidationError(T("The promised date {date} is before today ({today})."),
                              field="date", date=promised_date.isoformat(), today=made_on.isoformat())
    if amount_minor is not None and not 0 < amount_minor <= sum(opens.values()):
        raise ValidationError(T("The promised amount must be above zero and at most the {open} "
                                "open."), field="amount", open=format_minor(sum(opens.values()), cur))
    if grace_days is None:
        grace_days = load_settings(s).promise_grace_days
    if not 0 <= grace_days <= 365:
        raise ValidationError(T("Intervals and grace days must be 0–365 days."), field="grace")
    p = Promise(customer_id=cust.id, made_on=made_on, date=promised_date, amount_minor=amount_minor,
                currency=cur, grace_days=grace_days, status="open", note=note.strip(),
                user=current_user())
    s.add(p)
    s.flush()
    for iid in dict.fromkeys(invoice_ids):
        s.add(PromiseInvoice(promise_id=p.id, invoice_id=iid))
    amount = "all" if amount_minor is None else format_minor(amount_minor, cur, grouping=False)
    audit(s, "promise", p.id, "created", None, f"{amount} {cur} by {promised_date.isoformat()}",
          note.strip())
    return p.id


def cancel_promise(s: Session, promise_id: int, reason: str, on: date) -> None:
    p = s.get(Promise, promise_id)
    if p is None:
        raise ValidationError(T("Promise {id} does not exist."), field="promise", id=promise_id)
    if p.status != "open":
        raise ValidationError(T("This promise is already {status}."), field="promise",
                              status=p.status)
    p.status, p.resolved_on = "cancelled", on
    audit(s, "promise", p.id, "status", "open", "cancelled", reason.strip())


def load_promises(conn: Connection, customer_id: int | None = None,
                  statuses: Sequence[str] = ("open",)) -> list[PromiseInfo]:
    sql = ("SELECT p.id, p.customer_id, p.made_on, p.date, p.amount_minor, p.currency, "
           "p.grace_days, p.status, group_concat(pi.invoice_id) FROM promise p "
           "JOIN promise_invoice pi ON pi.promise_id = p.id WHERE p.status IN ("
           + ",".join(f"'{x}'" for x in statuses if x.isalpha()) + ")")
    params: dict = {}
    if customer_id is not None:
        sql += " AND p.customer_id = :cid"
        params["cid"] = customer_id
    sql += " GROUP BY p.id ORDER BY p.id"
    return [PromiseInfo(r[0], r[1], tuple(int(x) for x in str(r[8]).split(",")),
                        date.fromisoformat(str(r[2])), date.fromisoformat(str(r[3])), r[4], r[5],
                        r[6], r[7]) for r in conn.execute(text(sql), params)]


def promise_status(conn: Connection, p: PromiseInfo, as_of: date) -> str:
    """'open' (active), 'kept' or 'broken' on ``as_of`` for a promise stored as open."""
    if p.stored_status != "open":
        return p.stored_status
    if as_of < p.made_on:
        return "open"
    check = min(as_of, p.deadline)
    now = sum(open_on(conn, p.invoice_ids, check).values())
    if p.amount_minor is None:
        kept = now == 0
    else:
        before = sum(open_on(conn, p.invoice_ids, p.made_on).values())
        kept = before - now >= p.amount_minor or now == 0
    if kept:
        return "kept"
    return "broken" if as_of > p.deadline else "open"


def refresh_promises(s: Session, as_of: date) -> list[tuple[int, str]]:
    """Store 'kept' / 'broken' for open promises decided on ``as_of``; returns (id, status)."""
    conn = s.connection()
    changed = []
    for p in load_promises(conn):
        st = promise_status(conn, p, as_of)
        if st != "open":
            row = s.get(Promise, p.id)
            assert row is not None
            row.status, row.resolved_on = st, min(as_of, p.deadline)
            audit(s, "promise", p.id, "status", "open", st)
            changed.append((p.id, st))
    return changed


# --------------------------------------------------------------------------- instalment plans

@dataclass(frozen=True, slots=True)
class PlanInfo:
    id: int
    customer_id: int
    invoice_ids: tuple[int, ...]
    made_on: date
    currency: str
    total_minor: int
    grace_days: int
    stored_status: str
    parts: tuple[tuple[int, date, int], ...]     # (seq, due date, amount)


def split_parts(total_minor: int, count: int, first_due: date, every_days: int = 30,
                weights: Sequence[int] | None = None) -> list[tuple[date, int]]:
    """``count`` parts of ``total_minor`` (equal, or in proportion to ``weights``) that add up
    exactly, due ``first_due`` and every ``every_days`` after."""
    if count < 1 or count > 120:
        raise ValidationError(T("An instalment plan has 1–120 parts."), field="parts")
    if every_days < 1:
        raise ValidationError(T("Instalments must be at least one day apart."), field="every")
    w = list(weights) if weights is not None else [1] * count
    if len(w) != count:
        raise ValidationError(T("Give one weight per part."), field="weights")
    amounts = split_minor(total_minor, w)
    if any(a <= 0 for a in amounts):
        raise ValidationError(T("Every instalment must be above zero."), field="parts")
    return [(first_due + timedelta(days=every_days * k), a) for k, a in enumerate(amounts)]


def create_plan(s: Session, invoice_ids: Sequence[int], made_on: date,
                parts: Sequence[tuple[date, int]], *, grace_days: int = 0, note: str = "") -> int:
    """A plan over what is open on the invoices on ``made_on``; ``parts`` (due date, amount)
    must add up to it exactly and come in date order."""
    cust, cur, opens = open_invoices_of(s, invoice_ids, made_on)
    total = sum(opens.values())
    if not parts or sum(a for _, a in parts) != total or any(a <= 0 for _, a in parts):
        raise ValidationError(T("The instalments must add up exactly to the {open} open."),
                              field="parts", open=format_minor(total, cur))
    dates = [d for d, _ in parts]
    if dates != sorted(dates) or dates[0] < made_on:
        raise ValidationError(T("Instalment dates must be in order and not before today."),
                              field="parts")
    if not 0 <= grace_days <= 365:
        raise ValidationError(T("Intervals and grace days must be 0–365 days."), field="grace")
    plan = InstalmentPlan(customer_id=cust.id, made_on=made_on, currency=cur, total_minor=total,
                          grace_days=grace_days, status="active", note=note.strip(),
                          user=current_user())
    s.add(plan)
    s.flush()
    for iid, amt in opens.items():
        s.add(InstalmentPlanInvoice(plan_id=plan.id, invoice_id=iid, open_minor=amt))
    for k, (d, a) in enumerate(parts, start=1):
        s.add(InstalmentPart(plan_id=plan.id, seq=k, due_date=d, amount_minor=a))
    audit(s, "instalment_plan", plan.id, "created", None,
          f"{len(parts)} × {format_minor(total, cur, grouping=False)} {cur}", note.strip())
    return plan.id


def cancel_plan(s: Session, plan_id: int, reason: str, on: date) -> None:
    plan = s.get(InstalmentPlan, plan_id)
    if plan is None:
        raise ValidationError(T("Instalment plan {id} does not exist."), field="plan", id=plan_id)
    if plan.status != "active":
        raise ValidationError(T("This instalment plan is already {status}."), field="plan",
                              status=plan.status)
    plan.status, plan.resolved_on = "cancelled", on
    audit(s, "instalment_plan", plan.id, "status", "active", "cancelled", reason.strip())


def load_plans(conn: Connection, customer_id: int | None = None,
               statuses: Sequence[str] = ("active",)) -> list[PlanInfo]:
    sql = ("SELECT id, customer_id, made_on, currency, total_minor, grace_days, status "
           "FROM instalment_plan WHERE status IN ("
           + ",".join(f"'{x}'" for x in statuses if x.isalpha()) + ")")
    params: dict = {}
    if customer_id is not None:
        sql += " AND customer_id = :cid"
        params["cid"] = customer_id
    plans = conn.execute(text(sql + " ORDER BY id"), params).all()
    out = []
    for pid, cid, made, cur, total, grace, status in plans:
        inv = tuple(r[0] for r in conn.execute(text(
            "SELECT invoice_id FROM instalment_plan_invoice WHERE plan_id = :p ORDER BY invoice_id"),
            {"p": pid}))
        parts = tuple((r[0], date.fromisoformat(str(r[1])), r[2]) for r in conn.execute(text(
            "SELECT seq, due_date, amount_minor FROM instalment_part WHERE plan_id = :p ORDER BY seq"),
            {"p": pid}))
        out.append(PlanInfo(pid, cid, inv, date.fromisoformat(str(made)), cur, total, grace,
                            status, parts))
    return out


def plan_status(conn: Connection, plan: PlanInfo, as_of: date) -> str:
    """'active' (current), 'completed' or 'broken' (a part missed) on ``as_of``."""
    if plan.stored_status != "active":
        return plan.stored_status
    if sum(open_on(conn, plan.invoice_ids, as_of).values()) == 0:
        return "completed"
    cumulative = 0
    for _, due, amount in plan.parts:
        cumulative += amount
        deadline = due + timedelta(days=plan.grace_days)
        if deadline >= as_of:
            break
        paid = plan.total_minor - sum(open_on(conn, plan.invoice_ids, deadline).values())
        if paid < cumulative:
            return "broken"
    return "active"


@dataclass(frozen=True, slots=True)
class PartState:
    seq: int
    due_date: date
    amount_minor: int
    paid_minor: int            # of this part, paying the parts in date order
    status: str                # paid · partly_paid · due (within grace) · missed · upcoming


def plan_parts(conn: Connection, plan: PlanInfo, as_of: date) -> list[PartState]:
    """Each part of ``plan`` on ``as_of``: what has been paid on the plan's invoices since it was
    made is applied to the parts in date order."""
    paid = plan.total_minor - sum(open_on(conn, plan.invoice_ids, as_of).values())
    out = []
    for seq, due, amount in plan.parts:
        got = max(0, min(amount, paid))
        paid -= got
        if got == amount:
            st = "paid"
        elif as_of < due:
            st = "partly_paid" if got else "upcoming"
        elif as_of <= due + timedelta(days=plan.grace_days):
            st = "due"
        else:
            st = "missed"
        out.append(PartState(seq, due, amount, got, st))
    return out


def refresh_plans(s: Session, as_of: date) -> list[tuple[int, str]]:
    conn = s.connection()
    changed = []
    for plan in load_plans(conn):
        st = plan_status(conn, plan, as_of)
        if st != "active":
            row = s.get(InstalmentPlan, plan.id)
            assert row is not None
            row.status, row.resolved_on = st, as_of
            audit(s, "instalment_plan", plan.id, "status", "active", st)
            changed.append((plan.id, st))
    return changed
