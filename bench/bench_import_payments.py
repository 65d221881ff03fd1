"""Benchmark: import 100,000 payment rows (half allocated to an invoice, half left as credit).

Builds a database with customers and invoices through the importers, then times
``import_file(db, "payments", …)`` (read + check + write with allocations, invoice balances and
audit rows), the re-import of the same file (every row unchanged, nothing written), and a bare
``sqlite3`` ``executemany`` of the same payment rows for scale. Prints figures; asserts nothing.

    python bench/bench_import_payments.py [--rows 100000] [--customers 2000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.importers import import_file  # noqa: E402
from app.storage.db import Database  # noqa: E402

AS_OF = date(2026, 11, 23)


def make_files(folder: Path, n_rows: int, n_customers: int, seed: int = 11):
    rnd = random.Random(seed)
    cust = folder / "customers.csv"
    with cust.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["客户编号", "客户名称", "币种"])
        for k in range(n_customers):
            w.writerow([f"C{k:05d}", f"客户{k}有限公司", "CNY"])
    n_inv = n_rows // 2
    inv = folder / "invoices.csv"
    invoices = []
    with inv.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["发票号码", "客户编号", "开票日期", "币种", "金额"])
        for k in range(n_inv):
            issue = date(2025, 1, 1) + timedelta(days=rnd.randrange(600))
            minor = rnd.randrange(10_000, 10_000_000)
            code = f"C{rnd.randrange(n_customers):05d}"
            w.writerow([f"INV{k:07d}", code, issue.isoformat(), "CNY", f"{minor / 100:.2f}"])
            invoices.append((f"INV{k:07d}", code, issue, minor))
    pay = folder / "payments.csv"
    bare = []
    with pay.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["回款日期", "客户编号", "币种", "收款金额", "发票号码", "摘要"])
        for k in range(n_rows):
            if k % 2 == 0:                       # pays part of an invoice
                number, code, issue, minor = invoices[k // 2]
                day = min(issue + timedelta(days=rnd.randrange(90)), AS_OF)
                amount = rnd.randrange(1, minor + 1)
            else:                                # unallocated credit
                number, code = "", f"C{rnd.randrange(n_customers):05d}"
                day = date(2025, 1, 1) + timedelta(days=rnd.randrange(690))
                amount = rnd.randrange(100, 5_000_000)
            w.writerow([day.isoformat(), code, "CNY", f"{amount // 100}.{amount % 100:02d}", number, f"TT{k:07d}"])
            bare.append((code, day.isoformat(), amount, f"TT{k:07d}"))
    return cust, inv, pay, bare


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--customers", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cust, inv, pay, bare = make_files(folder, args.rows, args.customers)
        with Database.open(folder / "bench.db", create=True) as db:
            import_file(db, "customers", cust, as_of=AS_OF)
            import_file(db, "invoices", inv, as_of=AS_OF)
            t0 = time.perf_counter()
            r = import_file(db, "payments", pay, as_of=AS_OF)
            t_import = time.perf_counter() - t0
            t0 = time.perf_counter()
            r2 = import_file(db, "payments", pay, as_of=AS_OF)
            t_again = time.perf_counter() - t0
        con = sqlite3.connect(folder / "bare.db")
        con.execute("CREATE TABLE payment (id INTEGER PRIMARY KEY, customer TEXT, date TEXT, amount INTEGER, "
                    "reference TEXT)")
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO payment (customer, date, amount, reference) VALUES (?, ?, ?, ?)", bare)
        t_bare = time.perf_counter() - t0
        con.close()
    n = args.rows
    print(f"payments import: {n:,} rows ({r.new:,} new) in {t_import:.2f} s = {n / t_import:,.0f} rows/s "
          f"(read + check + write: payments, {n // 2:,} allocations, invoice balances, audit)")
    print(f"re-import of the same file: {r2.unchanged:,} unchanged, {r2.new} new in {t_again:.2f} s "
          f"= {n / t_again:,.0f} rows/s")
    print(f"bare sqlite3 executemany of the payment rows into a 4-column table without indexes: {t_bare:.3f} s "
          f"(scale only: the import also checks every row and writes {n // 2:,} allocations, invoice "
          f"balances and {n * 2:,} audit rows); ratio import / bare = {t_import / t_bare:.1f}")


if __name__ == "__main__":
    main()
