"""Start the window: QApplication, language, crash handler, open the database, show.

    run_gui(db_path, demo, as_of) -> exit code

``db_path`` None means the last database used, or the default one in the user data folder
(created on first start, followed by the company dialog). A database that cannot be opened is
explained with Open another / New / Quit — never a traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import date
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..config import RESOURCES, Settings, default_db_path, log_dir

log = logging.getLogger("ardesk")

LANGUAGE_CODES = ("zh_CN", "en")
_translators: list[QTranslator] = []


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """'' follows the system locale: Chinese systems get zh_CN, everything else English."""
    if setting in LANGUAGE_CODES:
        return setting
    name = (system or QLocale.system()).name()
    return "zh_CN" if name.lower().startswith("zh") else "en"


def apply_language(setting: str) -> str:
    """Install ARDesk's and Qt's own translations for ``setting``; returns the language used."""
    app = QCoreApplication.instance()
    lang = resolve_language(setting)
    if app is None:
        return lang
    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    QLocale.setDefault(QLocale(lang))
    ours = QTranslator(app)
    if ours.load(str(RESOURCES / "i18n" / f"ardesk_{lang}.qm")):
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.info("no ARDesk translation for %s", lang)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _translators.append(qt)
    return lang


def install_excepthook() -> None:
    """Unhandled exceptions in slots: a UserError dialog, or the crash dialog with a saved log."""
    busy = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception\n%s", text)
        if busy:                       # an error while showing an error: do not loop
            sys.__excepthook__(exc_type, exc, tb)
            return
        busy = True
        try:
            from .errors import show_error
            show_error(QApplication.activeWindow(), exc, text)
        except Exception:  # noqa: BLE001 - last resort: the console still gets it
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            busy = False

    sys.excepthook = hook


def _setup_logging() -> None:
    root = logging.getLogger("ardesk")
    if any(isinstance(h, logging.FileHandler) for h in root.handlers):
        return
    try:
        handler = logging.FileHandler(log_dir() / "ardesk.log", encoding="utf-8")
    except OSError:
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def make_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    from .actions import app_icon
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def startup_path(db_path: Path | None, settings: Settings) -> tuple[Path, bool]:
    """Which file to open and whether a missing one may simply be created.

    An explicit ``--db`` that does not exist is asked about (a typo should not silently make an
    empty database); the default database in the user data folder is created on first start.
    """
    if db_path is not None:
        return Path(db_path), False
    if settings.last_db and Path(settings.last_db).exists():
        return Path(settings.last_db), False
    return default_db_path(), True


def run_gui(db_path: Path | None, demo: bool, as_of: date | None) -> int:
    # A worker thread running Python holds the GIL for up to the switch interval (5 ms by
    # default) each time the GUI thread wants it; 1 ms keeps the window smooth during imports.
    sys.setswitchinterval(0.001)
    _setup_logging()
    app = make_application()
    settings = Settings.load()
    apply_language(settings.language)
    install_excepthook()

    from .context import AppContext
    from .file_ops import open_database_interactive
    from .main_window import MainWindow

    path, may_create = startup_path(db_path, settings)
    opened = open_database_interactive(None, path, startup=True, create_missing=may_create)
    if opened is None:
        return 0
    db, created = opened
    # the demo is listed under Recent, but a plain start still opens the user's own company
    settings.add_recent(db.path, make_last=not demo)
    try:
        settings.save()
    except OSError as exc:
        log.warning("could not save settings: %s", exc)
    ctx = AppContext(db, as_of)
    window = MainWindow(ctx, settings, demo=demo, fixed_as_of=as_of is not None)
    window.show()
    if created:
        QTimer.singleShot(0, window.file_ops.ask_company)
    try:
        return app.exec()
    finally:
        if ctx.has_db:
            ctx.db.close()
