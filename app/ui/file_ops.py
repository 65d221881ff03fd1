"""File menu work: open / new / recent databases, backup, restore, verify.

``open_database_interactive`` is also what start-up uses: a database that cannot be opened
(missing, in use, from a newer ARDesk, damaged, read-only) is explained in a dialog offering
Open another… / New database… / Quit (or Cancel once a database is open) — never a traceback.
Slow file work (backup, restore, integrity check) runs in a worker behind a busy dialog.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import (QCoreApplication, QObject, QSettings, QStandardPaths, QThreadPool, QUrl,
                            Qt)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..config import Settings, config_dir, data_dir
from ..errors import DatabaseError, DatabaseInUse, DatabaseTooNew, UserError
from ..i18n import T
from ..storage.backup import BackupInfo, restore_database, verify_backup
from ..storage.db import Database
from ..storage.lock import DbLock
from .context import AppContext
from .errors import show_error, user_error_text
from .workers import Job, run_in_worker

log = logging.getLogger("ardesk")
translate = QCoreApplication.translate


def ui_settings() -> QSettings:
    """Window geometry, splitter sizes, last folders: an INI file next to settings.json."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def _db_filter() -> str:
    return translate("FileOps", "ARDesk database (*.db *.sqlite);;All files (*)")


def _size_text(n: int) -> str:
    if n >= 1 << 20:
        return translate("FileOps", "{n} MB").format(n=f"{n / (1 << 20):.1f}")
    return translate("FileOps", "{n} KB").format(n=max(1, n // 1024))


def documents_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
        or str(Path.home())


def wait_for_workers(msecs: int = 15000) -> None:
    """Let running loads finish before their database is closed."""
    QThreadPool.globalInstance().waitForDone(msecs)


# ----------------------------------------------------------------- opening

def ask_after_open_failure(parent: QWidget | None, exc: UserError, *, startup: bool,
                           missing: bool = False) -> str:
    """Explain why a database could not be opened; returns 'open', 'new', 'create' or 'quit'."""
    if isinstance(exc, DatabaseInUse):
        title = translate("FileOps", "Database in use")
    elif isinstance(exc, DatabaseTooNew):
        title = translate("FileOps", "Database from a newer ARDesk")
    else:
        title = translate("FileOps", "Cannot open the database")
    box = QMessageBox(QMessageBox.Icon.Warning, title, user_error_text(exc), parent=parent)
    box.setObjectName("open_failure")
    b_create = None
    if missing:
        b_create = box.addButton(translate("FileOps", "Create it"), QMessageBox.ButtonRole.AcceptRole)
    b_open = box.addButton(translate("FileOps", "Open another…"), QMessageBox.ButtonRole.ActionRole)
    b_new = box.addButton(translate("FileOps", "New database…"), QMessageBox.ButtonRole.ActionRole)
    b_quit = box.addButton(translate("FileOps", "Quit") if startup else translate("FileOps", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(b_create or b_open)
    box.setEscapeButton(b_quit)
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked == b_create:
        return "create"
    if clicked is not None and clicked == b_open:
        return "open"
    if clicked is not None and clicked == b_new:
        return "new"
    return "quit"


def choose_existing_db(parent: QWidget | None, start: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, translate("FileOps", "Open database"),
                                          start or str(data_dir()), _db_filter())
    return Path(name) if name else None


def choose_new_db(parent: QWidget | None, start: str = "") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("FileOps", "New database"), start or str(Path(documents_dir()) / "company.db"),
        _db_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
    if not name:
        return None
    p = Path(name)
    return p if p.suffix else p.with_suffix(".db")


def open_database_interactive(parent: QWidget | None, path: Path | None, *, startup: bool,
                              create_missing: bool = False) -> tuple[Database, bool] | None:
    """Open ``path``, asking the user what to do while it fails.

    Returns ``(database, created)`` — created is True for a new empty file (the caller then asks
    for the company's details) — or None when the user gave up (Quit / Cancel).
    """
    create = create_missing
    new = False
    while True:
        if path is None:
            return None
        existed = path.exists()
        try:
            db = Database.create_new(path) if new else Database.open(path, create=create)
            _warn_location(parent, db.path)
            return db, not existed
        except UserError as exc:
            missing = not existed and not new
            log.info("could not open %s: %s", path, exc)
            choice = ask_after_open_failure(parent, exc, startup=startup, missing=missing)
        create = new = False
        if choice == "quit":
            return None
        if choice == "create":
            create = True
        elif choice == "open":
            path = choose_existing_db(parent, str(path.parent))
        elif choice == "new":
            path = choose_new_db(parent, str(path.parent))
            new = True


def _warn_location(parent: QWidget | None, path: Path) -> None:
    """A database on a network drive or in a cloud-synced folder opens, with a warning."""
    from ..storage.location import location_warning
    from .errors import tr_message

    warning = location_warning(path)
    if warning is not None:
        log.warning("risky database location: %s", warning.message)
        QMessageBox.warning(parent, translate("FileOps", "Database location"), warning.translated(tr_message))


# ------------------------------------------------------------- busy worker

def run_busy(parent: QWidget | None, text: str, fn: Callable[..., Any], *args: Any,
             on_done: Callable[[Any], None], on_error: Callable[[BaseException, str], None] | None = None,
             **kwargs: Any) -> Job:
    """``run_in_worker`` behind a modal busy dialog (no Cancel: these steps are atomic)."""
    dlg = QProgressDialog(text, "", 0, 0, parent)
    dlg.setObjectName("busy")
    dlg.setCancelButton(None)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(300)
    dlg.setAutoClose(False)

    def finish(result: Any) -> None:
        dlg.close()
        dlg.deleteLater()
        on_done(result)

    def fail(exc: BaseException, tb: str) -> None:
        dlg.close()
        dlg.deleteLater()
        if on_error is not None:
            on_error(exc, tb)
        else:
            show_error(parent, exc, tb)

    return run_in_worker(fn, *args, on_done=finish, on_error=fail, **kwargs)


def _restore_and_reopen(backup: Path, db_path: Path) -> tuple[BackupInfo, Path | None, Database]:
    lock = DbLock.acquire(db_path)           # nobody may open it while the files are swapped
    try:
        info, saved = restore_database(backup, db_path)
    finally:
        lock.release()
    return info, saved, Database.open(db_path)


# ------------------------------------------------------------------ FileOps

class FileOps(QObject):
    """The File and Tools menu commands of one window."""

    def __init__(self, window: QWidget, ctx: AppContext, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.settings = settings
        self.last_backup: BackupInfo | None = None
        self.last_restore: tuple[BackupInfo, Path | None] | None = None

    # -------------------------------------------------------------- switch
    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        try:
            self.settings.save()
        except OSError as exc:
            log.warning("could not save settings: %s", exc)

    def switch_to(self, db: Database) -> None:
        """Make ``db`` the open database (closing the previous one)."""
        old = self.ctx.db if self.ctx.has_db else None
        if old is not None and old is not db:
            wait_for_workers()
            old.close()
        self._remember(db.path)
        self.ctx.set_db(db)

    def open_path(self, path: Path, *, create_missing: bool = False) -> bool:
        path = Path(path)
        if self.ctx.has_db and _same_file(self.ctx.db.path, path):
            return True
        result = open_database_interactive(self.window, path, startup=False,
                                           create_missing=create_missing)
        if result is None:
            return False
        db, created = result
        self.switch_to(db)
        if created:
            self.ask_company()
        return True

    def open_database(self) -> None:
        start = str(self.ctx.db.path.parent) if self.ctx.has_db else ""
        path = choose_existing_db(self.window, start)
        if path is not None:
            self.open_path(path)

    def new_database(self) -> None:
        start = str(self.ctx.db.path.parent / "company.db") if self.ctx.has_db else ""
        path = choose_new_db(self.window, start)
        if path is None:
            return
        try:
            db = Database.create_new(path)
        except UserError as exc:
            show_error(self.window, exc)
            return
        self.switch_to(db)
        self.ask_company()

    def ask_company(self) -> bool:
        from .dialogs.company_dialog import CompanyDialog

        if not self.ctx.has_db:
            return False
        return bool(CompanyDialog(self.ctx, self.window, first_run=True).exec())

    # -------------------------------------------------------------- backup
    def backup(self) -> None:
        if not self.ctx.has_db:
            return
        db = self.ctx.db
        default = Path(self.settings_dir("backup_dir") or documents_dir()) / \
            f"ardesk-{date.today():%Y%m%d}.db"
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"),
                                              str(default), _db_filter())
        if not name:
            return
        dest = Path(name)
        if not dest.suffix:
            dest = dest.with_suffix(".db")

        def done(info: BackupInfo) -> None:
            self.last_backup = info
            self.set_settings_dir("backup_dir", str(dest.parent))
            QMessageBox.information(
                self.window, self.tr("Backup written"),
                self.tr("The backup was written and verified:\n{path}\n\n"
                        "{customers} customers, {invoices} invoices, {size}.").format(
                    path=info.path, customers=info.customers, invoices=info.invoices,
                    size=_size_text(info.size_bytes)))

        run_busy(self.window, self.tr("Writing the backup…"), db.backup, dest, on_done=done)

    # ------------------------------------------------------------- restore
    def restore(self) -> None:
        if not self.ctx.has_db:
            return
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from backup"),
            self.settings_dir("backup_dir") or documents_dir(), _db_filter())
        if not name:
            return
        backup = Path(name)
        run_busy(self.window, self.tr("Checking the backup…"), verify_backup, backup,
                 on_done=lambda info: self._confirm_restore(backup, info))

    def _confirm_restore(self, backup: Path, info: BackupInfo) -> None:
        db_path = self.ctx.db.path
        if _same_file(backup, db_path):
            show_error(self.window, DatabaseError(
                T("A backup cannot overwrite the database itself ({path})."), path=str(db_path)))
            return
        answer = QMessageBox.question(
            self.window, self.tr("Restore from backup"),
            self.tr("The backup {backup} is sound and contains {customers} customers and "
                    "{invoices} invoices ({size}).\n\nReplace the open database {db} with it? "
                    "The current database is saved first, so this can be undone.").format(
                backup=backup, customers=info.customers, invoices=info.invoices,
                size=_size_text(info.size_bytes), db=db_path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        wait_for_workers()
        self.ctx.db.close()

        def done(result: tuple[BackupInfo, Path | None, Database]) -> None:
            info, saved, db = result
            self.last_restore = (info, saved)
            self.switch_to(db)
            text = self.tr("{db} was restored from {backup}: {customers} customers, "
                           "{invoices} invoices.").format(db=db.path, backup=backup,
                                                           customers=info.customers,
                                                           invoices=info.invoices)
            if saved is not None:
                text += "\n\n" + self.tr("The database it replaced was saved as:\n{saved}").format(
                    saved=saved)
            QMessageBox.information(self.window, self.tr("Restore finished"), text)

        def failed(exc: BaseException, tb: str) -> None:
            show_error(self.window, exc, tb)
            self._reopen_after_failure(db_path)

        run_busy(self.window, self.tr("Restoring…"), _restore_and_reopen, backup, db_path,
                 on_done=done, on_error=failed)

    def _reopen_after_failure(self, db_path: Path) -> None:
        """The restore failed (the old file is untouched): open it again, or let the user choose."""
        result = open_database_interactive(self.window, db_path, startup=False)
        if result is None:
            self.ctx.set_db(None)
        else:
            self.switch_to(result[0])

    # --------------------------------------------------------------- tools
    def verify(self) -> None:
        if not self.ctx.has_db:
            return
        path = self.ctx.db.path

        def done(info: BackupInfo) -> None:
            QMessageBox.information(
                self.window, self.tr("Verify database"),
                self.tr("{path} passed the integrity check: {customers} customers, "
                        "{invoices} invoices, {size}.").format(
                    path=path, customers=info.customers, invoices=info.invoices,
                    size=_size_text(info.size_bytes)))

        run_busy(self.window, self.tr("Checking the database…"), verify_backup, path, on_done=done)

    def open_data_folder(self) -> None:
        folder = self.ctx.db.path.parent if self.ctx.has_db else data_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------ small persisted paths
    def settings_dir(self, key: str) -> str:
        return str(ui_settings().value(f"paths/{key}", "") or "")

    def set_settings_dir(self, key: str, value: str) -> None:
        ui_settings().setValue(f"paths/{key}", value)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False
