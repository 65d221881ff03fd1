"""One claim in full: status and dates, the figures, its invoices, the documents checklist (tick
what is present, add a note; saved through ``insurance.set_document`` in one ``db.session()``),
the recoveries and the collection history (``insurance.claim_history``).

    dlg = ClaimDetailDialog(ctx, claim_id, parent, page="documents")
    dlg.exec();  dlg.changed        # the checklist was saved
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QMessageBox, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...models import DOC_KINDS
from ...money import format_minor
from ...services import insurance
from ...services.insurance import CLAIM_STATUS_TEXT, DOC_TEXT, ClaimInfo, HistoryEntry
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.text_table import TextTable
from ..workers import run_in_worker
from .insurance_claim import figures_box, show_figures
from .insurance_forms import money

translate = QCoreApplication.translate

PAGES = ("summary", "invoices", "documents", "recoveries", "history")


def _load(engine, claim_id: int, as_of):
    with engine.connect() as conn:
        return insurance.claim_info(conn, claim_id, as_of), insurance.claim_history(conn, claim_id)


def _save_documents(db, claim_id: int, changes: list[tuple[str, bool, str]]) -> int:
    with db.session() as s:
        for kind, present, note in changes:
            insurance.set_document(s, claim_id, kind, present=present, note=note)
    return len(changes)


class ClaimDetailDialog(QDialog):
    def __init__(self, ctx: AppContext, claim_id: int, parent: QWidget | None = None,
                 page: str = "summary") -> None:
        super().__init__(parent)
        self.ctx, self.claim_id = ctx, claim_id
        self.changed = False
        self.saving = False
        info, history = _load(ctx.db.engine, claim_id, ctx.as_of())
        self.info: ClaimInfo = info
        self.history: list[HistoryEntry] = history
        self.setWindowTitle(self.tr("Claim {reference} — {code} {name}").format(
            reference=info.reference, code=info.code, name=info.name))
        self.resize(860, 600)
        v = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setObjectName("claim_pages")
        self.pages.addTab(self._summary_page(), self.tr("Summary"))
        self.invoice_table = TextTable([self.tr("Invoice"), self.tr("Issued"), self.tr("Due"), self.tr("Amount"),
                                        self.tr("Outstanding")])
        self.invoice_table.setObjectName("claim_detail_invoices")
        self.pages.addTab(self.invoice_table, self.tr("Invoices ({n})").format(n=len(info.invoices)))
        self.pages.addTab(self._documents_page(), self.tr("Documents"))
        self.recovery_table = TextTable([self.tr("Date"), self.tr("Amount"), self.tr("Note")])
        self.recovery_table.setObjectName("claim_detail_recoveries")
        self.pages.addTab(self.recovery_table, self.tr("Recoveries ({n})").format(n=len(info.recoveries)))
        self.history_table = TextTable([self.tr("Date"), self.tr("Action"), self.tr("Details"), self.tr("Invoices"),
                                        self.tr("Amount"), self.tr("Status")])
        self.history_table.setObjectName("claim_detail_history")
        self.pages.addTab(self.history_table, self.tr("Collection history ({n})").format(n=len(history)))
        v.addWidget(self.pages, 1)
        for t in (self.invoice_table, self.recovery_table, self.history_table):
            t.verticalHeader().setDefaultSectionSize(t.fontMetrics().height() + 8)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(self.tr("&Save checklist"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.setObjectName("claim_save_documents")
        self.save_button.clicked.connect(self.save_documents)
        self.buttons.rejected.connect(self.reject)
        v.addWidget(self.buttons)
        self.invoice_table.horizontalHeader().setStretchLastSection(False)
        self.pages.currentChanged.connect(lambda i: self.save_button.setVisible(i == PAGES.index("documents")))
        self._fill()
        self.pages.setCurrentIndex(PAGES.index(page) if page in PAGES else 0)
        self.save_button.setVisible(self.pages.currentIndex() == PAGES.index("documents"))

    # ----------------------------------------------------------------- pages
    def _summary_page(self) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        left = QFormLayout()
        self.summary: dict[str, QLabel] = {}
        for key, text in (("reference", self.tr("Claim:")), ("status", self.tr("Status:")),
                          ("customer", self.tr("Buyer:")), ("policy", self.tr("Policy:")),
                          ("opened", self.tr("Opened on:")), ("filed", self.tr("Filed on:")),
                          ("insurer_reference", self.tr("Insurer's reference:")),
                          ("decided", self.tr("Decided on:")), ("paid", self.tr("Paid by the insurer:")),
                          ("reason", self.tr("Reason for rejection:")), ("recovered", self.tr("Recovered from the buyer:")),
                          ("note", self.tr("Note:"))):
            lab = QLabel()
            lab.setObjectName(f"summary_{key}")
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary[key] = lab
            left.addRow(text, lab)
        h.addLayout(left, 1)
        title = self.tr("Figures stored at filing") if self.info.status != "draft" else \
            self.tr("Figures if filed on {date}").format(date=self.ctx.as_of().isoformat())
        self.fig_box, self.fig = figures_box(self, title)
        h.addWidget(self.fig_box, 1, Qt.AlignmentFlag.AlignTop)
        return w

    def _documents_page(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        hint = QLabel(self.tr("Tick the documents you have for the claim pack; a note can say where they "
                              "are or what is still awaited. Unticked lines are listed as missing."))
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.doc_model = QStandardItemModel(0, 2, self)
        self.doc_model.setHorizontalHeaderLabels([self.tr("Document"), self.tr("Note")])
        self.doc_view = QTableView()
        self.doc_view.setObjectName("claim_documents")
        self.doc_view.setModel(self.doc_model)
        self.doc_view.verticalHeader().hide()
        self.doc_view.verticalHeader().setDefaultSectionSize(self.doc_view.fontMetrics().height() + 10)
        self.doc_view.horizontalHeader().setStretchLastSection(True)
        self.doc_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed
                                      | QAbstractItemView.EditTrigger.AnyKeyPressed)
        v.addWidget(self.doc_view, 1)
        self.doc_state = QLabel()
        self.doc_state.setObjectName("claim_documents_state")
        v.addWidget(self.doc_state)
        self._filling = False
        self.doc_model.itemChanged.connect(lambda _it: None if self._filling else self._docs_edited())
        return w

    def _fill(self) -> None:
        i, cur = self.info, self.info.currency
        s = self.summary
        s["reference"].setText(i.reference)
        s["status"].setText(tr_message(CLAIM_STATUS_TEXT.get(i.status, i.status)))
        s["customer"].setText(f"{i.code} {i.name}")
        s["policy"].setText(f"{i.policy_number} · {i.insurer}")
        s["opened"].setText(i.opened_on.isoformat())
        s["filed"].setText(i.filed_on.isoformat() if i.filed_on else "—")
        s["insurer_reference"].setText(i.insurer_reference or "—")
        s["decided"].setText(i.decided_on.isoformat() if i.decided_on else "—")
        s["paid"].setText(money(i.paid_minor, cur) or "—")
        s["reason"].setText(i.reject_reason or "—")
        s["recovered"].setText(money(i.recovered_minor, cur) if i.recoveries else "—")
        s["note"].setText(i.note or "—")
        show_figures(self.fig, i.figures, cur)
        self.invoice_table.set_rows((x.number, x.issue_date.isoformat(), x.due_date.isoformat(),
                                     format_minor(x.amount_minor, cur), format_minor(x.outstanding_minor, cur))
                                    for x in i.invoices)
        self.recovery_table.set_rows((r.date.isoformat(), format_minor(r.amount_minor, cur), r.note)
                                     for r in i.recoveries)
        self.history_table.set_rows((h.date.isoformat(), history_kind_text(h.kind), h.detail, h.invoices,
                                     money(h.amount_minor, h.currency) if h.amount_minor is not None else "",
                                     history_status_text(h.status)) for h in self.history)
        _align_right(self.invoice_table, (3, 4))
        _align_right(self.recovery_table, (1,))
        _align_right(self.history_table, (4,))
        self._fill_documents()

    def _fill_documents(self) -> None:
        recorded = {d.kind: d for d in self.info.documents}
        self._doc_before: dict[str, tuple[bool, str]] = {}
        self._filling = True
        self.doc_model.setRowCount(0)
        for kind in DOC_KINDS:
            d = recorded.get(kind)
            present, note = (d.present, d.note) if d else (False, "")
            self._doc_before[kind] = (present, note)
            name = QStandardItem(tr_message(DOC_TEXT.get(kind, kind)))
            name.setData(kind, Qt.ItemDataRole.UserRole)
            name.setCheckable(True)
            name.setEditable(False)
            name.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            if d is None:
                name.setToolTip(self.tr("Not on the claim's checklist yet; ticking it adds it."))
            self.doc_model.appendRow([name, QStandardItem(note)])
        self._filling = False
        self.doc_view.resizeColumnToContents(0)
        self.doc_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._docs_edited()

    # ------------------------------------------------------------- documents
    def document_changes(self) -> list[tuple[str, bool, str]]:
        out = []
        for r in range(self.doc_model.rowCount()):
            it = self.doc_model.item(r, 0)
            kind = it.data(Qt.ItemDataRole.UserRole)
            now = (it.checkState() == Qt.CheckState.Checked, self.doc_model.item(r, 1).text().strip())
            if now != self._doc_before[kind]:
                out.append((kind, now[0], now[1]))
        return out

    def set_document_row(self, kind: str, present: bool, note: str | None = None) -> None:
        for r in range(self.doc_model.rowCount()):
            it = self.doc_model.item(r, 0)
            if it.data(Qt.ItemDataRole.UserRole) == kind:
                it.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
                if note is not None:
                    self.doc_model.item(r, 1).setText(note)

    def _docs_edited(self) -> None:
        present = sum(1 for r in range(self.doc_model.rowCount())
                      if self.doc_model.item(r, 0).checkState() == Qt.CheckState.Checked)
        n = len(self.document_changes())
        text = self.tr("{present} of {total} documents present.").format(present=present,
                                                                         total=self.doc_model.rowCount())
        if n:
            text += " " + self.tr("{n} unsaved changes.").format(n=n)
        self.doc_state.setText(text)
        self.save_button.setEnabled(bool(n) and not self.saving)

    def save_documents(self) -> None:
        changes = self.document_changes()
        if not changes or self.saving:
            return
        self.saving = True
        self.save_button.setEnabled(False)
        run_in_worker(_save_documents, self.ctx.db, self.claim_id, changes,
                      label=self.tr("Saving the claim's documents"), on_done=self._saved, on_error=self._save_failed)

    def _saved(self, _n: int) -> None:
        self.saving = False
        self.changed = True
        self.info, self.history = _load(self.ctx.db.engine, self.claim_id, self.ctx.as_of())
        self._fill_documents()

    def _save_failed(self, exc: BaseException, tb: str) -> None:
        self.saving = False
        self._docs_edited()
        show_error(self, exc, tb)

    def reject(self) -> None:
        if self.saving:
            return
        if self.document_changes():
            ans = QMessageBox.question(
                self, self.windowTitle(), self.tr("Save the changes to the documents checklist?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if ans == QMessageBox.StandardButton.Cancel:
                return
            if ans == QMessageBox.StandardButton.Save:
                changes = self.document_changes()
                try:
                    _save_documents(self.ctx.db, self.claim_id, changes)
                except Exception as exc:  # noqa: BLE001 - UserError shown, a bug to the crash dialog
                    show_error(self, exc)
                    return
                self.changed = True
        super().reject()


def _align_right(table: TextTable, columns) -> None:
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r in range(table.rowCount()):
        for c in columns:
            it = table.item(r, c)
            if it is not None:
                it.setTextAlignment(align)


def history_kind_text(kind: str) -> str:
    return {"letter": translate("ClaimDetailDialog", "Letter"),
            "call": translate("ClaimDetailDialog", "Call"),
            "email": translate("ClaimDetailDialog", "E-mail"),
            "visit": translate("ClaimDetailDialog", "Visit"),
            "note": translate("ClaimDetailDialog", "Note"),
            "acknowledgement": translate("ClaimDetailDialog", "Acknowledgement"),
            "promise": translate("ClaimDetailDialog", "Promise to pay"),
            "instalment_plan": translate("ClaimDetailDialog", "Instalment plan"),
            "dispute": translate("ClaimDetailDialog", "Dispute"),
            "notification": translate("ClaimDetailDialog", "Overdue notified to the insurer")}.get(kind, kind)


def history_status_text(status: str) -> str:
    """'delivered:post:2026-10-02' → 'delivered post 2026-10-02' (the first word translated)."""
    if not status:
        return ""
    head, _, rest = status.partition(":")
    words = {"sent": translate("ClaimDetailDialog", "sent"),
             "delivered": translate("ClaimDetailDialog", "delivered"),
             "cancelled": translate("ClaimDetailDialog", "cancelled")}
    return (words.get(head, head) + (" " + rest.replace(":", " ") if rest else "")).strip()
