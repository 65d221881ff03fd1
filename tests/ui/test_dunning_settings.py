"""The Settings dialog's Dunning page: ladders and stages, grade mapping, rules, late interest;
saved on OK through dunning.save_settings (audited), used by dunning.run."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.models import AuditLog
from app.services import dunning
from app.services.dunning.interest import interest_exact, round_minor
from app.money import format_minor

AS_OF = date(2026, 11, 23)


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


@pytest.fixture
def dlg(qtbot, ctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    d = SettingsDialog(ctx, settings, start_tab="dunning")
    qtbot.addWidget(d)
    return d


def _set(form, row, column, value, role=Qt.ItemDataRole.EditRole):
    from app.ui.tablemodels.dunning import STAGE_COLUMNS

    m = form.stage_model
    assert m.setData(m.index(row, STAGE_COLUMNS.index(column)), value, role)


def _proposals(ctx):
    with ctx.db.engine.connect() as conn:
        return {(p.customer_code, p.currency): p for p in dunning.run(conn, AS_OF).proposals}


def _dunning_audits(ctx):
    with ctx.db.session() as s:
        return [a for a in s.scalars(select(AuditLog).where(AuditLog.entity == "setting"))
                if a.field == "dunning"]


def test_page_shows_the_stored_ladder(dlg):
    form = dlg.dunning_form
    assert dlg.tabs.currentWidget() is form
    assert form.current_ladder() == "standard"
    m = form.stage_model
    assert m.rowCount() == 5
    assert [m.index(r, 1).data() for r in range(5)] == ["−3", "+7", "+15", "+30", "+60"]
    assert m.index(2, 2).data() == "Demand letter (催告函)"
    assert m.index(4, 3).data() == "Handover notice"
    assert m.index(2, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert form.problem() == "" and _ok(dlg).isEnabled()
    assert not form.is_changed()


def test_stage_edits_are_saved_on_ok_and_the_run_follows_them(dlg, ctx):
    # before: both overdue customers (grade C → strict) get stage 2 without a fee
    before = _proposals(ctx)
    assert before[("C003", "EUR")].stage == 2 and before[("C001", "CNY")].fee_minor == 0
    form = dlg.dunning_form
    form.ladder_combo.setCurrentText("strict")
    assert form.current_ladder() == "strict"
    # the phone call comes only 30 days after due, the later stages after it; a fee of 80
    for row, offset in ((4, 70), (3, 50), (2, 40), (1, 30)):
        _set(form, row, "offset_days", offset)
    _set(form, 1, "fee", "80.00")
    _set(form, 1, "name", "Anruf")
    assert form.problem() == ""
    assert form.is_changed() and _ok(dlg).isEnabled()
    with ctx.db.engine.connect() as conn:          # nothing saved before OK
        assert dunning.load_settings(conn).ladders["strict"][1].offset_days == 3
    dlg.accept()
    assert dlg.result() == 1
    with ctx.db.engine.connect() as conn:
        st = dunning.load_settings(conn)
    stage = st.ladders["strict"][1]
    assert (stage.name, stage.offset_days, stage.fee) == ("Anruf", 30, Decimal("80.00"))
    assert st.ladders["standard"][1].offset_days == 7            # the other ladder untouched
    assert [a.reason for a in _dunning_audits(ctx)] == ["settings dialog"]
    after = _proposals(ctx)
    assert ("C003", "EUR") not in after                       # 26 days overdue: not yet
    p = after[("C001", "CNY")]                                # 60 days overdue: the call, with fee
    assert (p.stage, p.stage_name, p.fee_minor) == (2, "Anruf", 8000)


def test_offsets_not_increasing_name_the_stage_and_nothing_is_saved(dlg, ctx):
    form = dlg.dunning_form
    _set(form, 2, "offset_days", 5)                      # stage 3 before stage 2 (+7)
    problem = form.problem()
    assert "stage 3" in problem and "Days from due" in problem and "Formal demand letter" in problem
    assert "standard" in problem
    assert form.ladder_problem.isVisible() or not dlg.isVisible()
    assert form.ladder_problem.text() == problem
    assert form.stage_model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert not _ok(dlg).isEnabled()
    dlg.accept()                                          # refused: the dialog stays open
    assert dlg.result() == 0
    assert form.tabs.currentIndex() == 0
    assert form.stage_view.currentIndex().row() == 2
    with ctx.db.engine.connect() as conn:
        assert dunning.load_settings(conn).ladders["standard"][2].offset_days == 15
    assert _dunning_audits(ctx) == []


def test_handover_must_stay_last_and_a_bad_fee_is_refused(dlg):
    form = dlg.dunning_form
    form.stage_view.setCurrentIndex(form.stage_model.index(4, 0))
    form.move_stage(-1)
    problem = form.problem()
    assert "stage 4" in problem and "Action" in problem and "handover" in problem
    form.move_stage(1)
    assert form.problem() == ""
    m = form.stage_model
    assert not m.setData(m.index(1, 4), "eighty")
    assert "Fee" in form.ladder_problem.text() and "eighty" in form.ladder_problem.text()
    assert m.stages[1].fee == 0


def test_add_remove_and_move_stages(dlg):
    form = dlg.dunning_form
    form.stage_view.setCurrentIndex(form.stage_model.index(1, 0))
    form.add_stage()
    stages = form.stage_model.stages
    assert len(stages) == 6 and 7 < stages[2].offset_days < 15
    assert form.problem() == ""
    form.add_stage_button.setFocus()
    form.stage_view.setCurrentIndex(form.stage_model.index(5, 0))   # after the handover …
    form.add_stage()
    assert form.stage_model.stages[-1].action == "handover"        # … goes before it
    assert form.problem() == ""
    form.stage_view.setCurrentIndex(form.stage_model.index(2, 0))
    form.remove_stage()
    assert len(form.stage_model.stages) == 6


def test_ladders_new_rename_delete_and_grade_mapping(dlg, ctx):
    form = dlg.dunning_form
    assert form.follow_credit.isChecked()
    assert "standard" in form.delete_ladder("standard")              # in use: refused
    assert "standard" in form.ladders
    assert "already" in form.new_ladder("strict")
    assert form.new_ladder("export") == ""
    assert form.current_ladder() == "export" and len(form.stage_model.stages) == 5
    assert form.delete_ladder_button.isEnabled()
    form.own_mapping.setChecked(True)
    form.grade_combos["D"].setCurrentText("export")
    assert form.delete_ladder("export")                               # now grade D uses it
    assert form.rename_ladder("export", "overseas") == ""
    assert form.grade_combos["D"].currentText() == "overseas"
    form.default_combo.setCurrentText("overseas")
    dlg.accept()
    with ctx.db.engine.connect() as conn:
        st = dunning.load_settings(conn)
    assert set(st.ladders) == {"standard", "strict", "overseas"}
    assert st.default_ladder == "overseas"
    assert st.grade_ladders == {"A": "standard", "B": "standard", "C": "strict", "D": "overseas"}


@pytest.mark.parametrize("kind,text,enabled", [
    ("daily", "0.05", {"rate"}),
    ("annual", "18.25", {"rate"}),
    ("cn_lpr", "", {"markup", "lpr"}),
    ("eu_reference", "", {"points", "eu"}),
    ("none", "", set()),
])
def test_interest_kind_enables_its_fields_and_the_example_matches_the_service(dlg, kind, text, enabled):
    f = dlg.dunning_form.interest
    f.kind.setCurrentIndex(f.kind.findData(kind))
    if text:
        f.rate.setText(text)
    widgets = {"rate": f.rate, "markup": f.markup, "points": f.points, "lpr": f.lpr, "eu": f.eu}
    assert {k for k, w in widgets.items() if w.isEnabled()} == enabled
    rule = f.rule()
    assert rule.kind == kind
    if kind == "none":
        assert dlg.dunning_form.problem() == ""
        return
    expected = round_minor(interest_exact(10_000_000, [], AS_OF - timedelta(days=30), AS_OF, rule))
    assert format_minor(expected, "CNY") in f.example.text()
    if kind in ("daily", "annual"):
        assert f.example.text().startswith("100,000.00 CNY overdue 30 days → 1,500.00 CNY")


def test_interest_rate_tables_edit_and_validate(dlg, ctx):
    form = dlg.dunning_form
    f = form.interest
    f.kind.setCurrentIndex(f.kind.findData("cn_lpr"))
    f.markup.setText("60")
    assert "30–50" in form.problem() and f.problem_label.text() == form.problem()
    assert not _ok(dlg).isEnabled()
    f.markup.setText("40")
    assert form.problem() == ""
    n = len(f.lpr.model.rows)
    f.lpr.model.add_row(date(2026, 12, 22), Decimal("2.95"))
    m = f.lpr.model
    assert not m.setData(m.index(0, 1), "abc") and "abc" in f.problem_label.text()
    f.lpr.view.setCurrentIndex(m.index(0, 0))
    f.lpr.remove()
    assert len(m.rows) == n
    dlg.accept()
    with ctx.db.engine.connect() as conn:
        rule = dunning.load_settings(conn).interest
    assert (rule.kind, rule.markup_pct) == ("cn_lpr", Decimal("40"))
    assert rule.lpr_table[-1] == (date(2026, 12, 22), Decimal("2.95"))
    assert rule.lpr_table[0][0] == date(2019, 9, 20)


def test_daily_rate_not_a_number_names_the_field(dlg):
    form = dlg.dunning_form
    f = form.interest
    f.kind.setCurrentIndex(f.kind.findData("daily"))
    f.rate.setText("万分之五")
    assert form.problem().startswith("Rate:")
    assert not _ok(dlg).isEnabled()
    f.rate.setText("0")
    assert "daily" in form.problem()


def test_rules_are_saved(dlg, ctx):
    form = dlg.dunning_form
    form.min_interval.setValue(10)
    form.pay_within.setValue(5)
    form.promise_grace.setValue(3)
    form.calendar_rule.setCurrentIndex(form.calendar_rule.findData(""))
    form.limitation_years.setValue(4)
    form.limitation_warn.setValue(120)
    form.reference_prefix.setText("")
    assert "reference prefix" in form.problem()
    assert form.rules.text("reference_prefix") == "" and form.limits.text("reference_prefix")
    form.reference_prefix.setText("CS")
    assert form.page_size.currentData() == "A4"
    form.page_size.setCurrentIndex(form.page_size.findData("Letter"))
    dlg.accept()
    with ctx.db.engine.connect() as conn:
        st = dunning.load_settings(conn)
    assert (st.min_interval_days, st.pay_within_days, st.promise_grace_days, st.calendar_region,
            st.limitation_years, st.limitation_warn_days, st.reference_prefix, st.page_size) == (
        10, 5, 3, "", 4, 120, "CS", "Letter")


def test_grace_days_in_the_customer_dialog(qtbot, ctx):
    from app.services.dunning.presets import grace_terms
    from app.ui.dialogs.customer_dialog import CustomerDialog

    cid = ctx.db.customer_ids["C002"]
    dlg = CustomerDialog(ctx, cid)
    qtbot.addWidget(dlg)
    assert dlg.grace_days.value() == 0
    dlg.grace_days.setValue(7)
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "approved" in dlg.form.text("grace_approved_by")
    dlg.grace_by.setText("王芳")
    dlg.grace_note.setText("annual contract")
    assert ok.isEnabled()
    dlg.accept()
    assert dlg.result() == 1
    with ctx.db.engine.connect() as conn:
        g = grace_terms(conn, cid)
        assert dunning.grace_days_of(conn)[cid] == 7
    assert (g.days, g.approved_by, g.approved_on, g.note) == (7, "王芳", AS_OF, "annual contract")
    with ctx.db.session() as s:
        a = s.scalars(select(AuditLog).where(AuditLog.entity == "customer",
                                             AuditLog.field == "dunning_grace_days")).one()
        assert (a.entity_id, a.before, a.after) == (cid, "0", "7")
        assert "王芳" in a.reason
    again = CustomerDialog(ctx, cid)
    qtbot.addWidget(again)
    assert again.grace_days.value() == 7 and "王芳" in again.grace_current.text()
    assert again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_default_stage_names_show_translated_and_typed_names_stay(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.services.dunning.settings import DEFAULT_LADDER
    from app.ui.tablemodels.dunning import StageTableModel

    class Zh(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {"Friendly reminder": "友好提醒"}.get(source) if context == "messages" else None

    zh = Zh()
    QCoreApplication.installTranslator(zh)
    try:
        m = StageTableModel(list(DEFAULT_LADDER))
        assert m.index(0, 0).data() == "友好提醒"
        assert m.setData(m.index(0, 0), "友好提醒")            # unchanged: the template stays
        assert m.stages[0].name == "Friendly reminder"
        assert m.setData(m.index(0, 0), "  温馨   提示 ")
        assert m.stages[0].name == "温馨 提示" and m.index(0, 0).data() == "温馨 提示"
    finally:
        QCoreApplication.removeTranslator(zh)
