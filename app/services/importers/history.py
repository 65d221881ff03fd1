"""Past imports, and undoing one that went wrong.

    batches = list_batches(conn)                 # newest first, frozen BatchInfo rows
    result = undo_batch(session, batch_id, "wrong file", now=None)   # UndoResult

Every ``apply_import`` leaves an ``import_batch`` row, and the invoices / credit notes,
customers and payments it created carry that batch's id (``import_batch_id``). Undoing a batch
removes exactly those records — payments with their allocations — in the caller's transaction,
all or nothing, and only while nothing was built on them since:

- an invoice or credit note of the batch with a live allocation the import did not create
  (a payment or credit note applied later), or a credit note of the batch applied since;
- a write-off on an invoice of the batch (``write_off``, reversed or not);
- an invoice of the batch cancelled, or marked disputed, after the import (an audit row on
  ``status`` / ``disputed`` later than the batch; imported as cancelled or disputed is fine,
  and a dispute cleared again no longer blocks);
- a credit note from elsewhere correcting an invoice of the batch;
- a payment of the batch applied by hand after the import, or an invoice outside the batch
  that one of the batch's payments pays and that was written off or cancelled since;
- a customer of the batch with invoices or payments that are not from the batch.

"The import created it" means: the allocation's payment (or credit note) belongs to the batch
and the allocation was written with the batch (``allocation.created_at <= import_batch.at``;
the import writer stamps every row of one run with the batch's time). The first blocker found
is named in the refusal (``UndoRefused``) and in ``BatchInfo.why_not``.

Allocations the batch's payments made to invoices outside the batch (a payments import) are
removed too, and those invoices' open amounts and statuses are restored. Every removed record
gets an audit row (entity, id, field ``deleted by undo import``, before = number / code and
amount). The batch row stays, marked ``undone_at`` / ``undo_reason`` — history is never
deleted — and a batch is undone only once. Re-importing the same file afterwards works as for a
new file (a new batch).

Counts and checks are set-based SQL over the indexed ``import_batch_id`` columns, and the
writes are a few statements plus one bulk audit insert, not 100,000 ORM objects. One cost is
outside this module: deleting an invoice makes SQLite look for credit notes pointing at it
(``invoice.corrects_invoice_id``, ON DELETE SET NULL), and without an index on that column each
deleted invoice scans the invoice table (measured: 10,000 invoices undone in 10.4 s without the
index, 0.4 s with it; 100,000 in 2.7 s with it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Callable, Mapping

from sqlalchemy import Connection, bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ...errors import UserError, ValidationError
from ...i18n import T
from ...models import AuditLog, ImportBatch, derive_status, utcnow
from ...money import MoneyError, currency_exponent
from ...storage.lock import current_user

DELETED = "deleted by undo import"

__all__ = ["BatchInfo", "Blocker", "UndoRefused", "UndoResult", "batch_info", "first_blocker",
           "list_batches", "undo_batch", "local_time", "DELETED"]


@dataclass(frozen=True)
class Blocker:
    """Why a batch cannot be undone: an English template (T) and its parameters."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, tr: Callable[[str], str] | None = None) -> str:
        try:
            return (tr(self.template) if tr else self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class UndoRefused(UserError):
    """The batch cannot be undone; ``blocker`` says why (the first record in the way)."""

    def __init__(self, blocker: Blocker) -> None:
        self.blocker = blocker
        super().__init__(blocker.template, **blocker.params)


@dataclass(frozen=True)
class BatchInfo:
    id: int
    kind: str                       # 'customers' | 'invoices' | … (the import kind)
    file_name: str                  # as stored: the full path of the imported file
    at: datetime                    # when, UTC (naive); local_time(at) for display
    user: str
    rows_added: int
    rows_unchanged: int
    rows_rejected: int
    undone_at: datetime | None
    undo_reason: str
    # what of the batch is still in the database (what an undo would remove)
    invoices: int = 0
    credit_notes: int = 0
    customers: int = 0
    payments: int = 0
    invoice_totals: tuple[tuple[str, int], ...] = ()    # (currency, minor) of its invoices
    can_undo: bool = False
    why_not: Blocker | None = None  # set when can_undo is false

    @property
    def name(self) -> str:
        """The file's name without its folder (Windows or POSIX separators)."""
        return re.split(r"[\\/]", self.file_name)[-1] or self.file_name

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    @property
    def records(self) -> int:
        return self.invoices + self.credit_notes + self.customers + self.payments


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    file_name: str
    invoices: int
    credit_notes: int
    customers: int
    payments: int
    allocations: int
    undone_at: datetime

    def summary(self, tr: Callable[[str], str] | None = None) -> str:
        tr = tr or (lambda s: s)
        return tr(T("Import #{batch} undone: {invoices} invoice(s), {credit_notes} credit note(s), "
                    "{customers} customer(s) and {payments} payment(s) removed.")).format(
            batch=self.batch_id, invoices=self.invoices, credit_notes=self.credit_notes,
            customers=self.customers, payments=self.payments)


def local_time(utc: datetime) -> datetime:
    """A stored UTC timestamp in the computer's time zone (for display only)."""
    return utc.replace(tzinfo=timezone.utc).astimezone()


def _stamp(utc: datetime) -> str:
    return local_time(utc).strftime("%Y-%m-%d %H:%M")


def _conn(source: Connection | Session) -> Connection:
    return source.connection() if isinstance(source, Session) else source


# ----------------------------------------------------------------------------- reading

_BATCH = ImportBatch.__table__


def list_batches(source: Connection | Session) -> list[BatchInfo]:
    """Every import, newest first, with what is left of it and whether it can be undone."""
    conn = _conn(source)
    rows = conn.execute(select(_BATCH).order_by(_BATCH.c.id.desc())).all()
    if not rows:
        return []
    docs: dict[int, dict[str, int]] = {}
    totals: dict[int, list[tuple[str, int]]] = {}
    for bid, kind, cur, n, amount in conn.execute(text(
            "SELECT import_batch_id, kind, currency, COUNT(*), SUM(amount_minor) FROM invoice "
            "WHERE import_batch_id IS NOT NULL GROUP BY import_batch_id, kind, currency "
            "ORDER BY import_batch_id, kind, currency")):
        d = docs.setdefault(bid, {})
        d[kind] = d.get(kind, 0) + n
        if kind == "invoice":
            totals.setdefault(bid, []).append((cur, int(amount)))
    customers = dict(conn.execute(text(
        "SELECT import_batch_id, COUNT(*) FROM customer WHERE import_batch_id IS NOT NULL "
        "GROUP BY import_batch_id")).all())
    payments = dict(conn.execute(text(
        "SELECT import_batch_id, COUNT(*) FROM payment WHERE import_batch_id IS NOT NULL "
        "GROUP BY import_batch_id")).all())
    out = []
    for r in rows:
        d = docs.get(r.id, {})
        counts = dict(invoices=d.get("invoice", 0), credit_notes=d.get("credit_note", 0),
                      customers=customers.get(r.id, 0), payments=payments.get(r.id, 0))
        why = _why_not(conn, r.id, r.undone_at, sum(counts.values()))
        out.append(BatchInfo(r.id, r.kind, r.file_name, r.at, r.user, r.rows_added, r.rows_unchanged,
                             r.rows_rejected, r.undone_at, r.undo_reason or "",
                             invoice_totals=tuple(totals.get(r.id, ())), can_undo=why is None,
                             why_not=why, **counts))
    return out


def batch_info(source: Connection | Session, batch_id: int) -> BatchInfo | None:
    """One batch as ``list_batches`` shows it (fresh), or None if there is no such batch."""
    return next((b for b in list_batches(source) if b.id == batch_id), None)


def _why_not(conn: Connection, batch_id: int, undone_at: datetime | None, records: int) -> Blocker | None:
    if undone_at is not None:
        return Blocker(T("Import #{batch} was already undone on {date}."), {"batch": batch_id,
                                                                             "date": _stamp(undone_at)})
    if records == 0:
        return Blocker(T("Nothing from import #{batch} is left in the database."), {"batch": batch_id})
    return first_blocker(conn, batch_id)


# ------------------------------------------------------------------------------ blockers

# An allocation the import itself wrote: same run (stamped no later than the batch) and its
# source is one of the batch's payments or credit notes. EXISTS keeps NULL ids out of the logic.
_OWN = """(a.created_at <= b.at AND (
    EXISTS (SELECT 1 FROM payment p0 WHERE p0.id = a.payment_id AND p0.import_batch_id = b.id)
    OR EXISTS (SELECT 1 FROM invoice c0 WHERE c0.id = a.credit_note_id AND c0.import_batch_id = b.id)))"""

# (template, SQL returning the named parameters of the first blocking record), in the order
# they are checked. Every query takes :b and joins the batch as ``b``.
_RULES: tuple[tuple[str, str], ...] = (
    (T("{number} has a payment or credit note applied since the import; undo that allocation first."),
     f"""SELECT i.number FROM invoice i JOIN import_batch b ON b.id = i.import_batch_id
         JOIN allocation a ON a.invoice_id = i.id
         WHERE i.import_batch_id = :b AND a.undone_at IS NULL AND NOT {_OWN}
         ORDER BY i.id LIMIT 1"""),
    (T("Credit note {number} from this import was applied to {target} since the import; undo that "
       "allocation first."),
     """SELECT i.number, t.number AS target FROM invoice i JOIN import_batch b ON b.id = i.import_batch_id
         JOIN allocation a ON a.credit_note_id = i.id JOIN invoice t ON t.id = a.invoice_id
         WHERE i.import_batch_id = :b AND a.undone_at IS NULL AND a.created_at > b.at
         ORDER BY i.id LIMIT 1"""),
    (T("{number} has a write-off recorded against it."),
     """SELECT i.number FROM invoice i JOIN write_off w ON w.invoice_id = i.id
         WHERE i.import_batch_id = :b ORDER BY i.id LIMIT 1"""),
    (T("{number} was cancelled after the import."),
     """SELECT i.number FROM invoice i JOIN import_batch b ON b.id = i.import_batch_id
         WHERE i.import_batch_id = :b AND i.status = 'cancelled' AND EXISTS (
             SELECT 1 FROM audit_log l WHERE l.entity = 'invoice' AND l.entity_id = i.id
             AND l.field = 'status' AND l.at > b.at)
         ORDER BY i.id LIMIT 1"""),
    (T("{number} was marked disputed after the import; clear the dispute first."),
     """SELECT i.number FROM invoice i JOIN import_batch b ON b.id = i.import_batch_id
         WHERE i.import_batch_id = :b AND i.disputed = 1 AND EXISTS (
             SELECT 1 FROM audit_log l WHERE l.entity = 'invoice' AND l.entity_id = i.id
             AND l.field = 'disputed' AND l.at > b.at)
         ORDER BY i.id LIMIT 1"""),
    (T("{number} is corrected by credit note {credit_note}, which is not from this import."),
     # corrects_invoice_id has no index: one pass over the documents, never one per invoice
     """SELECT i.number, c.number AS credit_note
         FROM invoice c CROSS JOIN invoice i ON i.id = c.corrects_invoice_id
         WHERE c.corrects_invoice_id IS NOT NULL AND i.import_batch_id = :b
           AND (c.import_batch_id IS NULL OR c.import_batch_id <> :b)
         ORDER BY i.id LIMIT 1"""),
    (T("Payment {payment} from this import was applied to {number} after the import; undo that "
       "allocation first."),
     """SELECT COALESCE(NULLIF(p.reference, ''), '#' || p.id) AS payment, t.number
         FROM payment p JOIN import_batch b ON b.id = p.import_batch_id
         JOIN allocation a ON a.payment_id = p.id JOIN invoice t ON t.id = a.invoice_id
         WHERE p.import_batch_id = :b AND a.undone_at IS NULL AND a.created_at > b.at
         ORDER BY p.id LIMIT 1"""),
    (T("{number} (not from this import) was written off or cancelled after a payment from this "
       "import was applied to it."),
     """SELECT t.number FROM payment p JOIN allocation a ON a.payment_id = p.id
         JOIN invoice t ON t.id = a.invoice_id
         WHERE p.import_batch_id = :b AND a.undone_at IS NULL
           AND (t.import_batch_id IS NULL OR t.import_batch_id <> :b)
           AND (t.status IN ('cancelled', 'written_off') OR EXISTS (
               SELECT 1 FROM write_off w WHERE w.invoice_id = t.id AND w.reversed_at IS NULL))
         ORDER BY t.id LIMIT 1"""),
    (T("Customer {code} from this import has invoice {number}, which is not from this import."),
     """SELECT c.code, i.number FROM customer c JOIN invoice i ON i.customer_id = c.id
         WHERE c.import_batch_id = :b AND (i.import_batch_id IS NULL OR i.import_batch_id <> :b)
         ORDER BY c.id, i.id LIMIT 1"""),
    (T("Customer {code} from this import has payments that are not from this import."),
     """SELECT c.code FROM customer c JOIN payment p ON p.customer_id = c.id
         WHERE c.import_batch_id = :b AND (p.import_batch_id IS NULL OR p.import_batch_id <> :b)
         ORDER BY c.id, p.id LIMIT 1"""),
)


def first_blocker(source: Connection | Session, batch_id: int) -> Blocker | None:
    """The first record that stops ``batch_id`` from being undone, or None."""
    conn = _conn(source)
    for template, sql in _RULES:
        row = conn.execute(text(sql), {"b": batch_id}).mappings().first()
        if row is not None:
            return Blocker(template, dict(row))
    return None


# ---------------------------------------------------------------------------------- undo

def _money(minor: int, currency: str, exponents: dict[str, int]) -> str:
    exp = exponents.get(currency)
    if exp is None:
        try:
            exp = currency_exponent(currency)
        except MoneyError:          # a code unknown to this version: show the minor units
            exp = 0
        exponents[currency] = exp
    sign = "-" if minor < 0 else ""
    q, r = divmod(abs(minor), 10 ** exp)
    return f"{sign}{q}.{r:0{exp}d} {currency}" if exp else f"{sign}{q} {currency}"


# allocations touching the batch: to or from its documents, or from its payments
_ALLOC_WHERE = """a.invoice_id IN (SELECT id FROM invoice WHERE import_batch_id = :b)
   OR a.credit_note_id IN (SELECT id FROM invoice WHERE import_batch_id = :b)
   OR a.payment_id IN (SELECT id FROM payment WHERE import_batch_id = :b)"""
_ALLOCS = """SELECT a.id, a.payment_id, a.credit_note_id, a.invoice_id, a.amount_minor, a.undone_at,
       t.number, t.currency
FROM allocation a JOIN invoice t ON t.id = a.invoice_id WHERE """ + _ALLOC_WHERE + " ORDER BY a.id"
_AUDIT_COLS = ("at", "user", "entity", "entity_id", "field", "before", "after", "reason")


def undo_batch(session: Session, batch_id: int, reason: str, *, now: datetime | None = None,
               user: str | None = None) -> UndoResult:
    """Remove what import ``batch_id`` created, in ``session``'s transaction (all or nothing).

    Raises ``ValidationError`` without a reason, ``UserError`` for an unknown or already undone
    batch, ``UndoRefused`` naming the first record built on the import since.
    """
    conn = session.connection()
    reason = (reason or "").strip()
    batch = conn.execute(select(_BATCH).where(_BATCH.c.id == batch_id)).first()
    if batch is None:
        raise UserError(T("Import #{batch} does not exist."), batch=batch_id)
    if batch.undone_at is not None:
        raise UserError(T("Import #{batch} was already undone on {date}."), batch=batch_id,
                        date=_stamp(batch.undone_at))
    if not reason:
        raise ValidationError(T("Give a reason for undoing the import."), field="reason")
    blocker = first_blocker(conn, batch_id)
    if blocker is not None:
        raise UndoRefused(blocker)

    now = now or utcnow()
    who = current_user() if user is None else user
    why = f"undo import #{batch_id}: {reason}"
    p = {"b": batch_id}
    docs = conn.execute(text("SELECT id, number, kind, currency, amount_minor FROM invoice "
                             "WHERE import_batch_id = :b ORDER BY id"), p).all()
    pays = conn.execute(text("SELECT id, reference, currency, amount_minor FROM payment "
                             "WHERE import_batch_id = :b ORDER BY id"), p).all()
    custs = conn.execute(text("SELECT id, code FROM customer WHERE import_batch_id = :b ORDER BY id"),
                         p).all()
    allocs = conn.execute(text(_ALLOCS), p).all()
    doc_ids = {d.id for d in docs}
    pay_ids = {x.id for x in pays}
    exps: dict[str, int] = {}
    at = now.strftime("%Y-%m-%d %H:%M:%S.%f")      # how SQLAlchemy stores DATETIME on SQLite
    audits: list[tuple] = []                        # rows of _AUDIT_COLS

    def gone(entity: str, entity_id: int, before: str) -> None:
        audits.append((at, who, entity, entity_id, DELETED, before, None, why))

    # After the checks every live allocation here is the import's own. Those from the batch's
    # payments to invoices that stay (a payments import) give their amounts back to them; a
    # source outside the batch would have been refused above, so none needs a refund.
    refunds: dict[int, int] = {}
    for a in allocs:
        if a.undone_at is None and a.invoice_id not in doc_ids:
            assert a.payment_id in pay_ids or a.credit_note_id in doc_ids, a
            refunds[a.invoice_id] = refunds.get(a.invoice_id, 0) + a.amount_minor
        source = f"payment {a.payment_id}" if a.payment_id is not None else f"credit note {a.credit_note_id}"
        gone("allocation", a.id, f"{source} → {a.number}: {_money(a.amount_minor, a.currency, exps)}")
    _reopen(conn, refunds, lambda *row: audits.append((at, who, *row, why)), exps)
    for x in pays:
        gone("payment", x.id, f"{x.reference or '#' + str(x.id)}: {_money(x.amount_minor, x.currency, exps)}")
    for d in docs:
        gone("invoice", d.id, f"{d.number}: {_money(d.amount_minor, d.currency, exps)}")
    for c in custs:
        gone("customer", c.id, c.code)

    try:
        if allocs:
            conn.execute(text("DELETE FROM allocation WHERE id IN (SELECT a.id FROM allocation a WHERE "
                              + _ALLOC_WHERE + ")"), p)
        conn.execute(text("DELETE FROM payment WHERE import_batch_id = :b"), p)
        conn.execute(text("DELETE FROM invoice WHERE import_batch_id = :b"), p)
        conn.execute(text("DELETE FROM customer WHERE import_batch_id = :b"), p)
    except IntegrityError as exc:
        raise UserError(T("Import #{batch} cannot be undone: other records refer to what it created "
                          "({reason}). Nothing was changed."), batch=batch_id, reason=str(exc.orig)) from None
    audits.append((at, who, "import_batch", batch_id, "undone", None, batch.file_name, reason))
    sql = str(insert(AuditLog.__table__).compile(dialect=conn.dialect, column_keys=list(_AUDIT_COLS)))
    for k in range(0, len(audits), 10000):
        conn.exec_driver_sql(sql, audits[k:k + 10000])
    conn.execute(update(_BATCH).where(_BATCH.c.id == batch_id).values(undone_at=now, undo_reason=reason))
    n_cn = sum(1 for d in docs if d.kind == "credit_note")
    return UndoResult(batch_id, batch.file_name, len(docs) - n_cn, n_cn, len(custs), len(pays),
                      len(allocs), now)


def _reopen(conn: Connection, refunds: dict[int, int], audit: Callable[..., None],
            exps: dict[str, int]) -> None:
    """Give ``refunds`` (document id → minor units) back to documents that stay;
    ``audit(entity, id, field, before, after)`` records each change."""
    if not refunds:
        return
    ids = sorted(refunds)
    query = text("SELECT id, number, currency, amount_minor, open_minor, status, disputed "
                 "FROM invoice WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    rows = [r for k in range(0, len(ids), 500)
            for r in conn.execute(query, {"ids": ids[k:k + 500]})]
    updates = []
    for r in rows:
        doc = SimpleNamespace(status=r.status, open_minor=r.open_minor + refunds[r.id],
                              amount_minor=r.amount_minor, disputed=bool(r.disputed))
        status = derive_status(doc)  # type: ignore[arg-type]
        updates.append({"id": r.id, "open": doc.open_minor, "status": status})
        audit("invoice", r.id, "open", _money(r.open_minor, r.currency, exps),
              _money(doc.open_minor, r.currency, exps))
        if status != r.status:
            audit("invoice", r.id, "status", r.status, status)
    conn.execute(text("UPDATE invoice SET open_minor = :open, status = :status WHERE id = :id"), updates)
