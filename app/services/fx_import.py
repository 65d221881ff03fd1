"""Importing exchange rates from CSV / XLSX / XLS: columns ``date, currency, rate``.

Read with the importers' table reader (encodings, delimiters, Excel, title rows), headers in
English or Chinese (日期/汇率日期, 币种/货币, 汇率/中间价/折算汇率). Every row is checked before
anything is written and every error is reported with file, row and column; nothing is written
while there are errors unless ``only_valid``. A rate means home-currency units per one unit of
the currency (see ``fx``); quotes per 100 units must be divided first.

Idempotent: a row equal to the stored rate of that currency and day is unchanged; a different
stored rate is a conflict error (nothing is overwritten: change it with ``set_rate``). The same
currency and day twice in the file with different rates is an error on both rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError

from ..errors import ImportRejected, RowError, UserError, ValidationError
from ..i18n import T
from ..models import AuditLog, ExchangeRate
from ..storage.db import Database
from ..storage.lock import current_user
from .fx import check_currency, check_rate, home_currency, rate_text
from .importers.fields import column_label, normalize_header
from .importers.table import Table, UnreadableFile, read_table
from .importers.values import AmountError, cell_text, decide_date_order, decide_decimal_mark, parse_amount, \
    parse_date

RATE_FIELDS: dict[str, tuple[str, ...]] = {       # best synonym first
    "date": ("date", "rate date", "effective date", "日期", "汇率日期", "生效日期"),
    "currency": ("currency", "ccy", "cur", "currency code", "币种", "货币", "币别"),
    "rate": ("rate", "exchange rate", "fx rate", "汇率", "折算汇率", "中间价", "记账汇率"),
}
FIELD_LABELS = {"date": T("Date"), "currency": T("Currency"), "rate": T("Exchange rate")}
_SCALE = 10                                        # parse with 10 decimals (fx.MAX_RATE_DECIMALS)


@dataclass(frozen=True)
class RateRecord:
    row: int
    date: date
    currency: str
    rate: Decimal


@dataclass
class RatesPlan:
    table: Table
    home: str
    mapping: dict[str, int | None]
    records: list[RateRecord] = field(default_factory=list)
    unchanged_rows: list[int] = field(default_factory=list)
    conflict_rows: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    rejected_rows: set[int] = field(default_factory=set)

    @property
    def file(self) -> str:
        return self.table.name

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class RatesImportResult:
    file: str
    new: int
    unchanged: int
    conflicts: int
    invalid: int
    written: bool

    def summary(self, tr=None) -> str:
        tr = tr or (lambda s: s)
        tmpl = (T("{file}: {new} new rate(s), {unchanged} unchanged, {conflicts} conflict(s), {invalid} "
                  "row(s) with errors not imported.") if self.written else
                T("{file}: {new} new rate(s) (not written), {unchanged} unchanged, {conflicts} conflict(s), "
                  "{invalid} row(s) with errors."))
        return tr(tmpl).format(file=self.file, new=self.new, unchanged=self.unchanged,
                               conflicts=self.conflicts, invalid=self.invalid)


def all_synonyms() -> list[str]:
    return [s for syns in RATE_FIELDS.values() for s in syns]


def detect_rate_mapping(headers: list[str]) -> dict[str, int | None]:
    norm = [normalize_header(h) for h in headers]
    mapping: dict[str, int | None] = {}
    used: set[int] = set()
    for name, syns in RATE_FIELDS.items():
        mapping[name] = None
        for syn in syns:
            target = normalize_header(syn)
            col = next((i for i, h in enumerate(norm) if h == target and i not in used), None)
            if col is not None:
                mapping[name] = col
                used.add(col)
                break
    return mapping


def read_rates_table(path: str | Path) -> Table:
    table = read_table(path, extra_headers=all_synonyms())
    if not table.rows:
        raise UnreadableFile(T("{file} has a header row but no data rows."), file=table.name)
    return table


def plan_rates(conn: Connection, table: Table) -> RatesPlan:
    """Check every row of ``table`` against the stored rates; writes nothing."""
    mapping = detect_rate_mapping(table.headers)
    plan = RatesPlan(table, home_currency(conn), mapping)
    for name, col in mapping.items():
        if col is None:
            plan.errors.append(RowError(table.name, table.header_row, "",
                                        T("No column is mapped to {field}; choose the column that holds "
                                          "it."), {"field": FIELD_LABELS[name]}))
    if plan.errors:
        return plan
    c_date, c_cur, c_rate = mapping["date"], mapping["currency"], mapping["rate"]
    numbers = table.row_numbers
    order = decide_date_order((numbers[i], r[c_date]) for i, r in enumerate(table.rows)).order
    mark = decide_decimal_mark((numbers[i], r[c_rate]) for i, r in enumerate(table.rows)).mark

    def err(i: int, col: int | None, message: str, **params: object) -> None:
        plan.errors.append(RowError(table.name, numbers[i], column_label(table.headers, col)
                                    if col is not None else "", message, params))
        plan.rejected_rows.add(i)

    seen: dict[tuple[str, date], list[tuple[int, Decimal]]] = {}
    for i, row in enumerate(table.rows):
        raw = row[c_date]
        day = parse_date(raw, order) if cell_text(raw) else None
        if not cell_text(raw):
            err(i, c_date, T("A value is required."))
        elif day is None:
            err(i, c_date, T("{value} is not a valid date."), value=cell_text(raw))
        code = None
        raw_cur = cell_text(row[c_cur])
        if not raw_cur:
            err(i, c_cur, T("A value is required."))
        else:
            try:
                code = check_currency(raw_cur, plan.home)
            except ValidationError as exc:
                err(i, c_cur, exc.template, **exc.params)
        rate = None
        raw_rate = row[c_rate]
        if not cell_text(raw_rate):
            err(i, c_rate, T("A value is required."))
        else:
            try:
                rate = check_rate(Decimal(parse_amount(raw_rate, _SCALE, mark)).scaleb(-_SCALE))
            except AmountError as exc:
                if exc.kind == "decimals":
                    err(i, c_rate, T("The rate {value} has more than {max} decimals."),
                        value=cell_text(raw_rate), max=_SCALE)
                else:
                    err(i, c_rate, T("{value} is not a rate."), value=cell_text(raw_rate))
            except ValidationError as exc:
                err(i, c_rate, exc.template, **exc.params)
        if day is not None and code is not None and rate is not None and i not in plan.rejected_rows:
            seen.setdefault((code, day), []).append((i, rate))

    stored = {(cur, date.fromisoformat(d)): Decimal(r) for d, cur, r in conn.exec_driver_sql(
        "SELECT date, currency, rate FROM exchange_rate")}
    for (code, day), hits in seen.items():
        if len({r for _, r in hits}) > 1:
            rows = ", ".join(str(numbers[i]) for i, _ in hits)
            for i, _ in hits:
                err(i, c_rate, T("{currency} on {date} has different rates in rows {rows}."),
                    currency=code, date=day.isoformat(), rows=rows)
            continue
        i, rate = hits[0]
        old = stored.get((code, day))
        if old is None:
            plan.records.append(RateRecord(numbers[i], day, code, rate))
            plan.unchanged_rows.extend(numbers[j] for j, _ in hits[1:])
        elif old == rate:
            plan.unchanged_rows.extend(numbers[j] for j, _ in hits)
        else:
            for j, _ in hits:
                plan.conflict_rows.append(numbers[j])
                err(j, c_rate, T("The rate of {currency} on {date} is {stored} in ARDesk, {value} in the "
                                 "file; nothing is overwritten (change it in the exchange-rate settings)."),
                    currency=code, date=day.isoformat(), stored=rate_text(old), value=rate_text(rate))
    plan.errors.sort(key=lambda e: e.row)
    plan.records.sort(key=lambda r: r.row)
    return plan


def apply_rates(db: Database, plan: RatesPlan, *, only_valid: bool = False,
                user: str | None = None) -> RatesImportResult:
    """Write the plan's new rates in one transaction (ImportRejected on errors unless only_valid)."""
    if not plan.ok and (not only_valid or any(e.column == "" for e in plan.errors)):
        raise ImportRejected(plan.file, plan.errors)
    result = _result(plan, written=bool(plan.records))
    if not plan.records:
        return result
    who = current_user() if user is None else user
    try:
        with db.session() as s:
            conn = s.connection()
            next_id = int(conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM exchange_rate").scalar_one()) + 1
            rows, audits = [], []
            for k, r in enumerate(plan.records):
                rows.append({"id": next_id + k, "date": r.date, "currency": r.currency, "rate": r.rate,
                             "source": "import"})
                audits.append({"user": who, "entity": "exchange_rate", "entity_id": next_id + k,
                               "field": "rate", "before": None,
                               "after": f"{r.currency} {r.date.isoformat()} {rate_text(r.rate)}",
                               "reason": f"import: {plan.file} row {r.row}"})
            conn.execute(insert(ExchangeRate), rows)
            conn.execute(insert(AuditLog), audits)
    except IntegrityError as exc:      # someone stored a rate for the same day meanwhile
        raise UserError(T("{file}: the database changed while the file was being checked ({reason}); "
                          "nothing was imported. Check the file again."),
                        file=plan.file, reason=str(exc.orig)) from None
    return result


def _result(plan: RatesPlan, written: bool) -> RatesImportResult:
    return RatesImportResult(plan.file, len(plan.records), len(plan.unchanged_rows), len(plan.conflict_rows),
                             len(plan.rejected_rows) - len(plan.conflict_rows), written)


def import_rates(db: Database, path: str | Path, *, only_valid: bool = False,
                 check_only: bool = False) -> RatesImportResult:
    """Read, check and (unless ``check_only``) write a rates file; the CLI's ``rates import``."""
    table = read_rates_table(path)
    with db.engine.connect() as conn:
        plan = plan_rates(conn, table)
    if not plan.ok and not only_valid:
        raise ImportRejected(plan.file, plan.errors)
    if check_only:
        return _result(plan, written=False)
    return apply_rates(db, plan, only_valid=only_valid)
