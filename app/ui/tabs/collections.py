"""Collections tab: today's worklist, a customer's timeline, expiring claims, and the everyday
collection steps (log a call, dispute, hold, instalment plan, issue the day's letters, statement).

One worker load (``_load``) runs the dunning engine for the working date and builds the worklist
(``dunning.worklist``: calls, letters, handovers, promises due, disputes, follow-ups, claims
expiring; heaviest amount × age first) and the list of claims expiring within N days. Filters
(kind, stage, grade, minimum amount, text) run on the loaded list. Selecting a row loads that
customer's timeline (newest first) in a worker. Every action writes through
``app.services.dunning`` in its dialog and then calls ``ctx.notify_changed()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QSpinBox, QSplitter, QStyle, QTabWidget, QToolBar,
                               QVBoxLayout, QWidget)

from ...money import from_minor
from ...services import dunning as dn
from ..context import AppContext
from ..errors import show_error
from ..file_ops import ui_settings
from ..tablemodels.base import RowTableModel, select_row
from ..tablemodels.collections import (claim_columns, money, timeline_columns, work_columns,
                                       work_kind_label)
from ..list_view import list_view
from ..workers import LatestLoad

SEARCH_DEBOUNCE_MS = 150


@dataclass(frozen=True)
class CollectionsData:
    as_of: date
    items: tuple[dn.WorkItem, ...]
    claims: tuple[dn.Claim, ...]
    within_days: int
    proposals: int
    waiting: int


def _load(engine, as_of: date, within_days: int | None) -> CollectionsData:
    with engine.connect() as conn:
        result = dn.run(conn, as_of)
        items = dn.worklist(conn, as_of, result)
        within = result.settings.limitation_warn_days if within_days is None else within_days
        claims = dn.claims(conn, as_of, within_days=within)
    return CollectionsData(as_of, tuple(items), tuple(claims), within, len(result.proposals),
                           result.waiting)


def _load_timeline(engine, customer_id: int) -> list[dn.TimelineEntry]:
    with engine.connect() as conn:
        return dn.timeline(conn, customer_id)


class CollectionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: CollectionsData | None = None
        self.loads = LatestLoad()
        self.timeline_loads = LatestLoad()
        self.loading = False
        self.loaded_once = False
        self.timeline_loading = False
        self.timeline_customer: int | None = None
        self._within: int | None = None

        self.toolbar = self._build_toolbar()
        filters = self._build_filters()

        self.model = RowTableModel(work_columns(), search_text=lambda w: " ".join(
            (w.customer_code, w.customer_name, " ".join(w.invoices), w.detail)), parent=self)
        self.view = list_view(self.model, "collections_worklist", sortable=True, grid=False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_index("detail"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.column_index("weight"), Qt.SortOrder.DescendingOrder)
        self._set_widths()

        self.tl_model = RowTableModel(timeline_columns(), parent=self)
        self.tl_view = list_view(self.tl_model, "collections_timeline", sortable=True, grid=False)
        self.tl_view.horizontalHeader().setSectionResizeMode(self.tl_model.column_index("detail"),
                                                             QHeaderView.ResizeMode.Stretch)
        self.tl_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.tl_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.tl_view.doubleClicked.connect(lambda _i: self.record_delivery())
        self.tl_title = QLabel()
        self.tl_title.setObjectName("collections_timeline_title")
        tl_page = QWidget()
        tv = QVBoxLayout(tl_page)
        tv.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        head.addWidget(self.tl_title, 1)
        head.addWidget(self.tl_bar)
        tv.addLayout(head)
        tv.addWidget(self.tl_view, 1)
        self.tl_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tl_view.addActions(self.tl_bar.actions())

        self.claim_model = RowTableModel(claim_columns(), parent=self)
        self.claim_view = list_view(self.claim_model, "collections_claims", sortable=True, grid=False)
        self.claim_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.claim_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.within = QSpinBox()
        self.within.setObjectName("collections_within")
        self.within.setRange(1, 3650)
        self.within.setSuffix(self.tr(" days"))
        self.within.setKeyboardTracking(False)
        self.claim_note = QLabel()
        cl_page = QWidget()
        cv = QVBoxLayout(cl_page)
        cv.setContentsMargins(4, 4, 4, 4)
        crow = QHBoxLayout()
        crow.addWidget(QLabel(self.tr("Claims expiring within")))
        crow.addWidget(self.within)
        crow.addWidget(self.claim_note, 1)
        cv.addLayout(crow)
        cv.addWidget(self.claim_view, 1)

        self.lower = QTabWidget()
        self.lower.setObjectName("collections_lower")
        self.lower.setDocumentMode(True)
        self.lower.addTab(tl_page, self.tr("Timeline"))
        self.lower.addTab(cl_page, self.tr("Claims expiring"))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("collections_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.totals = QLabel()
        self.totals.setObjectName("collections_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.totals)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.min_amount.textChanged.connect(lambda _t: self._search_timer.start())
        for box in (self.kind_filter, self.stage_filter, self.grade_filter):
            box.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.within.valueChanged.connect(self._within_changed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.view.doubleClicked.connect(lambda _i: self.log_call())
        self.claim_view.selectionModel().currentRowChanged.connect(lambda *_: self._claim_changed())
        ctx.data_changed.connect(self.reload)
        ctx.database_changed.connect(self._database_changed)

        self._restore_splitter()
        self._update_actions()
        self.reload()

    # ------------------------------------------------------- tab interface
    def reload(self) -> None:
        if not self.ctx.has_db:
            self.loads.drop()
            self.loading = False
            self.data = None
            self.model.set_rows([])
            self.claim_model.set_rows([])
            self.tl_model.set_rows([])
            self._update_totals()
            self._update_actions()
            return
        self.loading = True
        self._update_totals()
        self.loads.start(_load, self.ctx.db.engine, self.ctx.as_of(), self._within, on_done=self._loaded,
                         on_error=self._load_failed)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item_label(self) -> str:
        return self.tr("&Log call…")

    def new_item(self) -> None:
        self.log_call()

    # ---------------------------------------------------------- queries
    def current_item(self) -> dn.WorkItem | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or not self.view.selectionModel().isRowSelected(idx.row()):
            return None
        return self.model.row_at(idx)

    def current_customer(self) -> tuple[int, str] | None:
        """(customer id, "CODE  Name") of the selected worklist row or, failing that, claim."""
        w = self.current_item()
        if w is not None:
            return w.customer_id, f"{w.customer_code}  {w.customer_name}"
        if self.lower.currentIndex() == 1:
            idx = self.claim_view.currentIndex()
            c = self.claim_model.row_at(idx) if idx.isValid() else None
            if c is not None:
                return c.customer_id, c.customer_code
        return None

    def shown_items(self) -> list[dn.WorkItem]:
        return self.model.rows()

    def select_customer(self, customer_id: int, kind: str | None = None) -> bool:
        row = self.model.find_row(lambda w: w.customer_id == customer_id and (kind is None or w.kind == kind))
        return select_row(self.view, row)

    # ----------------------------------------------------------- actions
    def log_call(self) -> bool:
        cust = self.current_customer()
        if cust is None or not self.ctx.has_db:
            return False
        from ..dialogs.collections_call import LogCallDialog

        w = self.current_item()
        return self._run_dialog(LogCallDialog(self.ctx, cust[0], cust[1], self,
                                              numbers=w.invoices if w is not None else ()))

    def flag_dispute(self) -> bool:
        return self._dispute(False)

    def resolve_dispute(self) -> bool:
        return self._dispute(True)

    def _dispute(self, resolve: bool) -> bool:
        cust = self.current_customer()
        if cust is None:
            return False
        from ..dialogs.collections_dispute import DisputeDialog

        w = self.current_item()
        ids = {w.ref} if w is not None and w.kind in ("dispute", "limitation") and w.ref else None
        return self._run_dialog(DisputeDialog(self.ctx, cust[0], cust[1], self, resolve=resolve,
                                              invoice_ids=ids))

    def hold(self) -> bool:
        cust = self.current_customer()
        if cust is None:
            return False
        from ..dialogs.collections_dispute import HoldDialog

        return self._run_dialog(HoldDialog(self.ctx, cust[0], cust[1], self))

    def instalment_plan(self) -> bool:
        cust = self.current_customer()
        if cust is None:
            return False
        from ..dialogs.collections_plan import PlanDialog

        return self._run_dialog(PlanDialog(self.ctx, cust[0], cust[1], self))

    def current_timeline(self) -> dn.TimelineEntry | None:
        idx = self.tl_view.currentIndex()
        return self.tl_model.row_at(idx) if idx.isValid() else None

    def record_delivery(self) -> bool:
        """Sent by, proof and delivery date of the letter selected in the timeline."""
        e = self.current_timeline()
        if e is None or e.kind != "letter" or e.ref is None:
            return False
        with self.ctx.db.engine.connect() as conn:
            action = next((a for a in dn.list_actions(conn, self.timeline_customer)
                           if a.id == e.ref), None)
        if action is None or action.cancelled:
            return False
        from ..dialogs.collections_delivery import DeliveryDialog

        return self._run_dialog(DeliveryDialog(self.ctx, action, self))

    def lift_hold(self) -> bool:
        """Lift the hold selected in the timeline (from the working date on)."""
        e = self.current_timeline()
        if e is None or e.kind != "hold" or e.ref is None:
            return False
        from ..dialogs.bank_reason import ReasonDialog

        dlg = ReasonDialog(self.tr("Lift hold"), self.tr("Dunning resumes from {date}.").format(
            date=self.ctx.as_of().isoformat()), self.tr("&Lift"), [], self, required=False)
        if not dlg.exec():
            return False
        return self._write(lambda s: dn.lift_hold(s, e.ref, self.ctx.as_of(), dlg.reason()))

    def cancel_letter(self) -> bool:
        """Cancel the issued letter selected in the timeline (kept, audited; its invoices fall
        back a stage)."""
        e = self.current_timeline()
        if e is None or e.kind != "letter" or e.ref is None or e.status == "cancelled":
            return False
        from ..dialogs.bank_reason import ReasonDialog

        dlg = ReasonDialog(self.tr("Cancel letter {reference}").format(reference=e.detail),
                           self.tr("The letter and its PDF are kept and marked as cancelled; its "
                                   "invoices fall back to their previous stage."),
                           self.tr("Cancel &letter"), [], self)
        if not dlg.exec():
            return False
        return self._write(lambda s: dn.cancel_action(s, e.ref, dlg.reason()))

    def cancel_arrangement(self) -> bool:
        """Cancel the open promise or active instalment plan selected in the timeline (kept,
        audited); its invoices return to the dunning ladder."""
        e = self.current_timeline()
        if e is None or e.ref is None or (e.kind, e.status) not in (("promise", "open"),
                                                                    ("instalment_plan", "active")):
            return False
        from ..dialogs.bank_reason import ReasonDialog

        promise = e.kind == "promise"
        title = self.tr("Cancel promise to pay") if promise else self.tr("Cancel instalment plan")
        dlg = ReasonDialog(title, self.tr("It is kept, marked as cancelled and audited; its invoices "
                                          "return to the dunning ladder."),
                           self.tr("Cancel &promise") if promise else self.tr("Cancel &plan"), [], self)
        if not dlg.exec():
            return False
        cancel = dn.cancel_promise if promise else dn.cancel_plan
        return self._write(lambda s: cancel(s, e.ref, dlg.reason(), self.ctx.as_of()))

    def _write(self, fn) -> bool:
        from ...errors import UserError

        try:
            with self.ctx.db.session() as s:
                fn(s)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.ctx.notify_changed()
        return True

    def issue_letters(self) -> None:
        if not self.ctx.has_db:
            return
        from ..dialogs.collections_letters import IssueLettersDialog

        IssueLettersDialog(self.ctx, self).exec()

    def edit_letter_templates(self) -> None:
        from ..dialogs.letter_templates import LetterTemplatesDialog

        LetterTemplatesDialog(self.ctx, self).exec()

    def all_statements(self) -> None:
        if not self.ctx.has_db:
            return
        from ..dialogs.collections_statements import StatementsDialog

        StatementsDialog(self.ctx, self).exec()

    def save_statement(self) -> None:
        cust = self.current_customer()
        if cust is None:
            return
        code = cust[1].split()[0]
        start = Path(str(ui_settings().value("collections/statement_dir", str(Path.home()))))
        suggested = start / f"{code}-statement-{self.ctx.as_of().isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save statement"), str(suggested),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            ui_settings().setValue("collections/statement_dir", str(Path(path).parent))
            self.write_statement(cust[0], Path(path))

    def write_statement(self, customer_id: int, path: Path) -> bool:
        from ...services.letters.statement import render_statement

        try:
            with self.ctx.db.engine.connect() as conn:
                pdf = render_statement(conn, customer_id, self.ctx.as_of())
            path.write_bytes(pdf)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save statement"),
                                self.tr("The statement could not be saved: {error}").format(error=exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a UserError is shown, a bug goes to the crash dialog
            show_error(self, exc)
            return False
        return True

    def _run_dialog(self, dlg) -> bool:
        if not dlg.exec():
            return False
        self.ctx.notify_changed()
        return True

    # ----------------------------------------------------------- loading
    def _loaded(self, data: CollectionsData) -> None:
        cur = self.current_item()
        keep = (cur.customer_id, cur.kind) if cur is not None else None
        self.loading = False
        self.loaded_once = True
        self.data = data
        self._within = data.within_days
        self.within.blockSignals(True)
        self.within.setValue(data.within_days)
        self.within.blockSignals(False)
        self._fill_choice(self.stage_filter, sorted({w.stage for w in data.items if w.stage}), str)
        self._fill_choice(self.grade_filter, sorted({w.grade for w in data.items if w.grade}), str)
        self.model.set_rows(data.items)
        if self.model.sort_column < 0:
            self.model.sort(self.model.column_index("weight"), Qt.SortOrder.DescendingOrder)
        self.claim_model.set_rows(data.claims)
        self.claim_note.setText(self.tr("{count} claim(s); the red ones expire within 30 days.").format(
            count=len(data.claims)))
        self._apply_filters(keep)

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.loading = False
        self._update_totals()
        show_error(self, exc, tb)

    def _database_changed(self) -> None:
        self.search.clear()
        self.timeline_customer = None
        self.tl_model.set_rows([])
        self.loaded_once = False
        self._within = None
        self.reload()

    def _within_changed(self, value: int) -> None:
        self._within = value
        self.reload()

    def _current_changed(self) -> None:
        w = self.current_item()
        if w is not None:
            self.show_timeline(w.customer_id, f"{w.customer_code}  {w.customer_name}")
        self._update_actions()

    def _claim_changed(self) -> None:
        idx = self.claim_view.currentIndex()
        c = self.claim_model.row_at(idx) if idx.isValid() else None
        if c is not None:
            self.show_timeline(c.customer_id, c.customer_code, switch=False)
        self._update_actions()

    def show_timeline(self, customer_id: int, label: str, *, switch: bool = False) -> None:
        self.timeline_customer = customer_id
        self.tl_title.setText(self.tr("Timeline of {customer}, newest first").format(customer=label))
        self.timeline_loading = True
        self.timeline_loads.start(_load_timeline, self.ctx.db.engine, customer_id,
                                  on_done=self._timeline_loaded, on_error=self._load_failed)
        if switch:
            self.lower.setCurrentIndex(0)

    def _timeline_loaded(self, rows) -> None:
        self.timeline_loading = False
        self.tl_model.set_rows(rows)

    def timeline_rows(self) -> list[dn.TimelineEntry]:
        return self.tl_model.rows()

    # ----------------------------------------------------------- filters
    def _fill_choice(self, box: QComboBox, values, label) -> None:
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for v in values:
            box.addItem(label(v), v)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.blockSignals(False)

    def _min_amount(self) -> Decimal | None:
        """The 'Amount from' filter in whole currency units (each row in its own currency)."""
        t = self.min_amount.text().strip().replace(",", "").replace(" ", "")
        try:
            return Decimal(t) if t else None
        except InvalidOperation:
            return None

    def _apply_filters(self, keep: tuple[int, str] | None = None) -> None:
        self._search_timer.stop()
        if keep is None:
            cur = self.current_item()
            keep = (cur.customer_id, cur.kind) if cur is not None else None
        kind = self.kind_filter.currentData()
        stage = self.stage_filter.currentData()
        grade = self.grade_filter.currentData()
        low = self._min_amount()

        def ok(w: dn.WorkItem) -> bool:
            return ((not kind or w.kind == kind) and (stage is None or w.stage == stage)
                    and (grade is None or w.grade == grade)
                    and (low is None or from_minor(w.amount_minor, w.currency or "CNY") >= low))

        plain = not kind and stage is None and grade is None and low is None
        self.model.set_predicate(None if plain else ok)
        self.model.set_search(self.search.text())
        if keep is None or not self.select_customer(*keep):
            if self.model.rowCount():
                select_row(self.view, 0)
        self._current_changed()
        self._update_totals()

    def set_kind_filter(self, kind: str) -> None:
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))

    # ----------------------------------------------------------- helpers
    def _update_actions(self) -> None:
        has = self.ctx.has_db
        cust = has and self.current_customer() is not None
        self.letters_action.setEnabled(has)
        self.statements_action.setEnabled(has)
        for a in (self.call_action, self.dispute_action, self.resolve_action, self.hold_action,
                  self.plan_action, self.statement_action):
            a.setEnabled(cust)
        e = self.current_timeline() if has else None
        letter = e is not None and e.kind == "letter" and e.status != "cancelled"
        self.delivery_action.setEnabled(letter)
        self.cancel_letter_action.setEnabled(letter)
        self.lift_action.setEnabled(e is not None and e.kind == "hold")
        self.cancel_arrangement_action.setEnabled(
            e is not None and (e.kind, e.status) in (("promise", "open"), ("instalment_plan", "active")))

    def _update_totals(self) -> None:
        if self.loading and not self.loaded_once:
            self.totals.setText(self.tr("Loading…"))
            return
        if self.data is None:
            self.totals.setText("")
            return
        rows = self.model.rows()
        per: dict[str, int] = {}
        for w in rows:
            per[w.kind] = per.get(w.kind, 0) + 1
        parts = [self.tr("{shown} of {total} to do on {date}").format(
            shown=len(rows), total=len(self.data.items), date=self.data.as_of.isoformat())]
        parts += [f"{work_kind_label(k)} <b>{n}</b>" for k, n in sorted(per.items())]
        by_cur: dict[str, int] = {}
        for w in rows:
            if w.currency and w.kind != "limitation":
                by_cur[w.currency] = by_cur.get(w.currency, 0) + w.amount_minor
        if by_cur:
            parts.append(self.tr("amount {amounts}").format(
                amounts=", ".join(money(v, c) for c, v in sorted(by_cur.items()))))
        self.totals.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))

    def _build_toolbar(self) -> QToolBar:
        """The tab's toolbar (the day's work and the selected customer) and, in ``tl_bar``, the
        actions on the entry selected in the timeline (also its context menu)."""
        def new_bar(name: str) -> QToolBar:
            b = QToolBar(self)
            b.setObjectName(name)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setIconSize(b.iconSize() * 0.8)
            return b

        bar = new_bar("collections_toolbar")
        self.tl_bar = new_bar("collections_timeline_toolbar")
        sp = QStyle.StandardPixmap
        style = self.style()

        def add(text: str, icon, slot, name: str, tip: str, on: QToolBar = bar) -> QAction:
            a = QAction(style.standardIcon(icon), text, self)
            a.setObjectName(name)
            a.setToolTip(tip)
            a.triggered.connect(lambda _c=False: slot())
            on.addAction(a)
            return a

        self.letters_action = add(self.tr("Issue today's letters…"), sp.SP_FileDialogDetailedView,
                                  self.issue_letters, "issue_letters",
                                  self.tr("Review today's dunning steps, issue them, print or save "
                                          "the letters"))
        self.templates_action = add(self.tr("Letter templates…"), sp.SP_FileDialogContentsView,
                                    self.edit_letter_templates, "letter_templates",
                                    self.tr("Edit the wording of each stage's letter and e-mail, "
                                            "with a live preview"))
        bar.addSeparator()
        self.call_action = add(self.tr("Log call…"), sp.SP_DialogYesButton, self.log_call, "log_call",
                               self.tr("Record a call with the selected customer (double-click a row)"))
        self.dispute_action = add(self.tr("Dispute…"), sp.SP_MessageBoxWarning, self.flag_dispute,
                                  "flag_dispute", self.tr("Flag invoices as disputed; they leave "
                                                          "the dunning ladder"))
        self.resolve_action = add(self.tr("Resolve dispute…"), sp.SP_DialogApplyButton,
                                  self.resolve_dispute, "resolve_dispute",
                                  self.tr("The invoices return to the dunning ladder"))
        self.hold_action = add(self.tr("Hold…"), sp.SP_MediaPause, self.hold, "hold_dunning",
                               self.tr("Stop dunning the customer or some invoices until a date"))
        self.plan_action = add(self.tr("Instalment plan…"), sp.SP_FileDialogListView,
                               self.instalment_plan, "instalment_plan",
                               self.tr("Split what is open into parts with dates"))
        tl = self.tl_bar
        self.delivery_action = add(self.tr("Delivery…"), sp.SP_DialogOkButton, self.record_delivery,
                                   "record_delivery",
                                   self.tr("How the letter selected in the timeline was sent, its "
                                           "proof and delivery date"), tl)
        self.cancel_letter_action = add(self.tr("Cancel letter…"), sp.SP_DialogDiscardButton,
                                        self.cancel_letter, "cancel_letter",
                                        self.tr("Cancel the letter selected in the timeline"), tl)
        self.lift_action = add(self.tr("Lift hold…"), sp.SP_MediaPlay, self.lift_hold, "lift_hold",
                               self.tr("Lift the hold selected in the timeline"), tl)
        self.cancel_arrangement_action = add(
            self.tr("Cancel promise/plan…"), sp.SP_DialogCancelButton, self.cancel_arrangement,
            "cancel_arrangement", self.tr("Cancel the promise to pay or instalment plan selected in "
                                          "the timeline"), tl)
        bar.addSeparator()
        self.statement_action = add(self.tr("Statement PDF…"), sp.SP_DialogSaveButton,
                                    self.save_statement, "save_statement",
                                    self.tr("Save the selected customer's statement of account"))
        self.statements_action = add(self.tr("Statements for all…"), sp.SP_DirOpenIcon,
                                     self.all_statements, "all_statements",
                                     self.tr("Statements of account for every customer with open "
                                             "items: a PDF each, one file, or printed"))
        return bar

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("collections_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search customer, invoice, note…  (Ctrl+F)"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 32))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("collections_kind")
        self.kind_filter.addItem(self.tr("Everything"), "")
        for k in dn.WORK_KINDS:
            self.kind_filter.addItem(work_kind_label(k), k)
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("collections_stage")
        self.stage_filter.addItem(self.tr("any"), None)
        self.grade_filter = QComboBox()
        self.grade_filter.setObjectName("collections_grade")
        self.grade_filter.addItem(self.tr("any"), None)
        self.min_amount = QLineEdit()
        self.min_amount.setObjectName("collections_min_amount")
        self.min_amount.setPlaceholderText(self.tr("any"))
        self.min_amount.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14))
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        for label, w in ((self.tr("Show:"), self.kind_filter), (self.tr("Stage:"), self.stage_filter),
                         (self.tr("Grade:"), self.grade_filter), (self.tr("Amount from:"), self.min_amount)):
            row.addSpacing(8)
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addStretch(1)
        return row

    def _set_widths(self) -> None:
        fm = self.view.fontMetrics()
        for key, chars in {"kind": 16, "customer": 28, "grade": 5, "stage": 5, "amount": 16,
                           "days": 12, "weight": 16, "invoices": 22}.items():
            col = self.model.column_index(key)
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(fm.horizontalAdvance("0" * chars) + 12,
                                              fm.horizontalAdvance(title) + 28))

    def _restore_splitter(self) -> None:
        state = ui_settings().value("collections/splitter_v")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([440, 300])

    def save_state(self) -> None:
        ui_settings().setValue("collections/splitter_v", self.splitter.saveState())
