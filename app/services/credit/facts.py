"""The facts credit scoring reads, for every customer (or one) as of a date, in a few set-based
queries (no query per customer): 20,000 customers × 200,000 invoices take ≈ 0.9 s of CPU here, the
scoring of them ≈ 1.4 s more (``bench/bench_credit.py``); one customer's facts, a few ms plus
the shared unapplied-payments query.

What is open follows the shared as-of rule (:func:`app.services.asof.open_as_of_sql`,
:func:`app.services.asof.unapplied_payments`). "Paid" follows the KPI definition
(:mod:`app.services.kpis`, per customer): an invoice settled by allocations in effect on the
day (with the small differences booked when reconciling), the last one dated in the 12 months up
to the day, at least one from a payment, no bad-debt write-off; it was paid late when that last
allocation is dated after the due date.

Amounts are gathered per (customer, currency) and folded into the customer's own currency:
other currencies are converted through the home currency at the rates of the as-of day
(:mod:`app.services.fx`); a currency without a rate is left out and listed in
``missing_rates``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext, Context

from sqlalchemy import Connection

from ...money import currency_exponent
from ..asof import LIVE_ALLOCATION_SQL, LIVE_WRITE_OFF_SQL, open_as_of_sql, unapplied_payments
from ..fx import RateTable, convert, home_currency, load_rates
from .dates import add_months


@dataclass(slots=True)
class Facts:
    id: int
    code: str
    name: str
    currency: str
    terms_days: int
    active: bool
    stored_limit: int | None            # customer.credit_limit_minor
    # payment behaviour (invoices paid in the 12 months up to the day)
    paid_count: int = 0
    late_count: int = 0
    paid_weight: int = 0                # Σ amount (customer currency)
    beyond_weighted: int = 0            # Σ amount × days beyond terms
    # open on the day
    open_invoices: int = 0
    overdue: int = 0
    oldest_due: date | None = None      # due date of the oldest overdue invoice
    open_credits: int = 0               # credit notes issued, not yet applied
    unapplied_payments: int = 0
    sales_12m: int = 0                  # invoices less credit notes issued in the 12 months
    first_invoice: date | None = None
    financials: tuple[date, Decimal | None, Decimal | None] | None = None
    rating: tuple[str, str, date] | None = None       # source, grade, rated on
    events: list[tuple[int, str, date, str]] = field(default_factory=list)  # id, kind, date, note
    override: tuple[int, str | None, int | None, str, date, date] | None = None
    # ^ id, grade, limit, reason, starts on, valid until
    state: tuple | None = None          # see STATE_COLUMNS
    missing_rates: set[str] = field(default_factory=set)


STATE_COLUMNS = ("score", "grade", "scored_on", "previous_grade", "grade_changed_on",
                 "limit_source", "next_review")


class Converter:
    """Folds amounts of any currency into a customer's currency at the rates of one day."""

    _EXACT = Context(prec=60)

    def __init__(self, conn: Connection, as_of: date) -> None:
        self.home = home_currency(conn)
        self.rates: RateTable = load_rates(conn)
        self.as_of = as_of
        self._memo: dict[tuple[int, str], int | None] = {}

    def to(self, minor: int, currency: str, target: str) -> int | None:
        if currency == target:
            return minor
        home = convert(minor, currency, self.home, self.as_of, self.rates)
        if home is None:
            return None
        return self.from_home(home, target)

    def from_home_cached(self, minor: int, target: str) -> int | None:
        key = (minor, target)
        if key not in self._memo:
            self._memo[key] = self.from_home(minor, target)
        return self._memo[key]

    def from_home(self, minor: int, target: str) -> int | None:
        """Home-currency minor units in ``target`` (half-up); None without a rate."""
        if target == self.home:
            return minor
        rate = self.rates.rate_on(target, self.as_of)
        if rate is None or rate <= 0:
            return None
        shift = currency_exponent(target) - currency_exponent(self.home)
        with localcontext(self._EXACT):
            value = (Decimal(minor) / rate).scaleb(shift)
            return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


_CUSTOMERS_SQL = ("SELECT id, code, name, currency, terms_days, active, credit_limit_minor "
                  "FROM customer")

_OPEN_SQL = f"""
SELECT o.customer_id, o.currency,
       SUM(CASE WHEN o.kind = 'invoice' THEN o.open_minor ELSE 0 END),
       SUM(CASE WHEN o.kind = 'invoice' AND o.due_date < :as_of THEN o.open_minor ELSE 0 END),
       MIN(CASE WHEN o.kind = 'invoice' AND o.due_date < :as_of THEN o.due_date END),
       SUM(CASE WHEN o.kind = 'credit_note' THEN o.open_minor ELSE 0 END)
FROM ({{open}}) o
GROUP BY o.customer_id, o.currency
"""

# the KPI module's "paid" (see the module docstring), grouped per customer and currency, with
# the number paid after their due date
_PAID_SQL = f"""
WITH alloc AS (
    SELECT a.invoice_id, SUM(a.amount_minor) AS amt, MAX(a.date) AS paid_on,
           MAX(a.payment_id IS NOT NULL) AS by_payment
    FROM allocation a WHERE {LIVE_ALLOCATION_SQL} {{alloc_where}} GROUP BY a.invoice_id
), written AS (
    SELECT DISTINCT w.invoice_id FROM write_off w WHERE w.kind = 'bad_debt' AND {LIVE_WRITE_OFF_SQL}
), diffs AS (
    SELECT w.invoice_id, SUM(w.amount_minor) AS amt FROM write_off w
    WHERE w.kind <> 'bad_debt' AND {LIVE_WRITE_OFF_SQL} GROUP BY w.invoice_id
)
SELECT {{key}}, COUNT(*), SUM(al.paid_on > i.due_date), SUM(i.amount_minor),
       SUM(i.amount_minor * CAST(julianday(al.paid_on) - julianday(i.due_date) AS INTEGER))
FROM alloc al
JOIN invoice i ON i.id = al.invoice_id
LEFT JOIN diffs d ON d.invoice_id = i.id
WHERE i.kind = 'invoice' AND (:cid IS NULL OR i.customer_id = :cid)
  AND (i.cancelled_on IS NULL OR i.cancelled_on > :as_of)
  AND al.paid_on > :since AND al.amt + COALESCE(d.amt, 0) >= i.amount_minor AND al.by_payment
  AND i.id NOT IN (SELECT invoice_id FROM written)
GROUP BY {{key}}
"""


def _customers_sql(customer_id: int | None) -> str:
    return _CUSTOMERS_SQL + ("" if customer_id is None else " WHERE id = :cid")


def _open_sql(customer_id: int | None) -> str:
    """The as-of rule's documents, of one customer only when asked (its index, not a scan)."""
    return _OPEN_SQL.replace("{open}", open_as_of_sql("" if customer_id is None
                                                      else "i.customer_id = :cid"))


def _paid_sql(customer_id: int | None, key: str = "i.customer_id, i.currency") -> str:
    """Paid invoices grouped by ``key`` (fixed text); one customer: only its invoices'
    allocations are summed (a seek, not every allocation)."""
    return _PAID_SQL.replace("{alloc_where}", "" if customer_id is None else
                             "AND a.invoice_id IN (SELECT id FROM invoice WHERE customer_id = :cid)"
                             ).replace("{key}", key)


# a document counts from its issue date until cancelled (the as-of rule); all customers: one
# scan of the table (``+`` keeps SQLite off the indexes, whose row lookups cost more than the scan)
_SALES_SQL = """
SELECT customer_id, currency,
       SUM(CASE WHEN issue_date > :since THEN
               CASE WHEN kind = 'invoice' THEN amount_minor ELSE -amount_minor END ELSE 0 END),
       MIN(CASE WHEN kind = 'invoice' THEN issue_date END)
FROM invoice
WHERE +issue_date <= :as_of AND (cancelled_on IS NULL OR cancelled_on > :as_of) {where}
GROUP BY +customer_id, currency
"""


def _sales_sql(customer_id: int | None) -> str:
    return _SALES_SQL.replace("{where}", "" if customer_id is None else "AND customer_id = :cid")


_FINANCIALS_SQL = ("SELECT customer_id, statement_date, debt_to_assets, current_ratio "
                   "FROM customer_financials WHERE statement_date <= :as_of "
                   "AND (:cid IS NULL OR customer_id = :cid) ORDER BY customer_id, statement_date, id")
_RATINGS_SQL = ("SELECT customer_id, source, grade, rated_on FROM external_rating "
                "WHERE rated_on <= :as_of AND (:cid IS NULL OR customer_id = :cid) "
                "ORDER BY customer_id, rated_on, id")
_EVENTS_SQL = ("SELECT id, customer_id, kind, date, note FROM credit_event "
               "WHERE date <= :as_of AND (cleared_on IS NULL OR cleared_on > :as_of) "
               "AND (:cid IS NULL OR customer_id = :cid) ORDER BY customer_id, date, id")
# an override applies from starts_on to valid_until inclusive, until the day it was revoked
_OVERRIDES_SQL = ("SELECT id, customer_id, grade, limit_minor, reason, starts_on, valid_until "
                  "FROM credit_override WHERE starts_on <= :as_of AND valid_until >= :as_of "
                  "AND (revoked_at IS NULL OR date(revoked_at, 'localtime') > :as_of) "
                  "AND (:cid IS NULL OR customer_id = :cid) ORDER BY customer_id, id")
_STATE_SQL = (f"SELECT customer_id, {', '.join(STATE_COLUMNS)} FROM credit_state "
              "WHERE (:cid IS NULL OR customer_id = :cid)")


def year_before(d: date) -> date:
    return add_months(d, -12)


def _rows(conn: Connection, sql: str, params: dict) -> list[tuple]:
    """Plain tuples straight from the DBAPI cursor (sqlite3 binds the :name parameters)."""
    res = conn.exec_driver_sql(sql, params)
    try:
        return res.cursor.fetchall()
    finally:
        res.close()


def _d(v: str | None) -> date | None:
    return None if v is None else date.fromisoformat(v)


def load_facts(conn: Connection, as_of: date, customer_id: int | None = None,
               event_months: dict[str, int] | None = None) -> dict[int, Facts]:
    """customer id → Facts on ``as_of`` (every customer, or only ``customer_id``)."""
    p = {"as_of": as_of.isoformat(), "cid": customer_id, "since": year_before(as_of).isoformat()}
    out: dict[int, Facts] = {}
    for cid, code, name, cur, terms, active, limit in _rows(conn, _customers_sql(customer_id), p):
        out[cid] = Facts(cid, code, name, cur, terms, bool(active), limit)
    if not out:
        return out
    conv = Converter(conn, as_of)

    def fold(f: Facts, amount: int, cur: str) -> int:
        v = conv.to(amount, cur, f.currency)
        if v is None:
            f.missing_rates.add(cur)
            return 0
        return v

    for cid, cur, inv, overdue, oldest, credits in _rows(conn, _open_sql(customer_id), p):
        f = out.get(cid)
        if f is None:
            continue
        f.open_invoices += fold(f, inv, cur)
        f.overdue += fold(f, overdue, cur)
        f.open_credits += fold(f, credits, cur)
        if oldest is not None:
            d = date.fromisoformat(oldest)
            if f.oldest_due is None or d < f.oldest_due:
                f.oldest_due = d
    for (cid, cur), amt in unapplied_payments(conn, as_of, customer_id=customer_id).items():
        f = out.get(cid)
        if f is not None:
            f.unapplied_payments += fold(f, amt, cur)
    for cid, cur, count, late, weight, beyond in _rows(conn, _paid_sql(customer_id), p):
        f = out.get(cid)
        if f is None:
            continue
        w = conv.to(weight, cur, f.currency)
        b = conv.to(beyond, cur, f.currency)
        if w is None or b is None:
            f.missing_rates.add(cur)
            continue
        f.paid_count += count
        f.late_count += late
        f.paid_weight += w
        f.beyond_weighted += b
    for cid, cur, sales, first in _rows(conn, _sales_sql(customer_id), p):
        f = out.get(cid)
        if f is None:
            continue
        f.sales_12m += fold(f, sales, cur)
        if first is not None:
            d = date.fromisoformat(first)
            if f.first_invoice is None or d < f.first_invoice:
                f.first_invoice = d
    for cid, on, dta, cr in _rows(conn, _FINANCIALS_SQL, p):
        if cid in out:   # ordered by date: the last one wins
            out[cid].financials = (date.fromisoformat(on), None if dta is None else Decimal(dta),
                                   None if cr is None else Decimal(cr))
    for cid, source, grade, on in _rows(conn, _RATINGS_SQL, p):
        if cid in out:
            out[cid].rating = (source, grade, date.fromisoformat(on))
    months = event_months or {}
    for eid, cid, kind, on, note in _rows(conn, _EVENTS_SQL, p):
        f = out.get(cid)
        if f is None:
            continue
        d = date.fromisoformat(on)
        if kind in months and add_months(d, months[kind]) <= as_of:
            continue            # this kind stops counting after its months
        f.events.append((eid, kind, d, note))
    for oid, cid, grade, limit, reason, starts, until in _rows(conn, _OVERRIDES_SQL, p):
        if cid in out:   # the latest entered wins
            out[cid].override = (oid, grade, limit, reason, date.fromisoformat(starts),
                                 date.fromisoformat(until))
    for row in _rows(conn, _STATE_SQL, p):
        f = out.get(row[0])
        if f is not None:
            score, grade, scored_on, prev, changed, source, nxt = row[1:]
            f.state = (score, grade, _d(scored_on), prev, _d(changed), source, _d(nxt))
    return out
