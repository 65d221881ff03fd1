"""Aging table: one row per customer and currency, bucket columns, and a footer of totals.

Rows are the service's ``AgingRow``s (frozen dataclasses); the footer shows ``TotalLine``s with
the same attribute names, so both use the same ``Column`` list. ``aging_columns`` builds the
columns for the report's buckets; a grade column appears only when rows carry a grade.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...money import format_minor
from ...services.aging_export import currency_totals, overdue_pct
from .base import RIGHT, Column, RowTableModel

OLD = QColor(192, 32, 32)          # amounts more than 90 days overdue
CREDIT = QColor(106, 27, 154)      # unapplied money / negative net

#: model column key of bucket ``i`` is f"b{i}"
BUCKET_KEY = "b{}"


translate = QCoreApplication.translate      # lupdate reads the literal translate("AgingTable", …) calls


@dataclass(frozen=True)
class TotalLine:
    """A footer line: the visible rows of one currency added up."""

    currency: str
    amounts: tuple[int, ...]
    total: int
    overdue: int
    unapplied: int
    customers: int
    customer_code: str = ""
    customer_id: None = None

    @property
    def customer_name(self) -> str:
        if self.customers == 1:
            return translate("AgingTable", "Total (1 customer)")
        return translate("AgingTable", "Total ({n} customers)").format(n=self.customers)

    @property
    def net(self) -> int:
        return self.total - self.unapplied


def unapplied(r: Any) -> int:
    return r.unapplied if isinstance(r, TotalLine) else r.unapplied_credits + r.unapplied_payments


def pct_overdue(r: Any) -> Decimal | None:
    return overdue_pct(r.overdue, r.total)


def total_lines(rows: Iterable[Any], n_buckets: int) -> list[TotalLine]:
    return [TotalLine(cur, tuple(amounts), total, overdue, unap, n)
            for cur, amounts, total, overdue, unap, n in currency_totals(rows, n_buckets)]


def _amount(value: int, currency: str, blank_zero: bool = False) -> str:
    if blank_zero and value == 0:
        return ""
    return format_minor(value, currency)


def aging_columns(buckets: Sequence[Any], bucket_titles: Sequence[str], *, grades: bool = False
                  ) -> list[Column]:
    cols: list[Column] = [
        Column("code", translate("AgingTable", "Code"), lambda r: r.customer_code),
        Column("name", translate("AgingTable", "Customer"), lambda r: r.customer_name,
               tooltip=lambda r: r.customer_name),
        Column("currency", translate("AgingTable", "Cur."), lambda r: r.currency,
               header_tooltip=translate("AgingTable", "Currency")),
    ]
    if grades:
        cols.append(Column("grade", translate("AgingTable", "Grade"), lambda r: getattr(r, "grade", "") or ""))
    for i, (b, title) in enumerate(zip(buckets, bucket_titles)):
        old = b.lo is not None and b.lo > 90
        cols.append(Column(
            BUCKET_KEY.format(i), title,
            lambda r, i=i: _amount(r.amounts[i], r.currency, blank_zero=True),
            sort_key=lambda r, i=i: r.amounts[i], align=RIGHT,
            foreground=(lambda r, i=i: OLD if r.amounts[i] > 0 else None) if old else None,
            header_tooltip=translate("AgingTable", "Double-click an amount to see its invoices.")))
    cols += [
        Column("total", translate("AgingTable", "Total"), lambda r: _amount(r.total, r.currency),
               sort_key=lambda r: r.total, align=RIGHT),
        Column("pct_overdue", translate("AgingTable", "% overdue"),
               lambda r: "" if (p := pct_overdue(r)) is None else f"{p:.1f}%",
               sort_key=lambda r: pct_overdue(r) or Decimal(0), align=RIGHT,
               header_tooltip=translate("AgingTable",
                                        "Share of the customer's open invoices past their due date.")),
        Column("unapplied", translate("AgingTable", "Unapplied"),
               lambda r: _amount(unapplied(r), r.currency, blank_zero=True),
               sort_key=unapplied, align=RIGHT,
               foreground=lambda r: CREDIT if unapplied(r) else None,
               header_tooltip=translate("AgingTable",
                                        "Payments received and credit notes not yet applied to invoices. "
                                        "They lower the net exposure, not the ages.")),
        Column("net", translate("AgingTable", "Net", "net exposure"), lambda r: _amount(r.net, r.currency),
               sort_key=lambda r: r.net, align=RIGHT,
               foreground=lambda r: CREDIT if r.net < 0 else None,
               header_tooltip=translate("AgingTable", "Open invoices less unapplied payments and credit notes.")),
    ]
    return cols


class AgingTableModel(RowTableModel):
    """Customer rows; search on code and name."""

    def __init__(self, parent=None) -> None:
        super().__init__([], search_text=lambda r: f"{r.customer_code} {r.customer_name}", parent=parent)
        self.buckets: tuple = ()

    def set_report_columns(self, buckets: Sequence[Any], titles: Sequence[str], *, grades: bool) -> None:
        self.buckets = tuple(buckets)
        self.set_columns(aging_columns(buckets, titles, grades=grades))

    def bucket_of_column(self, column: int) -> int | None:
        """Bucket index shown in ``column``, or None for the other columns."""
        key = self.column_key(column)
        if key.startswith("b") and key[1:].isdigit():
            return int(key[1:])
        return None


class AgingTotalsModel(RowTableModel):
    """The footer: one line per currency of the visible rows."""

    def __init__(self, parent=None) -> None:
        super().__init__([], parent=parent)

    def sort(self, column, order=None) -> None:  # noqa: ARG002 - the footer keeps currency order
        return
