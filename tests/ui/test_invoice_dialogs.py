"""New invoice, credit note, cancel and dispute dialogs: validation as you type, writes, audit."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import Allocation, AuditLog, Invoice
from app.services import ledger
from app.ui.dialogs.cancel_dialog import CancelDialog, DisputeDialog
from app.ui.dialogs.invoice_dialog import CreditNoteDialog, InvoiceDialog

AS_OF = date(2026, 11, 23)


def qd(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def ok_button(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def invoice(db, number: str) -> Invoice:
    with db.session() as s:
        return s.scalars(select(Invoice).where(Invoice.number == number)).one()


def audit_rows(db, invoice_id: int) -> list[AuditLog]:
    with db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.entity == "invoice",
                                                     AuditLog.entity_id == invoice_id)))


@pytest.fixture
def new_invoice(qtbot, ctx):
    dlg = InvoiceDialog(ctx, None)
    qtbot.addWidget(dlg)
    return dlg


def fill(qtbot, dlg, customer: str | None = "C003", amount: str = "1,234.50", number: str | None = None):
    if customer is not None:
        dlg.customer.lineEdit().clear()
        QTest.keyClicks(dlg.customer.lineEdit(), customer)
        QTest.keyClick(dlg.customer.lineEdit(), Qt.Key.Key_Return)
    if number is not None:
        dlg.number.setText(number)
    dlg.amount.clear()
    QTest.keyClicks(dlg.amount, amount)


# ----------------------------------------------------------------- invoice
def test_defaults_follow_the_customer(qtbot, new_invoice):
    dlg = new_invoice
    assert dlg.number.text() == "INV-006"                      # after INV-005
    assert not ok_button(dlg).isEnabled()                      # nothing chosen yet
    assert dlg.form.text("customer") == ""                     # …but no shouting either
    fill(qtbot, dlg, "C003")
    assert dlg.customer.chosen().code == "C003"
    assert dlg.currency.currentText() == "EUR"
    assert dlg.due.date() == qd(AS_OF + timedelta(days=14))   # Zenith's terms
    assert "customer's terms" in dlg.terms_hint.text()
    dlg.issue.setDate(qd(date(2026, 12, 1)))
    assert dlg.due.date() == qd(date(2026, 12, 15))            # follows the issue date
    dlg.customer.choose(dlg.customer.choices[0].id)            # C001: 30 days, CNY
    assert dlg.due.date() == qd(date(2026, 12, 31)) and dlg.currency.currentText() == "CNY"
    assert ok_button(dlg).isEnabled()


def test_inactive_customers_are_not_offered(new_invoice):
    assert [c.code for c in new_invoice.customer.choices] == ["C001", "C002", "C003"]


def test_due_before_issue_is_refused(qtbot, new_invoice):
    dlg = new_invoice
    fill(qtbot, dlg)
    assert ok_button(dlg).isEnabled()
    dlg.due.setDate(qd(AS_OF - timedelta(days=1)))
    assert not ok_button(dlg).isEnabled()
    assert "before the invoice date" in dlg.form.text("due")
    dlg.issue.setDate(qd(AS_OF - timedelta(days=3)))          # the hand-set due date stays
    assert dlg.due.date() == qd(AS_OF - timedelta(days=1))
    assert ok_button(dlg).isEnabled() and dlg.form.text("due") == ""


@pytest.mark.parametrize("amount,currency,message", [
    ("12.345", "CNY", "Too many decimals"),
    ("1.5", "JPY", "Too many decimals"),
    ("abc", "CNY", "is not an amount"),
    ("0", "CNY", "greater than zero"),
    ("-5", "CNY", "greater than zero"),
    ("", "CNY", "Enter the amount"),
])
def test_bad_amounts_are_refused(qtbot, new_invoice, amount, currency, message):
    dlg = new_invoice
    fill(qtbot, dlg, amount="1")
    dlg.currency.setCurrentText(currency)
    dlg.amount.setText(amount)
    assert not ok_button(dlg).isEnabled()
    assert message in dlg.form.text("amount")
    dlg.accept()                                               # refused without a write
    assert dlg.result() == 0 and dlg.invoice_id is None


def test_amount_is_parsed_exactly(qtbot, new_invoice):
    dlg = new_invoice
    fill(qtbot, dlg, amount="1,234,567.89")
    assert dlg.amount_minor() == 123_456_789
    assert dlg.amount_hint.text() == "1,234,567.89 EUR"


def test_duplicate_number_is_refused(qtbot, new_invoice):
    dlg = new_invoice
    fill(qtbot, dlg, number="INV-001")
    assert not ok_button(dlg).isEnabled()
    assert "INV-001 is already used" in dlg.form.text("number")
    dlg.number.setText("INV-001-B")
    assert ok_button(dlg).isEnabled()


def test_number_taken_meanwhile_is_shown_under_the_field(qtbot, ctx, new_invoice):
    dlg = new_invoice
    fill(qtbot, dlg, number="INV-777")
    with ctx.db.session() as s:                                # someone else was quicker
        ledger.create_invoice(s, ledger.InvoiceData("INV-777", ctx.db.customer_ids["C001"], AS_OF, "CNY", 1))
    dlg.accept()
    assert dlg.invoice_id is None
    assert "INV-777 is already used" in dlg.form.text("number")


def test_valid_invoice_is_created_and_announced(qtbot, ctx, new_invoice):
    dlg = new_invoice
    fill(qtbot, dlg, amount="800.50")
    dlg.po.setText("PO-42")
    with qtbot.waitSignal(ctx.data_changed):
        QTest.mouseClick(ok_button(dlg), Qt.MouseButton.LeftButton)
    inv = invoice(ctx.db, "INV-006")
    assert dlg.invoice_id == inv.id
    assert (inv.customer_id, inv.currency, inv.amount_minor, inv.open_minor, inv.po) == (
        ctx.db.customer_ids["C003"], "EUR", 80_050, 80_050, "PO-42")
    assert (inv.issue_date, inv.due_date, inv.status) == (AS_OF, AS_OF + timedelta(days=14), "open")
    assert [a.field for a in audit_rows(ctx.db, inv.id)] == ["created"]


def test_new_invoice_appears_selected_in_the_tab(qtbot, ctx, wait_loaded, monkeypatch):
    from app.ui.tabs.invoices import InvoicesTab

    tab = InvoicesTab(ctx)
    qtbot.addWidget(tab)
    wait_loaded(tab)

    def run(dlg):
        fill(qtbot, dlg, "C002", amount="99")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(InvoiceDialog, "exec", run)
    tab.new_item()
    qtbot.waitUntil(lambda: not tab.loading and tab.current_id() is not None)
    assert tab.model.table.number[tab.current_table_row()] == "INV-006"


# ------------------------------------------------------------- credit note
def test_credit_note_for_the_selected_invoice_reduces_open(qtbot, ctx):
    inv1 = invoice(ctx.db, "INV-001")
    dlg = CreditNoteDialog(ctx, None, invoice_id=inv1.id)
    qtbot.addWidget(dlg)
    assert dlg.number.text() == "CN-00001"
    assert dlg.amount.text() == "10000.00"                     # the open amount
    assert not dlg.customer.isEnabled() and dlg.customer.chosen().code == "C001"
    assert not dlg.currency.isEnabled() and dlg.apply.isChecked()
    assert "INV-001" in dlg.header.text()
    assert not ok_button(dlg).isEnabled()                      # a reason is required
    dlg.reason.setText("price correction")
    dlg.amount.setText("10000.01")
    assert not ok_button(dlg).isEnabled() and "Only 10,000.00 CNY is open" in dlg.form.text("amount")
    dlg.amount.setText("2500")
    assert ok_button(dlg).isEnabled()
    dlg.accept()
    assert dlg.result() == 1
    assert invoice(ctx.db, "INV-001").open_minor == 750_000
    assert invoice(ctx.db, "INV-001").status == "partly_paid"
    cn = invoice(ctx.db, "CN-00001")
    assert (cn.kind, cn.amount_minor, cn.open_minor, cn.corrects_invoice_id) == ("credit_note", 250_000, 0, inv1.id)
    with ctx.db.session() as s:
        assert s.scalar(select(Allocation.amount_minor).where(Allocation.credit_note_id == cn.id)) == 250_000
    assert any(a.reason == "price correction" for a in audit_rows(ctx.db, cn.id))


def test_credit_note_cannot_predate_the_invoice(qtbot, ctx):
    inv1 = invoice(ctx.db, "INV-001")
    dlg = CreditNoteDialog(ctx, None, invoice_id=inv1.id)
    qtbot.addWidget(dlg)
    dlg.reason.setText("x")
    dlg.issue.setDate(qd(inv1.issue_date - timedelta(days=1)))
    assert not ok_button(dlg).isEnabled() and "before the invoice" in dlg.form.text("issue")
    dlg.apply.setChecked(False)                                # not applied: any date will do
    assert ok_button(dlg).isEnabled()


def test_credit_note_for_a_customer_stays_unapplied(qtbot, ctx):
    dlg = CreditNoteDialog(ctx, None, customer_id=ctx.db.customer_ids["C002"])
    qtbot.addWidget(dlg)
    assert dlg.customer.isEnabled() and dlg.apply.isHidden()
    dlg.amount.setText("300")
    dlg.reason.setText("goodwill")
    dlg.accept()
    cn = invoice(ctx.db, dlg.number.text())
    assert (cn.customer_id, cn.open_minor, cn.status) == (ctx.db.customer_ids["C002"], 30_000, "open")


def test_tab_opens_the_credit_note_for_the_selected_invoice(qtbot, ctx, wait_loaded, monkeypatch):
    from app.ui.tabs.invoices import InvoicesTab

    tab = InvoicesTab(ctx)
    qtbot.addWidget(tab)
    wait_loaded(tab)
    inv3 = invoice(ctx.db, "INV-003")
    tab.select_invoice(inv3.id)

    def run(dlg):
        assert dlg.target is not None and dlg.target.id == inv3.id
        dlg.amount.setText("100")
        dlg.reason.setText("returned goods")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(CreditNoteDialog, "exec", run)
    QTest.mouseClick(tab.toolbar.widgetForAction(tab.credit_action), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.loading and tab.current_id() == inv3.id)
    r = tab.current_table_row()
    assert tab.model.display_text(r, 7) == "29,900.00"         # open reduced by 100.00


# ------------------------------------------------------------------ cancel
def test_cancel_requires_a_reason_and_is_audited(qtbot, ctx):
    inv4 = invoice(ctx.db, "INV-004")
    dlg = CancelDialog(ctx, inv4.id)
    qtbot.addWidget(dlg)
    assert not dlg.action.isEnabled()
    dlg.accept()                                               # no reason: nothing happens
    assert invoice(ctx.db, "INV-004").status == "open"
    QTest.keyClicks(dlg.reason, "issued twice")
    assert dlg.action.isEnabled()
    with qtbot.waitSignal(ctx.data_changed):
        QTest.mouseClick(dlg.action, Qt.MouseButton.LeftButton)
    inv = invoice(ctx.db, "INV-004")
    assert (inv.status, inv.open_minor, inv.cancel_reason, inv.cancelled_on) == (
        "cancelled", 0, "issued twice", AS_OF)
    rows = audit_rows(ctx.db, inv.id)
    assert [(a.field, a.before, a.after, a.reason) for a in rows if a.field == "status"] == [
        ("status", "open", "cancelled", "issued twice")]


def test_cancel_explains_applied_payments(qtbot, ctx):
    inv2 = invoice(ctx.db, "INV-002")                         # has a payment applied
    dlg = CancelDialog(ctx, inv2.id)
    qtbot.addWidget(dlg)
    assert not dlg.action.isEnabled() and not dlg.reason.isEnabled()
    assert "cannot be cancelled" in dlg.explanation.text()
    assert "credit note" in dlg.explanation.text()
    dlg.reason.setPlainText("anyway")
    dlg.accept()
    assert invoice(ctx.db, "INV-002").status == "partly_paid"


def test_cancelled_invoice_cannot_be_cancelled_again(qtbot, ctx):
    inv5 = invoice(ctx.db, "INV-005")
    with ctx.db.session() as s:
        ledger.cancel_invoice(s, inv5.id, "x", AS_OF)
    dlg = CancelDialog(ctx, inv5.id)
    qtbot.addWidget(dlg)
    assert "already cancelled" in dlg.explanation.text() and not dlg.action.isEnabled()


# ----------------------------------------------------------------- dispute
def test_dispute_toggles_the_status(qtbot, ctx):
    inv3 = invoice(ctx.db, "INV-003")
    dlg = DisputeDialog(ctx, inv3.id, True)
    qtbot.addWidget(dlg)
    assert not dlg.action.isEnabled()                          # why is required
    dlg.reason.setPlainText("quality complaint")
    dlg.accept()
    inv = invoice(ctx.db, "INV-003")
    assert (inv.status, inv.disputed, inv.dispute_reason) == ("disputed", True, "quality complaint")
    dlg2 = DisputeDialog(ctx, inv3.id, False)
    qtbot.addWidget(dlg2)
    assert "quality complaint" in dlg2.explanation.text()
    assert dlg2.action.isEnabled()                             # a note is optional
    dlg2.accept()
    inv = invoice(ctx.db, "INV-003")
    assert (inv.status, inv.disputed) == ("open", False)
    fields = [a.field for a in audit_rows(ctx.db, inv.id)]
    assert fields.count("disputed") == 2


def test_tab_dispute_actions(qtbot, ctx, wait_loaded, monkeypatch):
    from app.ui.tabs.invoices import InvoicesTab

    tab = InvoicesTab(ctx)
    qtbot.addWidget(tab)
    wait_loaded(tab)
    inv1 = invoice(ctx.db, "INV-001")
    tab.select_invoice(inv1.id)

    def run(dlg):
        dlg.reason.setPlainText("disputed amount")
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(DisputeDialog, "exec", run)
    tab.dispute_action.trigger()
    qtbot.waitUntil(lambda: not tab.loading and tab.undispute_action.isEnabled())
    assert tab.model.display_text(tab.current_table_row(), 8) == "Disputed"
    tab.undispute_action.trigger()
    qtbot.waitUntil(lambda: not tab.loading and tab.dispute_action.isEnabled())
    assert tab.model.display_text(tab.current_table_row(), 8) == "Open"
