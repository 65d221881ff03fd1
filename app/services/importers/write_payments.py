"""Writing a checked payments plan: payments, allocations, invoice balances and audit rows.

Runs inside ``apply_import``'s transaction (so Cancel and errors roll back everything, the
``import_batch`` row included) with the same bulk technique as invoices: ids assigned up front,
compiled Core inserts executed with plain tuples. Each payment gets ``import_batch_id``.

Before writing, the rows the check relied on are read again in this transaction: a payment
equal to a new row that appeared since the check, or an invoice that was cancelled, written
off or paid meanwhile, refuses the whole import (``UserError``) instead of double-counting.
Invoice balances are computed from the values read here, not from the plan.
"""

from __future__ import annotations

from ...errors import UserError
from ...i18n import T
from ...models import Allocation, AuditLog, Payment
from ...money import currency_exponent
from .planning import ImportPlan
from .plan_payments import PaymentRecord, stored_payments

_CHUNK = 5000
_AUDIT_COLS = ("at", "user", "entity", "entity_id", "field", "before", "after", "reason")
_PAYMENT_COLS = ("id", "customer_id", "date", "currency", "amount_minor", "unallocated_minor", "source",
                 "reference", "notes", "created_at", "import_batch_id")
_ALLOCATION_COLS = ("id", "payment_id", "credit_note_id", "invoice_id", "amount_minor", "date",
                    "undone_at", "created_at")


def _plain(minor: int, exponent: int) -> str:
    if exponent == 0:
        return str(minor)
    q, r = divmod(minor, 10 ** exponent)
    return f"{q}.{r:0{exponent}d}"


def _changed(plan: ImportPlan, reason: str) -> UserError:
    return UserError(T("{file}: the database changed while the file was being checked ({reason}); "
                       "nothing was imported. Check the file again."), file=plan.file, reason=reason)


def _status(amount: int, open_: int, disputed: bool) -> str:
    """ledger.derive_status for an invoice that is neither cancelled nor written off."""
    if open_ == 0:
        return "paid"
    if disputed:
        return "disputed"
    return "partly_paid" if open_ < amount else "open"


def _invoices_now(conn, ids: list[int]) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for k in range(0, len(ids), _CHUNK):
        chunk = ids[k:k + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for r in conn.exec_driver_sql(
                "SELECT id, number, kind, status, amount_minor, open_minor, disputed FROM invoice "
                f"WHERE id IN ({marks})", tuple(chunk)):
            out[r[0]] = r[1:]
    return out


def write_payments(w, plan: ImportPlan, batch_id: int) -> None:
    """Write ``plan.payments`` with the writer ``w`` (``writing._Writer``) of ``apply_import``."""
    conn = w.conn
    recs: list[PaymentRecord] = plan.payments
    if stored_payments(conn, {r.key() for r in recs}, min_id=plan.checked_payment_id):
        raise _changed(plan, "an equal payment was recorded")
    wanted: dict[int, int] = {}
    for r in recs:
        if r.invoice_id is not None:
            wanted[r.invoice_id] = wanted.get(r.invoice_id, 0) + r.amount_minor
    current = _invoices_now(conn, sorted(wanted))
    for iid, total in wanted.items():
        row = current.get(iid)
        if row is None:
            raise _changed(plan, f"invoice id {iid} was removed")
        number, kind, status, _amount, open_, _disputed = row
        if kind != "invoice" or status in ("cancelled", "written_off") or total > open_:
            raise _changed(plan, f"invoice {number} is now {status} with {open_} open")

    name = plan.table.name
    now, user = w.now_text, w.user
    pid = w._next_id("payment")
    aid = w._next_id("allocation") if wanted else 0
    open_now = {iid: row[4] for iid, row in current.items()}
    exponents: dict[str, int] = {}
    payments, allocations, audits = [], [], []
    for r in recs:
        cur = r.currency
        exp = exponents.get(cur)
        if exp is None:
            exp = exponents[cur] = currency_exponent(cur)
        amount_text = _plain(r.amount_minor, exp)
        money = f"{amount_text} {cur}"
        why = f"import #{batch_id}: {name} row {r.row}"
        day = r.date.isoformat()
        allocated = r.amount_minor if r.invoice_id is not None else 0
        payments.append((pid, r.customer_id, day, cur, r.amount_minor, r.amount_minor - allocated, "import",
                         r.reference, why, now, batch_id))
        audits.append((now, user, "payment", pid, "created", None, money, why))
        if r.invoice_id is not None:
            before = open_now[r.invoice_id]
            after = open_now[r.invoice_id] = before - r.amount_minor
            allocations.append((aid, pid, None, r.invoice_id, r.amount_minor, day, None, now))
            audits.append((now, user, "allocation", aid, "created", None,
                           f"payment {pid} → {r.invoice_number}: {amount_text}", why))
            audits.append((now, user, "invoice", r.invoice_id, "open", _plain(before, exp), _plain(after, exp),
                           why))
            aid += 1
        pid += 1
    w._insert(Payment, _PAYMENT_COLS, payments, count_progress=True)
    w._insert(Allocation, _ALLOCATION_COLS, allocations)
    updates = []
    for iid, open_ in open_now.items():
        _n, _k, _s, amount, _o, disputed = current[iid]
        updates.append((open_, _status(amount, open_, bool(disputed)), iid))
    for k in range(0, len(updates), _CHUNK):
        conn.exec_driver_sql("UPDATE invoice SET open_minor = ?, status = ? WHERE id = ?", updates[k:k + _CHUNK])
    w._insert(AuditLog, _AUDIT_COLS, audits)
