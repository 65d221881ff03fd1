"""Log a call in three clicks or fewer: Log call… → an outcome → Save.

Outcomes are buttons (reached · no answer · promise to pay · dispute · other). A promise needs a
date (a week from today unless changed) and optionally an amount (empty: everything open on the
ticked invoices); the service records the promise and a follow-up on the promised date. A
dispute needs a reason and flags the ticked invoices. The dialog writes through
``dunning.log_call`` in one transaction; a UserError is shown and the dialog stays open.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...errors import UserError
from ...services import dunning as dn
from ..errors import show_error
from .collections_common import InvoiceChecklist, date_edit, open_invoices, pydate
from .forms import parse_amount

OUTCOMES = ("reached", "no_answer", "promise", "dispute", "other")


def dispute_presets() -> list[str]:
    t = QCoreApplication.translate
    return [t("DisputeReasons", "Goods not received"), t("DisputeReasons", "Goods damaged or wrong"),
            t("DisputeReasons", "Price differs from the order"),
            t("DisputeReasons", "Invoice already paid"), t("DisputeReasons", "Waiting for a credit note")]


class LogCallDialog(QDialog):
    def __init__(self, ctx, customer_id: int, customer_label: str, parent: QWidget | None = None,
                 *, invoice_ids: set[int] | None = None, numbers: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.log_id: int | None = None
        self.setWindowTitle(self.tr("Log call — {customer}").format(customer=customer_label))
        self.setMinimumWidth(560)
        today = ctx.as_of()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How did the call go?")))
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        labels = {"reached": self.tr("&Reached"), "no_answer": self.tr("&No answer"),
                  "promise": self.tr("&Promise to pay"), "dispute": self.tr("&Dispute"),
                  "other": self.tr("O&ther")}
        self.outcome_buttons: dict[str, QPushButton] = {}
        for key in OUTCOMES:
            b = QPushButton(labels[key])
            b.setObjectName(f"outcome_{key}")
            b.setCheckable(True)
            b.setAutoDefault(False)
            self.group.addButton(b)
            row.addWidget(b)
            self.outcome_buttons[key] = b
        layout.addLayout(row)

        self.promise_box = QGroupBox(self.tr("Promise to pay"))
        pf = QFormLayout(self.promise_box)
        self.promise_date = date_edit(today + timedelta(days=7), "promise_date")
        self.promise_amount = QLineEdit()
        self.promise_amount.setObjectName("promise_amount")
        self.promise_amount.setPlaceholderText(self.tr("empty: everything open on the ticked invoices"))
        pf.addRow(self.tr("Pays by:"), self.promise_date)
        pf.addRow(self.tr("Amount:"), self.promise_amount)
        layout.addWidget(self.promise_box)

        self.dispute_box = QGroupBox(self.tr("Dispute"))
        df = QFormLayout(self.dispute_box)
        self.dispute_reason = QComboBox()
        self.dispute_reason.setObjectName("dispute_reason")
        self.dispute_reason.setEditable(True)
        self.dispute_reason.addItems(dispute_presets())
        self.dispute_reason.setCurrentIndex(-1)
        self.dispute_reason.lineEdit().setPlaceholderText(self.tr("Type or pick a reason"))
        df.addRow(self.tr("Reason:"), self.dispute_reason)
        layout.addWidget(self.dispute_box)

        self.items = open_invoices(ctx, customer_id, disputed=False)
        if not invoice_ids:     # the worklist row's invoices, else the overdue ones, else all
            invoice_ids = ({i.id for i in self.items if i.number in numbers}
                           or {i.id for i in self.items if i.days_overdue > 0}
                           or {i.id for i in self.items})
        self.inv_label = QLabel(self.tr("Invoices:"))
        self.invoices = InvoiceChecklist(self.items, invoice_ids or None)
        self.invoices.setObjectName("call_invoices")
        layout.addWidget(self.inv_label)
        layout.addWidget(self.invoices)

        form = QFormLayout()
        self.note = QLineEdit()
        self.note.setObjectName("call_note")
        self.note.setPlaceholderText(self.tr("Who you spoke to, what was said"))
        form.addRow(self.tr("&Note:"), self.note)
        fu = QHBoxLayout()
        self.follow_check = QCheckBox(self.tr("Call again on"))
        self.follow_check.setObjectName("follow_up_check")
        self.follow_date = date_edit(today + timedelta(days=3), "follow_up_date")
        fu.addWidget(self.follow_check)
        fu.addWidget(self.follow_date)
        fu.addStretch(1)
        form.addRow("", fu)
        layout.addLayout(form)

        self.problem = QLabel()
        self.problem.setObjectName("call_problem")
        self.problem.setStyleSheet("color: #c02020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("call_save")
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.group.buttonClicked.connect(lambda _b: self._update())
        self.follow_check.toggled.connect(lambda _on: self._update())
        self._update()

    # ---------------------------------------------------------------- state
    def outcome(self) -> str | None:
        return next((k for k, b in self.outcome_buttons.items() if b.isChecked()), None)

    def choose(self, outcome: str) -> None:
        self.outcome_buttons[outcome].click()

    def _update(self) -> None:
        o = self.outcome()
        self.promise_box.setVisible(o == "promise")
        self.dispute_box.setVisible(o == "dispute")
        show_inv = o in ("promise", "dispute")
        self.inv_label.setVisible(show_inv)
        self.invoices.setVisible(show_inv)
        self.follow_check.setEnabled(o != "promise")       # a promise follows up on its date
        self.follow_date.setEnabled(o != "promise" and self.follow_check.isChecked())
        if o == "no_answer" and not self.follow_check.isChecked():
            self.follow_check.setChecked(True)
        self.save_button.setEnabled(o is not None)
        self.adjustSize()

    def _fail(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    # ---------------------------------------------------------------- save
    def accept(self) -> None:
        o = self.outcome()
        if o is None:
            return
        ids = self.invoices.checked_ids() if o in ("promise", "dispute") else []
        amount = None
        if o == "promise":
            chosen = self.invoices.checked_items()
            if not chosen:
                self._fail(self.tr("Tick the invoices the customer promised to pay."))
                return
            try:
                amount = parse_amount(self.promise_amount.text(), chosen[0].currency)
            except ValueError as exc:
                self._fail(str(exc))
                return
        if o == "dispute":
            if not ids:
                self._fail(self.tr("Tick the disputed invoices."))
                return
            if not self.dispute_reason.currentText().strip():
                self._fail(self.tr("Give a reason for the dispute."))
                return
        follow = (pydate(self.follow_date.date())
                  if o != "promise" and self.follow_check.isChecked() else None)
        try:
            with self.ctx.db.session() as s:
                self.log_id = dn.log_call(
                    s, self.customer_id, self.ctx.as_of(), o, self.note.text(), invoice_ids=ids,
                    follow_up=follow,
                    promise_date=pydate(self.promise_date.date()) if o == "promise" else None,
                    promise_amount_minor=amount,
                    dispute_reason=self.dispute_reason.currentText().strip() if o == "dispute" else "")
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.outcome() is None:
            return
        super().keyPressEvent(event)
