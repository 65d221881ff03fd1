"""Late interest on each day's open balance, rounded once, half-up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.services.dunning import InterestRule, interest_exact, round_minor
from app.services.dunning.interest import reductions_for

DAILY = InterestRule(kind="daily", rate=Decimal("0.05"))        # 0.05 % a day, 万分之五


def test_daily_rate_thirty_days():
    # 100,000.00 × 0.05 % × 30 days = 1,500.00
    x = interest_exact(10_000_000, [], date(2026, 1, 1), date(2026, 1, 31), DAILY)
    assert round_minor(x) == 150_000


def test_partial_payment_reduces_from_its_date():
    # 40,000.00 paid on 01-11: 9 days (01-02 … 01-10) on 100,000.00 = 100,000.00 × 0.05 % × 9
    # = 450.00; 21 days (01-11 … 01-31) on 60,000.00 = 60,000.00 × 0.05 % × 21 = 630.00;
    # total 1,080.00
    x = interest_exact(10_000_000, [(date(2026, 1, 11), 4_000_000)], date(2026, 1, 1),
                       date(2026, 1, 31), DAILY)
    assert round_minor(x) == 108_000


def test_payment_before_due_and_after_as_of():
    # 10,000.00 paid before the due date leaves 90,000.00; a payment after as_of changes nothing:
    # 90,000.00 × 0.05 % × 30 = 1,350.00
    x = interest_exact(10_000_000, [(date(2025, 12, 20), 1_000_000), (date(2026, 2, 5), 9_000_000)],
                       date(2026, 1, 1), date(2026, 1, 31), DAILY)
    assert round_minor(x) == 135_000


def test_grace_days_and_nothing_before_due():
    # 5 grace days: interest from 01-07: 25 days × 100,000.00 × 0.05 % = 1,250.00
    assert round_minor(interest_exact(10_000_000, [], date(2026, 1, 1), date(2026, 1, 31), DAILY,
                                      grace_days=5)) == 125_000
    assert interest_exact(10_000_000, [], date(2026, 1, 31), date(2026, 1, 31), DAILY) == 0
    assert interest_exact(10_000_000, [], date(2026, 1, 1), date(2026, 1, 31),
                          InterestRule()) == 0


def test_annual_actual_365_rounded_once_half_up():
    # 100,000.00 × 5 % × 30 / 365 = 410.9589… → 410.96
    r = InterestRule(kind="annual", rate=Decimal("5"))
    x = interest_exact(10_000_000, [], date(2026, 1, 1), date(2026, 1, 31), r)
    assert x == Decimal(10_000_000) * Decimal("0.05") / 365 * 30
    assert round_minor(x) == 41_096
    # rounding once at the end: two invoices of 0.5 minor unit each make 1, not 0 or 2
    assert round_minor(Decimal("0.5")) == 1 and round_minor(Decimal("0.25") * 2) == 1


def test_china_lpr_at_breach_plus_markup():
    # due 2025-06-30, breach 2025-07-01: one-year LPR 3.00 % × 1.5 = 4.5 % a year;
    # 10,000.00 × 4.5 % × 73 / 365 = 90.00
    r = InterestRule(kind="cn_lpr", markup_pct=Decimal("50"))
    x = interest_exact(1_000_000, [], date(2025, 6, 30), date(2025, 9, 11), r)
    assert round_minor(x) == 9_000
    # breach in 2024-09: LPR 3.35 % (fixed for the claim though it fell later) × 1.3 = 4.355 %
    r30 = InterestRule(kind="cn_lpr", markup_pct=Decimal("30"))
    x = interest_exact(3_650_000, [], date(2024, 9, 1), date(2025, 9, 1), r30)
    # 365 days (2024-09-02 … 2025-09-01): 36,500.00 × 4.355 % = 1,589.575 → half-up 1,589.58
    assert round_minor(x) == 158_958


def test_eu_reference_changes_each_half_year():
    # due 2025-06-20; 06-21 … 06-30 (10 days) at 3.15 + 8 = 11.15 %, 07-01 … 07-10 (10 days)
    # at 2.15 + 8 = 10.15 %: 36,500.00 × 11.15 % × 10/365 = 111.50; × 10.15 % × 10/365 = 101.50
    r = InterestRule(kind="eu_reference")
    x = interest_exact(3_650_000, [], date(2025, 6, 20), date(2025, 7, 10), r)
    assert round_minor(x) == 21_300


def test_interest_from_the_ledger(book):
    """The run claims interest on the letter (stages 3–5) from the allocations' dates."""
    from app.services.dunning import DunningSettings
    book.customer("C1")
    iid = book.invoice("A", "C1", "100000.00", date(2026, 10, 1))
    book.pay("A", "40000.00", date(2026, 10, 11))
    book.settings(interest=DunningSettings().interest.__class__(kind="daily", rate=Decimal("0.05")))
    with book.db.engine.connect() as conn:
        red = reductions_for(conn, [iid], date(2026, 10, 31))
    assert red == {iid: [(date(2026, 10, 11), 4_000_000)]}
    res = book.run(date(2026, 10, 31))     # 30 days overdue, never dunned: stage 2, no interest
    assert res.proposals[0].stage == 2 and res.proposals[0].interest_minor == 0
    book.issue(date(2026, 10, 31))
    res = book.run(date(2026, 11, 9))      # stage 3 (demand) claims interest
    (p,) = res.proposals
    # 9 days × 100,000.00 × 0.05 % = 450.00 + 30 days (10-11 … 11-09) × 60,000.00 × 0.05 % = 900.00
    assert p.stage == 3 and p.interest_minor == 135_000
    assert p.total_due_minor == 6_000_000 + 135_000
    assert p.letter.interest_minor == 135_000
