"""Benchmark: the cash-in forecast and its backtest on the demo (300 × 6,000) and a big database
(20,000 × 200,000), both as of 2026-11-23.

Prints the seconds of one forecast (and its parts: paid history, open documents, unapplied
payments), of the 12-date backtest, and the backtest's MAE per currency with the improvement
over the "pays on due date" baseline. The databases are generated into a temporary folder unless
``--big-db`` / ``--small-db`` name existing files (generated with the same as-of date).

    python bench/bench_forecast.py [--big-db PATH] [--small-db PATH] [--small-only]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.money import format_minor  # noqa: E402
from app.services.asof import open_documents, unapplied_payments  # noqa: E402
from app.services.backtest import run_backtest  # noqa: E402
from app.services.demo import generate_demo  # noqa: E402
from app.services.forecast import DEFAULT_SETTINGS, _history, cash_forecast  # noqa: E402
from app.storage.db import Database  # noqa: E402

AS_OF = date(2026, 11, 23)


def timed(fn, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def database(path: Path | None, folder: Path, customers: int, invoices: int) -> Database:
    if path is not None:
        return Database.open(path)
    path = folder / f"forecast-{customers}x{invoices}.db"
    db = Database.open(path, create=True)
    t0 = time.perf_counter()
    generate_demo(db, customers=customers, invoices=invoices, as_of=AS_OF)
    print(f"  generated {customers:,} × {invoices:,} in {time.perf_counter() - t0:.1f} s")
    return db


def run(label: str, db: Database, repeat: int) -> None:
    print(f"{label}:")
    with db.engine.connect() as c:
        t_all, f = timed(lambda: cash_forecast(c, AS_OF), repeat)
        t_hist, _ = timed(lambda: _history(c, AS_OF, DEFAULT_SETTINGS), repeat)
        t_open, docs = timed(lambda: list(open_documents(c, AS_OF)), repeat)
        t_unap, _ = timed(lambda: unapplied_payments(c, AS_OF), repeat)
        t_bt, bt = timed(lambda: run_backtest(c, AS_OF), 1)
    print(f"  forecast {t_all:.3f} s  (paid history {t_hist:.3f} s, open documents {t_open:.3f} s "
          f"[{len(docs):,}], unapplied payments {t_unap:.3f} s)")
    print(f"  backtest {t_bt:.2f} s  ({len(bt.dates)} dates {bt.dates[0]} … {bt.dates[-1]}, "
          f"{bt.weeks} weeks each)")
    for cb in bt.currencies:
        cur = cb.currency
        print(f"    {cur}: MAE forecast {format_minor(cb.mae_forecast_minor, cur):>14}  "
              f"baseline {format_minor(cb.mae_baseline_minor, cur):>14}  "
              f"mean receipts/week {format_minor(cb.actual_mean_minor, cur):>14}  "
              f"improvement {cb.improvement_pct} %")
    head = bt.headline
    if head is not None:
        print("    week 1…13 MAE forecast:", " ".join(format_minor(x // 100 * 100, head.currency)
                                                      for x in head.mae_forecast_by_week))
        print("    week 1…13 MAE baseline:", " ".join(format_minor(x // 100 * 100, head.currency)
                                                      for x in head.mae_baseline_by_week))
    cny = f.currency("CNY")
    if cny is not None:
        print(f"  CNY open {format_minor(cny.open_minor, 'CNY')}: 13 weeks "
              f"{format_minor(sum(cny.weeks), 'CNY')}, later {format_minor(cny.later_minor, 'CNY')}, "
              f"unlikely {format_minor(cny.unlikely_minor, 'CNY')}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big-db", type=Path)
    ap.add_argument("--small-db", type=Path)
    ap.add_argument("--small-only", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with database(args.small_db, folder, 300, 6000) as db:
            run("demo 300 × 6,000", db, repeat=5)
        if not args.small_only:
            with database(args.big_db, folder, 20_000, 200_000) as db:
                run("big 20,000 × 200,000", db, repeat=3)


if __name__ == "__main__":
    main()
