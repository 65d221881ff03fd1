"""Command-line commands for the cash-in forecast and its backtest.

    python main.py forecast [--as-of DATE] [--weeks 13] [--currency CUR] [--json]
    python main.py forecast backtest [--as-of DATE] [--weeks 13] [--step-weeks 4] [--count 12]
                                     [--currency CUR] [--json]

``forecast`` prints the expected receipts per week (week 1 = the seven days after the as-of
date) beside the "pays on due date" baseline, then the later / unlikely column, and what is left
out (disputed invoices, unapplied payments, open credit notes). ``forecast backtest`` replays the
forecast at past dates whose 13 weeks have already happened (``--as-of`` is the last day of
known history, default today) and prints the mean absolute error per week of the forecast and
of the baseline. JSON amounts are decimal strings in the currency's units; percentages are
strings with 2 decimals. Exit codes as everywhere: 0 ok, 2 the input was wrong, 1 a bug.
"""

from __future__ import annotations

import argparse

from .cli import EXIT_OK, _as_of, _dump_json, _open, _positive, _print_table, tr
from .i18n import T


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    fc = sub.add_parser("forecast", parents=[common],
                        help="expected receipts per week; 'forecast backtest' scores the model",
                        usage="%(prog)s [backtest] [--weeks N] [--currency CUR] [--json]")
    fc.add_argument("action", nargs="?", choices=["backtest"], metavar="backtest",
                    help="replay the forecast at past dates and compare with what was received")
    fc.add_argument("--weeks", type=_positive, default=13, help="weeks ahead (default 13)")
    fc.add_argument("--currency", metavar="CUR", help="only this currency")
    fc.add_argument("--json", action="store_true", help="JSON output (amounts as decimal strings)")
    fc.add_argument("--step-weeks", type=_positive, default=4,
                    help="backtest: weeks between two test dates (default 4)")
    fc.add_argument("--count", type=_positive, default=12,
                    help="backtest: number of test dates (default 12)")


def _money(minor: int, currency: str) -> str:
    from .money import format_minor
    return format_minor(minor, currency, grouping=False)


def _currency_arg(args: argparse.Namespace) -> str | None:
    from .errors import ValidationError
    from .money import MoneyError, normalize_currency

    if args.currency is None:
        return None
    try:
        return normalize_currency(args.currency)
    except MoneyError:
        raise ValidationError(T("Unknown currency {currency}."), field="currency",
                              currency=args.currency) from None


def cmd_forecast(args: argparse.Namespace) -> int:
    if args.action == "backtest":
        return _backtest(args)
    from .money import format_minor
    from .services.forecast import cash_forecast

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        f = cash_forecast(conn, as_of, weeks=args.weeks, currency=_currency_arg(args))
    if args.json:
        _dump_json({
            "as_of": as_of.isoformat(),
            "weeks": [{"week": i + 1, "start": w.start.isoformat(), "end": w.end.isoformat()}
                      for i, w in enumerate(f.weeks)],
            "currencies": [{
                "currency": c.currency,
                "forecast": [_money(x, c.currency) for x in c.weeks],
                "later": _money(c.later_minor, c.currency),
                "unlikely": _money(c.unlikely_minor, c.currency),
                "later_unlikely": _money(c.later_unlikely_minor, c.currency),
                "baseline": [_money(x, c.currency) for x in c.baseline],
                "baseline_later": _money(c.baseline_later_minor, c.currency),
                "open": _money(c.open_minor, c.currency),
                "invoices": c.invoice_count,
                "disputed": _money(c.disputed_minor, c.currency),
                "disputed_invoices": c.disputed_count,
                "unapplied_payments": _money(c.unapplied_minor, c.currency),
                "open_credit_notes": _money(c.open_credit_minor, c.currency),
            } for c in f.currencies],
            "model": {"shrink_k": f.settings.shrink_k, "lookback_days": f.settings.lookback_days,
                      "unlikely_extra_days": f.settings.unlikely_extra_days,
                      "silent_days": f.settings.silent_days},
        })
        return EXIT_OK
    print(tr(T("Expected receipts as of {date} (week 1 starts the next day)")).format(
        date=as_of.isoformat()))
    if not f.currencies:
        print(tr(T("Nothing is open.")))
        return EXIT_OK
    headers = [tr(T("Week")), tr(T("From")), tr(T("To"))]
    for c in f.currencies:
        headers += [f"{c.currency} " + tr(T("forecast")), f"{c.currency} " + tr(T("due date"))]
    rows = []
    for i, w in enumerate(f.weeks):
        row = [str(i + 1), w.start.isoformat(), w.end.isoformat()]
        for c in f.currencies:
            row += [format_minor(c.weeks[i], c.currency), format_minor(c.baseline[i], c.currency)]
        rows.append(row)
    extra = ((T("Later"), lambda c: (c.later_minor, c.baseline_later_minor)),
             (T("Unlikely"), lambda c: (c.unlikely_minor, 0)),
             (T("Total"), lambda c: (c.open_minor, c.open_minor)),
             (T("Disputed (not forecast)"), lambda c: (c.disputed_minor, c.disputed_minor)),
             (T("Unapplied payments"), lambda c: (c.unapplied_minor, c.unapplied_minor)),
             (T("Open credit notes"), lambda c: (c.open_credit_minor, c.open_credit_minor)))
    for label, get in extra:
        row = [tr(label), "", ""]
        for c in f.currencies:
            a, b = get(c)
            row += [format_minor(a, c.currency), format_minor(b, c.currency)]
        rows.append(row)
    _print_table(headers, rows, right=set(range(3, len(headers))))
    return EXIT_OK


def _backtest(args: argparse.Namespace) -> int:
    from .money import format_minor
    from .services.backtest import run_backtest

    end = _as_of(args)
    only = _currency_arg(args)
    with _open(args) as db, db.engine.connect() as conn:
        bt = run_backtest(conn, end, weeks=args.weeks, step_weeks=args.step_weeks, count=args.count)
    scores = [c for c in bt.currencies if only is None or c.currency == only]

    def pct(c) -> str | None:
        return None if c.improvement_pct is None else str(c.improvement_pct)

    if args.json:
        def one(c):
            return {"currency": c.currency, "points": c.points,
                    "mae_forecast": _money(c.mae_forecast_minor, c.currency),
                    "mae_baseline": _money(c.mae_baseline_minor, c.currency),
                    "improvement_pct": pct(c),
                    "mae_forecast_by_week": [_money(x, c.currency) for x in c.mae_forecast_by_week],
                    "mae_baseline_by_week": [_money(x, c.currency) for x in c.mae_baseline_by_week],
                    "actual_mean": _money(c.actual_mean_minor, c.currency)}
        head = bt.headline
        _dump_json({"end": bt.end.isoformat(), "dates": [d.isoformat() for d in bt.dates],
                    "weeks": bt.weeks, "step_weeks": bt.step_weeks,
                    "home_currency": bt.home_currency,
                    "headline": None if head is None else one(head),
                    "currencies": [one(c) for c in scores]})
        return EXIT_OK
    print(tr(T("Backtest: {count} dates from {first} to {last}, {weeks} weeks each, against what "
               "was received up to {end}")).format(count=len(bt.dates), first=bt.dates[0].isoformat(),
                                                   last=bt.dates[-1].isoformat(), weeks=bt.weeks,
                                                   end=bt.end.isoformat()))
    _print_table(
        [tr(T("Cur.")), tr(T("Dates")), tr(T("Mean receipts / week")), tr(T("MAE forecast")),
         tr(T("MAE baseline")), tr(T("Improvement %"))],
        ([c.currency, str(c.points), format_minor(c.actual_mean_minor, c.currency),
          format_minor(c.mae_forecast_minor, c.currency), format_minor(c.mae_baseline_minor, c.currency),
          pct(c) or "–"] for c in scores),
        right={1, 2, 3, 4, 5})
    for c in scores:
        print()
        print(tr(T("{currency}: mean absolute error by week")).format(currency=c.currency))
        _print_table([tr(T("Week")), tr(T("Forecast")), tr(T("Baseline"))],
                     ([str(i + 1), format_minor(f, c.currency), format_minor(b, c.currency)]
                      for i, (f, b) in enumerate(zip(c.mae_forecast_by_week, c.mae_baseline_by_week))),
                     right={0, 1, 2})
    return EXIT_OK


COMMANDS = {"forecast": cmd_forecast}
