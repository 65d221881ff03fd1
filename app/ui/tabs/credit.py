"""Credit tab: every customer's grade, score, limit, exposure and utilisation, with alerts; the
selected customer's score breakdown (“why B?”); the review worklist; the Insurance section
(deadlines, policies, insured buyers, claims); data entry and re-scoring.

The list comes from ``credit.evaluate`` + ``credit.credit_alerts`` + ``credit.reviews_due`` in a
worker (one connection per load); filters (grade, alerts only, reviews due, search) run on the
loaded rows. The breakdown of the selected customer is ``credit.credit_detail`` in a worker.
Dialogs write through the credit services in one ``db.session()`` and call
``ctx.notify_changed()``. Follows the tab interface in ``app.ui.tabs``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QTableView, QTabWidget, QToolBar, QVBoxLayout, QWidget)

from ...services.credit import (CreditDetail, CreditSettings, ReviewDue, credit_alerts,
                                credit_detail, evaluate, load_settings, reviews_due)
from ..context import AppContext
from ..dialogs.credit_breakdown import ScoreBreakdown
from ..dialogs.credit_insurance import InsuranceSection
from ..errors import show_error
from ..file_ops import ui_settings
from ..tablemodels.base import select_row
from ..tablemodels.credit import CreditRow, CreditTableModel, ReviewTableModel
from ..tablemodels.credit_delegate import UtilisationDelegate
from ..list_view import setup_list_view
from ..workers import LatestLoad

SEARCH_DEBOUNCE_MS = 150
WORKLIST_DAYS = 30          # the worklist shows reviews due within this many days


@dataclass(frozen=True)
class CreditData:
    rows: list[CreditRow]
    due: list[ReviewDue]
    settings: CreditSettings


def load_credit(engine, as_of: date) -> CreditData:
    with engine.connect() as conn:
        st = load_settings(conn)
        standings = evaluate(conn, as_of, settings=st)
        alerts = credit_alerts(conn, as_of, settings=st, standings=standings)
        by_id: dict[int, list] = {}
        for a in alerts:
            by_id.setdefault(a.customer_id, []).append(a)
        rows = [CreditRow(x, tuple(by_id.get(x.customer_id, ()))) for x in standings]
        due = reviews_due(conn, as_of, within_days=WORKLIST_DAYS)
    return CreditData(rows, due, st)


def load_detail(engine, customer_id: int, as_of: date, settings: CreditSettings) -> CreditDetail:
    with engine.connect() as conn:
        return credit_detail(conn, customer_id, as_of, settings=settings)


class CreditTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: CreditData | None = None
        self.detail: CreditDetail | None = None
        self.loads = LatestLoad()
        self.detail_loads = LatestLoad()
        self.loading = False
        self.loaded_once = False
        self.detail_loading = False
        self._select_after_load: int | None = None

        self.toolbar = self._build_toolbar()
        filters = self._build_filters()

        self.model = CreditTableModel(ctx.as_of(), self)
        self.view = QTableView()
        self.view.setObjectName("credit_table")
        self.view.setModel(self.model)
        setup_list_view(self.view)
        self.delegate = UtilisationDelegate(parent=self.view)
        self.view.setItemDelegateForColumn(self.model.column_index("utilisation"), self.delegate)
        header = self.view.horizontalHeader()
        header.setSortIndicator(self.model.column_index("code"), Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self._set_column_widths()

        self.breakdown = ScoreBreakdown()
        self.review_model = ReviewTableModel(self)
        self.review_view = QTableView()
        self.review_view.setObjectName("credit_reviews")
        self.review_view.setModel(self.review_model)
        setup_list_view(self.review_view)
        self.review_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.review_view.setSortingEnabled(True)
        self.review_view.horizontalHeader().setSectionResizeMode(
            self.review_model.column_index("name"), QHeaderView.ResizeMode.Stretch)
        self.review_label = QLabel()
        self.review_label.setObjectName("credit_review_label")
        worklist = QWidget()
        wl = QVBoxLayout(worklist)
        wl.setContentsMargins(0, 4, 0, 0)
        wl.addWidget(self.review_label)
        wl.addWidget(self.review_view, 1)
        self.lower = QTabWidget()
        self.lower.setObjectName("credit_lower")
        self.lower.addTab(self.breakdown, self.tr("Score breakdown"))
        self.lower.addTab(worklist, self.tr("Review worklist"))
        self.insurance = InsuranceSection(ctx)
        self.lower.addTab(self.insurance, self.tr("Insurance"))
        self.insurance.loaded.connect(lambda: self.lower.setTabText(
            self.lower.indexOf(self.insurance), self.insurance.tab_title()))
        self.insurance.changed.connect(ctx.notify_changed)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("credit_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.lower.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_filters)
        self.grade_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.alerts_only.toggled.connect(lambda _c: self._apply_filters())
        self.due_only.toggled.connect(lambda _c: self._apply_filters())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.view.doubleClicked.connect(lambda _i: self.review_selected())
        self.review_view.doubleClicked.connect(self._review_from_worklist)
        ctx.data_changed.connect(self.reload)
        ctx.database_changed.connect(self._database_changed)

        self._restore_splitter()
        self._update_actions()
        self.reload()

    # ------------------------------------------------------------ building
    def _build_toolbar(self) -> QToolBar:
        tb = QToolBar()
        tb.setObjectName("credit_toolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act_review = tb.addAction(self.tr("&Review…"), self.review_selected)
        self.act_financials = tb.addAction(self.tr("&Financials…"), self.enter_financials)
        self.act_rating = tb.addAction(self.tr("External ra&ting…"), self.enter_rating)
        self.act_events = tb.addAction(self.tr("Negative &events…"), self.edit_events)
        self.act_override = tb.addAction(self.tr("&Override…"), self.edit_override)
        tb.addSeparator()
        self.act_rescore = tb.addAction(self.tr("Re-&score all…"), self.rescore_all)
        return tb

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("credit_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code or name…  (Ctrl+F)"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 30))
        self.grade_filter = QComboBox()
        self.grade_filter.setObjectName("credit_grade_filter")
        self.grade_filter.addItem(self.tr("All grades"), "")
        for g in "ABCD":
            self.grade_filter.addItem(self.tr("Grade {grade}").format(grade=g), g)
        self.alerts_only = QCheckBox(self.tr("&Alerts only"))
        self.alerts_only.setObjectName("credit_alerts_only")
        self.due_only = QCheckBox(self.tr("Reviews &due"))
        self.due_only.setObjectName("credit_due_only")
        self.count_label = QLabel()
        self.count_label.setObjectName("credit_count")
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addSpacing(8)
        row.addWidget(self.grade_filter)
        row.addWidget(self.alerts_only)
        row.addWidget(self.due_only)
        row.addSpacing(12)
        row.addWidget(self.count_label)
        row.addStretch(1)
        return row

    # ------------------------------------------------------- tab interface
    def reload(self) -> None:
        if not self.ctx.has_db:
            self.loads.drop()
            self.loading = False
            self.data = None
            self.model.set_rows([])
            self.review_model.set_rows([])
            self.breakdown.clear_detail()
            self.insurance.reload()
            self._update_count()
            self._update_actions()
            return
        self.loading = True
        self._update_count()
        self.insurance.reload()
        self.loads.start(load_credit, self.ctx.db.engine, self.ctx.as_of(), on_done=self._loaded,
                         on_error=self._load_failed)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item_label(self) -> str:
        return self.tr("&Review customer…")

    def new_item(self) -> None:
        self.review_selected()

    # ---------------------------------------------------------- queries
    def selected_row(self) -> CreditRow | None:
        return self.model.row_at(self.view.currentIndex())

    def select_customer(self, customer_id: int) -> bool:
        return select_row(self.view, self.model.row_by_id(customer_id))

    def show_alerts(self) -> None:
        """Only the customers with alerts (the main window's badge)."""
        self.grade_filter.setCurrentIndex(0)
        self.due_only.setChecked(False)
        self.search.clear()
        self.alerts_only.setChecked(True)
        self._apply_filters()

    # --------------------------------------------------------- commands
    def _dialog_args(self):
        row = self.selected_row()
        if row is None or not self.ctx.has_db or self.data is None:
            return None
        return row

    def review_selected(self) -> None:
        row = self._dialog_args()
        if row is not None:
            self.open_review(row.id)

    def open_review(self, customer_id: int) -> None:
        from ..dialogs.credit_review import ReviewDialog

        self._run_dialog(customer_id, lambda: ReviewDialog(self.ctx, customer_id, self))

    def enter_financials(self) -> None:
        from ..dialogs.credit_entries import FinancialsDialog

        row = self._dialog_args()
        if row is not None:
            self._run_dialog(row.id, lambda: FinancialsDialog(self.ctx, row.standing, self))

    def enter_rating(self) -> None:
        from ..dialogs.credit_entries import RatingDialog

        row = self._dialog_args()
        if row is not None:
            self._run_dialog(row.id, lambda: RatingDialog(self.ctx, row.standing, self))

    def edit_events(self) -> None:
        from ..dialogs.credit_entries import EventsDialog

        row = self._dialog_args()
        if row is not None:
            self._run_dialog(row.id, lambda: EventsDialog(self.ctx, row.standing, self))

    def edit_override(self) -> None:
        from ..dialogs.credit_entries import OverrideDialog

        row = self._dialog_args()
        if row is not None:
            self._run_dialog(row.id, lambda: OverrideDialog(self.ctx, row.standing, self))

    def rescore_all(self) -> None:
        from ..dialogs.credit_rescore import RescoreDialog

        if self.ctx.has_db:
            dlg = RescoreDialog(self.ctx, self)
            dlg.exec()
            if dlg.applied:
                self.ctx.notify_changed()

    def _run_dialog(self, customer_id: int, make) -> None:
        try:
            dlg = make()
        except Exception as exc:  # noqa: BLE001 - UserError shown, a bug goes to the crash dialog
            show_error(self, exc)
            return
        if dlg.exec() or getattr(dlg, "changed", False):
            self._select_after_load = customer_id
            self.ctx.notify_changed()

    def _review_from_worklist(self, index) -> None:
        r = self.review_model.row_at(index)
        if r is not None:
            self.open_review(r.customer_id)

    # ----------------------------------------------------------- loading
    def _loaded(self, data: CreditData) -> None:
        keep = self._select_after_load
        if keep is None:
            cur = self.selected_row()
            keep = cur.id if cur is not None else None
        self._select_after_load = None
        self.loading = False
        self.data = data
        self.delegate.warning_pct = data.settings.warning_pct
        self.model.set_rows(data.rows)
        self.review_model.set_rows(data.due)
        self.review_label.setText(self.tr("{n} reviews due by {date} (overdue first, then by due date)")
                                  .format(n=len(data.due),
                                          date=(self.ctx.as_of() + timedelta(days=WORKLIST_DAYS)).isoformat()))
        self.lower.setTabText(1, self.tr("Review worklist ({n})").format(
            n=sum(1 for r in data.due if r.due <= self.ctx.as_of())))
        first = not self.loaded_once
        self.loaded_once = True
        self.detail = None
        self._detail_customer = None
        if first and data.rows:
            self._fit_columns()
        self._reselect(keep)
        self._update_count()
        self._update_actions()

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.loading = False
        self._update_count()
        show_error(self, exc, tb)

    def _database_changed(self) -> None:
        self.search.clear()
        self.loaded_once = False
        self.breakdown.clear_detail()
        self.reload()

    def _reselect(self, keep: int | None) -> None:
        if keep is None or not self.select_customer(keep):
            if self.model.rowCount():
                select_row(self.view, 0)
            else:
                self._show_breakdown(None)

    # --------------------------------------------------------- filtering
    def _apply_filters(self) -> None:
        self._search_timer.stop()
        cur = self.selected_row()
        grade = self.grade_filter.currentData() or ""
        alerts = self.alerts_only.isChecked()
        due = self.due_only.isChecked()
        as_of = self.ctx.as_of()
        if not grade and not alerts and not due:
            self.model.set_predicate(None)
        else:
            self.model.set_predicate(lambda r: (not grade or r.grade == grade)
                                     and (not alerts or bool(r.alerts))
                                     and (not due or r.review_due(as_of)))
        self.model.set_search(self.search.text())
        self._reselect(cur.id if cur is not None else None)
        self._update_count()
        self._update_actions()

    # --------------------------------------------------------- selection
    _detail_customer: int | None = None

    def _current_changed(self) -> None:
        row = self.selected_row()
        self._show_breakdown(row)
        self._update_actions()

    def _show_breakdown(self, row: CreditRow | None) -> None:
        if row is None or self.data is None or not self.ctx.has_db:
            self.detail_loads.drop()
            self.detail = None
            self._detail_customer = None
            self.detail_loading = False
            self.breakdown.clear_detail(self.tr("Select a customer to see how its grade is made up."))
            return
        if self._detail_customer == row.id and (self.detail_loading or (
                self.detail is not None and self.detail.standing.customer_id == row.id)):
            return                      # shown already, or on its way
        self._detail_customer = row.id
        self.detail_loading = True
        st = self.data.settings
        self.detail_loads.start(load_detail, self.ctx.db.engine, row.id, self.ctx.as_of(), st,
                                on_done=self._detail_loaded, on_error=self._detail_failed)

    def _detail_loaded(self, d: CreditDetail) -> None:
        if self.data is None:
            return
        self.detail_loading = False
        self.detail = d
        st = self.data.settings
        self.breakdown.show_detail(d, thresholds=st.thresholds, as_of=self.ctx.as_of(),
                                   warning_pct=st.warning_pct)

    def _detail_failed(self, exc: BaseException, tb: str) -> None:
        self.detail_loading = False
        self._detail_customer = None
        show_error(self, exc, tb)

    # ----------------------------------------------------------- helpers
    def _update_actions(self) -> None:
        has = self.selected_row() is not None and self.ctx.has_db and self.data is not None
        for act in (self.act_review, self.act_financials, self.act_rating, self.act_events,
                    self.act_override):
            act.setEnabled(has)
        self.act_rescore.setEnabled(self.ctx.has_db)

    def _update_count(self) -> None:
        if self.loading and not self.loaded_once:
            self.count_label.setText(self.tr("Loading…"))
            return
        rows = self.model.all_rows()
        alerts = sum(1 for r in rows if r.alerts)
        shown = self.model.rowCount()
        if shown == len(rows):
            text = self.tr("{n} customers").format(n=len(rows))
        else:
            text = self.tr("{shown} of {total} customers").format(shown=shown, total=len(rows))
        self.count_label.setText(text + " · " + self.tr("{n} with alerts").format(n=alerts))

    def _set_column_widths(self) -> None:
        fm = self.view.fontMetrics()
        widths = {"code": 8, "name": 26, "grade": 5, "score": 5, "currency": 5, "limit": 13,
                  "exposure": 13, "utilisation": 18, "next_review": 12, "alerts": 24}
        for key, chars in widths.items():
            col = self.model.column_index(key)
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(fm.horizontalAdvance("0" * chars),
                                              fm.horizontalAdvance(title) + 28))

    def _fit_columns(self) -> None:
        name = self.model.column_index("name")
        fm = self.view.fontMetrics()
        self.view.resizeColumnToContents(name)
        self.view.setColumnWidth(name, min(max(self.view.columnWidth(name), fm.horizontalAdvance("0" * 18)),
                                           fm.horizontalAdvance("0" * 36)))
        self.view.horizontalHeader().setSectionResizeMode(self.model.column_index("alerts"),
                                                          QHeaderView.ResizeMode.Stretch)

    def _restore_splitter(self) -> None:
        state = ui_settings().value("credit/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        ui_settings().setValue("credit/splitter", self.splitter.saveState())
