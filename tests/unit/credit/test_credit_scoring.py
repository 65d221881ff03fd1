"""Each scoring factor at its edges, the thresholds, caps and overrides — on plain facts (no DB)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.credit.facts import Facts
from app.services.credit.scoring import (exposure_of, overdue_factor, payment_factor, score_facts,
                                         utilisation_factor)
from app.services.credit.settings import CreditSettings, curve_share

AS_OF = date(2026, 11, 23)
S = CreditSettings()


def facts(**kw) -> Facts:
    f = Facts(1, "C1", "Customer", "CNY", 30, True, 100_000_00)
    for k, v in kw.items():
        setattr(f, k, v)
    return f


def paid(count=10, late=0, weight=1_000_00, days=0) -> dict:
    return dict(paid_count=count, late_count=late, paid_weight=weight, beyond_weighted=weight * days)


# ------------------------------------------------------------------------- payment behaviour

def test_no_history_is_neutral_and_flagged():
    f = payment_factor(facts(), S)
    assert f.points == 15 and f.max_points == 30 and f.flags == ("little_history",)
    assert "too little history" in f.reason.text()


def test_fewer_than_minimum_paid_is_neutral_minimum_is_not():
    assert payment_factor(facts(**paid(count=2, late=2, days=90)), S).flags == ("little_history",)
    f = payment_factor(facts(**paid(count=3, late=3, days=90)), S)
    assert f.flags == () and f.points == 0        # every one late, 90 days: nothing


def test_prompt_payer_gets_full_points_early_payer_too():
    assert payment_factor(facts(**paid(days=0)), S).points == 30
    assert payment_factor(facts(**paid(days=-5)), S).points == 30


def test_payment_values_and_reason():
    f = payment_factor(facts(**paid(count=4, late=1, days=15)), S)
    values = dict(f.values)
    assert values == {"days_beyond_terms": "15.0", "late_share_pct": "25.0", "paid_invoices": "4"}
    # curve: 15 days → 70 %, 25 % late → 60 %; mean 65 % of 30 = 19.5 → 20 (half up)
    assert f.points == 20
    assert "25.0 % of 4 invoices" in f.reason.text() and "15.0 days" in f.reason.text()


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 400), st.integers(0, 400), st.integers(3, 50), st.integers(0, 50))
def test_more_days_late_never_raises_the_payment_factor(d1, d2, count, late):
    late = min(late, count)
    lo, hi = sorted((d1, d2))
    a = payment_factor(facts(**paid(count=count, late=late, days=lo)), S)
    b = payment_factor(facts(**paid(count=count, late=late, days=hi)), S)
    assert b.points <= a.points


# ------------------------------------------------------------------------- overdue

def test_nothing_open_or_overdue_gets_full_points():
    assert overdue_factor(facts(), AS_OF, S).points == 20
    assert overdue_factor(facts(open_invoices=500, overdue=0), AS_OF, S).points == 20


def test_everything_long_overdue_gets_nothing():
    f = overdue_factor(facts(open_invoices=500, overdue=500, oldest_due=date(2026, 1, 1)), AS_OF, S)
    assert f.points == 0 and dict(f.values)["oldest_overdue_days"] == str((AS_OF - date(2026, 1, 1)).days)


# ------------------------------------------------------------------------- utilisation

def test_no_limit_is_neutral_and_flagged():
    f = utilisation_factor(facts(stored_limit=None, open_invoices=1), S)
    assert f.flags == ("no_limit",) and f.points == 5


def test_exposure_nets_credits_and_payments():
    f = facts(open_invoices=80_000_00, open_credits=10_000_00, unapplied_payments=20_000_00)
    assert exposure_of(f) == 50_000_00
    u = utilisation_factor(f, S)
    assert dict(u.values)["utilisation_pct"] == "50.0" and u.points == 10


def test_zero_limit_with_exposure_gets_nothing():
    f = utilisation_factor(facts(stored_limit=0, open_invoices=1), S)
    assert f.points == 0 and "zero" in f.reason.text()


def test_override_limit_replaces_stored_limit():
    f = facts(stored_limit=10_000_00, open_invoices=10_000_00,
              override=(1, None, 100_000_00, "why", AS_OF, AS_OF))
    assert dict(utilisation_factor(f, S).values)["utilisation_pct"] == "10.0"


# ------------------------------------------------------------------------- financials, rating

def test_financials_missing_stale_and_fresh():
    none = score_facts(facts(), AS_OF, S).factor("financials")
    assert none.flags == ("no_financials",) and none.points == 8
    fresh_day = date(2025, 8, 23)            # exactly 15 months before: still fresh
    fresh = score_facts(facts(financials=(fresh_day, Decimal("0.3"), Decimal("2.0"))), AS_OF, S)
    assert fresh.factor("financials").points == 15 and not fresh.factor("financials").flags
    stale = score_facts(facts(financials=(date(2025, 8, 22), Decimal("0.3"), Decimal("2.0"))), AS_OF, S)
    f = stale.factor("financials")
    assert f.flags == ("stale_financials",) and f.points == 8 and "2025-08-22" in f.reason.text()


def test_financials_one_ratio_is_enough():
    f = score_facts(facts(financials=(date(2026, 6, 30), Decimal("0.9"), None)), AS_OF, S)
    assert f.factor("financials").points == 0
    assert "current ratio –" in f.factor("financials").reason.text()


def test_external_rating_scale_unknown_and_stale():
    ok = score_facts(facts(rating=("Sinosure", "aa", date(2026, 1, 1))), AS_OF, S).factor("external")
    assert ok.points == 14 and not ok.flags          # 90 % of 15 = 13.5 → 14
    unknown = score_facts(facts(rating=("X", "Z9", date(2026, 1, 1))), AS_OF, S).factor("external")
    assert unknown.flags == ("unknown_rating",) and unknown.points == 8
    stale = score_facts(facts(rating=("X", "AAA", date(2024, 1, 1))), AS_OF, S).factor("external")
    assert stale.flags == ("stale_rating",)


# ------------------------------------------------------------------------- grade

@pytest.mark.parametrize("score, grade", [(100, "A"), (80, "A"), (79, "B"), (60, "B"), (59, "C"),
                                          (40, "C"), (39, "D"), (0, "D")])
def test_thresholds_exactly(score, grade):
    assert S.grade_for(score) == grade


def test_negative_event_caps_the_grade_worst_cap_wins():
    good = facts(**paid(), financials=(date(2026, 6, 30), Decimal("0.3"), Decimal("2.0")),
                 rating=("S", "AAA", date(2026, 6, 1)), first_invoice=date(2020, 1, 1))
    assert score_facts(good, AS_OF, S).grade == "A"
    good.events = [(1, "other", date(2026, 5, 1), ""), (2, "litigation", date(2026, 6, 1), "")]
    r = score_facts(good, AS_OF, S)
    assert r.score_grade == "A" and r.cap == "C" and r.grade == "C" and "capped" in r.flags
    assert "Litigation on 2026-06-01 caps the grade at C." in [c.text() for c in r.caps]
    good.events.append((3, "insolvency", date(2026, 7, 1), ""))
    assert score_facts(good, AS_OF, S).grade == "D"


def test_cap_never_improves_a_grade():
    f = facts(events=[(1, "other", date(2026, 5, 1), "")], stored_limit=0, open_invoices=1,
              overdue=1, oldest_due=date(2025, 1, 1), **paid(late=10, days=100))
    r = score_facts(f, AS_OF, S)
    assert r.score_grade == "D" and r.grade == "D"


def test_grade_override_wins_over_score_and_cap():
    f = facts(events=[(1, "insolvency", date(2026, 5, 1), "")],
              override=(7, "B", None, "guaranteed by parent", AS_OF, date(2026, 12, 31)))
    r = score_facts(f, AS_OF, S)
    assert r.grade == "B" and "override" in r.flags
    assert "guaranteed by parent" in r.override.text()


# ------------------------------------------------------------------------- properties

fact_values = st.fixed_dictionaries({
    "paid_count": st.integers(0, 200), "late_frac": st.integers(0, 100),
    "paid_weight": st.integers(0, 10**10), "days": st.integers(-60, 1000),
    "open_invoices": st.integers(0, 10**10), "overdue_frac": st.integers(0, 100),
    "age": st.integers(1, 2000), "credits": st.integers(0, 10**9), "payments": st.integers(0, 10**9),
    "limit": st.one_of(st.none(), st.integers(0, 10**10)),
    "months": st.one_of(st.none(), st.integers(0, 400)),
    "dta": st.one_of(st.none(), st.decimals(0, 5, places=2)),
    "cr": st.one_of(st.none(), st.decimals(0, 10, places=2)),
    "fin_age": st.integers(0, 60), "rating": st.sampled_from([None, "AAA", "B", "D", "???"]),
})


def _facts_from(v) -> Facts:
    from app.services.credit.dates import add_months
    f = facts(stored_limit=v["limit"], paid_count=v["paid_count"],
              late_count=v["paid_count"] * v["late_frac"] // 100, paid_weight=v["paid_weight"],
              beyond_weighted=v["paid_weight"] * v["days"], open_invoices=v["open_invoices"],
              overdue=v["open_invoices"] * v["overdue_frac"] // 100,
              oldest_due=date.fromordinal(AS_OF.toordinal() - v["age"]),
              open_credits=v["credits"], unapplied_payments=v["payments"],
              first_invoice=None if v["months"] is None else add_months(AS_OF, -v["months"]))
    if v["dta"] is not None or v["cr"] is not None:
        f.financials = (add_months(AS_OF, -v["fin_age"]), v["dta"], v["cr"])
    if v["rating"]:
        f.rating = ("bureau", v["rating"], AS_OF)
    return f


@settings(max_examples=150, deadline=None)
@given(fact_values)
def test_score_is_0_to_100_and_points_never_exceed_max(v):
    r = score_facts(_facts_from(v), AS_OF, S)
    assert 0 <= r.score <= 100
    assert sum(f.max_points for f in r.factors) == 100
    for f in r.factors:
        assert 0 <= f.points <= f.max_points
        assert f.reason.text()
    assert r.grade == S.grade_for(r.score)


def test_curve_share_interpolates_and_clamps():
    c = ((Decimal(0), Decimal(100)), (Decimal(10), Decimal(0)))
    assert curve_share(c, Decimal(-5)) == 100 and curve_share(c, Decimal(50)) == 0
    assert curve_share(c, Decimal(5)) == 50


def test_replace_keeps_settings_valid():
    from app.services.credit.settings import validate
    validate(replace(S, thresholds=(90, 70, 50)))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 10**9), st.integers(0, 100), st.integers(1, 1000), st.integers(1, 1000))
def test_older_overdue_never_raises_the_overdue_factor(open_minor, frac, age1, age2):
    lo, hi = sorted((age1, age2))
    f = dict(open_invoices=open_minor, overdue=max(1, open_minor * frac // 100))
    a = overdue_factor(facts(**f, oldest_due=date.fromordinal(AS_OF.toordinal() - lo)), AS_OF, S)
    b = overdue_factor(facts(**f, oldest_due=date.fromordinal(AS_OF.toordinal() - hi)), AS_OF, S)
    assert b.points <= a.points
