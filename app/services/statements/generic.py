"""Any other bank's CSV/XLSX/XLS statement, read through a column mapping.

A *statement mapping* (``StatementMapping``) says which column of the table holds the booking
date, the value date, the amount (one signed column, optionally with a debit/credit mark column,
or separate credit and debit columns), the currency (or a fixed currency), the counterparty's
name and account, the remittance text (several columns may be combined), the bank's own line
reference and the own account (or a fixed account), plus how to read dates (day/month order) and
amounts (decimal mark), and which row is the header (detected after any preamble rows unless
given). Columns are 0-based indices into ``Table.headers``.

Driving it from a dialog::

    pv = preview_statement(path)                 # table + detected mapping + missing fields
    pv.table.headers, pv.table.rows[:20], pv.mapping, pv.missing, pv.unmapped_columns
    m = pv.mapping.with_column("amount", 7).with_options(currency="EUR", decimal_mark=",")
    statements = parse_with_mapping(pv, m)       # or parse_generic(path, mapping=m)
    with db.session() as s:
        save_statement_mapping(s, "Sparkasse", pv.table.headers, m)

Saved mappings are import profiles of kind ``statement`` (see ``importers.profiles``), stored by
header text (``#N`` for an untitled or repeated header) so they apply to any later file with the
same layout. ``parse_bank_table`` is the ``--format csv`` reader without a mapping: a supported
Chinese bank export first, else the mapping detected from recognisable headers (English,
German, Chinese …), else ``MappingIncomplete`` naming what could not be mapped.

Dates and amounts are read by ``importers.values`` (``parse_date``, ``parse_amount`` with the
file's ``decide_date_order`` / ``decide_decimal_mark``). Every problem is a ``RowError`` naming
file, row and column; a file with any bad row is refused whole (``StatementRowsRejected`` lists
them all). A line without a bank reference gets a stable synthetic one (``SYN-`` + 20 hex digits
from its content and its occurrence within the file), which the store de-duplicates by content.
"""

from __future__ import annotations

import hashlib
import re
import struct
import tempfile
import unicodedata
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterator

from sqlalchemy.orm import Session

from ...errors import ImportRejected, RowError, UserError
from ...i18n import T
from ...money import MoneyError, currency_exponent, normalize_currency
from ..importers.fields import STATEMENT, FieldSpec, column_label, header_keys, match_columns, \
    normalize_header
from ..importers.profiles import Profile, ProfileError, delete_profile, list_profiles, load_profile, \
    save_profile_data
from ..importers.table import Table, decode_text, read_table
from ..importers.values import DATE_ORDERS, DECIMAL_MARKS, DMY, AmountError, DateOrderDecision, \
    DecimalDecision, cell_text, decide_date_order, decide_decimal_mark, parse_amount, parse_date
from .cn_banks import parse_cn_bank
from .model import ParsedLine, ParsedStatement, StatementError

# ----------------------------------------------------------------------------- fields

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("booking_date", T("Booking date"), True, (
        "booking date", "booked", "posting date", "entry date", "transaction date", "date",
        "buchungstag", "buchungsdatum", "datum", "boekdatum", "date operation",
        "记账日期", "记账日", "入账日期", "交易日期", "交易日", "日期")),
    FieldSpec("value_date", T("Value date"), False, (
        "value date", "valuta", "valutadatum", "wertstellung", "wertstellungsdatum", "wert",
        "rentedatum", "date valeur", "起息日", "起息日期", "计息日")),
    FieldSpec("credit", T("Credit (money in)"), False, (
        "credit", "credit amount", "credits", "paid in", "money in", "deposit", "deposits", "in",
        "haben", "gutschrift", "eingang", "记账金额(收入)", "交易金额(收入)", "贷方发生额", "贷方金额",
        "收入金额", "收入", "存入金额", "存入", "贷方")),
    FieldSpec("debit", T("Debit (money out)"), False, (
        "debit", "debit amount", "debits", "paid out", "money out", "withdrawal", "withdrawals",
        "out", "soll", "lastschrift", "ausgang", "记账金额(支出)", "交易金额(支出)", "借方发生额",
        "借方金额", "支出金额", "支出", "支取金额", "支取", "借方")),
    FieldSpec("amount", T("Amount (signed: money out negative)"), False, (
        "amount", "transaction amount", "betrag", "umsatz", "bedrag", "montant", "importe",
        "交易金额", "金额", "发生额", "记账金额")),
    FieldSpec("direction", T("Debit/credit mark"), False, (
        "debit/credit", "dr/cr", "cr/dr", "credit/debit", "d/c", "c/d", "soll/haben", "s/h",
        "af bij", "借贷", "借贷标志", "借贷方向", "借贷标识", "收支", "收支方向")),
    FieldSpec("currency", T("Currency"), False, (
        "currency", "ccy", "cur", "currency code", "währung", "waehrung", "whrg", "munt", "devise",
        "币种", "币别", "货币", "交易币种", "记账币种")),
    FieldSpec("counterparty_name", T("Counterparty name"), False, (
        "counterparty", "counterparty name", "payer/payee", "payer payee", "payer", "payee",
        "name", "beneficiary", "originator", "beguenstigter/zahlungspflichtiger",
        "begünstigter/zahlungspflichtiger", "auftraggeber/empfänger", "auftraggeber / begünstigter",
        "auftraggeber/begünstigter", "auftraggeber", "empfänger", "zahlungspflichtiger",
        "name zahlungsbeteiligter", "zahlungsbeteiligter", "naam tegenpartij", "naam",
        "对方户名", "对方账户名", "对方名称", "对方单位", "收/付方名称", "对方户名称", "付款人名称",
        "付款人", "付款方")),
    FieldSpec("counterparty_account", T("Counterparty account"), False, (
        "counterparty account", "counterparty iban", "payer account", "payee account",
        "payee account number", "iban", "kontonummer/iban", "iban zahlungsbeteiligter",
        "kontonummer", "tegenrekening", "tegenrekening iban", "对方账号", "对方账户", "对方卡号/账号",
        "收/付方账号", "对方帐号", "付款人账号")),
    FieldSpec("remittance", T("Remittance / purpose (one or more columns)"), False, (
        "remittance", "remittance information", "purpose", "payment details", "details",
        "description", "memo", "narrative", "reference text", "payment reference",
        "verwendungszweck", "buchungstext", "vorgang/verwendungszweck", "omschrijving",
        "mededelingen", "kundenreferenz", "end to end reference", "附言", "交易附言", "用途", "摘要", "交易摘要", "客户摘要", "备注", "交易详情",
        "附加信息")),
    FieldSpec("bank_ref", T("Bank reference (serial number)"), False, (
        "bank reference", "transaction id", "transaction reference", "transaction number",
        "serial number", "reference number", "bankreferenz", "buchungsreferenz",
        "transaktionsnummer", "交易流水号", "流水号", "银行流水号", "业务流水号", "日志号", "交易参考号",
        "凭证号", "交易序号")),
    FieldSpec("account", T("Own account"), False, (
        "own account", "account", "account iban", "auftragskonto", "konto", "rekening",
        "本方账号", "本方帐号", "我方账号", "账号")),
)
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
MULTI_FIELD = "remittance"                         # the one field that combines several columns
_SINGLE = tuple(f for f in FIELDS if f.name != MULTI_FIELD)
_REMITTANCE = next(f for f in FIELDS if f.name == MULTI_FIELD)
SYNONYMS: tuple[str, ...] = tuple(s for f in FIELDS for s in f.synonyms)
_LABELS = {f.name: f.label for f in FIELDS} | {
    "amount_or_credit_debit": T("Amount (or credit and debit columns)"),
    "currency_or_fixed": T("Currency (a column or a fixed currency)")}


def field_label(name: str) -> str:
    """The English (T-marked) label of a field or of a missing-field name."""
    return _LABELS[name]


# ----------------------------------------------------------------------------- the mapping

@dataclass(frozen=True)
class StatementMapping:
    columns: dict[str, int | None] = field(default_factory=dict)   # single-column field → index
    remittance: tuple[int, ...] = ()    # columns joined (in this order) into the remittance text
    currency: str = ""                  # fixed currency: used when no column or its cell is empty
    account: str = ""                   # fixed own account when there is no account column
    date_order: str = "auto"            # auto | DMY | MDY  (for a/b/yyyy dates)
    decimal_mark: str = "auto"          # auto | . | ,
    header_row: int | None = None       # 1-based; None = detected
    sheet: str | None = None            # worksheet name (XLSX/XLS); None = the first with a header

    def column(self, name: str) -> int | None:
        return self.columns.get(name)

    def with_column(self, name: str, col: int | list[int] | tuple[int, ...] | None) -> StatementMapping:
        """A copy with ``name`` mapped to ``col`` (a list of columns for the remittance)."""
        if name == MULTI_FIELD:
            cols = () if col is None else (col,) if isinstance(col, int) else tuple(col)
            return replace(self, remittance=cols)
        if name not in FIELD_NAMES:
            raise KeyError(name)
        return replace(self, columns={**self.columns, name: col})

    def with_options(self, **options: object) -> StatementMapping:
        """A copy with other options (currency, account, date_order, decimal_mark, header_row, sheet)."""
        return replace(self, **options)  # type: ignore[arg-type]

    def used_columns(self) -> set[int]:
        return {c for c in self.columns.values() if c is not None} | set(self.remittance)


def missing_fields(mapping: StatementMapping) -> list[str]:
    """What the mapping still needs: 'booking_date', 'amount_or_credit_debit', 'currency_or_fixed'."""
    c = mapping.columns
    out: list[str] = []
    if c.get("booking_date") is None:
        out.append("booking_date")
    if c.get("amount") is None and (c.get("credit") is None or c.get("debit") is None):
        out.append("amount_or_credit_debit")
    if c.get("currency") is None and not mapping.currency:
        out.append("currency_or_fixed")
    return out


class MappingIncomplete(StatementError):
    """The columns for some required fields are not known; ``missing`` names them."""

    def __init__(self, file: str, missing: list[str], unmapped: list[str]) -> None:
        self.missing, self.unmapped = missing, unmapped
        super().__init__(T("{file}: ARDesk cannot tell which columns hold {fields}; the columns it "
                           "could not map are: {columns}. Save a mapping for this layout ('statement "
                           "mapping save NAME FILE …' or the import dialog) and import with "
                           "--mapping NAME."),
                         file=file, fields=", ".join(field_label(m) for m in missing),
                         columns=", ".join(unmapped) or "-")


class StatementRowsRejected(ImportRejected, StatementError):
    """Rows that cannot be read: ``errors`` lists every one (file, row, column); nothing is stored."""


def _currency_in(text: str) -> str:
    """'Betrag (EUR)' / '金额（元）' → the currency its bracket names, else ''."""
    m = re.search(r"[(（\[]\s*([A-Za-z]{3}|[€$£¥￥元])\s*[)）\]]", unicodedata.normalize("NFKC", text))
    if not m:
        return ""
    try:
        return normalize_currency(m.group(1))
    except MoneyError:
        return ""


def detect_statement_mapping(headers: list[str], preamble: str = "") -> StatementMapping:
    """The mapping recognisable header texts give (fields left None when nothing matches).

    Without a currency column the currency comes from an amount header such as 'Betrag (EUR)',
    from the preamble (币种: 人民币, Währung: EUR), or is CNY when the headers are Chinese.
    """
    cols = match_columns(_SINGLE, headers)
    if cols.get("credit") is not None and cols.get("debit") is not None:
        if cols.get("amount") is not None and cols.get("direction") is None:
            cols["amount"] = None                       # two money columns beat one
        cols["direction"] = None
    else:
        cols["credit"] = cols["debit"] = None
    if cols.get("amount") is None:
        cols["direction"] = None
    used = {c for c in cols.values() if c is not None}
    targets = [normalize_header(s) for s in _REMITTANCE.synonyms]
    ranked: list[tuple[int, int]] = []
    for col, h in enumerate(headers):
        if col in used:
            continue
        ranks = [targets.index(k) for k in header_keys(h) if k in targets]
        if ranks:
            ranked.append((min(ranks), col))
    remittance = tuple(col for _, col in sorted(ranked))
    currency = ""
    if cols.get("currency") is None:
        for name in ("amount", "credit", "debit"):
            col = cols.get(name)
            if col is not None and (currency := _currency_in(headers[col])):
                break
        if not currency:
            m = re.search(r"(?:币种|币别|货币|Währung|Waehrung|Currency)\s*[:：]?[\s\"';,]*([^\s\"';,]+)",
                          unicodedata.normalize("NFKC", preamble), re.I)
            try:
                currency = normalize_currency(m.group(1)) if m else ""
            except MoneyError:
                currency = ""
        if not currency and any(re.search(r"[\u4e00-\u9fff]", headers[c]) for c in used | set(remittance)):
            currency = "CNY"
    return StatementMapping(columns=cols, remittance=remittance, currency=currency)


def check_mapping(mapping: StatementMapping, table: Table) -> None:
    """Refuse a mapping that cannot read ``table`` (StatementError / MappingIncomplete)."""
    width = len(table.headers)
    for col in [*mapping.columns.values(), *mapping.remittance]:
        if col is not None and not (0 <= col < max(width, _row_width(table))):
            raise StatementError(T("{file}: the mapping names column {column}, but the file has only "
                                   "{count} columns."), file=table.name, column=col + 1, count=width)
    c = mapping.columns
    if c.get("amount") is not None and (c.get("credit") is not None or c.get("debit") is not None):
        raise StatementError(T("The mapping has a signed amount column and credit/debit columns; "
                               "choose one or the other."))
    if (c.get("credit") is None) != (c.get("debit") is None):
        raise StatementError(T("The mapping needs both a credit and a debit column (or one signed "
                               "amount column)."))
    if c.get("direction") is not None and c.get("amount") is None:
        raise StatementError(T("A debit/credit mark column applies only together with a signed "
                               "amount column."))
    if mapping.currency:
        try:
            normalize_currency(mapping.currency)
        except MoneyError:
            raise StatementError(T("Unknown currency {value}."), value=mapping.currency) from None
    if mapping.date_order not in DATE_ORDERS or mapping.decimal_mark not in DECIMAL_MARKS:
        raise ValueError(f"bad date order {mapping.date_order!r} or decimal mark {mapping.decimal_mark!r}")
    missing = missing_fields(mapping)
    if missing:
        raise MappingIncomplete(table.name, missing, unmapped_columns(table.headers, mapping))


def _row_width(table: Table) -> int:
    return max((len(r) for r in table.rows[:50]), default=0)


def unmapped_columns(headers: list[str], mapping: StatementMapping) -> list[str]:
    used = mapping.used_columns()
    return [column_label(headers, i) for i in range(len(headers)) if i not in used]


# ----------------------------------------------------------------------------- reading the table

# what the Excel readers let through on damaged files (read_table catches most, not zlib's)
_READER_ERRORS = (struct.error, zlib.error, ValueError, IndexError, KeyError, TypeError,
                  AssertionError, EOFError, OSError)


@contextmanager
def _as_path(path_or_bytes: str | Path | bytes, file_name: str) -> Iterator[Path]:
    if isinstance(path_or_bytes, (bytes, bytearray)):
        with tempfile.TemporaryDirectory(prefix="ardesk-stmt-") as d:
            p = Path(d) / (Path(file_name).name or "statement")
            p.write_bytes(bytes(path_or_bytes))
            yield p
    else:
        yield Path(path_or_bytes)


def _read(path: Path, name: str, header_row: int | None, sheet: str | None,
          extra: tuple[str, ...]) -> Table:
    try:
        try:
            return read_table(path, sheet=sheet, header_row=header_row, extra_headers=SYNONYMS + extra)
        except UserError:
            if header_row is not None:
                raise
            table = _first_row_table(path, sheet)     # headers nobody knows: a mapping will say
            if table is None:
                raise
            return table
    except UserError as exc:
        raise StatementError(T("{file} is not a readable bank export: {reason}"), file=name,
                             reason=str(exc)) from None
    except _READER_ERRORS as exc:
        raise StatementError(T("{file} is damaged and cannot be read ({reason})."), file=name,
                             reason=f"{type(exc).__name__}: {exc}") from None


def _first_row_table(path: Path, sheet: str | None) -> Table | None:
    """The table under the first row of two or more filled cells (within the first 30 rows)."""
    for first in range(1, 31):
        try:
            top = read_table(path, sheet=sheet, header_row=first)
        except UserError as exc:
            if "{row}" in exc.template:              # that row is empty: try the next one
                continue
            return None
        if sum(1 for h in top.headers if h) >= 2:
            return top
        for row, n in zip(top.rows[:30], top.row_numbers):
            if sum(1 for c in row if cell_text(c)) >= 2:
                return read_table(path, sheet=top.sheet, header_row=n)
        return None
    return None


def _preamble(path: Path, table: Table) -> str:
    """The text above the header row (title, account, currency …), '' when there is none."""
    if table.header_row <= 1:
        return ""
    try:
        if table.format == "csv":
            text, _ = decode_text(path.read_bytes(), path)
            return "\n".join(text.splitlines()[:table.header_row - 1])
        top = read_table(path, sheet=table.sheet, header_row=1)
        rows = [top.headers] + [r for r, n in zip(top.rows, top.row_numbers) if n < table.header_row]
        return "\n".join(" ".join(cell_text(c) for c in r) for r in rows)
    except (UserError, *_READER_ERRORS):
        return ""


def _detected_incomplete(texts: list[str]) -> bool:
    found = missing_fields(detect_statement_mapping(texts))
    return any(f != "currency_or_fixed" for f in found)


def _has_headers(texts: list[str], wanted: tuple[str, ...]) -> bool:
    keys = {normalize_header(t) for t in texts}
    return all(normalize_header(w) in keys for w in wanted)


def _reread(p: Path, name: str, table: Table, extra: tuple[str, ...], fits) -> Table:
    """The table again from the first of the next rows whose texts ``fits`` (a preamble row with
    two known words can pass for the header row), or ``table`` when none does."""
    for row, n in zip(table.rows[:30], table.row_numbers):
        if fits([cell_text(c) for c in row]):
            return _read(p, name, n, table.sheet, extra)
    return table


_IBAN = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
_LABELLED_ACCOUNT = re.compile(r"(?:账号|帐号|卡号|Kontonummer|Konto|IBAN|Account(?: number| no\.?)?)"
                               r"\s*[:：]?[\s\"';,]*([0-9A-Z*][0-9A-Z* -]{4,}[0-9A-Z*])", re.I)


def account_in_preamble(preamble: str) -> str:
    """The own account a preamble names (an IBAN, or a number after 账号 / Konto / Account)."""
    text = unicodedata.normalize("NFKC", preamble)
    m = _IBAN.search(text)
    if m:
        return m.group(1)
    m = _LABELLED_ACCOUNT.search(text)
    if m and sum(ch.isdigit() for ch in m.group(1)) >= 6:
        return m.group(1).strip()
    return ""


@dataclass(frozen=True)
class StatementPreview:
    """What a mapping dialog shows: the table, a mapping (detected or given) and what is missing."""

    table: Table
    preamble: str
    mapping: StatementMapping
    missing: tuple[str, ...]              # see missing_fields
    unmapped_columns: tuple[str, ...]     # header texts of the columns no field uses
    account_hint: str = ""                # own account found in the preamble ('' if none)
    profile_name: str = ""                # the saved mapping used, if any

    @property
    def complete(self) -> bool:
        return not self.missing

    def raise_incomplete(self) -> None:
        """MappingIncomplete naming the missing fields and the columns left unmapped."""
        raise MappingIncomplete(self.table.name, list(self.missing), list(self.unmapped_columns))


def preview_statement(path_or_bytes: str | Path | bytes, file_name: str = "", *,
                      mapping: StatementMapping | Profile | None = None,
                      header_row: int | None = None, sheet: str | None = None) -> StatementPreview:
    """Read the file's table; the given mapping (a profile is resolved against the headers) or
    the one detected from the headers, and the required fields still unmapped.

    ``header_row`` / ``sheet`` choose the table when no mapping is given (a mapping brings its own).
    """
    name = file_name or (Path(path_or_bytes).name if not isinstance(path_or_bytes, (bytes, bytearray))
                         else "statement")
    with _as_path(path_or_bytes, name) as p:
        return _preview(p, name, mapping, header_row, sheet)


def _preview(p: Path, name: str, given: StatementMapping | Profile | None, header_row: int | None,
             sheet: str | None) -> StatementPreview:
    profile = given if isinstance(given, Profile) else None
    extra: tuple[str, ...] = ()
    if profile is not None:
        settings = _profile_settings(profile)
        header_row, sheet, extra = settings["header_row"], settings["sheet"], tuple(profile.headers())  # type: ignore[assignment]
    elif given is not None:
        header_row, sheet = given.header_row, given.sheet
    table = _read(p, name, header_row, sheet, extra)
    if profile is not None and header_row is None and not _has_headers(table.headers, extra):
        table = _reread(p, name, table, extra, lambda texts: _has_headers(texts, extra))
    if given is None:
        if header_row is None and _detected_incomplete(table.headers):
            table = _reread(p, name, table, extra, lambda texts: not _detected_incomplete(texts))
        preamble = _preamble(p, table)
        mapping = replace(detect_statement_mapping(table.headers, preamble), header_row=header_row,
                          sheet=sheet)
    else:
        preamble = _preamble(p, table)
        mapping = mapping_from_profile(profile, table) if profile is not None else given  # type: ignore[assignment]
    return StatementPreview(table=table, preamble=preamble, mapping=mapping,
                            missing=tuple(missing_fields(mapping)),
                            unmapped_columns=tuple(unmapped_columns(table.headers, mapping)),
                            account_hint=account_in_preamble(preamble),
                            profile_name=profile.name if profile is not None else "")


# ----------------------------------------------------------------------------- parsing

MappingArg = StatementMapping | Profile      # what parse_generic / the store accept as a mapping


def parse_generic(path_or_bytes: str | Path | bytes, file_name: str = "", *,
                  mapping: StatementMapping | Profile | None = None) -> list[ParsedStatement]:
    """The statements (one per own account) of a CSV/XLSX/XLS file read with ``mapping``
    (None: the mapping detected from the headers; MappingIncomplete when that is not enough)."""
    pv = preview_statement(path_or_bytes, file_name, mapping=mapping)
    if not pv.complete:
        pv.raise_incomplete()
    return parse_with_mapping(pv, pv.mapping)


def parse_with_mapping(preview: StatementPreview, mapping: StatementMapping) -> list[ParsedStatement]:
    """Parse the previewed table with ``mapping`` (e.g. as edited in a dialog). The mapping's
    header_row and sheet must be those the preview was read with."""
    table = preview.table
    check_mapping(mapping, table)
    return _parse_rows(table, mapping, preview.account_hint)


def looks_like_generic(path_or_bytes: str | Path | bytes, file_name: str = "") -> bool:
    """True when the file is a table whose headers map date, amount and currency."""
    try:
        return preview_statement(path_or_bytes, file_name).complete
    except UserError:
        return False


def parse_bank_table(path_or_bytes: str | Path | bytes, file_name: str = "") -> list[ParsedStatement]:
    """``--format csv`` without a mapping: a Chinese bank's export, else recognisable headers."""
    try:
        return parse_cn_bank(path_or_bytes, file_name)
    except StatementError as cn_error:
        try:
            return parse_generic(path_or_bytes, file_name)
        except MappingIncomplete:
            if "{file}, row {row}" in cn_error.template:     # a Chinese bank's file with a bad row
                raise cn_error from None
            raise


_FOOTER = re.compile(r"合计|总计|小计|以上数据|仅供参考|说明|注[:：]|笔数|期初余额|期末余额|"
                     r"\b(?:summe|gesamt|totals?|sum|saldo|kontostand|anfangssaldo|endsaldo|"
                     r"opening balance|closing balance|balance)\b", re.I)
_SHORT_YEAR = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2})$")
_TRAILING_SYMBOL = re.compile(r"\s*[€$£¥￥]$")
_MARKS = {
    "s": -1, "soll": -1, "d": -1, "dr": -1, "debit": -1, "db": -1, "-": -1, "借": -1, "支": -1,
    "支出": -1, "付": -1, "af": -1, "lastschrift": -1,
    "h": 1, "haben": 1, "c": 1, "cr": 1, "credit": 1, "+": 1, "贷": 1, "收": 1, "收入": 1, "bij": 1,
    "gutschrift": 1,
}


def _date_text(v: object) -> object:
    """'01.02.26' → '01.02.2026' (two-digit years, as some banks write them), else ``v``."""
    if isinstance(v, str):
        m = _SHORT_YEAR.match(v.strip())
        if m:
            yy = int(m.group(4))
            return f"{m.group(1)}{m.group(2)}{m.group(3)}{m.group(2)}{2000 + yy if yy < 70 else 1900 + yy}"
    return v


def _amount_text(v: object) -> object:
    return _TRAILING_SYMBOL.sub("", v) if isinstance(v, str) else v


def synthetic_ref(*content: object, occurrence: int = 0) -> str:
    """A stable reference for a line the bank gave none: 'SYN-' + 20 hex digits of its content
    and its occurrence among identical lines of the file (see store.line_keys)."""
    key = "\x1f".join(str(c) for c in content) + f"\x1f{occurrence}"
    return "SYN-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def decisions(table: Table, mapping: StatementMapping) -> tuple[DateOrderDecision, DecimalDecision]:
    """How this table's a/b/yyyy dates and 1,234 / 1.234 amounts are read (for a preview)."""
    def values(*names: str):
        for name in names:
            col = mapping.columns.get(name)
            if col is not None:
                for r, n in zip(table.rows, table.row_numbers):
                    if col < len(r):
                        yield n, r[col]

    dates = ((n, _date_text(v)) for n, v in values("booking_date", "value_date"))
    amounts = ((n, _amount_text(v)) for n, v in values("amount", "credit", "debit"))
    return decide_date_order(dates, mapping.date_order), decide_decimal_mark(amounts, mapping.decimal_mark)


class _Row:
    """One table row being read; problems go to ``errors`` with the column's header."""

    def __init__(self, table: Table, mapping: StatementMapping, row: list[object], number: int,
                 errors: list[RowError]) -> None:
        self.t, self.m, self.row, self.n, self.errors = table, mapping, row, number, errors

    def cell(self, name: str) -> object:
        col = self.m.columns.get(name)
        return self.row[col] if col is not None and col < len(self.row) else ""

    def text(self, name: str) -> str:
        return cell_text(self.cell(name))

    def error(self, name: str, template: str, **params: object) -> None:
        cols = [self.m.columns.get(name)] if name != "credit_debit" else \
            [self.m.columns.get("credit"), self.m.columns.get("debit")]
        label = " / ".join(column_label(self.t.headers, c) for c in cols if c is not None)
        self.errors.append(RowError(self.t.name, self.n, label, template, params))

    def date(self, name: str, order: str) -> date | None:
        raw = self.cell(name)
        if cell_text(raw) == "":
            if name == "booking_date":
                self.error(name, T("A value is required."))
            return None
        d = parse_date(_date_text(raw), order)
        if d is None:
            if order == DMY:
                self.error(name, T("{value} is not a valid date (dates in this file are read as "
                                   "day/month/year)."), value=cell_text(raw))
            else:
                self.error(name, T("{value} is not a valid date (dates in this file are read as "
                                   "month/day/year)."), value=cell_text(raw))
        return d

    def money(self, name: str, currency: str | None, mark: str) -> int | None:
        """Minor units of the cell, None when empty or wrong (wrong ones are reported)."""
        raw = self.cell(name)
        if cell_text(raw) == "":
            return None
        try:
            return parse_amount(_amount_text(raw), currency_exponent(currency) if currency else 4, mark)
        except AmountError as exc:
            if exc.kind == "decimals" and currency:
                self.error(name, T("{value} has more decimals than {currency} allows ({decimals})."),
                           value=cell_text(raw), currency=currency, decimals=currency_exponent(currency))
            elif exc.kind != "decimals":
                self.error(name, T("{value} is not an amount."), value=cell_text(raw))
            return None


def _is_footer(row: list[object], date_cell: str) -> bool:
    """Totals, balances and notes below (or between) the transactions."""
    if date_cell and not _FOOTER.search(date_cell):
        return False
    filled = [cell_text(c) for c in row if cell_text(c)]
    return len(filled) <= 2 or bool(_FOOTER.search(" ".join(filled)))


def _parse_rows(table: Table, m: StatementMapping, account_hint: str) -> list[ParsedStatement]:
    order_decision, mark_decision = decisions(table, m)
    order, mark = order_decision.order, mark_decision.mark
    fixed_ccy = normalize_currency(m.currency) if m.currency else ""
    errors: list[RowError] = []
    by_account: dict[str, list[ParsedLine]] = {}
    seen: dict[tuple, int] = {}
    for values, number in zip(table.rows, table.row_numbers):
        r = _Row(table, m, values, number, errors)
        date_cell = r.text("booking_date")
        if parse_date(_date_text(r.cell("booking_date")), order) is None and _is_footer(values, date_cell):
            continue
        before = len(errors)
        line = _line(r, order, mark, fixed_ccy, m.account or account_hint, seen)
        if line is not None and len(errors) == before:
            by_account.setdefault(line[0], []).append(line[1])
    if errors:
        raise StatementRowsRejected(table.name, errors)
    if not by_account:
        raise StatementError(T("{file} has a header row but no transactions."), file=table.name)
    out = []
    for account, lines in by_account.items():
        currencies = {ln.currency for ln in lines}
        dates = [ln.booking_date for ln in lines]
        out.append(ParsedStatement(format="csv", account=account,
                                   currency=currencies.pop() if len(currencies) == 1 else
                                   (fixed_ccy or lines[0].currency),
                                   period_start=min(dates), period_end=max(dates), lines=tuple(lines)))
    return out


def _line(r: _Row, order: str, mark: str, fixed_ccy: str, default_account: str,
          seen: dict[tuple, int]) -> tuple[str, ParsedLine] | None:
    booked = r.date("booking_date", order)
    valued = r.date("value_date", order) if r.m.columns.get("value_date") is not None else None
    currency: str | None = fixed_ccy or None
    ccy_cell = r.text("currency")
    if ccy_cell:
        try:
            currency = normalize_currency(ccy_cell)
        except MoneyError:
            r.error("currency", T("Unknown currency {value}."), value=ccy_cell)
            currency = None
    elif not fixed_ccy:
        r.error("currency", T("A value is required."))
    amount = _signed_amount(r, currency, mark)
    if booked is None or amount is None or currency is None:
        return None
    account = r.text("account") or default_account
    cp_name, cp_account = r.text("counterparty_name"), r.text("counterparty_account")
    texts = [cell_text(r.row[c]) for c in r.m.remittance if c < len(r.row)]
    remittance = " ".join(dict.fromkeys(t for t in texts if t))
    ref = r.text("bank_ref")
    if set(ref) <= {"0", "-", " "}:
        ref = ""
    if not ref:
        content = (account, booked, valued, amount, currency, cp_name, cp_account, remittance)
        n = seen.get(content, 0)
        seen[content] = n + 1
        ref = synthetic_ref(*content, occurrence=n)
    raw = "\t".join(cell_text(c) for c in r.row)
    return account, ParsedLine(bank_ref=ref, booking_date=booked, value_date=valued,
                               amount_minor=amount, currency=currency, counterparty_name=cp_name,
                               counterparty_account=cp_account, remittance=remittance, raw=raw)


def _signed_amount(r: _Row, currency: str | None, mark: str) -> int | None:
    if r.m.columns.get("amount") is not None:
        if r.text("amount") == "":
            r.error("amount", T("A value is required."))
            return None
        a = r.money("amount", currency, mark)
        flag = r.text("direction")
        if a is None or not flag:
            return a
        sign = _MARKS.get(unicodedata.normalize("NFKC", flag).strip().lower())
        if sign is None:
            r.error("direction", T("{value} is neither a debit nor a credit mark (S/H, D/C, DR/CR, "
                                   "借/贷, -/+)."), value=flag)
            return None
        return sign * abs(a)
    cr = r.money("credit", currency, mark)
    dr = r.money("debit", currency, mark)
    if r.text("credit") == "" and r.text("debit") == "":
        r.error("credit_debit", T("Both the credit and the debit amount are empty."))
        return None
    if (r.text("credit") and cr is None) or (r.text("debit") and dr is None):
        return None
    if cr and dr:
        r.error("credit_debit", T("Both a credit ({credit}) and a debit ({debit}) amount are given; "
                                  "a line is one or the other."),
                credit=r.text("credit"), debit=r.text("debit"))
        return None
    return abs(cr or 0) - abs(dr or 0)


# ----------------------------------------------------------------------------- saved mappings

_POSITION = re.compile(r"^#(\d+)$")
_SETTINGS = ("currency", "account", "date_order", "decimal_mark", "header_row", "sheet")


def _header_ref(headers: list[str], col: int) -> str:
    """The header text of ``col``, or '#N' when it is empty or not unique."""
    h = headers[col] if 0 <= col < len(headers) else ""
    key = normalize_header(h)
    if key and sum(1 for x in headers if normalize_header(x) == key) == 1:
        return h
    return f"#{col + 1}"


def profile_data(mapping: StatementMapping, headers: list[str]) -> tuple[dict[str, object], dict[str, object]]:
    """The stored form of ``mapping`` for a file with ``headers``: (field → header, settings)."""
    by_header: dict[str, object] = {}
    for f in _SINGLE:
        col = mapping.columns.get(f.name)
        by_header[f.name] = None if col is None else _header_ref(headers, col)
    by_header[MULTI_FIELD] = [_header_ref(headers, c) for c in mapping.remittance]
    settings = {k: getattr(mapping, k) for k in _SETTINGS}
    return by_header, settings


def _profile_settings(profile: Profile) -> dict[str, object]:
    s = profile.settings if isinstance(profile.settings, dict) else {}
    damaged = ProfileError(T("The saved mapping {name} is damaged; save it again."), name=profile.name)
    out = {k: s.get(k) for k in _SETTINGS}
    if not isinstance(out["currency"] or "", str) or not isinstance(out["account"] or "", str) or \
            (out["date_order"] or "auto") not in DATE_ORDERS or \
            (out["decimal_mark"] or "auto") not in DECIMAL_MARKS or \
            not (out["header_row"] is None or (isinstance(out["header_row"], int) and out["header_row"] >= 1)) or \
            not (out["sheet"] is None or isinstance(out["sheet"], str)):
        raise damaged
    return out


def mapping_from_profile(profile: Profile, table: Table) -> StatementMapping:
    """The saved mapping resolved against ``table``'s headers (ProfileError when a column is gone)."""
    settings = _profile_settings(profile)
    keys = [normalize_header(h) for h in table.headers]
    missing: list[str] = []

    def find(ref: object) -> int | None:
        if not isinstance(ref, str) or not ref:
            raise ProfileError(T("The saved mapping {name} is damaged; save it again."), name=profile.name)
        m = _POSITION.match(ref)
        if m:
            return int(m.group(1)) - 1
        target = normalize_header(ref)
        col = next((i for i, k in enumerate(keys) if k == target and k), None)
        if col is None:
            missing.append(ref)
        return col

    cols: dict[str, int | None] = {}
    for f in _SINGLE:
        ref = profile.mapping.get(f.name)
        cols[f.name] = None if ref is None else find(ref)
    refs = profile.mapping.get(MULTI_FIELD) or []
    if not isinstance(refs, list):
        raise ProfileError(T("The saved mapping {name} is damaged; save it again."), name=profile.name)
    remittance = tuple(c for c in (find(x) for x in refs) if c is not None)
    if missing:
        raise ProfileError(T("{file} does not match the mapping {name}: no column named {columns}."),
                           file=table.name, name=profile.name, columns=", ".join(missing))
    return StatementMapping(columns=cols, remittance=remittance, currency=settings["currency"] or "",
                            account=settings["account"] or "",
                            date_order=settings["date_order"] or "auto",
                            decimal_mark=settings["decimal_mark"] or "auto",
                            header_row=settings["header_row"], sheet=settings["sheet"])  # type: ignore[arg-type]


def save_statement_mapping(s: Session, name: str, headers: list[str], mapping: StatementMapping) -> Profile:
    """Save (or replace) ``mapping`` of a file with ``headers`` under ``name``."""
    by_header, settings = profile_data(mapping, headers)
    return save_profile_data(s, STATEMENT, name, by_header, settings)


def load_statement_mapping(s: Session, name: str) -> Profile:
    return load_profile(s, STATEMENT, name)


def list_statement_mappings(s: Session) -> list[Profile]:
    return list_profiles(s, STATEMENT)


def delete_statement_mapping(s: Session, name: str) -> bool:
    return delete_profile(s, STATEMENT, name)


__all__ = [
    "FIELDS", "FIELD_NAMES", "MULTI_FIELD", "MappingArg", "StatementMapping", "StatementPreview", "MappingIncomplete",
    "StatementRowsRejected", "field_label", "missing_fields", "detect_statement_mapping",
    "check_mapping", "unmapped_columns", "preview_statement", "parse_generic", "parse_with_mapping",
    "looks_like_generic", "parse_bank_table", "decisions", "synthetic_ref", "account_in_preamble",
    "profile_data", "mapping_from_profile", "save_statement_mapping", "load_statement_mapping",
    "list_statement_mappings", "delete_statement_mapping",
]
