"""Record how an issued letter was sent and its delivery proof (a tracking number arrives after
posting); a letter that provably reached the customer restarts the limitation period.

The letter itself stays as issued; ``dunning.record_delivery`` audits each fact.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from ...errors import UserError
from ...services import dunning as dn
from ..errors import show_error
from .collections_common import date_edit, pydate

SEND_WAYS = ("post", "registered", "ems", "email", "hand")


class DeliveryDialog(QDialog):
    def __init__(self, ctx, action: dn.ActionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.action = ctx, action
        self.setWindowTitle(self.tr("Delivery of {reference}").format(reference=action.reference))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A letter with proof that it reached the customer (e.g. an "
                                        "EMS tracking number stating the contents) restarts the "
                                        "limitation period.")))
        form = QFormLayout()
        self.sent_via = QComboBox()
        self.sent_via.setObjectName("delivery_sent_via")
        names = {"post": self.tr("post"), "registered": self.tr("registered mail"),
                 "ems": self.tr("EMS (tracked)"), "email": self.tr("e-mail"), "hand": self.tr("by hand")}
        for key in SEND_WAYS:
            self.sent_via.addItem(names[key], key)
        self.sent_via.setCurrentIndex(max(0, self.sent_via.findData(action.sent_via)))
        form.addRow(self.tr("Sent by:"), self.sent_via)
        self.proof = QLineEdit(action.proof)
        self.proof.setObjectName("delivery_proof")
        self.proof.setPlaceholderText(self.tr("Tracking number, receipt…"))
        form.addRow(self.tr("Proof:"), self.proof)
        row = QHBoxLayout()
        self.delivered = QCheckBox(self.tr("delivered on"))
        self.delivered.setObjectName("delivery_done")
        self.delivered.setChecked(action.delivered_on is not None)
        self.delivered_on = date_edit(action.delivered_on or ctx.as_of(), "delivery_date")
        row.addWidget(self.delivered)
        row.addWidget(self.delivered_on)
        row.addStretch(1)
        form.addRow("", row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            with self.ctx.db.session() as s:
                dn.record_delivery(s, self.action.id, proof=self.proof.text(),
                                   sent_via=self.sent_via.currentData(),
                                   delivered_on=(pydate(self.delivered_on.date())
                                                 if self.delivered.isChecked() else None))
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()
