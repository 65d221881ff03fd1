"""The Credit tab's Insurance section (issue 5 §4): deadlines of overdue insured invoices (most
urgent first: missed, then within the warning window), policies, insured buyers with the
insurer's approved limits, and claims — each a list; “Claim pack PDF…” writes the selected
claim's pack (``insurance.render_claim_pack``, zh or en).

    section = InsuranceSection(ctx)
    section.reload()          # a worker loads the four lists; ``loaded_once`` / ``loading``

Entering policies, buyers and claims is on the command line (``ardesk insurance …``) for now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...services import insurance
from ...services.insurance import BuyerRow, ClaimRow, Deadline, PolicyRow
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.base import RowTableModel
from ..tablemodels.credit_insurance import buyer_columns, claim_columns, deadline_columns, policy_columns
from ..workers import run_in_worker


@dataclass(frozen=True)
class InsuranceData:
    deadlines: list[Deadline]
    policies: list[PolicyRow]
    buyers: list[BuyerRow]
    claims: list[ClaimRow]


def load_insurance(engine, as_of: date) -> InsuranceData:
    with engine.connect() as conn:
        return InsuranceData(insurance.deadlines(conn, as_of), insurance.list_policies(conn),
                             insurance.list_buyers(conn), insurance.list_claims(conn))


def write_claim_pack(engine, claim_id: int, language: str, path: Path) -> Path:
    with engine.connect() as conn:
        insurance.render_claim_pack(conn, claim_id, language, path=path)
    return path


def _table(name: str, model: RowTableModel, sort_key: str | None = None,
           order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> QTableView:
    v = QTableView()
    v.setObjectName(name)
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.setWordWrap(False)
    v.verticalHeader().hide()
    v.verticalHeader().setDefaultSectionSize(v.fontMetrics().height() + 8)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    v.horizontalHeader().setHighlightSections(False)
    if sort_key is not None:
        v.horizontalHeader().setSortIndicator(model.column_index(sort_key), order)
    v.setSortingEnabled(True)
    return v


class InsuranceSection(QWidget):
    loaded = Signal()           # the lists were (re)loaded

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: InsuranceData | None = None
        self.loading = False
        self.loaded_once = False
        self._generation = 0
        as_of = ctx.as_of()
        self.deadline_model = RowTableModel(deadline_columns(), search_text=lambda r: f"{r.code}\n{r.name}\n{r.number}",
                                            parent=self)
        self.policy_model = RowTableModel(policy_columns(as_of), parent=self)
        self.buyer_model = RowTableModel(buyer_columns(as_of), parent=self)
        self.claim_model = RowTableModel(claim_columns(), parent=self)
        self.deadline_view = _table("insurance_deadlines", self.deadline_model, "days_left")   # most urgent first
        self.policy_view = _table("insurance_policies", self.policy_model, "period", Qt.SortOrder.DescendingOrder)
        self.buyer_view = _table("insurance_buyers", self.buyer_model, "code")
        self.claim_view = _table("insurance_claims", self.claim_model, "opened", Qt.SortOrder.DescendingOrder)
        self.pages = QTabWidget()
        self.pages.setObjectName("insurance_pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.deadline_view, self.tr("Deadlines"))
        self.pages.addTab(self.policy_view, self.tr("Policies"))
        self.pages.addTab(self.buyer_view, self.tr("Insured buyers"))
        claims = QWidget()
        cl = QVBoxLayout(claims)
        cl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.pack_language = QComboBox()
        self.pack_language.addItem("中文", "zh")
        self.pack_language.addItem("English", "en")
        self.pack_button = QPushButton(self.tr("Claim &pack PDF…"))
        self.pack_button.setObjectName("insurance_claim_pack")
        self.pack_button.clicked.connect(self.save_claim_pack)
        bar.addWidget(QLabel(self.tr("Language:")))
        bar.addWidget(self.pack_language)
        bar.addWidget(self.pack_button)
        bar.addStretch(1)
        cl.addLayout(bar)
        cl.addWidget(self.claim_view, 1)
        self.pages.addTab(claims, self.tr("Claims"))
        self.summary = QLabel()
        self.summary.setObjectName("insurance_summary")
        self.summary.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 4, 0, 0)
        v.addWidget(self.summary)
        v.addWidget(self.pages, 1)
        self.claim_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        if not self.ctx.has_db:
            self.data = None
            for m in (self.deadline_model, self.policy_model, self.buyer_model, self.claim_model):
                m.set_rows([])
            self.loading = False
            return
        self.loading = True
        run_in_worker(load_insurance, self.ctx.db.engine, self.ctx.as_of(),
                      on_done=lambda d: self._loaded(gen, d),
                      on_error=lambda exc, tb: self._failed(gen, exc, tb))

    def _loaded(self, gen: int, d: InsuranceData) -> None:
        if gen != self._generation:
            return
        first = not self.loaded_once
        self.data = d
        self.loading = False
        self.loaded_once = True
        self.deadline_model.set_rows(d.deadlines)
        self.policy_model.set_rows(d.policies)
        self.buyer_model.set_rows(d.buyers)
        self.claim_model.set_rows(d.claims)
        missed = sum(1 for x in d.deadlines if x.level == "missed")
        soon = sum(1 for x in d.deadlines if x.level == "warning")
        self.summary.setText(self.tr("{policies} policies, {buyers} insured buyers; {n} overdue insured invoices: "
                                     "{missed} deadlines missed, {soon} coming up; {claims} claims.").format(
            policies=len(d.policies), buyers=len(d.buyers), n=len(d.deadlines), missed=missed, soon=soon,
            claims=len(d.claims)))
        self.summary.setStyleSheet("color: #b00020;" if missed else "")
        if first:
            for view in (self.deadline_view, self.policy_view, self.buyer_view, self.claim_view):
                view.resizeColumnsToContents()
        self._update_actions()
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if gen != self._generation:
            return
        self.loading = False
        show_error(self, exc, tb)

    def tab_title(self) -> str:
        n = 0 if self.data is None else sum(1 for x in self.data.deadlines if x.level != "ok")
        return self.tr("Insurance ({n})").format(n=n) if n else self.tr("Insurance")

    def selected_claim(self) -> ClaimRow | None:
        return self.claim_model.row_at(self.claim_view.currentIndex())

    def _update_actions(self) -> None:
        self.pack_button.setEnabled(self.selected_claim() is not None and self.ctx.has_db)

    def save_claim_pack(self, path: str | Path | None = None) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        lang = self.pack_language.currentData()
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save claim pack"), str(Path.home() / f"{claim.reference}-{lang}.pdf"),
                self.tr("PDF files (*.pdf)"))
            if not path:
                return
        self.pack_button.setEnabled(False)
        self.pack_written: Path | None = None
        run_in_worker(write_claim_pack, self.ctx.db.engine, claim.id, lang, Path(path),
                      on_done=self._pack_done, on_error=self._pack_failed)

    def _pack_done(self, path: Path) -> None:
        self.pack_written = path
        self._update_actions()
        self.summary.setText(self.tr("Claim pack written to {path}").format(path=str(path)))

    def _pack_failed(self, exc: BaseException, tb: str) -> None:
        self._update_actions()
        show_error(self, exc, tb)

    def focus_first(self) -> None:
        self.pages.setCurrentIndex(0)
        self.deadline_view.setFocus(Qt.FocusReason.OtherFocusReason)
