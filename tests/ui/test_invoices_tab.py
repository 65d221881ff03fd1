"""The Invoices tab driven with qtbot: load in a worker, filters, header sorts, actions, copy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from sqlalchemy import select

from app.models import Invoice
from app.services import ledger
from app.services.invoice_filters import COLUMNS

AS_OF = date(2026, 11, 23)


@pytest.fixture
def more(ui_db):
    """On top of ui_db: a paid invoice, a credit note applied to INV-002, a cancelled one."""
    ids = dict(ui_db.customer_ids)
    with ui_db.session() as s:
        def inv(number, cust, days_ago, amount, currency="CNY"):
            ids[number] = ledger.create_invoice(s, ledger.InvoiceData(
                number, ids[cust], AS_OF - timedelta(days=days_ago), currency, amount, po=f"PO-{number}"))
        inv("INV-006", "C002", 100, 40_000)
        inv("INV-007", "C002", 5, 7_000)
        p = ledger.record_payment(s, customer_id=ids["C002"], on=AS_OF - timedelta(days=50),
                                  currency="CNY", amount_minor=40_000)
        ledger.allocate_payment(s, p, ids["INV-006"], 40_000, AS_OF - timedelta(days=50))
        ledger.cancel_invoice(s, ids["INV-007"], "typo", AS_OF)
        for n in ("INV-001", "INV-002", "INV-003", "INV-004", "INV-005"):
            ids[n] = s.scalar(select(Invoice.id).where(Invoice.number == n))
        inv_002 = ids["INV-002"]
        ids["CN-001"] = ledger.create_credit_note(s, ledger.InvoiceData(
            "CN-001", ids["C001"], AS_OF - timedelta(days=1), "CNY", 20_000),
            corrects_invoice_id=inv_002, reason="damaged")
    return ids


@pytest.fixture
def tab(qtbot, ctx, more, wait_loaded):
    from app.ui.tabs.invoices import InvoicesTab

    t = InvoicesTab(ctx)
    qtbot.addWidget(t)
    t.resize(1400, 700)
    t.show()
    wait_loaded(t)
    t.ids = more
    return t


def numbers(tab) -> list[str]:
    m = tab.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def cell(tab, number: str, key: str, role=Qt.ItemDataRole.DisplayRole):
    m = tab.model
    r = numbers(tab).index(number)
    return m.data(m.index(r, COLUMNS.index(key)), role)


def click_header(qtbot, tab, key: str) -> None:
    header = tab.view.horizontalHeader()
    col = COLUMNS.index(key)
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))


# ------------------------------------------------------------------ loading
def test_loads_open_documents_by_due_date(tab):
    # default: open items (credit notes with something left count), oldest due first
    assert numbers(tab) == ["INV-001", "INV-004", "INV-005", "INV-002", "INV-003"]
    assert cell(tab, "INV-001", "customer") == "C001  Acme Trading Ltd"
    assert cell(tab, "INV-001", "amount") == "10,000.00"
    assert cell(tab, "INV-002", "open") == "1,300.00"           # 2,500 − 1,000 paid − 200 credited
    assert cell(tab, "INV-002", "status") == "Partly paid"
    assert cell(tab, "INV-001", "days_overdue") == "60"
    assert cell(tab, "INV-003", "days_overdue") == ""
    assert "5 of 8 shown" in tab.summary.text()
    assert "CNY 41,300.00" in tab.summary.text() and "EUR 800.00" in tab.summary.text()
    assert not tab.busy.isVisible()


def test_amounts_right_aligned_overdue_red_credit_notes_distinct(tab):
    tab.filters.set_status("all")
    align = cell(tab, "INV-001", "amount", Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    red = cell(tab, "INV-001", "days_overdue", Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.red() > 150 and red.green() < 80
    assert cell(tab, "INV-003", "due_date", Qt.ItemDataRole.ForegroundRole) is None
    assert cell(tab, "CN-001", "kind") == "Credit note"
    assert cell(tab, "CN-001", "amount") == "\u2212200.00"
    assert cell(tab, "CN-001", "number", Qt.ItemDataRole.FontRole).italic()
    assert cell(tab, "INV-001", "number", Qt.ItemDataRole.FontRole) is None
    assert cell(tab, "INV-007", "status") == "Cancelled"
    assert cell(tab, "INV-007", "number", Qt.ItemDataRole.FontRole).strikeOut()


def test_reloads_after_a_write_elsewhere(qtbot, tab, ctx, wait_loaded):
    with ctx.db.session() as s:
        ledger.create_invoice(s, ledger.InvoiceData("INV-100", tab.ids["C003"], AS_OF, "EUR", 5_000))
    ctx.notify_changed()
    qtbot.waitUntil(lambda: "INV-100" in numbers(tab), timeout=10000)
    assert not tab.loading


def test_empty_database_shows_the_empty_page(qtbot, tmp_path, wait_loaded):
    from app.storage.db import Database
    from app.ui.context import AppContext
    from app.ui.tabs.invoices import InvoicesTab

    with Database.open(tmp_path / "empty.db", create=True) as db:
        t = InvoicesTab(AppContext(db, AS_OF))
        qtbot.addWidget(t)
        wait_loaded(t)
        assert t.stack.currentWidget() is t.empty_page
        assert t.model.rowCount() == 0


def test_no_database(qtbot):
    from app.ui.context import AppContext
    from app.ui.tabs.invoices import InvoicesTab

    t = InvoicesTab(AppContext(None, AS_OF))
    qtbot.addWidget(t)
    assert t.model.rowCount() == 0 and not t.loading
    assert not t.new_invoice_action.isEnabled()
    t.new_item()                         # nothing to do, no crash


# ------------------------------------------------------------------ filters
@pytest.mark.parametrize("status,expected", [
    ("overdue", ["INV-001", "INV-004", "INV-005"]),
    ("paid", ["INV-006", "CN-001"]),              # a fully applied credit note is paid too
    ("cancelled", ["INV-007"]),
    ("all", ["INV-001", "INV-006", "INV-004", "INV-005", "CN-001", "INV-002", "INV-003", "INV-007"]),
])
def test_status_filter(tab, status, expected):
    tab.filters.status.setCurrentIndex(tab.filters.status.findData(status))
    assert numbers(tab) == expected


def test_disputed_filter(qtbot, tab, ctx):
    with ctx.db.session() as s:
        ledger.set_dispute(s, tab.ids["INV-001"], True, "price")
    ctx.notify_changed()
    qtbot.waitUntil(lambda: not tab.loading and cell(tab, "INV-001", "status") == "Disputed")
    tab.filters.set_status("disputed")
    assert numbers(tab) == ["INV-001"]


def test_customer_filter_by_typing_in_the_combo(qtbot, tab):
    combo = tab.filters.customer
    assert combo.count() == 5                            # "All customers" + 4
    combo.lineEdit().selectAll()
    combo.lineEdit().insert("华夏")                      # as an input method commits it
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: numbers(tab) == ["INV-003"])
    assert combo.currentText() == "C002  北京华夏科技有限公司"
    tab.filters.set_status("all")
    assert numbers(tab) == ["INV-006", "INV-003", "INV-007"]
    combo.lineEdit().clear()
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert len(numbers(tab)) == 8
    assert tab.filters.state().customer_id is None
    QTest.keyClicks(combo.lineEdit(), "c003")               # by code, typed
    QTest.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: numbers(tab) == ["INV-004", "INV-005"])


def test_text_search_is_debounced_and_covers_number_customer_po(qtbot, tab):
    tab.filters.set_status("all")
    QTest.keyClicks(tab.filters.search, "inv-00")
    assert len(numbers(tab)) == 8                         # not yet: waits for the pause
    qtbot.waitUntil(lambda: len(numbers(tab)) == 7)       # CN-001 drops out
    tab.filters.search.setText("zenith")
    qtbot.waitUntil(lambda: numbers(tab) == ["INV-004", "INV-005"])
    tab.filters.search.setText("PO-INV-006")
    qtbot.waitUntil(lambda: numbers(tab) == ["INV-006"])
    tab.filters.search.setText("nothing like this")
    qtbot.waitUntil(lambda: numbers(tab) == [])
    assert "No invoices match" in tab.summary.text()


def test_issue_date_range(tab):
    tab.filters.set_status("all")
    tab.filters.set_dates(AS_OF - timedelta(days=20), AS_OF - timedelta(days=5))
    assert tab.filters.use_dates.isChecked()
    assert sorted(numbers(tab)) == ["INV-002", "INV-003", "INV-007"]
    tab.filters.use_dates.setChecked(False)
    assert len(numbers(tab)) == 8


def test_clear_filters(qtbot, tab):
    tab.filters.set_status("all")
    tab.filters.search.setText("acme")
    qtbot.waitUntil(lambda: len(numbers(tab)) == 3)
    QTest.mouseClick(tab.filters.clear_button, Qt.MouseButton.LeftButton)
    assert tab.filters.search.text() == "" and tab.filters.state().status == "open"
    assert len(numbers(tab)) == 5


# --------------------------------------------------------------------- sort
def test_sort_by_amount_and_dates_via_header(qtbot, tab):
    tab.filters.set_status("all")
    click_header(qtbot, tab, "amount")                      # amounts: biggest first
    assert numbers(tab)[0] == "INV-003" and numbers(tab)[-1] == "CN-001"
    click_header(qtbot, tab, "amount")                      # again: ascending
    assert numbers(tab)[:2] == ["CN-001", "INV-007"]      # credit note counts negative; 70.00
    assert numbers(tab)[-1] == "INV-003"
    click_header(qtbot, tab, "issue_date")
    issued = [cell(tab, n, "issue_date") for n in numbers(tab)]
    assert issued == sorted(issued)
    assert tab.view.horizontalHeader().sortIndicatorSection() == COLUMNS.index("issue_date")
    click_header(qtbot, tab, "due_date")
    dues = [cell(tab, n, "due_date") for n in numbers(tab)]
    assert dues == sorted(dues)


def test_sort_is_stable_and_keeps_the_selection(qtbot, tab):
    tab.filters.set_status("all")
    click_header(qtbot, tab, "customer")
    # Acme (C001) rows keep their id order, then the others by name
    assert numbers(tab)[:3] == ["INV-001", "INV-002", "CN-001"]
    assert tab.select_invoice(tab.ids["INV-002"])
    click_header(qtbot, tab, "amount")
    assert tab.current_id() == tab.ids["INV-002"]
    tab.filters.set_status("open")                          # still visible: still selected
    assert tab.current_id() == tab.ids["INV-002"]


def test_sort_survives_a_reload(qtbot, tab, ctx):
    click_header(qtbot, tab, "amount")
    before = numbers(tab)
    ctx.notify_changed()
    qtbot.waitUntil(lambda: not tab.loading)
    assert numbers(tab) == before


# ------------------------------------------------------------------ actions
def test_actions_follow_the_selection(tab):
    tab.filters.set_status("all")
    assert not tab.cancel_action.isEnabled() and not tab.copy_action.isEnabled()
    tab.select_invoice(tab.ids["INV-001"])
    assert tab.cancel_action.isEnabled() and tab.dispute_action.isEnabled()
    assert not tab.undispute_action.isEnabled()
    tab.select_invoice(tab.ids["INV-007"])                   # cancelled
    assert not tab.cancel_action.isEnabled() and not tab.dispute_action.isEnabled()
    tab.select_invoice(tab.ids["CN-001"])
    assert not tab.dispute_action.isEnabled()


def test_copy_rows_as_tab_separated_text(qtbot, tab):
    tab.select_invoice(tab.ids["INV-001"])
    tab.view.selectionModel().select(
        tab.model.index(numbers(tab).index("INV-003"), 0),
        tab.view.selectionModel().SelectionFlag.Select | tab.view.selectionModel().SelectionFlag.Rows)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[:3] == ["Number", "Customer", "Kind"]
    assert [ln.split("\t")[0] for ln in lines[1:]] == ["INV-001", "INV-003"]
    assert lines[1].split("\t")[6] == "10,000.00"


def test_focus_search_and_new_item(qtbot, tab, monkeypatch):
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.focus_search()
    assert tab.filters.search.hasFocus()
    opened = []
    from app.ui.dialogs import invoice_dialog

    monkeypatch.setattr(invoice_dialog.InvoiceDialog, "exec", lambda self: opened.append(self) or 0)
    tab.filters.set_customer(tab.ids["C003"])
    tab.new_item()
    assert opened and opened[0].customer.chosen().code == "C003"
    assert opened[0].currency.currentText() == "EUR"
    assert tab.new_item_label()


def test_context_menu_lists_the_actions(qtbot, tab):
    rect = tab.view.visualRect(tab.model.index(0, 0))
    menu = tab.context_menu_at(rect.center())
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == [
        "new_invoice", "new_credit_note", "cancel_invoice", "mark_disputed", "clear_dispute", "write_off",
        "reverse_write_off", "allocate_oldest_first", "copy_rows"]
    assert tab.current_id() == tab.ids["INV-001"]
    assert tab.cancel_action.isEnabled()


def test_loading_shows_a_busy_indicator_and_keeps_the_gui_free(qtbot, ctx, more, wait_loaded):
    from app.ui.tabs.invoices import InvoicesTab

    t = InvoicesTab(ctx)
    qtbot.addWidget(t)
    t.show()
    assert t.loading and t.busy.isVisibleTo(t)          # the load runs in a worker
    assert not t.refresh_action.isEnabled()
    wait_loaded(t)
    assert not t.busy.isVisibleTo(t) and t.refresh_action.isEnabled()
    assert t.model.rowCount() == 5


def test_switching_database_clears_filters_and_reloads(qtbot, tab, ctx, tmp_path, wait_loaded):
    from app.storage.db import Database

    tab.filters.set_status("all")
    with Database.open(tmp_path / "other.db", create=True) as other:
        ctx.set_db(other)
        qtbot.waitUntil(lambda: not tab.loading and tab.loaded_once)
        assert tab.filters.state().status == "open"
        assert tab.stack.currentWidget() is tab.empty_page
        ctx.set_db(None)                                      # detach before the file closes
        assert tab.model.rowCount() == 0
