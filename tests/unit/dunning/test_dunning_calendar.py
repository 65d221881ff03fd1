"""Working days: China's 2026 National Day week and make-up days, weekends elsewhere, and the
calendar the user corrects (add, remove, import CSV)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.errors import ImportRejected, ValidationError
from app.services import dunning as dn

CSV = Path(__file__).resolve().parents[3] / "resources" / "calendars" / "CN-2026.csv"


def wd(book, region="CN"):
    with book.db.engine.connect() as conn:
        return dn.WorkingDays.load(conn, region)


def test_shipped_2026_schedule(book):
    w = wd(book)
    for d in range(1, 8):                                   # 国庆节 10-01 … 10-07
        assert not w.is_working_day(date(2026, 10, d))
    assert w.is_working_day(date(2026, 9, 20))              # Sunday, make-up working day
    assert w.is_working_day(date(2026, 10, 10))             # Saturday, make-up working day
    assert not w.is_working_day(date(2026, 10, 11))         # an ordinary Sunday
    assert w.next_working_day(date(2026, 9, 30)) == date(2026, 9, 30)
    assert w.next_working_day(date(2026, 10, 1)) == date(2026, 10, 8)
    assert w.next_working_day(date(2026, 2, 15)) == date(2026, 2, 24)   # 春节
    # the shipped file and the seeded table agree
    with book.db.engine.connect() as conn:
        days = {(d.date.isoformat(), d.kind) for d in dn.list_days(conn, "CN", 2026)}
    lines = CSV.read_text(encoding="utf-8").splitlines()[1:]
    assert days == {tuple(line.split(",")[:2]) for line in lines}


def test_national_day_week_moves_the_action(book):
    book.customer("C1")
    book.invoice("A", "C1", "100.00", date(2026, 9, 24))    # +7 = 10-01, a holiday
    book.invoice("B", "C1", "100.00", date(2026, 9, 23))    # −3 = Sun 09-20, a working day
    assert [p.stage for p in book.run(date(2026, 9, 20)).proposals] == [1]
    book.issue(date(2026, 9, 20))
    book.issue(date(2026, 9, 21))                           # A's reminder (−3 = 09-21)
    # B's +7 (09-30) comes before the holiday: proposed and issued on 09-30 itself
    assert [(i.number, i.stage) for p in book.run(date(2026, 9, 30)).proposals
            for i in p.invoices] == [("B", 2)]
    book.issue(date(2026, 9, 30))
    for d in range(1, 8):                                   # A's +7 = 10-01 waits for 10-08
        res = book.run(date(2026, 10, d))
        assert [i.number for p in res.proposals for i in p.invoices] == [], d
    res = book.run(date(2026, 10, 8))                       # B's +15 = 10-08 as well
    assert [(i.number, i.stage) for p in res.proposals for i in p.invoices] == [("B", 3), ("A", 2)]
    assert res.proposals[0].stage == 3 and res.action_date == date(2026, 10, 8)


def test_make_up_saturday_is_an_action_day(book):
    book.customer("C1")
    book.invoice("A", "C1", "100.00", date(2026, 9, 25))    # +15 = Sat 10-10, make-up day
    book.issue(date(2026, 10, 8))                            # +7 moved from 10-02 to 10-08
    res = book.run(date(2026, 10, 10))
    assert [(p.stage, p.action_date) for p in res.proposals] == []    # only 2 days since 10-08
    book.settings(min_interval_days=2)
    res = book.run(date(2026, 10, 10))
    assert [(p.stage, p.action_date) for p in res.proposals] == [(3, date(2026, 10, 10))]


def test_run_on_a_holiday_dates_the_letter_next_working_day(book):
    book.customer("C1")
    book.invoice("A", "C1", "100.00", date(2026, 9, 10))
    res = book.run(date(2026, 10, 3))
    assert res.action_date == date(2026, 10, 8)
    assert res.proposals[0].letter.date == date(2026, 10, 8)


def test_weekends_only_elsewhere(book):
    book.settings(calendar_region="")
    book.customer("C1")
    book.invoice("A", "C1", "100.00", date(2026, 9, 24))
    assert [p.stage for p in book.run(date(2026, 10, 1)).proposals] == [2]   # a Thursday
    w = wd(book, "")
    assert not w.is_working_day(date(2026, 10, 10)) and w.is_working_day(date(2026, 10, 1))


def test_edit_and_import_calendar(book):
    with book.db.session() as s:
        dn.add_day(s, "cn", date(2027, 1, 1), "holiday", "元旦")
        dn.add_day(s, "CN", date(2026, 10, 10), "holiday", "changed")   # replaces the workday
        assert dn.remove_day(s, "CN", date(2026, 9, 20))
        assert not dn.remove_day(s, "CN", date(2026, 9, 21))
        with pytest.raises(ValidationError):
            dn.add_day(s, "CN", date(2027, 1, 2), "party")
        n = dn.import_csv(s, "date,kind,region,name\n2027-02-06,holiday,CN,春节\n"
                             "2027-02-07,workday,,调休\n", "cn2027.csv", default_region="CN")
        assert n == 2
        with pytest.raises(ImportRejected) as e:
            dn.import_csv(s, "2027-13-01,holiday,CN\n2027-03-01,feast,CN\n", "bad.csv")
        assert len(e.value.errors) == 2
    w = wd(book)
    assert not w.is_working_day(date(2027, 1, 1)) and not w.is_working_day(date(2026, 10, 10))
    assert not w.is_working_day(date(2026, 9, 20)) and w.is_working_day(date(2027, 2, 7))
    with book.db.engine.connect() as conn:
        assert len(dn.list_days(conn, "CN", 2027)) == 3
