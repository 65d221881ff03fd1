"""A small dialog asking why: for ignoring a statement line or undoing its reconciliation.

    dlg = ReasonDialog(title, explanation, action_text, presets, parent, required=True)
    if dlg.exec():
        dlg.reason()

``presets`` fill an editable combo (the user may type anything); the action button stays
disabled while a required reason is empty. The caller writes; the dialog only asks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate


def ignore_presets() -> list[str]:
    return [
        translate("ReasonDialog", "Not a customer payment (other income)"),
        translate("ReasonDialog", "Interest or bank refund"),
        translate("ReasonDialog", "Transfer between own accounts"),
        translate("ReasonDialog", "Supplier refund"),
        translate("ReasonDialog", "Already booked by hand"),
    ]


class ReasonDialog(QDialog):
    def __init__(self, title: str, explanation: str, action: str, presets: list[str],
                 parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__(parent)
        self.required = required
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        label = QLabel(self.tr("&Reason (required, kept in the history):") if required
                       else self.tr("&Reason (optional, kept in the history):"))
        layout.addWidget(label)
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("reason")
        self.reason_box.setEditable(True)
        self.reason_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reason_box.addItems(presets)
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("Type or pick a reason"))
        label.setBuddy(self.reason_box)
        layout.addWidget(self.reason_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.action.setObjectName("reason_action")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason_box.editTextChanged.connect(lambda _t: self._update())
        self._update()
        self.reason_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason(self) -> str:
        return self.reason_box.currentText().strip()

    def set_reason(self, text: str) -> None:
        self.reason_box.setEditText(text)

    def _update(self) -> None:
        self.action.setEnabled(bool(self.reason()) or not self.required)

    def accept(self) -> None:
        if self.required and not self.reason():
            return
        super().accept()
