"""Checking a payments table (money received, with or without the invoice it pays).

Canonical columns ``date, customer_code, currency, amount, invoice_number, reference``.
Rules, documented here because the preview and the docs refer to them:

* The customer column may hold the code, or the exact name / another name of one customer.
* Currency may be empty: the named invoice's currency, else the customer's.
* The amount must be positive (refunds are not imported); zero is an error.
* The payment date must not be after the import's as-of date (money is not received in the
  future), and when the row names an invoice, not before that invoice's issue date.
* A row with an invoice number is allocated to that invoice on the payment date. The invoice
  must exist, be an invoice (not a credit note), not be cancelled or written off, belong to the
  row's customer and be in the row's currency. The new rows of the file naming one invoice
  together must not exceed what is still open on it: otherwise every one of those rows is an
  error (the file cannot say which to keep). A row without an invoice number becomes
  unallocated credit on the customer (allocate it later, e.g. oldest first).
* Re-importing (idempotence). There is no payment number to recognise a row by, so a row is
  "unchanged" when ARDesk already holds a payment of the same customer, date, currency, amount
  and reference (any source) that does not already stand for another row of this file, and —
  when the row names an invoice — that payment is or was (an undone allocation counts)
  allocated to that invoice. Matching is one-to-one, so a file holding two equal payments
  imports two, and a longer version of an imported file adds only its new rows. Rows naming
  an invoice are matched first, then rows without one (which accept any equal payment, e.g.
  one imported unallocated and allocated later in ARDesk). A row naming an invoice whose
  equal payment was applied elsewhere or not at all is a conflict: nothing is overwritten.
  Identical rows within one file are imported as separate payments, with a note.
* Between the check and the write the database may change; the writer checks again in its
  own transaction (see ``write_payments``) and refuses rather than double-count.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection

from ...i18n import T
from ...money import MoneyError, currency_exponent, format_minor, normalize_currency
from .fields import PAYMENTS
from .planning import ErrorSink, ImportOptions, ImportPlan, check_required_columns, date_error, \
    resolve_mapping
from .plan_customers import check_amount_cell, check_customer_cell
from .plan_invoices import MAX_NUMBER, _customers
from .table import Table
from .values import cell_text, decide_date_order, decide_decimal_mark, parse_date

MAX_REFERENCE = 200
_CHUNK = 5000


class PaymentRecord(NamedTuple):
    row: int                   # Excel row number
    index: int                 # index into table.rows
    customer_id: int
    customer_code: str
    date: date
    currency: str
    amount_minor: int          # positive
    reference: str
    invoice_id: int | None     # None: unallocated credit
    invoice_number: str        # '' when unallocated

    def key(self) -> tuple:
        return (self.customer_id, self.date, self.currency, self.amount_minor, self.reference)


class InvoiceFacts(NamedTuple):
    id: int
    customer_id: int
    customer_code: str
    kind: str
    status: str
    currency: str
    issue_date: str            # ISO text as stored
    open_minor: int


def invoice_facts(conn: Connection, numbers: list[str]) -> dict[str, InvoiceFacts]:
    """number → facts, for the invoice numbers a payments file names."""
    out: dict[str, InvoiceFacts] = {}
    for k in range(0, len(numbers), _CHUNK):
        chunk = numbers[k:k + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for r in conn.exec_driver_sql(
                "SELECT i.number, i.id, i.customer_id, c.code, i.kind, i.status, i.currency, "
                f"i.issue_date, i.open_minor FROM invoice i JOIN customer c ON c.id = i.customer_id "
                f"WHERE i.number IN ({marks})", tuple(chunk)).fetchall():
            out[r[0]] = InvoiceFacts(*r[1:])
    return out


def stored_payments(conn: Connection, keys: set[tuple], min_id: int = 0) -> dict[tuple, list[int]]:
    """Payment ids (ascending) of the given customers whose key is one of ``keys``."""
    customers = sorted({k[0] for k in keys})
    out: dict[tuple, list[int]] = {}
    days: dict[str, date] = {}
    for k in range(0, len(customers), _CHUNK):
        chunk = customers[k:k + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for pid, cid, d, cur, amount, ref in conn.exec_driver_sql(
                "SELECT id, customer_id, date, currency, amount_minor, reference FROM payment "
                f"WHERE id > ? AND customer_id IN ({marks}) ORDER BY id", (min_id, *chunk)).fetchall():
            day = days.get(d)
            if day is None:
                day = days[d] = date.fromisoformat(d)
            key = (cid, day, cur, amount, ref or "")
            if key in keys:
                out.setdefault(key, []).append(pid)
    return out


def allocated_invoices(conn: Connection, payment_ids: list[int]) -> dict[int, set[int]]:
    """payment id → invoices it is or was allocated to (undone allocations included)."""
    out: dict[int, set[int]] = {}
    for k in range(0, len(payment_ids), _CHUNK):
        chunk = payment_ids[k:k + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for pid, iid in conn.exec_driver_sql(
                f"SELECT payment_id, invoice_id FROM allocation WHERE payment_id IN ({marks})",
                tuple(chunk)).fetchall():
            out.setdefault(pid, set()).add(iid)
    return out


def plan_payments(conn: Connection, table: Table, options: ImportOptions, as_of: date,
                  progress=None) -> ImportPlan:
    mapping = resolve_mapping(PAYMENTS, table, options)
    rows, numbers_of = table.rows, table.row_numbers
    c_date, c_cust, c_cur, c_amt, c_inv, c_ref = (
        mapping.get(f) for f in ("date", "customer_code", "currency", "amount", "invoice_number",
                                 "reference"))
    order = decide_date_order(((numbers_of[i], r[c_date]) for i, r in enumerate(rows))
                              if c_date is not None else iter(()), options.date_order)
    dec = decide_decimal_mark(((numbers_of[i], r[c_amt]) for i, r in enumerate(rows))
                              if c_amt is not None else iter(()), options.decimal_mark)
    plan = ImportPlan(PAYMENTS, table, options, mapping, as_of, order, dec)
    if not check_required_columns(plan):
        return plan
    sink = ErrorSink(plan)
    plan.checked_payment_id = int(conn.exec_driver_sql(
        "SELECT COALESCE(MAX(id), 0) FROM payment").scalar_one())
    by_code, by_name = _customers(conn, None)
    width = len(table.headers)
    numbers = sorted({v if type(v) is str else cell_text(v) for v in (r[c_inv] for r in rows)} - {""}) \
        if c_inv is not None else []
    invoices = invoice_facts(conn, numbers)
    if progress is not None:
        progress.start(len(rows), T("Checking rows"))

    ord_ = order.order
    mark = dec.mark
    date_cache: dict[object, date | None] = {}
    cur_cache: dict[str, tuple[str, int] | None] = {}
    cust_cache: dict[str, object] = {}
    good: list[PaymentRecord] = []

    for i, row in enumerate(rows):
        if progress is not None and not i % 5000 and i:
            progress.step(i, T("Checking rows"))
        if len(row) < width:
            row = row + [""] * (width - len(row))
        bad = False
        # date
        raw = row[c_date]
        paid_on = None
        if raw == "":
            sink.add(i, "date", T("A value is required."))
            bad = True
        else:
            try:
                paid_on = date_cache[raw]
            except KeyError:
                paid_on = date_cache[raw] = parse_date(raw, ord_)
            except TypeError:
                paid_on = parse_date(raw, ord_)
            if paid_on is None:
                date_error(sink, i, "date", cell_text(raw), ord_)
                bad = True
            elif paid_on > as_of:
                sink.add(i, "date", T("The payment date {date} is after {as_of}; money cannot be received "
                                      "in the future."), date=paid_on.isoformat(), as_of=as_of.isoformat())
                bad = True
        # customer
        cust = check_customer_cell(sink, i, row[c_cust], cust_cache, by_code, by_name)
        if cust is None:
            bad = True
        # invoice
        inv = None
        number = ""
        if c_inv is not None:
            raw = row[c_inv]
            number = raw if type(raw) is str else cell_text(raw)
            if number:
                inv = invoices.get(number)
                if len(number) > MAX_NUMBER or inv is None:
                    sink.add(i, "invoice_number", T("Unknown invoice {number}."), number=number)
                    bad = True
        # currency
        currency = exponent = None
        raw_cur = row[c_cur] if c_cur is not None else ""
        if type(raw_cur) is not str:
            raw_cur = cell_text(raw_cur)
        if raw_cur:
            ce = cur_cache.get(raw_cur, 0)
            if ce == 0:
                try:
                    code = normalize_currency(raw_cur)
                    ce = cur_cache[raw_cur] = (code, currency_exponent(code))
                except MoneyError:
                    ce = cur_cache[raw_cur] = None
            if ce is None:
                sink.add(i, "currency", T("Unknown currency {value}."), value=raw_cur)
                bad = True
            else:
                currency, exponent = ce  # type: ignore[misc]
        elif inv is not None:
            currency = inv.currency
            exponent = currency_exponent(currency)
        elif cust is not None:
            currency = cust.currency  # type: ignore[attr-defined]
            exponent = currency_exponent(currency)
        # amount
        raw = row[c_amt]
        amount = check_amount_cell(sink, i, raw, exponent, currency, mark)
        if amount is None and exponent is not None:
            bad = True
        elif amount is not None and amount < 0:
            sink.add(i, "amount", T("{value} is negative: only money received can be imported "
                                    "(refunds are not)."), value=cell_text(raw))
            bad = True
            amount = None
        # reference
        reference = row[c_ref] if c_ref is not None else ""
        if type(reference) is not str:
            reference = cell_text(reference)
        if len(reference) > MAX_REFERENCE:
            sink.add(i, "reference", T("The reference is longer than {max} characters."), max=MAX_REFERENCE)
            bad = True
        # the invoice against the rest of the row
        if inv is not None:
            if inv.kind != "invoice":
                sink.add(i, "invoice_number", T("{number} is a credit note, not an invoice."), number=number)
                bad = True
            elif inv.status == "cancelled":
                sink.add(i, "invoice_number", T("{number} is cancelled; nothing can be applied to it."),
                         number=number)
                bad = True
            elif inv.status == "written_off":
                sink.add(i, "invoice_number", T("{number} is written off; reverse the write-off before "
                                                "applying a payment to it."), number=number)
                bad = True
            if cust is not None and inv.customer_id != cust.id:  # type: ignore[attr-defined]
                sink.add(i, "invoice_number", T("Invoice {number} belongs to customer {owner}, not {customer}."),
                         number=number, owner=inv.customer_code, customer=cust.code)  # type: ignore[attr-defined]
                bad = True
            if currency is not None and inv.currency != currency:
                sink.add(i, "currency", T("Invoice {number} is in {currency}; the payment is in {paid}."),
                         number=number, currency=inv.currency, paid=currency)
                bad = True
            if paid_on is not None and paid_on.isoformat() < inv.issue_date:
                sink.add(i, "date", T("The payment date {date} is before invoice {number} was issued "
                                      "({issue})."), date=paid_on.isoformat(), number=number,
                         issue=inv.issue_date)
                bad = True
        if bad or cust is None or paid_on is None or amount is None or currency is None:
            continue
        good.append(PaymentRecord(numbers_of[i], i, cust.id, cust.code, paid_on, currency,  # type: ignore
                                  amount, reference, inv.id if inv else None, number if inv else ""))

    groups: dict[tuple, list[PaymentRecord]] = {}
    for r in good:
        groups.setdefault(r.key(), []).append(r)
    new = _match_stored(conn, plan, sink, good, groups)
    _check_allocations(plan, sink, new, invoices)
    _note_identical_rows(plan, sink, groups)
    plan.errors.sort(key=lambda e: e.row)
    if progress is not None:
        progress.step(len(rows), T("Checking rows"))
    return plan


def _match_stored(conn: Connection, plan: ImportPlan, sink: ErrorSink, good: list[PaymentRecord],
                  groups: dict[tuple, list[PaymentRecord]]) -> list[PaymentRecord]:
    """Split the valid rows into unchanged, conflicts and new (returned; see the module doc).

    ``groups``: the valid rows by ``PaymentRecord.key()``, in file order.
    """
    stored = stored_payments(conn, set(groups)) if groups else {}
    if not stored:
        return good
    allocs = allocated_invoices(conn, [pid for ids in stored.values() for pid in ids])
    status: dict[int, str] = {}                 # table index → unchanged | conflict
    for key, ids in stored.items():
        recs = groups[key]
        free = list(ids)
        for r in recs:                          # 1. rows naming an invoice the payment went to
            if r.invoice_id is None:
                continue
            pid = next((p for p in free if r.invoice_id in allocs.get(p, ())), None)
            if pid is not None:
                free.remove(pid)
                status[r.index] = "unchanged"
        for r in recs:                          # 2. rows without an invoice: any equal payment
            if r.invoice_id is not None or not free:
                continue
            pid = next((p for p in free if not allocs.get(p)), free[0])
            free.remove(pid)
            status[r.index] = "unchanged"
        for r in recs:                          # 3. rows naming an invoice the payment never went to
            if r.index in status or r.invoice_id is None or not free:
                continue
            free.pop(0)
            status[r.index] = "conflict"
    new: list[PaymentRecord] = []
    for r in good:
        s = status.get(r.index)
        if s is None:
            new.append(r)
        elif s == "unchanged":
            plan.unchanged_rows.append(r.row)
        else:
            plan.conflict_rows.append(r.row)
            sink.add(r.index, "invoice_number",
                     T("A payment of {amount} {currency} from {customer} on {date} (reference “{reference}”) "
                       "is already in ARDesk but is not applied to {number}; nothing is overwritten. "
                       "Apply that payment in ARDesk, or correct the row."),
                     amount=format_minor(r.amount_minor, r.currency, grouping=False), currency=r.currency,
                     customer=r.customer_code, date=r.date.isoformat(), reference=r.reference,
                     number=r.invoice_number)
    return new


def _check_allocations(plan: ImportPlan, sink: ErrorSink, new: list[PaymentRecord],
                       invoices: dict[str, InvoiceFacts]) -> None:
    """New rows naming one invoice may not pay more than is open on it; keep the rest."""
    per_invoice: dict[str, list[PaymentRecord]] = {}
    for r in new:
        if r.invoice_id is not None:
            per_invoice.setdefault(r.invoice_number, []).append(r)
    over: set[int] = set()
    for number, recs in per_invoice.items():
        inv = invoices[number]
        total = sum(r.amount_minor for r in recs)
        if total <= inv.open_minor:
            continue
        cur = inv.currency
        rows = ", ".join(str(r.row) for r in recs)
        for r in recs:
            over.add(r.index)
            if inv.open_minor == 0:
                sink.add(r.index, "invoice_number", T("Invoice {number} is already fully paid."), number=number)
            elif len(recs) == 1:
                sink.add(r.index, "amount", T("{amount} is more than the {open} still open on {number}."),
                         amount=format_minor(total, cur, grouping=False),
                         open=format_minor(inv.open_minor, cur, grouping=False), number=number)
            else:
                sink.add(r.index, "amount", T("The payments to {number} in rows {rows} add up to {total}, "
                                              "more than the {open} still open on it."),
                         number=number, rows=rows, total=format_minor(total, cur, grouping=False),
                         open=format_minor(inv.open_minor, cur, grouping=False))
    plan.payments.extend(r for r in new if r.index not in over)


def _note_identical_rows(plan: ImportPlan, sink: ErrorSink, groups: dict[tuple, list[PaymentRecord]]) -> None:
    accepted: set[int] | None = None
    for recs in groups.values():
        if len(recs) < 2:
            continue
        if accepted is None:
            accepted = {r.index for r in plan.payments}
        same: dict[int | None, list[PaymentRecord]] = {}
        for r in recs:
            if r.index in accepted:
                same.setdefault(r.invoice_id, []).append(r)
        for dup in same.values():
            if len(dup) > 1:
                sink.note(dup[0].row, T("Rows {rows} are identical; each is imported as a separate payment."),
                          rows=", ".join(str(r.row) for r in dup))
