"""Cash-in forecast: when the open invoices are expected to be paid, week by week.

Public API (the Aging tab's Forecast view and the CLI's ``forecast`` call it)::

    cash_forecast(conn, as_of, *, weeks=13, currency=None, promises=None,
                  settings=DEFAULT_SETTINGS) -> Forecast
    predict_invoices(conn, as_of, *, promises=None, settings=DEFAULT_SETTINGS)
        -> list[InvoicePrediction]
    customer_habits(conn, as_of, *, settings=DEFAULT_SETTINGS)
        -> tuple[dict[int, CustomerHabit], dict[str, int]]

All amounts are integer minor units of one currency; currencies are never added together.

**Weeks.** Week 1 is the seven days starting the day *after* ``as_of`` (as-of 2026-11-23 →
week 1 = 2026-11-24 … 2026-11-30), week 2 the next seven days, and so on; every week has seven
days, whatever weekday the as-of date is, so forecasts made on different days compare like for
like (the backtest relies on it). ``Forecast.weeks`` gives each week's first and last day.

**Predicted payment date** of an open invoice (its open amount on ``as_of`` from the shared as-of
rule, :mod:`app.services.asof`) = due date + the customer's *typical days beyond terms*:

- history: the customer's invoices fully paid on or before ``as_of`` (paid date = the date of the
  live allocation that closed it; only facts dated on or before ``as_of`` count, so a forecast for
  a past date is the one that could have been made that day), paid within the last
  ``settings.lookback_days`` and not closed by a write-off or by credit notes alone;
  days beyond terms = paid date − due date (negative when paid early);
- the customer's figure is the amount-weighted median of those days (the smallest value at which
  the cumulative invoice amount reaches half of the total);
- shrunk toward the company-wide figure (the same median over every customer's paid invoices in
  that currency; 0 when there are none) with weight n / (n + k), n = the customer's number of
  paid invoices, k = ``settings.shrink_k`` (3): typical = round_half_up((n·own + k·company) /
  (n + k)).

An invoice already past its predicted date is expected in week 1 — unless it is *unlikely*:

- it is more than 2 × max(typical, 0) + ``settings.unlikely_extra_days`` (90) days past due, or
- its customer *stopped paying*: nothing received for ``settings.silent_days`` (90) days up to
  ``as_of`` while one of its invoices is more than max(typical, 0) + 30 days past due; then all
  its open invoices are unlikely.

A promise (``promises``: invoice id → promised date; there is no promise table yet, issue 6 adds
one) dated after ``as_of`` replaces the predicted date and overrides the unlikely rules; a
promise dated on or before ``as_of`` was broken and is ignored. Predicted dates past the last
week go to "later"; unlikely amounts to "unlikely" (the chart's "later / unlikely" column is
their sum). Disputed invoices are left out of the weeks and reported apart
(``disputed_minor``); unapplied payments and open credit notes are not receipts and are
reported apart too.

**Baseline**: every open, undisputed invoice is paid on its due date (overdue → week 1, due after
the last week → ``baseline_later_minor``) — what the chart shows beside the forecast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Mapping

from sqlalchemy import Connection

WEEK_DAYS = 7


@dataclass(frozen=True, slots=True)
class ForecastSettings:
    """The model's knobs (the defaults are the documented ones)."""

    shrink_k: int = 3                  # pseudo-count of the company-wide figure
    lookback_days: int = 365           # paid invoices considered: paid within this many days
    unlikely_extra_days: int = 90      # > 2 × typical + this many days past due → unlikely
    silent_days: int = 90              # no receipt for this long (and badly overdue) → stopped
    stopped_overdue_margin: int = 30   # "badly overdue" = more than typical + this many days


DEFAULT_SETTINGS = ForecastSettings()


@dataclass(frozen=True, slots=True)
class CustomerHabit:
    """A customer's payment behaviour as known on the as-of day."""

    customer_id: int
    paid_count: int                # fully paid invoices in the look-back window
    own_median_days: int | None    # amount-weighted median days beyond terms (None: no history)
    typical_days: int              # shrunk toward the company figure; what predictions use
    last_receipt: date | None      # latest payment received on or before as-of


# InvoicePrediction.bucket values besides a week index 0 … weeks-1
LATER = "later"
UNLIKELY = "unlikely"

# InvoicePrediction.basis values
BASIS_HISTORY = "history"          # due date + typical days, in the future
BASIS_OVERDUE = "overdue"          # past its predicted date → week 1
BASIS_PROMISE = "promise"          # a promise dated after as-of
BASIS_UNLIKELY = "unlikely"        # far past due, or the customer stopped paying
BASIS_DISPUTED = "disputed"        # left out of the forecast


@dataclass(frozen=True, slots=True)
class InvoicePrediction:
    """One open invoice (on the as-of day) and when its open amount is expected."""

    invoice_id: int
    customer_id: int
    currency: str
    due_date: date
    open_minor: int
    predicted_date: date | None    # None for unlikely and disputed invoices
    basis: str                     # one of the BASIS_* values
    baseline_date: date            # the baseline's date: max(due date, as_of + 1 day)


@dataclass(frozen=True, slots=True)
class ForecastWeek:
    start: date                    # first day (as_of + 1 + 7·i)
    end: date                      # last day, inclusive (start + 6)


@dataclass(frozen=True, slots=True)
class CurrencyForecast:
    """Expected receipts of one currency, minor units."""

    currency: str
    weeks: tuple[int, ...]         # forecast per week
    later_minor: int               # predicted after the last week
    unlikely_minor: int            # far past due / customer stopped paying
    baseline: tuple[int, ...]      # "pays on due date" per week (overdue → week 1)
    baseline_later_minor: int      # due after the last week
    disputed_minor: int            # open on disputed invoices (not forecast)
    disputed_count: int
    unapplied_minor: int           # payments received, not applied (not a future receipt)
    open_credit_minor: int         # credit notes not yet applied (not a receipt)
    invoice_count: int             # open undisputed invoices forecast

    @property
    def later_unlikely_minor(self) -> int:
        """The chart's "later / unlikely" column."""
        return self.later_minor + self.unlikely_minor

    @property
    def open_minor(self) -> int:
        """Open on undisputed invoices = Σ weeks + later + unlikely = Σ baseline + baseline later."""
        return sum(self.weeks) + self.later_minor + self.unlikely_minor


@dataclass(frozen=True, slots=True)
class Forecast:
    as_of: date
    weeks: tuple[ForecastWeek, ...]
    currencies: tuple[CurrencyForecast, ...]   # sorted by currency code
    settings: ForecastSettings

    def currency(self, code: str) -> CurrencyForecast | None:
        return next((c for c in self.currencies if c.currency == code), None)


def week_bounds(as_of: date, weeks: int) -> tuple[ForecastWeek, ...]:
    """The ``weeks`` seven-day weeks after ``as_of``."""
    first = as_of + timedelta(days=1)
    return tuple(ForecastWeek(first + timedelta(days=WEEK_DAYS * i),
                              first + timedelta(days=WEEK_DAYS * i + WEEK_DAYS - 1))
                 for i in range(weeks))


def week_index(as_of: date, day: date) -> int:
    """0-based week of ``day`` after ``as_of``; days on or before ``as_of`` fall in week 0."""
    return max(0, (day - as_of).days - 1) // WEEK_DAYS


def customer_habits(conn: Connection, as_of: date, *, settings: ForecastSettings = DEFAULT_SETTINGS
                    ) -> tuple[dict[int, CustomerHabit], dict[str, int]]:
    """Each customer's habit on ``as_of``, and the company-wide figure per currency."""
    raise NotImplementedError


def predict_invoices(conn: Connection, as_of: date, *, promises: Mapping[int, date] | None = None,
                     settings: ForecastSettings = DEFAULT_SETTINGS) -> list[InvoicePrediction]:
    """A prediction for every invoice with something open on ``as_of`` (disputed ones too)."""
    raise NotImplementedError


def cash_forecast(conn: Connection, as_of: date, *, weeks: int = 13, currency: str | None = None,
                  promises: Mapping[int, date] | None = None,
                  settings: ForecastSettings = DEFAULT_SETTINGS) -> Forecast:
    """Expected receipts per week for ``weeks`` weeks after ``as_of``, per currency."""
    raise NotImplementedError
