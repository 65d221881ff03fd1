"""Customer statements (对账单) as PDF: open items, recent payments and an aging summary.

    render_statement(conn, customer_id, as_of, language=None, *, page_size="A4") -> bytes
    render_statements(conn, as_of, *, directory=None, path=None, language=None,
                      progress=None) -> list[Path]        # every customer with open items
    statement_data(conn, customer_id, as_of, language=None) -> StatementData
    company_for_letters(conn) -> LetterCompany             # the company row as letters print it

What is open comes from the as-of rule (``aging`` / ``aging_items``: allocations, credit notes
and write-offs in effect on the date), per currency: invoices with their open amounts, open
credit notes as negative lines, money received but not applied, and the balance. The aging
summary uses the default buckets. Recent payments are those received on or before the date.
The letter's language is the customer's (``customer.language``) unless one is given. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer
from sqlalchemy import Connection

from ...errors import UserError
from ...i18n import T
from ...money import format_minor
from ..aging import AgingRow, Bucket, aging, aging_items, make_buckets
from ..queries import PaymentItem, customer_detail
from . import layout
from .labels import date_text, days_text, labels
from .model import LetterCompany, LetterCustomer

RECENT_PAYMENTS = 10


@dataclass(frozen=True, slots=True)
class StatementLine:
    number: str
    kind: str                   # 'invoice' | 'credit_note'
    issue_date: date
    due_date: date
    days_overdue: int           # as_of − due date: negative while not yet due
    amount_minor: int           # as issued
    open_minor: int             # open on the date (credit notes: the part not yet applied)


@dataclass(frozen=True, slots=True)
class StatementCurrency:
    currency: str
    lines: tuple[StatementLine, ...]
    buckets: tuple[int, ...]    # open invoices per aging bucket
    unapplied_payments: int

    @property
    def balance_minor(self) -> int:
        inv = sum(x.open_minor for x in self.lines if x.kind == "invoice")
        cred = sum(x.open_minor for x in self.lines if x.kind != "invoice")
        return inv - cred - self.unapplied_payments


@dataclass(frozen=True, slots=True)
class StatementData:
    as_of: date
    language: str
    company: LetterCompany
    customer: LetterCustomer
    currencies: tuple[StatementCurrency, ...]
    buckets: tuple[Bucket, ...]
    payments: tuple[PaymentItem, ...]
    page_size: str = "A4"

    @property
    def reference(self) -> str:
        return f"ST-{self.customer.code}-{self.as_of:%Y%m%d}"


class StatementError(UserError):
    pass


# ------------------------------------------------------------------ data

def company_for_letters(conn: Connection) -> LetterCompany:
    """The user's company (first row) with its bank accounts, logo, signature and seal images."""
    row = conn.exec_driver_sql("SELECT * FROM company ORDER BY id LIMIT 1").mappings().first()
    if row is None:
        return LetterCompany(name="")
    accounts = tuple((b or "", a or "", c or "") for b, a, c in conn.exec_driver_sql(
        "SELECT bank_name, account_no, currency FROM company_bank_account WHERE company_id = ? "
        "ORDER BY id", (row["id"],)))
    return LetterCompany(
        name=row.get("name") or "", address=row.get("address") or "", phone=row.get("phone") or "",
        email=row.get("email") or "", tax_id=row.get("tax_id") or "", bank_accounts=accounts,
        logo=row.get("logo"), signature_name=row.get("signature_name") or "",
        signature_title=row.get("signature_title") or "", signature_image=row.get("signature_image"),
        seal_image=row.get("seal_image"))       # seal_image: from migration 0008 on


def statement_data(conn: Connection, customer_id: int, as_of: date, language: str | None = None, *,
                   rows: list[AgingRow] | None = None, company: LetterCompany | None = None,
                   page_size: str = "A4") -> StatementData:
    detail = customer_detail(conn, customer_id, as_of, recent_payments=RECENT_PAYMENTS)
    if detail is None:
        raise StatementError(T("There is no customer with id {id}."), id=customer_id)
    lang = language or detail.language or "zh"
    report = None
    if rows is None:
        report = aging(conn, as_of, customer_id=customer_id)
        rows = list(report.rows)
    buckets = report.buckets if report is not None else make_buckets()
    currencies = []
    for r in rows:
        items = aging_items(conn, as_of, customer_id, r.currency)
        lines = tuple(StatementLine(i.number, i.kind, i.issue_date, i.due_date, (as_of - i.due_date).days,
                                    i.amount_minor, i.open_minor)
                      for i in sorted(items, key=lambda i: (i.kind != "invoice", i.due_date, i.number)))
        currencies.append(StatementCurrency(r.currency, lines, tuple(r.amounts), r.unapplied_payments))
    row = detail.row
    customer = LetterCustomer(code=row.code, name=row.name, address=detail.address, contact=detail.contact)
    return StatementData(as_of, lang, company or company_for_letters(conn), customer, tuple(currencies),
                         buckets, detail.payments, page_size)


# ------------------------------------------------------------------ PDF

def render_statement(conn: Connection, customer_id: int, as_of: date, language: str | None = None,
                     *, page_size: str = "A4") -> bytes:
    """One customer's statement as PDF bytes."""
    return render_statement_data(statement_data(conn, customer_id, as_of, language, page_size=page_size))


def render_statement_data(*datas: StatementData) -> bytes:
    width = layout.frame_width(datas[0].page_size)
    story: list[Any] = []
    for n, sd in enumerate(datas):
        if n:
            story.append(PageBreak())
        story += statement_flowables(sd, width)
    return layout.build(story, datas[0].page_size, title=datas[0].reference if len(datas) == 1 else "",
                        author=datas[0].company.name)


def customers_with_open_items(conn: Connection, as_of: date) -> dict[int, list[AgingRow]]:
    """customer id → its aging rows (one per currency), for every customer with open invoices."""
    out: dict[int, list[AgingRow]] = {}
    for r in aging(conn, as_of).rows:
        if r.invoices:
            out.setdefault(r.customer_id, []).append(r)
    return out


def render_statements(conn: Connection, as_of: date, *, directory: str | Path | None = None,
                      path: str | Path | None = None, language: str | None = None,
                      page_size: str = "A4", progress: Any = None) -> list[Path]:
    """Statements for every customer with open items on ``as_of``: one PDF each in
    ``directory`` (``<code>-statement-<date>.pdf``), and/or all in one file ``path`` for
    printing. Returns the files written. ``progress``: app.services.progress.Progress (its
    Cancel stops between two customers; files already written stay)."""
    if directory is None and path is None:
        raise ValueError("a directory or a path is required")
    company = company_for_letters(conn)
    groups = customers_with_open_items(conn, as_of)
    if progress is not None:
        progress.start(len(groups))
    datas: list[StatementData] = []
    written: list[Path] = []
    for n, (cid, rows) in enumerate(groups.items(), start=1):
        sd = statement_data(conn, cid, as_of, language, rows=rows, company=company, page_size=page_size)
        if directory is not None:
            name = _safe_name(f"{sd.customer.code}-statement-{as_of.isoformat()}.pdf")
            written.append(layout.write_atomic(Path(directory) / name, render_statement_data(sd)))
        if path is not None:
            datas.append(sd)
        if progress is not None:
            progress.step(n)
    if path is not None and datas:
        written.append(layout.write_atomic(path, render_statement_data(*datas)))
    return written


def _safe_name(name: str) -> str:
    return "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in name)


def statement_flowables(sd: StatementData, width: float) -> list[Any]:
    lang = sd.language
    lab = labels(lang)
    story: list[Any] = [
        layout.DocStart(layout.DocInfo(sd.company.name, sd.reference, lang)),
        layout.letterhead(sd.company, lang, width),
        Spacer(1, 7 * mm),
        layout.address_block(sd.customer, [(lab["date"], date_text(sd.as_of, lang)),
                                           (lab["reference"], sd.reference),
                                           (lab["customer_code"], sd.customer.code)], lang, width),
        Spacer(1, 8 * mm),
        layout.txt(lab["statement"], "subject", lang),
        layout.txt(lab["statement_as_of"].format(date=date_text(sd.as_of, lang)), "plain", lang),
    ]
    if not sd.currencies:
        story += [Spacer(1, 4 * mm), layout.txt(lab["no_open_items"], "plain", lang)]
    for cur in sd.currencies:
        story.append(layout.txt(lab["open_items"].format(currency=cur.currency), "h2", lang))
        story.append(_items_table(cur, lang, width))
    if sd.currencies:
        story.append(KeepTogether([layout.txt(lab["aging"], "h2", lang), _aging_table(sd, width)]))
    if sd.payments:
        story.append(KeepTogether([layout.txt(lab["payments"], "h2", lang), _payments_table(sd, width)]))
    story += [Spacer(1, 6 * mm), layout.txt(lab["statement_note"], "plain", lang)]
    return story


def _items_table(cur: StatementCurrency, lang: str, width: float):
    lab = labels(lang)
    c = cur.currency
    head = [lab["col_number"], lab["col_issue"], lab["col_due"], lab["col_days"],
            f"{lab['col_amount']} ({c})", f"{lab['col_open']} ({c})"]
    rows: list[list[Any]] = [[layout.cell(h, "head_r" if i >= 3 else "head", lang) for i, h in enumerate(head)]]
    for x in cur.lines:
        credit = x.kind != "invoice"
        number = f"{x.number} ({lab['credit_note']})" if credit else x.number
        sign = -1 if credit else 1
        rows.append([layout.cell(number, "cell", lang, width - 5 * 28 * mm), x.issue_date.isoformat(),
                     "" if credit else x.due_date.isoformat(),
                     "" if credit else layout.cell(days_text(x.days_overdue, lang), "cell_r", lang),
                     format_minor(sign * x.amount_minor, c), format_minor(sign * x.open_minor, c)])
    totals = []
    if cur.unapplied_payments:
        totals.append((lab["col_unapplied"], -cur.unapplied_payments))
    totals.append((lab["net"] if cur.unapplied_payments else lab["col_total"], cur.balance_minor))
    for label, minor in totals:
        rows.append([layout.cell(label, "cell_r", lang), "", "", "", "", format_minor(minor, c)])
    money_w = max([28 * mm, layout.text_width(format_minor(cur.balance_minor, c), 8.5, True) + 10]
                  + [layout.text_width(h, 8.5, True) + 10 for h in head[4:]])
    fixed = [21 * mm, 21 * mm, 24 * mm, money_w, money_w]
    return layout.grid_table(rows, [width - sum(fixed)] + fixed, numeric=(3, 4, 5), totals=len(totals))


def _bucket_label(b: Bucket, lang: str) -> str:
    lab = labels(lang)
    if b.lo is None:
        return lab["not_due_bucket"]
    if b.hi is None:
        return lab["over_bucket"].format(days=b.lo - 1)
    return lab["bucket"].format(low=b.lo, high=b.hi)


def _aging_table(sd: StatementData, width: float):
    lang = sd.language
    lab = labels(lang)
    head = [lab["col_currency"]] + [_bucket_label(b, lang) for b in sd.buckets] + [lab["col_total"]]
    rows: list[list[Any]] = [[layout.txt(h, "head_r" if i else "head", lang) for i, h in enumerate(head)]]
    for cur in sd.currencies:
        rows.append([cur.currency] + [format_minor(v, cur.currency) for v in cur.buckets]
                    + [format_minor(sum(cur.buckets), cur.currency)])
    first = 16 * mm
    each = (width - first) / (len(head) - 1)
    return layout.grid_table(rows, [first] + [each] * (len(head) - 1), numeric=range(1, len(head)),
                             font_size=8)


def _payments_table(sd: StatementData, width: float):
    lang = sd.language
    lab = labels(lang)
    head = [lab["col_pay_date"], lab["col_pay_ref"], lab["col_pay_applied"], lab["col_amount"],
            lab["col_unapplied"]]
    rows: list[list[Any]] = [[layout.cell(h, "head_r" if i >= 3 else "head", lang) for i, h in enumerate(head)]]
    for p in sd.payments:
        rows.append([p.date.isoformat(), layout.txt(p.reference or "", "cell", lang),
                     layout.txt(p.applied_to or "", "cell", lang),
                     f"{p.currency} {format_minor(p.amount_minor, p.currency)}",
                     format_minor(p.unallocated_minor, p.currency) if p.unallocated_minor else ""])
    fixed = [22 * mm, 32 * mm, 22 * mm]
    rest = width - sum(fixed)
    return layout.grid_table(rows, [fixed[0], rest * 0.45, rest * 0.55, fixed[1], fixed[2]],
                             numeric=(3, 4))
