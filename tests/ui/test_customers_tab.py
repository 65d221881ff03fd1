"""The Customers tab driven with qtbot: load, search, sort, add/edit with validation, detail."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import AuditLog


@pytest.fixture
def tab(qtbot, ctx, wait_loaded):
    from app.ui.tabs.customers import CustomersTab

    t = CustomersTab(ctx)
    qtbot.addWidget(t)
    t.resize(1200, 700)
    t.show()
    wait_loaded(t)
    return t


def codes(tab) -> list[str]:
    return [r.code for r in tab.model.rows()]


def cell(tab, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    m = tab.model
    return m.data(m.index(row, m.column_index(key)), role)


def test_loads_active_rows_with_balances(tab):
    assert codes(tab) == ["C001", "C002", "C003"]          # C004 is inactive: hidden
    assert cell(tab, 0, "open") == "11,500.00"              # 10,000 + 2,500 − 1,000 paid
    assert cell(tab, 0, "overdue") == "10,000.00"
    assert cell(tab, 0, "oldest_days") == 60
    assert cell(tab, 0, "credit_limit") == "50,000.00"
    align = cell(tab, 0, "open", Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    assert cell(tab, 0, "overdue", Qt.ItemDataRole.ForegroundRole) is not None     # red
    assert cell(tab, 1, "overdue", Qt.ItemDataRole.ForegroundRole) is None
    assert tab.count_label.text() == "3 customers"


def test_other_currency_balance_is_hinted(tab):
    r = codes(tab).index("C003")
    assert cell(tab, r, "open") == "800.00 +USD"
    assert "USD 123.45" in cell(tab, r, "open", Qt.ItemDataRole.ToolTipRole)


def test_show_inactive(tab):
    tab.show_inactive.setChecked(True)
    assert "C004" in codes(tab)
    r = codes(tab).index("C004")
    assert "(inactive)" in cell(tab, r, "name")
    assert tab.count_label.text() == "4 customers"


def test_search_filters_by_code_name_and_alias(tab, qtbot):
    qtbot.keyClicks(tab.search, "acme hk")                  # an alias, any case
    qtbot.waitUntil(lambda: codes(tab) == ["C001"])
    tab.search.setText("华夏")
    qtbot.waitUntil(lambda: codes(tab) == ["C002"])
    tab.search.setText("c003")
    qtbot.waitUntil(lambda: codes(tab) == ["C003"])
    assert tab.count_label.text() == "1 of 3 customers"
    tab.search.setText("nothing like this")
    qtbot.waitUntil(lambda: codes(tab) == [])
    tab.search.clear()
    qtbot.waitUntil(lambda: len(codes(tab)) == 3)


def test_sort_by_any_column(tab):
    col = tab.model.column_index("open")
    tab.view.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    assert codes(tab) == ["C002", "C001", "C003"]          # 30,000 / 11,500 / 800 (own currency)
    tab.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    assert codes(tab) == ["C003", "C001", "C002"]
    tab.view.sortByColumn(tab.model.column_index("name"), Qt.SortOrder.AscendingOrder)
    assert codes(tab)[0] == "C001"
    tab.view.sortByColumn(tab.model.column_index("oldest_days"), Qt.SortOrder.DescendingOrder)
    assert codes(tab)[0] == "C001"


def test_sort_keeps_selection(tab):
    assert tab.select_customer(tab.ctx.db.customer_ids["C002"])
    tab.view.sortByColumn(tab.model.column_index("code"), Qt.SortOrder.DescendingOrder)
    assert tab.selected_row().code == "C002"


def test_detail_pane_shows_open_items_and_payments(tab, qtbot):
    tab.select_customer(tab.ctx.db.customer_ids["C001"])
    qtbot.waitUntil(lambda: tab.detail.detail is not None and tab.detail.detail.row.code == "C001")
    assert [i.number for i in tab.detail.items_model.rows()] == ["INV-001", "INV-002"]
    assert [p.reference for p in tab.detail.payments_model.rows()] == ["TT 1234"]
    assert "ap@acme.test" in tab.detail.info.text()
    assert "Acme Trading Ltd" in tab.detail.title.text()


def test_empty_database_shows_empty_state(qtbot, db, wait_loaded):
    from app.ui.context import AppContext
    from app.ui.tabs.customers import CustomersTab

    t = CustomersTab(AppContext(db))
    qtbot.addWidget(t)
    wait_loaded(t)
    assert t.stack.currentWidget() is t.empty_page
    assert t.empty_import.isVisibleTo(t.empty_page) and t.empty_new.isVisibleTo(t.empty_page)


def _dialog(ctx, customer_id=None):
    from app.ui.dialogs.customer_dialog import CustomerDialog

    return CustomerDialog(ctx, customer_id)


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_add_dialog_blocks_bad_input(qtbot, ctx):
    dlg = _dialog(ctx)
    qtbot.addWidget(dlg)
    assert not _ok(dlg).isEnabled()                  # empty code and name
    qtbot.keyClicks(dlg.code, "C010")
    qtbot.keyClicks(dlg.name, "Beta")
    assert _ok(dlg).isEnabled()
    qtbot.keyClicks(dlg.email, "not-an-email")
    assert not _ok(dlg).isEnabled()
    assert "not an e-mail address" in dlg.form.text("email")
    assert dlg.form.labels["email"].isVisibleTo(dlg)
    dlg.email.clear()
    dlg.credit_limit.setText("12.345")               # three decimals for CNY
    assert not _ok(dlg).isEnabled()
    assert "decimals" in dlg.form.text("credit_limit")
    dlg.credit_limit.setText("abc")
    assert "not an amount" in dlg.form.text("credit_limit")
    dlg.credit_limit.setText("-5")
    assert "negative" in dlg.form.text("credit_limit")
    dlg.credit_limit.setText("20,000")
    dlg.currency.setCurrentText("XYZ")
    assert not _ok(dlg).isEnabled()
    assert "Unknown currency" in dlg.form.text("currency")
    dlg.currency.setCurrentText("CNY")
    assert _ok(dlg).isEnabled()


def test_add_duplicate_code_shows_problem_next_to_code(qtbot, ctx):
    dlg = _dialog(ctx)
    qtbot.addWidget(dlg)
    dlg.code.setText("C001")
    dlg.name.setText("Copy")
    dlg.accept()
    assert dlg.result() == 0
    assert "already exists" in dlg.form.text("code")
    assert not _ok(dlg).isEnabled()
    dlg.code.setText("C011")
    assert _ok(dlg).isEnabled()


def test_valid_add_appears_in_list_and_is_audited(tab, qtbot, monkeypatch, wait_loaded):
    from app.ui.dialogs import customer_dialog

    def fill_and_accept(dlg):
        dlg.code.setText("C010")
        dlg.name.setText("Beta Supplies")
        dlg.credit_limit.setText("20,000.00")
        dlg.terms.setValue(45)
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(customer_dialog.CustomerDialog, "exec", fill_and_accept)
    tab.new_item()
    qtbot.waitUntil(lambda: "C010" in codes(tab))
    wait_loaded(tab)
    assert tab.selected_row().code == "C010"
    r = codes(tab).index("C010")
    assert cell(tab, r, "terms") == 45
    assert cell(tab, r, "credit_limit") == "20,000.00"
    with tab.ctx.db.session() as s:
        rows = s.scalars(select(AuditLog).where(AuditLog.entity == "customer",
                                                AuditLog.entity_id == tab.selected_row().id)).all()
    fields = {a.field: a.after for a in rows}
    assert fields["created"] == "C010"
    assert fields["credit_limit"] == "20000.00"


def test_edit_changes_terms_with_audit_row(tab, qtbot, monkeypatch):
    from app.ui.dialogs import customer_dialog

    cid = tab.ctx.db.customer_ids["C002"]
    tab.select_customer(cid)

    def change_terms(dlg):
        assert dlg.code.text() == "C002" and dlg.terms.value() == 60
        dlg.terms.setValue(90)
        dlg.reason.setText("new contract")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(customer_dialog.CustomerDialog, "exec", change_terms)
    tab.edit_selected()
    qtbot.waitUntil(lambda: cell(tab, codes(tab).index("C002"), "terms") == 90)
    with tab.ctx.db.session() as s:
        a = s.scalars(select(AuditLog).where(AuditLog.entity == "customer", AuditLog.entity_id == cid,
                                             AuditLog.field == "terms_days")
                      .order_by(AuditLog.id.desc())).first()
    assert (a.before, a.after, a.reason) == ("60", "90", "new contract")


def test_double_click_opens_edit(tab, qtbot, monkeypatch):
    from app.ui.dialogs import customer_dialog

    opened = []
    monkeypatch.setattr(customer_dialog.CustomerDialog, "exec",
                        lambda dlg: opened.append(dlg.code.text()) or 0)
    tab.select_customer(tab.ctx.db.customer_ids["C003"])
    rect = tab.view.visualRect(tab.view.currentIndex())
    # a real double click is press, release, double-click: the view checks the pressed index
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["C003"]


def test_deactivate_and_activate(tab, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    cid = tab.ctx.db.customer_ids["C003"]
    tab.select_customer(cid)
    tab.toggle_active_selected()
    qtbot.waitUntil(lambda: "C003" not in codes(tab))
    tab.show_inactive.setChecked(True)
    tab.select_customer(cid)
    assert tab.active_button.text() == "Activate"
    tab.toggle_active_selected()
    tab.show_inactive.setChecked(False)
    qtbot.waitUntil(lambda: "C003" in codes(tab))
    with tab.ctx.db.session() as s:
        changes = [(a.before, a.after) for a in s.scalars(
            select(AuditLog).where(AuditLog.entity_id == cid, AuditLog.field == "active"))]
    assert changes == [("true", "false"), ("false", "true")]


def test_rows_show_before_the_credit_cells_which_then_fill_in_and_resort(qtbot, ctx, wait_loaded, monkeypatch):
    """Scoring every customer is the slow part: the list appears first, the grade and
    utilisation columns fill in when the scores land (re-sorted when sorted by grade)."""
    import threading

    from app.ui.tabs import customers as mod

    from datetime import date

    from app.services.credit import entries
    with ctx.db.session() as s:                                    # one customer graded A by hand
        entries.set_override(s, entries.customer_id_for(s, "C002"), reason="known payer",
                             until=date(2027, 6, 30), starts_on=date(2026, 11, 1), grade="A")
    gate = threading.Event()
    real = mod._load_credit
    monkeypatch.setattr(mod, "_load_credit", lambda *a: (gate.wait(10), real(*a))[1])
    t = mod.CustomersTab(ctx)
    qtbot.addWidget(t)
    t.show()
    qtbot.waitUntil(lambda: t.loaded_once, timeout=10000)
    assert codes(t) == ["C001", "C002", "C003"] and t.loading      # rows shown, credit pending
    assert all(cell(t, r, "grade") == "" for r in range(3))
    t.model.sort(t.model.column_index("grade"), Qt.SortOrder.DescendingOrder)
    gate.set()
    wait_loaded(t)
    grades = [cell(t, r, "grade") for r in range(3)]
    assert all(g in "ABCD" and g for g in grades)
    assert len(set(grades)) > 1 and grades == sorted(grades, reverse=True)   # re-sorted on arrival
