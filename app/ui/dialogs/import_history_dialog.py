"""File → Import history…: every import, newest first, and "Undo import…" for a wrong file.

    ImportHistoryDialog(ctx, parent).exec()

The list (``history.list_batches``) loads in a worker. "Undo import…" opens ``UndoImportDialog``,
which says what will be removed and asks for a reason; the undo itself
(``history.undo_batch``, one transaction) runs in a worker too, then the list reloads and the
window's tabs are told (``ctx.notify_changed()``). A refusal (something was built on the import
since) is shown as the service worded it, naming the first record in the way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QPlainTextEdit, QProgressBar, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.importers.history import BatchInfo, UndoResult, list_batches, local_time, undo_batch
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.base import MUTED, NEGATIVE, RIGHT, Column, RowTableModel
from ..workers import run_in_worker

translate = QCoreApplication.translate
GREEN = "#1b7a35"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _when(dt) -> str:
    return local_time(dt).strftime("%Y-%m-%d %H:%M")


def kind_label(kind: str) -> str:
    labels = {"customers": translate("ImportHistoryDialog", "Customers"),
              "invoices": translate("ImportHistoryDialog", "Invoices"),
              "payments": translate("ImportHistoryDialog", "Payments")}
    return labels.get(kind, kind)


def state_text(b: BatchInfo) -> str:
    if b.undone:
        return translate("ImportHistoryDialog", "Undone {date}").format(date=_when(b.undone_at))
    if b.can_undo:
        return translate("ImportHistoryDialog", "Can be undone")
    if b.records == 0:
        return translate("ImportHistoryDialog", "Nothing left")
    return translate("ImportHistoryDialog", "Cannot be undone")


def what_text(b: BatchInfo) -> list[str]:
    """What of the batch is in the database, one translated line per kind of record."""
    lines = []
    if b.invoices:
        totals = ", ".join(f"{cur} {format_minor(m, cur)}" for cur, m in b.invoice_totals)
        lines.append(translate("ImportHistoryDialog", "{n} invoice(s) ({totals})").format(
            n=b.invoices, totals=totals))
    if b.credit_notes:
        lines.append(translate("ImportHistoryDialog", "{n} credit note(s)").format(n=b.credit_notes))
    if b.customers:
        lines.append(translate("ImportHistoryDialog", "{n} customer(s)").format(n=b.customers))
    if b.payments:
        lines.append(translate("ImportHistoryDialog", "{n} payment(s) with their allocations").format(
            n=b.payments))
    return lines


def batch_columns() -> list[Column[BatchInfo]]:
    state_color = lambda b: MUTED if b.undone else (None if b.can_undo else NEGATIVE)  # noqa: E731
    return [
        Column("id", "#", lambda b: b.id, align=RIGHT),
        Column("at", translate("ImportHistoryDialog", "Imported"), lambda b: _when(b.at),
               sort_key=lambda b: b.at),
        Column("kind", translate("ImportHistoryDialog", "Kind"), lambda b: kind_label(b.kind)),
        Column("file", translate("ImportHistoryDialog", "File"), lambda b: b.name,
               sort_key=lambda b: b.name.casefold(), tooltip=lambda b: b.file_name),
        Column("user", translate("ImportHistoryDialog", "User"), lambda b: b.user),
        Column("added", translate("ImportHistoryDialog", "Added"), lambda b: b.rows_added, align=RIGHT),
        Column("unchanged", translate("ImportHistoryDialog", "Unchanged"), lambda b: b.rows_unchanged,
               align=RIGHT),
        Column("rejected", translate("ImportHistoryDialog", "Rejected"), lambda b: b.rows_rejected,
               align=RIGHT),
        Column("state", translate("ImportHistoryDialog", "Undo"), state_text, foreground=state_color,
               tooltip=_state_tooltip, header_tooltip=translate(
                   "ImportHistoryDialog",
                   "Whether the import can still be undone; point at a row to see why not")),
    ]


def _state_tooltip(b: BatchInfo) -> str | None:
    if b.undone:
        return b.undo_reason or None
    return b.why_not.text(tr_message) if b.why_not is not None else None


def _load(engine) -> list[BatchInfo]:
    with engine.connect() as conn:
        return list_batches(conn)


def _undo(db, batch_id: int, reason: str) -> UndoResult:
    with db.session() as s:
        return undo_batch(s, batch_id, reason)


class UndoImportDialog(QDialog):
    """What undoing ``batch`` removes, a required reason, and a button that says what it does."""

    def __init__(self, batch: BatchInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.setWindowTitle(self.tr("Undo import #{id}").format(id=batch.id))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        items = "".join(f"<li>{_esc(line)}</li>" for line in what_text(batch))
        self.summary = QLabel(
            "<p>" + _esc(self.tr("This removes from the database what {file} brought in on {date}:").format(
                file=batch.name, date=_when(batch.at))) + f"</p><ul>{items}</ul><p>"
            + _esc(self.tr("The import stays in the history, marked as undone, and the file can be "
                           "imported again afterwards. This cannot be reversed.")) + "</p>")
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.reason_label = QLabel(self.tr("&Reason (required, kept in the history):"))
        layout.addWidget(self.reason_label)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox()
        self.action = buttons.addButton(self.tr("Undo import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.action.setObjectName("action")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._revalidate)
        self._revalidate()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _revalidate(self) -> None:
        self.action.setEnabled(bool(self.reason_text()))

    def accept(self) -> None:
        if self.reason_text():
            super().accept()


class ImportHistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy_with = ""          # '' | 'load' | 'undo'
        self.loaded_once = False
        self.last_result: UndoResult | None = None
        self._gen = 0
        self.setWindowTitle(self.tr("Import history"))
        self.resize(960, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Every import, newest first. Undoing an import removes the invoices, credit notes, "
            "customers and payments it created, as long as nothing was built on them since "
            "(payments applied, write-offs, cancellations, disputes, other invoices of its customers)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.model: RowTableModel[BatchInfo] = RowTableModel(batch_columns(), parent=self)
        self.view = QTableView()
        self.view.setObjectName("batches")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_index("file"), QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.view.doubleClicked.connect(lambda _i: self.undo_selected())
        layout.addWidget(self.view, 1)

        self.detail = QLabel()
        self.detail.setObjectName("detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)

        row = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.busy)
        row.addWidget(self.status, 1)
        buttons = QDialogButtonBox()
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.setObjectName("undo")
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.undo_button.clicked.connect(self.undo_selected)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reload()

    # --------------------------------------------------------------- loading
    def reload(self) -> None:
        self._start("load", _load, self.ctx.db.engine, on_done=self._loaded)
        if self.last_result is None:
            self.status.setText(_esc(self.tr("Loading…")))

    def _loaded(self, rows: list[BatchInfo]) -> None:
        keep = self.selected()
        self.model.set_rows(rows)
        self.loaded_once = True
        pos = self.model.find_row(lambda b: b.id == keep.id) if keep else -1
        self.select_row(pos if pos >= 0 else 0)
        if not self.last_result:
            self.status.setText(_esc(self.tr("No imports yet.")) if not rows else "")
        self._show_selected()

    def select_row(self, pos: int) -> None:
        if 0 <= pos < self.model.rowCount():
            self.view.selectRow(pos)

    def selected(self) -> BatchInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def select_batch(self, batch_id: int) -> bool:
        pos = self.model.find_row(lambda b: b.id == batch_id)
        self.select_row(pos)
        return pos >= 0

    def _show_selected(self) -> None:
        b = self.selected()
        self._update_buttons()
        if b is None:
            self.detail.setText("")
            return
        head = self.tr("Import #{id}: {file}, {date}, by {user}.").format(
            id=b.id, file=b.name, date=_when(b.at), user=b.user or "?")
        parts = [f"<b>{_esc(head)}</b>"]
        lines = what_text(b)
        if lines:
            parts.append(_esc(self.tr("In the database: {what}.").format(what="; ".join(lines))))
        if b.undone:
            parts.append(_esc(self.tr("Undone on {date}: {reason}").format(date=_when(b.undone_at),
                                                                            reason=b.undo_reason)))
        elif b.why_not is not None:
            parts.append("<span style='color:#c02020'>%s</span>" % _esc(b.why_not.text(tr_message)))
        self.detail.setText("<br>".join(parts))

    # ------------------------------------------------------------------ undo
    def undo_selected(self) -> None:
        b = self.selected()
        if b is None or not b.can_undo or self.busy_with:
            return
        dlg = UndoImportDialog(b, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.start_undo(b.id, dlg.reason_text())

    def start_undo(self, batch_id: int, reason: str) -> None:
        self.last_result = None
        self.status.setText(_esc(self.tr("Undoing import #{id}…").format(id=batch_id)))
        self._start("undo", _undo, self.ctx.db, batch_id, reason, on_done=self._undone)

    def _undone(self, result: UndoResult) -> None:
        self.last_result = result
        self.status.setText(f"<span style='color:{GREEN}'>{_esc(result.summary(tr_message))}</span>")
        self.ctx.notify_changed()
        self.reload()

    # -------------------------------------------------------------- plumbing
    def _start(self, what: str, fn, *args, on_done) -> None:
        self._gen += 1
        gen = self._gen
        self.busy_with = what
        self.busy.show()
        self._update_buttons()

        def done(value) -> None:
            if gen == self._gen:
                self._finish()
                on_done(value)

        def failed(exc: BaseException, tb: str) -> None:
            if gen != self._gen:
                return
            self._finish()
            self.status.setText("")
            show_error(self, exc, tb)
            if what == "undo":
                self.reload()        # the refusal may come from something changed meanwhile

        run_in_worker(fn, *args, on_done=done, on_error=failed)

    def _finish(self) -> None:
        self.busy_with = ""
        self.busy.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        b = self.selected()
        self.undo_button.setEnabled(not self.busy_with and b is not None and b.can_undo)

    def reject(self) -> None:
        if self.busy_with == "undo":
            return                  # one short transaction; let it finish and report
        self._gen += 1
        super().reject()
