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
- **Best possible DSO** = CUR / S × N. **Average days delinquent** = DSO − best possible DSO.
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

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection

from ..i18n import T

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
    raise NotImplementedError


def kpi_trend(conn: Connection, as_of: date, *, currency: str | None = None,
              period_days: int = DEFAULT_PERIOD_DAYS, months: int = TREND_MONTHS
              ) -> tuple[TrendPoint, ...]:
    """AR, DSO and overdue % at the last ``months`` month ends on or before ``as_of``, oldest first."""
    raise NotImplementedError


def customer_payment_stats(conn: Connection, as_of: date, *, currency: str | None = None,
                           customer_id: int | None = None) -> tuple[CustomerPaymentStats, ...]:
    """Average days to pay and beyond terms per customer (those with a paid invoice), by code."""
    raise NotImplementedError
