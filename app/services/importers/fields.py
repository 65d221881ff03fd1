"""Canonical import fields, the header texts that mean them, and automatic mapping.

A *mapping* is ``{field: column index or None}`` for one table. Header texts are compared
after normalisation: Unicode NFKC (full-width letters, digits and parentheses become ASCII),
lower case, and spaces, underscores and punctuation removed; a header whose bracketed part
does not match ("Invoice date (dd/mm/yyyy)", "账期（天）") is tried again without it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ...i18n import T

CUSTOMERS = "customers"
INVOICES = "invoices"
PAYMENTS = "payments"
KINDS = (CUSTOMERS, INVOICES, PAYMENTS)
STATEMENT = "statement"           # bank statement mappings (services/statements/generic.py)
PROFILE_KINDS = (*KINDS, STATEMENT)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str            # English label (T-marked) for the mapping dialog
    required: bool
    synonyms: tuple[str, ...]   # best first: when two columns match, the better synonym wins


_CUSTOMER_FIELDS = (
    FieldSpec("code", T("Customer code"), True, (
        "code", "customer code", "customer no", "customer number", "customer id", "cust code",
        "account code", "客户编号", "客户代码", "客户号", "客户编码", "编号", "代码")),
    FieldSpec("name", T("Name"), True, (
        "name", "customer name", "customer", "company name", "company",
        "客户名称", "客户名", "客户", "公司名称", "单位名称", "名称")),
    FieldSpec("aliases", T("Other names (separated by |)"), False, (
        "aliases", "alias", "other names", "also known as", "aka", "别名", "其他名称", "曾用名")),
    FieldSpec("currency", T("Currency"), False, (
        "currency", "ccy", "cur", "currency code", "币种", "币别", "货币")),
    FieldSpec("payment_terms_days", T("Payment terms (days)"), False, (
        "payment terms days", "payment terms", "terms days", "terms", "credit days", "net days",
        "账期天", "账期天数", "账期", "付款期限", "信用期", "信用天数", "付款天数")),
    FieldSpec("contact", T("Contact person"), False, (
        "contact", "contact person", "contact name", "联系人")),
    FieldSpec("email", T("E-mail"), False, (
        "email", "e mail", "mail", "email address", "邮箱", "电子邮件", "电子邮箱", "邮件")),
    FieldSpec("phone", T("Phone"), False, (
        "phone", "telephone", "tel", "mobile", "phone number", "电话", "联系电话", "手机", "电话号码")),
    FieldSpec("address", T("Address"), False, (
        "address", "postal address", "地址", "联系地址", "通讯地址")),
    FieldSpec("credit_limit", T("Credit limit"), False, (
        "credit limit", "credit line", "信用额度", "授信额度", "信用限额")),
    FieldSpec("language", T("Letter language"), False, (
        "language", "lang", "letter language", "语言", "函件语言")),
)

_INVOICE_FIELDS = (
    FieldSpec("number", T("Invoice number"), True, (
        "invoice number", "invoice no", "invoice", "invoice #", "invoice id", "number",
        "document number", "document no", "doc no", "发票号码", "发票号", "发票编号", "单据号",
        "单据编号", "单号")),
    FieldSpec("customer_code", T("Customer (code or name)"), True, (
        "customer code", "customer no", "customer number", "customer id", "cust code", "customer",
        "客户编号", "客户代码", "客户号", "客户编码", "客户", "客户名称")),
    FieldSpec("issue_date", T("Issue date"), True, (
        "issue date", "invoice date", "date issued", "document date", "date",
        "开票日期", "发票日期", "单据日期", "日期")),
    FieldSpec("due_date", T("Due date"), False, (
        "due date", "due", "payment due", "date due", "到期日", "应收日期", "到期日期", "付款到期日",
        "应收款日期")),
    FieldSpec("currency", T("Currency"), False, (
        "currency", "ccy", "cur", "currency code", "币种", "币别", "货币")),
    FieldSpec("amount", T("Amount"), True, (
        "amount", "total", "invoice amount", "gross amount", "amount incl tax", "total amount",
        "价税合计", "含税金额", "应收金额", "发票金额", "金额")),
    FieldSpec("po", T("PO / reference"), False, (
        "po", "po number", "po no", "purchase order", "order number", "reference",
        "采购订单", "采购订单号", "订单号", "订单编号")),
    FieldSpec("status", T("Status"), False, (
        "status", "state", "状态", "发票状态")),
    FieldSpec("paid_date", T("Paid on"), False, (
        "paid date", "payment date", "date paid", "paid on", "付款日期", "收款日期", "回款日期")),
)

_PAYMENT_FIELDS = (
    FieldSpec("date", T("Payment date"), True, (
        "payment date", "receipt date", "date received", "received on", "value date", "paid date",
        "paid on", "date paid", "date", "回款日期", "收款日期", "到账日期", "付款日期", "入账日期",
        "交易日期", "日期")),
    FieldSpec("customer_code", T("Customer (code or name)"), True, (
        "customer code", "customer no", "customer number", "customer id", "cust code", "customer",
        "payer", "客户编号", "客户代码", "客户号", "客户编码", "客户", "客户名称", "付款单位", "付款人")),
    FieldSpec("currency", T("Currency"), False, (
        "currency", "ccy", "cur", "currency code", "币种", "币别", "货币")),
    FieldSpec("amount", T("Amount received"), True, (
        "amount received", "received amount", "payment amount", "amount paid", "paid amount",
        "receipt amount", "amount", "收款金额", "回款金额", "到账金额", "实收金额", "付款金额", "金额")),
    FieldSpec("invoice_number", T("Invoice number (optional)"), False, (
        "invoice number", "invoice no", "invoice", "invoice #", "invoice id", "发票号码", "发票号",
        "发票编号", "核销发票", "对应发票")),
    FieldSpec("reference", T("Reference"), False, (
        "reference", "ref", "payment reference", "bank reference", "transaction id", "memo",
        "description", "remarks", "remark", "notes", "参考号", "参考编号", "交易流水号", "流水号",
        "银行流水号", "凭证号", "摘要", "附言", "用途", "备注")),
)

FIELDS: dict[str, tuple[FieldSpec, ...]] = {CUSTOMERS: _CUSTOMER_FIELDS, INVOICES: _INVOICE_FIELDS,
                                            PAYMENTS: _PAYMENT_FIELDS}

_DROP = re.compile(r"[\s_\-./\\()\[\]{}:;,#*'\"’‘“”、，：；。·]+")
_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")


def normalize_header(text: object) -> str:
    """'  Payment Terms (days) ' → 'paymenttermsdays'; '账期（天）' → '账期天'."""
    t = unicodedata.normalize("NFKC", str(text or "")).lower()
    return _DROP.sub("", t)


def _header_keys(text: object) -> list[str]:
    full = normalize_header(text)
    keys = [full] if full else []
    raw = unicodedata.normalize("NFKC", str(text or ""))
    short = normalize_header(_BRACKETED.sub("", raw))
    if short and short != full:
        keys.append(short)
    return keys


def check_kind(kind: str) -> str:
    if kind not in FIELDS:
        raise ValueError(f"unknown import kind {kind!r}")
    return kind


def check_profile_kind(kind: str) -> str:
    """``kind`` when mapping profiles may be saved under it (the import kinds and statements)."""
    if kind not in PROFILE_KINDS:
        raise ValueError(f"unknown import profile kind {kind!r}")
    return kind


def field_names(kind: str) -> list[str]:
    return [f.name for f in FIELDS[check_kind(kind)]]


def required_fields(kind: str) -> list[str]:
    return [f.name for f in FIELDS[check_kind(kind)] if f.required]


def spec(kind: str, name: str) -> FieldSpec:
    for f in FIELDS[check_kind(kind)]:
        if f.name == name:
            return f
    raise KeyError(name)


_KNOWN: frozenset[str] = frozenset(
    normalize_header(s) for specs in FIELDS.values() for f in specs for s in f.synonyms)


def known_header(text: object, extra: frozenset[str] = frozenset()) -> bool:
    """True when ``text`` is a header this module recognises (any kind) or one of ``extra``."""
    return any(k in _KNOWN or k in extra for k in _header_keys(text))


def header_keys(text: object) -> list[str]:
    """The normalised forms a header is compared by (whole, then without a bracketed part)."""
    return _header_keys(text)


def detect_mapping(kind: str, headers: list[str]) -> dict[str, int | None]:
    """The best column for each field of ``kind`` (None when no header matches)."""
    return match_columns(FIELDS[check_kind(kind)], headers)


def match_columns(specs: tuple[FieldSpec, ...], headers: list[str]) -> dict[str, int | None]:
    """The best column for each of ``specs`` (in order; a column serves one field)."""
    keys = [_header_keys(h) for h in headers]
    mapping: dict[str, int | None] = {}
    used: set[int] = set()
    for f in specs:
        best: tuple[int, int, int] | None = None   # (synonym rank, key rank, column)
        for rank, syn in enumerate(f.synonyms):
            target = normalize_header(syn)
            for col, ks in enumerate(keys):
                if col in used:
                    continue
                for kr, k in enumerate(ks):
                    if k == target:
                        cand = (kr, rank, col)
                        if best is None or cand < best:
                            best = cand
        if best is None:
            mapping[f.name] = None
        else:
            mapping[f.name] = best[2]
            used.add(best[2])
    return mapping


def mapping_to_headers(mapping: dict[str, int | None], headers: list[str]) -> dict[str, str | None]:
    """Field → header text, so a saved mapping applies to any file with the same headers."""
    out: dict[str, str | None] = {}
    for name, col in mapping.items():
        out[name] = headers[col] if col is not None and 0 <= col < len(headers) else None
    return out


def headers_to_mapping(by_header: dict[str, str | None], headers: list[str]) -> tuple[
        dict[str, int | None], list[tuple[str, str]]]:
    """Field → column index in ``headers``; also the (field, header) pairs not found."""
    norm = [normalize_header(h) for h in headers]
    mapping: dict[str, int | None] = {}
    missing: list[tuple[str, str]] = []
    for name, header in by_header.items():
        if header is None:
            mapping[name] = None
            continue
        target = normalize_header(header)
        col = next((i for i, h in enumerate(norm) if h == target and h), None)
        if col is None:
            missing.append((name, header))
        mapping[name] = col
    return mapping, missing


def column_label(headers: list[str], col: int) -> str:
    """Header text as in the file, or the Excel column letter when the header cell is empty."""
    if 0 <= col < len(headers) and headers[col]:
        return headers[col]
    return column_letter(col)


def column_letter(col: int) -> str:
    s, n = "", col + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s
