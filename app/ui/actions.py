"""The main window's actions (texts, shortcuts, icons) in one place, plus small shared helpers.

``Actions`` only creates QActions; ``MainWindow`` connects them. ``retranslate()`` re-reads every
text after the language changed.
"""

from __future__ import annotations

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


def open_import_dialog(ctx: AppContext, kind: str, parent: QWidget | None) -> bool:
    """Open the import dialog for ``kind`` ('customers' | 'invoices'); False if not built yet."""
    try:
        from .dialogs.import_dialog import ImportDialog
    except ModuleNotFoundError as exc:
        if exc.name != "app.ui.dialogs.import_dialog":
            raise
        return False
    ImportDialog(ctx, kind, parent).exec()
    return True


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
        self.open_db = make(SP.SP_DialogOpenButton, QKeySequence.StandardKey.Open)
        self.import_customers = make(SP.SP_ArrowDown)
        self.import_invoices = make(SP.SP_ArrowDown)
        self.backup = make(SP.SP_DialogSaveButton)
        self.restore = make(SP.SP_BrowserReload)
        self.quit = make(None, QKeySequence.StandardKey.Quit)
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        # Edit
        self.new_item = make(SP.SP_FileIcon, QKeySequence.StandardKey.New)
        self.find = make(SP.SP_FileDialogContentsView, QKeySequence.StandardKey.Find)
        self.settings = make(None, QKeySequence.StandardKey.Preferences)
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
        t = self.tr
        texts = {
            self.new_db: (t("&New database…"), t("Create an empty database for another company")),
            self.open_db: (t("&Open database…"), t("Open another ARDesk database file")),
            self.import_customers: (t("Import &customers…"), t("Import customers from CSV or Excel")),
            self.import_invoices: (t("Import &invoices…"), t("Import invoices from CSV or Excel")),
            self.backup: (t("&Backup…"), t("Write a verified copy of the database")),
            self.restore: (t("&Restore from backup…"), t("Replace the database by a verified backup")),
            self.quit: (t("&Quit"), ""),
            self.new_item: (t("&New…"), ""),
            self.find: (t("&Find"), t("Search the current list")),
            self.settings: (t("&Settings…"), t("Language and company details")),
            self.refresh: (t("&Refresh"), t("Load the lists again from the database")),
            self.open_data_folder: (t("Open &data folder"), t("Show the folder of the open database")),
            self.verify_db: (t("&Verify database"), t("Run an integrity check on the open database")),
            self.about: (t("&About ARDesk"), ""),
            self.open_logs: (t("Open &log folder"), t("Crash reports and logs are kept there")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip or text.replace("&", "").rstrip("…"))
            action.setStatusTip(tip)
