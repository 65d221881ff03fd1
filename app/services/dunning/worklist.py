"""Read models for the Collections tab: today's worklist and a customer's timeline.

Plain frozen rows, no ORM objects. ``kind`` is a code the UI turns into words (``WORK_KINDS``,
``TIMELINE_KINDS``); ``detail`` holds what the user typed (a reason, a note) or a reference.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import Connection, text

from ...i18n import T
from ...money import currency_exponent
from ..fx import convert, home_currency, load_rates
from .contacts import follow_ups_due
from .engine import RunResult, run
from .limitation import expiring
from .promises import load_promises

WORK_KINDS = {
    "call": T("Call"), "letter": T("Letter"), "handover": T("Handover"),
    "promise_due": T("Promise due"), "dispute": T("Dispute to resolve"),
    "follow_up": T("Follow-up"), "limitation": T("Claim expiring"),
}
TIMELINE_KINDS = {
    "invoice": T("Invoice"), "payment": T("Payment"), "letter": T("Letter"), "call": T("Call"),
    "email": T("E-mail"), "visit": T("Visit"), "note": T("Note"),
    "acknowledgement": T("Written acknowledgement"), "promise": T("Promise to pay"),
    "dispute": T("Dispute"), "hold": T("Hold"), "instalment_plan": T("Instalment plan"),
}
# TimelineEntry.status codes in words: call outcomes, promise and plan statuses
TIMELINE_STATUS = {
    "reached": T("reached"), "no_answer": T("no answer"), "promise": T("promise to pay"),
    "dispute": T("dispute"), "other": T("other"), "open": T("open"), "kept": T("kept"),
    "broken": T("broken"), "cancelled": T("cancelled"), "active": T("active"),
    "completed": T("completed"), "returned": T("came back"),
}


@dataclass(frozen=True, slots=True)
class WorkItem:
    kind: str                   # one of WORK_KINDS
    customer_id: int
    customer_code: str
    customer_name: str
    currency: str
    amount_minor: int
    days: int                   # days overdue (the oldest invoice), or days left (limitation)
    stage: int = 0
    grade: str | None = None
    invoices: tuple[str, ...] = ()
    detail: str = ""
    ref: int | None = None      # proposal index, promise id, invoice id, log id …
    age: int = 0                # days since the (oldest) due date; for an expiring claim too
    # the default order: the amount in whole units of the home currency (at the day's rate;
    # unconverted when there is no rate) × age in days (at least 1); set by worklist()
    weight: int = 0
    home_amount: int = 0        # that amount, whole home-currency units
    rank: int = 0               # 1 = heaviest of the day's worklist


def worklist(conn: Connection, as_of: date, result: RunResult | None = None) -> list[WorkItem]:
    """Calls to make, letters to issue, handovers, promises due, disputes, follow-ups and
    claims about to expire on ``as_of``, heaviest (amount × age) first: amounts in the home
    currency at ``as_of``'s rate, so 1,000 USD weighs more than 1,000 CNY; an expiring claim
    weighs by its whole age, so it comes near the top, not last."""
    result = result or run(conn, as_of)
    cust = {r[0]: (r[1], r[2]) for r in conn.execute(text("SELECT id, code, name FROM customer"))}
    items: list[WorkItem] = []
    for n, p in enumerate(result.proposals):
        kind = {"phone": "call", "handover": "handover"}.get(p.action, "letter")
        items.append(WorkItem(kind, p.customer_id, p.customer_code, p.customer_name, p.currency,
                              p.total_due_minor, p.max_days_overdue, p.stage, p.grade,
                              tuple(i.number for i in p.invoices), p.stage_name, n,
                              age=p.max_days_overdue))
    for pr in load_promises(conn):
        if pr.date <= as_of <= pr.deadline:
            code, name = cust[pr.customer_id]
            items.append(WorkItem("promise_due", pr.customer_id, code, name, pr.currency,
                                  pr.amount_minor or 0, (as_of - pr.date).days,
                                  invoices=_numbers(conn, pr.invoice_ids), ref=pr.id,
                                  age=_oldest_age(conn, pr.invoice_ids, as_of)))
    for iid, cid, number, cur, due, reason, amount in conn.execute(text(
            "SELECT id, customer_id, number, currency, due_date, dispute_reason, open_minor "
            "FROM invoice WHERE disputed AND open_minor > 0 AND kind = 'invoice' "
            "AND status NOT IN ('cancelled', 'written_off')")):
        code, name = cust[cid]
        age = (as_of - date.fromisoformat(str(due))).days
        items.append(WorkItem("dispute", cid, code, name, cur, amount, age, invoices=(number,),
                              detail=reason, ref=iid, age=age))
    for log_id, cid, when, note in follow_ups_due(conn, as_of):
        code, name = cust[cid]
        items.append(WorkItem("follow_up", cid, code, name, "", 0, (as_of - when).days,
                              detail=note, ref=log_id, age=(as_of - when).days))
    for c in expiring(conn, as_of):
        code, name = cust[c.customer_id]
        items.append(WorkItem("limitation", c.customer_id, code, name, c.currency, c.open_minor,
                              c.days_left, invoices=(c.number,), detail=c.expires_on.isoformat(),
                              ref=c.invoice_id, age=(as_of - c.due_date).days))
    return _ranked(conn, items, as_of)


def _ranked(conn: Connection, items: list[WorkItem], as_of: date) -> list[WorkItem]:
    home = home_currency(conn)
    rates = load_rates(conn)
    weighed = []
    for w in items:
        cur = w.currency or home
        minor = convert(w.amount_minor, cur, home, as_of, rates) if w.amount_minor else 0
        if minor is None:                       # no rate: its own amount rather than nothing
            minor, cur = w.amount_minor, w.currency
        else:
            cur = home
        whole = minor // 10 ** currency_exponent(cur)
        weighed.append(replace(w, home_amount=whole, weight=whole * max(w.age, 1)))
    weighed.sort(key=lambda w: (-w.weight, w.customer_code, w.kind))
    return [replace(w, rank=n) for n, w in enumerate(weighed, 1)]


def _oldest_age(conn: Connection, ids, as_of: date) -> int:
    if not ids:
        return 0
    chunk = ",".join(str(int(i)) for i in ids)
    due = conn.execute(text(f"SELECT MIN(due_date) FROM invoice WHERE id IN ({chunk})")).scalar()
    return max((as_of - date.fromisoformat(str(due))).days, 0) if due else 0


def _numbers(conn: Connection, ids) -> tuple[str, ...]:
    chunk = ",".join(str(int(i)) for i in ids)
    return tuple(r[0] for r in conn.execute(text(
        f"SELECT number FROM invoice WHERE id IN ({chunk}) ORDER BY number")))


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: date
    kind: str                   # one of TIMELINE_KINDS
    detail: str                 # number, reference, note, reason or (promise) the promised date
    amount_minor: int | None = None
    currency: str = ""
    ref: int | None = None
    # a code the UI turns into words: a call's outcome (CALL_OUTCOMES), a promise's or plan's
    # status (PROMISE_STATUSES / PLAN_STATUSES), 'cancelled' / 'returned' for a letter
    status: str = ""


_TIMELINE_SQL = """
SELECT issue_date, 'invoice', number, amount_minor, currency, id, '' FROM invoice
 WHERE customer_id = :c AND kind = 'invoice'
UNION ALL
SELECT date, 'payment', reference, amount_minor, currency, id, '' FROM payment WHERE customer_id = :c
UNION ALL
SELECT date, 'letter', reference, total_minor + fee_minor + interest_minor, currency, id,
       CASE WHEN cancelled_at IS NOT NULL THEN 'cancelled'
            WHEN returned_on IS NOT NULL THEN 'returned' ELSE '' END
  FROM dunning_action WHERE customer_id = :c
UNION ALL
SELECT date, kind, note, NULL, '', id, COALESCE(outcome, '') FROM contact_log WHERE customer_id = :c
UNION ALL
SELECT made_on, 'promise', date, amount_minor, currency, id, status FROM promise WHERE customer_id = :c
UNION ALL
SELECT starts_on, 'hold', reason, NULL, '', h.id, '' FROM dunning_hold h
  LEFT JOIN invoice i ON i.id = h.invoice_id WHERE h.customer_id = :c OR i.customer_id = :c
UNION ALL
SELECT made_on, 'instalment_plan', '', total_minor, currency, id, status FROM instalment_plan
 WHERE customer_id = :c
UNION ALL
SELECT date(a.at, 'localtime'), 'dispute', i.number || ': ' || a.reason, NULL, '', i.id, ''
  FROM audit_log a JOIN invoice i ON i.id = a.entity_id
 WHERE a.entity = 'invoice' AND a.field = 'disputed' AND a.after = 'true' AND i.customer_id = :c
"""


def timeline(conn: Connection, customer_id: int, limit: int = 500) -> list[TimelineEntry]:
    """A customer's invoices, payments, letters, calls, e-mails, notes, promises, disputes, holds
    and plans, newest first."""
    rows = conn.execute(text(f"SELECT * FROM ({_TIMELINE_SQL}) ORDER BY 1 DESC, 6 DESC LIMIT :n"),
                        {"c": customer_id, "n": limit}).all()
    return [TimelineEntry(date.fromisoformat(str(d)), k, detail or "", amt, cur or "", ref, st or "")
            for d, k, detail, amt, cur, ref, st in rows]


def promises_due(conn: Connection, as_of: date, within_days: int = 0):
    """Open promises whose date falls on or before ``as_of + within_days``."""
    horizon = as_of + timedelta(days=within_days)
    return [p for p in load_promises(conn) if p.date <= horizon]
