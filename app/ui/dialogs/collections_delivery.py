"""Record how an issued letter was sent and its delivery proof (a tracking number arrives after
posting); a letter that provably reached the customer restarts the limitation period. A letter
that came back (returned post, bounced e-mail) is recorded as returned: it restarts nothing.

The letter itself stays as issued; ``dunning.record_delivery`` audits each fact.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout, QWidget)

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
        grid = QGridLayout()
        self.unknown = QRadioButton(self.tr("not known yet"))
        self.unknown.setObjectName("delivery_unknown")
        self.delivered = QRadioButton(self.tr("delivered on"))
        self.delivered.setObjectName("delivery_done")
        self.returned = QRadioButton(self.tr("came back / bounced on"))
        self.returned.setObjectName("delivery_returned")
        self.returned.setToolTip(self.tr("Returned post or an e-mail that bounced: the letter did not "
                                         "reach the customer and restarts nothing"))
        self.outcome = QButtonGroup(self)
        for b in (self.unknown, self.delivered, self.returned):
            self.outcome.addButton(b)
        self.delivered_on = date_edit(action.delivered_on or ctx.as_of(), "delivery_date")
        self.returned_on = date_edit(action.returned_on or ctx.as_of(), "returned_date")
        self.reason = QLineEdit()
        self.reason.setObjectName("returned_reason")
        self.reason.setPlaceholderText(self.tr("Why (addressee unknown, mailbox full…)"))
        grid.addWidget(self.unknown, 0, 0)
        grid.addWidget(self.delivered, 1, 0)
        grid.addWidget(self.delivered_on, 1, 1)
        grid.addWidget(self.returned, 2, 0)
        grid.addWidget(self.returned_on, 2, 1)
        grid.addWidget(self.reason, 3, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        (self.returned if action.returned_on else self.delivered if action.delivered_on
         else self.unknown).setChecked(True)
        form.addRow(self.tr("Outcome:"), grid)
        layout.addLayout(form)
        self.outcome.buttonToggled.connect(lambda *_: self._update())
        self._update()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _update(self) -> None:
        self.delivered_on.setEnabled(self.delivered.isChecked())
        self.returned_on.setEnabled(self.returned.isChecked())
        self.reason.setEnabled(self.returned.isChecked())

    def accept(self) -> None:
        try:
            with self.ctx.db.session() as s:
                dn.record_delivery(s, self.action.id, proof=self.proof.text(),
                                   sent_via=self.sent_via.currentData(),
                                   delivered_on=(pydate(self.delivered_on.date())
                                                 if self.delivered.isChecked() else None),
                                   returned_on=(pydate(self.returned_on.date())
                                                if self.returned.isChecked() else None),
                                   reason=self.reason.text())
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()
