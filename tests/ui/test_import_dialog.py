"""The import dialog: preview with the detected mapping, check, errors, valid-only, cancel."""

from __future__ import annotations

import csv
import threading
from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from app.models import Customer, ImportProfile, Invoice
from app.ui.dialogs import import_dialog as mod
from app.ui.dialogs.import_dialog import ImportDialog

GOOD = ("单号,客户,日期,金额,备注\n"
        "A-1,C001,2026-11-01,100.00,first\n"
        "A-2,C002,2026-11-02,200.50,second\n"
        "A-3,C003,2026-11-03,300,third\n")

BAD = ("Invoice number,Customer code,Invoice date,Amount\n"
       "B-1,C001,2026-11-01,100.00\n"
       "B-2,C999,2026-11-02,50.00\n"         # unknown customer
       "B-3,C002,2026-13-45,70.00\n"         # not a date
       "B-4,C002,2026-11-04,1.234\n"         # too many decimals for CNY
       "B-5,C003,2026-11-05,88.00\n")


@pytest.fixture(autouse=True)
def no_modal_errors(monkeypatch):
    """Errors would open a modal box; record them instead."""
    shown = []
    monkeypatch.setattr(mod, "show_error", lambda parent, exc, tb="": shown.append(exc))
    return shown


def write(tmp_path, name: str, text: str, encoding: str = "utf-8") -> str:
    p = tmp_path / name
    p.write_text(text, encoding=encoding)
    return str(p)


def idle(dlg) -> bool:
    return not dlg.busy_with


def open_dialog(qtbot, ctx, path: str, kind: str = "invoices") -> ImportDialog:
    dlg = ImportDialog(ctx, kind)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load_file(path)
    qtbot.waitUntil(lambda: idle(dlg) and dlg.plan is not None, timeout=10000)
    return dlg


def invoice_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Invoice))


def choose(dlg, col: int, field: str | None) -> None:
    """Pick ``field`` in the combo above column ``col`` as a user would."""
    combo = dlg.strip.combos[col]
    combo.setCurrentIndex(combo.findData(field))
    combo.activated.emit(combo.currentIndex())


# ------------------------------------------------------------------ preview
def test_preview_shows_the_detected_mapping(qtbot, ctx, tmp_path):
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "good.csv", GOOD))
    assert [dlg.column_field(c) for c in range(5)] == ["number", "customer_code", "issue_date", "amount", None]
    assert dlg.strip.combos[0].currentText() == "Invoice number *"
    assert dlg.preview_model.rowCount() == 3 and dlg.preview_model.columnCount() == 5
    assert dlg.preview_model.headerData(1, mod.Qt.Orientation.Horizontal) == "B  客户"
    assert dlg.preview_model.headerData(0, mod.Qt.Orientation.Vertical) == "2"     # Excel row
    assert "utf-8" in dlg.file_info.text().lower() and "comma" in dlg.file_info.text()
    assert (dlg.plan.new, dlg.plan.errors) == (3, [])
    assert "<b>3</b> new" in dlg.counts.text()
    assert dlg.import_button.isEnabled() and not dlg.valid_button.isVisible()
    assert not dlg.missing_label.isVisible()
    # the unmapped column is greyed out
    grey = dlg.preview_model.data(dlg.preview_model.index(0, 4), mod.Qt.ItemDataRole.ForegroundRole)
    assert grey is not None


def test_gbk_semicolon_file(qtbot, ctx, tmp_path):
    text = GOOD.replace(",", ";").replace("100.00", "100,00").replace("200.50", "200,50")
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "gbk.csv", text, "gbk"))
    assert "gb" in dlg.file_info.text().lower() and "semicolon" in dlg.file_info.text()
    assert dlg.plan.ok and dlg.plan.invoices[1].amount_minor == 20_050
    assert "comma" in dlg.evidence.text()


def test_changing_the_mapping_changes_the_check(qtbot, ctx, tmp_path):
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "good.csv", GOOD))
    choose(dlg, 4, "amount")                        # 备注 as the amount: nothing is an amount
    assert dlg.column_field(3) is None              # a field reads one column only
    assert dlg.stale and not dlg.import_button.isEnabled()
    assert "Check" in dlg.counts.text()
    dlg.check_button.click()
    qtbot.waitUntil(lambda: idle(dlg) and not dlg.stale)
    assert (dlg.plan.new, dlg.plan.invalid) == (0, 3)
    assert dlg.errors_model.rowCount() == 3
    choose(dlg, 4, None)                            # now no amount at all
    assert dlg.missing_label.isVisible() and "Amount" in dlg.missing_label.text()
    dlg.check()
    qtbot.waitUntil(lambda: idle(dlg) and not dlg.stale)
    assert dlg.plan.missing_fields == ["amount"] and not dlg.valid_button.isEnabled()
    choose(dlg, 3, "amount")
    dlg.check()
    qtbot.waitUntil(lambda: idle(dlg) and not dlg.stale)
    assert dlg.plan.ok and dlg.plan.new == 3


def test_every_error_is_listed_with_file_row_and_column(qtbot, ctx, tmp_path):
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "bad.csv", BAD))
    m = dlg.errors_model
    rows = [[m.data(m.index(r, c)) for c in range(4)] for r in range(m.rowCount())]
    assert [r[:3] for r in rows] == [["bad.csv", "3", "Customer code"], ["bad.csv", "4", "Invoice date"],
                                     ["bad.csv", "5", "Amount"]]
    assert "C999" in rows[0][3] and "decimals" in rows[2][3]
    assert (dlg.plan.new, dlg.plan.invalid) == (2, 3)
    assert not dlg.import_button.isEnabled()
    assert dlg.valid_button.isVisible() and dlg.valid_button.isEnabled()
    assert dlg.rejected_button.isEnabled()
    # the rejected rows are tinted in the preview
    tint = dlg.preview_model.data(dlg.preview_model.index(1, 0), mod.Qt.ItemDataRole.BackgroundRole)
    assert tint is not None
    assert dlg.preview_model.data(dlg.preview_model.index(0, 0), mod.Qt.ItemDataRole.BackgroundRole) is None


def test_valid_rows_only_and_rejected_csv(qtbot, ctx, tmp_path):
    before = invoice_count(ctx.db)
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "bad.csv", BAD))
    with qtbot.waitSignal(ctx.data_changed, timeout=10000):
        dlg.valid_button.click()
    qtbot.waitUntil(lambda: idle(dlg) and dlg.result_ is not None)
    assert dlg.result_.written and dlg.result_.new == 2
    assert invoice_count(ctx.db) == before + 2
    with ctx.db.session() as s:
        assert set(s.scalars(select(Invoice.number).where(Invoice.number.like("B-%")))) == {"B-1", "B-5"}
    assert "Imported" in dlg.counts.text()
    assert not dlg.valid_button.isEnabled() and not dlg.import_button.isEnabled()
    out = tmp_path / "rejected.csv"
    dlg.save_rejected(str(out))
    qtbot.waitUntil(lambda: idle(dlg) and dlg.saved_rejected == str(out))
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert [r[0] for r in got[1:]] == ["B-2", "B-3", "B-4"]
    assert got[0][-1].lower() == "error" and "C999" in got[1][-1]
    assert "3 rejected row(s) saved" in dlg.notes.text()


def test_import_then_the_same_file_changes_nothing(qtbot, ctx, tmp_path):
    path = write(tmp_path, "good.csv", GOOD)
    dlg = open_dialog(qtbot, ctx, path)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: idle(dlg) and dlg.result_ is not None)
    assert dlg.result_.new == 3
    with ctx.db.session() as s:
        a2 = s.scalars(select(Invoice).where(Invoice.number == "A-2")).one()
    assert (a2.amount_minor, a2.currency, a2.issue_date) == (20_050, "CNY", date(2026, 11, 2))
    dlg.check()
    qtbot.waitUntil(lambda: idle(dlg) and not dlg.stale)
    assert (dlg.plan.new, dlg.plan.unchanged) == (0, 3)
    assert not dlg.import_button.isEnabled()
    assert "Nothing new" in dlg.counts.text()


def test_cancel_leaves_the_database_unchanged(qtbot, ctx, tmp_path, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = mod.apply_import

    def gated(db, plan, **kw):
        p = kw["progress"]
        step = p.step

        def slow_step(done, what=""):
            started.set()
            release.wait(10)
            step(done, what)
        p.step = slow_step
        return real(db, plan, **kw)

    monkeypatch.setattr(mod, "apply_import", gated)
    before = invoice_count(ctx.db)
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "good.csv", GOOD))
    dlg.import_button.click()
    qtbot.waitUntil(started.is_set)
    assert dlg.busy_with == "import" and dlg.progress_dialog is not None
    dlg.progress_dialog.findChild(QPushButton).click()     # the user presses Cancel
    release.set()
    qtbot.waitUntil(lambda: idle(dlg))
    assert dlg.cancelled_import and dlg.result_ is None
    assert "Nothing was changed" in dlg.counts.text()
    assert invoice_count(ctx.db) == before


def test_mapping_profile_saved_and_loaded(qtbot, ctx, tmp_path):
    text = "Ref,Customer code,When,Total,Sum\nP-1,C001,2026-11-01,1.00,999.00\n"
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "odd.csv", text))
    assert [dlg.column_field(c) for c in range(5)] == [None, "customer_code", None, "amount", None]
    choose(dlg, 0, "number")
    choose(dlg, 2, "issue_date")
    choose(dlg, 4, "amount")                         # "Sum", not "Total", is the invoice amount
    assert dlg.save_mapping_as("Old ERP")
    with ctx.db.session() as s:
        assert s.scalar(select(ImportProfile.name).where(ImportProfile.kind == "invoices")) == "Old ERP"
    assert dlg.profile_combo.currentText() == "Old ERP"
    # a second file with the same layout: detected mapping first, then the profile
    dlg2 = open_dialog(qtbot, ctx, write(tmp_path, "odd2.csv", text.replace("P-1", "P-2")))
    assert dlg2.plan.missing_fields
    dlg2.profile_combo.setCurrentIndex(dlg2.profile_combo.findData("Old ERP"))
    dlg2.profile_combo.activated.emit(dlg2.profile_combo.currentIndex())
    qtbot.waitUntil(lambda: idle(dlg2) and not dlg2.stale)
    assert [dlg2.column_field(c) for c in range(5)] == ["number", "customer_code", "issue_date", None, "amount"]
    assert dlg2.plan.ok and dlg2.plan.invoices[0].amount_minor == 99_900


def test_date_order_evidence_and_override(qtbot, ctx, tmp_path):
    text = "Invoice number,Customer code,Invoice date,Amount\nD-1,C001,03/04/2026,10\n"
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "dates.csv", text))
    assert "No date in the file shows" in dlg.evidence.text() and "03/04/2026" in dlg.evidence.text()
    assert dlg.plan.invoices[0].issue_date == date(2026, 4, 3)
    dlg.date_combo.setCurrentIndex(dlg.date_combo.findData("MDY"))
    assert dlg.stale
    dlg.check()
    qtbot.waitUntil(lambda: idle(dlg) and not dlg.stale)
    assert dlg.plan.invoices[0].issue_date == date(2026, 3, 4)
    assert "as chosen" in dlg.evidence.text()
    proof = text + "D-2,C001,23/11/2026,10\n"
    dlg2 = open_dialog(qtbot, ctx, write(tmp_path, "dates2.csv", proof))
    assert "23/11/2026" in dlg2.evidence.text() and "can only be read" in dlg2.evidence.text()


def test_unreadable_file_is_reported(qtbot, ctx, tmp_path, no_modal_errors):
    dlg = ImportDialog(ctx, "invoices")
    qtbot.addWidget(dlg)
    dlg.load_file(str(tmp_path / "missing.csv"))
    qtbot.waitUntil(lambda: idle(dlg))
    assert dlg.table is None and no_modal_errors
    assert "does not exist" in dlg.counts.text()
    assert not dlg.check_button.isEnabled()


def test_customers_import(qtbot, ctx, tmp_path):
    text = "客户编号,客户名称,币种,账期(天)\nK-1,杭州新客户有限公司,CNY,45\nK-2,New Buyer Ltd,USD,30\n"
    dlg = open_dialog(qtbot, ctx, write(tmp_path, "cust.csv", text), kind="customers")
    assert dlg.windowTitle() == "Import customers"
    assert [dlg.column_field(c) for c in range(4)] == ["code", "name", "currency", "payment_terms_days"]
    dlg.import_button.click()
    qtbot.waitUntil(lambda: idle(dlg) and dlg.result_ is not None)
    with ctx.db.session() as s:
        k1 = s.scalars(select(Customer).where(Customer.code == "K-1")).one()
    assert (k1.name, k1.terms_days) == ("杭州新客户有限公司", 45)


def test_closing_while_checking_ignores_the_late_result(qtbot, ctx, tmp_path):
    dlg = ImportDialog(ctx, "invoices")
    qtbot.addWidget(dlg)
    dlg.load_file(write(tmp_path, "good.csv", GOOD))
    dlg.reject()
    from app.ui.workers import wait_for_all
    wait_for_all()
    qtbot.wait(50)
    assert dlg.plan is None
