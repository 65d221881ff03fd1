"""The credit settings' curve editor: factor curve points (table + plot), the external rating
scale and the negative-event caps, edited from the Settings dialog's Credit page; what is edited
is previewed and saved with the other credit settings and changes the scores."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from app.services import credit
from app.services.credit.settings import curve_share

AS_OF = date(2026, 11, 23)      # tests/ui/conftest.py


@pytest.fixture
def curves_db(ui_db):
    """ui_db plus C005 (five invoices paid on time over ten months) and a litigation for C002."""
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
        credit.add_event(s, ids["C002"], kind="litigation", on=AS_OF - timedelta(days=10), note="court")
    return ui_db


@pytest.fixture
def cctx(qtbot, curves_db):
    from app.ui.context import AppContext
    from app.ui.workers import wait_for_all

    c = AppContext(curves_db, AS_OF)
    yield c
    wait_for_all()


def _points(weight: int, share: Decimal) -> int:
    return int((Decimal(weight) * share / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _score(ctx, code: str):
    with ctx.db.engine.connect() as conn:
        return credit.score(conn, credit.customer_id_for(conn, code), AS_OF)


@pytest.fixture
def page(qtbot, cctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(cctx, settings, start_tab="credit")
    qtbot.addWidget(dlg)
    return dlg


def _curves(qtbot, dlg):
    cd = dlg.credit_form.curves_dialog()
    qtbot.addWidget(cd)
    cd.show()
    return cd


def _type_into_cell(qtbot, view, row: int, col: int, text: str) -> None:
    """Edit a cell the way a user does: open the editor, type, Enter."""
    idx = view.model().index(row, col)
    view.setCurrentIndex(idx)
    view.edit(idx)
    editor = _editor(view)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _editor(view) is None, timeout=5000)   # the delegate commits queued


def _editor(view) -> QLineEdit | None:
    return next((e for e in view.findChildren(QLineEdit) if e.isVisible()), None)


def _line_points(cd) -> set[tuple[float, float]]:
    fig = cd.plot.figure
    return {(float(x), float(y)) for line in fig.axes[0].lines
            for x, y in zip(line.get_xdata(), line.get_ydata())}


def test_edited_point_is_saved_and_changes_the_score(qtbot, page, cctx, monkeypatch):
    from app.ui.dialogs.credit_curves import CreditCurvesDialog

    before = _score(cctx, "C005")
    rel = before.factor("relationship")
    months = Decimal(dict(rel.values)["months"])
    assert months == 9 and rel.points == _points(10, curve_share(credit.CreditSettings().curves[
        "relationship_months"], months))
    form = page.credit_form
    ok = page.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def edit_and_accept(cd):
        cd.select_curve("relationship_months")
        assert "months since the first invoice" in cd.curve_help.text()
        assert [cd.points.data(cd.points.index(r, 0)) for r in range(3)] == ["0", "12", "36"]
        _type_into_cell(qtbot, cd.point_view, 1, 1, "90")           # (12, 50) → (12, 90)
        assert cd.points.points()[1] == (Decimal(12), Decimal(90))
        qtbot.waitUntil(lambda: cd.plot.ready and (12.0, 90.0) in _line_points(cd), timeout=10000)
        assert "months since the first invoice" in cd.plot.texts()
        return 1                       # accepted

    monkeypatch.setattr(CreditCurvesDialog, "exec", lambda cd: (cd.show(), edit_and_accept(cd))[1])
    form.curves_button.click()
    st = form.settings()
    assert st.curves["relationship_months"][1] == (Decimal(12), Decimal(90))
    assert "1 of 8 factor curves" in form.curves_summary.text() and form.is_changed() and ok.isEnabled()
    page.accept()

    with cctx.db.engine.connect() as conn:
        saved = credit.load_settings(conn)
    assert saved.curves["relationship_months"] == ((Decimal(0), Decimal(20)), (Decimal(12), Decimal(90)),
                                                   (Decimal(36), Decimal(100)))
    after = _score(cctx, "C005")
    # 9 months: 20 + (90 − 20) × 9/12 = 72.5 % of 10 points → 7 (was 42.5 % → 4)
    expected = _points(10, Decimal(20) + Decimal(70) * months / 12)
    assert expected == 7
    assert after.factor("relationship").points == expected
    assert after.score - before.score == expected - rel.points == 3
    with cctx.db.engine.connect() as conn:
        audit = conn.exec_driver_sql("SELECT after FROM audit_log WHERE entity = 'setting' "
                                     "AND field = 'credit'").scalars().all()
    assert len(audit) == 1 and '["12", "90"]' in audit[0]


def test_out_of_order_and_out_of_range_points_are_refused(qtbot, page):
    cd = _curves(qtbot, page)
    cd.select_curve("relationship_months")
    before = cd.points.points()
    _type_into_cell(qtbot, cd.point_view, 2, 0, "6")                # 36 → 6: below point 2 (12)
    msg = cd.curve_problem.text()
    assert cd.points.points() == before and cd.curve_problem.isVisible()
    assert "Relationship length" in msg and "point 3" in msg and "12" in msg
    _type_into_cell(qtbot, cd.point_view, 0, 1, "120")              # share above 100 %
    assert cd.points.points() == before
    assert "Relationship length" in cd.curve_problem.text() and "0–100 %" in cd.curve_problem.text()
    _type_into_cell(qtbot, cd.point_view, 0, 0, "-5")               # months below 0
    assert cd.points.points() == before and "point 1" in cd.curve_problem.text()
    _type_into_cell(qtbot, cd.point_view, 1, 0, "twelve")
    assert cd.points.points() == before and "not a number" in cd.curve_problem.text()
    assert cd.curve_problem.text().startswith("Relationship length – Months as a customer, point 2")
    _type_into_cell(qtbot, cd.point_view, 1, 0, "24")               # in order: taken, message gone
    assert cd.points.points()[1][0] == Decimal(24) and not cd.curve_problem.isVisible()
    # the Current overdue factor names itself too
    cd.select_curve("overdue_share_pct")
    _type_into_cell(qtbot, cd.point_view, 1, 0, "101")
    assert "Current overdue" in cd.curve_problem.text() and "point 2" in cd.curve_problem.text()
    # removing every point is refused at the last one
    for _ in range(5):
        cd.point_view.setCurrentIndex(cd.points.index(0, 0))
        cd.remove_point()
    assert cd.points.rowCount() == 1 and "at least one point" in cd.curve_problem.text()


def test_added_point_lies_on_the_line(qtbot, page):
    cd = _curves(qtbot, page)
    cd.select_curve("relationship_months")
    old = cd.points.points()
    cd.point_view.setCurrentIndex(cd.points.index(0, 0))
    cd.add_point()
    pts = cd.points.points()
    assert len(pts) == 4 and pts[1] == (Decimal(6), Decimal(35))
    assert cd.point_view.currentIndex().row() == 1
    for x in (Decimal(0), Decimal(3), Decimal(9), Decimal(20), Decimal(50)):
        assert curve_share(pts, x) == curve_share(old, x)
    cd.point_view.setCurrentIndex(cd.points.index(3, 0))           # after the last: one step on
    cd.add_point()
    assert cd.points.points()[-1] == (Decimal(60), Decimal(100))
    assert cd.curves["relationship_months"] == cd.points.points()


def test_preview_counts_a_move_caused_by_a_curve_alone(qtbot, page, cctx):
    form = page.credit_form
    assert _score(cctx, "C005").grade == "A" and _score(cctx, "C005").score == 80
    cd = _curves(qtbot, page)
    cd.select_curve("relationship_months")
    _type_into_cell(qtbot, cd.point_view, 1, 1, "30")               # 42.5 % → 27.5 %: 4 → 3 points
    form.take_curves(cd.values())
    form.preview()
    qtbot.waitUntil(lambda: form.preview_result is not None, timeout=10000)
    matrix, moved = form.preview_result
    assert [(c.code, c.old_grade, c.new_grade, c.new_score) for c in moved] == [("C005", "A", "B", 79)]
    assert matrix[("A", "B")] == 1
    assert "1 of 5 customers would move grade: 0 up, 1 down." in form.preview_label.text()
    assert "C005 A→B" in form.preview_label.text()


def test_event_cap_and_duration_are_saved_and_cap_the_grade(qtbot, page, cctx):
    assert _score(cctx, "C002").grade == "C" and _score(cctx, "C002").cap == "C"
    form = page.credit_form
    cd = _curves(qtbot, page)
    cd.tabs.setCurrentIndex(2)
    cd.caps["litigation"].setCurrentIndex(cd.caps["litigation"].findData("D"))
    cd.months["litigation"].setValue(6)
    cd.months["returned_payment"].setValue(0)                       # until cleared
    form.take_curves(cd.values())
    assert "the negative-event caps" in form.curves_summary.text()
    form.preview()
    qtbot.waitUntil(lambda: form.preview_result is not None, timeout=10000)
    assert [(c.code, c.old_grade, c.new_grade) for c in form.preview_result[1]] == [("C002", "C", "D")]
    page.accept()
    with cctx.db.engine.connect() as conn:
        saved = credit.load_settings(conn)
    assert saved.event_caps["litigation"] == "D" and saved.event_months == {"litigation": 6}
    after = _score(cctx, "C002")
    assert after.cap == "D" and after.grade == "D" and after.score_grade == "C"
    assert any("caps the grade at D" in r.text() for r in after.caps)


def test_event_stops_counting_after_its_months(qtbot, page, cctx):
    form = page.credit_form
    cd = _curves(qtbot, page)
    cd.months["litigation"].setValue(1)             # the litigation is 10 days old: still counts
    form.take_curves(cd.values())
    page.accept()
    assert _score(cctx, "C002").cap == "C"
    with cctx.db.engine.connect() as conn:
        st = credit.load_settings(conn)
        _matrix, moved = credit.preview_settings(conn, AS_OF + timedelta(days=40), st)
    assert moved == ()                                # both settings agree 40 days on …
    with cctx.db.engine.connect() as conn:
        later = credit.score(conn, credit.customer_id_for(conn, "C002"), AS_OF + timedelta(days=40))
    assert later.cap is None                          # … and a month later the cap is gone


def test_rating_scale_edit_scores_the_external_factor(qtbot, page, cctx):
    with cctx.db.session() as s:
        credit.add_rating(s, credit.customer_id_for(s.connection(), "C005"), source="Sinosure",
                          grade="a1", rated_on=AS_OF - timedelta(days=30))
    before = _score(cctx, "C005").factor("external")
    assert "unknown_rating" in before.flags
    form = page.credit_form
    cd = _curves(qtbot, page)
    cd.tabs.setCurrentIndex(1)
    ok = cd.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cd.rating_view.setCurrentIndex(cd.ratings.index(2, 0))          # after "A"
    cd.add_rating()
    assert cd.ratings.rowCount() == 11 and not ok.isEnabled()
    assert "row 4" in cd.rating_problem.text()
    editor = _editor(cd.rating_view)
    qtbot.keyClicks(editor, "AA")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cd.ratings.data(cd.ratings.index(3, 0)) == "AA", timeout=5000)
    assert "already in row 2" in cd.rating_problem.text() and not ok.isEnabled()
    cd.ratings.setData(cd.ratings.index(3, 0), "A1")
    cd.ratings.setData(cd.ratings.index(3, 1), 70)
    assert ok.isEnabled() and not cd.rating_problem.isVisible()
    assert cd.ratings.data(cd.ratings.index(3, 2)) == "11"          # 70 % of 15 points, rounded half up
    form.take_curves(cd.values())
    page.accept()
    after = _score(cctx, "C005").factor("external")
    assert after.points == _points(15, Decimal(70)) == 11 and not after.flags


def test_restore_defaults(qtbot, page, cctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.services.credit.settings import (DEFAULT_CURVES, DEFAULT_EVENT_CAPS, DEFAULT_EVENT_MONTHS,
                                              DEFAULT_RATING_SCALE)

    form = page.credit_form
    cd = _curves(qtbot, page)
    cd.select_curve("current_ratio")
    _type_into_cell(qtbot, cd.point_view, 0, 1, "10")
    cd.select_curve("debt_to_assets")
    _type_into_cell(qtbot, cd.point_view, 0, 0, "0.25")
    assert cd.curves["debt_to_assets"][0] == (Decimal("0.25"), Decimal(100))
    assert cd._items["debt_to_assets"].font().italic() and cd._items["current_ratio"].font().italic()
    cd.ratings.remove_row(0)
    cd.caps["other"].setCurrentIndex(cd.caps["other"].findData("C"))
    cd.months["returned_payment"].setValue(24)
    form.take_curves(cd.values())
    assert form.settings().curves != DEFAULT_CURVES and "2 of 8 factor curves" in form.curves_summary.text()
    page.accept()

    page = SettingsDialog(cctx, settings, start_tab="credit")        # opened again: the saved values
    qtbot.addWidget(page)
    form = page.credit_form
    assert "2 of 8 factor curves" in form.curves_summary.text() and not form.is_changed()
    cd = _curves(qtbot, page)
    assert cd.curves["debt_to_assets"][0] == (Decimal("0.25"), Decimal(100))     # the saved values
    cd.select_curve("debt_to_assets")
    cd.restore_curve()
    assert cd.curves["debt_to_assets"] == DEFAULT_CURVES["debt_to_assets"]
    assert cd.curves["current_ratio"] != DEFAULT_CURVES["current_ratio"]
    assert cd.points.points() == DEFAULT_CURVES["debt_to_assets"]
    cd.restore_all_curves()
    assert cd.curves == DEFAULT_CURVES and not cd._items["current_ratio"].font().italic()
    cd.restore_ratings()
    cd.restore_events()
    values = cd.values()
    assert values["rating_scale"] == DEFAULT_RATING_SCALE
    assert values["event_caps"] == DEFAULT_EVENT_CAPS and values["event_months"] == DEFAULT_EVENT_MONTHS
    form.take_curves(values)
    assert "Default curves, rating scale and event caps." in form.curves_summary.text()
    assert "Not saved yet." in form.curves_summary.text()
    page.accept()
    with cctx.db.engine.connect() as conn:
        saved = credit.load_settings(conn)
    assert saved.curves == DEFAULT_CURVES and saved.rating_scale == DEFAULT_RATING_SCALE
    assert saved.event_caps == DEFAULT_EVENT_CAPS and saved.event_months == DEFAULT_EVENT_MONTHS


def test_cancel_keeps_the_page_unchanged(qtbot, page):
    form = page.credit_form
    cd = _curves(qtbot, page)
    cd.select_curve("utilisation_pct")
    _type_into_cell(qtbot, cd.point_view, 1, 1, "90")
    cd.reject()
    assert not form.is_changed() and form.settings().curves == credit.CreditSettings().curves
