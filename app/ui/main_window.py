"""The main window: menus, toolbar, status bar and the tabs; the work itself lives elsewhere.

Actions are defined in ``actions.py``, file commands in ``file_ops.py``, the tabs are listed in
``tabs.TABS``. This module only wires them together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QLabel, QMainWindow, QMenu, QMessageBox, QSizePolicy, QTabWidget,
                               QToolBar, QWidget)

from .. import APP_NAME
from ..config import Settings, log_dir
from ..services.queries import Counts, counts
from .actions import Actions, app_icon, open_import_dialog, open_import_history, set_action_text
from .context import AppContext
from .errors import show_error
from .file_ops import FileOps, ui_settings, wait_for_workers
from .tabs import TABS, TabSpec
from .workers import busy_jobs, run_in_worker


class _PathLabel(QLabel):
    """A status-bar label that elides a long path in the middle instead of widening the window."""

    def __init__(self) -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)

    def set_path_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                                   max(40, self.width() - 4)))


def _load_counts(engine, as_of) -> Counts:
    with engine.connect() as conn:
        return counts(conn, as_of)


def _load_credit_alerts(engine, as_of) -> int:
    from ..services.credit import credit_alerts

    with engine.connect() as conn:
        return len(credit_alerts(conn, as_of))


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, settings: Settings, *, demo: bool = False,
                 fixed_as_of: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.demo = demo
        self.fixed_as_of = fixed_as_of
        self.counts: Counts | None = None
        self._counts_gen = 0
        self._closing_when_idle = False
        self._close_timer = QTimer(self)
        self._close_timer.setInterval(200)
        self._close_timer.timeout.connect(self._close_if_idle)
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)

        self.acts = Actions(self)
        self.file_ops = FileOps(self, ctx, settings)
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("main_tabs")
        self.tab_widget.setDocumentMode(True)
        self.setCentralWidget(self.tab_widget)
        self.tabs: list[tuple[TabSpec, QWidget]] = []
        self.tab_actions: list[QAction] = []

        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._connect()
        self._build_tabs()
        self.retranslate()
        self._restore_geometry()
        self.refresh_status()

    # ------------------------------------------------------------- building
    def _build_menus(self) -> None:
        a = self.acts
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.file_menu.addActions([a.new_db, a.open_db])
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.import_customers, a.import_invoices, a.import_payments])
        self.file_menu.addAction(a.import_history)
        self.file_menu.addSeparator()
        self.file_menu.addActions([a.backup, a.restore])
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.quit)

        self.edit_menu = mb.addMenu("")
        self.edit_menu.addActions([a.new_item, a.find])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(a.settings)
        self.edit_menu.addAction(a.exchange_rates)
        self.edit_menu.addAction(a.letter_templates)

        self.view_menu = mb.addMenu("")
        self.view_tabs_separator = self.view_menu.addSeparator()
        self.view_menu.addAction(a.refresh)

        self.tools_menu = mb.addMenu("")
        self.tools_menu.addActions([a.verify_db, a.open_data_folder])

        self.help_menu = mb.addMenu("")
        self.help_menu.addActions([a.open_logs])
        self.help_menu.addSeparator()
        self.help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.acts
        tb = QToolBar(self)
        tb.setObjectName("main_toolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        tb.addActions([a.new_item, a.import_customers, a.import_invoices])
        tb.addSeparator()
        tb.addActions([a.refresh, a.backup])
        self.addToolBar(tb)
        self.toolbar = tb

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.db_label = _PathLabel()
        self.db_label.setObjectName("status_db")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("status_counts")
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("status_as_of")
        self.credit_alerts: int | None = None
        self.alerts_label = QLabel()            # "⚠ 12 credit alerts": opens the Credit tab on them
        self.alerts_label.setObjectName("status_credit_alerts")
        self.alerts_label.setTextFormat(Qt.TextFormat.RichText)
        self.alerts_label.linkActivated.connect(lambda _l: self.show_credit_alerts())
        self.alerts_label.hide()
        sb.addWidget(self.db_label, 1)
        sb.addPermanentWidget(self.alerts_label)
        sb.addPermanentWidget(self.counts_label)
        sb.addPermanentWidget(self.as_of_label)

    def _connect(self) -> None:
        a, f = self.acts, self.file_ops
        a.new_db.triggered.connect(f.new_database)
        a.open_db.triggered.connect(f.open_database)
        a.import_customers.triggered.connect(lambda: self.open_import("customers"))
        a.import_invoices.triggered.connect(lambda: self.open_import("invoices"))
        a.import_payments.triggered.connect(lambda: self.open_import("payments"))
        a.exchange_rates.triggered.connect(self.open_exchange_rates)
        a.letter_templates.triggered.connect(self.open_letter_templates)
        a.import_history.triggered.connect(lambda: open_import_history(self.ctx, self))
        a.backup.triggered.connect(f.backup)
        a.restore.triggered.connect(f.restore)
        a.quit.triggered.connect(self.close)
        a.new_item.triggered.connect(self.new_item)
        a.find.triggered.connect(self.focus_search)
        a.settings.triggered.connect(self.open_settings)
        a.refresh.triggered.connect(self.refresh_all)
        a.verify_db.triggered.connect(f.verify)
        a.open_data_folder.triggered.connect(f.open_data_folder)
        a.open_logs.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir()))))
        a.about.triggered.connect(self.show_about)
        self.tab_widget.currentChanged.connect(lambda _i: self._update_tab_actions())
        self.ctx.data_changed.connect(self.refresh_status)
        self.ctx.database_changed.connect(self.refresh_status)

    def _build_tabs(self) -> None:
        """Create every registered tab (again, e.g. after the language changed)."""
        current = self.current_tab_key()
        if self.tabs:
            wait_for_workers()                       # deliver pending loads to the old tabs first
            QCoreApplication.processEvents()
        for _spec, w in self.tabs:
            w.setParent(None)
            w.deleteLater()
        self.tab_widget.clear()
        self.tabs = []
        for act in self.tab_actions:
            self.view_menu.removeAction(act)
        self.tab_actions = []
        for spec in TABS:
            widget = spec.factory(self.ctx, self.tab_widget)
            if widget is None:
                continue
            self.tab_widget.addTab(widget, spec.title())
            self.tabs.append((spec, widget))
        for i, (spec, _w) in enumerate(self.tabs):
            act = QAction(spec.title(), self)
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _c=False, k=spec.key: self.show_tab(k))
            self.view_menu.insertAction(self.view_tabs_separator, act)
            self.tab_actions.append(act)
        if current:
            self.show_tab(current)
        self._update_tab_actions()

    def retranslate(self) -> None:
        self.acts.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for i, (spec, _w) in enumerate(self.tabs):
            self.tab_widget.setTabText(i, spec.title())
            self.tab_actions[i].setText(spec.title())
        self._update_tab_actions()
        self._update_title()
        self._render_status()

    # ---------------------------------------------------------------- tabs
    def current_tab(self) -> QWidget | None:
        return self.tab_widget.currentWidget()

    def current_tab_key(self) -> str:
        w = self.current_tab()
        return next((spec.key for spec, tw in self.tabs if tw is w), "")

    def tab(self, key: str) -> QWidget | None:
        return next((w for spec, w in self.tabs if spec.key == key), None)

    def show_tab(self, key: str) -> None:
        w = self.tab(key)
        if w is not None:
            self.tab_widget.setCurrentWidget(w)

    def _update_tab_actions(self) -> None:
        tab = self.current_tab()
        has_db = self.ctx.has_db
        can_new = has_db and callable(getattr(tab, "new_item", None))
        self.acts.new_item.setEnabled(can_new)
        label = getattr(tab, "new_item_label", None)
        set_action_text(self.acts.new_item, label() if callable(label) else self.tr("&New…"))
        self.acts.find.setEnabled(callable(getattr(tab, "focus_search", None)))
        for act in (self.acts.import_customers, self.acts.import_invoices, self.acts.import_payments,
                    self.acts.exchange_rates, self.acts.import_history,
                    self.acts.backup, self.acts.restore, self.acts.verify_db, self.acts.refresh):
            act.setEnabled(has_db)

    def new_item(self) -> None:
        fn = getattr(self.current_tab(), "new_item", None)
        if callable(fn):
            fn()

    def focus_search(self) -> None:
        fn = getattr(self.current_tab(), "focus_search", None)
        if callable(fn):
            fn()

    def refresh_all(self) -> None:
        for _spec, w in self.tabs:
            w.reload()
        self.refresh_status()

    def open_import(self, kind: str) -> None:
        if not self.ctx.has_db:
            return
        if not open_import_dialog(self.ctx, kind, self):
            QMessageBox.information(self, self.tr("Import"),
                                    self.tr("Importing is not available in this build."))

    # --------------------------------------------------------------- status
    def refresh_status(self) -> None:
        self._update_title()
        self._update_tab_actions()
        self._counts_gen += 1
        gen = self._counts_gen
        if not self.ctx.has_db:
            self.counts = None
            self._render_status()
            return
        self._render_status()
        run_in_worker(_load_counts, self.ctx.db.engine, self.ctx.as_of(),
                      on_done=lambda c: self._counts_loaded(gen, c),
                      on_error=lambda exc, tb: self._counts_failed(gen, exc, tb))
        run_in_worker(_load_credit_alerts, self.ctx.db.engine, self.ctx.as_of(),
                      on_done=lambda n: self._credit_alerts_loaded(gen, n),
                      on_error=lambda exc, tb: self._credit_alerts_failed(gen, exc, tb))

    def _credit_alerts_loaded(self, gen: int, n: int) -> None:
        if gen == self._counts_gen:
            self.credit_alerts = n
            self._render_status()

    def _credit_alerts_failed(self, gen: int, exc: BaseException, tb: str) -> None:
        from ..errors import UserError

        if gen == self._counts_gen:
            self.credit_alerts = None          # e.g. unreadable credit settings: no badge
            self._render_status()
            if not isinstance(exc, UserError):
                show_error(self, exc, tb)

    def show_credit_alerts(self) -> None:
        """The badge: the Credit tab, filtered to the customers with alerts."""
        self.show_tab("credit")
        tab = self.tab("credit")
        if tab is not None and callable(getattr(tab, "show_alerts", None)):
            tab.show_alerts()

    def _counts_loaded(self, gen: int, c: Counts) -> None:
        if gen == self._counts_gen:
            self.counts = c
            self._render_status()

    def _counts_failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if gen == self._counts_gen:
            show_error(self, exc, tb)

    def _render_status(self) -> None:
        if self.ctx.has_db:
            self.db_label.set_path_text(str(self.ctx.db.path))
        else:
            self.db_label.set_path_text(self.tr("No database open"))
            self.credit_alerts = None
        n = self.credit_alerts
        self.alerts_label.setVisible(bool(n))
        if n:
            self.alerts_label.setText('<a href="credit-alerts" style="color:#b00020; text-decoration:none;">'
                                      + self.tr("⚠ {n} credit alerts").format(n=n) + "</a>")
            self.alerts_label.setToolTip(self.tr("Show the customers with credit alerts"))
        c = self.counts
        if c is None:
            self.counts_label.setText("")
        else:
            self.counts_label.setText(
                self.tr("{customers} customers · {invoices} invoices · {open} open · "
                        "{overdue} overdue").format(customers=c.customers, invoices=c.invoices,
                                                    open=c.open_invoices, overdue=c.overdue_invoices))
        as_of = self.ctx.as_of().isoformat()
        if self.fixed_as_of:
            self.as_of_label.setText("<b>" + self.tr("As of {date} (fixed)").format(date=as_of) + "</b>")
        else:
            self.as_of_label.setText(self.tr("As of {date}").format(date=as_of))

    def _update_title(self) -> None:
        name = Path(self.ctx.db.path).name if self.ctx.has_db else ""
        parts = [APP_NAME]
        if name:
            parts.insert(0, name)
        if self.demo:
            parts.insert(0, self.tr("Demo company"))
        self.setWindowTitle(" — ".join(parts))

    # ------------------------------------------------------------ dialogs
    def _fill_recent_menu(self) -> None:
        m = self.recent_menu
        m.clear()
        current = str(self.ctx.db.path) if self.ctx.has_db else ""
        recent = [p for p in self.settings.recent if p != current]
        for i, p in enumerate(recent):
            act = m.addAction(f"&{i + 1}  {p}" if i < 9 else p)
            act.setEnabled(Path(p).exists())
            act.triggered.connect(lambda _c=False, path=p: self.file_ops.open_path(Path(path)))
        if not recent:
            m.addAction(self.tr("(none)")).setEnabled(False)
        else:
            m.addSeparator()
            m.addAction(self.tr("Clear list"), self._clear_recent)

    def _clear_recent(self) -> None:
        current = str(self.ctx.db.path) if self.ctx.has_db else ""
        self.settings.recent = [current] if current else []
        self.settings.save()

    def open_settings(self, start_tab: str = "general") -> None:
        from .app import apply_language
        from .dialogs.settings_dialog import SettingsDialog

        dlg = SettingsDialog(self.ctx, self.settings, self, start_tab=start_tab)
        if dlg.exec() and dlg.language_changed:
            apply_language(self.settings.language)
            self.retranslate()
            self._build_tabs()

    def open_exchange_rates(self) -> None:
        if self.ctx.has_db:
            from .dialogs.rates_dialog import ExchangeRatesDialog
            ExchangeRatesDialog(self.ctx, self).exec()

    def open_letter_templates(self) -> None:
        from .dialogs.letter_templates import LetterTemplatesDialog
        LetterTemplatesDialog(self.ctx, self).exec()

    def show_about(self) -> None:
        from .dialogs.about import AboutDialog

        AboutDialog(self.ctx.db.path if self.ctx.has_db else None, self).exec()

    # ------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        s = ui_settings()
        geo = s.value("main/geometry")
        if geo is not None:
            self.restoreGeometry(geo)
        state = s.value("main/state")
        if state is not None:
            self.restoreState(state)

    def save_geometry(self) -> None:
        s = ui_settings()
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        for _spec, w in self.tabs:
            save = getattr(w, "save_state", None)
            if callable(save):
                save()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        busy = busy_jobs()
        if busy and not self._closing_when_idle:
            choice = self.ask_close_while_busy([j.label for j in busy])
            if choice == "keep":
                event.ignore()
                return
            if choice == "cancel":
                for job in busy:
                    job.cancel()             # the job's transaction rolls back
            self._closing_when_idle = True
            self.statusBar().showMessage(self.tr("Closing when the running work has finished…"))
            self._close_timer.start()
            event.ignore()
            return
        if busy:                             # still waiting for it
            event.ignore()
            return
        self.save_geometry()
        wait_for_workers()
        super().closeEvent(event)

    def ask_close_while_busy(self, labels: list[str]) -> str:
        """'wait' (finish, then close), 'cancel' (roll it back, then close) or 'keep' (stay open)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Work in progress"),
                          self.tr("This is still running:") + "\n" + "\n".join(f"• {t}" for t in labels),
                          parent=self)
        box.setInformativeText(self.tr("Close ARDesk when it has finished, or cancel it (nothing of it "
                                       "is kept) and close?"))
        wait = box.addButton(self.tr("Finish, then close"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel it and close"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep working"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "wait" if clicked is wait else "cancel" if clicked is cancel else "keep"

    def _close_if_idle(self) -> None:
        if not busy_jobs():
            self._close_timer.stop()
            self.close()
