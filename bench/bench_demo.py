"""Benchmark: generating the demo company (300 × 6,000) and a big one (20,000 × 200,000).

Prints seconds, rows written per second, file size and the process's peak memory. Targets
(issue 3 §5 / demo task): the big database in under ~60 s with bounded memory.

    python bench/bench_demo.py [--big-only | --small-only] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.demo import generate_demo  # noqa: E402
from app.storage.db import Database  # noqa: E402

AS_OF = date(2026, 11, 23)


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:          # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024


def run(folder: Path, customers: int, invoices: int) -> None:
    path = folder / f"demo-{customers}x{invoices}.db"
    rss0 = peak_rss_mb()
    t0 = time.perf_counter()
    db = Database.open(path, create=True)
    try:
        t1 = time.perf_counter()
        s = generate_demo(db, customers=customers, invoices=invoices, as_of=AS_OF)
        t2 = time.perf_counter()
    finally:
        db.close()
    t3 = time.perf_counter()
    rows = (s.customers + s.aliases + s.invoices + s.credit_notes + s.payments + s.allocations)
    size = sum(p.stat().st_size for p in folder.glob(path.name + "*"))
    rss = peak_rss_mb()
    print(f"{customers:>6} customers × {invoices:>7} invoices: generate {t2 - t1:6.2f} s "
          f"(open+migrate {t1 - t0:.2f} s, close/checkpoint {t3 - t2:.2f} s), "
          f"{rows:,} rows = {rows / (t2 - t1):,.0f} rows/s, file {size / 1e6:.1f} MB"
          + (f", peak RSS {rss:.0f} MB (was {rss0:.0f} MB before)" if rss is not None else ""))
    print(f"       {s.payments:,} payments, {s.allocations:,} allocations, "
          f"{s.credit_notes} credit notes, {s.disputed} disputed, {s.cancelled} cancelled; "
          f"aging {s.aging_counts}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--big-only", action="store_true")
    g.add_argument("--small-only", action="store_true")
    ap.add_argument("--keep", type=Path, help="write the databases into DIR and keep them")
    args = ap.parse_args()
    sizes = [(300, 6_000), (20_000, 200_000)]
    if args.big_only:
        sizes = sizes[1:]
    elif args.small_only:
        sizes = sizes[:1]
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for c, n in sizes:
            run(args.keep, c, n)
        return
    with tempfile.TemporaryDirectory(prefix="ardesk-bench-demo-") as tmp:
        for c, n in sizes:
            run(Path(tmp), c, n)


if __name__ == "__main__":
    main()
