"""Checking and writing a streamed invoices table (a big file) with bounded memory.

Pass 1 (``plan_invoices_streamed``) reads the file in parts (``Table.chunks``) and runs the same
row checks as a loaded file (``InvoiceChecker``). What must outlive a part goes to a temporary
SQLite database (``Scratch``, deleted when the plan is dropped): one small row per invoice number
(index, Excel row, what the row is - invalid / new / unchanged / conflict - and for new rows the
customer, currency, amount and kind, for the credit gate and the counts) and every error. After
the last part, duplicate numbers are found there with SQL, and the plan gets its counts, the
first ``MAX_KEPT_ERRORS`` errors (``plan.errors``) and the credit gate's totals per customer.

Date order and decimal mark are decided from the first part's evidence, while the evidence of
every part is gathered; if the whole file decides otherwise (a contradicting value further
down), pass 1 runs again with the whole file's decision, so the outcome is the same as for a
loaded file.

Pass 2 (``new_records``, called by ``apply_import`` inside its one transaction) reads the file
again, checks each row again (same code) and yields, part by part, the records of the rows pass 1
found new. The file must be unchanged (``Table.chunks`` checks size, time and SHA-256) and every
row must check as it did; otherwise a ``UserError`` and the transaction rolls back.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Iterator

from sqlalchemy import Connection

from ...errors import RowError, UserError
from ...i18n import T
from .planning import ErrorSink, ImportOptions, ImportPlan, check_required_columns, resolve_mapping
from .plan_invoices import (CANCELLED, PAID, InvoiceChecker, InvoiceRecord, _existing, conflict_message,
                            duplicate_message, new_plan)
from .table import Table
from .values import DateOrderEvidence, DecimalEvidence

MAX_KEPT_ERRORS = 1000          # errors a streamed plan keeps in memory (all are in the scratch db)

INVALID, NEW, UNCHANGED, CONFLICT, DUPLICATE = 0, 1, 2, 3, 4
CREDIT_NOTE, PAID_FLAG, OWED = 1, 2, 4      # flags of a new row


class Scratch:
    """A private temporary SQLite database (SQLite deletes it when it is closed)."""

    def __init__(self) -> None:
        try:
            self.con = sqlite3.connect("", check_same_thread=False, isolation_level=None)
            self.con.executescript("""
                PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16000;
                CREATE TABLE k (idx INTEGER PRIMARY KEY, number TEXT NOT NULL, row INTEGER NOT NULL,
                                cls INTEGER NOT NULL, details TEXT, cust INTEGER, code TEXT,
                                currency TEXT, amount INTEGER, flags INTEGER);
                CREATE TABLE e (seq INTEGER PRIMARY KEY, idx INTEGER NOT NULL, row INTEGER NOT NULL,
                                col TEXT NOT NULL, msg TEXT NOT NULL, params TEXT NOT NULL);
            """)
        except sqlite3.Error as exc:
            raise _space_error(exc) from None

    def run(self, sql: str, args=()) -> sqlite3.Cursor:
        try:
            return self.con.execute(sql, args)
        except sqlite3.Error as exc:
            raise _space_error(exc) from None

    def many(self, sql: str, rows: list) -> None:
        if rows:
            try:
                self.con.executemany(sql, rows)
            except sqlite3.Error as exc:
                raise _space_error(exc) from None

    def close(self) -> None:
        self.con.close()


def _space_error(exc: sqlite3.Error) -> UserError:
    return UserError(T("The file cannot be checked: the temporary space for big files is not usable "
                       "({reason})."), reason=str(exc))


class StreamState:
    """What a streamed plan keeps: counts and the scratch database."""

    def __init__(self, scratch: Scratch) -> None:
        self.scratch = scratch
        self.rows = self.new = self.unchanged = self.conflicts = self.rejected = self.errors = 0
        self.credit_notes = self.paid = 0

    def __del__(self) -> None:
        try:
            self.scratch.close()
        except Exception:      # interpreter shutdown
            pass

    def credit_items(self) -> list[tuple[int, int, str]]:
        """(customer id, total of the new open invoices, currency) per customer and currency."""
        return [tuple(r) for r in self.scratch.run(  # type: ignore[misc]
            "SELECT cust, SUM(amount), currency FROM k WHERE cls = ? AND flags & ? AND cust IS NOT NULL "
            "GROUP BY cust, currency ORDER BY cust, currency", (NEW, OWED))]

    def new_customer_ids(self) -> set[int]:
        return {r[0] for r in self.scratch.run("SELECT DISTINCT cust FROM k WHERE cls = ?", (NEW,))}

    def new_indexes(self, first: int, last: int) -> set[int]:
        return {r[0] for r in self.scratch.run(
            "SELECT idx FROM k WHERE idx BETWEEN ? AND ? AND cls = ?", (first, last, NEW))}

    def errors_between(self, first: int, last: int, file: str) -> dict[int, list[RowError]]:
        """Every error of the rows with index first..last, by index, in the order reported."""
        out: dict[int, list[RowError]] = {}
        for idx, row, col, msg, params in self.scratch.run(
                "SELECT idx, row, col, msg, params FROM e WHERE idx BETWEEN ? AND ? ORDER BY idx, seq",
                (first, last)):
            out.setdefault(idx, []).append(RowError(file, row, col, msg, json.loads(params)))
        return out


class _ScratchSink(ErrorSink):
    """Errors go to the scratch database (in batches)."""

    def __init__(self, plan: ImportPlan, scratch: Scratch) -> None:
        super().__init__(plan)
        self.scratch = scratch
        self.buffer: list[tuple] = []

    def emit(self, index: int, e: RowError) -> None:
        self.buffer.append((index, e.row, e.column, e.message, json.dumps(dict(e.params), ensure_ascii=False)))
        if len(self.buffer) >= 5000:
            self.flush()

    def flush(self) -> None:
        self.scratch.many("INSERT INTO e (idx, row, col, msg, params) VALUES (?, ?, ?, ?, ?)", self.buffer)
        self.buffer = []


class _NullSink(ErrorSink):
    """Pass 2: errors were reported in pass 1; a row that fails now is caught by its index."""

    def emit(self, index: int, e: RowError) -> None:
        pass


def plan_invoices_streamed(conn: Connection, table: Table, options: ImportOptions, as_of: date,
                           customers_plan: ImportPlan | None, progress=None) -> ImportPlan:
    plan = _pass1(conn, table, options, as_of, customers_plan, progress, None)
    if plan.stream is not None and plan.stream.redo:  # type: ignore[attr-defined]
        # a value after the first part decided the date order or decimal mark otherwise
        plan = _pass1(conn, table, options, as_of, customers_plan, progress,
                      (plan.date_order, plan.decimal_mark))
    return plan


def _pass1(conn: Connection, table: Table, options: ImportOptions, as_of: date,
           customers_plan: ImportPlan | None, progress, decided) -> ImportPlan:
    mapping = resolve_mapping("invoices", table, options)
    date_cols = [c for c in (mapping.get("issue_date"), mapping.get("due_date"), mapping.get("paid_date"))
                 if c is not None]
    c_amt = mapping.get("amount")
    dates, decimals = DateOrderEvidence(), DecimalEvidence()

    def gather(numbers: list[int], rows: list[list[object]]) -> None:
        for k, c in enumerate(date_cols):
            for n, r in zip(numbers, rows):
                dates.feed(k, n, r[c] if c < len(r) else "")
        if c_amt is not None:
            for n, r in zip(numbers, rows):
                decimals.feed(n, r[c_amt] if c_amt < len(r) else "")

    plan = sink = checker = None
    scratch = Scratch()
    state = StreamState(scratch)
    state.redo = False  # type: ignore[attr-defined]
    estimate = _estimate_rows(table)
    if progress is not None:
        progress.start(estimate, T("Checking rows"))
    for start, rows, numbers in table.chunks():
        gather(numbers, rows)
        if plan is None:
            order, dec = decided or (dates.decision(options.date_order), decimals.decision(options.decimal_mark))
            plan = new_plan(table, options, as_of, customers_plan, order, dec)
            plan.stream = state
            if not check_required_columns(plan):
                return plan
            sink = _ScratchSink(plan, scratch)
            checker = InvoiceChecker(conn, plan, sink, customers_plan)
        assert sink is not None and checker is not None
        if progress is not None:
            if start + len(rows) > estimate:
                estimate = start + len(rows) + table.chunk_rows
                progress.start(estimate, T("Checking rows"))
            progress.step(start, T("Checking rows"))
        sink.part(start, numbers)
        keys, good = checker.check_part(start, rows)
        _store_part(scratch, conn, checker, numbers, start, keys, good)
        sink.flush()
        state.rows = start + len(rows)
    if plan is None:       # no data rows at all (a header only)
        plan = new_plan(table, options, as_of, customers_plan, dates.decision(options.date_order),
                        decimals.decision(options.decimal_mark))
        plan.stream = state
        check_required_columns(plan)
        return plan
    assert sink is not None and checker is not None
    if decided is None:
        final_order, final_dec = dates.decision(options.date_order), decimals.decision(options.decimal_mark)
        if final_order.order != plan.date_order.order or final_dec.mark != plan.decimal_mark.mark:
            state.redo = True  # type: ignore[attr-defined]
        plan.date_order, plan.decimal_mark = final_order, final_dec
        if state.redo:  # type: ignore[attr-defined]
            return plan
    _finish(plan, state, sink)
    checker.note_paid_without_date()
    if progress is not None:
        progress.step(max(estimate, state.rows), T("Checking rows"))
    return plan


def _estimate_rows(table: Table) -> int:
    """Data rows expected from the file size and the preview rows' average size."""
    try:
        size = table.path.stat().st_size
    except OSError:
        return len(table.rows) or 1
    if not table.rows:
        return 1
    sample = sum(len(",".join(str(c) for c in r)) + 2 for r in table.rows[:200]) / min(len(table.rows), 200)
    return max(len(table.rows), int(size / max(sample, 1.0)))


def _store_part(scratch: Scratch, conn: Connection, checker: InvoiceChecker, numbers: list[int],
                start: int, keys: list[tuple[str, int]], good: list) -> None:
    """One row in ``k`` per usable invoice number: valid rows classified against the database."""
    existing = _existing(conn, [g.number for g in good])
    info: dict[int, tuple] = {}
    for g in good:
        old = existing.get(g.number)
        if old is None:
            flags = ((CREDIT_NOTE if g.kind == "credit_note" else 0) | (PAID_FLAG if g.status == PAID else 0)
                     | (OWED if g.kind == "invoice" and g.status not in (PAID, CANCELLED) else 0))
            info[g.i] = (NEW, None, g.cust.id, g.cust.code, g.currency, g.amount, flags)
            continue
        diffs = checker.differences(g, old)
        info[g.i] = (CONFLICT, "; ".join(diffs), None, None, None, None, 0) if diffs else \
            (UNCHANGED, None, None, None, None, None, 0)
    blank = (INVALID, None, None, None, None, None, 0)
    scratch.many("INSERT INTO k (idx, number, row, cls, details, cust, code, currency, amount, flags) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 [(i, number, numbers[i - start], *info.get(i, blank)) for number, i in keys])


def _finish(plan: ImportPlan, state: StreamState, sink: _ScratchSink) -> None:
    """Duplicates, conflicts, counts and the kept errors, once every part is checked."""
    sc = state.scratch
    sc.run("CREATE INDEX k_number ON k (number)")
    sc.run("CREATE TEMP TABLE dup AS SELECT number FROM k GROUP BY number HAVING COUNT(*) > 1")
    number, members = None, []
    for num, idx, row in _iter(sc, "SELECT number, idx, row FROM k WHERE number IN (SELECT number FROM dup) "
                                   "ORDER BY number, idx", ()):
        if num != number and members:
            duplicate_message(sink, number, members)  # type: ignore[arg-type]
            members = []
        number = num
        members.append((idx, row))
    if members:
        duplicate_message(sink, number, members)  # type: ignore[arg-type]
    sink.flush()
    sc.run("UPDATE k SET cls = ? WHERE cls IN (?, ?, ?) AND number IN (SELECT number FROM dup)",
           (DUPLICATE, NEW, UNCHANGED, CONFLICT))
    for idx, row, number, details in _iter(sc, "SELECT idx, row, number, details FROM k WHERE cls = ? ORDER BY idx",
                                           (CONFLICT,)):
        conflict_message(sink, idx, row, number, details)
    sink.flush()
    sc.run("CREATE INDEX e_idx ON e (idx, seq)")
    counts = dict(sc.run("SELECT cls, COUNT(*) FROM k GROUP BY cls").fetchall())
    state.new = counts.get(NEW, 0)
    state.unchanged = counts.get(UNCHANGED, 0)
    state.conflicts = counts.get(CONFLICT, 0)
    state.credit_notes, state.paid = sc.run(
        "SELECT COALESCE(SUM(flags & ? != 0), 0), COALESCE(SUM(flags & ? != 0), 0) FROM k WHERE cls = ?",
        (CREDIT_NOTE, PAID_FLAG, NEW)).fetchone()
    state.errors, state.rejected = sc.run("SELECT COUNT(*), COUNT(DISTINCT idx) FROM e").fetchone()
    kept = sc.run("SELECT idx, row, col, msg, params FROM e ORDER BY row, seq LIMIT ?", (MAX_KEPT_ERRORS,))
    for idx, row, col, msg, params in kept.fetchall():
        e = RowError(plan.file, row, col, msg, json.loads(params))
        plan.errors.append(e)
        plan.rejected.setdefault(idx, []).append(e)


def _iter(sc: Scratch, sql: str, args: tuple) -> Iterator[tuple]:
    """Rows of a query in batches (the scratch database is written meanwhile: read first)."""
    cur = sc.run(sql, args)
    while batch := cur.fetchmany(5000):
        yield from batch


def new_records(conn: Connection, plan: ImportPlan) -> Iterator[list[InvoiceRecord]]:
    """Pass 2: the new rows' records, part by part, from the file read again."""
    state: StreamState = plan.stream  # type: ignore[assignment]
    sink = _NullSink(plan)
    checker = InvoiceChecker(conn, plan, sink, plan.customers_plan)
    seen = 0
    for start, rows, numbers in plan.table.chunks():
        sink.part(start, numbers)
        wanted = state.new_indexes(start, start + len(rows) - 1)
        _keys, good = checker.check_part(start, rows)
        out = [g.record(numbers[g.i - start]) for g in good if g.i in wanted]
        if len(out) != len(wanted):
            raise _changed(plan)
        seen += len(out)
        yield out
    if seen != state.new:
        raise _changed(plan)


def _changed(plan: ImportPlan) -> UserError:
    return UserError(T("{file}: the rows or the database changed after the file was checked; nothing "
                       "was imported. Check the file again."), file=plan.file)
