"""Invoices tab: every invoice and credit note, filtered and sorted on columnar arrays.

The list is an ``InvoiceTable`` loaded in a worker (``load_invoice_table`` on its own
connection) together with the first ``InvoiceView`` (filter + sort), so the GUI thread only
resets the model. Sorting (header click) and filtering re-order an ``array`` of row indexes;
no proxy model, no row objects. Actions: new invoice, new credit note, cancel, dispute, write off
and reverse a write-off, allocate the customer's unallocated payments oldest first, copy.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QMessageBox, QProgressBar, QStackedWidget, QStyle,
                               QTableView, QToolBar, QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.invoice_filters import COLUMNS, InvoiceView, rows_as_tsv
from ...services.progress import Cancelled, Progress
from ...services.queries import STATUSES, load_invoice_table
from ..actions import open_import_dialog
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.base import select_row
from ..tablemodels.invoices import InvoiceTableModel
from ..empty_page import empty_page
from ..workers import Job, run_in_worker
from .invoice_filter_bar import FilterState, InvoiceFilterBar

_CANCELLED = frozenset((STATUSES.index("cancelled"), STATUSES.index("written_off")))
_DISPUTED = STATUSES.index("disputed")
_DISPUTABLE = frozenset((STATUSES.index("open"), STATUSES.index("partly_paid")))
_WRITABLE_OFF = _DISPUTABLE | {_DISPUTED}
_WRITTEN_OFF = STATUSES.index("written_off")
_RESTORE_SELECTION_MAX = 50        # more selected rows than this: keep only the current one
DEFAULT_SORT = ("due_date", False)


def load_view(engine, as_of: date, state: FilterState, sort: tuple[str | None, bool], *,
              progress: Progress) -> InvoiceView:
    """Worker: read every invoice and build the view the tab shows first."""
    with engine.connect() as conn:
        lo, hi = conn.exec_driver_sql("SELECT min(id), max(id) FROM invoice").one()
        progress.start((hi - lo + 1) if lo is not None else 0)
        table = load_invoice_table(conn, as_of, progress=progress.step)
    progress.check()
    view = InvoiceView(table)
    view.sort_column, view.descending = sort
    view.apply_filter(state.for_table(table))
    view.open_totals()       # warms the signed-open column off the GUI thread
    return view


class InvoicesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._job: Job | None = None
        self.loading = False
        self.loaded_once = False
        self._select_after_load: int | None = None
        self._keep: tuple[int | None, list[int]] = (None, [])
        self._sort: tuple[str | None, bool] = DEFAULT_SORT

        self.toolbar = self._build_toolbar()
        self.filters = InvoiceFilterBar(ctx.as_of())

        self.model = InvoiceTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("invoice_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("customer"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COLUMNS.index(DEFAULT_SORT[0]), Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_requested)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._set_column_widths()

        self.summary = QLabel()
        self.summary.setObjectName("invoice_summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setObjectName("invoice_busy")
        self.busy.setMaximumWidth(180)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Loading invoices…"))
        self.busy_label.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.busy_label)
        bottom.addWidget(self.busy)

        list_page = QWidget()
        lv = QVBoxLayout(list_page)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.filters)
        lv.addWidget(self.view, 1)
        lv.addLayout(bottom)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.empty_page = self._build_empty_page()
        self.stack.addWidget(self.empty_page)
        self._list_page = list_page

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)

        self.filters.changed.connect(self._apply_filters)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.view.customContextMenuRequested.connect(self._context_menu)
        copy = QAction(self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_rows)
        self.view.addAction(copy)
        ctx.data_changed.connect(self.reload)
        ctx.database_changed.connect(self._database_changed)

        self._update_actions()
        self._update_summary()
        self.reload()

    # ------------------------------------------------------- tab interface
    def reload(self) -> None:
        """Load every invoice again in a worker; filters, sort and selection stay."""
        self._generation += 1
        gen = self._generation
        if self._job is not None:
            self._job.cancel()
            self._job = None
        if not self.ctx.has_db:
            self._set_loading(False)
            self.model.set_view(None)
            self._update_summary()
            self._update_actions()
            return
        self._set_loading(True)
        self._job = run_in_worker(
            load_view, self.ctx.db.engine, self.ctx.as_of(), self.filters.state(), self._sort,
            progress=True, on_done=lambda v: self._loaded(gen, v),
            on_error=lambda exc, tb: self._load_failed(gen, exc, tb),
            on_progress=lambda done, total, _w: self._progress(gen, done, total))

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.empty_page:
            return
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def new_item_label(self) -> str:
        return self.tr("&New invoice…")

    def new_item(self) -> None:
        self.new_invoice()

    # --------------------------------------------------- for tests/bench
    def is_loading(self) -> bool:
        return self.loading

    def shown_count(self) -> int:
        return self.model.rowCount()

    def table_view(self) -> QTableView:
        return self.view

    # ---------------------------------------------------------- commands
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.invoice_id(r) for r in rows]

    def current_table_row(self) -> int | None:
        """Array index (into the InvoiceTable) of the current row, or None."""
        idx = self.view.currentIndex()
        if not idx.isValid() or not self.view.selectionModel().isRowSelected(idx.row()):
            return None
        return self.model.row_of(idx.row())

    def current_id(self) -> int | None:
        r = self.current_table_row()
        return None if r is None else self.model.table.id[r]  # type: ignore[union-attr]

    def select_invoice(self, invoice_id: int) -> bool:
        return select_row(self.view, self.model.model_row_of_id(invoice_id))

    def new_invoice(self) -> None:
        if not self.ctx.has_db:
            return
        from ..dialogs.invoice_dialog import InvoiceDialog

        dlg = InvoiceDialog(self.ctx, self, customer_id=self._customer_hint())
        if dlg.exec() and dlg.invoice_id is not None:
            self._select_after_load = dlg.invoice_id

    def new_credit_note(self) -> None:
        if not self.ctx.has_db:
            return
        from ..dialogs.invoice_dialog import CreditNoteDialog

        r = self.current_table_row()
        t = self.model.table
        invoice_id = None
        if r is not None and t is not None and t.kind[r] == 0 and t.status[r] not in _CANCELLED:
            invoice_id = t.id[r]
        dlg = CreditNoteDialog(self.ctx, self, invoice_id=invoice_id,
                               customer_id=None if invoice_id else self._customer_hint())
        if dlg.exec() and dlg.invoice_id is not None:
            self._select_after_load = invoice_id or dlg.invoice_id

    def cancel_selected(self) -> None:
        iid = self.current_id()
        if iid is None or not self.ctx.has_db:
            return
        from ..dialogs.cancel_dialog import CancelDialog

        dlg = CancelDialog(self.ctx, iid, self)
        if dlg.exec():
            self._select_after_load = iid

    def set_dispute_selected(self, disputed: bool) -> None:
        iid = self.current_id()
        if iid is None or not self.ctx.has_db:
            return
        from ..dialogs.cancel_dialog import DisputeDialog

        dlg = DisputeDialog(self.ctx, iid, disputed, self)
        if dlg.exec():
            self._select_after_load = iid

    def write_off_selected(self, reverse: bool = False) -> None:
        iid = self.current_id()
        if iid is None or not self.ctx.has_db:
            return
        from ..dialogs.writeoff_dialog import ReverseWriteOffDialog, WriteOffDialog

        dlg = (ReverseWriteOffDialog if reverse else WriteOffDialog)(self.ctx, iid, self)
        if dlg.exec():
            self._select_after_load = iid

    def allocate_for_selected(self) -> None:
        """Oldest-first allocation of the selected row's customer's unallocated payments / credit notes."""
        r = self.current_table_row()
        t = self.model.table
        if r is None or t is None or not self.ctx.has_db:
            return
        from ..dialogs.allocate_dialog import AllocateDialog

        AllocateDialog(self.ctx, t.customer_ids[t.customer[r]], self).exec()

    def copy_rows(self) -> None:
        """Selected rows as tab-separated text with a header line (pastes into Excel)."""
        t = self.model.table
        if t is None:
            return
        model_rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        if not model_rows:
            return
        headers = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(COLUMNS))]
        rows = [[self.model.display_text(self.model.row_of(m), c) for c in range(len(COLUMNS))]
                for m in model_rows]
        QGuiApplication.clipboard().setText(rows_as_tsv(headers, rows))

    def import_invoices(self) -> None:
        if not open_import_dialog(self.ctx, "invoices", self):
            QMessageBox.information(self, self.tr("Import invoices"),
                                    self.tr("Importing is not available in this build."))

    # ----------------------------------------------------------- loading
    def _set_loading(self, on: bool) -> None:
        self.loading = on
        self.busy.setVisible(on)
        self.busy_label.setVisible(on)
        if on:
            self.busy.setRange(0, 0)
        self.refresh_action.setEnabled(not on)

    def _progress(self, gen: int, done: int, total: int) -> None:
        if gen == self._generation and total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(min(done, total))

    def _loaded(self, gen: int, view: InvoiceView) -> None:
        if gen != self._generation:
            return
        self._job = None
        table = view.table
        self.filters.set_customers(table)
        # the filters may have changed while loading: bring the view up to date (cheap)
        state = self.filters.state()
        if view.filter != state.for_table(table) or (view.sort_column, view.descending) != self._sort:
            view.sort_column, view.descending = self._sort
            view.apply_filter(state.for_table(table))
        keep = self._select_after_load
        self._select_after_load = None
        if keep is None and self.model.view is not None:
            keep = self.current_id()
        self.model.set_view(view)
        self._set_loading(False)
        if keep is not None:
            self.select_invoice(keep)
        first = not self.loaded_once
        self.loaded_once = True
        self.stack.setCurrentWidget(self.empty_page if len(table) == 0 else self._list_page)
        if first and len(table):
            self._fit_columns()
        self._update_summary()
        self._update_actions()

    def _load_failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if gen != self._generation:
            return
        self._job = None
        self._set_loading(False)
        if isinstance(exc, Cancelled):
            return
        show_error(self, exc, tb)

    def _database_changed(self) -> None:
        self.filters.clear()
        self.model.set_view(None)
        self.loaded_once = False
        self.reload()

    # -------------------------------------------------- filter and sort
    def _apply_filters(self) -> None:
        view = self.model.view
        if view is None:
            return
        view.apply_filter(self.filters.state().for_table(view.table))
        self.model.refresh()
        self._update_summary()
        self._update_actions()

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if self.model.view is not None:
            self.model.sort(column, order)
            self._update_summary()

    def _remember_selection(self) -> None:
        if self.model.view is None:
            self._keep = (None, [])
            return
        cur = self.current_id()
        rows = self.view.selectionModel().selectedRows()
        ids = [] if len(rows) > _RESTORE_SELECTION_MAX else [self.model.invoice_id(i.row()) for i in rows]
        self._keep = (cur, ids)

    def _restore_selection(self) -> None:
        cur, ids = self._keep
        self._keep = (None, [])
        if self.model.view is None:
            return
        sm = self.view.selectionModel()
        for iid in ids:
            r = self.model.model_row_of_id(iid)
            if r >= 0:
                sm.select(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)
        if cur is not None:
            r = self.model.model_row_of_id(cur)
            if r >= 0:
                idx = self.model.index(r, 0)
                sm.setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.Select
                                   | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(idx)

    # ----------------------------------------------------------- helpers
    def _customer_hint(self) -> int | None:
        """The customer a new document is probably for: the filter's, else the selected row's."""
        cid = self.filters.state().customer_id
        if cid is not None:
            return cid
        r = self.current_table_row()
        t = self.model.table
        return t.customer_ids[t.customer[r]] if r is not None and t is not None else None

    def _update_summary(self) -> None:
        view = self.model.view
        if view is None:
            self.summary.setText(self.tr("Loading…") if self.loading else "")
            return
        shown, total = len(view), len(view.table)
        if shown == 0 and total:
            self.summary.setText(self.tr("No invoices match these filters (of {total}).").format(
                total=f"{total:,}"))
            return
        totals = view.open_totals()
        parts = [f"{cur} {format_minor(v, cur)}" for cur, v in sorted(totals.items()) if v]
        text = self.tr("{shown} of {total} shown").format(shown=f"{shown:,}", total=f"{total:,}")
        if parts:
            text += "   ·   " + self.tr("Open: {amounts}").format(amounts="   ".join(parts))
        self.summary.setText(text)

    def _update_actions(self) -> None:
        has_db = self.ctx.has_db
        r = self.current_table_row()
        t = self.model.table
        sel = r is not None and t is not None
        is_invoice = sel and t.kind[r] == 0
        cancelled = sel and t.status[r] in _CANCELLED
        self.new_invoice_action.setEnabled(has_db)
        self.credit_action.setEnabled(has_db)
        self.cancel_action.setEnabled(has_db and sel and not cancelled)
        self.dispute_action.setEnabled(has_db and is_invoice and t.status[r] in _DISPUTABLE)
        self.undispute_action.setEnabled(has_db and is_invoice and t.status[r] == _DISPUTED)
        self.writeoff_action.setEnabled(has_db and is_invoice and t.status[r] in _WRITABLE_OFF
                                        and t.open[r] > 0)
        self.reverse_writeoff_action.setEnabled(has_db and is_invoice and t.status[r] == _WRITTEN_OFF)
        self.allocate_action.setEnabled(has_db and sel)
        self.copy_action.setEnabled(self.view.selectionModel().hasSelection())

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("invoice_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.8)
        sp = QStyle.StandardPixmap
        style = self.style()

        def add(text: str, icon, slot, name: str, tip: str = "", on_bar: bool = True) -> QAction:
            a = QAction(style.standardIcon(icon), text, self)
            a.setObjectName(name)
            a.triggered.connect(slot)
            if tip:
                a.setToolTip(tip)
            if on_bar:
                bar.addAction(a)
            return a

        self.new_invoice_action = add(self.tr("New invoice…"), sp.SP_FileIcon, self.new_invoice,
                                      "new_invoice", self.tr("New invoice (Ctrl+N)"))
        self.credit_action = add(self.tr("Credit note…"), sp.SP_ArrowBack, self.new_credit_note,
                                 "new_credit_note",
                                 self.tr("Credit note for the selected invoice or a customer"))
        bar.addSeparator()
        self.cancel_action = add(self.tr("Cancel invoice…"), sp.SP_DialogCancelButton,
                                 self.cancel_selected, "cancel_invoice")
        self.dispute_action = add(self.tr("Mark disputed…"), sp.SP_MessageBoxWarning,
                                  lambda: self.set_dispute_selected(True), "mark_disputed")
        self.undispute_action = add(self.tr("Clear dispute…"), sp.SP_DialogApplyButton,
                                    lambda: self.set_dispute_selected(False), "clear_dispute")
        self.writeoff_action = add(self.tr("Write off…"), sp.SP_TrashIcon, lambda: self.write_off_selected(),
                                   "write_off", self.tr("Write off the open balance as bad debt"))
        self.reverse_writeoff_action = add(self.tr("Reverse write-off…"), sp.SP_ArrowBack,
                                           lambda: self.write_off_selected(reverse=True), "reverse_write_off",
                                           self.tr("Open the written-off balance again"))
        self.allocate_action = add(self.tr("Allocate payments oldest first…"), sp.SP_ArrowForward,
                                   self.allocate_for_selected, "allocate_oldest_first",
                                   self.tr("Apply this customer's unallocated payments and credit notes to "
                                           "its oldest invoices"), on_bar=False)
        bar.addSeparator()
        self.copy_action = add(self.tr("Copy"), sp.SP_FileDialogDetailedView, self.copy_rows,
                               "copy_rows", self.tr("Copy the selected rows (Ctrl+C)"))
        # the window's toolbar has Refresh (F5); the tab keeps the action for its own use
        self.refresh_action = add(self.tr("Refresh"), sp.SP_BrowserReload, self.reload, "refresh",
                                  on_bar=False)
        return bar

    def _context_menu(self, pos) -> None:
        menu = self.context_menu_at(pos)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu_at(self, pos) -> QMenu:
        """The right-click menu for viewport position ``pos`` (selects the row under it)."""
        idx = self.view.indexAt(pos)
        if idx.isValid() and not self.view.selectionModel().isRowSelected(idx.row()):
            select_row(self.view, idx.row(), scroll=False)
        self._update_actions()
        menu = QMenu(self)
        for a in (self.new_invoice_action, self.credit_action, None, self.cancel_action,
                  self.dispute_action, self.undispute_action, self.writeoff_action,
                  self.reverse_writeoff_action, self.allocate_action, None, self.copy_action):
            if a is None:
                menu.addSeparator()
            else:
                menu.addAction(a)
        return menu

    def _set_column_widths(self) -> None:
        fm = self.view.fontMetrics()
        chars = {"number": 16, "customer": 34, "kind": 10, "issue_date": 10, "due_date": 10,
                 "currency": 5, "amount": 14, "open": 14, "status": 10, "days_overdue": 6}
        for key, n in chars.items():
            col = COLUMNS.index(key)
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(fm.horizontalAdvance("0" * n) + 16,
                                              fm.horizontalAdvance(title) + 28))

    def _fit_columns(self) -> None:
        """Widen the status and kind columns to their translated texts (cheap: no row scan)."""
        fm = self.view.fontMetrics()
        for key, texts in (("status", [self.model.status_label(s) for s in STATUSES]),
                           ("kind", [self.model.kind_label(k) for k in ("invoice", "credit_note")])):
            col = COLUMNS.index(key)
            need = max(fm.horizontalAdvance(s) for s in texts) + 24
            if self.view.columnWidth(col) < need:
                self.view.setColumnWidth(col, need)

    def _build_empty_page(self) -> QWidget:
        page, _buttons = empty_page(
            "invoices_empty", self.tr("No invoices yet"),
            self.tr("Import your open invoices from Excel or CSV, or enter them one by one."),
            [(self.tr("Import invoices…"), self.import_invoices),
             (self.tr("New invoice…"), self.new_invoice)])
        return page

