"""Instalment plan (分期): split what is open on the ticked invoices into N parts with dates.

The parts come from ``dunning.split_parts`` (equal parts that add up exactly, every N days) and
stay editable (dates and amounts); the sum and the difference to the open total are shown as you
type, and ``dunning.create_plan`` validates on Save (exact sum, dates in order, not before today).
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout,
                               QWidget)

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

        # one row of editors per part (a layout in a scroll area, not a table of cell widgets)
        self.rows: list[tuple[QWidget, QLineEdit]] = []
        self.parts_box = QWidget()
        self.parts_box.setObjectName("plan_parts")
        self.grid = QGridLayout(self.parts_box)
        self.grid.setColumnStretch(3, 1)
        self.grid.setRowStretch(200, 1)          # rows stay at the top (at most 120 parts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.parts_box)
        layout.addWidget(scroll, 1)
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
        self.split()

    # -------------------------------------------------------------- figures
    def currency(self) -> str:
        chosen = self.invoices.checked_items()
        return chosen[0].currency if chosen else (self.items[0].currency if self.items else "CNY")

    def total(self) -> int:
        return sum(i.open_minor for i in self.invoices.checked_items())

    def split(self) -> None:
        """Fill the part rows with equal parts of the open total (they add up exactly)."""
        total = self.total()
        self._clear_rows()
        if total > 0:
            try:
                parts = dn.split_parts(total, self.count.value(), pydate(self.first.date()),
                                       self.every.value())
            except UserError as exc:
                self.sum_label.setText(user_error_text(exc))
                return
            cur = self.currency()
            self.grid.addWidget(QLabel(self.tr("Part")), 0, 0)
            self.grid.addWidget(QLabel(self.tr("Due date")), 0, 1)
            self.grid.addWidget(QLabel(self.tr("Amount")), 0, 2)
            for n, (d, amount) in enumerate(parts, 1):
                when = date_edit(d)
                amount_edit = QLineEdit(format_minor(amount, cur))
                amount_edit.setObjectName(f"plan_amount_{n}")
                amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
                amount_edit.textChanged.connect(lambda _t: self._update_sum())
                when.dateChanged.connect(lambda _d: self._update_sum())
                self.grid.addWidget(QLabel(str(n)), n, 0)
                self.grid.addWidget(when, n, 1)
                self.grid.addWidget(amount_edit, n, 2)
                self.rows.append((when, amount_edit))
        self._update_sum()

    def _clear_rows(self) -> None:
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.rows = []

    def set_amount(self, part: int, text: str) -> None:
        """Type ``text`` as the amount of part ``part`` (1-based)."""
        self.rows[part - 1][1].setText(text)

    def parts(self) -> list:
        """(due date, amount minor) per row; ValueError (translated) for an unreadable amount."""
        cur = self.currency()
        out = []
        for n, (when, amount_edit) in enumerate(self.rows, 1):
            amount = parse_amount(amount_edit.text(), cur)
            if amount is None:
                raise ValueError(self.tr("Part {n} has no amount.").format(n=n))
            out.append((pydate(when.date()), amount))
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
            n=len(self.rows), sum=format_minor(got, cur), total=format_minor(total, cur),
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
