"""Write-off / reverse dialogs, the Invoices tab actions, Import payments, the exchange-rates dialog."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.models import AuditLog, Invoice, Payment, WriteOff
from app.services import fx
from app.services import writeoffs as W
from app.ui.dialogs import rates_dialog
from app.ui.dialogs.rates_dialog import ExchangeRatesDialog
from app.ui.dialogs.writeoff_dialog import ReverseWriteOffDialog, WriteOffDialog

AS_OF = date(2026, 11, 23)


def invoice(db, number: str) -> Invoice:
    with db.session() as s:
        return s.scalars(select(Invoice).where(Invoice.number == number)).one()


# ----------------------------------------------------------------- write-off dialogs
def test_write_off_dialog_writes_a_dated_audited_write_off(qtbot, ctx):
    inv1 = invoice(ctx.db, "INV-001")
    dlg = WriteOffDialog(ctx, inv1.id)
    qtbot.addWidget(dlg)
    assert dlg.date_edit.date() == QDate(2026, 11, 23)
    assert "10,000.00 CNY" in dlg.explanation.text()
    assert not dlg.action.isEnabled()                            # a reason is required
    dlg.date_edit.setDate(QDate(2026, 11, 20))
    QTest.keyClicks(dlg.reason, "customer insolvent")
    assert dlg.action.isEnabled()
    with qtbot.waitSignal(ctx.data_changed):
        QTest.mouseClick(dlg.action, Qt.MouseButton.LeftButton)
    inv = invoice(ctx.db, "INV-001")
    assert (inv.status, inv.open_minor) == ("written_off", 0)
    with ctx.db.session() as s:
        wo = s.scalars(select(WriteOff)).one()
        assert (wo.date, wo.amount_minor, wo.reason) == (date(2026, 11, 20), 1_000_000, "customer insolvent")
        assert s.scalars(select(AuditLog).where(AuditLog.entity == "write_off")).one().reason == "customer insolvent"


def test_write_off_dialog_refuses_what_the_service_refuses(qtbot, ctx, monkeypatch):
    inv2 = invoice(ctx.db, "INV-002")
    dlg = WriteOffDialog(ctx, inv2.id)
    qtbot.addWidget(dlg)
    shown = []
    monkeypatch.setattr("app.ui.dialogs.cancel_dialog.show_error", lambda parent, exc, tb="": shown.append(exc))
    dlg.date_edit.setDate(QDate(2026, 11, 20))                   # before the payment of 11-21
    dlg.reason.setPlainText("bad")
    dlg.accept()
    assert shown and "before the last payment" in str(shown[0])
    assert invoice(ctx.db, "INV-002").status == "partly_paid"
    with ctx.db.session() as s:
        W.write_off(s, inv2.id, AS_OF, "gone")
    again = WriteOffDialog(ctx, inv2.id)
    qtbot.addWidget(again)
    assert "already written off" in again.explanation.text()
    assert not again.action.isEnabled() and not again.date_edit.isEnabled()


def test_reverse_dialog_opens_the_balance_again(qtbot, ctx):
    inv1 = invoice(ctx.db, "INV-001")
    blocked = ReverseWriteOffDialog(ctx, inv1.id)
    qtbot.addWidget(blocked)
    assert "is not written off" in blocked.explanation.text() and not blocked.action.isEnabled()
    with ctx.db.session() as s:
        W.write_off(s, inv1.id, date(2026, 11, 1), "insolvent")
    dlg = ReverseWriteOffDialog(ctx, inv1.id)
    qtbot.addWidget(dlg)
    assert "Written off on 2026-11-01: 10,000.00 CNY (insolvent)" in dlg.explanation.text()
    dlg.reason.setPlainText("paid after all")
    with qtbot.waitSignal(ctx.data_changed):
        dlg.accept()
    inv = invoice(ctx.db, "INV-001")
    assert (inv.status, inv.open_minor) == ("open", 1_000_000)
    with ctx.db.session() as s:
        wo = s.scalars(select(WriteOff)).one()
        assert wo.reversed_at is not None and wo.reversal_reason == "paid after all"


# ----------------------------------------------------------------- the Invoices tab
@pytest.fixture
def tab(qtbot, ctx, wait_loaded):
    from app.ui.tabs.invoices import InvoicesTab

    t = InvoicesTab(ctx)
    qtbot.addWidget(t)
    t.resize(1400, 700)
    t.show()
    wait_loaded(t)
    t.filters.set_status("all")
    return t


def test_tab_write_off_and_reverse_actions(qtbot, tab, ctx, wait_loaded, monkeypatch):
    inv1 = invoice(ctx.db, "INV-001").id
    assert tab.select_invoice(inv1)
    assert tab.writeoff_action.isEnabled() and not tab.reverse_writeoff_action.isEnabled()
    rect = tab.view.visualRect(tab.model.index(tab.model.model_row_of_id(inv1), 0))
    names = [a.objectName() for a in tab.context_menu_at(rect.center()).actions() if not a.isSeparator()]
    assert "write_off" in names and "reverse_write_off" in names

    def accept_with(reason):
        def fake_exec(dlg):
            dlg.reason.setPlainText(reason)
            dlg.accept()
            return dlg.result()
        return fake_exec

    monkeypatch.setattr(WriteOffDialog, "exec", accept_with("insolvent"))
    tab.writeoff_action.trigger()
    wait_loaded(tab)
    qtbot.waitUntil(lambda: tab.current_id() == inv1)
    assert invoice(ctx.db, "INV-001").status == "written_off"
    assert not tab.writeoff_action.isEnabled() and tab.reverse_writeoff_action.isEnabled()
    assert not tab.cancel_action.isEnabled()
    monkeypatch.setattr(ReverseWriteOffDialog, "exec", accept_with("oops"))
    tab.reverse_writeoff_action.trigger()
    wait_loaded(tab)
    qtbot.waitUntil(lambda: tab.writeoff_action.isEnabled())
    assert invoice(ctx.db, "INV-001").status == "open"


# ----------------------------------------------------------------- import payments
def test_import_payments_dialog_end_to_end(qtbot, ctx, tmp_path, monkeypatch):
    from app.ui.dialogs import import_dialog as mod
    from app.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(mod, "show_error", lambda parent, exc, tb="": None)
    p = tmp_path / "pay.csv"
    p.write_text("收款日期,客户编号,金额,发票号码,备注\n2026-11-01,C001,500.00,INV-001,TT 1\n"
                 "2026-11-02,C002,80,,advance\n", encoding="gb18030")
    dlg = ImportDialog(ctx, "payments")
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Import payments"
    dlg.show()
    dlg.load_file(str(p))
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.plan is not None, timeout=10000)
    assert dlg.mapping == {"date": 0, "customer_code": 1, "currency": None, "amount": 2,
                           "invoice_number": 3, "reference": 4}
    assert dlg.plan.ok and dlg.plan.new == 2 and dlg.import_button.isEnabled()
    dlg.import_button.click()
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.result_ is not None, timeout=10000)
    assert dlg.result_.written and dlg.result_.new == 2
    assert invoice(ctx.db, "INV-001").open_minor == 1_000_000 - 50_000
    dlg.check()
    qtbot.waitUntil(lambda: not dlg.busy_with and not dlg.stale)
    assert (dlg.plan.new, dlg.plan.unchanged) == (0, 2)
    with ctx.db.session() as s:
        assert len(s.scalars(select(Payment).where(Payment.source == "import")).all()) == 2


def test_window_has_import_payments_and_exchange_rates(window, monkeypatch):
    import app.ui.dialogs.import_dialog as mod

    seen = []

    class Fake:
        def __init__(self, ctx, kind, parent):
            seen.append(kind)

        def exec(self):
            return 0

    monkeypatch.setattr(mod, "ImportDialog", Fake)
    assert window.acts.import_payments in window.file_menu.actions()
    assert window.acts.exchange_rates in window.edit_menu.actions()
    assert window.acts.import_payments.isEnabled() and window.acts.exchange_rates.isEnabled()
    window.acts.import_payments.trigger()
    assert seen == ["payments"]
    opened = []
    monkeypatch.setattr(ExchangeRatesDialog, "exec", lambda self: opened.append(self.rate_count()) or 0)
    window.acts.exchange_rates.trigger()
    assert opened == [0]


# ----------------------------------------------------------------- exchange rates
@pytest.fixture
def rates(qtbot, ctx):
    dlg = ExchangeRatesDialog(ctx)
    qtbot.addWidget(dlg)
    return dlg


def test_set_and_remove_rates(qtbot, rates, ctx):
    assert "CNY per one unit" in rates.intro.text()
    rates.date_edit.setDate(QDate(2026, 11, 1))
    rates.currency.setCurrentText("USD")
    QTest.keyClicks(rates.rate_edit, "7,1234")                  # a decimal comma is accepted
    with qtbot.waitSignal(ctx.data_changed):
        QTest.mouseClick(rates.set_button, Qt.MouseButton.LeftButton)
    assert rates.rate_count() == 1 and rates.rate_edit.text() == ""
    with ctx.db.engine.connect() as c:
        assert fx.rate_on(c, "USD", AS_OF) == Decimal("7.1234")
    rates.currency.setCurrentText("CNY")
    rates.rate_edit.setText("1")
    rates.set_rate()
    assert "CNY is the home currency" in rates.problem.text()
    rates.currency.setCurrentText("EUR")
    rates.rate_edit.setText("abc")
    rates.set_rate()
    assert "abc is not a rate" in rates.problem.text()
    rates.rate_edit.setText("7.85")
    rates.set_rate()
    assert rates.rate_count() == 2 and rates.problem.text() == ""
    assert not rates.remove_button.isEnabled()
    row = rates.model.find_row(lambda r: r.currency == "USD")
    rates.view.selectionModel().select(rates.model.index(row, 0),
                                       QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert rates.remove_button.isEnabled()
    rates.remove_button.click()
    assert rates.rate_count() == 1 and "1 rate(s) removed" in rates.status.text()
    with ctx.db.engine.connect() as c:
        assert fx.rate_on(c, "USD", AS_OF) is None


def test_import_rates_csv_in_a_worker(qtbot, rates, ctx, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(rates_dialog, "show_error", lambda parent, exc, tb="": shown.append(exc))
    good = tmp_path / "rates.csv"
    good.write_text("日期,币种,汇率\n2026-11-01,USD,7.12\n2026-11-01,EUR,7.8\n", encoding="utf-8")
    rates.import_file(str(good))
    qtbot.waitUntil(lambda: not rates.is_busy(), timeout=10000)
    assert rates.rate_count() == 2 and "2 new rate(s)" in rates.status.text()
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,币种,汇率\n2026-11-01,USD,7.2\n2026-11-02,XYZ,1\n", encoding="utf-8")
    rates.import_file(str(bad))
    qtbot.waitUntil(lambda: not rates.is_busy(), timeout=10000)
    assert shown and "2 row error(s)" in str(shown[0])
    assert rates.rate_count() == 2
    rates.import_file(str(good))
    qtbot.waitUntil(lambda: not rates.is_busy(), timeout=10000)
    assert "0 new rate(s) (not written), 2 unchanged" in rates.status.text()


# ----------------------------------------------------------------- oldest-first allocation
def test_allocate_dialog_shows_the_plan_and_applies_it(qtbot, ctx, tab, wait_loaded, monkeypatch):
    from app.services import ledger
    from app.ui.dialogs.allocate_dialog import AllocateDialog

    c001 = ctx.db.customer_ids["C001"]
    with ctx.db.session() as s:
        ledger.record_payment(s, customer_id=c001, on=AS_OF - timedelta(days=1), currency="CNY",
                              amount_minor=1_200_000, reference="TT 99")
    dlg = AllocateDialog(ctx, c001)
    qtbot.addWidget(dlg)
    m = dlg.model
    rows = [[m.data(m.index(r, c)) for c in range(5)] for r in range(m.rowCount())]
    assert rows == [["Payment TT 99", "INV-001", "2026-09-24", "10,000.00 CNY", "2026-11-22"],
                    ["Payment TT 99", "INV-002", "2026-12-13", "1,500.00 CNY", "2026-11-22"]]
    assert "2 allocation(s), 11,500.00 CNY in all." in dlg.summary.text()
    assert "Left unallocated: 500.00 CNY." in dlg.summary.text()
    dlg.dated.setCurrentIndex(1)
    assert {m.data(m.index(r, 4)) for r in range(m.rowCount())} == {"2026-11-23"}
    with qtbot.waitSignal(ctx.data_changed):
        dlg.apply_button.click()
    assert len(dlg.applied) == 2
    assert invoice(ctx.db, "INV-001").status == "paid" and invoice(ctx.db, "INV-002").status == "paid"
    again = AllocateDialog(ctx, c001)
    qtbot.addWidget(again)
    assert not again.apply_button.isEnabled() and "Nothing to allocate" in again.summary.text()
    # from the Invoices tab: the selected row's customer
    opened = []
    monkeypatch.setattr(AllocateDialog, "exec", lambda self: opened.append(self.customer_id) or 0)
    wait_loaded(tab)
    tab.select_invoice(invoice(ctx.db, "INV-003").id)
    assert tab.allocate_action.isEnabled()
    tab.allocate_action.trigger()
    assert opened == [ctx.db.customer_ids["C002"]]
