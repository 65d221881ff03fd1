"""Deadlines of overdue insured invoices: notify by, extension ends, claim by (see
:mod:`app.models.insurance` for how the policy words them).

An invoice is *insured* when its customer has an insured-buyer limit giving cover (approved, or
withdrawn after the invoice) under a policy
whose validity and period both cover the invoice's issue date, in the policy's currency. Every
such invoice past its due date with something open on the as-of day (the shared as-of rule)
gets a row, unless a claim that covers it was filed (or paid) on or before the day.

Per row the deadlines still to meet are the notification (until notified), the claim filing,
and the end of the extension period while it lies ahead. The *next* is the earliest of them;
rows sort by it (missed ones first, then the closest), larger amounts first on the same day.
A next deadline in the past is ``missed``; within ``warning_days`` (a setting, default 14) it is
``warning``; else ``ok``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, text

from ...i18n import T
from ..asof import open_as_of_sql
from ..credit.dates import add_months
from .settings import load_settings

DEADLINE_KINDS = {"notify": T("Notify the insurer"), "extension": T("Extension period ends"),
                  "claim": T("File the claim")}
LEVELS = ("missed", "warning", "ok")


def add_period(d: date, n: int, unit: str) -> date:
    """``d`` + ``n`` days or months (a month end clamps: 31 Jan + 1 month = 28/29 Feb)."""
    if unit == "days":
        return d + timedelta(days=n)
    if unit == "months":
        return add_months(d, n)
    raise ValueError(f"unknown period unit {unit!r}")


@dataclass(frozen=True, slots=True)
class Terms:
    """A policy's deadline terms (the columns of ``insurance_policy``)."""

    extension_days: int = 0
    notify_after: int = 60
    notify_unit: str = "days"
    claim_after: int = 4
    claim_unit: str = "months"
    claim_from: str = "notification"       # notification | due | extension_end


@dataclass(frozen=True, slots=True)
class InvoiceDeadlines:
    extension_end: date
    notify_by: date
    claim_by: date
    claim_by_estimated: bool    # counted from the notification deadline: not notified yet


def invoice_deadlines(terms: Terms, due: date, notified_on: date | None = None) -> InvoiceDeadlines:
    """The three deadlines of an invoice due on ``due``. A claim counted from the notification
    uses the day it was notified, or — not yet notified — the last day it may be (estimated)."""
    extension_end = due + timedelta(days=terms.extension_days)
    notify_by = add_period(due, terms.notify_after, terms.notify_unit)
    estimated = False
    if terms.claim_from == "due":
        base = due
    elif terms.claim_from == "extension_end":
        base = extension_end
    elif notified_on is not None:
        base = notified_on
    else:
        base, estimated = notify_by, True
    return InvoiceDeadlines(extension_end, notify_by, add_period(base, terms.claim_after, terms.claim_unit),
                            estimated)


@dataclass(frozen=True, slots=True)
class Deadline:
    invoice_id: int
    number: str
    customer_id: int
    code: str
    name: str
    policy_id: int
    policy_number: str
    insurer: str
    currency: str
    issue_date: date
    due_date: date
    days_overdue: int
    open_minor: int
    extension_end: date
    notify_by: date
    notified_on: date | None
    claim_by: date
    claim_by_estimated: bool
    draft_claim: str | None     # reference of a draft (or rejected) claim listing the invoice
    next_kind: str              # notify | extension | claim
    next_date: date
    days_left: int              # next_date − as_of (negative: missed)
    level: str                  # missed | warning | ok


_INSURED_SQL = """
SELECT o.id, i.number, o.customer_id, c.code, c.name, p.id, p.number, p.insurer, o.currency,
       o.issue_date, o.due_date, o.open_minor,
       p.extension_days, p.notify_after, p.notify_unit, p.claim_after, p.claim_unit, p.claim_from,
       n.notified_on,
       (SELECT cl.reference FROM insurance_claim_invoice ci JOIN insurance_claim cl ON cl.id = ci.claim_id
         WHERE ci.invoice_id = o.id AND cl.status IN ('draft', 'rejected')
         ORDER BY cl.id DESC LIMIT 1)
FROM ({open}) o
JOIN invoice i ON i.id = o.id
JOIN customer c ON c.id = o.customer_id
JOIN insured_buyer b ON b.customer_id = o.customer_id AND b.status IN ('approved', 'withdrawn')
     AND b.valid_from <= o.issue_date AND (b.valid_to IS NULL OR b.valid_to >= o.issue_date)
JOIN insurance_policy p ON p.id = b.policy_id AND p.currency = o.currency
     AND p.starts_on <= o.issue_date AND p.ends_on >= o.issue_date
LEFT JOIN insurance_notification n ON n.policy_id = p.id AND n.invoice_id = o.id
     AND n.notified_on <= :as_of
WHERE NOT EXISTS (SELECT 1 FROM insurance_claim_invoice ci JOIN insurance_claim cl ON cl.id = ci.claim_id
                   WHERE ci.invoice_id = o.id AND cl.status IN ('filed', 'paid')
                     AND cl.filed_on <= :as_of)
"""

_OPEN_WHERE = ("i.kind = 'invoice' AND i.due_date < :as_of AND i.customer_id IN "
               "(SELECT customer_id FROM insured_buyer WHERE status IN ('approved', 'withdrawn'))")


def deadlines(conn: Connection, as_of: date, *, warning_days: int | None = None,
              customer_id: int | None = None) -> list[Deadline]:
    """Every overdue insured invoice's deadlines on ``as_of``, most urgent first."""
    if warning_days is None:
        warning_days = load_settings(conn).warning_days
    where = _OPEN_WHERE + ("" if customer_id is None else " AND i.customer_id = :cid")
    sql = _INSURED_SQL.replace("{open}", open_as_of_sql(where))
    rows = conn.execute(text(sql), {"as_of": as_of.isoformat(), "cid": customer_id}).all()
    out: dict[int, Deadline] = {}
    for (iid, number, cid, code, name, pid, pnum, insurer, cur, issue, due, open_minor,
         ext, n_after, n_unit, c_after, c_unit, c_from, notified, draft) in rows:
        issue, due = _d(issue), _d(due)
        notified_on = _d(notified) if notified else None
        dl = invoice_deadlines(Terms(ext, n_after, n_unit, c_after, c_unit, c_from), due, notified_on)
        pending = [("claim", dl.claim_by)]
        if notified_on is None:
            pending.append(("notify", dl.notify_by))
        if dl.extension_end >= as_of:
            pending.append(("extension", dl.extension_end))
        order = {"notify": 0, "extension": 1, "claim": 2}
        kind, when = min(pending, key=lambda p: (p[1], order[p[0]]))
        left = (when - as_of).days
        level = "missed" if left < 0 else "warning" if left <= warning_days else "ok"
        row = Deadline(iid, number, cid, code, name, pid, pnum, insurer, cur, issue, due,
                       (as_of - due).days, int(open_minor), dl.extension_end, dl.notify_by,
                       notified_on, dl.claim_by, dl.claim_by_estimated, draft, kind, when, left, level)
        prev = out.get(iid)          # two policies covering one invoice: the earlier deadline
        if prev is None or (row.next_date, row.policy_id) < (prev.next_date, prev.policy_id):
            out[iid] = row
    result = list(out.values())
    result.sort(key=lambda r: (r.next_date, -r.open_minor, r.number))
    return result


def _d(v: object) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))
