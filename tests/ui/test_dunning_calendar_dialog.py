"""The holidays and working days dialog: add, remove, import CSV (all or nothing, a bad row named),
each change saved at once through the calendar service (audited)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.models import AuditLog
from app.services.dunning.calendar import WorkingDays, list_days


@pytest.fixture
def cal(qtbot, ctx, monkeypatch):
    from app.ui.dialogs.dunning_calendar import DunningCalendarDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    d = DunningCalendarDialog(ctx, "CN")
    d.shown = shown
    qtbot.addWidget(d)
    return d


def _days(ctx, year):
    with ctx.db.engine.connect() as conn:
        return {d.date: (d.kind, d.name) for d in list_days(conn, "CN", year)}


def _audits(ctx):
    with ctx.db.session() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.entity == "holiday_day").order_by(AuditLog.id)))


def test_lists_the_shipped_days_of_the_year(cal, ctx):
    assert cal.year.currentData() == 2026
    rows = cal.model.rows()
    assert len(rows) == len(_days(ctx, 2026)) > 20
    assert rows[0].date == date(2026, 1, 1)
    assert cal.model.index(0, 2).data() == "Holiday"
    national = [r for r in rows if r.date == date(2026, 10, 1)]
    assert national and national[0].kind == "holiday"
    assert "holiday(s)" in cal.count_label.text()
    assert not cal.remove_button.isEnabled()


def test_add_and_remove_a_day(cal, ctx):
    assert cal.add(date(2027, 10, 1), "holiday", "国庆节 National Day")
    assert cal.year.currentData() == 2027
    assert _days(ctx, 2027)[date(2027, 10, 1)] == ("holiday", "国庆节 National Day")
    assert [r.date for r in cal.model.rows()] == [date(2027, 10, 1)]
    assert cal.add(date(2027, 10, 9), "workday", "调休")         # a Saturday worked
    with ctx.db.engine.connect() as conn:
        wd = WorkingDays.load(conn, "CN")
    assert not wd.is_working_day(date(2027, 10, 1)) and wd.is_working_day(date(2027, 10, 9))
    cal.view.selectRow(0)
    assert cal.remove_button.isEnabled()
    cal.remove_selected()
    assert date(2027, 10, 1) not in _days(ctx, 2027)
    assert [r.date for r in cal.model.rows()] == [date(2027, 10, 9)]
    assert sorted((a.after or "") for a in _audits(ctx)) == ["", "holiday 国庆节 National Day", "workday 调休"]
    assert cal.changes == 3


def test_import_csv_with_a_bad_row_imports_nothing_and_names_the_row(cal, ctx, tmp_path):
    f = tmp_path / "CN-2027.csv"
    f.write_text("date,kind,region,name\n2027-01-01,holiday,CN,元旦\n2027-13-01,holiday,CN,x\n"
                 "2027-02-06,weekend,CN,y\n", encoding="utf-8")
    assert cal.import_file(f) is None
    assert "CN-2027.csv, row 3" in cal.last_rejected and "2027-13-01" in cal.last_rejected
    assert "row 4" in cal.last_rejected and "weekend" in cal.last_rejected
    assert any("Nothing was imported" in t for t in cal.shown)
    assert _days(ctx, 2027) == {} and _audits(ctx) == []


def test_import_csv(cal, ctx, tmp_path):
    f = tmp_path / "CN-2027.csv"
    f.write_bytes("\ufeffdate,kind,region,name\n2027-01-01,holiday,CN,元旦\n"
                  "2027-02-06,workday,,春节调休上班\n".encode("utf-8"))
    assert cal.import_file(f) == 2
    assert _days(ctx, 2027) == {date(2027, 1, 1): ("holiday", "元旦"),
                                date(2027, 2, 6): ("workday", "春节调休上班")}
    assert cal.year.findData(2027) >= 0
    assert any("2 day(s) imported" in t for t in cal.shown)


def test_add_day_dialog(qtbot):
    from PySide6.QtCore import QDate

    from app.ui.dialogs.dunning_calendar import CalendarDayDialog

    d = CalendarDayDialog("CN", date(2027, 2, 6))
    qtbot.addWidget(d)
    d.kind.setCurrentIndex(d.kind.findData("workday"))
    d.name.setText("春节调休上班")
    assert "weekend" in d.weekday.text()
    d.date.setDate(QDate(2027, 2, 8))
    assert "anyway" in d.weekday.text()
    assert d.values() == (date(2027, 2, 8), "workday", "春节调休上班")


def test_opened_from_the_dunning_page(qtbot, ctx, settings, monkeypatch):
    from app.ui.dialogs import dunning_calendar
    from app.ui.dialogs.settings_dialog import SettingsDialog

    opened = []
    monkeypatch.setattr(dunning_calendar.DunningCalendarDialog, "exec",
                        lambda self: opened.append(self.region) or 0)
    dlg = SettingsDialog(ctx, settings, start_tab="dunning")
    qtbot.addWidget(dlg)
    dlg.dunning_form.calendar_button.click()
    assert opened == ["CN"]
