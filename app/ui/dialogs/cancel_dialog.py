"""Cancel an invoice or credit note, and mark / clear a dispute — each with a reason, audited.

    CancelDialog(ctx, invoice_id, parent).exec()         # ledger.cancel_invoice
    DisputeDialog(ctx, invoice_id, disputed, parent).exec()   # ledger.set_dispute

Both write in one ``ctx.db.session()`` and call ``ctx.notify_changed()`` afterwards. The cancel
dialog explains up front when the document has payments or credit notes applied (the ledger
refuses to cancel those) instead of letting the user type a reason for nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout,
                               QWidget)

from ...errors import UserError
from ...i18n import T
from ...money import format_minor
from ...services import ledger
from ...services.invoice_filters import DocumentInfo, document_info
from ..context import AppContext
from ..errors import show_error
from .invoice_dialog import _esc


def _describe(doc: DocumentInfo) -> str:
    if doc.kind == "invoice":
        kind = QCoreApplication.translate("CancelDialog", "Invoice")
    else:
        kind = QCoreApplication.translate("CancelDialog", "Credit note")
    return QCoreApplication.translate(
        "CancelDialog", "{kind} <b>{number}</b> · {customer}<br>issued {issue}, due {due} · "
        "amount {amount} {cur} · open {open} {cur}").format(
        kind=kind, number=_esc(doc.number), customer=_esc(f"{doc.customer_code} {doc.customer_name}"),
        issue=doc.issue_date.isoformat(), due=doc.due_date.isoformat(),
        amount=format_minor(doc.amount_minor, doc.currency), open=format_minor(doc.open_minor, doc.currency),
        cur=doc.currency)


class _ReasonDialog(QDialog):
    """A document summary, an explanation, a reason box and one action button."""

    reason_required = True

    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice_id = invoice_id
        with ctx.db.engine.connect() as conn:
            doc = document_info(conn, invoice_id)
        if doc is None:
            raise UserError(T("Invoice {id} does not exist."), id=invoice_id)
        self.doc = doc
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.summary = QLabel(_describe(doc))
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.explanation = QLabel()
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.reason_label = QLabel()
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox()
        self.action = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.action.setObjectName("action")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.blocked = False
        self.reason.textChanged.connect(self._revalidate)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _revalidate(self) -> None:
        ok = not self.blocked and (bool(self.reason_text()) or not self.reason_required)
        self.action.setEnabled(ok)

    def _write(self, s) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        self._revalidate()
        if not self.action.isEnabled():
            return
        try:
            with self.ctx.db.session() as s:
                self._write(s)
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()
        self.ctx.notify_changed()


class CancelDialog(_ReasonDialog):
    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, invoice_id, parent)
        doc = self.doc
        is_invoice = doc.kind == "invoice"
        self.setWindowTitle(self.tr("Cancel {number}").format(number=doc.number))
        self.action.setText(self.tr("Cancel invoice") if is_invoice else self.tr("Cancel credit note"))
        self.reason_label.setText(self.tr("&Reason for the cancellation (required, kept in the history):"))
        if doc.status == "cancelled":
            self._block(self.tr("{number} is already cancelled.").format(number=doc.number))
        elif doc.status == "written_off":
            self._block(self.tr("{number} is written off and cannot be cancelled.").format(number=doc.number))
        elif doc.applied_count:
            if is_invoice:
                text = self.tr(
                    "{number} cannot be cancelled: {count} payment(s) or credit note(s) are applied to "
                    "it. Undo those allocations first, or issue a credit note for the amount that "
                    "should no longer be owed.")
            else:
                text = self.tr(
                    "{number} cannot be cancelled: it is applied to {count} invoice(s). Undo those "
                    "allocations first.")
            self._block(text.format(number=doc.number, count=doc.applied_count))
        else:
            self.explanation.setText(self.tr(
                "The document stays in the list as cancelled, with nothing open; the customer no "
                "longer owes it. This cannot be undone — to bill again, issue a new invoice."))
        self._revalidate()

    def _block(self, text: str) -> None:
        self.blocked = True
        self.explanation.setText(text)
        self.explanation.setStyleSheet("color: #c02020;")
        self.reason.setEnabled(False)

    def _write(self, s) -> None:
        ledger.cancel_invoice(s, self.invoice_id, self.reason_text(), self.ctx.as_of())


class DisputeDialog(_ReasonDialog):
    """Mark an invoice disputed (reason required) or clear the dispute (a note is optional)."""

    def __init__(self, ctx: AppContext, invoice_id: int, disputed: bool,
                 parent: QWidget | None = None) -> None:
        self.disputed = disputed
        self.reason_required = disputed
        super().__init__(ctx, invoice_id, parent)
        doc = self.doc
        if disputed:
            self.setWindowTitle(self.tr("Mark {number} disputed").format(number=doc.number))
            self.action.setText(self.tr("Mark disputed"))
            self.reason_label.setText(self.tr("&What does the customer dispute? (required)"))
            self.explanation.setText(self.tr(
                "A disputed invoice stays open and is shown as disputed until the dispute is "
                "cleared."))
        else:
            self.setWindowTitle(self.tr("Clear the dispute on {number}").format(number=doc.number))
            self.action.setText(self.tr("Clear dispute"))
            self.reason_label.setText(self.tr("&Note (optional):"))
            if doc.dispute_reason:
                self.explanation.setText(self.tr("Disputed because: {reason}").format(
                    reason=doc.dispute_reason))
        if doc.kind != "invoice":
            self.blocked = True
            self.explanation.setText(self.tr("{number} is a credit note; only invoices can be "
                                             "disputed.").format(number=doc.number))
        self._revalidate()

    def _write(self, s) -> None:
        ledger.set_dispute(s, self.invoice_id, self.disputed, self.reason_text())
