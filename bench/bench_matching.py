"""Benchmark: matching 10,000 statement lines against 30,000 open invoices (target < 3 s).

    python bench/bench_matching.py [--customers 3000] [--invoices 30000] [--lines 10000]
                                   [--slice 500] [--repeat 3] [--profile]

The company and statement come from the accuracy tests' generator (tests/unit/matching/
generator.py, seeded): about 3,000 customers, 30,000 open invoices in four numbering styles and
10,000 lines of every kind (exact and mangled references, no reference, several invoices, bank
charges, discounts, part payments, third-party payers, look-alike customers, noise, debits).

Timed (best of ``--repeat``): ``MatchContext.load`` (customers, aliases and open invoices read,
reference and name indexes built) plus ``match_lines`` for all lines — what ``run_auto`` does
before it writes. Also printed: the precision and coverage of that run against the generator's
truth (see tests/unit/matching/test_accuracy.py for the definitions).

The naive comparison: every line against every open invoice — is the invoice number a substring
of the remittance text (case-insensitive), and is the amount the invoice's open amount — on a
``--slice`` of the lines, extrapolated to all of them; the ratio is naive / engine. It finds far
less than the engine (no mangled references, no payer, no sums) and is still slower.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "unit" / "matching"))

from generator import generate, write  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.services import reconcile  # noqa: E402
from app.services.matching.engine import MatchContext  # noqa: E402
from app.storage.db import Database  # noqa: E402

TARGET_S = 3.0


def engine_pass(db: Database):
    with db.engine.connect() as conn:
        lines = reconcile.line_views(conn)
        t0, c0 = time.perf_counter(), time.process_time()
        ctx = MatchContext.load(conn, reconcile.load_settings(conn))
        t1, c1 = time.perf_counter(), time.process_time()
        results = reconcile.match_lines(ctx, lines)
        t2, c2 = time.perf_counter(), time.process_time()
    return t1 - t0, t2 - t1, c2 - c0, results


def naive_pass(db: Database, n: int) -> tuple[float, int, int]:
    """Every line of the first ``n`` against every open invoice: number in text and amount equal."""
    with db.engine.connect() as conn:
        lines = reconcile.line_views(conn)[:n]
        t0 = time.perf_counter()
        invoices = [(iid, number.casefold(), open_) for iid, number, open_ in conn.execute(text(
            "SELECT id, number, open_minor FROM invoice WHERE kind = 'invoice' AND open_minor > 0"))]
        found = 0
        for ln in lines:
            remit = ln.remittance.casefold()
            for _iid, number, open_ in invoices:
                if number in remit and open_ == ln.amount_minor:
                    found += 1
        return time.perf_counter() - t0, len(invoices), found


def accuracy(company, results) -> tuple[float, float, int]:
    by_id = {ln.id: ln for ln in company.lines}
    auto = right = payable = covered = 0
    for r in results:
        t = by_id[r.line_id].truth
        p = r.proposals[0] if r.proposals else None
        ok = (p is not None and t is not None and p.customer_id == t.customer_id
              and dict(p.allocations) == t.allocations
              and {i: (k, a) for i, k, a in p.differences} == t.differences and p.credit_minor == t.credit_minor)
        if r.status == "auto":
            auto += 1
            right += ok
        if t is not None:
            payable += 1
            covered += ok and r.status in ("auto", "suggested")
    return 100.0 * right / max(auto, 1), 100.0 * covered / max(payable, 1), auto


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=3000)
    ap.add_argument("--invoices", type=int, default=30000)
    ap.add_argument("--lines", type=int, default=10000)
    ap.add_argument("--slice", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--profile", action="store_true", help="print the top functions of one engine pass")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        company = generate(args.seed, customers=args.customers, invoices=args.invoices, lines=args.lines)
        db = Database.open(Path(tmp) / "bench.db", create=True)
        write(db, company)
        print(f"generated {len(company.customers):,} customers, {len(company.invoices):,} open invoices, "
              f"{len(company.lines):,} statement lines in {time.perf_counter() - t0:.1f} s")

        best = (float("inf"), 0.0, 0.0, 0.0)
        results = None
        for _ in range(args.repeat):
            load, match, cpu, results = engine_pass(db)
            if load + match < best[0]:
                best = (load + match, load, match, cpu)
        total, load, match, cpu = best
        mark = "PASS" if total < TARGET_S else "FAIL"
        print(f"engine: MatchContext.load {load:.2f} s + match_lines {match:.2f} s = {total:.2f} s "
              f"for {len(results):,} lines  (target < {TARGET_S:.0f} s)  {mark}")
        print(f"        {1000 * match / len(results):.3f} ms per line; CPU time of the pass {cpu:.2f} s"
              + (" (the machine is busy: wall time is inflated)" if total > 1.3 * cpu else ""))
        precision, coverage, auto = accuracy(company, results)
        print(f"        {auto:,} applied automatically, precision {precision:.2f} %, "
              f"coverage {coverage:.2f} % of the payable lines")

        n = min(args.slice, len(results))
        t_naive, n_inv, found = naive_pass(db, n)
        naive_all = t_naive / n * len(results)
        print(f"naive:  {n:,} lines × {n_inv:,} invoices (number substring + amount) in {t_naive:.2f} s, "
              f"{found} matches; extrapolated to {len(results):,} lines: {naive_all:.1f} s")
        print(f"ratio:  naive / engine = {naive_all / total:.0f}×")

        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            engine_pass(db)
            prof.disable()
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        db.close()


if __name__ == "__main__":
    main()
