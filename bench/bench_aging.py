"""Aging through the service vs one hand-written SQL query computing the same buckets.

    python bench/bench_aging.py [--db /tmp/big.db] [--as-of 2026-11-23] [--repeat 7]

The database (20,000 customers × 200,000 invoices) is built once with the demo generator and
kept (same as ``python main.py demo --customers 20000 --invoices 200000 --db /tmp/big.db
--as-of 2026-11-23``). Both sides run on the same connection (same pragmas, same page cache),
interleaved, best of ``--repeat``; the ratio is service / reference (target ≤ 1.1).

The references are written here from the schema, not from app code: open amount of each invoice
on the date = amount − allocations in effect − write-offs in effect, issued on or before the
date and not cancelled by then, grouped per customer and currency into the 7 default buckets.
"plain" is the query as one would first write it (SQLite flattens the CTE and walks invoices
per customer: slow); "tuned" keeps the open amounts in a materialised CTE and scans allocations
without an index (the fastest form found). The ratio is taken against the faster of the two.
The service additionally joins customer codes and names, reports open credit notes and
unapplied payments, and converts to the home currency; the last lines split its time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services import aging as AG  # noqa: E402
from app.services.asof import unapplied_payments, unapplied_payments_plain  # noqa: E402
from app.storage.db import Database  # noqa: E402

_LIVE_A = "a.date <= :d AND (a.undone_at IS NULL OR date(a.undone_at, 'localtime') > :d)"
_LIVE_W = "w.date <= :d AND (w.reversed_at IS NULL OR date(w.reversed_at, 'localtime') > :d)"


def _bucket_sums(bounds) -> str:
    # not due: due ≥ d; then (d − hi_k ≤ due < d − hi_(k−1)); last: due < d − hi_last
    edges = ["d0"] + [f"e{b}" for b in bounds]
    parts = ["SUM(CASE WHEN due_date >= :d0 THEN open_minor ELSE 0 END)"]
    for lo, hi in zip(edges, edges[1:]):
        parts.append(f"SUM(CASE WHEN due_date < :{lo} AND due_date >= :{hi} THEN open_minor ELSE 0 END)")
    parts.append(f"SUM(CASE WHEN due_date < :{edges[-1]} THEN open_minor ELSE 0 END)")
    return ",\n  ".join(parts)


def reference_sql(bounds, tuned: bool) -> str:
    mat = " MATERIALIZED" if tuned else ""
    scan = " NOT INDEXED" if tuned else ""
    return f"""
WITH applied AS (
  SELECT a.invoice_id, SUM(a.amount_minor) AS amt FROM allocation a{scan} WHERE {_LIVE_A}
  GROUP BY a.invoice_id
), written AS (
  SELECT w.invoice_id, SUM(w.amount_minor) AS amt FROM write_off w WHERE {_LIVE_W}
  GROUP BY w.invoice_id
), open_inv AS{mat} (
  SELECT i.customer_id, i.currency, i.due_date,
         i.amount_minor - COALESCE(ap.amt, 0) - COALESCE(wr.amt, 0) AS open_minor
  FROM invoice i
  LEFT JOIN applied ap ON ap.invoice_id = i.id
  LEFT JOIN written wr ON wr.invoice_id = i.id
  WHERE i.kind = 'invoice' AND i.issue_date <= :d AND (i.cancelled_on IS NULL OR i.cancelled_on > :d)
)
SELECT customer_id, currency,
  {_bucket_sums(bounds)}
FROM open_inv WHERE open_minor > 0
GROUP BY customer_id, currency
"""


def reference_params(as_of: date, bounds) -> dict:
    p = {"d": as_of.isoformat(), "d0": as_of.isoformat()}
    p.update({f"e{b}": (as_of - timedelta(days=b)).isoformat() for b in bounds})
    return p


def ensure_db(path: Path, as_of: date) -> None:
    if path.exists():
        return
    from app.cli import create_demo_database
    print(f"building {path} (20,000 customers × 200,000 invoices, once) …", flush=True)
    t = time.perf_counter()
    create_demo_database(path, as_of, customers=20_000, invoices=200_000)
    print(f"  built in {time.perf_counter() - t:.1f} s")


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=Path("/tmp/big.db"))
    ap.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 23))
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    ensure_db(args.db, args.as_of)
    bounds = AG.DEFAULT_BOUNDS
    as_of = args.as_of

    with Database.open(args.db) as db, db.engine.connect() as conn:
        raw = conn.connection.driver_connection       # the same sqlite3 connection and snapshot
        n_inv = raw.execute("SELECT count(*) FROM invoice").fetchone()[0]
        n_cust = raw.execute("SELECT count(*) FROM customer").fetchone()[0]
        print(f"{args.db}: {n_cust:,} customers, {n_inv:,} invoices and credit notes; as of {as_of}")
        params = reference_params(as_of, bounds)
        refs = {name: reference_sql(bounds, tuned) for name, tuned in (("plain", False), ("tuned", True))}

        # the same figures?
        report = AG.aging(conn, as_of)
        svc = {(r.customer_id, r.currency): r.amounts for r in report.rows if r.total}
        for name, sql in refs.items():
            got = {(cid, cur): tuple(row) for cid, cur, *row in raw.execute(sql, params).fetchall()}
            assert got == svc, f"reference {name} disagrees with the service"
        print(f"same buckets: {len(svc):,} customer × currency rows, "
              f"{sum(len(t.amounts) for t in report.totals)} bucket totals")

        times: dict[str, list[float]] = {"plain": [], "tuned": [], "service": []}
        for _ in range(args.repeat):        # interleaved: load from other processes hits all alike
            for name, sql in refs.items():
                times[name].append(timed(lambda: raw.execute(sql, params).fetchall())[0])
            times["service"].append(timed(lambda: AG.aging(conn, as_of))[0])
        best = {k: min(v) for k, v in times.items()}
        med = {k: statistics.median(v) for k, v in times.items()}
        for k in times:
            print(f"  {k:8s} best {best[k]:.3f} s   median {med[k]:.3f} s")
        ref = min(best["plain"], best["tuned"])
        ref_med = min(med["plain"], med["tuned"])
        print(f"ratio service / hand-written SQL: {best['service'] / ref:.2f} (best), "
              f"{med['service'] / ref_med:.2f} (median); vs the plain query "
              f"{best['service'] / best['plain']:.2f}")

        # where the service's time goes
        nb = len(report.buckets)
        sp = {"as_of": as_of.isoformat(), "cur": None, "cid": None}
        sp.update(AG._edges(report.buckets, as_of))
        grouped = AG._grouped_sql("due_date", nb)
        g = min(timed(lambda: raw.execute(grouped, sp).fetchall())[0] for _ in range(3))
        u = min(timed(lambda: unapplied_payments(conn, as_of))[0] for _ in range(3))
        u_plain, slow = timed(lambda: unapplied_payments_plain(conn, as_of))
        assert slow == unapplied_payments(conn, as_of)
        print(f"  service parts: grouped buckets + credit notes {g:.3f} s, unapplied payments "
              f"{u:.3f} s (summed over every payment: {u_plain:.3f} s, same result), "
              f"rest (rows, totals, FX) {max(0.0, best['service'] - g - u):.3f} s")

        # other calls of the tab, for the record
        cid, cur = next(iter(svc))
        t_items, items = timed(lambda: AG.aging_items(conn, as_of, cid, cur))
        t_issue, _ = timed(lambda: AG.aging(conn, as_of, basis="issue"))
        t_past, _ = timed(lambda: AG.aging(conn, date(as_of.year - 1, as_of.month, 1)))
        print(f"  drill-down (one customer, {len(items)} items) {t_items:.3f} s; by issue date "
              f"{t_issue:.3f} s; a year earlier {t_past:.3f} s")
        from app.services import kpis as K
        t_k, k = timed(lambda: K.compute_kpis(conn, as_of))
        t_t, _ = timed(lambda: K.kpi_trend(conn, as_of, currency=k.currency))
        t_c, st = timed(lambda: K.customer_payment_stats(conn, as_of, currency=k.currency))
        print(f"  kpis {t_k:.3f} s (DSO {k.dso}, CEI {k.cei_pct} %); 12-month trend {t_t:.3f} s; "
              f"days to pay for {len(st):,} customers {t_c:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
