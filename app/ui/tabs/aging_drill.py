"""Drill-down from an aging cell: the customer's open invoices in that bucket on the as-of date.

Loads ``aging.aging_items`` in a worker and lists the documents (number, dates, days overdue,
amount, open on the date) with their total, which equals the cell that was double-clicked.
"""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableView, QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.aging import AgingItem, aging_items
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.base import RIGHT, Column, RowTableModel
from ..workers import run_in_worker

DISPUTED = "#b26a00"


def _load(engine, as_of: date, customer_id: int, currency: str, bucket: int | None, basis: str,
          bounds: tuple[int, ...]) -> tuple[AgingItem, ...]:
    with engine.connect() as conn:
        return aging_items(conn, as_of, customer_id, currency, bucket, basis=basis, bounds=bounds)


class AgingItemsDialog(QDialog):
    def __init__(self, ctx: AppContext, *, as_of: date, customer_id: int, customer: str, currency: str,
                 bucket: int | None, bucket_title: str, basis: str, bounds: tuple[int, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aging_items_dialog")
        self.ctx = ctx
        self.currency = currency
        self.loading = True
        self.loaded_once = False
        what = bucket_title or self.tr("All open items")
        self.setWindowTitle(self.tr("{customer} — {what}").format(customer=customer, what=what))
        head = QLabel(self.tr("<b>{customer}</b> · {currency} · {what} · as of {date}").format(
            customer=_html(customer), currency=currency, what=_html(what), date=as_of.isoformat()))
        head.setTextFormat(Qt.TextFormat.RichText)
        self.model = RowTableModel(self._columns(), search_text=None, parent=self)
        self.view = QTableView()
        self.view.setObjectName("aging_items_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.total = QLabel(self.tr("Loading…"))
        self.total.setObjectName("aging_items_total")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        v = QVBoxLayout(self)
        v.addWidget(head)
        v.addWidget(self.view, 1)
        v.addWidget(self.total)
        v.addWidget(buttons)
        self.resize(820, 420)
        run_in_worker(_load, ctx.db.engine, as_of, customer_id, currency, bucket, basis, bounds,
                      on_done=self._loaded, on_error=self._failed)

    def _columns(self) -> list[Column]:
        kinds = {"invoice": self.tr("Invoice"), "credit_note": self.tr("Credit note")}
        return [
            Column("number", self.tr("Number"), lambda r: r.number),
            Column("kind", self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
            Column("issued", self.tr("Issued"), lambda r: r.issue_date.isoformat()),
            Column("due", self.tr("Due"), lambda r: r.due_date.isoformat()),
            Column("days_overdue", self.tr("Days overdue"), lambda r: r.days_overdue or "",
                   sort_key=lambda r: r.days_overdue, align=RIGHT),
            Column("amount", self.tr("Amount"), lambda r: format_minor(r.amount_minor, r.currency),
                   sort_key=lambda r: r.amount_minor, align=RIGHT),
            Column("open", self.tr("Open", "amount still owed"),
                   lambda r: format_minor(r.open_minor, r.currency), sort_key=lambda r: r.open_minor,
                   align=RIGHT),
            Column("po", self.tr("PO number"), lambda r: r.po),
            Column("note", self.tr("Notes"), lambda r: self.tr("Disputed") if r.disputed else "",
                   foreground=lambda r: QColor(DISPUTED) if r.disputed else None),
        ]

    def _loaded(self, items: tuple[AgingItem, ...]) -> None:
        if not shiboken6.isValid(self):       # closed before the list arrived
            return
        self.loading = False
        self.loaded_once = True
        self.model.set_rows(items)
        invoices = [i for i in items if i.kind == "invoice"]
        total = sum(i.open_minor for i in invoices)
        self.total.setText(self.tr("Invoices: {n} · open {amount} {currency}").format(
            n=len(invoices), amount=format_minor(total, self.currency), currency=self.currency))

    def _failed(self, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self):
            show_error(None, exc, tb)
            return
        self.loading = False
        self.total.setText("")
        show_error(self, exc, tb)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
