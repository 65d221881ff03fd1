"""Checking a customers table: every rule of the customer dialog, plus file-level ones."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from ...i18n import T
from ...money import MoneyError, currency_exponent, format_minor, normalize_currency
from ..customers import MAX_TERMS_DAYS, CustomerData, validate
from .fields import CUSTOMERS
from .planning import (CustomerRecord, ErrorSink, ImportOptions, ImportPlan, check_required_columns,
                       duplicate_rows, resolve_mapping)
from .table import Table
from .values import AmountError, DateOrderDecision, cell_text, decide_decimal_mark, parse_amount, \
    parse_language, parse_terms, split_aliases

_PROBLEM_FIELD = {"code": "code", "name": "name", "currency": "currency",
                  "terms_days": "payment_terms_days", "credit_limit": "credit_limit",
                  "email": "email", "language": "language"}

# fields compared with an existing customer (only when the file has the column)
_COMPARED = ("name", "currency", "terms_days", "credit_limit_minor", "aliases", "contact", "email",
             "phone", "address", "language")
_FIELD_OF = {"name": "name", "currency": "currency", "terms_days": "payment_terms_days",
             "credit_limit_minor": "credit_limit", "aliases": "aliases", "contact": "contact",
             "email": "email", "phone": "phone", "address": "address", "language": "language"}


def home_currency(conn: Connection) -> str:
    row = conn.exec_driver_sql("SELECT home_currency FROM company ORDER BY id LIMIT 1").first()
    return row[0] if row and row[0] else "CNY"


def existing_customers(conn: Connection) -> dict[str, CustomerData]:
    aliases: dict[int, list[str]] = {}
    for cid, value in conn.exec_driver_sql(
            "SELECT customer_id, value FROM customer_alias WHERE kind = 'name' ORDER BY id"):
        aliases.setdefault(cid, []).append(value)
    out: dict[str, CustomerData] = {}
    for (cid, code, name, cur, terms, limit, contact, email, phone, address, lang) in conn.exec_driver_sql(
            "SELECT id, code, name, currency, terms_days, credit_limit_minor, contact, email, phone, "
            "address, language FROM customer"):
        out[code] = CustomerData(code=code, name=name, currency=cur, terms_days=terms,
                                 credit_limit_minor=limit, aliases=tuple(aliases.get(cid, ())),
                                 contact=contact, email=email, phone=phone, address=address,
                                 language=lang)
    return out


def _show(field_name: str, v: object, currency: str) -> str:
    if field_name == "credit_limit_minor":
        return "" if v is None else format_minor(int(v), currency, grouping=False)  # type: ignore[arg-type]
    if field_name == "aliases":
        return "|".join(v)  # type: ignore[arg-type]
    return str(v)


def plan_customers(conn: Connection, table: Table, options: ImportOptions, as_of: date,
                   progress=None) -> ImportPlan:
    mapping = resolve_mapping(CUSTOMERS, table, options)
    col = mapping.get
    limit_col = col("credit_limit")
    dec = decide_decimal_mark(
        ((table.row_numbers[i], r[limit_col]) for i, r in enumerate(table.rows)) if limit_col is not None
        else iter(()), options.decimal_mark)
    plan = ImportPlan(CUSTOMERS, table, options, mapping, as_of,
                      DateOrderDecision(options.date_order if options.date_order != "auto" else "DMY",
                                        "not_needed"), dec)
    if not check_required_columns(plan):
        return plan
    sink = ErrorSink(plan)
    default_cur = options.default_currency or home_currency(conn)
    existing = existing_customers(conn)
    if progress is not None:
        progress.start(len(table.rows), T("Checking rows"))

    def get(row: list[object], name: str) -> object:
        c = col(name)
        return row[c] if c is not None and c < len(row) else ""

    codes: dict[str, list[int]] = {}
    candidates: list[tuple[int, CustomerData]] = []
    for i, row in enumerate(table.rows):
        if progress is not None and i % 2000 == 0 and i:
            progress.step(i, T("Checking rows"))
        bad = False
        code = cell_text(get(row, "code"))
        name = cell_text(get(row, "name"))
        if not code:
            sink.add(i, "code", T("A value is required."))
            bad = True
        else:
            codes.setdefault(code, []).append(i)
        if not name:
            sink.add(i, "name", T("A value is required."))
            bad = True
        raw_cur = cell_text(get(row, "currency"))
        currency = default_cur
        if raw_cur:
            try:
                currency = normalize_currency(raw_cur)
            except MoneyError:
                sink.add(i, "currency", T("Unknown currency {value}."), value=raw_cur)
                bad = True
                currency = ""
        terms = options.default_terms_days
        raw_terms = get(row, "payment_terms_days")
        if cell_text(raw_terms):
            t = parse_terms(raw_terms)
            if t is None or not (0 <= t <= MAX_TERMS_DAYS):
                sink.add(i, "payment_terms_days",
                         T("{value} is not a number of days (0 to {max})."),
                         value=cell_text(raw_terms), max=MAX_TERMS_DAYS)
                bad = True
            else:
                terms = t
        limit = None
        raw_limit = get(row, "credit_limit")
        if cell_text(raw_limit) and currency:
            try:
                limit = parse_amount(raw_limit, currency_exponent(currency), dec.mark)
            except AmountError as exc:
                amount_error(sink, i, "credit_limit", raw_limit, currency, exc)
                bad = True
            else:
                if limit < 0:
                    sink.add(i, "credit_limit", T("The credit limit cannot be negative."))
                    bad = True
        language = "zh"
        raw_lang = cell_text(get(row, "language"))
        if raw_lang:
            lang = parse_language(raw_lang)
            if lang is None:
                sink.add(i, "language", T("{value} is not a letter language (zh or en)."), value=raw_lang)
                bad = True
            else:
                language = lang
        if bad:
            continue
        data = CustomerData(code=code, name=name, currency=currency, terms_days=terms,
                            credit_limit_minor=limit, aliases=split_aliases(get(row, "aliases")),
                            contact=cell_text(get(row, "contact")), email=cell_text(get(row, "email")),
                            phone=cell_text(get(row, "phone")), address=cell_text(get(row, "address")),
                            language=language).cleaned()
        problems = validate(data)
        for p in problems:
            sink.add(i, _PROBLEM_FIELD.get(p.field), p.message, **p.params)
        if not problems:
            candidates.append((i, data))

    dups = duplicate_rows(codes)
    for code, idx in dups.items():
        rows = ", ".join(str(table.row_numbers[j]) for j in idx)
        for j in idx:
            sink.add(j, "code", T("Customer code {code} appears more than once in the file (rows {rows})."),
                     code=code, rows=rows)
    compared = [f for f in _COMPARED if col(_FIELD_OF[f]) is not None]
    for i, data in candidates:
        if data.code in dups:
            continue
        old = existing.get(data.code)
        if old is None:
            plan.customers.append(CustomerRecord(table.row_numbers[i], i, data))
            continue
        diffs = []
        for f in compared:
            a, b = getattr(old, f), getattr(data, f)
            if f == "aliases":
                a, b = sorted(a), sorted(b)
            if a != b:
                diffs.append(f"{_FIELD_OF[f]}: {_show(f, b, data.currency)!r} in the file, "
                             f"{_show(f, a, old.currency)!r} in ARDesk")
        if diffs:
            plan.conflict_rows.append(table.row_numbers[i])
            sink.add(i, None, T("Customer {code} already exists with different data ({details}); "
                                "nothing is overwritten."), code=data.code, details="; ".join(diffs))
        else:
            plan.unchanged_rows.append(table.row_numbers[i])
    plan.errors.sort(key=lambda e: e.row)
    if progress is not None:
        progress.step(len(table.rows), T("Checking rows"))
    return plan


def check_customer_cell(sink: ErrorSink, i: int, raw: object, cache: dict, by_code: dict,
                        by_name: dict):
    """The customer named in row ``i`` (by code, else a unique name or alias), or None after
    reporting an empty, unknown or ambiguous reference. ``cache`` remembers answers per text."""
    ref = raw if type(raw) is str else cell_text(raw)
    if not ref:
        sink.add(i, "customer_code", T("A value is required."))
        return None
    hit = cache.get(ref)
    if hit is None:
        hit = by_code.get(ref)
        if hit is None:
            named = by_name.get(ref, [])
            hit = named[0] if len(named) == 1 else ", ".join(sorted(c.code for c in named))
        cache[ref] = hit
    if type(hit) is not str:
        return hit
    if hit:
        sink.add(i, "customer_code", T("{value} matches several customers ({codes}); use "
                                       "the customer code."), value=ref, codes=hit)
    else:
        sink.add(i, "customer_code", T("Unknown customer {value}: add or import the "
                                       "customer first, or check the code."), value=ref)
    return None


def check_amount_cell(sink: ErrorSink, i: int, raw: object, exponent: int | None, currency: str | None,
                      mark: str) -> int | None:
    """The 'amount' cell of row ``i`` in minor units, or None after reporting what is wrong.

    With the currency unknown (``exponent`` None) the row already has an error; the cell is
    still checked so a value that is no amount at all is reported in the same pass.
    """
    if raw == "":
        sink.add(i, "amount", T("A value is required."))
        return None
    if exponent is None:
        try:
            parse_amount(raw, 4, mark)
        except AmountError as exc:
            if exc.kind == "invalid":
                sink.add(i, "amount", T("{value} is not an amount."), value=cell_text(raw))
        return None
    try:
        amount = parse_amount(raw, exponent, mark)
    except AmountError as exc:
        amount_error(sink, i, "amount", raw, currency or "", exc)
        return None
    if amount == 0:
        sink.add(i, "amount", T("The amount is zero."))
        return None
    return amount


def amount_error(sink: ErrorSink, i: int, field_name: str, raw: object, currency: str,
                  exc: AmountError) -> None:
    if exc.kind == "decimals":
        sink.add(i, field_name, T("{value} has more decimals than {currency} allows ({decimals})."),
                 value=cell_text(raw), currency=currency, decimals=currency_exponent(currency))
    else:
        sink.add(i, field_name, T("{value} is not an amount."), value=cell_text(raw))
