"""Checking an invoices table.

Rules beyond the obvious ones (documented here because the preview and the docs refer to them):

* The customer column may hold the customer's code, or its exact name or one of its other
  names (aliases) when that names one customer only.
* Currency may be empty: the customer's currency is used. Due date may be empty: issue date +
  the customer's payment terms (customers created in the same run included).
* A negative amount imports as a credit note of that customer (amount made positive, due on
  its issue date, like credit notes entered in ARDesk). A zero amount is an error.
* Status (optional): open (also empty), disputed and cancelled import as such; **paid**
  imports the invoice and records a payment of the full amount (source 'import') allocated to
  it, dated from the "paid on" column when there is one, else the import date, so balances
  are right at once; partly paid and written-off rows are refused with a message saying what
  to do instead. A credit note can only be open or cancelled.
* Re-importing: a row equal to the invoice already stored (customer, kind, issue date, due date
  when the file gives one, currency, amount, PO when the file has the column) is "unchanged";
  status is not compared, since payments recorded in ARDesk change it. Any other difference
  is a conflict error: nothing is ever overwritten.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import Connection

from ...i18n import T
from ...money import MoneyError, currency_exponent, format_minor, normalize_currency
from .fields import INVOICES
from .planning import (ErrorSink, ImportOptions, ImportPlan, check_required_columns, date_error,
                       resolve_mapping, shown_rows)
from .plan_customers import check_amount_cell, check_customer_cell
from .table import Table
from .values import DateOrderDecision, DecimalDecision, cell_text, decide_date_order, decide_decimal_mark, \
    parse_date

MAX_NUMBER = 64
_CHUNK = 5000

OPEN, PAID, CANCELLED, DISPUTED = "open", "paid", "cancelled", "disputed"
_STATUS_WORDS = {
    OPEN: ("", "open", "unpaid", "outstanding", "due", "overdue", "issued", "未付", "未收", "未结",
           "未结清", "未收款", "未付款", "待收", "待收款", "应收", "正常", "已开票", "开票", "逾期"),
    PAID: ("paid", "settled", "closed", "fully paid", "已付", "已收", "已收款", "已付款", "已结清",
           "结清", "已回款", "已核销"),
    CANCELLED: ("cancelled", "canceled", "void", "voided", "作废", "已作废", "取消", "已取消", "红冲",
                "已红冲"),
    DISPUTED: ("disputed", "dispute", "in dispute", "争议", "有争议", "异议", "纠纷"),
    "partly": ("partly paid", "partially paid", "partial", "part paid", "部分付款", "部分收款",
               "部分回款", "部分已收"),
    "written_off": ("written off", "write off", "writtenoff", "bad debt", "坏账", "已核销坏账"),
}
STATUS_OF = {w: k for k, words in _STATUS_WORDS.items() for w in words}


class InvoiceRecord(NamedTuple):
    row: int                   # Excel row number
    index: int                 # index into table.rows
    number: str
    customer_id: int | None    # None: a customer created by the customers plan of the same run
    customer_code: str
    kind: str                  # invoice | credit_note
    issue_date: date
    due_date: date
    currency: str
    amount_minor: int          # positive
    status: str                # open | disputed | cancelled | paid
    po: str
    paid_date: date | None


class _Cust(NamedTuple):
    id: int | None
    code: str
    currency: str
    terms: int


def _customers(conn: Connection, pending) -> tuple[dict[str, _Cust], dict[str, list[_Cust]]]:
    """code → customer, and name/alias → customers (for files that name customers)."""
    by_code: dict[str, _Cust] = {}
    by_name: dict[str, list[_Cust]] = {}
    ids: dict[int, _Cust] = {}
    for cid, code, name, cur, terms in conn.exec_driver_sql(
            "SELECT id, code, name, currency, terms_days FROM customer"):
        c = ids[cid] = by_code[code] = _Cust(cid, code, cur, terms)
        by_name.setdefault(name, []).append(c)
    for cid, value in conn.exec_driver_sql(
            "SELECT customer_id, value FROM customer_alias WHERE kind = 'name'"):
        lst = by_name.setdefault(value, [])
        if ids[cid] not in lst:
            lst.append(ids[cid])
    if pending is not None:
        for rec in pending.customers:
            d = rec.data
            c = by_code[d.code] = _Cust(None, d.code, d.currency, d.terms_days)
            for n in (d.name, *d.aliases):
                by_name.setdefault(n, []).append(c)
    return by_code, by_name


def _existing(conn: Connection, numbers: list[str]) -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    total = conn.exec_driver_sql("SELECT COUNT(*) FROM invoice").scalar_one()
    if not total:
        return out
    raw = conn.connection.driver_connection     # plain sqlite3: 100,000s of rows, no result objects
    for k in range(0, len(numbers), _CHUNK):
        chunk = numbers[k:k + _CHUNK]
        marks = ",".join("?" * len(chunk))
        sql = ("SELECT i.number, c.code, i.kind, i.issue_date, i.due_date, i.currency, i.amount_minor, "
               f"i.po FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE i.number IN ({marks})")
        for r in raw.execute(sql, tuple(chunk)).fetchall():  # type: ignore[union-attr]
            out[r[0]] = r[1:]
    return out


class InvoiceChecker:
    """The checks of one invoice row, shared by the in-memory and the streamed planner.

    ``check_part(start, rows)`` checks rows ``start, start+1, ...``, reports their errors to
    ``sink`` and returns (keys, good): ``keys`` = (number, index) of every row with a usable
    invoice number (for duplicates in the file), ``good`` = the valid rows as ``Good`` tuples.
    What needs the whole file (duplicates, the database) is the planner's.
    """

    def __init__(self, conn: Connection, plan: ImportPlan, sink: ErrorSink,
                 customers_plan: ImportPlan | None) -> None:
        self.plan, self.sink = plan, sink
        self.by_code, self.by_name = _customers(conn, customers_plan)
        self.cols = tuple(plan.mapping.get(f) for f in (
            "number", "customer_code", "issue_date", "due_date", "currency", "amount", "po", "status",
            "paid_date"))
        self.width = len(plan.table.headers)
        self.date_cache: dict[object, date | None] = {}
        self.cur_cache: dict[str, tuple[str, int] | None] = {}
        self.cust_cache: dict[str, _Cust | str] = {}
        self.paid_without_date = 0

    def check_part(self, start: int, rows: list[list[object]]) -> tuple[list[tuple[str, int]], list["Good"]]:
        plan, sink, as_of = self.plan, self.sink, self.plan.as_of
        c_num, c_cust, c_issue, c_due, c_cur, c_amt, c_po, c_status, c_paid = self.cols
        date_cache, cur_cache, cust_cache = self.date_cache, self.cur_cache, self.cust_cache
        by_code, by_name = self.by_code, self.by_name
        ord_ = plan.date_order.order
        mark = plan.decimal_mark.mark
        width = self.width
        keys: list[tuple[str, int]] = []
        good: list[Good] = []
        if len(date_cache) > 100_000:
            date_cache.clear()
        if len(cust_cache) > 100_000:
            cust_cache.clear()

        def get_date(v: object) -> date | None:
            try:
                return date_cache[v]
            except KeyError:
                d = date_cache[v] = parse_date(v, ord_)
                return d
            except TypeError:                       # unhashable: never for cells, but be safe
                return parse_date(v, ord_)

        for i, row in enumerate(rows, start):
            if len(row) < width:
                row = row + [""] * (width - len(row))
            bad = False
            raw = row[c_num]
            number = raw if type(raw) is str else cell_text(raw)
            if not number:
                sink.add(i, "number", T("A value is required."))
                bad = True
            elif len(number) > MAX_NUMBER:
                sink.add(i, "number", T("The number is longer than {max} characters."), max=MAX_NUMBER)
                bad = True
            else:
                keys.append((number, i))
            # customer
            cust = check_customer_cell(sink, i, row[c_cust], cust_cache, by_code, by_name)
            if cust is None:
                bad = True
            # dates
            raw = row[c_issue]
            issue = get_date(raw) if raw != "" else None
            if issue is None:
                if raw == "":
                    sink.add(i, "issue_date", T("A value is required."))
                else:
                    date_error(sink, i, "issue_date", cell_text(raw), ord_)
                bad = True
            due = None
            due_given = False
            if c_due is not None:
                raw = row[c_due]
                if raw != "":
                    due_given = True
                    due = get_date(raw)
                    if due is None:
                        date_error(sink, i, "due_date", cell_text(raw), ord_)
                        bad = True
            # currency
            currency = exponent = None
            if c_cur is not None and row[c_cur] != "":
                raw = row[c_cur]
                key = raw if type(raw) is str else cell_text(raw)
                ce = cur_cache.get(key, 0)
                if ce == 0:
                    try:
                        code = normalize_currency(key)
                        ce = (code, currency_exponent(code))
                    except MoneyError:
                        ce = None
                    if len(cur_cache) < 1000:
                        cur_cache[key] = ce
                if ce is None:
                    sink.add(i, "currency", T("Unknown currency {value}."), value=key)
                    bad = True
                else:
                    currency, exponent = ce
            elif cust is not None:
                currency = cust.currency
                exponent = currency_exponent(currency)
            # amount
            amount = check_amount_cell(sink, i, row[c_amt], exponent, currency, mark)
            if amount is None and exponent is not None:
                bad = True
            # status
            status = OPEN
            if c_status is not None:
                raw = row[c_status]
                word = (raw if type(raw) is str else cell_text(raw)).lower()
                status = STATUS_OF.get(word) or STATUS_OF.get(word.replace("_", " ").replace("-", " "), "?")
                if status == "?":
                    sink.add(i, "status", T("Unknown status {value}; use open, paid, cancelled or disputed."),
                             value=cell_text(raw))
                    bad = True
                elif status == "partly":
                    sink.add(i, "status", T("Partly paid invoices cannot be imported: import the invoice as "
                                            "open, then record the payment received."))
                    bad = True
                elif status == "written_off":
                    sink.add(i, "status", T("Written-off invoices cannot be imported: import the invoice as "
                                            "open, then write it off in ARDesk."))
                    bad = True
            paid_date = None
            if c_paid is not None and row[c_paid] != "" and status == PAID:
                raw = row[c_paid]
                paid_date = get_date(raw)
                if paid_date is None:
                    date_error(sink, i, "paid_date", cell_text(raw), ord_)
                    bad = True
            # reported even when other cells of the row are wrong, so one pass shows every problem
            if (issue is not None and due is not None and due < issue
                    and not (amount is not None and amount < 0)):
                sink.add(i, "due_date", T("The due date {due} is before the issue date {issue}."),
                         due=due.isoformat(), issue=issue.isoformat())
                bad = True
            if bad or cust is None or issue is None or amount is None:
                continue
            kind = "invoice"
            if amount < 0:
                kind, amount = "credit_note", -amount
                if status not in (OPEN, CANCELLED):
                    sink.add(i, "status", T("A credit note (negative amount) can only be imported as open "
                                            "or cancelled."))
                    continue
                due = issue
            elif due is None:
                due = issue + timedelta(days=cust.terms)
            if status == PAID:
                if paid_date is None:
                    self.paid_without_date += 1
                    paid_date = max(as_of, issue)
                elif paid_date < issue:
                    sink.add(i, "paid_date", T("The paid date {paid} is before the issue date {issue}."),
                             paid=paid_date.isoformat(), issue=issue.isoformat())
                    continue
            po = cell_text(row[c_po]) if c_po is not None else ""
            good.append(Good(i, number, cust, kind, issue, due, due_given, currency, amount, status, po,
                             paid_date))
        return keys, good

    def differences(self, g: "Good", old: tuple) -> list[str]:
        """What differs between a valid row and the invoice stored under its number."""
        return _differences(old, g.cust.code, g.kind, g.issue, g.due if g.due_given or g.kind != "invoice" else None,
                            g.currency, g.amount, g.po if self.cols[6] is not None else None)

    def note_paid_without_date(self) -> None:
        if self.paid_without_date:
            self.sink.note(self.plan.table.header_row, T("{count} paid invoice(s) without a paid date are "
                                                         "recorded as paid on {date}."),
                           count=self.paid_without_date, date=self.plan.as_of.isoformat())


class Good(NamedTuple):
    """A valid row, before duplicates and the database are looked at."""

    i: int
    number: str
    cust: _Cust
    kind: str
    issue: date
    due: date
    due_given: bool
    currency: str
    amount: int
    status: str
    po: str
    paid: date | None

    def record(self, row: int) -> InvoiceRecord:
        c = self.cust
        return InvoiceRecord(row, self.i, self.number, c.id, c.code, self.kind, self.issue, self.due,
                             self.currency, self.amount, self.status, self.po, self.paid)


def new_plan(table: Table, options: ImportOptions, as_of: date, customers_plan: ImportPlan | None,
             order: DateOrderDecision, dec: DecimalDecision) -> ImportPlan:
    return ImportPlan(INVOICES, table, options, resolve_mapping(INVOICES, table, options), as_of, order, dec,
                      customers_plan=customers_plan)


def duplicate_message(sink: ErrorSink, number: str, members: list[tuple[int, int]]) -> None:
    """Errors for the rows (index, Excel row) that share invoice ``number``."""
    shown = shown_rows([row for _, row in members])
    for j, row in members:
        sink.add_at(j, row, "number", T("Invoice number {number} appears more than once in the file "
                                        "(rows {rows})."), number=number, rows=shown)


def conflict_message(sink: ErrorSink, i: int, row: int, number: str, details: str) -> None:
    sink.add_at(i, row, "number", T("Invoice {number} already exists with different data ({details}); "
                                    "nothing is overwritten."), number=number, details=details)


def plan_invoices(conn: Connection, table: Table, options: ImportOptions, as_of: date,
                  customers_plan: ImportPlan | None, progress=None) -> ImportPlan:
    """The whole table in memory (see plan_stream.py for a streamed one)."""
    mapping = resolve_mapping(INVOICES, table, options)
    rows, numbers_of = table.rows, table.row_numbers
    date_cols = [c for c in (mapping.get("issue_date"), mapping.get("due_date"), mapping.get("paid_date"))
                 if c is not None]
    c_amt = mapping.get("amount")
    order = decide_date_order(((numbers_of[i], r[c]) for c in date_cols for i, r in enumerate(rows)),
                              options.date_order)
    dec = decide_decimal_mark(((numbers_of[i], r[c_amt]) for i, r in enumerate(rows))
                              if c_amt is not None else iter(()), options.decimal_mark)
    plan = new_plan(table, options, as_of, customers_plan, order, dec)
    if not check_required_columns(plan):
        return plan
    sink = ErrorSink(plan)
    checker = InvoiceChecker(conn, plan, sink, customers_plan)
    if progress is not None:
        progress.start(len(rows), T("Checking rows"))
    first_row: dict[str, int] = {}
    dup: dict[str, list[int]] = {}
    good: list[Good] = []
    for start, part, _numbers in table.chunks(_CHUNK):
        if progress is not None and start:
            progress.step(start, T("Checking rows"))
        keys, ok = checker.check_part(start, part)
        good.extend(ok)
        for number, i in keys:
            j = first_row.setdefault(number, i)
            if j != i:
                dup.setdefault(number, [j]).append(i)
    for number, idx in dup.items():
        duplicate_message(sink, number, [(j, numbers_of[j]) for j in idx])
    existing = _existing(conn, [g.number for g in good if g.number not in dup])
    new = plan.invoices
    for g in good:
        if g.number in dup:
            continue
        old = existing.get(g.number)
        row = numbers_of[g.i]
        if old is None:
            new.append(g.record(row))
            continue
        diffs = checker.differences(g, old)
        if diffs:
            plan.conflict_rows.append(row)
            conflict_message(sink, g.i, row, g.number, "; ".join(diffs))
        else:
            plan.unchanged_rows.append(row)
    checker.note_paid_without_date()
    plan.errors.sort(key=lambda e: e.row)
    if progress is not None:
        progress.step(len(rows), T("Checking rows"))
    return plan


def _differences(old: tuple, code: str, kind: str, issue: date, due: date | None, currency: str,
                 amount: int, po: str | None) -> list[str]:
    o_code, o_kind, o_issue, o_due, o_cur, o_amount, o_po = old
    d: list[str] = []

    def diff(name: str, file_v: object, db_v: object) -> None:
        d.append(f"{name}: {file_v} in the file, {db_v} in ARDesk")

    if o_code != code:
        diff("customer", code, o_code)
    if o_kind != kind:
        diff("kind", kind.replace("_", " "), o_kind.replace("_", " "))
    if o_issue != issue.isoformat():
        diff("issue date", issue.isoformat(), o_issue)
    if due is not None and o_due != due.isoformat():
        diff("due date", due.isoformat(), o_due)
    if o_cur != currency or o_amount != amount:
        diff("amount", f"{format_minor(amount, currency, grouping=False)} {currency}",
             f"{format_minor(o_amount, o_cur, grouping=False)} {o_cur}")
    if po is not None and (o_po or "") != po:
        diff("PO", po or "(empty)", o_po or "(empty)")
    return d
