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
``(MAE baseline − MAE forecast) / MAE baseline × 100``; the headline is the company's home
currency (amounts in different currencies are never added). The "later / unlikely" column is not
scored (its outcome lies beyond the replayed weeks). Disputes have no history yet, so an invoice
disputed now counts as disputed on every past date (they are left out of all three figures).

Measured (``bench/bench_forecast.py``, as of 2026-11-23, 12 dates 2025-10-20 … 2026-08-24):
the demo (300 × 6,000) CNY MAE 421,858.17 forecast vs 766,428.96 baseline, −44.96 % (EUR
−28.30 %, USD −29.15 %, HKD −4.58 %: a handful of customers each); 20,000 × 200,000: CNY
−71.37 %, EUR −68.72 %, HKD −64.52 %, USD −64.29 %. Most of the gain is week 1, where the
baseline puts every overdue invoice; in weeks 2–3 the forecast over-predicts (the overdue
invoices' conditional medians bunch there while real payments of overdue invoices tail off over
several weeks), and on the big database weeks 5–13 are about twice as accurate as the baseline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Connection, text

from ..errors import ValidationError
from ..i18n import T
from .forecast import (BASIS_DISPUTED, DEFAULT_SETTINGS, WEEK_DAYS, ForecastSettings,
                       predict_invoices, summarize, week_index)
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
    home_currency: str                   # the company's; its score is the headline

    def currency(self, code: str) -> CurrencyBacktest | None:
        return next((c for c in self.currencies if c.currency == code), None)

    @property
    def headline(self) -> CurrencyBacktest | None:
        """The home currency's score (amounts in different currencies are not added)."""
        return self.currency(self.home_currency)


def backtest_dates(end: date, *, weeks: int = 13, step_weeks: int = 4, count: int = 12
                   ) -> tuple[date, ...]:
    """The test dates, oldest first (see the module docstring)."""
    last = end - timedelta(days=WEEK_DAYS * weeks)
    return tuple(last - timedelta(days=WEEK_DAYS * step_weeks * i) for i in reversed(range(count)))


# Cash applied to invoices in (:start, :stop], as it stands on :end (undone allocations left out).
_CASH_SQL = """
SELECT a.invoice_id, a.date, a.amount_minor FROM allocation a
WHERE a.payment_id IS NOT NULL AND a.date > :start AND a.date <= :stop
  AND (a.undone_at IS NULL OR date(a.undone_at, 'localtime') > :end)
"""


def _mean_half_up(total: int, n: int) -> int:
    return (2 * total + n) // (2 * n) if n else 0


def run_backtest(conn: Connection, end: date, *, weeks: int = 13, step_weeks: int = 4,
                 count: int = 12, settings: ForecastSettings = DEFAULT_SETTINGS,
                 progress: Progress | None = None) -> Backtest:
    """Replay the forecast at :func:`backtest_dates` and score it against what was received."""
    if not 1 <= weeks <= 104 or not 1 <= step_weeks <= 104 or not 1 <= count <= 200:
        raise ValidationError(T("A backtest needs 1 to 104 weeks, a step of 1 to 104 weeks and "
                                "1 to 200 dates."), field="weeks")
    dates = backtest_dates(end, weeks=weeks, step_weeks=step_weeks, count=count)
    if progress is not None:
        progress.start(len(dates), T("Replaying the forecast"))
    points: list[BacktestPoint] = []
    for n, t in enumerate(dates):
        preds = predict_invoices(conn, t, settings=settings)
        per = summarize(preds, t, weeks)
        scored = {p.invoice_id: p.currency for p in preds if p.basis != BASIS_DISPUTED}
        actual: dict[str, list[int]] = {cur: [0] * weeks for cur in per}
        stop = t + timedelta(days=WEEK_DAYS * weeks)
        for inv, on, amt in conn.execute(text(_CASH_SQL), {
                "start": t.isoformat(), "stop": stop.isoformat(), "end": end.isoformat()}):
            cur = scored.get(inv)
            if cur is not None:
                actual[cur][week_index(t, date.fromisoformat(on))] += amt
        for cur in sorted(per):
            c = per[cur]
            if c.invoice_count:
                points.append(BacktestPoint(t, cur, c.weeks, c.baseline, tuple(actual[cur])))
        if progress is not None:
            progress.step(n + 1)
    home = conn.execute(text("SELECT home_currency FROM company ORDER BY id LIMIT 1")).scalar()
    return Backtest(end, dates, weeks, step_weeks, _score(points, weeks), tuple(points),
                    home or "CNY")


def _score(points: list[BacktestPoint], weeks: int) -> tuple[CurrencyBacktest, ...]:
    by_cur: dict[str, list[BacktestPoint]] = {}
    for p in points:
        by_cur.setdefault(p.currency, []).append(p)
    out = []
    for cur in sorted(by_cur):
        pts = by_cur[cur]
        ef = [[abs(f - a) for f, a in zip(p.forecast, p.actual)] for p in pts]
        eb = [[abs(b - a) for b, a in zip(p.baseline, p.actual)] for p in pts]
        sum_f, sum_b = sum(map(sum, ef)), sum(map(sum, eb))
        n = len(pts) * weeks
        improvement = None
        if sum_b:
            improvement = (Decimal(sum_b - sum_f) * 100 / Decimal(sum_b)).quantize(
                Decimal("0.01"), ROUND_HALF_UP)
        out.append(CurrencyBacktest(
            cur, len(pts), _mean_half_up(sum_f, n), _mean_half_up(sum_b, n),
            tuple(_mean_half_up(sum(e[w] for e in ef), len(pts)) for w in range(weeks)),
            tuple(_mean_half_up(sum(e[w] for e in eb), len(pts)) for w in range(weeks)),
            _mean_half_up(sum(sum(p.actual) for p in pts), n), improvement))
    return tuple(out)
