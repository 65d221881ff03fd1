"""Credit tab: grades and breakdown, review dialog, re-score preview/apply, data entry dialogs,
the main window's alerts badge and the Customers tab's grade column."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from app.services import credit

AS_OF = date(2026, 11, 23)      # tests/ui/conftest.py


@pytest.fixture
def credit_db(ui_db):
    """ui_db plus credit data: financials for C001, a litigation (cap C) for C002, an override
    to A for C003, and a customer with a good paid history (C005)."""
    from app.services import ledger
    from app.services.customers import CustomerData, create_customer

    ids = ui_db.customer_ids
    with ui_db.session() as s:
        ids["C005"] = create_customer(s, CustomerData("C005", "Prompt Payer Co", "CNY", 30,
                                                      credit_limit_minor=1_000_000))
        for k in range(5):
            issue = AS_OF - timedelta(days=300 - 40 * k)
            inv = ledger.create_invoice(s, ledger.InvoiceData(f"PP-{k}", ids["C005"], issue, "CNY", 100_000))
            p = ledger.record_payment(s, customer_id=ids["C005"], on=issue + timedelta(days=20),
                                      currency="CNY", amount_minor=100_000, reference=f"PP {k}")
            ledger.allocate_payment(s, p, inv, 100_000, issue + timedelta(days=20))
        credit.set_financials(s, ids["C001"], AS_OF - timedelta(days=60), debt_to_assets=Decimal("0.45"),
                              current_ratio=Decimal("1.6"))
        credit.add_event(s, ids["C002"], kind="litigation", on=AS_OF - timedelta(days=10), note="court")
        credit.set_override(s, ids["C003"], reason="parent guarantee", until=AS_OF + timedelta(days=60),
                            starts_on=AS_OF - timedelta(days=1), grade="A")
    return ui_db


@pytest.fixture
def cctx(qtbot, credit_db):
    from app.ui.context import AppContext
    from app.ui.workers import wait_for_all

    c = AppContext(credit_db, AS_OF)
    yield c
    wait_for_all()


@pytest.fixture
def tab(qtbot, cctx, wait_loaded):
    from app.ui.tabs.credit import CreditTab

    t = CreditTab(cctx)
    qtbot.addWidget(t)
    t.resize(1300, 800)
    t.show()
    wait_loaded(t)
    return t


@pytest.fixture
def boxes(monkeypatch):
    shown: list[str] = []

    def exec_(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def cell(tab, code: str, key: str, role=Qt.ItemDataRole.DisplayRole):
    m = tab.model
    row = m.find_row(lambda r: r.standing.code == code)
    assert row >= 0, code
    return m.data(m.index(row, m.column_index(key)), role)


def select(qtbot, tab, code: str) -> None:
    tab.select_customer(next(r.id for r in tab.model.all_rows() if r.standing.code == code))
    qtbot.waitUntil(lambda: tab.detail is not None and tab.detail.standing.code == code, timeout=10000)


def test_grades_match_the_service(tab, credit_db):
    with credit_db.engine.connect() as conn:
        expected = {x.code: (x.grade, x.score.score) for x in credit.evaluate(conn, AS_OF)}
    assert tab.model.rowCount() == len(expected) == 5
    for code, (grade, score) in expected.items():
        assert cell(tab, code, "grade") == grade
        assert cell(tab, code, "score") == score
    assert cell(tab, "C002", "grade") in ("C", "D")            # litigation caps at C
    assert cell(tab, "C003", "grade") == "A"                   # the override
    assert cell(tab, "C003", "grade", Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(tab, "C005", "utilisation") == "0.0 %"


def test_filters(tab):
    tab.grade_filter.setCurrentIndex(tab.grade_filter.findData("A"))
    assert {r.standing.code for r in tab.model.rows()} == {r.standing.code for r in tab.model.all_rows()
                                                          if r.grade == "A"}
    tab.grade_filter.setCurrentIndex(0)
    tab.alerts_only.setChecked(True)
    assert all(r.alerts for r in tab.model.rows())
    tab.alerts_only.setChecked(False)
    tab.search.setText("prompt")
    tab._apply_filters()
    assert [r.standing.code for r in tab.model.rows()] == ["C005"]


def test_breakdown_explains_the_grade(qtbot, tab):
    select(qtbot, tab, "C005")
    t = tab.breakdown.plain_text()
    for name in ("Payment behaviour", "Current overdue", "Limit utilisation", "Relationship length",
                 "Financial ratios", "External rating"):
        assert name in t
    assert "Why " in t and "/ 30" in t
    assert "no financials, neutral" in t
    select(qtbot, tab, "C001")
    t = tab.breakdown.plain_text()
    assert "Debt-to-assets 0.45" in t and "little history, neutral" in t
    select(qtbot, tab, "C002")
    assert "Litigation on" in tab.breakdown.plain_text() and "caps the grade at C" in tab.breakdown.plain_text()
    select(qtbot, tab, "C003")
    assert "by hand until" in tab.breakdown.plain_text() and "parent guarantee" in tab.breakdown.plain_text()


def test_review_recorded(qtbot, tab, cctx, wait_loaded):
    from app.ui.dialogs.credit_review import ReviewDialog

    cid = cctx.db.customer_ids["C005"]
    dlg = ReviewDialog(cctx, cid)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.chart.ready, timeout=20000)         # 5 invoices paid: a chart
    assert any("Invoices paid per month" in s for s in dlg.chart.texts())
    assert "Payment behaviour" in dlg.breakdown.plain_text()
    dlg.decision.setCurrentText("Confirmed")
    dlg.note.setPlainText("visited the customer")
    dlg.limit.setText("12,000.00")
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted, dlg.problem.text()
    with cctx.db.engine.connect() as conn:
        hist = credit.review_history(conn, cid)
    assert len(hist) == 1 and hist[0].note == "visited the customer" and hist[0].new_limit_minor == 1_200_000
    grade = hist[0].new_grade
    months = credit.load_settings(cctx.db.engine.connect()).policy(grade).review_months
    cctx.notify_changed()
    wait_loaded(tab)
    from app.services.credit.dates import add_months
    assert cell(tab, "C005", "next_review") == add_months(AS_OF, months).isoformat()
    dlg2 = ReviewDialog(cctx, cid)
    qtbot.addWidget(dlg2)
    assert dlg2.history.rowCount() == 1 and dlg2.history.item(0, 7).text() == "visited the customer"


def test_review_refuses_a_bad_limit(qtbot, cctx):
    from app.ui.dialogs.credit_review import ReviewDialog

    dlg = ReviewDialog(cctx, cctx.db.customer_ids["C001"])
    qtbot.addWidget(dlg)
    dlg.limit.setText("lots")
    dlg.accept()
    assert dlg.problem.text() and dlg.result() != dlg.DialogCode.Accepted


def test_rescore_preview_then_apply(qtbot, cctx):
    from app.ui.dialogs.credit_rescore import RescoreDialog

    dlg = RescoreDialog(cctx)
    qtbot.addWidget(dlg)
    dlg.preview()
    qtbot.waitUntil(lambda: dlg.result is not None and not dlg.busy, timeout=10000)
    assert not dlg.result.applied
    assert dlg.table.rowCount() == len(dlg.result.changes) >= 5    # nobody scored yet
    with cctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM credit_state")).scalar() == 0
    assert dlg.apply_button.isEnabled()
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.applied and not dlg.busy, timeout=10000)
    with cctx.db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM credit_state")).scalar() == 5
        assert credit.rescore.__name__ and not credit.reviews_due(conn, AS_OF)   # reviews lie ahead


def test_financials_exact_decimal(qtbot, tab, cctx):
    from app.ui.dialogs.credit_entries import FinancialsDialog

    standing = next(r.standing for r in tab.model.all_rows() if r.standing.code == "C005")
    dlg = FinancialsDialog(cctx, standing)
    qtbot.addWidget(dlg)
    dlg.debt_to_assets.setText("abc")
    dlg.accept()
    assert "abc" in dlg.problem.text() and dlg.result() != dlg.DialogCode.Accepted
    dlg.debt_to_assets.setText("0.62")
    dlg.current_ratio.setText("1.35")
    assert dlg.values() == (Decimal("0.62"), Decimal("1.35"))
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    with cctx.db.engine.connect() as conn:
        d = credit.credit_detail(conn, standing.customer_id, AS_OF)
    assert d.financials[0].debt_to_assets == Decimal("0.62")
    assert str(d.financials[0].debt_to_assets) == "0.62"


def test_rating_events_and_override(qtbot, tab, cctx, boxes):
    from app.ui.dialogs.credit_entries import EventsDialog, OverrideDialog, RatingDialog

    standing = next(r.standing for r in tab.model.all_rows() if r.standing.code == "C005")
    r = RatingDialog(cctx, standing)
    qtbot.addWidget(r)
    r.grade.setCurrentText("BB")
    r.accept()
    assert r.result() == r.DialogCode.Accepted
    ev = EventsDialog(cctx, standing)
    qtbot.addWidget(ev)
    ev.kind.setCurrentIndex(ev.kind.findData("insolvency"))
    ev.note.setText("notice in the gazette")
    ev.add_event()
    assert ev.changed and ev.table.rowCount() == 1
    with cctx.db.engine.connect() as conn:
        assert credit.score(conn, standing.customer_id, AS_OF).grade == "D"
    ev.table.selectRow(0)
    ev.clear_selected(note="withdrawn")
    assert ev.table.item(0, 3).text() == AS_OF.isoformat()
    ov = OverrideDialog(cctx, standing)
    qtbot.addWidget(ov)
    ov.reason.setText("")
    ov.limit.setText("5000")
    ov.accept()
    assert ov.problem.text() and ov.result() != ov.DialogCode.Accepted      # a reason is required
    ov.reason.setText("bank guarantee")
    ov.accept()
    assert ov.result() == ov.DialogCode.Accepted
    with cctx.db.engine.connect() as conn:
        x = credit.evaluate(conn, AS_OF, customer_id=standing.customer_id)[0]
    assert x.exposure.limit == 500_000 and x.limit_source == "override"
    ov2 = OverrideDialog(cctx, standing)
    qtbot.addWidget(ov2)
    assert ov2.table.rowCount() == 1
    ov2.table.selectRow(0)
    ov2.revoke_selected(reason="guarantee expired")
    assert ov2.changed and ov2.table.rowCount() == 0


def test_badge_counts_alerts_and_opens_the_tab(qtbot, cctx, settings):
    from app.ui.main_window import MainWindow

    with cctx.db.session() as s:         # push C001 over its limit: an alert
        credit.set_override(s, cctx.db.customer_ids["C001"], reason="cut", until=AS_OF + timedelta(days=5),
                            starts_on=AS_OF, limit_minor=100_000)
    with cctx.db.engine.connect() as conn:
        n = len(credit.credit_alerts(conn, AS_OF))
    assert n >= 1
    w = MainWindow(cctx, settings, fixed_as_of=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.credit_alerts is not None, timeout=10000)
    assert w.credit_alerts == n
    assert f"{n} credit alerts" in w.alerts_label.text() and w.alerts_label.isVisible()
    tab = w.tab("credit")
    qtbot.waitUntil(lambda: tab.loaded_once and not tab.loading, timeout=10000)
    w.show_credit_alerts()
    assert w.current_tab() is tab and tab.alerts_only.isChecked()
    assert tab.model.rowCount() == len({r.id for r in tab.model.all_rows() if r.alerts}) >= 1


def test_customers_tab_shows_grade(qtbot, cctx, wait_loaded):
    from app.ui.tabs.customers import CustomersTab

    t = CustomersTab(cctx)
    qtbot.addWidget(t)
    wait_loaded(t)
    m = t.model
    row = m.find_row(lambda r: r.code == "C003")
    assert m.data(m.index(row, m.column_index("grade"))) == "A"
    row = m.find_row(lambda r: r.code == "C005")
    assert m.data(m.index(row, m.column_index("utilisation"))) == "0.0 %"


def test_tab_is_registered_after_bank():
    from app.ui.tabs import TABS

    keys = [t.key for t in TABS]
    assert keys.index("credit") > keys.index("bank")


def test_settings_page_previews_then_saves(qtbot, cctx, settings, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(cctx, settings, start_tab="credit")
    qtbot.addWidget(dlg)
    form = dlg.credit_form
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert form is not None and ok.isEnabled() and not form.is_changed()
    form.weights["payment"].setValue(40)                 # total 110: refused
    assert "100" in form.problem() and not ok.isEnabled() and not form.preview_button.isEnabled()
    form.weights["external"].setValue(5)
    form.thr_a.setValue(60)
    form.thr_b.setValue(45)
    assert form.problem() == "" and ok.isEnabled()
    form.preview()
    qtbot.waitUntil(lambda: form.preview_result is not None, timeout=10000)
    new = form.settings()
    with cctx.db.engine.connect() as conn:
        _matrix, moved = credit.preview_settings(conn, AS_OF, new)
        before = credit.load_settings(conn)
    assert before.thresholds == (80, 60, 40)
    assert f"{len(moved)} of 5 customers would move grade" in form.preview_label.text()
    form._cells[3]["cap"].setText("12.345")                  # too many decimals for CNY
    assert "Grade D" in form.problem() and not ok.isEnabled()
    form._cells[3]["cap"].setText("")
    ladder = form._cells[1]["ladder"]                      # grade B: a ladder of Settings → Dunning
    assert [ladder.itemText(i) for i in range(ladder.count())] == ["standard", "strict"]
    ladder.setCurrentText("strict")
    assert form.is_changed()
    dlg.accept()
    with cctx.db.engine.connect() as conn:
        after = credit.load_settings(conn)
    assert after.thresholds == (60, 45, 40) and after.weights["payment"] == 40
    assert after.policy("D").limit_cap_minor is None
    assert after.policy("B").dunning_ladder == "strict"


def test_breakdown_follows_the_selection_through_filters(qtbot, tab):
    select(qtbot, tab, "C001")
    tab.search.setText("C005")
    tab._apply_filters()                   # C005 becomes current while C001 is shown
    tab.search.clear()
    tab._apply_filters()                   # the same customer again, its breakdown still loading
    qtbot.waitUntil(lambda: not tab.detail_loading, timeout=10000)
    assert tab.selected_row().standing.code == "C005"
    assert tab.detail.standing.code == "C005" and "C005" in tab.breakdown.plain_text()


def test_insurance_section(qtbot, tab, cctx, tmp_path):
    from app.services import insurance

    ids = cctx.db.customer_ids
    with cctx.db.session() as s:
        pid = insurance.add_policy(s, insurance.PolicyData(
            "中国信保 Sinosure", "SIN-2026-01", "CNY", date(2026, 1, 1), date(2026, 12, 31),
            indemnity_bp=9000, notify_after=60, notify_unit="days", claim_after=4, claim_unit="months",
            deductible_minor=50_000))
        insurance.add_buyer(s, pid, ids["C001"], limit_minor=2_000_000, valid_from=date(2026, 1, 1))
        claim = insurance.open_claim(s, pid, ids["C001"], on=AS_OF)
    cctx.notify_changed()
    sec = tab.insurance
    qtbot.waitUntil(lambda: sec.loaded_once and not sec.loading and sec.claim_model.rowCount() == 1,
                    timeout=10000)
    assert sec.policy_model.rowCount() == 1 and sec.buyer_model.rowCount() == 1
    assert sec.deadline_model.rowCount() >= 1
    m = sec.deadline_model
    assert m.data(m.index(0, m.column_index("invoice"))) == "INV-001"
    assert "SIN-2026-01" in m.data(m.index(0, m.column_index("policy")))
    assert "Insurance" in tab.lower.tabText(tab.lower.indexOf(sec))
    sec.claim_view.selectRow(0)
    assert sec.selected_claim().id == claim and sec.pack_button.isEnabled()
    sec.pack_language.setCurrentIndex(sec.pack_language.findData("en"))
    out = tmp_path / "pack.pdf"
    sec.save_claim_pack(out)
    qtbot.waitUntil(lambda: getattr(sec, "pack_written", None) is not None, timeout=20000)
    assert out.read_bytes()[:5] == b"%PDF-"
