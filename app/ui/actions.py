"""The main window's actions (texts, shortcuts, icons) in one place, plus small shared helpers.

``Actions`` only creates QActions; ``MainWindow`` connects them. ``retranslate()`` re-reads every
text after the language changed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from ..config import RESOURCES
from .context import AppContext

ICON_PATH = RESOURCES / "icons" / "ardesk.svg"


def app_icon() -> QIcon:
    return QIcon(str(ICON_PATH))


def std_icon(which: QStyle.StandardPixmap) -> QIcon:
    return QApplication.style().standardIcon(which)


def plain_text(text: str) -> str:
    """A menu text without its mnemonic ('导入客户(&C)…' → '导入客户'), for toolbar buttons."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "").rstrip("…").rstrip(".").strip()


def set_action_text(action: QAction, text: str, tip: str = "") -> None:
    action.setText(text)
    action.setIconText(plain_text(text))
    action.setToolTip(tip or plain_text(text))
    action.setStatusTip(tip)


def open_import_dialog(ctx: AppContext, kind: str, parent: QWidget | None) -> bool:
    """Open the import dialog for ``kind`` ('customers' | 'invoices' | 'payments'); False if not built."""
    try:
        from .dialogs.import_dialog import ImportDialog
    except ModuleNotFoundError as exc:
        if exc.name != "app.ui.dialogs.import_dialog":
            raise
        return False
    if ImportDialog(ctx, kind, parent).exec():
        ctx.notify_changed()          # harmless if the dialog already did: loads are generation-checked
    return True


def open_import_history(ctx: AppContext, parent: QWidget | None) -> None:
    """File → Import history…: past imports, and undoing one (the dialog notifies the tabs)."""
    from .dialogs.import_history_dialog import ImportHistoryDialog

    if ctx.has_db:
        ImportHistoryDialog(ctx, parent).exec()


SP = QStyle.StandardPixmap


class Actions(QObject):
    """Every window-level action. Attribute names are the keys used in menus and tests."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)

        def make(icon: SP | None = None, shortcut: QKeySequence | str | None = None) -> QAction:
            a = QAction(parent)
            if icon is not None:
                a.setIcon(std_icon(icon))
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            return a

        # File
        self.new_db = make(SP.SP_FileDialogNewFolder)
        self.open_db = make(SP.SP_DirOpenIcon, QKeySequence.StandardKey.Open)
        self.import_customers = make(SP.SP_DialogOpenButton)
        self.import_invoices = make(SP.SP_DialogOpenButton)
        self.import_payments = make(SP.SP_DialogOpenButton)
        self.import_history = make(SP.SP_FileDialogDetailedView)
        self.backup = make(SP.SP_DialogSaveButton)
        self.restore = make(SP.SP_BrowserReload)
        self.quit = make(None, QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        # Edit
        self.new_item = make(SP.SP_FileIcon, QKeySequence.StandardKey.New)
        self.find = make(SP.SP_FileDialogContentsView, QKeySequence.StandardKey.Find)
        self.settings = make(None, QKeySequence.StandardKey.Preferences)
        self.exchange_rates = make(None)
        self.letter_templates = make(None)
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcut(QKeySequence("Ctrl+,"))
        # View
        self.refresh = make(SP.SP_BrowserReload, QKeySequence.StandardKey.Refresh)
        if self.refresh.shortcut().isEmpty():
            self.refresh.setShortcut(QKeySequence("F5"))
        # Tools
        self.open_data_folder = make(SP.SP_DirOpenIcon)
        self.verify_db = make(SP.SP_DialogApplyButton)
        # Help
        self.about = make(None)
        self.open_logs = make(None)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            self.new_db: (
                self.tr("&New database…"), self.tr("Create an empty database for another company")),
            self.open_db: (
                self.tr("&Open database…"), self.tr("Open another ARDesk database file")),
            self.import_customers: (
                self.tr("Import &customers…"), self.tr("Import customers from CSV or Excel")),
            self.import_invoices: (
                self.tr("Import &invoices…"), self.tr("Import invoices from CSV or Excel")),
            self.import_payments: (
                self.tr("Import &payments…"), self.tr("Import payments received from CSV or Excel")),
            self.import_history: (
                self.tr("Import &history…"), self.tr("See past imports and undo one")),
            self.backup: (self.tr("&Backup…"), self.tr("Write a verified copy of the database")),
            self.restore: (
                self.tr("&Restore from backup…"), self.tr("Replace the database by a verified backup")),
            self.quit: (self.tr("&Quit"), ""),
            self.new_item: (self.tr("&New…"), ""),
            self.find: (self.tr("&Find"), self.tr("Search the current list")),
            self.settings: (self.tr("&Settings…"), self.tr("Language and company details")),
            self.exchange_rates: (
                self.tr("E&xchange rates…"), self.tr("Dated exchange rates for home-currency totals")),
            self.letter_templates: (
                self.tr("&Letter templates…"), self.tr("The wording of the dunning letters and e-mails")),
            self.refresh: (self.tr("&Refresh"), self.tr("Load the lists again from the database")),
            self.open_data_folder: (
                self.tr("Open &data folder"), self.tr("Show the folder of the open database")),
            self.verify_db: (
                self.tr("&Verify database"), self.tr("Run an integrity check on the open database")),
            self.about: (self.tr("&About ARDesk"), ""),
            self.open_logs: (
                self.tr("Open &log folder"), self.tr("Crash reports and logs are kept there")),
        }
        for action, (text, tip) in texts.items():
            set_action_text(action, text, tip)
