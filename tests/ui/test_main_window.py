"""The main window: tabs, menus, shortcuts, status bar counts, geometry, start-up."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.usefixtures("qtbot")


def test_window_shows_database_and_counts(window, ui_db):
    assert window.db_label.full_text() == str(ui_db.path)
    c = window.counts
    assert (c.customers, c.invoices) == (4, 5)
    assert c.open_invoices == 5
    assert c.overdue_invoices == 3          # INV-001, INV-004, INV-005
    text = window.counts_label.text()
    assert "4" in text and "5" in text and "3" in text
    assert "2026-11-23" in window.as_of_label.text()
    assert ui_db.path.name in window.windowTitle()


def test_customers_tab_first_and_registered_tabs_present(window):
    keys = [spec.key for spec, _w in window.tabs]
    assert keys[0] == "customers"
    assert window.tab_widget.count() == len(window.tabs)
    if importlib.util.find_spec("app.ui.tabs.invoices") is not None:
        assert "invoices" in keys
    else:
        assert "invoices" not in keys          # no placeholder tab


def test_menus_exist(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Tools", "Help"]
    file_actions = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    for expected in ("New database…", "Open database…", "Import customers…", "Import invoices…",
                     "Backup…", "Restore from backup…", "Quit"):
        assert expected in file_actions


def test_ctrl_f_focuses_search_and_ctrl_n_is_new_customer(window, qtbot, monkeypatch):
    tab = window.tab("customers")
    window.show_tab("customers")
    window.activateWindow()
    window.acts.find.trigger()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search)
    assert window.acts.new_item.shortcut().toString() == "Ctrl+N"
    assert window.acts.new_item.text().replace("&", "") == "New customer…"
    called = []
    monkeypatch.setattr(type(tab), "new_item", lambda self: called.append(True))
    window.acts.new_item.trigger()
    assert called == [True]


def test_view_actions_switch_tabs(window):
    assert window.tab_actions[0].shortcut().toString() == "Ctrl+1"
    if len(window.tab_actions) > 1:
        window.tab_actions[1].trigger()
        assert window.tab_widget.currentIndex() == 1
    window.tab_actions[0].trigger()
    assert window.current_tab_key() == "customers"


def test_status_counts_follow_data_changes(window, ctx, qtbot):
    from app.services.customers import CustomerData, create_customer

    with ctx.db.session() as s:
        create_customer(s, CustomerData("C099", "New One"))
    ctx.notify_changed()
    qtbot.waitUntil(lambda: window.counts.customers == 5)


def test_geometry_is_remembered(window, ctx, settings, qtbot):
    from app.ui.main_window import MainWindow

    # the offscreen screen is small (restoreGeometry fits a window to its screen): change the
    # height only, within the screen and above the window's minimum
    assert window.height() != 520
    window.resize(window.width(), 520)
    window.close()
    again = MainWindow(ctx, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.height() == 520
    again.close()


def test_about_names_version_and_database(window, ui_db, qtbot):
    from app import __version__
    from app.ui.dialogs.about import AboutDialog

    dlg = AboutDialog(ui_db.path, window)
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QLabel

    text = dlg.findChild(QLabel, "about_text").text()
    assert __version__ in text and str(ui_db.path) in text


def test_import_action_opens_import_dialog_when_built(window, monkeypatch):
    if importlib.util.find_spec("app.ui.dialogs.import_dialog") is None:
        pytest.skip("the import dialog is not in this build yet")
    import app.ui.dialogs.import_dialog as mod

    seen = []

    class Fake:
        def __init__(self, ctx, kind, parent):
            seen.append(kind)

        def exec(self):
            return 0

    monkeypatch.setattr(mod, "ImportDialog", Fake)
    window.acts.import_invoices.trigger()
    window.acts.import_customers.trigger()
    assert seen == ["invoices", "customers"]


def test_unhandled_exception_goes_to_crash_dialog(monkeypatch, tmp_path):
    """The excepthook shows a bug as a crash dialog and saves the traceback."""
    import sys

    from app.ui import app as appmod
    from app.ui import errors as errmod

    shown = []
    monkeypatch.setattr(errmod, "show_error", lambda parent, exc, tb="": shown.append((exc, tb)))
    old = sys.excepthook
    try:
        appmod.install_excepthook()
        try:
            raise ZeroDivisionError("boom")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    assert isinstance(shown[0][0], ZeroDivisionError)
    assert "boom" in shown[0][1]


def test_language_resolution():
    from PySide6.QtCore import QLocale

    from app.ui.app import resolve_language

    assert resolve_language("en") == "en"
    assert resolve_language("zh_CN") == "zh_CN"
    assert resolve_language("", QLocale("zh_CN")) == "zh_CN"
    assert resolve_language("", QLocale("de_DE")) == "en"


def test_first_start_creates_default_db_and_asks_company(qtbot, monkeypatch):
    """run_gui with no database anywhere: the default file is created, the company asked once."""
    from app.config import Settings, default_db_path
    from app.ui import app as appmod
    from app.ui import file_ops

    assert not default_db_path().exists()
    asked = []
    monkeypatch.setattr(file_ops.FileOps, "ask_company", lambda self: asked.append(True))
    monkeypatch.setattr(appmod, "install_excepthook", lambda: None)

    def fake_exec():
        qtbot.waitUntil(lambda: asked == [True])
        for w in QApplication.topLevelWidgets():
            if w.objectName() == "MainWindow":
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    try:
        assert appmod.run_gui(None, False, None) == 0
        assert default_db_path().exists()
        assert Settings.load().last_db == str(default_db_path().resolve())
    finally:
        for suffix in ("", "-wal", "-shm", ".lock"):
            p = default_db_path().with_name(default_db_path().name + suffix)
            if p.exists():
                p.unlink()
        Settings().save()


def test_startup_on_locked_db_offers_choices_and_quits(qtbot, ui_db, monkeypatch):
    """A database open elsewhere: the in-use message, then Quit leaves run_gui cleanly."""
    from app.ui import app as appmod

    seen = []

    def fake_exec(box):
        seen.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(appmod, "install_excepthook", lambda: None)
    assert appmod.run_gui(ui_db.path, False, None) == 0
    title, text, buttons = seen[0]
    assert title == "Database in use"
    assert "already open in another ARDesk window" in text
    assert {"Open another…", "New database…", "Quit"} <= set(buttons)


def test_no_placeholder_tab_when_module_missing(monkeypatch):
    from app.ui import tabs

    make = tabs._optional("app.ui.tabs.does_not_exist", "X")
    assert make(None, None) is None


def test_find_with_keyboard_shortcut(window, qtbot):
    tab = window.tab("customers")
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search)
