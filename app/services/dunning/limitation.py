"""Limitation period (诉讼时效): when each unpaid invoice's claim expires, and what restarted it.

By default a claim expires ``limitation_years`` (3) after the due date. The period starts again
from the latest of: a dunning letter that provably reached the customer (issued, not cancelled,
sent some way, with a delivery proof such as an EMS tracking number or a delivery date; from the
delivery date when known), a partial payment, a promise to pay, an instalment plan, or a written
acknowledgement (for one invoice, or for everything the customer owed that day). A letter without
proof restarts nothing, nor does one that came back (returned post, bounced e-mail: ``returned_on``). Expired claims stay in the list (negative days left): never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, text

from ..asof import LIVE_ALLOCATION_SQL, open_documents
from .settings import load_settings

RESTART_KINDS = ("due_date", "letter", "payment", "promise", "instalment_plan", "acknowledgement")


@dataclass(frozen=True, slots=True)
class Claim:
    invoice_id: int
    number: str
    customer_id: int
    customer_code: str
    currency: str
    open_minor: int
    due_date: date
    expires_on: date
    restarted_by: str          # one of RESTART_KINDS ('due_date': never restarted)
    restarted_on: date
    days_left: int             # negative once expired


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:          # 29 February → 28 February
        return d.replace(year=d.year + years, day=28)


_RESTARTS = f"""
SELECT e.invoice_id, 'letter', COALESCE(a.delivered_on, a.date)
  FROM dunning_stage_event e JOIN dunning_action a ON a.id = e.action_id
 WHERE a.cancelled_at IS NULL AND e.cancelled_at IS NULL AND a.template != ''
   AND a.sent_via != 'none' AND (TRIM(a.proof) != '' OR a.delivered) AND a.returned_on IS NULL
   AND COALESCE(a.delivered_on, a.date) <= :as_of
UNION ALL
SELECT a.invoice_id, 'payment', a.date FROM allocation a
 WHERE a.payment_id IS NOT NULL AND {LIVE_ALLOCATION_SQL}
UNION ALL
SELECT pi.invoice_id, 'promise', p.made_on FROM promise p
  JOIN promise_invoice pi ON pi.promise_id = p.id
 WHERE p.status != 'cancelled' AND p.made_on <= :as_of
UNION ALL
SELECT pp.invoice_id, 'instalment_plan', p.made_on FROM instalment_plan p
  JOIN instalment_plan_invoice pp ON pp.plan_id = p.id
 WHERE p.status != 'cancelled' AND p.made_on <= :as_of
UNION ALL
SELECT l.invoice_id, 'acknowledgement', l.date FROM contact_log l
 WHERE l.kind = 'acknowledgement' AND l.invoice_id IS NOT NULL AND l.date <= :as_of
UNION ALL
SELECT i.id, 'acknowledgement', l.date FROM contact_log l
  JOIN invoice i ON i.customer_id = l.customer_id AND i.kind = 'invoice' AND i.issue_date <= l.date
 WHERE l.kind = 'acknowledgement' AND l.invoice_id IS NULL AND l.date <= :as_of
"""


def claims(conn: Connection, as_of: date, within_days: int | None = None,
           years: int | None = None) -> list[Claim]:
    """Every unpaid invoice's claim on ``as_of``, soonest expiry first; with ``within_days``
    only those expiring by ``as_of + within_days`` (expired ones included)."""
    st = load_settings(conn)
    years = st.limitation_years if years is None else years
    docs = [d for d in open_documents(conn, as_of) if d.kind == "invoice"]
    latest: dict[int, tuple[date, str]] = {}
    order = {k: n for n, k in enumerate(RESTART_KINDS)}
    for iid, kind, on in conn.execute(text(_RESTARTS), {"as_of": as_of.isoformat()}):
        d = date.fromisoformat(str(on))
        cur = latest.get(iid)
        if cur is None or (d, order[kind]) > (cur[0], order[cur[1]]):
            latest[iid] = (d, kind)
    info = {r[0]: (r[1], r[2]) for r in conn.execute(text(
        "SELECT i.id, i.number, c.code FROM invoice i JOIN customer c ON c.id = i.customer_id "
        "WHERE i.kind = 'invoice'"))}
    horizon = None if within_days is None else as_of + timedelta(days=within_days)
    out = []
    for d in docs:
        start, kind = d.due_date, "due_date"
        r = latest.get(d.id)
        if r is not None and r[0] > start:
            start, kind = r
        exp = add_years(start, years)
        if horizon is not None and exp > horizon:
            continue
        number, code = info[d.id]
        out.append(Claim(d.id, number, d.customer_id, code, d.currency, d.open_minor, d.due_date,
                         exp, kind, start, (exp - as_of).days))
    out.sort(key=lambda c: (c.expires_on, c.customer_code, c.number))
    return out


def expiring(conn: Connection, as_of: date, within_days: int | None = None) -> list[Claim]:
    """The claims expiring within the warning window (default: the settings' 90 days)."""
    if within_days is None:
        within_days = load_settings(conn).limitation_warn_days
    return claims(conn, as_of, within_days)
