"""Statements for all customers with open items: a PDF each, one file, printed, Cancel."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.services.letters.statement import customers_with_open_items
from app.ui.pdf_pages import page_count

AS_OF = date(2026, 11, 23)      # tests/ui/conftest.py


@pytest.fixture
def dlg(qtbot, ctx, ui_db):
    from app.ui.dialogs.collections_statements import StatementsDialog

    d = StatementsDialog(ctx)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.count is not None, timeout=10000)
    return d


def _expected(ui_db) -> dict[int, list]:
    with ui_db.engine.connect() as conn:
        return customers_with_open_items(conn, AS_OF)


def test_one_pdf_per_customer_in_a_folder(qtbot, dlg, ui_db, tmp_path, monkeypatch):
    groups = _expected(ui_db)
    tmp_path = tmp_path / "statements"
    tmp_path.mkdir()
    assert dlg.count == len(groups) >= 2
    assert str(dlg.count) in dlg.heading.text() and dlg.go_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    dlg.to_folder.setChecked(True)
    dlg.start()
    assert dlg.busy() and not dlg.go_button.isEnabled()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == len(groups) and all(n.endswith(f"-statement-{AS_OF}.pdf") for n in names)
    assert all(page_count(p.read_bytes()) >= 1 for p in tmp_path.iterdir())
    assert str(tmp_path) in dlg.heading.text()


def test_all_in_one_file_in_english_on_letter_paper(qtbot, dlg, ui_db, tmp_path, monkeypatch):
    out = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dlg.to_file.setChecked(True)
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    dlg.page_size.setCurrentIndex(dlg.page_size.findData("Letter"))
    dlg.start()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    assert dlg.written == [out]
    data = out.read_bytes()
    assert page_count(data) >= len(_expected(ui_db))          # one customer per page at least
    assert b"/MediaBox [ 0 0 612 792 ]" in data                # US Letter


def test_print_opens_the_preview_of_the_batch(qtbot, dlg, ui_db, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    dlg.to_printer.setChecked(True)
    dlg.start()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    assert shown and AS_OF.isoformat() in shown[0]
    assert page_count(Path(dlg.written[-1]).read_bytes()) >= len(_expected(ui_db))


def test_cancel_in_one_file_mode_writes_nothing(qtbot, dlg, tmp_path, monkeypatch):
    from app.ui.dialogs import collections_statements as cst

    gate = threading.Event()
    real = cst.render_statements

    def held(*a, **k):                   # starts only once Cancel was pressed
        gate.wait(10)
        return real(*a, **k)

    monkeypatch.setattr(cst, "render_statements", held)
    out = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dlg.to_file.setChecked(True)
    dlg.start()
    assert dlg.busy()
    dlg.reject()                         # closing is refused while the batch runs
    assert dlg.result() == 0 and dlg.busy()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)            # Esc cancels it instead
    assert not dlg.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    assert dlg.cancelled and not out.exists()
    assert "nothing" in dlg.heading.text() and dlg.go_button.isEnabled()
