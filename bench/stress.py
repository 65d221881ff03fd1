"""Stress / soak run of the reliability suite (issue 8): the slow variants, with a table.

    python bench/stress.py [--runs 50] [--rows 100000] [--big-rows 1000000] [--only NAME] [--seed N]

Cases (each prints runs, passed, data lost - which must be 0):

- every entry of ``KILL_CASES`` in tests/reliability/killharness.py: kill -9 (half the runs at a
  random moment of the whole command, half while its transaction is being written, when the WAL
  has grown to a random size) during a large invoice import, a schema migration of a first-revision database, and an
  auto-reconciliation (``reconcile --auto``), ``--runs`` times each; afterwards
  ``integrity_check`` is ok, the file holds all of the operation or none of it, ARDesk opens it
  again and the same command completes;
- a CSV of ``--big-rows`` invoice rows imported in a subprocess: time, peak memory (RSS) and
  whether everything arrived;
- the same file imported again (nothing may change).

New kill cases: add a ``KillCase(name, prepare)`` to ``KILL_CASES``; nothing here changes.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

import killharness  # noqa: E402

# size of the prepared data per kill case (rows to import, invoices to migrate, lines to match)
KILL_SIZES = {"kill -9 during invoice import": 50_000, "kill -9 during streamed invoice import": 50_000, "kill -9 during migration": 30_000,
              "kill -9 during auto-reconciliation": 200}


@dataclass
class Row:
    case: str
    runs: int
    passed: int
    data_lost: int
    note: str = ""


def run_kill_case(case: killharness.KillCase, runs: int, size: int, folder: Path, rnd: random.Random) -> Row:
    t0 = time.perf_counter()
    prep = case.prepare(folder / "prep", size)
    passed = lost = 0
    states: dict[str, int] = {}
    failures: list[str] = []
    work = folder / "work"
    work.mkdir(exist_ok=True)
    for i in range(runs):
        # every other run: kill while the transaction is being written (the WAL has grown to a
        # random size); the others at a random moment of the whole command
        wal_bytes = killharness.random_wal_point(rnd, prep) if i % 2 else None
        out = killharness.kill_once(prep, work, killharness.random_delay(rnd, prep) if wal_bytes is None
                                    else prep.duration * 3, rerun=case.check_rerun, wal_bytes=wal_bytes)
        key = (out.state if out.killed else "finished") + (" (in write)" if wal_bytes is not None else "")
        states[key] = states.get(key, 0) + 1
        passed += out.passed
        lost += out.data_lost
        if not out.passed:
            failures.append(out.detail)
        print(f"  {case.name}: run {i + 1}/{runs} {out.state}{'' if out.killed else ' (finished before the kill)'}"
              f"{'' if out.passed else ' FAILED ' + out.detail}", file=sys.stderr, flush=True)
    spread = ", ".join(f"{k} {v}" for k, v in sorted(states.items()))
    note = (f"size {size:,}, one run {prep.duration:.1f} s, WAL {prep.wal_peak / 1e6:.1f} MB; {spread}; "
            f"{time.perf_counter() - t0:.0f} s")
    if failures:
        note += "; first failure: " + failures[0][:200]
    return Row(case.name, runs, passed, lost, note)


def big_import(rows: int, folder: Path) -> list[Row]:
    """Import a ``rows``-row CSV in a fresh process; then import it again."""
    from app.storage.db import Database

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "big.db"
    Database.open(db, create=True).close()
    n_customers = max(100, rows // 100)
    cust = killharness.write_customers_csv(folder / "customers.csv", n_customers)
    inv = killharness.write_invoices_csv(folder / "big.csv", rows, n_customers, seed=9)
    killharness.ardesk(["--db", str(db), "import", "customers", str(cust)])
    size_mb = inv.stat().st_size / 1e6
    out = []
    for label in ("first", "again"):
        before = killharness.fingerprint(db)
        # measure the child alone: a wrapper process reports its own peak RSS
        code = ("import resource, subprocess, sys, time\n"
                "t = time.perf_counter()\n"
                "r = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
                "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
                "print(r.returncode, round(time.perf_counter() - t, 1), round(peak), flush=True)\n"
                "sys.stderr.write(r.stderr[-2000:])\n")
        r = subprocess.run([sys.executable, "-c", code, sys.executable, str(killharness.MAIN), "--db", str(db),
                            "--as-of", killharness.AS_OF, "import", "invoices", str(inv)],
                           capture_output=True, text=True, cwd=ROOT)
        rc, secs, peak = r.stdout.split()
        after = killharness.fingerprint(db)
        ok_integrity = killharness.integrity(db) == "ok"
        if label == "first":
            arrived = after["invoices"][0] - before["invoices"][0]
            good = rc == "0" and arrived == rows and ok_integrity
            lost = 0 if good or arrived in (0, rows) else 1
            note = (f"{size_mb:.0f} MB CSV, {secs} s ({rows / max(float(secs), 1e-9):,.0f} rows/s), "
                    f"peak RSS {peak} MB, {arrived:,} rows arrived")
        else:
            good = rc == "0" and after == before and ok_integrity
            lost = 0 if after["invoices"] == before["invoices"] else 1
            note = f"{secs} s, peak RSS {peak} MB, database {'unchanged' if after == before else 'CHANGED'}"
        if rc != "0":
            note += f"; exit {rc}: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ''}"
        out.append(Row(f"{rows:,}-row CSV import ({label})", 1, int(good), lost, note))
    return out


def print_table(rows: list[Row]) -> None:
    w = max(len(r.case) for r in rows)
    print(f"{'case':<{w}}  {'runs':>5}  {'passed':>6}  {'data lost':>9}  notes")
    print(f"{'-' * w}  -----  ------  ---------  -----")
    for r in rows:
        print(f"{r.case:<{w}}  {r.runs:>5}  {r.passed:>6}  {r.data_lost:>9}  {r.note}")
    runs = sum(r.runs for r in rows)
    passed = sum(r.passed for r in rows)
    lost = sum(r.data_lost for r in rows)
    verdict = "OK" if passed == runs and lost == 0 else "FAILED"
    print(f"\nsummary: {len(rows)} cases, {runs} runs, {passed} passed, {runs - passed} failed, "
          f"data lost {lost} - {verdict}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=50, help="kill -9 runs per case (default 50)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the kill cases' data sizes")
    ap.add_argument("--big-rows", type=int, default=1_000_000, help="rows of the big CSV import (0: skip)")
    ap.add_argument("--only", action="append", default=[], help="run only cases whose name contains this")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="ardesk-stress-"))
    rows: list[Row] = []
    try:
        for case in killharness.KILL_CASES:
            if args.only and not any(o in case.name for o in args.only):
                continue
            if "reconciliation" in case.name and not killharness.reconcile_available():
                rows.append(Row(case.name, 0, 0, 0, "skipped: no 'reconcile' command in this ARDesk"))
                continue
            size = max(1, int(KILL_SIZES.get(case.name, 10_000) * args.scale))
            case_dir = folder / case.name.replace(" ", "_").replace("-", "")
            rows.append(run_kill_case(case, args.runs, size, case_dir, rnd))
            shutil.rmtree(case_dir, ignore_errors=True)
        if args.big_rows and (not args.only or any(o in "big csv import" for o in args.only)):
            rows.extend(big_import(args.big_rows, folder / "big"))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print_table(rows)
    return 0 if all(r.passed == r.runs and r.data_lost == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
