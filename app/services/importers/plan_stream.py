"""Checking and writing a streamed invoices table (a big file) with bounded memory.

The check (``plan_invoices_streamed``) reads the file in parts (``Table.chunks``, which also
proves that the file is still the one ``read_table`` saw: size, time, SHA-256) and runs the same
row checks as for a loaded file (``InvoiceChecker``). What must outlive a part goes to a
temporary SQLite database (``Scratch``, deleted by SQLite when the plan is dropped): one row per
invoice number (index, Excel row, what the row is - invalid / new / unchanged / conflict - and
for a new row its record, ready to write) and every error. After the last part, duplicate
numbers are found there with SQL, and the plan gets its counts, the first ``MAX_KEPT_ERRORS``
errors (``plan.errors``) and the credit gate's totals per customer and currency.

Date order and decimal mark are decided from the first part's evidence, while the evidence of
every part is gathered; if the whole file decides otherwise (a contradicting value further
down), pass 1 runs again with the whole file's decision, so the outcome is the same as for a
loaded file.

Writing (``new_records``, called by ``apply_import`` inside its one transaction) reads the new
records back from the scratch database in parts: what is written is exactly what was checked,
as with a loaded file, whatever happens to the file afterwards. ``write_rejected_csv`` reads the
file again for the rejected rows' cells (a changed file is refused with a clean error).
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
                                cls INTEGER NOT NULL, details TEXT);
                CREATE TABLE n (idx INTEGER PRIMARY KEY, cust INTEGER, code TEXT NOT NULL,
                                currency TEXT NOT NULL, amount INTEGER NOT NULL, flags INTEGER NOT NULL,
                                kind TEXT NOT NULL, issue TEXT NOT NULL, due TEXT NOT NULL,
                                status TEXT NOT NULL, po TEXT NOT NULL, paid TEXT);
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

    def begin(self) -> None:
        self.run("BEGIN")

    def commit(self) -> None:
        self.run("COMMIT")

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
        self.redo = False         # the whole file decided date order / decimal mark otherwise

    def __del__(self) -> None:
        try:
            self.scratch.close()
        except Exception:      # interpreter shutdown
            pass

    def credit_items(self) -> list[tuple[int, int, str]]:
        """(customer id, total of the new open invoices, currency) per customer and currency."""
        return [tuple(r) for r in self.scratch.run(  # type: ignore[misc]
            "SELECT cust, SUM(amount), currency FROM k JOIN n USING (idx) WHERE cls = ? AND flags & ? "
            "AND cust IS NOT NULL GROUP BY cust, currency ORDER BY cust, currency", (NEW, OWED))]

    def new_customer_ids(self) -> set[int]:
        return {r[0] for r in self.scratch.run("SELECT DISTINCT cust FROM k JOIN n USING (idx) WHERE cls = ?",
                                               (NEW,))}

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


def plan_invoices_streamed(conn: Connection, table: Table, options: ImportOptions, as_of: date,
                           customers_plan: ImportPlan | None, progress=None) -> ImportPlan:
    plan = _pass1(conn, table, options, as_of, customers_plan, progress, None)
    if plan.stream is not None and plan.stream.redo:
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
        seen, feed = dates.seen, dates.feed
        for k, c in enumerate(date_cols):
            for n, r in zip(numbers, rows):
                v = r[c] if c < len(r) else ""
                if v.__class__ is str and v in seen:        # known not to be a/b/yyyy: no evidence
                    continue
                feed(k, n, v)
        if c_amt is not None:
            feed_amount = decimals.feed
            for n, r in zip(numbers, rows):
                feed_amount(n, r[c_amt] if c_amt < len(r) else "")

    plan = sink = checker = None
    scratch = Scratch()
    state = StreamState(scratch)
    estimate = _estimate_rows(table)
    if progress is not None:
        progress.start(estimate, T("Checking rows"))
    for start, rows, numbers in table.chunks():
        gather(numbers, rows)
        if plan is None:
            order, dec = decided or (dates.decision(options.date_order), decimals.decision(options.decimal_mark))
            plan = new_plan(table, options, as_of, customers_plan, order, dec)
            if not check_required_columns(plan):
                return plan           # nothing checked: a plan like a loaded file's
            plan.stream = state
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
        scratch.begin()
        _store_part(scratch, conn, checker, numbers, start, keys, good)
        sink.flush()
        scratch.commit()
        state.rows = start + len(rows)
    if plan is None:       # no data rows at all (a header only)
        plan = new_plan(table, options, as_of, customers_plan, dates.decision(options.date_order),
                        decimals.decision(options.decimal_mark))
        check_required_columns(plan)
        return plan
    assert sink is not None and checker is not None
    if decided is None:
        final_order, final_dec = dates.decision(options.date_order), decimals.decision(options.decimal_mark)
        if final_order.order != plan.date_order.order or final_dec.mark != plan.decimal_mark.mark:
            state.redo = True
        plan.date_order, plan.decimal_mark = final_order, final_dec
        if state.redo:
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
    cls: dict[int, tuple[int, str | None]] = {}
    new: list[tuple] = []
    iso: dict[date, str] = {}
    for g in good:
        old = existing.get(g.number)
        if old is None:
            flags = ((CREDIT_NOTE if g.kind == "credit_note" else 0) | (PAID_FLAG if g.status == PAID else 0)
                     | (OWED if g.kind == "invoice" and g.status not in (PAID, CANCELLED) else 0))
            issue = iso.get(g.issue) or iso.setdefault(g.issue, g.issue.isoformat())
            due = iso.get(g.due) or iso.setdefault(g.due, g.due.isoformat())
            new.append((g.i, g.cust.id, g.cust.code, g.currency, g.amount, flags, g.kind, issue, due, g.status,
                        g.po, g.paid.isoformat() if g.paid is not None else None))
            cls[g.i] = _NEW
            continue
        diffs = checker.differences(g, old)
        cls[g.i] = (CONFLICT, "; ".join(diffs)) if diffs else _UNCHANGED
    scratch.many("INSERT INTO k (idx, number, row, cls, details) VALUES (?, ?, ?, ?, ?)",
                 [(i, number, numbers[i - start], *cls.get(i, _INVALID)) for number, i in keys])
    scratch.many("INSERT INTO n VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new)


_NEW, _UNCHANGED, _INVALID = (NEW, None), (UNCHANGED, None), (INVALID, None)


def _finish(plan: ImportPlan, state: StreamState, sink: _ScratchSink) -> None:
    """Duplicates, conflicts, counts and the kept errors, once every part is checked."""
    sc = state.scratch
    sc.begin()
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
    sc.commit()
    counts = dict(sc.run("SELECT cls, COUNT(*) FROM k GROUP BY cls").fetchall())
    state.new = counts.get(NEW, 0)
    state.unchanged = counts.get(UNCHANGED, 0)
    state.conflicts = counts.get(CONFLICT, 0)
    state.credit_notes, state.paid = sc.run(
        "SELECT COALESCE(SUM(flags & ? != 0), 0), COALESCE(SUM(flags & ? != 0), 0) FROM k JOIN n USING (idx) "
        "WHERE cls = ?", (CREDIT_NOTE, PAID_FLAG, NEW)).fetchone()
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


def new_records(plan: ImportPlan, size: int = 20_000) -> Iterator[list[InvoiceRecord]]:
    """The new rows' records as checked, part by part (in file order)."""
    state: StreamState = plan.stream  # type: ignore[assignment]
    day = date.fromisoformat
    cur = state.scratch.run("SELECT row, idx, number, cust, code, kind, issue, due, currency, amount, status, "
                            "po, paid FROM k JOIN n USING (idx) WHERE cls = ? ORDER BY idx", (NEW,))
    while batch := cur.fetchmany(size):
        yield [InvoiceRecord(row, idx, number, cust, code, kind, day(issue), day(due), currency, amount, status,
                             po, day(paid) if paid else None)
               for row, idx, number, cust, code, kind, issue, due, currency, amount, status, po, paid in batch]
