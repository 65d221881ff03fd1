"""Pieces the Collections dialogs share: a customer's open invoices as a check list, dates.

    items = open_invoices(ctx, customer_id)          # OpenItem rows (invoices with something open)
    lst = InvoiceChecklist(items, checked={id1})     # a QListWidget of check boxes
    lst.checked_ids()
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QListWidget, QListWidgetItem, QWidget

from ...money import format_minor
from ...services.queries import OpenItem, customer_detail


def open_invoices(ctx, customer_id: int, *, disputed: bool | None = None) -> list[OpenItem]:
    """The customer's open invoices (not credit notes) on the working date; ``disputed`` True /
    False keeps only the disputed / undisputed ones."""
    with ctx.db.engine.connect() as conn:
        d = customer_detail(conn, customer_id, ctx.as_of())
        items = [i for i in (d.open_items if d else ()) if i.kind == "invoice"]
        if disputed is not None and items:
            from sqlalchemy import text
            flagged = {r[0] for r in conn.execute(text(
                "SELECT id FROM invoice WHERE customer_id = :c AND disputed"), {"c": customer_id})}
            items = [i for i in items if (i.id in flagged) == disputed]
    return items


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date, name: str = "") -> QDateEdit:
    w = QDateEdit(qdate(d))
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    if name:
        w.setObjectName(name)
    return w


class InvoiceChecklist(QListWidget):
    """Open invoices with a check box each: number, due date, days overdue, open amount."""

    def __init__(self, items: list[OpenItem], checked: set[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = list(items)
        for it in self.items:
            text = self.tr("{number}  due {due}  ·  {days} days overdue  ·  {amount} {currency} open").format(
                number=it.number, due=it.due_date.isoformat(), days=it.days_overdue,
                amount=format_minor(it.open_minor, it.currency), currency=it.currency)
            w = QListWidgetItem(text, self)
            w.setData(Qt.ItemDataRole.UserRole, it.id)
            w.setFlags(w.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = checked is None or it.id in checked
            w.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.setMaximumHeight(self.sizeHintForRow(0) * min(max(len(self.items), 2), 6) + 8
                              if self.items else 60)

    def checked_ids(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def checked_items(self) -> list[OpenItem]:
        ids = set(self.checked_ids())
        return [it for it in self.items if it.id in ids]

    def set_checked(self, ids: set[int]) -> None:
        for i in range(self.count()):
            w = self.item(i)
            w.setCheckState(Qt.CheckState.Checked if w.data(Qt.ItemDataRole.UserRole) in ids
                            else Qt.CheckState.Unchecked)
