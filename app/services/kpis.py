"""Receivables KPIs (应收账款指标) for one currency, as of any date.

Public API (the Aging tab's KPI cards and trend chart, and the CLI's ``kpis`` call it)::

    compute_kpis(conn, as_of, *, currency=None, period_days=90) -> Kpis
    kpi_trend(conn, as_of, *, currency=None, period_days=90, months=12) -> tuple[TrendPoint, ...]
    customer_payment_stats(conn, as_of, *, currency=None, customer_id=None)
        -> tuple[CustomerPaymentStats, ...]
    KPI_DEFINITIONS: dict[str, str]      # key → English definition marked with T() (tooltips)
    kpi_text(value) -> str | None        # Decimal → "12.35" (the JSON form)

``currency`` None means the company's home currency; amounts of other currencies never enter.

**Definitions** (period = the ``N = period_days`` days ending on ``as_of``, i.e. from
``as_of − N + 1`` to ``as_of``; everything "open" follows the shared as-of rule of
:mod:`app.services.asof`, so a past date gives the figures of that day):

- **S, credit sales**: invoices issued in the period less credit notes issued in it (documents
  cancelled on or before ``as_of`` do not count).
- **AR**: invoices open on ``as_of`` (unapplied credit notes and payments are not subtracted;
  the aging shows them as net exposure). **AR0**: invoices open at the start of the period,
  i.e. at the end of the day before it (``as_of − N``). **CUR**: the part of AR not yet due
  (due date on or after ``as_of``).
- **DSO** = AR / S × N.
- **Countback DSO**: go back calendar month by calendar month from the as-of month (which counts
  only its days 1…as-of day): while the AR left ≥ that month's credit sales, add the month's
  days and subtract its sales; then add AR left / that month's sales × its days, and stop.
  AR = 0 gives 0. (When AR left reaches exactly 0 the count stops there.)
- **Best possible DSO** = CUR / S × N. **Average days delinquent** = DSO − best possible DSO
  (of the two rounded figures, so the three numbers shown always agree).
- **CEI %** (collection effectiveness index) = (AR0 + S − AR) / (AR0 + S − CUR) × 100.
- **Overdue %** = (AR − CUR) / AR × 100.
- **Bad-debt %** = written off in the period / S × 100; a write-off counts when dated in the
  period and not reversed on or before ``as_of``.
- **Per customer**: average days to pay (paid date − issue date) and average days beyond terms
  (paid date − due date; negative when paid early), weighted by invoice amount, over the
  customer's invoices in the currency fully paid in the 12 months up to ``as_of``
  (``as_of`` one year earlier, exclusive). Paid date = the date of the allocation that closed
  the invoice; an invoice closed by a write-off, or by credit notes only, is not "paid".
- **Trend**: AR, DSO and overdue % at each of the last ``months`` month ends on or before
  ``as_of`` (oldest first), DSO with the same N.

Days and percentages are ``Decimal`` rounded half-up to 2 places. A figure that would divide by
zero (or by negative credit sales) is ``None`` and ``Kpis.reasons`` says why.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Connection

from ..errors import ValidationError
from ..i18n import T
from ..money import MoneyError, normalize_currency
from .asof import LIVE_ALLOCATION_SQL, LIVE_WRITE_OFF_SQL, open_as_of_sql

DEFAULT_PERIOD_DAYS = 90
TREND_MONTHS = 12

KPI_DEFINITIONS: dict[str, str] = {
    "credit_sales": T("Credit sales (S): invoices issued in the period less credit notes issued in "
                      "it."),
    "ar": T("Accounts receivable (AR): invoices still open on the as-of date. Unapplied credit notes "
            "and payments are not subtracted."),
    "ar_start": T("AR at the start of the period: invoices open at the end of the day before the "
                  "period."),
    "current": T("Current (CUR): the part of AR not yet due on the as-of date."),
    "dso": T("DSO (days sales outstanding) = AR / S × number of days in the period."),
    "dso_countback": T("Countback DSO: going back month by month from the as-of month (counted up "
                       "to the as-of date), the days of credit sales that the open AR still covers."),
    "best_possible_dso": T("Best possible DSO = CUR / S × number of days in the period: the DSO if "
                           "nothing were overdue."),
    "average_days_delinquent": T("Average days delinquent = DSO − best possible DSO."),
    "cei_pct": T("Collection effectiveness index (CEI) = (AR at start + S − AR) / (AR at start + S − "
                 "CUR) × 100 %: how much of what could be collected in the period was collected."),
    "overdue_pct": T("Overdue % = (AR − CUR) / AR × 100 %: the share of AR past its due date."),
    "bad_debt_pct": T("Bad-debt % = amounts written off in the period / S × 100 % (write-offs "
                      "reversed by the as-of date do not count)."),
    "avg_days_to_pay": T("Average days to pay: paid date − issue date, weighted by amount, over the "
                         "invoices fully paid in the last 12 months."),
    "avg_days_beyond_terms": T("Average days beyond terms: paid date − due date (negative when paid "
                               "early), weighted by amount, over the invoices fully paid in the last "
                               "12 months."),
}


@dataclass(frozen=True, slots=True)
class Kpis:
    """The KPIs of one currency on ``as_of`` (amounts in minor units of ``currency``)."""

    as_of: date
    currency: str
    period_days: int
    period_start: date                      # first day of the period: as_of − N + 1
    credit_sales_minor: int                 # S
    ar_minor: int                           # AR
    ar_start_minor: int                     # AR0
    current_minor: int                      # CUR
    written_off_minor: int                  # written off in the period (live on as_of)
    dso: Decimal | None
    dso_countback: Decimal | None
    best_possible_dso: Decimal | None
    average_days_delinquent: Decimal | None
    cei_pct: Decimal | None
    overdue_pct: Decimal | None
    bad_debt_pct: Decimal | None
    reasons: tuple[tuple[str, str], ...] = ()   # (key, English template) for each None figure

    @property
    def overdue_minor(self) -> int:
        return self.ar_minor - self.current_minor

    def reason(self, key: str) -> str | None:
        """Why the figure ``key`` is None (English template, translate with tr), else None."""
        return dict(self.reasons).get(key)


@dataclass(frozen=True, slots=True)
class TrendPoint:
    month_end: date
    ar_minor: int
    current_minor: int
    credit_sales_minor: int
    dso: Decimal | None
    overdue_pct: Decimal | None


@dataclass(frozen=True, slots=True)
class CustomerPaymentStats:
    """How one customer paid in one currency over the 12 months up to the as-of date."""

    customer_id: int
    customer_code: str
    customer_name: str
    currency: str
    invoices: int                           # invoices fully paid in the window
    amount_minor: int                       # their amounts (the weights)
    avg_days_to_pay: Decimal
    avg_days_beyond_terms: Decimal


def kpi_text(value: Decimal | None) -> str | None:
    """A KPI as the JSON/CSV string: '12.35', None stays None."""
    return None if value is None else format(value, "f")


def compute_kpis(conn: Connection, as_of: date, *, currency: str | None = None,
                 period_days: int = DEFAULT_PERIOD_DAYS) -> Kpis:
    """Every KPI of the module docstring for ``currency`` on ``as_of``."""
    cur = _currency(conn, currency)
    n = _check_period(period_days)
    start_excl = as_of - timedelta(days=n)          # the day before the period
    s = credit_sales(conn, cur, start_excl, as_of)
    ar, current = open_totals(conn, cur, as_of)
    ar0, _ = open_totals(conn, cur, start_excl)
    written = written_off(conn, cur, start_excl, as_of)
    reasons: dict[str, str] = {}

    dso = bpdso = bad = None
    if s > 0:
        dso = _days(ar, s, n)
        bpdso = _days(current, s, n)
        bad = _pct(written, s)
    else:
        why = (T("No credit sales in the period (S = 0).") if s == 0 else
               T("Credit sales in the period are negative (more credit notes than invoices)."))
        for key in ("dso", "best_possible_dso", "average_days_delinquent", "bad_debt_pct"):
            reasons[key] = why
    add = None if dso is None or bpdso is None else dso - bpdso
    countback, why = countback_dso(monthly_sales(conn, cur, as_of), ar, as_of)
    if countback is None:
        reasons["dso_countback"] = why
    cei_den = ar0 + s - current
    cei = _pct(ar0 + s - ar, cei_den) if cei_den != 0 else None
    if cei is None:
        reasons["cei_pct"] = T("AR at start + S − CUR is zero: nothing was collectable in the period.")
    overdue = _pct(ar - current, ar) if ar != 0 else None
    if overdue is None:
        reasons["overdue_pct"] = T("Nothing is open on the date (AR = 0).")
    return Kpis(as_of, cur, n, start_excl + timedelta(days=1), s, ar, ar0, current, written, dso,
                countback, bpdso, add, cei, overdue, bad, tuple(reasons.items()))


def kpi_trend(conn: Connection, as_of: date, *, currency: str | None = None,
              period_days: int = DEFAULT_PERIOD_DAYS, months: int = TREND_MONTHS
              ) -> tuple[TrendPoint, ...]:
    """AR, DSO and overdue % at the last ``months`` month ends on or before ``as_of``, oldest first."""
    cur = _currency(conn, currency)
    n = _check_period(period_days)
    out = []
    for end in month_ends(as_of, months):
        ar, current = open_totals(conn, cur, end)
        s = credit_sales(conn, cur, end - timedelta(days=n), end)
        out.append(TrendPoint(end, ar, current, s, _days(ar, s, n) if s > 0 else None,
                              _pct(ar - current, ar) if ar else None))
    return tuple(out)


def customer_payment_stats(conn: Connection, as_of: date, *, currency: str | None = None,
                           customer_id: int | None = None) -> tuple[CustomerPaymentStats, ...]:
    """Average days to pay and beyond terms per customer (those with a paid invoice), by code."""
    cur = _currency(conn, currency)
    params = {"as_of": as_of.isoformat(), "since": _year_before(as_of).isoformat(), "cur": cur,
              "cid": customer_id}
    out = []
    for cid, code, name, count, weight, to_pay, beyond in conn.exec_driver_sql(
            _PAID_SQL, params).fetchall():
        out.append(CustomerPaymentStats(cid, code, name, cur, count, weight,
                                        _round(Decimal(to_pay) / weight),
                                        _round(Decimal(beyond) / weight)))
    return tuple(out)


# ------------------------------------------------------------------------- building blocks

_OPEN_TOTALS_SQL = f"""
SELECT COALESCE(SUM(o.open_minor), 0),
       COALESCE(SUM(CASE WHEN o.due_date >= :as_of THEN o.open_minor ELSE 0 END), 0)
FROM ({open_as_of_sql("i.kind = 'invoice' AND i.currency = :cur")}) o
"""

# a document counts on :as_of unless cancelled by then (the as-of rule)
_SALES_WHERE = ("currency = :cur AND issue_date <= :as_of "
                "AND (cancelled_on IS NULL OR cancelled_on > :as_of)")

_SALES_SQL = (
    "SELECT COALESCE(SUM(CASE WHEN kind = 'invoice' THEN amount_minor ELSE -amount_minor END), 0) "
    f"FROM invoice WHERE {_SALES_WHERE} AND issue_date > :after"
)

_MONTHLY_SALES_SQL = (
    "SELECT substr(issue_date, 1, 7) AS month, "
    " SUM(CASE WHEN kind = 'invoice' THEN amount_minor ELSE -amount_minor END) "
    f"FROM invoice WHERE {_SALES_WHERE} GROUP BY month"
)

_WRITTEN_OFF_SQL = f"""
SELECT COALESCE(SUM(w.amount_minor), 0)
FROM write_off w JOIN invoice i ON i.id = w.invoice_id
WHERE i.currency = :cur AND w.date > :after AND w.kind = 'bad_debt' AND {LIVE_WRITE_OFF_SQL}
"""

# invoices fully settled by allocations in effect on :as_of (with the small differences booked
# when reconciling: bank charges, discount), the last of them dated in (:since, :as_of], at least
# one from a payment, and no bad-debt write-off in effect
_PAID_SQL = f"""
WITH alloc AS (
    SELECT a.invoice_id, SUM(a.amount_minor) AS amt, MAX(a.date) AS paid_on,
           MAX(a.payment_id IS NOT NULL) AS by_payment
    FROM allocation a WHERE {LIVE_ALLOCATION_SQL} GROUP BY a.invoice_id
), written AS (
    SELECT DISTINCT w.invoice_id FROM write_off w WHERE w.kind = 'bad_debt' AND {LIVE_WRITE_OFF_SQL}
), diffs AS (
    SELECT w.invoice_id, SUM(w.amount_minor) AS amt FROM write_off w
    WHERE w.kind <> 'bad_debt' AND {LIVE_WRITE_OFF_SQL} GROUP BY w.invoice_id
)
SELECT i.customer_id, c.code, c.name, COUNT(*), SUM(i.amount_minor),
       SUM(i.amount_minor * CAST(julianday(al.paid_on) - julianday(i.issue_date) AS INTEGER)),
       SUM(i.amount_minor * CAST(julianday(al.paid_on) - julianday(i.due_date) AS INTEGER))
FROM alloc al
JOIN invoice i ON i.id = al.invoice_id
JOIN customer c ON c.id = i.customer_id
LEFT JOIN diffs d ON d.invoice_id = i.id
WHERE i.kind = 'invoice' AND i.currency = :cur AND (:cid IS NULL OR i.customer_id = :cid)
  AND (i.cancelled_on IS NULL OR i.cancelled_on > :as_of)
  AND al.paid_on > :since AND al.amt + COALESCE(d.amt, 0) >= i.amount_minor AND al.by_payment
  AND i.id NOT IN (SELECT invoice_id FROM written)
GROUP BY i.customer_id
ORDER BY c.code
"""


def open_totals(conn: Connection, currency: str, on: date) -> tuple[int, int]:
    """(AR, CUR) on ``on``: invoices open that day, and the part of them not yet due."""
    ar, current = conn.exec_driver_sql(_OPEN_TOTALS_SQL, {"as_of": on.isoformat(),
                                                          "cur": currency}).one()
    return int(ar), int(current)


def credit_sales(conn: Connection, currency: str, after: date, until: date) -> int:
    """Invoices less credit notes issued in (``after``, ``until``], as counted on ``until``."""
    return int(conn.exec_driver_sql(_SALES_SQL, {"cur": currency, "after": after.isoformat(),
                                                 "as_of": until.isoformat()}).scalar_one())


def monthly_sales(conn: Connection, currency: str, as_of: date) -> dict[tuple[int, int], int]:
    """(year, month) → credit sales of that month up to ``as_of`` (the as-of month is partial)."""
    out = {}
    for month, amount in conn.exec_driver_sql(_MONTHLY_SALES_SQL, {"cur": currency,
                                                                   "as_of": as_of.isoformat()}):
        out[(int(month[:4]), int(month[5:7]))] = int(amount)
    return out


def written_off(conn: Connection, currency: str, after: date, until: date) -> int:
    """Written off in (``after``, ``until``] and not reversed on or before ``until``."""
    return int(conn.exec_driver_sql(_WRITTEN_OFF_SQL, {"cur": currency, "after": after.isoformat(),
                                                       "as_of": until.isoformat()}).scalar_one())


def countback_dso(sales: dict[tuple[int, int], int], ar: int, as_of: date
                  ) -> tuple[Decimal | None, str]:
    """The countback DSO of ``ar`` over the monthly ``sales`` (see the module docstring).

    Returns (days rounded to 2 places, "") or (None, reason) when the sales history ends
    before the AR is used up.
    """
    if ar <= 0:
        return (Decimal("0.00"), "") if ar == 0 else (None, T("AR is negative."))
    first = min(sales) if sales else None
    left = Decimal(ar)
    days = Decimal(0)
    y, m = as_of.year, as_of.month
    while first is not None and (y, m) >= first:
        month_days = as_of.day if (y, m) == (as_of.year, as_of.month) else calendar.monthrange(y, m)[1]
        s = sales.get((y, m), 0)
        if left >= s:
            days += month_days
            left -= s
            if left == 0:
                return _round(days), ""
        else:
            return _round(days + left / s * month_days), ""
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return None, T("The credit sales on record do not cover the AR (history too short).")


def month_ends(as_of: date, months: int) -> list[date]:
    """The last ``months`` month ends on or before ``as_of``, oldest first."""
    y, m = as_of.year, as_of.month
    end = date(y, m, calendar.monthrange(y, m)[1])
    if end > as_of:
        end = date(y, m, 1) - timedelta(days=1)
    out = [end]
    while len(out) < months:
        end = date(end.year, end.month, 1) - timedelta(days=1)
        out.append(end)
    return out[::-1]


def _year_before(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:          # 29 February
        return d.replace(year=d.year - 1, day=28)


_CENT = Decimal("0.01")


def _round(x: Decimal) -> Decimal:
    return x.quantize(_CENT, rounding=ROUND_HALF_UP)


def _days(amount: int, sales: int, n: int) -> Decimal:
    return _round(Decimal(amount) * n / Decimal(sales))


def _pct(part: int, whole: int) -> Decimal:
    return _round(Decimal(part) * 100 / Decimal(whole))


def _check_period(n: int) -> int:
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 3660:
        raise ValidationError(T("The period must be between 1 and 3660 days."), field="period_days")
    return n


def _currency(conn: Connection, currency: str | None) -> str:
    if currency is None:
        from .fx import home_currency
        return home_currency(conn)
    try:
        return normalize_currency(currency)
    except MoneyError:
        raise ValidationError(T("Unknown currency {value}."), field="currency", value=currency) from None
