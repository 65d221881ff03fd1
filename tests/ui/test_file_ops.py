"""File menu: backup, restore, open (locked / missing / newer), new database, recent files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.storage.backup import verify_backup


@pytest.fixture
def boxes(monkeypatch):
    """Capture QMessageBox.information / question and modal QMessageBox.exec calls."""
    seen: dict[str, list] = {"information": [], "question": [], "exec": []}
    answers = {"question": QMessageBox.StandardButton.Yes}

    def information(parent, title, text, *a, **k):
        seen["information"].append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *a, **k):
        seen["question"].append((title, text))
        return answers["question"]

    def exec_(box):
        seen["exec"].append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    seen["answers"] = answers
    return seen


def _save_dialog(monkeypatch, path: Path) -> list:
    calls = []

    def fake(parent, caption, start, *a, **k):
        calls.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return calls


def _open_dialog(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def test_backup_action_writes_verified_file(window, qtbot, monkeypatch, boxes, tmp_path):
    dest = tmp_path / "out" / "copy.db"
    calls = _save_dialog(monkeypatch, dest)
    window.acts.backup.trigger()
    qtbot.waitUntil(lambda: bool(boxes["information"]), timeout=10000)
    assert Path(calls[0]).name.startswith("ardesk-") and calls[0].endswith(".db")
    info = verify_backup(dest)
    assert (info.customers, info.invoices) == (4, 5)
    title, text = boxes["information"][0]
    assert str(dest) in text and "4 customers" in text and "5 invoices" in text


def test_restore_replaces_db_and_says_where_old_one_went(window, ctx, qtbot, monkeypatch, boxes,
                                                         tmp_path, wait_loaded):
    from app.services.customers import CustomerData, create_customer

    backup = tmp_path / "before.db"
    ctx.db.backup(backup)
    with ctx.db.session() as s:
        create_customer(s, CustomerData("C100", "Added after the backup"))
    ctx.notify_changed()
    qtbot.waitUntil(lambda: window.counts.customers == 5)
    old_db = ctx.db
    _open_dialog(monkeypatch, backup)

    window.acts.restore.trigger()
    qtbot.waitUntil(lambda: bool(boxes["information"]), timeout=10000)
    assert "4 customers" in boxes["question"][0][1]          # shown before asking
    assert ctx.db is not old_db and ctx.db.path == old_db.path
    qtbot.waitUntil(lambda: window.counts is not None and window.counts.customers == 4)
    tab = window.tab("customers")
    wait_loaded(tab)
    assert "C100" not in [r.code for r in tab.model.all_rows()]
    _title, text = boxes["information"][0]
    saved = Path(text.split("saved as:\n")[1].strip())
    assert saved.exists()
    assert verify_backup(saved).customers == 5               # the replaced database, kept


def test_restore_cancelled_keeps_database(window, ctx, qtbot, monkeypatch, boxes, tmp_path):
    backup = tmp_path / "b.db"
    ctx.db.backup(backup)
    boxes["answers"]["question"] = QMessageBox.StandardButton.No
    _open_dialog(monkeypatch, backup)
    db = ctx.db
    window.acts.restore.trigger()
    qtbot.waitUntil(lambda: bool(boxes["question"]), timeout=10000)
    assert ctx.db is db and ctx.db.lock is not None and ctx.db.lock.held


def test_restore_refuses_a_file_that_is_not_a_backup(window, ctx, qtbot, monkeypatch, tmp_path):
    from app.ui import file_ops

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    _open_dialog(monkeypatch, junk)
    errors = []
    monkeypatch.setattr(file_ops, "show_error", lambda parent, exc, tb="": errors.append(exc))
    db = ctx.db
    window.acts.restore.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "not an ARDesk database" in str(errors[0])
    assert ctx.db is db


def test_open_locked_database_shows_in_use(window, ctx, qtbot, monkeypatch, boxes, tmp_path):
    from app.storage.db import Database

    other = Database.open(tmp_path / "other.db", create=True)     # held open: locked
    try:
        _open_dialog(monkeypatch, other.path)
        db = ctx.db
        window.acts.open_db.trigger()
        title, text, buttons = boxes["exec"][0]
        assert title == "Database in use"
        assert "already open in another ARDesk window" in text
        assert {"Open another…", "New database…", "Cancel"} <= set(buttons)
        assert ctx.db is db                                         # still on the old one
    finally:
        other.close()


def test_open_newer_database_is_refused_untouched(window, ctx, monkeypatch, boxes, tmp_path):
    from app.storage.db import Database

    p = tmp_path / "future.db"
    Database.open(p, create=True).close()
    con = sqlite3.connect(p)
    con.execute("UPDATE alembic_version SET version_num = 'fffffffffff9'")
    con.commit()
    con.close()
    before = p.read_bytes()
    _open_dialog(monkeypatch, p)
    window.acts.open_db.trigger()
    title, text, _buttons = boxes["exec"][0]
    assert title == "Database from a newer ARDesk"
    assert "newer version of ARDesk" in text
    assert p.read_bytes() == before


def test_open_another_database_switches_and_is_recent(window, ctx, settings, qtbot, monkeypatch,
                                                      tmp_path, wait_loaded):
    from app.storage.db import Database

    p = tmp_path / "second.db"
    Database.open(p, create=True).close()
    old = ctx.db
    _open_dialog(monkeypatch, p)
    window.acts.open_db.trigger()
    assert ctx.db.path == p.resolve()
    assert old.lock is None                      # the previous database was closed
    assert settings.recent[0] == str(p.resolve())
    tab = window.tab("customers")
    wait_loaded(tab)
    assert tab.stack.currentWidget() is tab.empty_page
    qtbot.waitUntil(lambda: window.counts is not None and window.counts.customers == 0)
    ctx.db.close()


def test_recent_menu_lists_other_databases(window, ctx, settings, tmp_path):
    settings.recent = [str(ctx.db.path), str(tmp_path / "gone.db")]
    window._fill_recent_menu()
    texts = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert any("gone.db" in t for t in texts)
    assert not any(str(ctx.db.path) in t for t in texts)


def test_new_database_asks_company(window, ctx, qtbot, monkeypatch, tmp_path):
    from app.ui.dialogs import company_dialog

    p = tmp_path / "fresh.db"
    _save_dialog(monkeypatch, p)
    asked = []

    def fill(dlg):
        asked.append(True)
        dlg.form.name.setText("新公司")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(company_dialog.CompanyDialog, "exec", fill)
    window.acts.new_db.trigger()
    assert asked == [True]
    assert ctx.db.path == p.resolve()
    from app.services.company import get_company
    with ctx.db.session() as s:
        assert get_company(s).name == "新公司"
    ctx.db.close()


def test_new_database_refuses_existing_file(window, ctx, monkeypatch, tmp_path):
    from app.ui import file_ops

    p = tmp_path / "exists.db"
    p.write_bytes(b"")
    _save_dialog(monkeypatch, p)
    errors = []
    monkeypatch.setattr(file_ops, "show_error", lambda parent, exc, tb="": errors.append(exc))
    db = ctx.db
    window.acts.new_db.trigger()
    assert "already exists" in str(errors[0])
    assert ctx.db is db


def test_verify_database(window, qtbot, boxes):
    window.acts.verify_db.trigger()
    qtbot.waitUntil(lambda: bool(boxes["information"]), timeout=10000)
    assert "passed the integrity check" in boxes["information"][0][1]


def test_missing_db_at_startup_can_be_created(qtbot, monkeypatch, tmp_path):
    """--db pointing at no file: asked, and 'Create it' makes a new database there."""
    from app.ui import file_ops

    p = tmp_path / "typo.db"
    choices = iter(["create"])
    monkeypatch.setattr(file_ops, "ask_after_open_failure", lambda *a, **k: next(choices))
    db, created = file_ops.open_database_interactive(None, p, startup=True)
    try:
        assert created and db.path == p.resolve()
    finally:
        db.close()
