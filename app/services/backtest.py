"""Backtest of the cash-in forecast: replay history at past as-of dates and score it.

Public API (the CLI's ``forecast backtest`` calls it)::

    run_backtest(conn, end, *, weeks=13, step_weeks=4, count=12, settings=DEFAULT_SETTINGS,
                 progress=None) -> Backtest

The test dates are ``end − 7·weeks days`` (the last date with ``weeks`` full weeks of known
future up to ``end``) and every ``step_weeks`` weeks before it, ``count`` dates in all (defaults:
12 dates 4 weeks apart, so the replay covers the 11 months before the last one plus its 13 weeks
of outcome). At each date ``t`` the forecast and the baseline are computed exactly as
:func:`app.services.forecast.cash_forecast` would have on day ``t`` (only facts dated on or before
``t``), and compared with what happened: the *actual receipts* of week ``i`` are the cash
(allocations from payments, not credit notes) dated in that week and applied to the undisputed
invoices open on ``t``, counting the allocations still live on ``end``.

Scores per currency: the mean absolute error over every (date, week) pair, for the forecast and
for the baseline, its value for each week of the horizon, and the improvement
``(MAE baseline − MAE forecast) / MAE baseline × 100``. The "later / unlikely" column is not
scored (its outcome lies beyond the replayed weeks). Disputes have no history yet, so an invoice
disputed now counts as disputed on every past date (they are left out of all three figures).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Connection

from .forecast import DEFAULT_SETTINGS, ForecastSettings
from .progress import Progress


@dataclass(frozen=True, slots=True)
class BacktestPoint:
    """One test date and currency: the three series over the horizon, minor units."""

    as_of: date
    currency: str
    forecast: tuple[int, ...]
    baseline: tuple[int, ...]
    actual: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CurrencyBacktest:
    currency: str
    points: int                          # test dates with something open in this currency
    mae_forecast_minor: int              # mean |forecast − actual| per week, rounded half up
    mae_baseline_minor: int
    mae_forecast_by_week: tuple[int, ...]   # the same for week 1, week 2, … of the horizon
    mae_baseline_by_week: tuple[int, ...]
    actual_mean_minor: int               # mean actual receipts per week (for scale)
    improvement_pct: Decimal | None      # 2 decimals; None when the baseline error is 0


@dataclass(frozen=True, slots=True)
class Backtest:
    end: date
    dates: tuple[date, ...]              # oldest first
    weeks: int
    step_weeks: int
    currencies: tuple[CurrencyBacktest, ...]   # sorted by currency code
    points: tuple[BacktestPoint, ...]

    def currency(self, code: str) -> CurrencyBacktest | None:
        return next((c for c in self.currencies if c.currency == code), None)


def backtest_dates(end: date, *, weeks: int = 13, step_weeks: int = 4, count: int = 12
                   ) -> tuple[date, ...]:
    """The test dates, oldest first (see the module docstring)."""
    raise NotImplementedError


def run_backtest(conn: Connection, end: date, *, weeks: int = 13, step_weeks: int = 4,
                 count: int = 12, settings: ForecastSettings = DEFAULT_SETTINGS,
                 progress: Progress | None = None) -> Backtest:
    """Replay the forecast at :func:`backtest_dates` and score it against what was received."""
    raise NotImplementedError
