"""Benchmark: the Invoices tab over 200,000 invoices (issue 3 §8).

    python bench/bench_invoice_list.py [--customers 20000] [--invoices 200000] [--db PATH] [--rebuild]

Builds (once, cached in the temp folder) a demo database with ``generate_demo``, then measures
with an offscreen QApplication:

* open: ``load_invoice_table`` + the default view (open invoices, by due date) + model reset +
  first paint of the QTableView — also end to end through ``InvoicesTab.reload()`` (worker);
* sort by amount, due date, customer name and number (header click → ``model.sort``);
* filter: status overdue, a text search, one customer, an issue-date range;
* memory: RSS growth from before the load to after the tab shows the list.

Prints figures next to the targets (open < 600 ms, sort < 200 ms, filter < 100 ms,
memory growth < 60 MB). Figures, not assertions.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ARDESK_DATA_DIR", tempfile.mkdtemp(prefix="ardesk-bench-"))

AS_OF = date(2026, 11, 23)
TARGETS = {"open": 600.0, "sort": 200.0, "filter": 100.0, "memory": 60.0}


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # peak, not current: only a fallback where /proc is missing

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def build_database(path: Path, customers: int, invoices: int) -> None:
    from app.services.demo import generate_demo
    from app.storage.db import Database

    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            p.unlink()
    t = time.perf_counter()
    with Database.open(path, create=True) as db:
        generate_demo(db, customers=customers, invoices=invoices, as_of=AS_OF)
    print(f"built {path} ({customers:,} customers, {invoices:,} invoices) "
          f"in {time.perf_counter() - t:.1f} s")


def cached_database(args) -> Path:
    if args.db:
        return Path(args.db)
    path = Path(tempfile.gettempdir()) / f"ardesk-bench-{args.customers}c-{args.invoices}i.db"
    ok = False
    if path.exists() and not args.rebuild:
        import sqlite3

        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            n = con.execute("SELECT COUNT(*) FROM invoice WHERE kind = 'invoice'").fetchone()[0]
            con.close()
            ok = n == args.invoices
        except sqlite3.Error:
            ok = False
    if not ok:
        build_database(path, args.customers, args.invoices)
    return path


def line(what: str, ms: float, target: float | None, extra: str = "") -> None:
    mark = "" if target is None else ("  ok" if ms < target else "  SLOW")
    tgt = "" if target is None else f"  (target < {target:.0f} ms){mark}"
    print(f"  {what:<38} {ms:8.1f} ms{tgt}{extra}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=20_000)
    ap.add_argument("--invoices", type=int, default=200_000)
    ap.add_argument("--db", help="use this database instead of the cached demo one")
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    path = cached_database(args)

    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from app.services.invoice_filters import COLUMNS, InvoiceFilter, InvoiceView
    from app.services.queries import load_invoice_table
    from app.storage.db import Database
    from app.ui.context import AppContext
    from app.ui.tablemodels.invoices import InvoiceTableModel
    from app.ui.tabs.invoices import InvoicesTab

    app = QApplication.instance() or QApplication([])
    db = Database.open(path, lock=False)
    with db.engine.connect() as conn:          # warm the connection pool and the OS file cache
        conn.exec_driver_sql("SELECT COUNT(*), SUM(amount_minor) FROM invoice").one()

    view_widget = QTableView()
    model = InvoiceTableModel()
    view_widget.setModel(model)
    view_widget.resize(1280, 800)
    view_widget.show()
    app.processEvents()
    gc.collect()
    rss0 = rss_mb()

    print(f"ARDesk invoice list benchmark — {path}")
    print("open")
    t0 = time.perf_counter()
    with db.engine.connect() as conn:
        table = load_invoice_table(conn, AS_OF)
    t1 = time.perf_counter()
    inv_view = InvoiceView(table)
    inv_view.sort_column = "due_date"
    inv_view.apply_filter(InvoiceFilter(status="open"))
    inv_view.open_totals()
    t2 = time.perf_counter()
    model.set_view(inv_view)
    view_widget.repaint()                       # first paint, synchronously
    t3 = time.perf_counter()
    n = len(table)
    line(f"load_invoice_table ({n:,} rows)", (t1 - t0) * 1000, None)
    line("default view (open, by due date) + totals", (t2 - t1) * 1000, None)
    line("model reset + first paint", (t3 - t2) * 1000, None)
    line("open total", (t3 - t0) * 1000, TARGETS["open"], f"  [{len(inv_view):,} rows shown]")

    print("sort (header click on all rows, first time for that column)")
    model_all = inv_view.apply_filter(InvoiceFilter(status="all"))
    model.refresh()
    for col in ("amount", "due_date", "customer", "number"):
        c = COLUMNS.index(col)
        t = time.perf_counter()
        model.sort(c, Qt.SortOrder.AscendingOrder)          # what a header click does
        view_widget.repaint()
        line(f"by {col}", (time.perf_counter() - t) * 1000, TARGETS["sort"])
    t = time.perf_counter()
    model.sort(COLUMNS.index("amount"), Qt.SortOrder.DescendingOrder)
    view_widget.repaint()
    line("by amount, descending", (time.perf_counter() - t) * 1000, TARGETS["sort"])
    del model_all

    print("filter (on the sorted list, with the summary totals)")
    some_customer_name = table.customer_names[table.customer[n // 2]]
    word = some_customer_name[:2]
    filters = [
        ("status overdue", InvoiceFilter(status="overdue")),
        ("status open", InvoiceFilter(status="open")),
        (f"text '{word}' (customer names)", InvoiceFilter(text=word)),
        ("text 'INV-2026-01' (numbers)", InvoiceFilter(text="INV-2026-01")),
        ("text 'zzz' (no match)", InvoiceFilter(text="zzz")),
        ("text 'inv' (matches nearly every row)", InvoiceFilter(text="inv")),
        ("one customer", InvoiceFilter(customer=table.customer[n // 2])),
        ("issue date in Q1 2026", InvoiceFilter(issue_from=date(2026, 1, 1), issue_to=date(2026, 3, 31))),
        ("all (clear filters)", InvoiceFilter()),
    ]
    for what, f in filters:
        t = time.perf_counter()
        inv_view.apply_filter(f)
        inv_view.open_totals()
        model.refresh()
        view_widget.repaint()
        line(what, (time.perf_counter() - t) * 1000, TARGETS["filter"], f"  [{len(inv_view):,} rows]")

    gc.collect()
    rss1 = rss_mb()
    growth = rss1 - rss0
    print("memory")
    print(f"  RSS before load {rss0:8.1f} MB, after load + sorts + filters {rss1:8.1f} MB")
    mark = "  ok" if growth < TARGETS["memory"] else "  HIGH"
    print(f"  growth                                 {growth:8.1f} MB  (target < 60 MB){mark}")

    # end to end through the tab: reload in a worker until the rows are on screen
    model.set_view(None)
    del inv_view, table
    gc.collect()
    ctx = AppContext(db, as_of=AS_OF)
    tab = InvoicesTab(ctx)
    tab.resize(1280, 800)
    tab.show()
    while tab.is_loading():                     # the tab's own first load
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
    print("tab (InvoicesTab.reload in a worker, until the list is painted)")
    for k in range(3):
        t = time.perf_counter()
        tab.reload()
        while tab.is_loading():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)
        tab.table_view().repaint()
        line(f"reload #{k + 1}", (time.perf_counter() - t) * 1000, TARGETS["open"],
             f"  [{tab.shown_count():,} rows shown]")
    tab.close()
    db.close()
    QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
