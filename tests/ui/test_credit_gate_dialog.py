"""A new invoice past the warning line or the limit asks for a reason; cancelling saves nothing,
a reason saves the invoice and is audited on the customer."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.models import AuditLog, Invoice
from app.ui.dialogs.invoice_dialog import InvoiceDialog


def _dialog(qtbot, ctx, amount):
    dlg = InvoiceDialog(ctx, None)
    qtbot.addWidget(dlg)
    QTest.keyClicks(dlg.customer.lineEdit(), "C001")          # Acme: limit 50,000.00, 11,500.00 open
    QTest.keyClick(dlg.customer.lineEdit(), Qt.Key.Key_Return)
    dlg.amount.clear()
    QTest.keyClicks(dlg.amount, amount)
    return dlg


def _gate_rows(db):
    with db.session() as s:
        return [(a.after, a.reason) for a in s.scalars(select(AuditLog).where(AuditLog.field == "credit_gate"))]


def _numbers(db):
    with db.session() as s:
        return set(s.scalars(select(Invoice.number)))


def test_within_the_line_asks_nothing(qtbot, ctx, monkeypatch):
    dlg = _dialog(qtbot, ctx, "20,000.00")                     # 31,500 = 63 %
    monkeypatch.setattr(dlg, "ask_credit_reason", lambda check: (_ for _ in ()).throw(AssertionError))
    dlg.accept()
    assert dlg.result() and "INV-006" in _numbers(ctx.db) and _gate_rows(ctx.db) == []


def test_past_the_warning_line_cancel_saves_nothing(qtbot, ctx, monkeypatch):
    dlg = _dialog(qtbot, ctx, "30,000.00")                     # 41,500 = 83 % ≥ 80 %
    seen = []
    monkeypatch.setattr(dlg, "ask_credit_reason", lambda check: seen.append(check) or None)
    dlg.accept()
    assert seen and seen[0].status == "warning" and seen[0].exposure_after == 4_150_000
    assert not dlg.result() and "INV-006" not in _numbers(ctx.db) and _gate_rows(ctx.db) == []


def test_over_the_limit_with_a_reason_is_saved_and_audited(qtbot, ctx, monkeypatch):
    dlg = _dialog(qtbot, ctx, "45,000.00")                     # 56,500 > 50,000
    monkeypatch.setattr(dlg, "ask_credit_reason",
                        lambda check: "Order confirmed by the sales manager" if check.status == "over_limit" else None)
    dlg.accept()
    assert dlg.result() and "INV-006" in _numbers(ctx.db)
    rows = _gate_rows(ctx.db)
    assert len(rows) == 1 and rows[0][1] == "Order confirmed by the sales manager"
    assert rows[0][0].startswith("INV-006: over_limit, exposure 56,500.00 CNY / limit 50,000.00")


def test_import_dialog_shows_the_check_and_asks_for_a_reason(qtbot, ctx, tmp_path, monkeypatch):
    from app.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "big.csv"
    path.write_text("number,customer_code,issue_date,due_date,currency,amount\n"
                    "INV-900,C001,2026-11-20,2026-12-20,CNY,45000.00\n", encoding="utf-8")
    dlg = ImportDialog(ctx, "invoices")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load_file(str(path))
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.plan is not None, timeout=10000)
    assert len(dlg.plan.credit_checks) == 1 and "56,500.00" in dlg.counts.text()
    monkeypatch.setattr(dlg, "ask_credit_reason", lambda plan: "")        # the user cancels
    dlg.start_import()
    assert not dlg.busy_with and "INV-900" not in _numbers(ctx.db)
    monkeypatch.setattr(dlg, "ask_credit_reason", lambda plan: "Opening balances")
    dlg.start_import()
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.result_ is not None, timeout=10000)
    assert "INV-900" in _numbers(ctx.db)
    assert [r for _, r in _gate_rows(ctx.db)] == ["Opening balances"]
