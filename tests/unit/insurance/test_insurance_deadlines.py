"""Deadline arithmetic (month ends, leap years, days vs months) and the deadline list."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.services import insurance as ins
from app.services.insurance import Terms, add_period, invoice_deadlines
from insurance_book import book, db, insured  # noqa: F401 - fixtures


@pytest.mark.parametrize("start, n, unit, expected", [
    (date(2026, 1, 31), 1, "months", date(2026, 2, 28)),      # month end clamps
    (date(2028, 1, 31), 1, "months", date(2028, 2, 29)),      # leap year
    (date(2028, 2, 29), 12, "months", date(2029, 2, 28)),     # 29 Feb + 1 year
    (date(2028, 2, 29), 48, "months", date(2032, 2, 29)),
    (date(2026, 8, 31), 4, "months", date(2026, 12, 31)),
    (date(2026, 10, 31), 4, "months", date(2027, 2, 28)),
    (date(2026, 1, 31), 30, "days", date(2026, 3, 2)),        # 30 days ≠ 1 month
    (date(2028, 1, 31), 30, "days", date(2028, 3, 1)),        # … one day less in a leap year
    (date(2028, 2, 28), 1, "days", date(2028, 2, 29)),
    (date(2026, 12, 31), 60, "days", date(2027, 3, 1)),
    (date(2026, 5, 5), 0, "months", date(2026, 5, 5)),
])
def test_add_period(start, n, unit, expected):
    assert add_period(start, n, unit) == expected


def test_add_period_refuses_unknown_unit():
    with pytest.raises(ValueError):
        add_period(date(2026, 1, 1), 1, "weeks")


def test_sinosure_style_notify_60_days_claim_4_months_after_notification():
    t = Terms(extension_days=60, notify_after=60, notify_unit="days", claim_after=4,
              claim_unit="months", claim_from="notification")
    d = invoice_deadlines(t, date(2026, 1, 31))
    # 31 Jan + 60 days = 1 Apr (28 days of February); not notified: claim counted from 1 Apr
    assert (d.extension_end, d.notify_by, d.claim_by, d.claim_by_estimated) == (
        date(2026, 4, 1), date(2026, 4, 1), date(2026, 8, 1), True)
    d = invoice_deadlines(t, date(2026, 1, 31), notified_on=date(2026, 3, 31))
    assert d.claim_by == date(2026, 7, 31) and not d.claim_by_estimated
    d = invoice_deadlines(t, date(2028, 1, 31))           # leap year: 31 Jan + 60 days = 31 Mar
    assert d.notify_by == date(2028, 3, 31) and d.claim_by == date(2028, 7, 31)


def test_months_from_due_and_from_extension_end():
    t = Terms(extension_days=0, notify_after=1, notify_unit="months", claim_after=6,
              claim_unit="months", claim_from="due")
    d = invoice_deadlines(t, date(2028, 2, 29))
    assert d.notify_by == date(2028, 3, 29) and d.claim_by == date(2028, 8, 29)
    assert invoice_deadlines(t, date(2026, 1, 31)).notify_by == date(2026, 2, 28)
    assert invoice_deadlines(t, date(2028, 1, 31)).notify_by == date(2028, 2, 29)
    t = Terms(extension_days=30, notify_after=30, notify_unit="days", claim_after=2,
              claim_unit="months", claim_from="extension_end")
    d = invoice_deadlines(t, date(2026, 1, 31))
    assert d.extension_end == date(2026, 3, 2) and d.claim_by == date(2026, 5, 2)
    t = Terms(extension_days=90, notify_after=90, notify_unit="days", claim_after=150,
              claim_unit="days", claim_from="due")
    assert invoice_deadlines(t, date(2026, 12, 31)).claim_by == date(2027, 5, 30)


def test_deadline_list_sorted_by_urgency_with_warning_window(insured):
    book, _pid = insured
    with book.db.engine.connect() as conn:
        rows = ins.deadlines(conn, date(2026, 6, 20))
    # OTHER is not insured, INV-2026-0003 is not due
    assert [r.number for r in rows] == ["INV-2026-0001", "INV-2026-0002"]
    first, second = rows
    assert (first.notify_by, first.extension_end, first.claim_by) == (
        date(2026, 6, 29), date(2026, 6, 29), date(2026, 10, 29))
    assert first.next_kind == "notify" and first.days_left == 9 and first.level == "warning"
    assert second.next_kind == "notify" and second.days_left == 40 and second.level == "ok"
    assert first.days_overdue == 51 and first.open_minor == 70_000_00
    with book.db.engine.connect() as conn:
        assert ins.deadlines(conn, date(2026, 6, 20), warning_days=5)[0].level == "ok"
        late = ins.deadlines(conn, date(2026, 7, 1))
    assert late[0].number == "INV-2026-0001" and late[0].level == "missed" and late[0].days_left == -2


def test_warning_days_setting(insured):
    book, _pid = insured
    with book.db.session() as s:
        ins.save_settings(s, ins.InsuranceSettings(warning_days=5))
    with book.db.engine.connect() as conn:
        assert ins.load_settings(conn).warning_days == 5
        assert ins.deadlines(conn, date(2026, 6, 20))[0].level == "ok"
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.save_settings(s, ins.InsuranceSettings(warning_days=-1))


def test_notification_moves_the_next_deadline_to_the_claim(insured):
    book, _pid = insured
    with book.db.session() as s:
        ins.notify_overdue(s, book.invoices["INV-2026-0001"], on=date(2026, 6, 25), reference="NL-1")
    with book.db.engine.connect() as conn:
        rows = ins.deadlines(conn, date(2026, 7, 1))
    assert [r.number for r in rows] == ["INV-2026-0002", "INV-2026-0001"]
    notified = rows[1]
    assert notified.notified_on == date(2026, 6, 25) and notified.next_kind == "claim"
    assert notified.claim_by == date(2026, 10, 25) and not notified.claim_by_estimated
    with book.db.session() as s, pytest.raises(Exception, match="notified already"):
        ins.notify_overdue(s, book.invoices["INV-2026-0001"], on=date(2026, 6, 26))
    with book.db.session() as s, pytest.raises(Exception, match="not insured"):
        ins.notify_overdue(s, book.invoices["OTH-1"], on=date(2026, 6, 26))


def test_paid_and_claimed_invoices_leave_the_list(insured):
    book, pid = insured
    book.pay("INV-2026-0002", "50000", date(2026, 6, 10))
    with book.db.engine.connect() as conn:
        assert [r.number for r in ins.deadlines(conn, date(2026, 6, 20))] == ["INV-2026-0001"]
        # the as-of rule: on 9 June it was still open
        assert len(ins.deadlines(conn, date(2026, 6, 9))) == 2
    with book.db.session() as s:
        cid = ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 7, 1))
    with book.db.engine.connect() as conn:
        assert ins.deadlines(conn, date(2026, 7, 2))[0].draft_claim == "CL-2026-0001"
    with book.db.session() as s:
        ins.file_claim(s, cid, on=date(2026, 7, 3))
    with book.db.engine.connect() as conn:
        assert ins.deadlines(conn, date(2026, 7, 3)) == []
        assert len(ins.deadlines(conn, date(2026, 7, 2))) == 1      # filed after that day


def test_limit_validity_decides_what_is_insured(book):
    book.customer("BUY")
    pid = book.policy()
    book.buyer(pid, "BUY", "100000", valid_from=date(2026, 3, 15), valid_to=date(2026, 6, 30))
    book.invoice("EARLY", "BUY", "100", date(2026, 3, 1), date(2026, 4, 1))    # before the limit
    book.invoice("IN", "BUY", "100", date(2026, 4, 1), date(2026, 5, 1))
    book.invoice("LATE", "BUY", "100", date(2026, 7, 1), date(2026, 7, 31))    # after it ended
    with book.db.engine.connect() as conn:
        assert [r.number for r in ins.deadlines(conn, date(2026, 9, 1))] == ["IN"]
