"""The customer list: one ``CustomerRow`` (app.services.queries) per line."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...money import format_minor
from ...services.queries import Balance, CustomerRow
from .base import CENTER, MUTED, NEGATIVE, RIGHT, Column, RowTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

WARNING = QColor(176, 110, 0)    # over the credit warning line


def _money(minor: int | None, currency: str) -> str:
    return "" if minor is None else format_minor(minor, currency)


def other_balances_text(row: CustomerRow) -> str:
    """'USD 1,200.00 open (300.00 overdue); EUR …' for balances outside the customer's currency."""
    parts = []
    for b in row.other_balances:
        if b.overdue_minor:
            parts.append(translate(
                "CustomerTableModel", "{currency} {open} open ({overdue} overdue)").format(
                currency=b.currency, open=format_minor(b.open_minor, b.currency),
                overdue=format_minor(b.overdue_minor, b.currency)))
        else:
            parts.append(translate("CustomerTableModel", "{currency} {open} open").format(
                currency=b.currency, open=format_minor(b.open_minor, b.currency)))
    return "; ".join(parts)


def _open_display(r: CustomerRow) -> str:
    text = format_minor(r.balance.open_minor, r.currency)
    if r.other_balances:
        text += " +" + "/".join(b.currency for b in r.other_balances)
    return text


def _open_tooltip(r: CustomerRow) -> str | None:
    if not r.other_balances:
        return None
    return translate("CustomerTableModel", "Also open in other currencies: {list}").format(
        list=other_balances_text(r))


def _red_if(pred):
    return lambda r: NEGATIVE if pred(r) else None


def _oldest(b: Balance) -> int | None:
    return b.oldest_overdue_days or None


@dataclass(frozen=True, slots=True)
class CreditCell:
    """The credit grade and limit utilisation shown in the customer list (from credit.evaluate)."""

    grade: str
    utilisation_pct: Decimal | None
    status: str                 # ok | warning | over_limit | no_limit


def _util_text(c: CreditCell | None) -> str:
    if c is None or c.utilisation_pct is None:
        return translate("CustomerTableModel", "over limit") if c is not None and c.status == "over_limit" else ""
    return f"{c.utilisation_pct} %"


def _util_color(c: CreditCell | None):
    if c is None:
        return None
    if c.status == "over_limit":
        return NEGATIVE
    return WARNING if c.status == "warning" else None


def customer_columns(credit: Callable[[int], CreditCell | None] = lambda _id: None) -> list[Column[CustomerRow]]:
    inactive = translate("CustomerTableModel", "{name} (inactive)")
    aka = translate("CustomerTableModel", "Also known as: {aliases}")
    return [
        Column("code", translate("CustomerTableModel", "Code"), lambda r: r.code),
        Column("name", translate("CustomerTableModel", "Name"),
               lambda r: r.name if r.active else inactive.format(name=r.name),
               sort_key=lambda r: r.name.casefold(),
               tooltip=lambda r: aka.format(aliases=r.aliases) if r.aliases else None),
        Column("currency", translate("CustomerTableModel", "Currency"), lambda r: r.currency),
        Column("terms", translate("CustomerTableModel", "Terms (days)"), lambda r: r.terms_days, align=RIGHT),
        Column("credit_limit", translate("CustomerTableModel", "Credit limit"),
               lambda r: _money(r.credit_limit_minor, r.currency),
               sort_key=lambda r: r.credit_limit_minor, align=RIGHT),
        Column("grade", translate("CustomerTableModel", "Grade"),
               lambda r: c.grade if (c := credit(r.id)) is not None else "", align=CENTER,
               header_tooltip=translate("CustomerTableModel", "Credit grade today (Credit tab)")),
        Column("utilisation", translate("CustomerTableModel", "Utilisation"),
               lambda r: _util_text(credit(r.id)),
               sort_key=lambda r: (float(c.utilisation_pct) if (c := credit(r.id)) is not None
                                   and c.utilisation_pct is not None
                                   else (1e9 if c is not None and c.status == "over_limit" else None)),
               align=RIGHT, foreground=lambda r: _util_color(credit(r.id)),
               header_tooltip=translate("CustomerTableModel", "Exposure as a share of the credit limit")),
        Column("open", translate("CustomerTableModel", "Open balance"), _open_display,
               sort_key=lambda r: r.balance.open_minor, align=RIGHT,
               foreground=_red_if(lambda r: r.balance.open_minor < 0), tooltip=_open_tooltip,
               header_tooltip=translate(
                   "CustomerTableModel",
                   "Open invoices minus unapplied credit notes, in the customer's currency")),
        Column("overdue", translate("CustomerTableModel", "Overdue"),
               lambda r: _money(r.balance.overdue_minor or None, r.currency),
               sort_key=lambda r: r.balance.overdue_minor, align=RIGHT,
               foreground=_red_if(lambda r: r.balance.overdue_minor > 0)),
        Column("oldest_days", translate("CustomerTableModel", "Days overdue"),
               lambda r: _oldest(r.balance),
               header_tooltip=translate("CustomerTableModel",
                                        "Days since the oldest unpaid invoice fell due"),
               sort_key=lambda r: r.balance.oldest_overdue_days, align=RIGHT,
               foreground=_red_if(lambda r: r.balance.oldest_overdue_days > 0)),
    ]


def customer_search_text(r: CustomerRow) -> str:
    return f"{r.code}\n{r.name}\n{r.aliases}"


class CustomerTableModel(RowTableModel[CustomerRow]):
    def __init__(self, parent=None) -> None:
        credit: dict[int, CreditCell] = {}
        super().__init__(customer_columns(credit.get), search_text=customer_search_text,
                         row_foreground=lambda r: None if r.active else MUTED, parent=parent)
        self.credit = credit

    def retranslate(self) -> None:
        self.set_columns(customer_columns(self.credit.get))

    def set_rows_with_credit(self, rows, credit: dict[int, CreditCell]) -> None:
        """Rows and their credit cells together (one model reset)."""
        self.credit.clear()
        self.credit.update(credit)
        self.set_rows(rows)

    def set_credit(self, credit: dict[int, CreditCell]) -> None:
        """New credit cells for the same rows (they arrive after the rows): the grade and
        utilisation columns repaint, and re-sort when the list is sorted by one of them."""
        self.credit.clear()
        self.credit.update(credit)
        cols = [self.column_index(k) for k in ("grade", "utilisation")]
        if self.sort_column in cols:
            self.sort(self.sort_column, self.sort_order)
        elif self.rowCount():
            for c in cols:
                self.dataChanged.emit(self.index(0, c), self.index(self.rowCount() - 1, c))

    def row_by_id(self, customer_id: int) -> int:
        return self.find_row(lambda r: r.id == customer_id)
