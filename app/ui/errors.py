"""How the GUI shows problems: a UserError in a plain dialog, a bug in a crash dialog with a log."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..config import log_dir
from ..errors import ImportRejected, UserError
from ..i18n import MESSAGES_CONTEXT

log = logging.getLogger("ardesk")


def tr_message(text: str) -> str:
    """Translate an English template raised by a service (context 'messages')."""
    return QCoreApplication.translate(MESSAGES_CONTEXT, text)


def user_error_text(exc: UserError) -> str:
    return exc.translated(tr_message)


def save_crash_log(tb: str) -> Path:
    path = log_dir() / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
    try:
        path.write_text(tb, encoding="utf-8")
    except OSError:
        log.error("could not write crash log %s\n%s", path, tb)
    return path


def show_error(parent: QWidget | None, exc: BaseException, tb: str = "") -> None:
    """Show ``exc``: a UserError as a message, anything else as a bug with a saved log."""
    title = QCoreApplication.translate("errors", "ARDesk")
    if isinstance(exc, UserError):
        box = QMessageBox(QMessageBox.Icon.Warning, title, user_error_text(exc), parent=parent)
        if isinstance(exc, ImportRejected):
            box.setDetailedText("\n".join(e.text(tr_message) for e in exc.errors))
        elif exc.details:
            box.setDetailedText("\n".join(exc.details))
        box.exec()
        return
    tb = tb or "".join(traceback.format_exception(exc))
    path = save_crash_log(tb)
    msg = QCoreApplication.translate(
        "errors", "Something went wrong inside ARDesk. Your data was not changed by the failed "
        "step. The details were saved to:\n{path}\nPlease send this file to support.").format(path=path)
    box = QMessageBox(QMessageBox.Icon.Critical, title, msg, parent=parent)
    box.setDetailedText(tb)
    box.exec()
