"""Writing a checked plan: one transaction, bulk inserts, audit rows, rejected rows as CSV.

Everything of one ``apply_import`` call happens in one ``db.session()`` transaction: the
``import_batch`` row, the records (SQLAlchemy Core ``insert()`` executemany in chunks, ids
assigned up front so audit rows need no read-back), one 'created' audit row per record, and
for invoices imported as paid a payment + allocation. Cancel (``Progress``) and any error roll
all of it back. A streamed plan (a big file) has no records in memory: its invoices come part by
part from ``plan_stream.new_records`` (read back from the plan's temporary database).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ...errors import ImportRejected, UserError
from ...i18n import T
from ...models import (Allocation, AuditLog, Customer, CustomerAlias, ImportBatch, Invoice, Payment,
                       utcnow)
from ...money import currency_exponent, format_minor
from ...storage.db import Database
from ...storage.lock import current_user
from .fields import CUSTOMERS, PAYMENTS
from .planning import ImportPlan
from .plan_invoices import CANCELLED, DISPUTED, PAID
from .values import cell_text

CHUNK = 10000
WRITE_CACHE_KIB = 96 * 1024      # at most, for the largest imports


@dataclass
class ImportResult:
    kind: str
    file: str
    batch_id: int | None           # None when nothing was written
    new: int
    unchanged: int
    conflicts: int
    invalid: int                   # rows with errors other than conflicts
    written: bool
    plan: ImportPlan
    customers_created: int = 0     # by a customers plan written in the same run
    credit_notes: int = 0
    paid: int = 0

    @property
    def rejected(self) -> int:
        return self.conflicts + self.invalid

    def summary(self, tr: Callable[[str], str] | None = None) -> str:
        tr = tr or (lambda s: s)
        if self.written:
            tmpl = T("{file}: {new} new, {unchanged} unchanged, {conflicts} conflict(s), "
                     "{invalid} row(s) with errors not imported.")
        else:
            tmpl = T("{file}: {new} new (not written), {unchanged} unchanged, {conflicts} conflict(s), "
                     "{invalid} row(s) with errors.")
        return tr(tmpl).format(file=self.file, new=self.new, unchanged=self.unchanged,
                               conflicts=self.conflicts, invalid=self.invalid)


def rejected_error(plan: ImportPlan) -> ImportRejected:
    """``errors``: those the plan keeps (a streamed plan: the first ones); the message counts all."""
    errors = plan.all_errors()
    exc = ImportRejected(plan.file, errors)
    total = plan.all_error_count()
    if total != len(errors):
        exc.params = {**exc.params, "count": total}
        exc.args = (exc.message,)
    exc.plan = plan  # the CLI writes the rejected rows from it
    return exc


def result_of(plan: ImportPlan, batch_id: int | None, written: bool) -> ImportResult:
    if plan.stream is not None:
        credit, paid = plan.stream.credit_notes, plan.stream.paid
    else:
        credit = sum(1 for r in plan.invoices if r.kind == "credit_note")
        paid = sum(1 for r in plan.invoices if r.status == PAID)
    cp = plan.customers_plan
    return ImportResult(plan.kind, plan.file, batch_id, plan.new, plan.unchanged, plan.conflicts,
                        plan.invalid, written, plan, customers_created=cp.new if cp and written else 0,
                        credit_notes=credit, paid=paid)


def apply_import(db: Database, plan: ImportPlan, *, only_valid: bool = False, progress=None,
                 user: str | None = None, credit_reason: str = "") -> ImportResult:
    """Write ``plan``. With errors and not ``only_valid``: ImportRejected, nothing written.
    Customers past the credit check (``plan.credit_checks``) need ``credit_reason`` (audited),
    else CreditGateRefused and nothing is written."""
    plans = [p for p in (plan.customers_plan, plan) if p is not None]
    if any(p.missing_fields for p in plans) or (not plan.ok and not only_valid):
        raise rejected_error(plan)
    if only_valid and plan.credit_checks:
        ids = (plan.stream.new_customer_ids() if plan.stream is not None
               else {r.customer_id for r in plan.invoices})
        checks = [c for c in plan.credit_checks if c.customer_id in ids]
    else:
        checks = list(plan.credit_checks)
    if checks and not credit_reason.strip():
        from ..credit.gate import CreditGateRefused
        raise CreditGateRefused(checks)
    total = sum(p.new for p in plans)
    if total == 0:
        return result_of(plan, None, False)
    who = current_user() if user is None else user
    if progress is not None:
        progress.start(total, T("Writing"))
    batch_id = None
    try:
        with db.session() as s:
            conn = s.connection()
            w = _Writer(conn, who, progress)
            w.big_cache(total)
            try:
                for p in plans:
                    if p.new == 0:
                        continue
                    batch_id = w.batch(p)
                    if p.kind == CUSTOMERS:
                        w.customers(p, batch_id)
                    elif p.kind == PAYMENTS:
                        from .write_payments import write_payments
                        write_payments(w, p, batch_id)
                    else:
                        w.invoices(p, batch_id)
                if checks:
                    from ..credit.gate import confirm
                    confirm(s, checks, credit_reason, what=plan.file)
                if progress is not None:
                    progress.step(total, T("Writing"))
            finally:
                w.restore()
    except IntegrityError as exc:
        raise UserError(T("{file}: the database changed while the file was being checked ({reason}); "
                          "nothing was imported. Check the file again."),
                        file=plan.file, reason=str(exc.orig)) from None
    return result_of(plan, batch_id, True)


_AUDIT_COLS = ("at", "user", "entity", "entity_id", "field", "before", "after", "reason")
_CUSTOMER_COLS = ("id", "code", "name", "contact", "email", "phone", "address", "currency", "terms_days",
                  "credit_limit_minor", "language", "notes", "active", "created_at", "import_batch_id")
_ALIAS_COLS = ("customer_id", "kind", "value")
_INVOICE_COLS = ("id", "number", "kind", "customer_id", "issue_date", "due_date", "currency",
                 "amount_minor", "open_minor", "status", "disputed", "dispute_reason", "po",
                 "corrects_invoice_id", "cancelled_on", "cancel_reason", "notes", "created_at",
                 "import_batch_id")
_PAYMENT_COLS = ("id", "customer_id", "date", "currency", "amount_minor", "unallocated_minor", "source",
                 "reference", "notes", "created_at", "import_batch_id")
_ALLOCATION_COLS = ("id", "payment_id", "credit_note_id", "invoice_id", "amount_minor", "date",
                    "undone_at", "created_at")


def _plain(minor: int, exponent: int) -> str:
    """Positive minor units → '1234.50' (what format_minor(grouping=False) gives, faster)."""
    if exponent == 0:
        return str(minor)
    q, r = divmod(minor, 10 ** exponent)
    return f"{q}.{r:0{exponent}d}"


def _with_scalar_defaults(model, columns: tuple[str, ...], rows: list[tuple]) -> tuple[tuple[str, ...], list[tuple]]:
    """Add the columns a newer schema gave a Python-side default (``default=0``,
    ``default=utcnow``) and the writer does not list, with that default evaluated once for the
    whole insert, so a new column never breaks bulk imports."""
    extra = [(c.name, c.default) for c in model.__table__.columns
             if c.name not in columns and c.default is not None and (c.default.is_scalar or c.default.is_callable)]
    if not extra:
        return columns, rows
    values = tuple(_sql_value(d.arg if d.is_scalar else d.arg(None)) for _, d in extra)
    return columns + tuple(n for n, _ in extra), [r + values for r in rows]


def _sql_value(v):
    """A default as the plain value SQLAlchemy would store in SQLite."""
    if isinstance(v, datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, bool):
        return int(v)
    return v


class _Writer:
    """Bulk inserts through SQLAlchemy Core: ``insert(table)`` compiled once for the columns
    given, then executemany with plain tuples (dates as the ISO text SQLAlchemy stores for
    SQLite), so 100,000 rows do not pay per-row parameter processing."""

    def __init__(self, conn: Connection, user: str, progress) -> None:
        self.conn, self.user, self.progress = conn, user, progress
        self.now = utcnow()
        self.now_text = self.now.strftime("%Y-%m-%d %H:%M:%S.%f")   # SQLAlchemy's SQLite DATETIME
        self.done = 0

    def big_cache(self, rows: int) -> None:
        """A page cache for this transaction big enough for the indexes a large import grows
        (SQLite's default 2 MB makes it spill pages to the WAL again and again); the
        connection's own size comes back when the transaction ends (see ``restore``)."""
        if rows < 20_000:
            return
        self.cache_before = self.conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
        kib = min(WRITE_CACHE_KIB, 80 * rows // 1024 + 8192)
        self.conn.exec_driver_sql(f"PRAGMA cache_size = -{kib}")

    def restore(self) -> None:
        before = getattr(self, "cache_before", None)
        if before is not None:
            try:
                self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")
            except SQLAlchemyError:      # the transaction failed already: that error is the one to see
                pass

    def _next_id(self, table: str) -> int:
        return int(self.conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar_one()) + 1

    def _insert(self, model, columns: tuple[str, ...], rows: list[tuple],
                count_progress: bool = False) -> None:
        if not rows:
            return
        columns, rows = _with_scalar_defaults(model, columns, rows)
        compiled = insert(model.__table__).compile(dialect=self.conn.dialect, column_keys=list(columns))
        sql = str(compiled)
        # every column with a Python-side default must be in ``columns``, or SQLAlchemy would add it
        assert sql.count("?") == len(columns), sql
        order = tuple(compiled.positiontup or ())
        if order and order != columns:      # placeholders follow the table's column order
            pick = [columns.index(name) for name in order]
            rows = [tuple(r[i] for i in pick) for r in rows]
        for k in range(0, len(rows), CHUNK):
            chunk = rows[k:k + CHUNK]
            self.conn.exec_driver_sql(sql, chunk)
            if count_progress and self.progress is not None:
                self.done += len(chunk)
                self.progress.step(self.done, T("Writing"))
            elif self.progress is not None:
                self.progress.check()

    def batch(self, plan: ImportPlan) -> int:
        res = self.conn.execute(insert(ImportBatch.__table__).values(
            kind=plan.kind, file_name=str(plan.table.path), file_sha256=plan.table.sha256, at=self.now,
            user=self.user, rows_added=plan.new, rows_unchanged=plan.unchanged,
            rows_rejected=plan.rejected_count))
        return int(res.inserted_primary_key[0])

    # ------------------------------------------------------------------ customers
    def customers(self, plan: ImportPlan, batch_id: int) -> None:
        name = plan.table.name
        cid = self._next_id("customer")
        now, user = self.now_text, self.user
        rows, aliases, audits = [], [], []
        for rec in plan.customers:
            d = rec.data
            rows.append((cid, d.code, d.name, d.contact, d.email, d.phone, d.address, d.currency,
                         d.terms_days, d.credit_limit_minor, d.language, d.notes, int(d.active), now, batch_id))
            aliases.extend((cid, "name", a) for a in d.aliases)
            why = f"import #{batch_id}: {name} row {rec.row}"
            audits.append((now, user, "customer", cid, "created", None, d.code, why))
            audits.append((now, user, "customer", cid, "terms_days", None, str(d.terms_days), why))
            if d.credit_limit_minor is not None:
                audits.append((now, user, "customer", cid, "credit_limit", None,
                               format_minor(d.credit_limit_minor, d.currency, grouping=False), why))
            cid += 1
        self._insert(Customer, _CUSTOMER_COLS, rows, count_progress=True)
        self._insert(CustomerAlias, _ALIAS_COLS, aliases)
        self._insert(AuditLog, _AUDIT_COLS, audits)

    # ------------------------------------------------------------------ invoices
    def invoices(self, plan: ImportPlan, batch_id: int) -> None:
        """The plan's new invoices; a streamed plan's come part by part from its scratch database."""
        if plan.stream is not None:
            from .plan_stream import new_records
            parts = new_records(plan)
        else:
            parts = iter([plan.invoices])
        pending: dict[str, int] | None = None
        ids = [self._next_id("invoice"), self._next_id("payment"), self._next_id("allocation")]
        for records in parts:
            if pending is None and any(r.customer_id is None for r in records):
                pending = dict(self.conn.exec_driver_sql("SELECT code, id FROM customer").all())
            self._invoice_part(plan.table.name, records, batch_id, pending or {}, ids)

    def _invoice_part(self, name: str, records: list, batch_id: int, pending: dict[str, int],
                      ids: list[int]) -> None:
        """Insert ``records``; ``ids`` = the next invoice, payment and allocation ids (advanced)."""
        cancel_reason = "Cancelled in the imported file"
        iid, pid, aid = ids
        now, user = self.now_text, self.user
        exponents: dict[str, int] = {}
        iso: dict[date, str] = {}
        rows, audits, payments, allocations = [], [], [], []
        for r in records:
            amount, cur, status = r.amount_minor, r.currency, r.status
            cust = r.customer_id if r.customer_id is not None else pending[r.customer_code]
            issue = iso.get(r.issue_date) or iso.setdefault(r.issue_date, r.issue_date.isoformat())
            due = iso.get(r.due_date) or iso.setdefault(r.due_date, r.due_date.isoformat())
            open_, disputed, cancelled_on = amount, 0, None
            if status == CANCELLED:
                open_, cancelled_on = 0, issue
            elif status == DISPUTED:
                disputed = 1
            elif status == PAID:
                open_ = 0
            rows.append((iid, r.number, r.kind, cust, issue, due, cur, amount, open_, status, disputed, "",
                         r.po, None, cancelled_on, cancel_reason if cancelled_on else "", "", now, batch_id))
            exp = exponents.get(cur)
            if exp is None:
                exp = exponents[cur] = currency_exponent(cur)
            money = f"{_plain(amount, exp)} {cur}"
            why = f"import #{batch_id}: {name} row {r.row}"
            audits.append((now, user, "invoice", iid,
                           "created" if r.kind == "invoice" else "credit_note_created", None, money, why))
            if status != "open":
                audits.append((now, user, "invoice", iid, "status", None, status, why))
            if status == PAID:
                paid = r.paid_date.isoformat()  # type: ignore[union-attr]
                payments.append((pid, cust, paid, cur, amount, 0, "import", r.number, why, now, batch_id))
                allocations.append((aid, pid, None, iid, amount, paid, None, now))
                audits.append((now, user, "payment", pid, "created", None, money, why))
                audits.append((now, user, "allocation", aid, "created", None,
                               f"payment {pid} → {r.number}: {money}", why))
                pid += 1
                aid += 1
            iid += 1
        ids[:] = [iid, pid, aid]
        self._insert(Invoice, _INVOICE_COLS, rows, count_progress=True)
        self._insert(Payment, _PAYMENT_COLS, payments)
        self._insert(Allocation, _ALLOCATION_COLS, allocations)
        self._insert(AuditLog, _AUDIT_COLS, audits)


# ----------------------------------------------------------------------------- rejected rows

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d[\d,. ]*)?\d(\.\d+)?$")
_BLANKS = " \t\r\n\u00a0\u3000"


def safe_cell(text: str) -> str:
    """Prefix ' to text Excel would run as a formula - also after leading spaces, tabs or line
    breaks (Excel and LibreOffice skip them) - while plain numbers like -12.50 stay as they are."""
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
        return "'" + text
    if text[:1] in _BLANKS and text.lstrip(_BLANKS).startswith(_FORMULA_START):
        return "'" + text
    return text


def write_rejected_csv(plan: ImportPlan, path: str | Path) -> int:
    """The rejected rows with the source's columns and an 'error' column; returns the row count.

    UTF-8 with BOM so Excel opens Chinese text correctly; written to a temporary file first.
    """
    import os

    dest = Path(path)
    tmp = dest.with_name(dest.name + ".tmp")
    headers = list(plan.table.headers)
    width = len(headers)
    n = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow([safe_cell(h) for h in headers] + ["error"])
            for row, errs in _rejected_rows(plan):
                cells = [cell_text(c) for c in row]
                cells = (cells + [""] * width)[:max(width, len(cells))]
                text = " | ".join(
                    f"row {e.row}" + (f", {e.column}" if e.column else "") + ": "
                    + e.message.format(**e.params) for e in errs)
                w.writerow([safe_cell(c) for c in cells] + [safe_cell(text)])
                n += 1
        os.replace(tmp, dest)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if not isinstance(exc, OSError):
            raise
        raise UserError(T("Cannot write {path}: {reason}"), path=str(dest),
                        reason=exc.strerror or str(exc)) from None
    return n


def _rejected_rows(plan: ImportPlan):
    """(cells, errors) of every rejected row in file order; a streamed plan reads the file again."""
    if plan.stream is None:
        for idx in sorted(plan.rejected):
            yield plan.table.rows[idx], plan.rejected[idx]
        return
    for start, rows, _numbers in plan.table.chunks():
        errors = plan.stream.errors_between(start, start + len(rows) - 1, plan.file)
        for idx in sorted(errors):
            yield rows[idx - start], errors[idx]
