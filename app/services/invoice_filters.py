"""Filter, sort and sum the columnar invoice list, plus small helpers the invoice forms need.

Pure Python (no Qt), so the Invoices tab, the CLI and the benchmark share it. An
``InvoiceView`` keeps one permutation (an ``array`` of row indexes into an ``InvoiceTable``)
for the current sort and filter. Sorting is a stable ``sorted(range(n), key=...)`` over one
precomputed key column; the full order for a sort is kept, so changing a filter only walks
that order once and keeps the rows that match.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from itertools import compress
from datetime import date
from typing import Sequence

from sqlalchemy import Connection

from ..models import OPEN_STATUSES
from .columns import TextColumn
from .queries import STATUSES, InvoiceTable, date_to_day

# Column keys, in the order the list shows them.
COLUMNS = ("number", "customer", "kind", "issue_date", "due_date", "currency", "amount", "open",
           "status", "days_overdue")

STATUS_FILTERS = ("open", "overdue", "paid", "disputed", "cancelled", "all")

_OPEN_CODES = frozenset(STATUSES.index(s) for s in OPEN_STATUSES)
_PAID = STATUSES.index("paid")
_DISPUTED = STATUSES.index("disputed")
_CANCELLED = STATUSES.index("cancelled")


@dataclass(frozen=True)
class InvoiceFilter:
    status: str = "all"                  # one of STATUS_FILTERS
    customer: int | None = None          # index into table.customer_ids
    issue_from: date | None = None       # inclusive
    issue_to: date | None = None         # inclusive
    text: str = ""                       # part of the number, customer code/name or PO

    @property
    def is_empty(self) -> bool:
        return (self.status == "all" and self.customer is None and self.issue_from is None
                and self.issue_to is None and not self.text.strip())


def _status_table(codes: Sequence[int]) -> bytes:
    """A bytes.translate table: status code → 1 when wanted, else 0."""
    tbl = bytearray(256)
    for c in codes:
        tbl[c] = 1
    return bytes(tbl)


class InvoiceView:
    """The rows of ``table`` to show, in display order."""

    def __init__(self, table: InvoiceTable) -> None:
        self.table = table
        self.sort_column: str | None = None
        self.descending = False
        self.filter = InvoiceFilter()
        self._orders: dict[tuple[str | None, bool], array] = {}
        self._signed_open: array | None = None
        self._customer_text: TextColumn | None = None     # "code  name" per customer, for search
        self.rows: array = self._order()

    def __len__(self) -> int:
        return len(self.rows)

    # ----------------------------------------------------------------- sort
    def sort_key(self, column: str):
        """A sequence indexable by row giving that row's sort key for ``column``."""
        t = self.table
        if column == "number":
            return t.number.to_list()       # one str per row while sorting, then freed
        if column == "customer":
            # rank customers once by (name, code); rows then sort on small ints
            n = len(t.customer_ids)
            names, codes = t.customer_names, t.customer_codes
            by_name = sorted(range(n), key=lambda c: (names[c].casefold(), codes[c]))
            rank = [0] * n
            for r, c in enumerate(by_name):
                rank[c] = r
            return array("i", map(rank.__getitem__, t.customer))
        if column == "kind":
            return t.kind
        if column == "issue_date":
            return t.issue
        if column == "due_date":
            return t.due
        if column == "currency":
            return t.currency
        if column == "amount":
            return array("q", (a if k == 0 else -a for a, k in zip(t.amount, t.kind)))
        if column == "open":
            return self.signed_open()
        if column == "status":
            return t.status
        if column == "days_overdue":
            return overdue_days_column(t)
        raise ValueError(f"unknown column {column!r}")

    def _order(self) -> array:
        key = (self.sort_column, self.descending)
        order = self._orders.get(key)
        if order is None:
            n = len(self.table)
            if self.sort_column is None:
                order = array("i", range(n - 1, -1, -1) if self.descending else range(n))
            else:
                keys = self.sort_key(self.sort_column)
                order = array("i", sorted(range(n), key=keys.__getitem__, reverse=self.descending))
                del keys
            self._orders.clear()            # keep one order: 200,000 rows cost 0.8 MB each
            self._orders[key] = order
        return order

    def sort(self, column: str | None, descending: bool = False) -> array:
        """Order by ``column`` (None: as stored) and re-apply the current filter."""
        if column is not None and column not in COLUMNS:
            raise ValueError(f"unknown column {column!r}")
        self.sort_column, self.descending = column, descending
        return self.apply_filter(self.filter)

    # --------------------------------------------------------------- filter
    def apply_filter(self, f: InvoiceFilter) -> array:
        self.filter = f
        order = self._order()
        t = self.table
        if f.is_empty:
            self.rows = order
            return order
        rows: Sequence[int] = order
        if f.text.strip():
            mask = self.text_mask(f.text)
            rows = list(compress(rows, map(mask.__getitem__, rows)))
        if f.customer is not None:
            cust, c = t.customer, f.customer
            rows = [i for i in rows if cust[i] == c]
        if f.issue_from is not None or f.issue_to is not None:
            lo = date_to_day(f.issue_from) if f.issue_from else -(1 << 31)
            hi = date_to_day(f.issue_to) if f.issue_to else 1 << 31
            issue = t.issue
            rows = [i for i in rows if lo <= issue[i] <= hi]
        if f.status != "all":
            rows = self._status_rows(rows, f.status)
        self.rows = rows if isinstance(rows, array) else array("i", rows)
        return self.rows

    def _status_rows(self, rows: Sequence[int], status: str) -> list[int]:
        t = self.table
        st = bytes(t.status)           # signed codes 0..5 → bytes, then translate to 0/1
        if status == "open":
            m = st.translate(_status_table(_OPEN_CODES))
            opn = t.open
            return [i for i in rows if m[i] and opn[i] > 0]
        if status == "overdue":
            m = st.translate(_status_table(_OPEN_CODES))
            opn, kind, due, today = t.open, t.kind, t.due, t.as_of_day
            return [i for i in rows if m[i] and due[i] < today and kind[i] == 0 and opn[i] > 0]
        codes = {"paid": (_PAID,), "disputed": (_DISPUTED,), "cancelled": (_CANCELLED,)}.get(status)
        if codes is None:
            raise ValueError(f"unknown status filter {status!r}")
        m = st.translate(_status_table(codes))
        return [i for i in rows if m[i]]

    def text_mask(self, text: str) -> bytearray:
        """1 for every row whose number, PO, customer code or customer name contains ``text``."""
        t = self.table
        needle = text.strip().casefold()
        n = len(t)
        if not needle:
            return bytearray(b"\x01") * n
        if self._customer_text is None:
            self._customer_text = TextColumn(
                f"{code}  {cname}" for code, cname in zip(t.customer_codes, t.customer_names))
        hit = self._customer_text.contains_mask(needle)
        masks = [t.number.contains_mask(needle), t.po.contains_mask(needle)]
        if any(hit):
            masks.append(bytearray(map(hit.__getitem__, t.customer)))
        # OR the masks byte by byte, as big integers (C speed)
        acc = 0
        for m in masks:
            acc |= int.from_bytes(m, "little")
        return bytearray(acc.to_bytes(n, "little"))

    # -------------------------------------------------------------- summary
    def signed_open(self) -> array:
        """Open amount per row, credit notes negative (what the customer still owes)."""
        if self._signed_open is None:
            t = self.table
            self._signed_open = array("q", (o if k == 0 else -o for o, k in zip(t.open, t.kind)))
        return self._signed_open

    def open_totals(self) -> dict[str, int]:
        """Open amount of the shown rows per currency (credit notes subtract), in minor units."""
        t = self.table
        so = self.signed_open()
        currencies = set(t.currency)
        if len(currencies) <= 1:
            return {c: sum(map(so.__getitem__, self.rows)) for c in currencies} if self.rows else {}
        totals: dict[str, int] = {}
        cur = t.currency
        for i in self.rows:
            c = cur[i]
            totals[c] = totals.get(c, 0) + so[i]
        return totals


def overdue_days_column(t: InvoiceTable) -> array:
    today = t.as_of_day
    return array("i", (
        (today - d if d < today else 0) if (k == 0 and s in _OPEN_CODES and o > 0) else 0
        for d, k, s, o in zip(t.due, t.kind, t.status, t.open)))


# --------------------------------------------------------------------- forms
@dataclass(frozen=True)
class CustomerChoice:
    id: int
    code: str
    name: str
    currency: str
    terms_days: int
    active: bool


def customer_choices(conn: Connection) -> list[CustomerChoice]:
    """Every customer for a picker, by code (one query; fast for tens of thousands)."""
    return [CustomerChoice(cid, code, name, cur, terms, bool(active)) for cid, code, name, cur, terms, active
            in conn.exec_driver_sql("SELECT id, code, name, currency, terms_days, active FROM customer "
                                    "ORDER BY code")]


_TRAILING_DIGITS = re.compile(r"^(.*?)(\d+)(\D*)$")


def increment_number(number: str) -> str:
    """'INV-2026-0099' → 'INV-2026-0100'; keeps zero padding; appends '-1' when no digits."""
    m = _TRAILING_DIGITS.match(number)
    if not m:
        return f"{number}-1"
    head, digits, tail = m.groups()
    return f"{head}{int(digits) + 1:0{len(digits)}d}{tail}"


def suggest_number(conn: Connection, kind: str = "invoice") -> str:
    """The next free number after the last one issued of ``kind`` ('invoice' or 'credit_note')."""
    last = conn.exec_driver_sql("SELECT number FROM invoice WHERE kind = ? ORDER BY id DESC LIMIT 1",
                                (kind,)).scalar()
    if last is None:
        last = "INV-00000" if kind == "invoice" else "CN-00000"
    candidate = increment_number(last)
    for _ in range(1000):
        taken = conn.exec_driver_sql("SELECT 1 FROM invoice WHERE number = ?", (candidate,)).scalar()
        if taken is None:
            return candidate
        candidate = increment_number(candidate)
    return candidate


def number_in_use(conn: Connection, number: str) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM invoice WHERE number = ?",
                                (number.strip(),)).scalar() is not None


@dataclass(frozen=True)
class DocumentInfo:
    """What the credit-note, cancel and dispute dialogs show about one invoice or credit note."""

    id: int
    number: str
    kind: str
    customer_id: int
    customer_code: str
    customer_name: str
    issue_date: date
    due_date: date
    currency: str
    amount_minor: int
    open_minor: int
    status: str
    disputed: bool
    dispute_reason: str
    applied_count: int          # live allocations to or from it (payments, credit notes)


def document_info(conn: Connection, invoice_id: int) -> DocumentInfo | None:
    row = conn.exec_driver_sql(
        "SELECT i.id, i.number, i.kind, i.customer_id, c.code, c.name, i.issue_date, i.due_date, "
        " i.currency, i.amount_minor, i.open_minor, i.status, i.disputed, i.dispute_reason, "
        " (SELECT COUNT(*) FROM allocation a WHERE a.undone_at IS NULL "
        "   AND (a.invoice_id = i.id OR a.credit_note_id = i.id)) "
        "FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.id = ?", (invoice_id,)).first()
    if row is None:
        return None
    (iid, number, kind, cid, code, name, issue, due, cur, amount, open_, status, disputed, reason,
     applied) = row
    return DocumentInfo(iid, number, kind, cid, code, name, date.fromisoformat(issue),
                        date.fromisoformat(due), cur, amount, open_, status, bool(disputed),
                        reason or "", int(applied))


def rows_as_tsv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text for the clipboard (tabs and newlines inside cells become spaces)."""
    def clean(v: str) -> str:
        return v.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    lines = ["\t".join(map(clean, headers))]
    lines.extend("\t".join(map(clean, r)) for r in rows)
    return "\n".join(lines) + "\n"

