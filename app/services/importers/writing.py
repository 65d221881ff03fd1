"""Writing a checked plan: one transaction, bulk inserts, audit rows, rejected rows as CSV.

Everything of one ``apply_import`` call happens in one ``db.session()`` transaction: the
``import_batch`` row, the records (SQLAlchemy Core ``insert()`` executemany in chunks, ids
assigned up front so audit rows need no read-back), one 'created' audit row per record, and
for invoices imported as paid a payment + allocation. Cancel (``Progress``) and any error roll
all of it back.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError

from ...errors import ImportRejected, UserError
from ...i18n import T
from ...models import (Allocation, AuditLog, Customer, CustomerAlias, ImportBatch, Invoice, Payment,
                       utcnow)
from ...money import format_minor
from ...storage.db import Database
from ...storage.lock import current_user
from .fields import CUSTOMERS
from .planning import ImportPlan
from .plan_invoices import CANCELLED, DISPUTED, PAID
from .values import cell_text

CHUNK = 10000


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
    exc = ImportRejected(plan.file, plan.all_errors())
    exc.plan = plan  # type: ignore[attr-defined]  # the CLI writes the rejected rows from it
    return exc


def result_of(plan: ImportPlan, batch_id: int | None, written: bool) -> ImportResult:
    credit = sum(1 for r in plan.invoices if r.kind == "credit_note")
    paid = sum(1 for r in plan.invoices if r.status == PAID)
    cp = plan.customers_plan
    return ImportResult(plan.kind, plan.file, batch_id, plan.new, plan.unchanged, plan.conflicts,
                        plan.invalid, written, plan, customers_created=cp.new if cp and written else 0,
                        credit_notes=credit, paid=paid)


def apply_import(db: Database, plan: ImportPlan, *, only_valid: bool = False, progress=None,
                 user: str | None = None) -> ImportResult:
    """Write ``plan``. With errors and not ``only_valid``: ImportRejected, nothing written."""
    plans = [p for p in (plan.customers_plan, plan) if p is not None]
    if any(p.missing_fields for p in plans) or (not plan.ok and not only_valid):
        raise rejected_error(plan)
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
            for p in plans:
                if p.new == 0:
                    continue
                batch_id = w.batch(p)
                if p.kind == CUSTOMERS:
                    w.customers(p, batch_id)
                else:
                    w.invoices(p, batch_id)
            if progress is not None:
                progress.step(total, T("Writing"))
    except IntegrityError as exc:
        raise UserError(T("{file}: the database changed while the file was being checked ({reason}); "
                          "nothing was imported. Check the file again."),
                        file=plan.file, reason=str(exc.orig)) from None
    return result_of(plan, batch_id, True)


class _Writer:
    def __init__(self, conn: Connection, user: str, progress) -> None:
        self.conn, self.user, self.progress = conn, user, progress
        self.now = utcnow()
        self.done = 0

    def _next_id(self, table: str) -> int:
        return int(self.conn.exec_driver_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").scalar_one()) + 1

    def _insert(self, model, rows: list[dict], count_progress: bool = False) -> None:
        stmt = insert(model.__table__)
        for k in range(0, len(rows), CHUNK):
            chunk = rows[k:k + CHUNK]
            self.conn.execute(stmt, chunk)
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

    def _audit(self, entity: str, entity_id: int, field: str, after: str | None, reason: str) -> dict:
        return {"at": self.now, "user": self.user, "entity": entity, "entity_id": entity_id,
                "field": field, "before": None, "after": after, "reason": reason}

    # ------------------------------------------------------------------ customers
    def customers(self, plan: ImportPlan, batch_id: int) -> None:
        reason = f"import #{batch_id}: {plan.table.name} row {{row}}"
        cid = self._next_id("customer")
        rows, aliases, audits = [], [], []
        for rec in plan.customers:
            d = rec.data
            rows.append({"id": cid, "code": d.code, "name": d.name, "contact": d.contact, "email": d.email,
                         "phone": d.phone, "address": d.address, "currency": d.currency,
                         "terms_days": d.terms_days, "credit_limit_minor": d.credit_limit_minor,
                         "language": d.language, "notes": d.notes, "active": d.active,
                         "created_at": self.now})
            aliases.extend({"customer_id": cid, "kind": "name", "value": a} for a in d.aliases)
            r = reason.format(row=rec.row)
            audits.append(self._audit("customer", cid, "created", d.code, r))
            audits.append(self._audit("customer", cid, "terms_days", str(d.terms_days), r))
            if d.credit_limit_minor is not None:
                audits.append(self._audit("customer", cid, "credit_limit",
                                          format_minor(d.credit_limit_minor, d.currency, grouping=False), r))
            cid += 1
        self._insert(Customer, rows, count_progress=True)
        self._insert(CustomerAlias, aliases)
        self._insert(AuditLog, audits)

    # ------------------------------------------------------------------ invoices
    def invoices(self, plan: ImportPlan, batch_id: int) -> None:
        pending: dict[str, int] = {}
        if any(r.customer_id is None for r in plan.invoices):
            pending = dict(self.conn.exec_driver_sql("SELECT code, id FROM customer").all())
        reason = f"import #{batch_id}: {plan.table.name}"
        cancel_reason = "Cancelled in the imported file"
        iid = self._next_id("invoice")
        any_paid = any(r.status == PAID for r in plan.invoices)
        pid = self._next_id("payment") if any_paid else 0
        aid = self._next_id("allocation") if any_paid else 0
        now = self.now
        rows, audits, payments, allocations = [], [], [], []
        for r in plan.invoices:
            amount = r.amount_minor
            cust = r.customer_id if r.customer_id is not None else pending[r.customer_code]
            status, open_, disputed, cancelled_on = r.status, amount, False, None
            if status == CANCELLED:
                open_, cancelled_on = 0, r.issue_date
            elif status == DISPUTED:
                disputed = True
            elif status == PAID:
                open_ = 0
            rows.append({"id": iid, "number": r.number, "kind": r.kind, "customer_id": cust,
                         "issue_date": r.issue_date, "due_date": r.due_date, "currency": r.currency,
                         "amount_minor": amount, "open_minor": open_, "status": status,
                         "disputed": disputed, "dispute_reason": "", "po": r.po,
                         "corrects_invoice_id": None, "cancelled_on": cancelled_on,
                         "cancel_reason": cancel_reason if cancelled_on else "", "notes": "",
                         "created_at": now, "import_batch_id": batch_id})
            money = f"{format_minor(amount, r.currency, grouping=False)} {r.currency}"
            audits.append(self._audit("invoice", iid,
                                      "created" if r.kind == "invoice" else "credit_note_created",
                                      money, reason))
            if status != "open":
                audits.append(self._audit("invoice", iid, "status", status, reason))
            if status == PAID:
                payments.append({"id": pid, "customer_id": cust, "date": r.paid_date, "currency": r.currency,
                                 "amount_minor": amount, "unallocated_minor": 0, "source": "import",
                                 "reference": r.number, "notes": reason, "created_at": now})
                allocations.append({"id": aid, "payment_id": pid, "credit_note_id": None, "invoice_id": iid,
                                    "amount_minor": amount, "date": r.paid_date, "undone_at": None,
                                    "created_at": now})
                audits.append(self._audit("payment", pid, "created", money, reason))
                audits.append(self._audit("allocation", aid, "created",
                                          f"payment {pid} → {r.number}: {money}", reason))
                pid += 1
                aid += 1
            iid += 1
        self._insert(Invoice, rows, count_progress=True)
        if payments:
            self._insert(Payment, payments)
            self._insert(Allocation, allocations)
        self._insert(AuditLog, audits)


# ----------------------------------------------------------------------------- rejected rows

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d[\d,. ]*)?\d(\.\d+)?$")


def safe_cell(text: str) -> str:
    """Prefix ' to text Excel would run as a formula; plain numbers like -12.50 stay as they are."""
    if text.startswith(_FORMULA_START) and not _NUMBER.match(text):
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
            for idx in sorted(plan.rejected):
                cells = [cell_text(c) for c in plan.table.rows[idx]]
                cells = (cells + [""] * width)[:max(width, len(cells))]
                errs = plan.rejected[idx]
                text = " | ".join(
                    f"row {e.row}" + (f", {e.column}" if e.column else "") + ": "
                    + e.message.format(**e.params) for e in errs)
                w.writerow([safe_cell(c) for c in cells] + [safe_cell(text)])
                n += 1
        os.replace(tmp, dest)
    except OSError as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise UserError(T("Cannot write {path}: {reason}"), path=str(dest),
                        reason=exc.strerror or str(exc)) from None
    return n
