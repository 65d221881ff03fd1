"""Read models for lists: plain data built from one SQL query each, never ORM objects.

The invoice list is held column by column (``array`` for numbers, shared string objects for
repeated text, a ``TextColumn`` for invoice numbers and POs) so 200,000 invoices fit in about
25 MB and sort in a fraction of a second.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import Connection

from ..models import OPEN_STATUSES
from .columns import SEP, TextColumn

_EPOCH = date(1970, 1, 1).toordinal()

# codes for compact columns
STATUSES = ("open", "partly_paid", "paid", "cancelled", "disputed", "written_off")
KINDS = ("invoice", "credit_note")
_STATUS_CODE = {s: i for i, s in enumerate(STATUSES)}
_OPEN_CODES = frozenset(_STATUS_CODE[s] for s in OPEN_STATUSES)


def _day(iso: str) -> int:
    """'2026-11-23' → days since 1970-01-01 (ints compare and subtract fast)."""
    return date.fromisoformat(iso).toordinal() - _EPOCH


def day_to_date(day: int) -> date:
    return date.fromordinal(day + _EPOCH)


def date_to_day(d: date) -> int:
    return d.toordinal() - _EPOCH


@dataclass
class InvoiceTable:
    """All invoices and credit notes, one array per column, in id order."""

    as_of: date
    id: array = field(default_factory=lambda: array("q"))
    number: TextColumn = field(default_factory=TextColumn)          # reads like list[str]
    customer: array = field(default_factory=lambda: array("i"))     # index into customers
    kind: array = field(default_factory=lambda: array("b"))         # index into KINDS
    issue: array = field(default_factory=lambda: array("i"))        # day numbers
    due: array = field(default_factory=lambda: array("i"))
    currency: list[str] = field(default_factory=list)               # shared str objects
    amount: array = field(default_factory=lambda: array("q"))
    open: array = field(default_factory=lambda: array("q"))
    status: array = field(default_factory=lambda: array("b"))       # index into STATUSES
    po: TextColumn = field(default_factory=TextColumn)
    customer_ids: list[int] = field(default_factory=list)
    customer_codes: list[str] = field(default_factory=list)
    customer_names: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.id)

    @property
    def as_of_day(self) -> int:
        return date_to_day(self.as_of)

    def days_overdue(self, i: int) -> int:
        """Days past due for an open invoice as of ``as_of``; 0 when not overdue or settled."""
        if self.kind[i] != 0 or self.status[i] not in _OPEN_CODES or self.open[i] == 0:
            return 0
        d = self.as_of_day - self.due[i]
        return d if d > 0 else 0

    def is_overdue(self, i: int) -> bool:
        return self.days_overdue(i) > 0

    def is_open(self, i: int) -> bool:
        return self.status[i] in _OPEN_CODES and self.open[i] > 0


_INVOICE_SQL = (
    "SELECT i.id, i.number, i.customer_id, i.kind, i.issue_date, i.due_date, i.currency, "
    "i.amount_minor, i.open_minor, i.status, i.po FROM invoice i "
    "WHERE i.id >= ? AND i.id < ? ORDER BY i.id"
)

# One aggregate row per id range: each column comes back as one joined string, so SQLite does the
# row loop and Python only splits (fetching 200,000 row tuples costs about twice as much).
_INVOICE_COLUMNS_SQL = (
    "SELECT count(*), min(id), max(id), group_concat(number, char(31)), "
    "group_concat(customer_id), group_concat(CASE kind " + " ".join(
        f"WHEN '{k}' THEN {i}" for i, k in enumerate(KINDS)) + " ELSE 9 END, ''), "
    "group_concat(issue_date), group_concat(due_date), group_concat(currency), "
    "group_concat(amount_minor), group_concat(open_minor), group_concat(CASE status " + " ".join(
        f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUSES)) + " ELSE 9 END, ''), "
    "group_concat(po, char(31)) "
    "FROM invoice WHERE id >= ? AND id < ?"     # a rowid range: SQLite walks it in id order
)
_ID_SPAN = 20_000  # ids per statement: progress and Cancel stay responsive, buffers stay small
_DIGITS = bytes.maketrans(b"0123456789", bytes(range(10)))


def load_invoice_table(conn: Connection, as_of: date, *, progress=None) -> InvoiceTable:
    """Every invoice and credit note, column by column, in id order.

    ``progress(n)`` is called with the number of rows read so far; returning False stops early.
    All statements run on ``conn`` (one read transaction, so one consistent snapshot).
    """
    t = InvoiceTable(as_of=as_of)
    _load_customers(conn, t)
    lo, hi = conn.exec_driver_sql("SELECT min(id), max(id) FROM invoice").one()
    if lo is None:
        return t
    dec = _Decoders({cid: i for i, cid in enumerate(t.customer_ids)})
    n = 0
    for start in range(lo, hi + 1, _ID_SPAN):
        stop = start + _ID_SPAN
        row = conn.exec_driver_sql(_INVOICE_COLUMNS_SQL, (start, stop)).one()
        if row[0]:
            try:
                _append_columns(t, row, dec, conn, (start, stop))
            except (KeyError, ValueError, AttributeError):
                # something unusual in the text (a separator inside a value, a bad date): read
                # this range row by row instead (``_append_columns`` changed nothing)
                _append_rows(t, conn.exec_driver_sql(_INVOICE_SQL, (start, stop)), dec)
        n = len(t.id)
        if progress is not None and progress(n) is False:
            break
    return t


def _load_customers(conn: Connection, t: InvoiceTable) -> None:
    count, ids, codes, names = conn.exec_driver_sql(
        "SELECT count(*), group_concat(id), group_concat(code, char(31)), group_concat(name, char(31)) "
        "FROM (SELECT id, code, name FROM customer ORDER BY code)").one()
    if not count:
        return
    ids_l, codes_l, names_l = ids.split(","), codes.split(SEP), names.split(SEP)
    if len(ids_l) == len(codes_l) == len(names_l) == count:
        t.customer_ids.extend(map(int, ids_l))
        t.customer_codes.extend(codes_l)
        t.customer_names.extend(names_l)
        return
    for cid, code, name in conn.exec_driver_sql("SELECT id, code, name FROM customer ORDER BY code"):
        t.customer_ids.append(cid)
        t.customer_codes.append(code)
        t.customer_names.append(name)


class _Decoders:
    """Text → code lookups shared by all ranges of one load."""

    def __init__(self, cust_index: dict[int, int]) -> None:
        self.cust_index = cust_index
        self.cust_by_text = {str(k): v for k, v in cust_index.items()}
        self.days: dict[str, int] = {}
        self.strings: dict[str, str] = {}
        self.kinds = {k: i for i, k in enumerate(KINDS)}
        self.statuses = dict(_STATUS_CODE)

    def day_map(self, values: list[str]) -> dict[str, int]:
        for v in set(values).difference(self.days):
            self.days[v] = _day(v)
        return self.days

    def shared(self, values: list[str]) -> dict[str, str]:
        for v in set(values).difference(self.strings):
            self.strings[v] = v
        return self.strings


def _codes(digits: str, count: int, limit: int) -> array:
    """'0120…' (one digit per row) → array of small ints; ValueError when anything is off."""
    raw = digits.encode("ascii").translate(_DIGITS)
    if len(raw) != count or max(raw) >= limit:
        raise ValueError("unexpected code")
    return array("b", raw)


def _append_columns(t: InvoiceTable, row, dec: _Decoders, conn: Connection, span: tuple[int, int]) -> None:
    (count, first, last, numbers, cids, kinds, issues, dues, curs, amounts, opens, statuses,
     pos) = row
    numbers_l = numbers.split(SEP)
    pos_l = pos.split(SEP)
    columns = [cids.split(","), issues.split(","), dues.split(","), curs.split(","),
               amounts.split(","), opens.split(",")]
    if any(len(c) != count for c in columns) or len(numbers_l) != count or len(pos_l) != count:
        raise ValueError("separator inside a value")
    cids_l, issues_l, dues_l, curs_l, amounts_l, opens_l = columns
    # decode everything first, then extend: a failure leaves ``t`` untouched
    if last - first + 1 == count:     # no gaps: the ids are exactly first..last
        new_ids = array("q", range(first, last + 1))
    else:
        ids = conn.exec_driver_sql("SELECT group_concat(id) FROM invoice WHERE id >= ? AND id < ?",
                                   span).scalar_one()
        new_ids = array("q", map(int, ids.split(",")))
        if len(new_ids) != count:
            raise ValueError("rows changed while reading")
    new_cust = array("i", map(dec.cust_by_text.__getitem__, cids_l))
    new_kind = _codes(kinds, count, len(KINDS))
    new_issue = array("i", map(dec.day_map(issues_l).__getitem__, issues_l))
    new_due = array("i", map(dec.day_map(dues_l).__getitem__, dues_l))
    new_cur = list(map(dec.shared(curs_l).__getitem__, curs_l))
    new_amount = array("q", map(int, amounts_l))
    new_open = array("q", map(int, opens_l))
    new_status = _codes(statuses, count, len(STATUSES))
    t.id.extend(new_ids)
    t.number.extend_split(numbers, numbers_l)
    t.customer.extend(new_cust)
    t.kind.extend(new_kind)
    t.issue.extend(new_issue)
    t.due.extend(new_due)
    t.currency.extend(new_cur)
    t.amount.extend(new_amount)
    t.open.extend(new_open)
    t.status.extend(new_status)
    t.po.extend_split(pos, pos_l)


def _append_rows(t: InvoiceTable, rows, dec: _Decoders) -> None:
    days, strings = dec.days, dec.strings
    numbers: list[str] = []
    pos: list[str] = []
    for iid, number, cid, kind, issue, due, cur_, amount, open_, status, po in rows:
        t.id.append(iid)
        numbers.append(number)
        t.customer.append(dec.cust_index[cid])
        t.kind.append(dec.kinds[kind])
        d = days.get(issue)
        if d is None:
            d = days[issue] = _day(issue)
        t.issue.append(d)
        d = days.get(due)
        if d is None:
            d = days[due] = _day(due)
        t.due.append(d)
        t.currency.append(strings.setdefault(cur_, cur_))
        t.amount.append(amount)
        t.open.append(open_)
        t.status.append(dec.statuses[status])
        pos.append(po)
    t.number.extend(numbers)     # one call each: TextColumn copies its text per call
    t.po.extend(pos)


@dataclass(frozen=True)
class Balance:
    currency: str
    open_minor: int          # invoices still open minus unapplied credit notes
    overdue_minor: int       # invoices past due as of the date
    oldest_overdue_days: int


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    currency: str
    terms_days: int
    credit_limit_minor: int | None
    active: bool
    aliases: str
    balance: Balance                          # in the customer's own currency
    other_balances: tuple[Balance, ...] = ()  # invoices in other currencies, if any


_CUSTOMER_BALANCES_SQL = (
    "SELECT customer_id, currency, "
    " SUM(CASE WHEN kind = 'invoice' THEN open_minor ELSE -open_minor END), "
    " SUM(CASE WHEN kind = 'invoice' AND due_date < :as_of THEN open_minor ELSE 0 END), "
    " MIN(CASE WHEN kind = 'invoice' AND due_date < :as_of THEN due_date END) "
    "FROM invoice "
    "WHERE open_minor > 0 AND status NOT IN ('cancelled', 'written_off') "
    " AND (:cid IS NULL OR customer_id = :cid) "
    "GROUP BY customer_id, currency"
)


def customer_rows(conn: Connection, as_of: date, customer_id: int | None = None) -> list[CustomerRow]:
    """One row per customer (or just ``customer_id``) with balances as they stand today.

    Balances come from the maintained ``open_minor``; ``as_of`` decides what is overdue.
    """
    from sqlalchemy import text

    params = {"as_of": as_of.isoformat(), "cid": customer_id}
    balances: dict[int, list[Balance]] = {}
    for cid, cur, open_, overdue, oldest_due in conn.execute(text(_CUSTOMER_BALANCES_SQL), params):
        days = (as_of - date.fromisoformat(oldest_due)).days if oldest_due else 0
        balances.setdefault(cid, []).append(Balance(cur, int(open_), int(overdue), days))
    aliases: dict[int, list[str]] = {}
    for cid, value in conn.execute(text(
            "SELECT customer_id, value FROM customer_alias WHERE kind = 'name' "
            "AND (:cid IS NULL OR customer_id = :cid) ORDER BY id"), params):
        aliases.setdefault(cid, []).append(value)
    rows: list[CustomerRow] = []
    for cid, code, name, cur, terms, limit, active in conn.execute(text(
            "SELECT id, code, name, currency, terms_days, credit_limit_minor, active "
            "FROM customer WHERE (:cid IS NULL OR id = :cid) ORDER BY code"), params):
        bl = balances.get(cid, [])
        own = next((b for b in bl if b.currency == cur), Balance(cur, 0, 0, 0))
        others = tuple(b for b in bl if b.currency != cur)
        rows.append(CustomerRow(cid, code, name, cur, terms, limit, bool(active),
                                " | ".join(aliases.get(cid, [])), own, others))
    return rows


@dataclass(frozen=True)
class OpenItem:
    id: int
    number: str
    kind: str
    issue_date: date
    due_date: date
    currency: str
    amount_minor: int
    open_minor: int
    status: str
    days_overdue: int


@dataclass(frozen=True)
class PaymentItem:
    id: int
    date: date
    currency: str
    amount_minor: int
    unallocated_minor: int
    reference: str
    applied_to: str


@dataclass(frozen=True)
class CustomerDetail:
    row: CustomerRow
    contact: str
    email: str
    phone: str
    address: str
    language: str
    notes: str
    open_items: tuple[OpenItem, ...]
    payments: tuple[PaymentItem, ...]


def customer_detail(conn: Connection, customer_id: int, as_of: date,
                    recent_payments: int = 20) -> CustomerDetail | None:
    from sqlalchemy import text

    row = next(iter(customer_rows(conn, as_of, customer_id)), None)
    if row is None:
        return None
    c = conn.execute(text("SELECT contact, email, phone, address, language, notes FROM customer "
                          "WHERE id = :id"), {"id": customer_id}).one()
    items = []
    for iid, number, kind, issue, due, cur, amount, open_, status in conn.execute(text(
            "SELECT id, number, kind, issue_date, due_date, currency, amount_minor, open_minor, status "
            "FROM invoice WHERE customer_id = :id AND open_minor > 0 "
            "AND status NOT IN ('cancelled', 'written_off') ORDER BY due_date, number"),
            {"id": customer_id}):
        due_d = date.fromisoformat(due)
        od = max(0, (as_of - due_d).days) if kind == "invoice" else 0
        items.append(OpenItem(iid, number, kind, date.fromisoformat(issue), due_d, cur, amount, open_,
                              status, od))
    pays = []
    for pid, pdate, cur, amount, unalloc, ref, applied in conn.execute(text(
            "SELECT p.id, p.date, p.currency, p.amount_minor, p.unallocated_minor, p.reference, "
            " (SELECT group_concat(i.number, ', ') FROM allocation a JOIN invoice i ON i.id = a.invoice_id "
            "  WHERE a.payment_id = p.id AND a.undone_at IS NULL) "
            "FROM payment p WHERE p.customer_id = :id AND p.date <= :as_of "
            "ORDER BY p.date DESC, p.id DESC LIMIT :n"),
            {"id": customer_id, "as_of": as_of.isoformat(), "n": recent_payments}):
        pays.append(PaymentItem(pid, date.fromisoformat(pdate), cur, amount, unalloc, ref, applied or ""))
    return CustomerDetail(row, *c, open_items=tuple(items), payments=tuple(pays))


@dataclass(frozen=True)
class Counts:
    customers: int
    invoices: int
    open_invoices: int
    overdue_invoices: int


def counts(conn: Connection, as_of: date) -> Counts:
    from sqlalchemy import text

    cust = conn.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar_one()
    inv, open_, overdue = conn.execute(text(
        "SELECT COUNT(*), "
        " SUM(CASE WHEN open_minor > 0 AND status NOT IN ('cancelled','written_off') THEN 1 ELSE 0 END), "
        " SUM(CASE WHEN kind = 'invoice' AND open_minor > 0 AND status NOT IN ('cancelled','written_off') "
        "      AND due_date < :as_of THEN 1 ELSE 0 END) "
        "FROM invoice"), {"as_of": as_of.isoformat()}).one()
    return Counts(int(cust), int(inv), int(open_ or 0), int(overdue or 0))


def default_due(issue: date, terms_days: int) -> date:
    return issue + timedelta(days=terms_days)
