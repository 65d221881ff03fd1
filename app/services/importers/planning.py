"""Checking a table before anything is written: options, the plan, and what they share.

``plan_import`` reads the database (never writes), validates every row and returns an
``ImportPlan``: the new records, how many rows are already in the database unchanged, every
error (conflicts included) with file, row, column and message, and the decisions the file
needed (day/month order, decimal mark) with the evidence, for the preview to show.

A streamed table (a big file, see ``table.py``) is checked by ``plan_stream.py`` in parts: the
plan then keeps counts, the first ``MAX_KEPT_ERRORS`` errors and, in a temporary database
(``plan.stream``), what writing and the rejected-rows file need - not one record per row.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Iterator, Union

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...errors import RowError
from ...i18n import T
from ...storage.db import Database
from .fields import CUSTOMERS, INVOICES, PAYMENTS, check_kind, column_label, detect_mapping, field_names, \
    spec
from .table import Table
from .values import DATE_ORDERS, DECIMAL_MARKS, DMY, DateOrderDecision, DecimalDecision

if TYPE_CHECKING:
    from .plan_stream import StreamState

Source = Union[Database, Session, Connection]

ORDER_TEXT = {DMY: "day/month/year", "MDY": "month/day/year"}


@dataclass
class ImportOptions:
    """What the user can change in the preview (and save in a profile with the mapping).

    ``mapping``: field → 0-based column index (None: not in the file); None as a whole means
    "detect from the headers". ``date_order``: auto | DMY | MDY. ``decimal_mark``: auto | . | ,
    ``default_currency``: for customer rows without one (None: the company's home currency,
    CNY when no company is set up). ``default_terms_days``: for customer rows without terms.
    """

    mapping: dict[str, int | None] | None = None
    date_order: str = "auto"
    decimal_mark: str = "auto"
    default_currency: str | None = None
    default_terms_days: int = 30

    def __post_init__(self) -> None:
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {DATE_ORDERS}")
        if self.decimal_mark not in DECIMAL_MARKS:
            raise ValueError(f"decimal_mark must be one of {DECIMAL_MARKS}")

    def settings(self) -> dict[str, object]:
        """The options other than the mapping, as saved in a profile."""
        d = asdict(self)
        d.pop("mapping")
        return d

    def settings_json(self) -> str:
        return json.dumps(self.settings(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_settings(cls, settings: dict[str, object], mapping: dict[str, int | None] | None = None
                      ) -> "ImportOptions":
        known = {k: v for k, v in settings.items() if k in ("date_order", "decimal_mark",
                                                            "default_currency", "default_terms_days")}
        return cls(mapping=mapping, **known)  # type: ignore[arg-type]


class CustomerRecord:
    """A customer row ready to be written (``data`` is a cleaned, valid CustomerData)."""

    __slots__ = ("row", "index", "data")

    def __init__(self, row: int, index: int, data) -> None:
        self.row, self.index, self.data = row, index, data


@dataclass
class ImportPlan:
    kind: str
    table: Table
    options: ImportOptions
    mapping: dict[str, int | None]
    as_of: date
    date_order: DateOrderDecision
    decimal_mark: DecimalDecision
    customers: list = field(default_factory=list)      # CustomerRecord (kind customers)
    invoices: list = field(default_factory=list)       # InvoiceRecord (kind invoices)
    payments: list = field(default_factory=list)       # PaymentRecord (kind payments)
    unchanged_rows: list[int] = field(default_factory=list)
    conflict_rows: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)   # not errors: what the user should know
    rejected: dict[int, list[RowError]] = field(default_factory=dict)   # table index → errors
    missing_fields: list[str] = field(default_factory=list)
    customers_plan: "ImportPlan | None" = None        # written first, in the same transaction
    checked_payment_id: int = 0     # payments: highest payment id when checked (see plan_payments)
    # invoices: customers the new open invoices take past the credit warning line or limit, or
    # who must prepay (app.services.credit.gate); writing them needs a reason
    credit_checks: list = field(default_factory=list)
    # a streamed table's plan (plan_stream.StreamState): counts, every error and row keys in a
    # temporary database; ``errors`` then holds the first MAX_KEPT_ERRORS, ``records`` is empty
    stream: "StreamState | None" = field(default=None, repr=False)

    @property
    def file(self) -> str:
        return self.table.name

    @property
    def records(self) -> list:
        if self.kind == PAYMENTS:
            return self.payments
        return self.customers if self.kind == CUSTOMERS else self.invoices

    @property
    def new(self) -> int:
        return self.stream.new if self.stream is not None else len(self.records)

    @property
    def unchanged(self) -> int:
        return self.stream.unchanged if self.stream is not None else len(self.unchanged_rows)

    @property
    def conflicts(self) -> int:
        return self.stream.conflicts if self.stream is not None else len(self.conflict_rows)

    @property
    def invalid(self) -> int:
        """Rows with errors other than a conflict."""
        return self.rejected_count - self.conflicts

    @property
    def rejected_count(self) -> int:
        return self.stream.rejected if self.stream is not None else len(self.rejected)

    @property
    def error_count(self) -> int:
        """Every error of this plan (``errors`` may hold only the first of a streamed file's)."""
        return self.stream.errors if self.stream is not None else len(self.errors)

    @property
    def row_count(self) -> int:
        """The data rows checked."""
        return self.stream.rows if self.stream is not None else len(self.table.rows)

    def all_error_count(self) -> int:
        before = self.customers_plan.all_error_count() if self.customers_plan else 0
        return before + self.error_count

    @property
    def ok(self) -> bool:
        return not self.errors and (self.customers_plan is None or self.customers_plan.ok)

    def all_errors(self) -> list[RowError]:
        before = self.customers_plan.all_errors() if self.customers_plan else []
        return before + self.errors


# ----------------------------------------------------------------------------- helpers

@contextmanager
def reading(source: Source) -> Iterator[Connection]:
    if isinstance(source, Database):
        with source.engine.connect() as conn:
            yield conn
    elif isinstance(source, Session):
        yield source.connection()
    elif isinstance(source, Connection):
        yield source
    else:
        raise TypeError(f"expected Database, Session or Connection, not {type(source).__name__}")


def resolve_mapping(kind: str, table: Table, options: ImportOptions) -> dict[str, int | None]:
    if options.mapping is None:
        return detect_mapping(kind, table.headers)
    names = field_names(kind)
    unknown = set(options.mapping) - set(names)
    if unknown:
        raise ValueError(f"unknown fields for {kind}: {sorted(unknown)}")
    mapping: dict[str, int | None] = {n: None for n in names}
    width = max(len(table.headers), max((len(r) for r in table.rows[:1]), default=0))
    for name, col in options.mapping.items():
        if col is not None and not (0 <= col < width):
            raise ValueError(f"column {col} for {name} is outside the table")
        mapping[name] = col
    return mapping


class ErrorSink:
    """Collects row errors for one plan, keyed by table row index.

    Rows checked in parts: ``part(start, numbers)`` says which rows come next (``numbers[k]`` is
    the Excel row of index ``start + k``); ``emit`` is where each error goes.
    """

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.file = plan.table.name
        self.headers = plan.table.headers
        self.numbers = plan.table.row_numbers
        self.start = 0
        self._columns: dict[str, str] = {}

    def part(self, start: int, numbers: list[int]) -> None:
        self.start, self.numbers = start, numbers

    def column(self, field_name: str) -> str:
        label = self._columns.get(field_name)
        if label is None:
            col = self.plan.mapping.get(field_name)
            label = spec(self.plan.kind, field_name).label if col is None else column_label(self.headers, col)
            self._columns[field_name] = label
        return label

    def add(self, index: int, field_name: str | None, message: str, **params: object) -> None:
        self.emit(index, RowError(self.file, self.numbers[index - self.start],
                                  self.column(field_name) if field_name else "", message, params))

    def add_at(self, index: int, row: int, field_name: str | None, message: str, **params: object) -> None:
        """An error for a row outside the current part (its Excel row number given)."""
        self.emit(index, RowError(self.file, row, self.column(field_name) if field_name else "",
                                  message, params))

    def emit(self, index: int, e: RowError) -> None:
        self.plan.errors.append(e)
        self.plan.rejected.setdefault(index, []).append(e)

    def note(self, row: int, message: str, **params: object) -> None:
        self.plan.notes.append(RowError(self.file, row, "", message, params))


def check_required_columns(plan: ImportPlan) -> bool:
    """Adds an error per required field without a column; True when all are there."""
    for f in field_names(plan.kind):
        s = spec(plan.kind, f)
        if s.required and plan.mapping.get(f) is None:
            plan.missing_fields.append(f)
            plan.errors.append(RowError(plan.table.name, plan.table.header_row, "",
                                        T("No column is mapped to {field}; choose the column that "
                                          "holds it."), {"field": s.label}))
    return not plan.missing_fields


def date_error(sink: ErrorSink, index: int, field_name: str, value: object, order: str) -> None:
    if order == DMY:
        sink.add(index, field_name, T("{value} is not a valid date (dates in this file are read as "
                                      "day/month/year)."), value=str(value))
    else:
        sink.add(index, field_name, T("{value} is not a valid date (dates in this file are read as "
                                      "month/day/year)."), value=str(value))


def duplicate_rows(keys: dict[str, list[int]]) -> dict[str, list[int]]:
    return {k: idx for k, idx in keys.items() if len(idx) > 1}


SHOWN_ROWS = 20


def shown_rows(rows: list[int]) -> str:
    """Row numbers for a message: '4, 9, 12' (the first SHOWN_ROWS, then '…')."""
    text = ", ".join(str(r) for r in rows[:SHOWN_ROWS])
    return text + ", …" if len(rows) > SHOWN_ROWS else text


def plan_import(source: Source, kind: str, table: Table, options: ImportOptions | None = None, *,
                as_of: date, customers: ImportPlan | None = None, progress=None) -> ImportPlan:
    """Validate every row of ``table`` against the database; writes nothing.

    ``customers``: a customers plan that will be written in the same run (invoices may refer
    to the customers it creates). ``progress``: a ``Progress`` (cancel raises ``Cancelled``).
    """
    check_kind(kind)
    options = options or ImportOptions()
    if customers is not None and (kind != INVOICES or customers.kind != CUSTOMERS):
        raise ValueError("only an invoices plan can depend on a customers plan")
    if table.streamed and kind != INVOICES:
        table = table.loaded()      # customers and payments files are checked in memory
    with reading(source) as conn:
        if kind == CUSTOMERS:
            from .plan_customers import plan_customers
            return plan_customers(conn, table, options, as_of, progress)
        if kind == PAYMENTS:
            from .plan_payments import plan_payments
            return plan_payments(conn, table, options, as_of, progress)
        if table.streamed:
            from .plan_stream import plan_invoices_streamed
            plan = plan_invoices_streamed(conn, table, options, as_of, customers, progress)
        else:
            from .plan_invoices import plan_invoices
            plan = plan_invoices(conn, table, options, as_of, customers, progress)
        plan.credit_checks = _credit_checks(conn, plan)
        return plan


def _credit_checks(conn, plan: "ImportPlan") -> list:
    """The credit gate over the plan's new open invoices (paid, cancelled and credit notes add
    nothing to what a customer owes); a streamed plan gives one total per customer and currency."""
    from ..credit.gate import check_invoices

    if plan.stream is not None:
        items = plan.stream.credit_items()
    else:
        items = [(r.customer_id, r.amount_minor, r.currency) for r in plan.invoices
                 if r.kind == "invoice" and r.status not in ("paid", "cancelled")]
    return [c for c in check_invoices(conn, plan.as_of, items) if c.needs_reason]
