"""Instalment plan (分期): split what is open on the ticked invoices into N parts with dates.

The parts come from ``dunning.split_parts`` (equal parts that add up exactly, every N days) and
stay editable (dates and amounts); the sum and the difference to the open total are shown as you
type, and ``dunning.create_plan`` validates on Save (exact sum, dates in order, not before today).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...errors import UserError
from ...money import format_minor
from ...services import dunning as dn
from ..errors import show_error, user_error_text
from .collections_common import InvoiceChecklist, date_edit, open_invoices, pydate
from .forms import parse_amount


class PlanDialog(QDialog):
    def __init__(self, ctx, customer_id: int, customer_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.plan_id: int | None = None
        self.setWindowTitle(self.tr("Instalment plan — {customer}").format(customer=customer_label))
        self.setMinimumSize(600, 520)
        today = ctx.as_of()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Invoices in the plan (they leave the dunning ladder while "
                                        "the plan is kept; a missed part resumes dunning):")))
        self.items = open_invoices(ctx, customer_id, disputed=False)
        self.invoices = InvoiceChecklist(self.items)
        self.invoices.setObjectName("plan_invoices")
        layout.addWidget(self.invoices)

        form = QFormLayout()
        row = QHBoxLayout()
        self.count = QSpinBox()
        self.count.setObjectName("plan_count")
        self.count.setRange(1, 120)
        self.count.setValue(3)
        self.first = date_edit(today + timedelta(days=30), "plan_first")
        self.every = QSpinBox()
        self.every.setObjectName("plan_every")
        self.every.setRange(1, 365)
        self.every.setValue(30)
        self.every.setSuffix(self.tr(" days"))
        self.split_button = QPushButton(self.tr("S&plit"))
        self.split_button.setObjectName("plan_split")
        self.split_button.setAutoDefault(False)
        row.addWidget(self.count)
        row.addWidget(QLabel(self.tr("parts, first on")))
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("then every")))
        row.addWidget(self.every)
        row.addWidget(self.split_button)
        row.addStretch(1)
        form.addRow(self.tr("Parts:"), row)
        self.grace = QSpinBox()
        self.grace.setObjectName("plan_grace")
        self.grace.setRange(0, 365)
        self.grace.setSuffix(self.tr(" days"))
        grace_row = QHBoxLayout()
        grace_row.addWidget(self.grace)
        grace_row.addStretch(1)
        form.addRow(self.tr("Grace per part:"), grace_row)
        layout.addLayout(form)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("plan_parts")
        self.table.setHorizontalHeaderLabels([self.tr("Due date"), self.tr("Amount")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout.addWidget(self.table, 1)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("plan_sum")
        layout.addWidget(self.sum_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Create plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("plan_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.split_button.clicked.connect(self.split)
        self.count.valueChanged.connect(lambda _v: self.split())
        self.every.valueChanged.connect(lambda _v: self.split())
        self.first.dateChanged.connect(lambda _d: self.split())
        self.invoices.itemChanged.connect(lambda _i: self.split())
        self.table.itemChanged.connect(lambda _i: self._update_sum())
        self.split()

    # -------------------------------------------------------------- figures
    def currency(self) -> str:
        chosen = self.invoices.checked_items()
        return chosen[0].currency if chosen else (self.items[0].currency if self.items else "CNY")

    def total(self) -> int:
        return sum(i.open_minor for i in self.invoices.checked_items())

    def split(self) -> None:
        """Fill the parts table with equal parts of the open total (they add up exactly)."""
        total = self.total()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        if total > 0:
            try:
                parts = dn.split_parts(total, self.count.value(), pydate(self.first.date()),
                                       self.every.value())
            except UserError as exc:
                self.table.blockSignals(False)
                self.sum_label.setText(user_error_text(exc))
                return
            cur = self.currency()
            for d, amount in parts:
                r = self.table.rowCount()
                self.table.insertRow(r)
                self.table.setCellWidget(r, 0, date_edit(d))
                item = QTableWidgetItem(format_minor(amount, cur))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, 1, item)
        self.table.blockSignals(False)
        self._update_sum()

    def parts(self) -> list:
        """(due date, amount minor) per row; ValueError (translated) for an unreadable amount."""
        cur = self.currency()
        out = []
        for r in range(self.table.rowCount()):
            amount = parse_amount(self.table.item(r, 1).text(), cur)
            if amount is None:
                raise ValueError(self.tr("Part {n} has no amount.").format(n=r + 1))
            out.append((pydate(self.table.cellWidget(r, 0).date()), amount))
        return out

    def _update_sum(self) -> None:
        cur, total = self.currency(), self.total()
        try:
            got = sum(a for _, a in self.parts())
        except ValueError as exc:
            self.sum_label.setText(f"<span style='color:#c02020'>{exc}</span>")
            self.ok.setEnabled(False)
            return
        diff = total - got
        text = self.tr("{n} parts: {sum} of {total} {currency} open").format(
            n=self.table.rowCount(), sum=format_minor(got, cur), total=format_minor(total, cur),
            currency=cur)
        if diff:
            text += " — <span style='color:#c02020'>" + self.tr("{diff} {currency} not covered").format(
                diff=format_minor(diff, cur), currency=cur) + "</span>"
        self.sum_label.setText(text)
        self.ok.setEnabled(total > 0 and diff == 0)

    def accept(self) -> None:
        try:
            parts = self.parts()
        except ValueError as exc:
            self.sum_label.setText(str(exc))
            return
        try:
            with self.ctx.db.session() as s:
                self.plan_id = dn.create_plan(s, self.invoices.checked_ids(), self.ctx.as_of(), parts,
                                              grace_days=self.grace.value())
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()
