"""File → Import history…: the list of imports, the undo confirmation, undo in a worker, refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from app.models import Invoice
from app.services import ledger as L
from app.services.importers import import_file
from app.services.importers.history import UndoRefused
from app.ui.dialogs import import_history_dialog as mod
from app.ui.dialogs.import_history_dialog import ImportHistoryDialog, UndoImportDialog

AS_OF = date(2026, 11, 23)

CUSTOMERS = "code,name,currency,payment_terms_days\nN1,新客户一,CNY,30\nN2,New Two Ltd,USD,45\n"
INVOICES = ("number,customer_code,issue_date,currency,amount,status\n"
            "H-1,N1,2026-10-01,,100.00,\nH-2,N1,2026-10-02,,250.50,paid\nH-3,N2,2026-10-03,,70,\n"
            "HC-1,N1,2026-10-04,,-20.00,\n")


@pytest.fixture(autouse=True)
def errors_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(mod, "show_error", lambda parent, exc, tb="": shown.append(exc))
    return shown


@pytest.fixture
def imported(ctx, tmp_path):
    for kind, body in (("customers", CUSTOMERS), ("invoices", INVOICES)):
        p = tmp_path / f"{kind}.csv"
        p.write_text(body, encoding="utf-8")
        import_file(ctx.db, kind, p, as_of=AS_OF)
    return ctx


def open_dialog(qtbot, ctx) -> ImportHistoryDialog:
    dlg = ImportHistoryDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    wait_idle(qtbot, dlg)
    return dlg


def wait_idle(qtbot, dlg) -> None:
    qtbot.waitUntil(lambda: dlg.loaded_once and not dlg.busy_with, timeout=10000)


def cell(dlg, row: int, key: str) -> str:
    return dlg.model.index(row, dlg.model.column_index(key)).data()


def invoice_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Invoice))


class AcceptingConfirm:
    """Stands in for the modal confirmation: accepts with a reason, remembers what it was shown."""

    shown: list = []

    def __init__(self, batch, parent=None) -> None:
        self.batch = batch
        AcceptingConfirm.shown.append(batch)

    def exec(self):
        return QDialog.DialogCode.Accepted

    def reason_text(self) -> str:
        return "wrong file"


def test_empty_history(qtbot, ctx):
    dlg = open_dialog(qtbot, ctx)
    assert dlg.model.rowCount() == 0
    assert dlg.status.text() == "No imports yet."
    assert not dlg.undo_button.isEnabled()


def test_list_newest_first_with_undo_state(qtbot, imported):
    dlg = open_dialog(qtbot, imported)
    assert [cell(dlg, r, "id") for r in range(dlg.model.rowCount())] == [2, 1]
    assert [cell(dlg, r, "kind") for r in range(2)] == ["Invoices", "Customers"]
    assert [cell(dlg, r, "file") for r in range(2)] == ["invoices.csv", "customers.csv"]
    assert [cell(dlg, r, "added") for r in range(2)] == [4, 2]
    assert [cell(dlg, r, "state") for r in range(2)] == ["Can be undone", "Cannot be undone"]
    tip = dlg.model.index(1, dlg.model.column_index("state")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Customer N1 from this import has invoice H-1, which is not from this import."
    # the newest is selected and can be undone; the customers' batch says why not
    assert dlg.selected().id == 2 and dlg.undo_button.isEnabled()
    assert "3 invoice(s) (CNY 350.50, USD 70.00)" in dlg.detail.text()
    assert dlg.select_batch(1)
    assert not dlg.undo_button.isEnabled()
    assert "Customer N1 from this import" in dlg.detail.text()


def test_confirmation_names_what_goes_and_needs_a_reason(qtbot, imported):
    dlg = open_dialog(qtbot, imported)
    confirm = UndoImportDialog(dlg.selected(), dlg)
    qtbot.addWidget(confirm)
    text = confirm.summary.text()
    assert "invoices.csv" in text and "Undo import #2" == confirm.windowTitle()
    for line in ("3 invoice(s) (CNY 350.50, USD 70.00)", "1 credit note(s)",
                 "1 payment(s) with their allocations"):
        assert f"<li>{line}</li>" in text
    assert "customer(s)" not in text
    assert not confirm.action.isEnabled()
    confirm.reason.setPlainText("   ")
    assert not confirm.action.isEnabled()
    confirm.reason.setPlainText("imported October twice")
    assert confirm.action.isEnabled() and confirm.reason_text() == "imported October twice"


def test_undo_runs_in_a_worker_and_reloads(qtbot, imported, monkeypatch):
    monkeypatch.setattr(mod, "UndoImportDialog", AcceptingConfirm)
    AcceptingConfirm.shown = []
    dlg = open_dialog(qtbot, imported)
    assert invoice_count(imported.db) == 5 + 4          # the fixture's own five and the file's
    with qtbot.waitSignal(imported.data_changed, timeout=10000):
        dlg.undo_button.click()
        assert dlg.busy_with == "undo" and not dlg.undo_button.isEnabled()
    wait_idle(qtbot, dlg)
    assert [b.id for b in AcceptingConfirm.shown] == [2]
    assert invoice_count(imported.db) == 5
    assert "Import #2 undone: 3 invoice(s), 1 credit note(s), 0 customer(s) and 1 payment(s) removed." \
        in dlg.status.text()
    assert cell(dlg, 0, "state").startswith("Undone ")
    assert dlg.selected().id == 2 and not dlg.undo_button.isEnabled()
    assert "wrong file" in dlg.detail.text()
    # the customers' batch is free now
    assert cell(dlg, 1, "state") == "Can be undone"


def test_refusal_is_shown_and_the_list_refreshed(qtbot, imported, errors_shown):
    dlg = open_dialog(qtbot, imported)
    assert dlg.selected().can_undo
    # meanwhile, a payment is applied to one of the imported invoices
    with imported.db.session() as s:
        inv = s.scalar(select(Invoice).where(Invoice.number == "H-1"))
        p = L.record_payment(s, customer_id=inv.customer_id, on=AS_OF, currency="CNY", amount_minor=100)
        L.allocate_payment(s, p, inv.id, 100, AS_OF)
    dlg.start_undo(2, "wrong file")
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=10000)
    wait_idle(qtbot, dlg)
    assert isinstance(errors_shown[0], UndoRefused)
    assert "H-1 has a payment or credit note applied" in str(errors_shown[0])
    assert invoice_count(imported.db) == 9
    assert cell(dlg, 0, "state") == "Cannot be undone" and not dlg.undo_button.isEnabled()


def test_file_menu_opens_the_history(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(ImportHistoryDialog, "exec", lambda self: opened.append(self) or 0)
    act = window.acts.import_history
    assert act in window.file_menu.actions()
    assert act.text() == "Import &history…" and act.isEnabled()
    act.trigger()
    assert len(opened) == 1 and opened[0].windowTitle() == "Import history"
    qtbot.addWidget(opened[0])
    wait_idle(qtbot, opened[0])
