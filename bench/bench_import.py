"""Benchmark: import 100,000 invoice rows from CSV (target ≥ 25,000 rows/s end to end).

Generates a customers CSV and a 100,000-row invoices CSV in a temporary folder, imports both
into a fresh database with ``import_file`` (read + check + write, audit rows included), and
compares with a bare ``sqlite3`` ``executemany`` of the same invoice rows into the same table
of another fresh database. Then imports the file (and again, all unchanged) in a fresh child
process each, as the CLI does, and prints the time and the child's peak RSS - a file above
``stream_above()`` (8 MB) is read in parts, so the peak stays bounded whatever the row count;
``--compare-loaded`` also times the same file loaded whole. Prints figures; asserts nothing.

    python bench/bench_import.py [--rows 100000] [--customers 2000] [--xlsx] [--compare-loaded]
    python bench/bench_import.py --rows 1000000 --customers 10000     # the 1M-row figure
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.importers import apply_import, import_file, plan_import, read_table, stream_above  # noqa: E402
from app.storage.db import Database  # noqa: E402

AS_OF = date(2026, 11, 23)


def make_files(folder: Path, n_rows: int, n_customers: int, seed: int = 7):
    rnd = random.Random(seed)
    cust = folder / "customers.csv"
    with cust.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["客户编号", "客户名称", "币种", "账期(天)"])
        for k in range(n_customers):
            w.writerow([f"C{k:05d}", f"客户{k}有限公司", "CNY", rnd.choice((30, 45, 60))])
    inv = folder / "invoices.csv"
    rows = []
    start = date(2025, 1, 1)
    with inv.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["发票号码", "客户编号", "开票日期", "到期日", "币种", "价税合计"])
        for k in range(n_rows):
            issue = start + timedelta(days=rnd.randrange(680))
            due = issue + timedelta(days=30)
            minor = rnd.randrange(100, 50_000_000)
            amount = f"{minor // 100:,}.{minor % 100:02d}"
            code = f"C{rnd.randrange(n_customers):05d}"
            w.writerow([f"INV{k:07d}", code, issue.isoformat(), due.isoformat(), "CNY", amount])
            rows.append((f"INV{k:07d}", code, issue.isoformat(), due.isoformat(), minor))
    return cust, inv, rows


def make_xlsx(folder: Path, inv_csv: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("invoices")
    with inv_csv.open(encoding="utf-8-sig") as f:
        r = csv.reader(f)
        ws.append(next(r))
        for num, code, issue, due, cur, amount in r:
            ws.append([num, code, date.fromisoformat(issue), date.fromisoformat(due), cur,
                       float(amount.replace(",", ""))])
    out = folder / "invoices.xlsx"
    wb.save(out)
    return out


def bare_executemany(folder: Path, cust_csv: Path, rows) -> float:
    """The same invoice rows through sqlite3 executemany into the same schema (no checks)."""
    path = folder / "bare.db"
    Database.open(path, create=True).close()
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    with cust_csv.open(encoding="utf-8-sig") as f:
        r = csv.reader(f)
        next(r)
        con.execute("BEGIN")
        con.executemany("INSERT INTO customer (code, name, contact, email, phone, address, currency, "
                        "terms_days, language, notes, active, created_at) "
                        "VALUES (?, ?, '', '', '', '', ?, ?, 'zh', '', 1, '2026-11-23')",
                        [(c[0], c[1], c[2], int(c[3])) for c in r])
        con.execute("COMMIT")
    ids = dict(con.execute("SELECT code, id FROM customer"))
    data = [(n, ids[c], i, d, m, m) for n, c, i, d, m in rows]
    t0 = time.perf_counter()
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO invoice (number, kind, customer_id, issue_date, due_date, currency, amount_minor, "
        "open_minor, status, disputed, dispute_reason, po, cancel_reason, notes, created_at) "
        "VALUES (?, 'invoice', ?, ?, ?, 'CNY', ?, ?, 'open', 0, '', '', '', '', '2026-11-23')", data)
    con.execute("COMMIT")
    t = time.perf_counter() - t0
    con.close()
    return t


_CHILD = """
import json, resource, sys, time
from datetime import date
sys.path.insert(0, sys.argv[1])
from app.services.importers import import_file
from app.storage.db import Database
stream = None if sys.argv[4] == 'loaded' else -1
with Database.open(sys.argv[2]) as db:
    t = time.perf_counter()
    r = import_file(db, 'invoices', sys.argv[3], as_of=date(2026, 11, 23), stream_bytes=stream)
    secs = time.perf_counter() - t
try:        # this process's own high-water mark (ru_maxrss would include the forked parent's pages)
    peak = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({'secs': secs, 'peak_mb': peak, 'new': r.new, 'unchanged': r.unchanged,
                  'streamed': r.plan.table.streamed}))
"""


def in_child(db: Path, inv: Path, mode: str) -> dict:
    """``import_file`` in a fresh process: seconds, that process's peak RSS, counts."""
    root = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run([sys.executable, "-c", _CHILD, root, str(db), str(inv), mode], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_figures(folder: Path, cust: Path, inv: Path, rows: int, mode: str) -> None:
    db = folder / f"child-{mode}.db"
    with Database.open(db, create=True) as d:
        import_file(d, "customers", cust, as_of=AS_OF)
    for label in ("first", "again"):
        f = in_child(db, inv, mode)
        how = "streamed" if f["streamed"] else "loaded whole"
        print(f"  {label:5} import in a fresh process ({how}): {f['secs']:.1f} s = {rows / f['secs']:,.0f} rows/s, "
              f"peak RSS {f['peak_mb']:.0f} MB (new {f['new']:,}, unchanged {f['unchanged']:,})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--customers", type=int, default=2_000)
    ap.add_argument("--xlsx", action="store_true", help="also time the same rows as an .xlsx file")
    ap.add_argument("--compare-loaded", action="store_true",
                    help="also import in a child process with the file loaded whole (today's small-file path)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="ardesk-bench-") as tmp:
        folder = Path(tmp)
        cust, inv, rows = make_files(folder, args.rows, args.customers)
        print(f"invoices.csv: {args.rows:,} rows, {inv.stat().st_size / 1e6:.1f} MB; "
              f"{args.customers:,} customers")
        with Database.open(folder / "bench.db", create=True) as db:
            t0 = time.perf_counter()
            rc = import_file(db, "customers", cust, as_of=AS_OF)
            t_c = time.perf_counter() - t0
            t0 = time.perf_counter()
            ri = import_file(db, "invoices", inv, as_of=AS_OF)
            t_i = time.perf_counter() - t0
            t0 = time.perf_counter()
            again = import_file(db, "invoices", inv, as_of=AS_OF)
            t_again = time.perf_counter() - t0
        assert ri.new == args.rows and again.unchanged == args.rows
        print(f"customers import: {rc.new:,} in {t_c:.2f} s")
        print(f"invoice import (read + check + write + audit): {t_i:.2f} s = "
              f"{args.rows / t_i:,.0f} rows/s (target >= 25,000)")
        print(f"re-import of the same file (all unchanged): {t_again:.2f} s = "
              f"{args.rows / t_again:,.0f} rows/s")
        with Database.open(folder / "phases.db", create=True) as db:
            import_file(db, "customers", cust, as_of=AS_OF)
            t0 = time.perf_counter()
            table = read_table(inv, stream_above=stream_above())
            t1 = time.perf_counter()
            plan = plan_import(db, "invoices", table, as_of=AS_OF)
            t2 = time.perf_counter()
            apply_import(db, plan)
            t3 = time.perf_counter()
        print(f"  phases ({'streamed' if table.streamed else 'loaded whole'}): read {t1 - t0:.2f} s, "
              f"check {t2 - t1:.2f} s, write (invoices + audit) {t3 - t2:.2f} s")
        if args.xlsx:
            xlsx = make_xlsx(folder, inv)
            with Database.open(folder / "xlsx.db", create=True) as db:
                import_file(db, "customers", cust, as_of=AS_OF)
                t0 = time.perf_counter()
                rx = import_file(db, "invoices", xlsx, as_of=AS_OF)
                t_x = time.perf_counter() - t0
            print(f"same rows as .xlsx (openpyxl read-only): {t_x:.2f} s = {rx.new / t_x:,.0f} rows/s")
        print("CLI-like import (python main.py import invoices FILE):")
        child_figures(folder, cust, inv, args.rows, "default")
        if args.compare_loaded:
            child_figures(folder, cust, inv, args.rows, "loaded")
        t_bare = bare_executemany(folder, cust, rows)
        print(f"bare sqlite3 executemany of the same rows: {t_bare:.2f} s = "
              f"{args.rows / t_bare:,.0f} rows/s")
        print(f"ratio import / bare executemany: {t_i / t_bare:.1f}x the time")


if __name__ == "__main__":
    main()
