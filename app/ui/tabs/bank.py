"""Bank tab: imported statement lines, automatic matching, and reviewing what is left.

The list comes from ``app.services.bank_view.load_bank_data`` in a worker (the lines, who each went to, and a
``MatchContext`` for the candidates of the selected line); filters (status, text, booking dates)
run on the loaded list. Import statement… and Auto-match run in workers with a progress bar and
Cancel; a message says what they did. The actions on the selected line each write through
``app.services.reconcile`` in one ``db.session()`` and then call ``ctx.notify_changed()``:
Accept (the selected candidate, Enter), Choose another… (customer, invoices, split amounts, what
to do with a difference), Leave as customer credit…, Ignore… (with a reason), Undo… (Ctrl+Z).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QProgressBar, QPushButton,
                               QSplitter, QStackedWidget, QStyle, QTableView, QToolBar, QVBoxLayout,
                               QWidget)

from ...errors import UserError
from ...money import format_minor
from ...services.progress import Cancelled
from ...services.reconcile import RunSummary, apply_proposal, ignore_line, run_auto, undo_line
from ...services.statements.model import StatementError
from ...services.statements.store import StatementImportResult, import_statement
from ..context import AppContext
from ..errors import show_error, user_error_text
from ..file_ops import ui_settings
from ..tablemodels.bank import STATUS_COLOR, STATUS_ORDER, BankLineModel, line_columns, status_label
from ..tablemodels.base import select_row
from ..empty_page import empty_page
from ..workers import Job, LatestLoad, run_in_worker
from ...services.bank_view import BankData, BankRow, load_bank_data
from .bank_detail import BankLineDetail

SEARCH_DEBOUNCE_MS = 150
OPEN = ("unmatched", "suggested")
DONE = ("auto", "matched", "ignored")
_NO_DATE = QDate(2000, 1, 1)
TABLE_SUFFIXES = (".csv", ".txt", ".xls", ".xlsx")
STATEMENT_FILTER = "*.xml *.053 *.052 *.054 *.sta *.mt940 *.940 *.txt *.ofx *.qfx *.csv *.xls *.xlsx"


def _pydate(q: QDate):
    from datetime import date
    return date(q.year(), q.month(), q.day())


class BankTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: BankData | None = None
        self.loads = LatestLoad()
        self.loading = False
        self.loaded_once = False
        self._select_after_load: int | None = None
        self._op: Job | None = None          # the running import / auto-match
        self.last_import: StatementImportResult | None = None
        self.last_run: RunSummary | None = None
        self._import_path: Path | None = None

        self.toolbar = self._build_toolbar()
        filters = self._build_filters()

        self.model = BankLineModel(line_columns(), search_text=self._search_text, parent=self)
        self.view = QTableView()
        self.view.setObjectName("bank_lines")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.column_index("remittance"), QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)      # the newest statement first
        self.view.setSortingEnabled(True)
        self._set_column_widths()

        self.detail = BankLineDetail(ctx)
        self.detail.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("bank_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.totals = QLabel()
        self.totals.setObjectName("bank_totals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setObjectName("bank_busy")
        self.busy.setMaximumWidth(200)
        self.busy.setMaximumHeight(16)
        self.busy.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("bank_cancel")
        self.cancel_button.clicked.connect(self.cancel_operation)
        for w in (self.busy_label, self.busy, self.cancel_button):
            w.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.busy_label)
        bottom.addWidget(self.busy)
        bottom.addWidget(self.cancel_button)

        list_page = QWidget()
        lv = QVBoxLayout(list_page)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.splitter, 1)
        self.list_page = list_page
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.empty_page = self._build_empty_page()
        self.stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.date_from.dateChanged.connect(lambda _d: self._apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self._apply_filters())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.detail.accept_requested.connect(self.accept_selected)
        self.detail.candidate_changed.connect(self._update_actions)
        for target in (self.view, self.detail.cand_view):
            enter = QAction(target)
            enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
            enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            enter.triggered.connect(self.accept_selected)
            target.addAction(enter)
        ctx.data_changed.connect(self.reload)
        ctx.database_changed.connect(self._database_changed)

        self._restore_splitter()
        self._update_actions()
        self.reload()

    # ------------------------------------------------------- tab interface
    def reload(self) -> None:
        """Load the lines (and a fresh matcher) again in a worker; filters and selection stay."""
        if not self.ctx.has_db:
            self.loads.drop()
            self.loading = False
            self.data = None
            self.model.set_rows([])
            self.detail.set_data(None)
            self.detail.clear()
            self._update_totals()
            self._update_actions()
            return
        self.loading = True
        self._update_totals()
        self.loads.start(load_bank_data, self.ctx.db.engine, on_done=self._loaded, on_error=self._load_failed)

    def focus_search(self) -> None:
        if self.stack.currentWidget() is self.empty_page:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_item_label(self) -> str:
        return self.tr("&Import statement…")

    def new_item(self) -> None:
        self.import_statement()

    # ---------------------------------------------------------- queries
    def current_row(self) -> BankRow | None:
        idx = self.view.currentIndex()
        if not idx.isValid() or not self.view.selectionModel().isRowSelected(idx.row()):
            return None
        return self.model.row_at(idx)

    def select_line(self, line_id: int) -> bool:
        return select_row(self.view, self.model.row_of_line(line_id))

    def shown_lines(self) -> list[BankRow]:
        return self.model.rows()

    def is_busy(self) -> bool:
        return self._op is not None

    # ---------------------------------------------------------- import / auto
    def import_statement(self) -> None:
        if not self.ctx.has_db or self._op is not None:
            return
        start = ui_settings().value("bank/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import bank statement"), str(start),
            self.tr("Bank statements ({patterns});;All files (*)").format(patterns=STATEMENT_FILTER))
        if path:
            ui_settings().setValue("bank/last_dir", str(Path(path).parent))
            self.start_import(path)

    def start_import(self, path: str | Path, mapping=None) -> None:
        """Import ``path`` in a worker (camt / MT940 / OFX / Chinese bank CSV·XLS·XLSX, detected;
        any other table with ``mapping``, a StatementMapping from the column dialog)."""
        if not self.ctx.has_db or self._op is not None:
            return
        self._import_path = Path(path)
        self._begin_op(self.tr("Importing {file}…").format(file=Path(path).name), cancellable=False)
        self._op = run_in_worker(import_statement, self.ctx.db, Path(path), mapping=mapping,
                                 label=self.tr("Importing {file}").format(file=Path(path).name),
                                 on_done=self._import_done, on_error=self._import_failed)
        self._update_actions()

    def _import_done(self, r: StatementImportResult) -> None:
        self._end_op()
        self.last_import = r
        self.ctx.notify_changed()
        if r.file_already_imported:
            text = self.tr("{file} was imported before: nothing imported, {skipped} lines skipped as "
                           "duplicates.").format(file=r.file_name, skipped=r.lines_skipped_duplicates)
        else:
            text = self.tr("{file}: {imported} lines imported, {skipped} skipped as duplicates.").format(
                file=r.file_name, imported=r.lines_imported, skipped=r.lines_skipped_duplicates)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import statement"), text, parent=self)
        match = None
        if r.lines_imported:
            box.setInformativeText(self.tr("Match the new lines to open invoices now?"))
            match = box.addButton(self.tr("&Auto-match now"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.setDefaultButton(match)
        box.exec()
        if match is not None and box.clickedButton() is match:
            self.auto_match()

    def _import_failed(self, exc: BaseException, tb: str) -> None:
        path = self._import_path
        if (isinstance(exc, StatementError) and path is not None
                and path.suffix.lower() in TABLE_SUFFIXES and self.offer_mapping(exc)):
            self._end_op()
            self.map_columns(path)
            return
        self._op_failed(exc, tb)

    def offer_mapping(self, exc: UserError) -> bool:
        """Ask whether to map the columns of a table ARDesk could not read by itself."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import statement"), user_error_text(exc), parent=self)
        box.setInformativeText(self.tr("You can tell ARDesk which column holds what, and save that "
                                       "layout for this bank."))
        mapit = box.addButton(self.tr("&Map columns…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mapit)
        box.exec()
        return box.clickedButton() is mapit

    def map_columns(self, path: Path) -> None:
        from ..dialogs.statement_mapping_dialog import StatementMappingDialog

        dlg = StatementMappingDialog(self.ctx, path, self)
        if dlg.exec() and dlg.result_mapping is not None:
            self.start_import(path, mapping=dlg.result_mapping)

    def auto_match(self) -> None:
        """Match every unmatched or suggested line in a worker; apply the sure ones."""
        if not self.ctx.has_db or self._op is not None:
            return
        self._begin_op(self.tr("Matching…"), cancellable=True)
        self._op = run_in_worker(run_auto, self.ctx.db, progress=True, label=self.tr("Auto-matching statement lines"),
                                 on_done=self._auto_done,
                                 on_error=self._op_failed, on_progress=self._op_progress)
        self._update_actions()

    def _auto_done(self, summary: RunSummary) -> None:
        self._end_op()
        self.last_run = summary
        self.ctx.notify_changed()
        text = self.tr("{lines} lines looked at: {auto} matched automatically, {suggested} with "
                       "suggestions to review, {unmatched} remain unmatched.").format(
            lines=summary.lines, auto=summary.auto, suggested=summary.suggested, unmatched=summary.unmatched)
        if summary.debits:
            text += "\n" + self.tr("Of those unmatched, {debits} are outgoing payments.").format(
                debits=summary.debits)
        QMessageBox.information(self, self.tr("Auto-match"), text)

    def cancel_operation(self) -> None:
        if self._op is not None:
            self._op.cancel()
            self.busy_label.setText(self.tr("Cancelling…"))

    def _begin_op(self, what: str, cancellable: bool) -> None:
        self.busy_label.setText(what)
        self.busy.setRange(0, 0)
        for w in (self.busy_label, self.busy):
            w.show()
        self.cancel_button.setVisible(cancellable)

    def _op_progress(self, done: int, total: int, _what: str) -> None:
        if total > 0:
            self.busy.setRange(0, total)
            self.busy.setValue(min(done, total))

    def _end_op(self) -> None:
        self._op = None
        for w in (self.busy_label, self.busy, self.cancel_button):
            w.hide()
        self._update_actions()

    def _op_failed(self, exc: BaseException, tb: str) -> None:
        self._end_op()
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, self.tr("Auto-match"), self.tr("Cancelled; nothing was changed."))
            return
        show_error(self, exc, tb)

    # ---------------------------------------------------------- line actions
    def accept_selected(self) -> bool:
        """Apply the selected candidate to the selected line (confirmed by hand)."""
        row = self.current_row()
        p = self.detail.selected_proposal()
        if row is None or p is None or not self.accept_action.isEnabled():
            return False
        return self._write(lambda s: apply_proposal(s, row.line.id, p, kind="manual"), self._next_open(row))

    def choose_another(self, credit_only: bool = False) -> bool:
        row = self.current_row()
        if row is None or not self.ctx.has_db or row.line.status not in OPEN or row.line.amount_minor <= 0:
            return False
        from ..dialogs.bank_choose import ChooseMatchDialog

        p = self.detail.selected_proposal()
        try:
            dlg = ChooseMatchDialog(self.ctx, row.line, self, proposal=p, credit_only=credit_only)
        except UserError as exc:
            show_error(self, exc)
            return False
        if not dlg.exec():
            return False
        self._select_after_load = self._next_open(row)
        self.ctx.notify_changed()
        return True

    def leave_as_credit(self) -> bool:
        return self.choose_another(credit_only=True)

    def ignore_selected(self) -> bool:
        row = self.current_row()
        if row is None or row.line.status not in OPEN:
            return False
        from ..dialogs.bank_reason import ReasonDialog, ignore_presets

        dlg = ReasonDialog(self.tr("Ignore line {ref}").format(ref=row.line.bank_ref),
                           self.tr("The line is marked as not a customer payment and leaves the review "
                                   "list. Nothing is booked; you can undo it later."),
                           self.tr("&Ignore"), ignore_presets(), self)
        if not dlg.exec():
            return False
        reason = dlg.reason()
        return self._write(lambda s: ignore_line(s, row.line.id, reason), self._next_open(row))

    def undo_selected(self) -> bool:
        row = self.current_row()
        if row is None or row.line.status not in DONE:
            return False
        from ..dialogs.bank_reason import ReasonDialog

        if row.line.status == "ignored":
            explain = self.tr("The line goes back to the review list as unmatched.")
        else:
            explain = self.tr("The payment, its allocations, any booked difference and the aliases this "
                              "match taught are removed; the invoices are open again as before. The line "
                              "goes back to the review list as unmatched.")
        dlg = ReasonDialog(self.tr("Undo line {ref}").format(ref=row.line.bank_ref), explain,
                           self.tr("&Undo"), [], self, required=False)
        if not dlg.exec():
            return False
        reason = dlg.reason()
        return self._write(lambda s: undo_line(s, row.line.id, reason), row.line.id)

    def _write(self, fn, select_after: int | None) -> bool:
        try:
            with self.ctx.db.session() as s:
                fn(s)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._select_after_load = select_after
        self.ctx.notify_changed()
        return True

    def _next_open(self, row: BankRow) -> int:
        """The next shown line still to review after ``row`` (else ``row`` itself)."""
        rows = self.model.rows()
        start = next((i for i, r in enumerate(rows) if r.line.id == row.line.id), -1)
        for r in rows[start + 1:] + rows[:max(start, 0)]:
            if r.line.status in OPEN and r.line.id != row.line.id:
                return r.line.id
        return row.line.id

    # ----------------------------------------------------------- loading
    def _loaded(self, data: BankData) -> None:
        keep = self._select_after_load
        if keep is None:
            cur = self.current_row()
            keep = cur.line.id if cur is not None else None
        self._select_after_load = None
        self.loading = False
        self.data = data
        self.detail.set_data(data)
        self.model.set_rows(data.rows)
        first = not self.loaded_once
        self.loaded_once = True
        self.stack.setCurrentWidget(self.empty_page if not data.rows else self.list_page)
        if first and data.rows:
            self._fit_columns()
        if keep is None or not self.select_line(keep):
            if self.model.rowCount():
                select_row(self.view, self._first_to_review())
            else:
                self.detail.clear()
        self._current_changed()
        self._update_totals()

    def _first_to_review(self) -> int:
        """Row of the first suggestion, else the first unmatched incoming line, else 0."""
        for want in (lambda ln: ln.status == "suggested",
                     lambda ln: ln.status == "unmatched" and ln.amount_minor > 0):
            row = self.model.find_row(lambda r: want(r.line))
            if row >= 0:
                return row
        return 0

    def _load_failed(self, exc: BaseException, tb: str) -> None:
        self.loading = False
        self._update_totals()
        show_error(self, exc, tb)

    def _database_changed(self) -> None:
        self.search.clear()
        self.model.set_search("")
        self.detail.clear()
        self.loaded_once = False
        self.reload()

    # ----------------------------------------------------------- filters
    def _search_text(self, r: BankRow) -> str:
        ln = r.line
        return " ".join((ln.counterparty_name, ln.counterparty_account, ln.remittance, ln.bank_ref, r.customer))

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        cur = self.current_row()
        want = self.status_filter.currentData()
        lo = None if self.date_from.date() == _NO_DATE else _pydate(self.date_from.date())
        hi = None if self.date_to.date() == _NO_DATE else _pydate(self.date_to.date())
        statuses = OPEN if want == "review" else ((want,) if want else None)

        def keep(r: BankRow) -> bool:
            d = r.line.booking_date
            return ((statuses is None or r.line.status in statuses)
                    and (lo is None or d >= lo) and (hi is None or d <= hi))

        self.model.set_predicate(None if statuses is None and lo is None and hi is None else keep)
        self.model.set_search(self.search.text())
        if cur is None or not self.select_line(cur.line.id):
            if self.model.rowCount():
                select_row(self.view, 0)
        self._current_changed()
        self._update_totals()

    def set_status_filter(self, key: str) -> None:
        """'' all, 'review' unmatched + suggested, or one status."""
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(key)))

    # ----------------------------------------------------------- helpers
    def _current_changed(self) -> None:
        row = self.current_row()
        if row is None:
            self.detail.clear()
        else:
            self.detail.show_row(row)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        has_db = self.ctx.has_db
        busy = self._op is not None
        status = row.line.status if row is not None else ""
        credit = row is not None and row.line.amount_minor > 0
        self.import_action.setEnabled(has_db and not busy)
        self.auto_action.setEnabled(has_db and not busy)
        can_edit = has_db and not busy and status in OPEN
        self.accept_action.setEnabled(can_edit and credit and self.detail.selected_proposal() is not None)
        self.choose_action.setEnabled(can_edit and credit)
        self.credit_action.setEnabled(can_edit and credit)
        self.ignore_action.setEnabled(can_edit)
        self.undo_action.setEnabled(has_db and not busy and status in DONE)

    def _update_totals(self) -> None:
        if self.loading and not self.loaded_once:
            self.totals.setText(self.tr("Loading…"))
            return
        rows = self.model.rows()
        total = len(self.model.all_rows())
        per: dict[str, dict[tuple[str, bool], int]] = defaultdict(lambda: defaultdict(int))
        counts: dict[str, int] = defaultdict(int)
        for r in rows:
            counts[r.line.status] += 1
            per[r.line.status][(r.line.currency, r.line.amount_minor < 0)] += r.line.amount_minor
        parts = [self.tr("{shown} of {total} lines").format(shown=len(rows), total=total)]
        for st in STATUS_ORDER:
            if not counts.get(st):
                continue
            # money in and money out apart: a net figure would hide both
            amounts = ", ".join(("+" if v > 0 else "") + f"{format_minor(v, cur)} {cur}"
                                for (cur, _out), v in sorted(per[st].items()) if v)
            color = STATUS_COLOR[st].name()
            parts.append(f"<span style='color:{color}'>●</span> {status_label(st)} <b>{counts[st]}</b>"
                         f" ({amounts})")
        self.totals.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("bank_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.8)
        sp = QStyle.StandardPixmap
        style = self.style()

        def add(text: str, icon, slot, name: str, tip: str = "") -> QAction:
            a = QAction(style.standardIcon(icon), text, self)
            a.setObjectName(name)
            a.triggered.connect(lambda _c=False: slot())
            if tip:
                a.setToolTip(tip)
            bar.addAction(a)
            return a

        self.import_action = add(self.tr("Import statement…"), sp.SP_DialogOpenButton, self.import_statement,
                                 "import_statement",
                                 self.tr("Import a camt.053, MT940, OFX or a Chinese bank's CSV/XLS/XLSX export"))
        self.auto_action = add(self.tr("Auto-match"), sp.SP_BrowserReload, self.auto_match, "auto_match",
                               self.tr("Match every open line; apply only the sure ones"))
        bar.addSeparator()
        self.accept_action = add(self.tr("Accept"), sp.SP_DialogApplyButton, self.accept_selected,
                                 "accept_candidate", self.tr("Apply the selected candidate (Enter)"))
        self.choose_action = add(self.tr("Choose another…"), sp.SP_FileDialogDetailedView, self.choose_another,
                                 "choose_another",
                                 self.tr("Pick the customer and invoices yourself; split across invoices"))
        self.credit_action = add(self.tr("Leave as credit…"), sp.SP_ArrowDown, self.leave_as_credit,
                                 "leave_as_credit", self.tr("Book the whole amount as the customer's credit"))
        self.ignore_action = add(self.tr("Ignore…"), sp.SP_DialogCancelButton, self.ignore_selected,
                                 "ignore_line", self.tr("Not a customer payment (interest, own transfer, …)"))
        bar.addSeparator()
        self.undo_action = add(self.tr("Undo…"), sp.SP_ArrowBack, self.undo_selected, "undo_line",
                               self.tr("Undo this line's match or ignore (Ctrl+Z)"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.undo_action)         # Ctrl+Z anywhere in the tab, not just the toolbar
        return bar

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("bank_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search payer, remittance, reference…  (Ctrl+F)"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 44))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("bank_status_filter")
        self.status_filter.addItem(self.tr("All lines"), "")
        self.status_filter.addItem(self.tr("To review (unmatched and suggested)"), "review")
        for st in STATUS_ORDER:
            self.status_filter.addItem(status_label(st), st)
        self.date_from = self._date_edit("bank_date_from")
        self.date_to = self._date_edit("bank_date_to")
        row = QHBoxLayout()
        row.addWidget(self.search, 2)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.status_filter)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Booked from:")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to:")))
        row.addWidget(self.date_to)
        row.addStretch(1)
        return row

    def _date_edit(self, name: str) -> QDateEdit:
        w = QDateEdit()
        w.setObjectName(name)
        w.setCalendarPopup(True)
        w.setDisplayFormat("yyyy-MM-dd")
        w.setMinimumDate(_NO_DATE)
        w.setSpecialValueText(self.tr("any"))
        w.setDate(_NO_DATE)
        w.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 40)
        return w

    def _set_column_widths(self) -> None:
        fm = self.view.fontMetrics()
        widths = {"date": 10, "amount": 14, "currency": 4, "status": 12, "customer": 24, "score": 5,
                  "payer": 24, "reference": 16}
        for key, chars in widths.items():
            col = self.model.column_index(key)
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            self.view.setColumnWidth(col, max(fm.horizontalAdvance("0" * chars) + 12,
                                              fm.horizontalAdvance(title) + 28))

    def _fit_columns(self) -> None:
        """Widen the status column to its translated words (+ the dot), cheaply."""
        fm = self.view.fontMetrics()
        col = self.model.column_index("status")
        need = max(fm.horizontalAdvance(status_label(s)) for s in STATUS_ORDER) + 44
        if self.view.columnWidth(col) < need:
            self.view.setColumnWidth(col, need)

    def _restore_splitter(self) -> None:
        state = ui_settings().value("bank/splitter_v")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([440, 300])

    def save_state(self) -> None:
        ui_settings().setValue("bank/splitter_v", self.splitter.saveState())

    def _build_empty_page(self) -> QWidget:
        page, (self.empty_import,) = empty_page(
            "bank_empty", self.tr("No bank statements yet"),
            self.tr("Import a statement from your bank (camt.053, MT940, OFX, or a CSV/Excel "
                    "export); ARDesk matches the receipts to open invoices."),
            [(self.tr("Import statement…"), self.import_statement)])
        return page
