"""Disputes and holds for the Collections tab.

``DisputeDialog(ctx, customer_id, label, resolve=False)``: tick invoices and give a reason; they
are flagged as disputed (they leave the dunning ladder) — or, with ``resolve=True``, the disputed
ones are listed and resolved (they return to the ladder). ``HoldDialog``: stop dunning the whole
customer or the ticked invoices, with a reason, until a date (or until lifted). Each writes in one
transaction through ``app.services.dunning``; a UserError is shown and the dialog stays open.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget)

from ...errors import UserError
from ...services import dunning as dn
from ..errors import show_error
from .collections_call import dispute_presets
from .collections_common import InvoiceChecklist, date_edit, open_invoices, pydate


def _reason_box(presets: list[str], placeholder: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName("reason")
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(presets)
    box.setCurrentIndex(-1)
    box.lineEdit().setPlaceholderText(placeholder)
    return box


class DisputeDialog(QDialog):
    def __init__(self, ctx, customer_id: int, customer_label: str, parent: QWidget | None = None,
                 *, resolve: bool = False, invoice_ids: set[int] | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id, self.resolve = ctx, customer_id, resolve
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if resolve:
            self.setWindowTitle(self.tr("Resolve dispute — {customer}").format(customer=customer_label))
            layout.addWidget(QLabel(self.tr("The ticked invoices are no longer disputed and return "
                                            "to the dunning ladder.")))
        else:
            self.setWindowTitle(self.tr("Dispute — {customer}").format(customer=customer_label))
            layout.addWidget(QLabel(self.tr("The ticked invoices are flagged as disputed and leave "
                                            "the dunning ladder until the dispute is resolved.")))
        self.items = open_invoices(ctx, customer_id, disputed=resolve)
        self.invoices = InvoiceChecklist(self.items, invoice_ids or None)
        self.invoices.setObjectName("dispute_invoices")
        layout.addWidget(self.invoices)
        if not self.items:
            layout.addWidget(QLabel(self.tr("No disputed invoices.") if resolve
                                    else self.tr("Nothing is open for this customer.")))
        form = QFormLayout()
        self.reason = _reason_box([] if resolve else dispute_presets(),
                                  self.tr("How it was settled") if resolve
                                  else self.tr("Type or pick a reason"))
        form.addRow(self.tr("Reason (kept in the history):"), self.reason)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Resolve") if resolve else self.tr("&Flag as disputed"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("dispute_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.editTextChanged.connect(lambda _t: self._update())
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.items) and (self.resolve or bool(self.reason.currentText().strip())))

    def accept(self) -> None:
        ids = self.invoices.checked_ids()
        if not ids:
            return
        reason = self.reason.currentText().strip()
        try:
            with self.ctx.db.session() as s:
                if self.resolve:
                    dn.resolve_dispute(s, ids, reason)
                else:
                    dn.dispute(s, ids, reason)
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()


class HoldDialog(QDialog):
    def __init__(self, ctx, customer_id: int, customer_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.setWindowTitle(self.tr("Hold dunning — {customer}").format(customer=customer_label))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("No reminders or letters go out while the hold lasts; "
                                        "dunning resumes by itself after the end date.")))
        self.whole = QRadioButton(self.tr("The whole &customer"))
        self.whole.setObjectName("hold_customer")
        self.some = QRadioButton(self.tr("Only the ticked &invoices"))
        self.some.setObjectName("hold_invoices")
        self.whole.setChecked(True)
        layout.addWidget(self.whole)
        layout.addWidget(self.some)
        self.items = open_invoices(ctx, customer_id)
        self.invoices = InvoiceChecklist(self.items, set())
        self.invoices.setObjectName("hold_invoice_list")
        layout.addWidget(self.invoices)
        form = QFormLayout()
        self.reason = _reason_box([self.tr("Negotiating a settlement"), self.tr("Customer in restructuring"),
                                   self.tr("Agreed with sales"), self.tr("Waiting for documents")],
                                  self.tr("Type or pick a reason"))
        form.addRow(self.tr("Reason:"), self.reason)
        until_row = QHBoxLayout()
        self.has_until = QCheckBox(self.tr("until"))
        self.has_until.setObjectName("hold_has_until")
        self.has_until.setChecked(True)
        self.until = date_edit(ctx.as_of() + timedelta(days=30), "hold_until")
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until)
        until_row.addWidget(QLabel(self.tr("(untick: until lifted)")))
        until_row.addStretch(1)
        form.addRow(self.tr("Ends:"), until_row)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Hold"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("hold_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.editTextChanged.connect(lambda _t: self._update())
        self.whole.toggled.connect(lambda _on: self._update())
        self.has_until.toggled.connect(lambda _on: self._update())
        self.invoices.itemChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        self.invoices.setEnabled(self.some.isChecked())
        self.until.setEnabled(self.has_until.isChecked())
        ok = bool(self.reason.currentText().strip())
        if self.some.isChecked():
            ok = ok and bool(self.invoices.checked_ids())
        self.ok.setEnabled(ok)

    def accept(self) -> None:
        reason = self.reason.currentText().strip()
        until = pydate(self.until.date()) if self.has_until.isChecked() else None
        start = self.ctx.as_of()
        try:
            with self.ctx.db.session() as s:
                if self.whole.isChecked():
                    dn.set_hold(s, reason=reason, starts_on=start, until=until,
                                customer_id=self.customer_id)
                else:
                    for iid in self.invoices.checked_ids():
                        dn.set_hold(s, reason=reason, starts_on=start, until=until, invoice_id=iid)
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()
