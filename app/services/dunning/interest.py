"""Late interest on each day's open balance, exact until rounded once at the end.

Interest runs from the day after ``due + grace`` up to and including ``as_of``: an invoice 30
days overdue earns 30 days. Each day's balance is the invoice amount less the payments, credit
notes and write-offs dated on or before that day (a partial payment reduces it from its own date),
counting those still in effect on ``as_of`` (the as-of rule of app.services.asof). Amounts are in
minor units as exact ``Decimal``; ``round_minor`` rounds half-up once, for the whole letter.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from sqlalchemy import Connection, text

from ..asof import LIVE_ALLOCATION_SQL, LIVE_WRITE_OFF_SQL
from .rates import rate_on
from .settings import InterestRule

_DAYS_PER_YEAR = Decimal(365)
_HUNDRED = Decimal(100)


def round_minor(x: Decimal) -> int:
    return int(x.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def annual_rate_on(rule: InterestRule, day: date, breach: date) -> Decimal:
    """The annual % that applies on ``day`` (for 'daily' the daily % × 365)."""
    if rule.kind == "annual":
        return rule.rate
    if rule.kind == "daily":
        return rule.rate * _DAYS_PER_YEAR
    if rule.kind == "cn_lpr":
        lpr = rate_on(rule.lpr_table, breach)
        return Decimal(0) if lpr is None else lpr * (_HUNDRED + rule.markup_pct) / _HUNDRED
    if rule.kind == "eu_reference":
        ref = rate_on(rule.eu_table, day)
        return Decimal(0) if ref is None else ref + rule.points
    return Decimal(0)


def _daily_factor(rule: InterestRule, day: date, breach: date) -> Decimal:
    if rule.kind == "daily":
        return rule.rate / _HUNDRED
    return annual_rate_on(rule, day, breach) / _HUNDRED / _DAYS_PER_YEAR


def interest_exact(amount_minor: int, reductions: Iterable[tuple[date, int]], due: date,
                   as_of: date, rule: InterestRule, grace_days: int = 0) -> Decimal:
    """Interest in exact minor units on one invoice (see the module doc)."""
    if rule.kind == "none":
        return Decimal(0)
    start = due + timedelta(days=grace_days + 1)
    if start > as_of:
        return Decimal(0)
    breach = due + timedelta(days=1)
    red = sorted((d, m) for d, m in reductions if d <= as_of)
    balance = amount_minor - sum(m for d, m in red if d < start)
    later = [(d, m) for d, m in red if d >= start]
    total = Decimal(0)
    day, k = start, 0
    # walk day by day only where the rate can change per day (eu_reference); otherwise in runs
    while day <= as_of:
        while k < len(later) and later[k][0] <= day:
            balance -= later[k][1]
            k += 1
        nxt = later[k][0] if k < len(later) else as_of + timedelta(days=1)
        nxt = min(nxt, as_of + timedelta(days=1))
        if rule.kind == "eu_reference":
            nxt = min(nxt, _next_change(rule.eu_table, day) or nxt)
        days = (nxt - day).days
        if balance > 0:
            total += Decimal(balance) * _daily_factor(rule, day, breach) * days
        day = nxt
    return total


def _next_change(table: Sequence[tuple[date, Decimal]], day: date) -> date | None:
    for start, _ in table:
        if start > day:
            return start
    return None


def reductions_for(conn: Connection, invoice_ids: Sequence[int], as_of: date
                   ) -> dict[int, list[tuple[date, int]]]:
    """invoice id → (date, amount) of its allocations and write-offs in effect on ``as_of``."""
    out: dict[int, list[tuple[date, int]]] = {i: [] for i in invoice_ids}
    if not invoice_ids:
        return out
    ids = ",".join(str(int(i)) for i in invoice_ids)
    p = {"as_of": as_of.isoformat()}
    alloc = (f"SELECT a.invoice_id, a.date, a.amount_minor FROM allocation a "
             f"WHERE a.invoice_id IN ({ids}) AND {LIVE_ALLOCATION_SQL}")
    wo = (f"SELECT w.invoice_id, w.date, w.amount_minor FROM write_off w "
          f"WHERE w.invoice_id IN ({ids}) AND {LIVE_WRITE_OFF_SQL}")
    for sql in (alloc, wo):
        for iid, d, m in conn.execute(text(sql), p):
            out[iid].append((date.fromisoformat(str(d)), int(m)))
    return out
