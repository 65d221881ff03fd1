"""The Credit tab's Insurance section as a working area: policies, insured buyers, overdue
notifications, the warning window, claims (open with a live claimable amount, file, paid,
rejected, recoveries), the documents checklist, and status buttons per claim status."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import text

from app.services import insurance, ledger

AS_OF = date(2026, 11, 23)      # tests/ui/conftest.py


@pytest.fixture
def ins_db(ui_db):
    """ui_db plus a second overdue invoice of C001: INV-001 10,000.00 (due 60 days ago) and
    INV-010 8,000.00 (due 50 days ago)."""
    with ui_db.session() as s:
        ui_db.inv10 = ledger.create_invoice(s, ledger.InvoiceData(
            "INV-010", ui_db.customer_ids["C001"], AS_OF - timedelta(days=80), "CNY", 800_000,
            due_date=AS_OF - timedelta(days=50)))
    return ui_db


def add_policy(db, **kw) -> int:
    data = dict(insurer="中国信保 Sinosure", number="SIN-2026-01", currency="CNY", starts_on=date(2026, 1, 1),
                ends_on=date(2026, 12, 31), indemnity_bp=9000, deductible_minor=50_000)
    data.update(kw)
    with db.session() as s:
        return insurance.add_policy(s, insurance.PolicyData(**data))


@pytest.fixture
def insured(ins_db):
    """Policy SIN-2026-01 (90 %, deductible 500.00) with C001 insured up to 15,000.00."""
    pid = add_policy(ins_db)
    with ins_db.session() as s:
        insurance.add_buyer(s, pid, ins_db.customer_ids["C001"], limit_minor=1_500_000, valid_from=date(2026, 1, 1))
    ins_db.policy_id = pid
    return ins_db


@pytest.fixture
def ictx(qtbot, ins_db):
    from app.ui.context import AppContext
    from app.ui.workers import wait_for_all

    c = AppContext(ins_db, AS_OF)
    yield c
    wait_for_all()


def _section(qtbot, ctx):
    from app.ui.dialogs.credit_insurance import InsuranceSection

    sec = InsuranceSection(ctx)
    qtbot.addWidget(sec)
    sec.resize(1300, 600)
    sec.show()
    sec.reload()
    qtbot.waitUntil(lambda: sec.loaded_once and not sec.loading, timeout=10000)
    return sec


@pytest.fixture
def sec(qtbot, ictx):
    return _section(qtbot, ictx)


def reloaded(qtbot, sec) -> None:
    sec.after_write()
    qtbot.waitUntil(lambda: not sec.loading, timeout=10000)


def accept(qtbot, dlg) -> None:
    """OK on a WriteDialog: its write runs in a worker; wait until it accepted."""
    dlg.accept()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert dlg.result() == QDialog.DialogCode.Accepted, dlg.problem.text() + " / " + " ".join(
        t.text() for t in dlg.form.labels.values())


def refused(qtbot, dlg) -> None:
    dlg.accept()
    qtbot.waitUntil(lambda: not dlg.busy, timeout=10000)
    assert dlg.result() != QDialog.DialogCode.Accepted


def count(db, table: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()


def in_modal(fill):
    """Run ``fill(dialog)`` on the next modal dialog (rejecting it if ``fill`` fails)."""
    errors: list[BaseException] = []

    def run():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, run)
            return
        try:
            fill(dlg)
        except BaseException as exc:  # noqa: BLE001 - reported after exec returns
            errors.append(exc)
            dlg.reject()

    QTimer.singleShot(0, run)
    return errors


# ------------------------------------------------------------------------------ policies

def test_new_policy_through_the_section(qtbot, sec, ictx):
    assert sec.policy_model.rowCount() == 0 and not sec.add_buyer_button.isEnabled()

    def fill(dlg):
        dlg.insurer.setCurrentText("Coface")
        dlg.number.setText("CF-2026-7")
        dlg.currency.setCurrentText("CNY")
        dlg.indemnity.setText("87.5")
        dlg.extension.setValue(90)
        dlg.notify_after.setValue(2)
        dlg.notify_unit.setCurrentIndex(dlg.notify_unit.findData("months"))
        dlg.claim_after.setValue(120)
        dlg.claim_unit.setCurrentIndex(dlg.claim_unit.findData("days"))
        dlg.claim_from.setCurrentIndex(dlg.claim_from.findData("due"))
        dlg.deductible.setText("1,000.50")
        dlg.first_loss.setText("20000")
        dlg.note.setText("whole turnover")
        dlg.accept()

    errors = in_modal(fill)
    sec.new_policy()
    assert not errors
    qtbot.waitUntil(lambda: sec.policy_model.rowCount() == 1 and not sec.loading, timeout=10000)
    p = sec.selected_policy()
    assert p is not None and p.number == "CF-2026-7"           # the new policy is selected
    m = sec.policy_model
    assert m.data(m.index(0, m.column_index("indemnity"))) == "87.50 %"
    with ictx.db.engine.connect() as conn:
        [row] = insurance.list_policies(conn)
    assert (row.insurer, row.currency, row.starts_on, row.ends_on) == ("Coface", "CNY", date(2026, 1, 1),
                                                                       date(2026, 12, 31))
    assert (row.indemnity_bp, row.extension_days, row.notify_after, row.notify_unit) == (8750, 90, 2, "months")
    assert (row.claim_after, row.claim_unit, row.claim_from) == (120, "days", "due")
    assert (row.deductible_minor, row.first_loss_minor, row.note) == (100_050, 2_000_000, "whole turnover")
    assert sec.add_buyer_button.isEnabled()


def test_edit_policy(qtbot, insured, sec, ictx):
    from app.ui.dialogs.insurance_policy import PolicyDialog

    dlg = PolicyDialog(ictx, sec, policy=sec.policy_model.rows()[0])
    qtbot.addWidget(dlg)
    assert dlg.number.text() == "SIN-2026-01" and dlg.indemnity.text() == "90" and dlg.deductible.text() == "500.00"
    dlg.indemnity.setText("85")
    accept(qtbot, dlg)
    with ictx.db.engine.connect() as conn:
        assert insurance.list_policies(conn)[0].indemnity_bp == 8500
        assert conn.execute(text("SELECT COUNT(*) FROM audit_log WHERE entity = 'insurance_policy' "
                                 "AND field = 'indemnity_bp'")).scalar() == 1


@pytest.mark.parametrize("field,setup,words", [
    ("indemnity", lambda d: d.indemnity.setText("120"), "indemnity"),
    ("indemnity", lambda d: d.indemnity.setText("ninety"), "percentage"),
    ("ends_on", lambda d: d.ends_on.setDate(d.starts_on.date().addDays(-1)), "ends on"),
    ("number", lambda d: d.number.setText("  "), "policy number"),
    ("deductible", lambda d: d.deductible.setText("12x"), "not an amount"),
])
def test_wrong_policy_value_names_the_field_and_writes_nothing(qtbot, sec, ictx, field, setup, words):
    from app.ui.dialogs.insurance_policy import PolicyDialog

    dlg = PolicyDialog(ictx, sec)
    qtbot.addWidget(dlg)
    dlg.insurer.setCurrentText("Coface")
    dlg.number.setText("CF-1")
    setup(dlg)
    refused(qtbot, dlg)
    shown = dlg.form.text(field)
    assert words in shown.lower(), shown
    assert [k for k, lab in dlg.form.labels.items() if lab.text()] == [field]      # only that field
    assert count(ictx.db, "insurance_policy") == 0


def test_duplicate_policy_number_from_the_service(qtbot, insured, sec, ictx):
    from app.ui.dialogs.insurance_policy import PolicyDialog

    dlg = PolicyDialog(ictx, sec)
    qtbot.addWidget(dlg)
    dlg.insurer.setCurrentText("Coface")
    dlg.number.setText("SIN-2026-01")
    refused(qtbot, dlg)            # checked by the service in the worker
    assert "exists already" in dlg.form.text("number")
    assert count(ictx.db, "insurance_policy") == 1


def test_warning_window(qtbot, sec, ictx):
    from app.ui.dialogs.insurance_policy import WarningWindowDialog

    dlg = WarningWindowDialog(ictx, sec)
    qtbot.addWidget(dlg)
    assert dlg.days.value() == 14
    dlg.days.setValue(30)
    accept(qtbot, dlg)
    with ictx.db.engine.connect() as conn:
        assert insurance.load_settings(conn).warning_days == 30


# -------------------------------------------------------------------------------- buyers

def test_add_and_end_a_buyer(qtbot, ins_db, ictx):
    pid = add_policy(ins_db)
    sec = _section(qtbot, ictx)
    from app.ui.dialogs.insurance_buyer import BuyerDialog, EndBuyerDialog

    dlg = BuyerDialog(ictx, sec)
    qtbot.addWidget(dlg)
    assert dlg.limit_currency.text() == "CNY"
    refused(qtbot, dlg)
    assert dlg.form.text("customer")                       # no customer chosen
    dlg.customer.choose(ins_db.customer_ids["C002"])
    refused(qtbot, dlg)
    assert dlg.form.text("limit")                          # no limit entered
    dlg.limit.setText("300,000")
    dlg.valid_from.setDate(dlg.valid_from.date().addDays(-100))
    dlg.reference.setText("LMT-9")
    accept(qtbot, dlg)
    reloaded(qtbot, sec)
    assert sec.buyer_model.rowCount() == 1
    b = sec.buyer_model.rows()[0]
    assert (b.code, b.policy_id, b.limit_minor, b.valid_to, b.status, b.reference) == (
        "C002", pid, 30_000_000, None, "approved", "LMT-9")
    # overlapping a limit in force: the service's message under "Valid from", nothing written
    dlg2 = BuyerDialog(ictx, sec, customer_id=ins_db.customer_ids["C002"], policy_id=pid)
    qtbot.addWidget(dlg2)
    dlg2.limit.setText("1000")
    refused(qtbot, dlg2)
    assert "already has an approved limit" in dlg2.form.text("valid_from")
    assert count(ictx.db, "insured_buyer") == 1

    end = EndBuyerDialog(ictx, b, sec)
    qtbot.addWidget(end)
    refused(qtbot, end)
    assert end.form.text("reason")                         # a reason is required
    end.reason.setText("limit withdrawn by the insurer")
    assert end.status.currentData() == "withdrawn"
    accept(qtbot, end)
    reloaded(qtbot, sec)
    b2 = sec.buyer_model.rows()[0]
    assert (b2.valid_to, b2.status) == (AS_OF, "withdrawn")
    with ictx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT reason FROM audit_log WHERE entity = 'insured_buyer' AND field = 'status'")
                            ).scalar() == "limit withdrawn by the insurer"


def test_exposure_above_the_insured_limit_is_flagged(qtbot, ins_db, ictx):
    pid = add_policy(ins_db)
    with ins_db.session() as s:      # C001 owes 9,000.00 + 1,500.00 + 8,000.00 = 18,500.00 (less 0 unapplied)
        insurance.add_buyer(s, pid, ins_db.customer_ids["C001"], limit_minor=500_000, valid_from=date(2026, 1, 1))
        insurance.add_buyer(s, pid, ins_db.customer_ids["C002"], limit_minor=90_000_000, valid_from=date(2026, 1, 1))
    sec = _section(qtbot, ictx)
    m = sec.buyer_model
    r1 = m.find_row(lambda r: r.code == "C001")
    r2 = m.find_row(lambda r: r.code == "C002")
    over = m.column_index("over")
    with ictx.db.engine.connect() as conn:
        e = {x.code: x for x in insurance.insured_exposures(conn, AS_OF)}
    assert e["C001"].status == "over" and e["C002"].status == "ok"
    assert m.data(m.index(r1, over)) == f"{e['C001'].over_minor // 100:,}.{e['C001'].over_minor % 100:02d}"
    assert m.data(m.index(r1, over), Qt.ItemDataRole.ForegroundRole).color().red() > 150
    assert "not insured" in m.data(m.index(r1, m.column_index("exposure")), Qt.ItemDataRole.ToolTipRole)
    assert m.data(m.index(r2, over)) == ""
    assert m.data(m.index(r2, over), Qt.ItemDataRole.ForegroundRole) is None
    assert "1 above the insured limit" in sec.over_label.text()


# ------------------------------------------------------------------------------ deadlines

def test_notified_from_the_deadlines_list(qtbot, insured, ictx):
    from app.ui.dialogs.insurance_buyer import NotifyDialog

    sec = _section(qtbot, ictx)
    row = sec.deadline_model.find_row(lambda r: r.number == "INV-001")
    sec.deadline_view.selectRow(row)
    d = sec.selected_deadline()
    assert d.notified_on is None and sec.notify_button.isEnabled()
    dlg = NotifyDialog(ictx, d, sec)
    qtbot.addWidget(dlg)
    dlg.on.setDate(dlg.on.date().addDays(-3))
    dlg.reference.setText("SINO-N-55")
    accept(qtbot, dlg)
    reloaded(qtbot, sec)
    d2 = sec.selected_deadline()                            # still selected after the reload
    assert d2.invoice_id == d.invoice_id and d2.notified_on == AS_OF - timedelta(days=3)
    assert not sec.notify_button.isEnabled()                # notified already
    with ictx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT reference FROM insurance_notification")).scalar() == "SINO-N-55"


# --------------------------------------------------------------------------------- claims

def test_open_claim_with_two_invoices_shows_the_claimable_amount(qtbot, insured, ictx):
    from app.ui.dialogs.insurance_claim import OpenClaimDialog

    sec = _section(qtbot, ictx)
    dlg = OpenClaimDialog(ictx, sec, customer_id=insured.customer_ids["C001"])
    qtbot.addWidget(dlg)
    assert dlg.policy.currentData() == insured.policy_id
    numbers = [dlg.model.item(r, 0).text() for r in range(dlg.model.rowCount())]
    assert numbers == ["INV-001", "INV-010"]                # INV-002 is not due yet
    dlg.set_checked({"INV-001", "INV-010"})
    # outstanding 10,000.00 + 8,000.00 = 18,000.00; insured limit 15,000.00;
    # (min(18,000.00, 15,000.00) − deductible 500.00) × 90 % = 14,500.00 × 0.9 = 13,050.00
    assert dlg.preview.outstanding_minor == 1_800_000
    assert dlg.claimable_text() == "CNY 13,050.00"
    assert dlg.fig["outstanding"].text() == "CNY 18,000.00" and dlg.fig["base"].text() == "CNY 15,000.00"
    dlg.set_checked({"INV-010"})
    # (8,000.00 − 500.00) × 90 % = 6,750.00
    assert dlg.claimable_text() == "CNY 6,750.00"
    dlg._tick_all(False)
    assert dlg.claimable_text() == "CNY 0.00"
    refused(qtbot, dlg)
    assert dlg.form.text("invoices")                        # tick at least one
    assert count(ictx.db, "insurance_claim") == 0
    dlg._tick_all(True)
    assert dlg.claimable_text() == "CNY 13,050.00"
    dlg.note.setText("buyer insolvent")
    accept(qtbot, dlg)
    claim_id = dlg.result_value
    with ictx.db.engine.connect() as conn:
        info = insurance.claim_info(conn, claim_id, AS_OF)
    assert info.status == "draft" and {x.number for x in info.invoices} == {"INV-001", "INV-010"}
    assert info.figures.claimable_minor == 1_305_000 and info.note == "buyer insolvent"
    # the invoices are in the claim now: listed, but not tickable
    again = OpenClaimDialog(ictx, sec, customer_id=insured.customer_ids["C001"])
    qtbot.addWidget(again)
    assert not any(again.model.item(r, 0).isCheckable() for r in range(again.model.rowCount()))
    assert again.model.item(0, 6).text() == info.reference


def test_open_claim_through_the_section_selects_it(qtbot, insured, ictx):
    sec = _section(qtbot, ictx)
    sec.deadline_view.selectRow(sec.deadline_model.find_row(lambda r: r.number == "INV-010"))

    def fill(dlg):
        assert dlg.customer.chosen().code == "C001"
        dlg.accept()

    errors = in_modal(fill)
    sec.open_claim(sec._deadline_customer())
    assert not errors
    qtbot.waitUntil(lambda: sec.claim_model.rowCount() == 1 and not sec.loading, timeout=10000)
    assert sec.pages.currentIndex() == 3 and sec.selected_claim() is not None
    assert sec.file_button.isEnabled()
    # a draft shows what it would claim if filed today: INV-001 and INV-010 (18,000.00) under a
    # 15,000.00 limit: (15,000.00 − 500.00 deductible) × 90 % = 13,050.00
    col = sec.claim_model.column_index("claimable")
    assert sec.claim_model.index(0, col).data() == "≈ 13,050.00"
    assert "filed" in sec.claim_model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert sec.summary.text().startswith("Policies: 1 · insured buyers: ") and sec.summary.text().endswith(
        "· claims: 1")


def _claim(db) -> int:
    with db.session() as s:
        return insurance.open_claim(s, db.policy_id, db.customer_ids["C001"], on=AS_OF)


def _select_claim(qtbot, sec):
    reloaded(qtbot, sec)
    sec.claim_view.selectRow(0)
    return sec.selected_claim()


def buttons(sec) -> dict[str, bool]:
    return {k: b.isEnabled() for k, b in (("file", sec.file_button), ("paid", sec.paid_button),
                                          ("reject", sec.reject_button), ("recovery", sec.recovery_button))}


def test_file_paid_recovery(qtbot, insured, ictx):
    from app.ui.dialogs.insurance_claim import ClaimActionDialog

    cid = _claim(insured)
    sec = _section(qtbot, ictx)
    c = _select_claim(qtbot, sec)
    assert buttons(sec) == {"file": True, "paid": False, "reject": False, "recovery": False}

    dlg = ClaimActionDialog(ictx, cid, "file", sec)
    qtbot.addWidget(dlg)
    assert dlg.fig["claimable"].text() == "CNY 13,050.00"
    dlg.reference.setText("SINO-CL-1")
    accept(qtbot, dlg)
    assert dlg.result_value.claimable_minor == 1_305_000
    c = _select_claim(qtbot, sec)
    assert c.status == "filed" and c.claimable_minor == 1_305_000
    assert buttons(sec) == {"file": False, "paid": True, "reject": True, "recovery": False}

    paid = ClaimActionDialog(ictx, cid, "paid", sec)
    qtbot.addWidget(paid)
    assert paid.amount.text() == "13,050.00"               # the claimed amount proposed
    paid.amount.setText("13,000")
    accept(qtbot, paid)
    c = _select_claim(qtbot, sec)
    assert (c.status, c.paid_minor) == ("paid", 1_300_000)
    assert buttons(sec) == {"file": False, "paid": False, "reject": False, "recovery": True}

    rec = ClaimActionDialog(ictx, cid, "recovery", sec)
    qtbot.addWidget(rec)
    refused(qtbot, rec)
    assert rec.form.text("amount")                          # the amount is required
    rec.amount.setText("1,234.56")
    rec.note.setText("from the liquidator")
    accept(qtbot, rec)
    c = _select_claim(qtbot, sec)
    assert c.recovered_minor == 123_456
    with ictx.db.engine.connect() as conn:
        info = insurance.claim_info(conn, cid, AS_OF)
    assert (info.insurer_reference, info.filed_on, info.decided_on) == ("SINO-CL-1", AS_OF, AS_OF)
    assert [(r.amount_minor, r.note) for r in info.recoveries] == [(123_456, "from the liquidator")]


def test_reject(qtbot, insured, ictx):
    from app.ui.dialogs.insurance_claim import ClaimActionDialog

    cid = _claim(insured)
    with insured.session() as s:
        insurance.file_claim(s, cid, on=AS_OF)
    sec = _section(qtbot, ictx)
    _select_claim(qtbot, sec)
    dlg = ClaimActionDialog(ictx, cid, "reject", sec)
    qtbot.addWidget(dlg)
    refused(qtbot, dlg)
    assert "reason" in dlg.form.text("reason").lower()      # the service's "Give the insurer's reason."
    dlg.reason.setText("notified too late")
    accept(qtbot, dlg)
    c = _select_claim(qtbot, sec)
    assert c.status == "rejected"
    assert buttons(sec) == {"file": False, "paid": False, "reject": False, "recovery": False}
    with ictx.db.engine.connect() as conn:
        assert insurance.claim_info(conn, cid, AS_OF).reject_reason == "notified too late"


def test_forbidden_transition(qtbot, insured, ictx, monkeypatch):
    from app.ui.dialogs.insurance_claim import ClaimActionDialog

    cid = _claim(insured)
    sec = _section(qtbot, ictx)
    _select_claim(qtbot, sec)
    assert not sec.paid_button.isEnabled() and not sec.recovery_button.isEnabled()
    # had it been reached anyway (e.g. changed elsewhere meanwhile): the service's message, no crash
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    dlg = ClaimActionDialog(ictx, cid, "paid", sec)
    qtbot.addWidget(dlg)
    dlg.amount.setText("100")
    refused(qtbot, dlg)
    assert "Only a filed claim can be paid" in dlg.problem.text() + dlg.form.text("date")
    assert not shown                                        # not the crash dialog
    with ictx.db.engine.connect() as conn:
        assert insurance.claim_info(conn, cid, AS_OF).status == "draft"


def test_document_ticks_persist(qtbot, insured, ictx):
    from app.ui.dialogs.insurance_claim_detail import ClaimDetailDialog

    cid = _claim(insured)
    sec = _section(qtbot, ictx)
    _select_claim(qtbot, sec)
    dlg = ClaimDetailDialog(ictx, cid, sec, page="documents")
    qtbot.addWidget(dlg)
    assert dlg.pages.currentIndex() == 2 and dlg.doc_model.rowCount() == 9
    assert not dlg.save_button.isEnabled()
    dlg.set_document_row("contract", True, "signed copy, folder 12")
    dlg.set_document_row("customs_declaration", True)       # not on the default list: added
    assert dlg.save_button.isEnabled() and "2 unsaved" in dlg.doc_state.text()
    dlg.save_documents()
    qtbot.waitUntil(lambda: dlg.changed and not dlg.saving, timeout=10000)
    assert not dlg.document_changes()
    again = ClaimDetailDialog(ictx, cid, sec, page="documents")
    qtbot.addWidget(again)
    rows = {again.doc_model.item(r, 0).data(Qt.ItemDataRole.UserRole):
            (again.doc_model.item(r, 0).checkState() == Qt.CheckState.Checked, again.doc_model.item(r, 1).text())
            for r in range(again.doc_model.rowCount())}
    assert rows["contract"] == (True, "signed copy, folder 12")
    assert rows["customs_declaration"][0] is True and rows["delivery_proof"] == (False, "")
    with ictx.db.engine.connect() as conn:
        docs = {d.kind: d for d in insurance.claim_info(conn, cid, AS_OF).documents}
    assert docs["contract"].present and docs["contract"].note == "signed copy, folder 12"


def test_claim_details(qtbot, insured, ictx):
    from app.ui.dialogs.insurance_claim_detail import ClaimDetailDialog

    cid = _claim(insured)
    with insured.session() as s:
        insurance.notify_overdue(s, insured.inv10, on=AS_OF - timedelta(days=5), reference="N-1")
        insurance.file_claim(s, cid, on=AS_OF)
    dlg = ClaimDetailDialog(ictx, cid)
    qtbot.addWidget(dlg)
    assert dlg.summary["status"].text() == "Filed" and dlg.fig["claimable"].text() == "CNY 13,050.00"
    assert dlg.invoice_table.rowCount() == 2
    hist = [dlg.history_table.item(r, 1).text() for r in range(dlg.history_table.rowCount())]
    assert "Overdue notified to the insurer" in hist


def test_changes_refresh_the_credit_tab(qtbot, insured, ictx, wait_loaded):
    from app.ui.tabs.credit import CreditTab

    tab = CreditTab(ictx)
    qtbot.addWidget(tab)
    wait_loaded(tab)
    with qtbot.waitSignal(ictx.data_changed, timeout=5000):
        tab.insurance.after_write()
    qtbot.waitUntil(lambda: not tab.insurance.loading and not tab.loading, timeout=10000)
