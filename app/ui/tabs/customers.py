"""Customers tab: the list with balances, search as you type, add/edit, and a detail pane.

Rows come from ``queries.customer_rows`` in a worker (one short connection per load); the
model filters and sorts the list itself. Follows the tab interface in ``app.ui.tabs``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QMessageBox, QPushButton, QSplitter, QStackedWidget,
                               QTableView, QVBoxLayout, QWidget)

from ...errors import UserError
from ...services.company import get_company
from ...services.queries import CustomerRow, customer_rows
from ..actions import open_import_dialog
from ..context import AppContext
from ..dialogs.customer_dialog import CustomerDialog, set_customer_active
from ..errors import show_error
from ..file_ops import ui_settings
from ..tablemodels.base import select_row
from ..tablemodels.customers import CreditCell, CustomerTableModel
from ..empty_page import empty_page
from ..workers import LatestLoad
from .customer_detail import CustomerDetailPane

SEARCH_DEBOUNCE_MS = 150


def _load_rows(engine, as_of: date) -> list[CustomerRow]:
    with engine.connect() as conn:
        return customer_rows(conn, as_of)


def _load_credit(engine, as_of: date) -> dict[int, CreditCell]:
    """Each customer's credit grade and utilisation (credit.evaluate; none when the credit
    settings cannot be read). Slower than the rows (every customer is scored): loaded after
    them, so the list shows at once and the two credit columns fill in."""
    from ...services.credit import evaluate

    with engine.connect() as conn:
        try:
            return {x.customer_id: CreditCell(x.grade, x.exposure.utilisation_pct, x.exposure.status)
                    for x in evaluate(conn, as_of)}
        except UserError:
            return {}


class CustomersTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loads = LatestLoad()
        self.credit_loads = LatestLoad()
        self.loading = False            # True until the rows and then their credit cells landed
        self.loaded_once = False
        self._select_after_load: int | None = None

        # --- top bar: search, filters, buttons
        self.search = QLineEdit()
        self.search.setObjectName("customer_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code, name, other names…  (Ctrl+F)"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 40))
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.count_label = QLabel()
        self.count_label.setObjectName("customer_count")
        self.new_button = QPushButton(self.tr("New customer…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(self.show_inactive)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.active_button)

        # --- list + detail
        self.model = CustomerTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("customer_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._set_column_widths()

        self.detail = CustomerDetailPane(ctx)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("customer_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.empty_page = self._build_empty_page()
        self.stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        # --- wiring
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)
        self.search.installEventFilter(self)
        self.show_inactive.toggled.connect(self._apply_inactive_filter)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active_selected)
        edit_action = QAction(self)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_selected)
        self.view.addAction(edit_action)
        ctx.data_changed.connect(self.reload)
        ctx.database_changed.connect(self._database_changed)

        self._apply_inactive_filter(False)
        self._restore_splitter()
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------- tab interface
    def reload(self) -> None:
        """Load the list again in a worker (keeps search, sort and selection)."""
        if not self.ctx.has_db:
            self.loads.drop()
            self.credit_loads.drop()
            self.loading = False
            self.model.set_rows_with_credit([], {})
            self.detail.clear()
            self._update_count()
            return
        self.loading = True
        self._update_count()
        self.credit_loads.drop()
        self.loads.start(_load_rows, self.ctx.db.engine, self.ctx.as_of(), on_done=self._loaded,
                         on_error=self._load_failed)

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.empty_page:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item_label(self) -> str:
        return self.tr("&New customer…")

    def new_item(self) -> None:
        if not self.ctx.has_db:
            return
        dlg = CustomerDialog(self.ctx, None, self, default_currency=self._home_currency())
        if dlg.exec():
            self._select_after_load = dlg.customer_id
            if self.search.text():
                self.search.clear()
            self.ctx.notify_changed()

    # ---------------------------------------------------------- commands
    def selected_row(self) -> CustomerRow | None:
        return self.model.row_at(self.view.currentIndex())

    def select_customer(self, customer_id: int) -> bool:
        return select_row(self.view, self.model.row_by_id(customer_id))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.ctx.has_db:
            return
        try:
            dlg = CustomerDialog(self.ctx, row.id, self)
        except UserError as exc:
            show_error(self, exc)
            return
        if dlg.exec():
            self._select_after_load = row.id
            self.ctx.notify_changed()

    def toggle_active_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.ctx.has_db:
            return
        if row.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate customer"),
                self.tr("Deactivate {name} ({code})? It stays in the database with its invoices, "
                        "but is hidden from the list unless you tick “Show inactive”.").format(
                    name=row.name, code=row.code))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            set_customer_active(self.ctx, row.id, not row.active)
        except UserError as exc:
            show_error(self, exc)
            return
        self._select_after_load = row.id
        self.ctx.notify_changed()

    def import_customers(self) -> None:
        if not open_import_dialog(self.ctx, "customers", self):
            QMessageBox.information(self, self.tr("Import customers"),
                                    self.tr("Importing is not available in this build."))

    # ----------------------------------------------------------- loading
    def _loaded(self, rows: list[CustomerRow]) -> None:
        keep = self._select_after_load
        if keep is None:
            cur = self.selected_row()
            keep = cur.id if cur is not None else None
        self._select_after_load = None
        self.model.set_rows(rows)           # the previous credit cells show until the new ones land
        self.credit_loads.start(_load_credit, self.ctx.db.engine, self.ctx.as_of(),
                                on_done=self._credit_loaded, on_error=self._load_failed)
        self.detail.customer_id = None       # the data changed: reload the pane for the selection
        first = not self.loaded_once
        self.loaded_once = True
        self.stack.setCurrentWidget(self.empty_page if not rows else self.splitter)
        if first and rows:
            self._fit_columns()
        if keep is None or not self.select_customer(keep):
            if self.model.rowCount():
                self.select_customer(self.model.row_at(0).id)
            else:
                self.detail.clear()
        self._update_count()
        self._update_buttons()

    def _credit_loaded(self, credit: dict[int, CreditCell]) -> None:
        self.loading = False
        self.model.set_credit(credit)
        self._update_count()

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.loading = False
        self._update_count()
        show_error(self, exc, tb)

    def _database_changed(self) -> None:
        self.search.clear()
        self.model.set_search("")
        self.detail.clear()
        self.loaded_once = False
        self.reload()

    # --------------------------------------------------------- filtering
    def _apply_search(self) -> None:
        self._search_timer.stop()
        cur = self.selected_row()
        self.model.set_search(self.search.text())
        self._after_filter(cur)

    def _apply_inactive_filter(self, show: bool) -> None:
        cur = self.selected_row()
        self.model.set_predicate(None if show else (lambda r: r.active))
        self._after_filter(cur)

    def _after_filter(self, previous: CustomerRow | None) -> None:
        if previous is None or not self.select_customer(previous.id):
            if self.model.rowCount():
                self.select_customer(self.model.row_at(0).id)
            else:
                self.detail.clear()
        self._update_count()
        self._update_buttons()

    # ----------------------------------------------------------- helpers
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        """Down / Page Down in the search box moves into the list, like a launcher."""
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount()):
            self._apply_search()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.select_customer(self.model.row_at(0).id)
            return True
        return super().eventFilter(obj, event)

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current)
        if row is None:
            self.detail.clear()
        elif row.id != self.detail.customer_id:
            self.detail.show_customer(row.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        has = row is not None and self.ctx.has_db
        self.edit_button.setEnabled(has)
        self.active_button.setEnabled(has)
        self.active_button.setText(self.tr("Activate") if row is not None and not row.active
                                   else self.tr("Deactivate"))
        self.new_button.setEnabled(self.ctx.has_db)

    def _update_count(self) -> None:
        if self.loading and not self.loaded_once:
            self.count_label.setText(self.tr("Loading…"))
            return
        shown = self.model.rowCount()
        rows = self.model.all_rows()
        total = len(rows) if self.show_inactive.isChecked() else sum(1 for r in rows if r.active)
        if shown == total:
            self.count_label.setText(self.tr("{n} customers").format(n=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} customers").format(shown=shown, total=total))

    def _home_currency(self) -> str:
        try:
            with self.ctx.db.session() as s:
                return get_company(s).home_currency or "CNY"
        except UserError:
            return "CNY"

    def _set_column_widths(self) -> None:
        fm = self.view.fontMetrics()
        widths = {"code": 9, "name": 28, "currency": 6, "terms": 8, "credit_limit": 13,
                  "grade": 5, "utilisation": 9, "open": 14, "overdue": 13, "oldest_days": 9}
        for key, chars in widths.items():
            col = self.model.column_index(key)
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(fm.horizontalAdvance("0" * chars),
                                              fm.horizontalAdvance(title) + 28))

    def _fit_columns(self) -> None:
        """Size columns to their content once the first rows are in, within sensible bounds."""
        fm = self.view.fontMetrics()
        self.view.resizeColumnsToContents()
        name = self.model.column_index("name")
        self.view.setColumnWidth(name, min(max(self.view.columnWidth(name), fm.horizontalAdvance("0" * 20)),
                                           fm.horizontalAdvance("0" * 42)))
        for col in range(self.model.columnCount()):
            if col != name:
                self.view.setColumnWidth(col, self.view.columnWidth(col) + 12)
        # the name takes what is left, so the amounts line up at the right edge
        self.view.horizontalHeader().setSectionResizeMode(name, QHeaderView.ResizeMode.Stretch)

    def _restore_splitter(self) -> None:
        state = ui_settings().value("customers/splitter_v")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([600, 320])

    def save_state(self) -> None:
        ui_settings().setValue("customers/splitter_v", self.splitter.saveState())

    def _context_menu(self, pos) -> None:
        row = self.model.row_at(self.view.indexAt(pos))
        menu = QMenu(self)
        if row is not None:
            menu.addAction(self.tr("Edit…"), self.edit_selected)
            menu.addAction(self.tr("Activate") if not row.active else self.tr("Deactivate"),
                           self.toggle_active_selected)
            menu.addSeparator()
        menu.addAction(self.tr("New customer…"), self.new_item)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _build_empty_page(self) -> QWidget:
        page, (self.empty_import, self.empty_new) = empty_page(
            "customers_empty", self.tr("No customers yet"),
            self.tr("Import your customer list from Excel or CSV, or add customers one by one."),
            [(self.tr("Import customers…"), self.import_customers),
             (self.tr("New customer…"), self.new_item)])
        return page
