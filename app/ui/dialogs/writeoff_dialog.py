"""Write off an invoice's open balance (核销坏账), and reverse a write-off (冲回) — dated, with a reason.

    WriteOffDialog(ctx, invoice_id, parent).exec()          # writeoffs.write_off
    ReverseWriteOffDialog(ctx, invoice_id, parent).exec()   # writeoffs.reverse_write_off

Both build on the cancel dialog's summary / explanation / reason layout, write in one
``ctx.db.session()`` and call ``ctx.notify_changed()`` afterwards. A document that cannot be
written off (credit note, cancelled, already written off, nothing open) or has no write-off to
reverse says so up front instead of letting the user type a reason for nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from ...models import utcnow
from ...money import format_minor
from ...services import writeoffs
from ..context import AppContext
from .cancel_dialog import _ReasonDialog


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _BlockingReasonDialog(_ReasonDialog):
    def _block(self, text: str) -> None:
        self.blocked = True
        self.explanation.setText(text)
        self.explanation.setStyleSheet("color: #c02020;")
        self.reason.setEnabled(False)


class WriteOffDialog(_BlockingReasonDialog):
    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, invoice_id, parent)
        doc = self.doc
        self.setWindowTitle(self.tr("Write off {number}").format(number=doc.number))
        self.action.setText(self.tr("Write off"))
        self.reason_label.setText(self.tr("&Reason for the write-off (required, kept in the history):"))
        row = QHBoxLayout()
        self.date_label = QLabel(self.tr("Write-off &date:"))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("writeoff_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(_qdate(doc.issue_date))
        self.date_edit.setDate(_qdate(max(ctx.as_of(), doc.issue_date)))
        self.date_label.setBuddy(self.date_edit)
        row.addWidget(self.date_label)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        self.layout().insertLayout(2, row)
        if doc.kind != "invoice":
            self._block(self.tr("{number} is a credit note; only invoices can be written off.").format(
                number=doc.number))
        elif doc.status == "cancelled":
            self._block(self.tr("{number} is cancelled; there is nothing to write off.").format(number=doc.number))
        elif doc.status == "written_off":
            self._block(self.tr("{number} is already written off.").format(number=doc.number))
        elif doc.open_minor <= 0:
            self._block(self.tr("Nothing is open on {number}; there is nothing to write off.").format(
                number=doc.number))
        else:
            self.explanation.setText(self.tr(
                "The open balance of {amount} {cur} is written off as bad debt on the date below. The "
                "invoice then shows as written off with nothing open, and reports count the write-off "
                "from that date. It can be reversed later.").format(
                    amount=format_minor(doc.open_minor, doc.currency), cur=doc.currency))
        self.date_edit.setEnabled(not self.blocked)
        self._revalidate()

    def write_off_date(self) -> date:
        q = self.date_edit.date()
        return date(q.year(), q.month(), q.day())

    def _write(self, s) -> None:
        writeoffs.write_off(s, self.invoice_id, self.write_off_date(), self.reason_text())


class ReverseWriteOffDialog(_BlockingReasonDialog):
    def __init__(self, ctx: AppContext, invoice_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, invoice_id, parent)
        doc = self.doc
        with ctx.db.session() as s:
            self.write_off = writeoffs.live_write_off(s, invoice_id)
        self.setWindowTitle(self.tr("Reverse the write-off of {number}").format(number=doc.number))
        self.action.setText(self.tr("Reverse write-off"))
        self.reason_label.setText(self.tr("&Reason for the reversal (required, kept in the history):"))
        wo = self.write_off
        if wo is None or doc.status != "written_off":
            self._block(self.tr("{number} is not written off.").format(number=doc.number))
        else:
            self.explanation.setText(self.tr(
                "Written off on {date}: {amount} {cur} ({reason}). Reversing opens the balance again; "
                "the write-off stays in the history, marked reversed.").format(
                    date=wo.date.isoformat(), amount=format_minor(wo.amount_minor, wo.currency),
                    cur=wo.currency, reason=wo.reason))
        self._revalidate()

    def _write(self, s) -> None:
        assert self.write_off is not None
        writeoffs.reverse_write_off(s, self.write_off.id, self.reason_text(), utcnow())
