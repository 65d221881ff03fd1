"""app.services.dunning.presets: stage problems located, ladders in use, the interest example,
a customer's grace terms."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.services.dunning.presets import (ACTION_TEXT, TEMPLATE_TEXT, check, example_interest,
                                          ladders_in_use, stage_problem)
from app.services.dunning.settings import DunningSettings, InterestRule, validate

AS_OF = date(2026, 11, 23)


def _with_stage(st, ladder, row, **kw):
    stages = list(st.ladders[ladder])
    stages[row] = replace(stages[row], **kw)
    return replace(st, ladders={**st.ladders, ladder: tuple(stages)})


def test_default_settings_have_no_problem():
    st = DunningSettings()
    assert stage_problem(st) is None and check(st) is st
    assert set(ACTION_TEXT) == {s.action for s in st.ladders["standard"]}
    assert {s.template for s in st.ladders["standard"]} <= set(TEMPLATE_TEXT)


@pytest.mark.parametrize("kw,row,column,words", [
    ({"offset_days": 2}, 2, "offset_days", "2 days must be later than the stage before it (3 days)"),
    ({"name": " "}, 1, "name", "give the stage a name"),
    ({"fee": Decimal("-1")}, 3, "fee", "a fee must be 0 or more"),
    ({"fee": Decimal("1.2345")}, 3, "fee", "at most 3 decimals"),
    ({"action": "handover"}, 1, "action", "the handover must be the last stage"),
    ({"template": "nope"}, 0, "template", "unknown letter template nope"),
    ({"offset_days": 4000}, 4, "offset_days", "between −365 and 3650"),
])
def test_a_stage_problem_names_ladder_stage_and_field(kw, row, column, words):
    st = _with_stage(DunningSettings(), "strict", row, **kw)
    if column != "name":                              # a stage without a name: refused here only
        with pytest.raises(ValidationError):
            validate(st)                              # the service refuses it too
    p = stage_problem(st)
    assert (p.ladder, p.row, p.column) == ("strict", row, column)
    with pytest.raises(ValidationError) as e:
        check(st)
    assert e.value.field == "ladders" and e.value.stage_problem == p
    assert str(e.value).startswith(f"Ladder strict, stage {row + 1} (")
    assert words in str(e.value)


def test_other_problems_are_validates_own():
    st = replace(DunningSettings(), min_interval_days=400)
    assert stage_problem(st) is None
    with pytest.raises(ValidationError) as e:
        check(st)
    assert e.value.field == "min_interval_days"


def test_ladders_in_use():
    st = DunningSettings()
    assert ladders_in_use(st, {"A": "standard", "D": "strict"}) == {
        "standard": ["default", "credit A"], "strict": ["credit D"]}
    st = replace(st, grade_ladders={"A": "standard", "B": "standard", "C": "standard", "D": "standard"})
    assert ladders_in_use(st, {"D": "strict"})["strict"] == []


def test_example_interest_uses_the_interest_service():
    # 100,000.00 × 0.05 % × 30 days = 1,500.00
    assert example_interest(InterestRule("daily", Decimal("0.05")), 10_000_000, 30, AS_OF) == 150_000
    # 100,000.00 × 18.25 % / 365 × 30 = 1,500.00
    assert example_interest(InterestRule("annual", Decimal("18.25")), 10_000_000, 30, AS_OF) == 150_000
    # LPR 3.00 % (since 2025-05-20) × 1.5 = 4.5 % a year: 100,000.00 × 4.5 % × 30 / 365 = 369.86
    assert example_interest(InterestRule("cn_lpr", markup_pct=Decimal(50)), 10_000_000, 30, AS_OF) == 36_986
    assert example_interest(InterestRule("none"), 10_000_000, 30, AS_OF) == 0
    assert example_interest(InterestRule("daily", Decimal("0.05")), 10_000_000, 30, AS_OF, grace_days=30) == 0


def test_grace_terms(tmp_path):
    from app.services.customers import CustomerData, create_customer
    from app.services.dunning import set_grace_days
    from app.services.dunning.presets import GraceTerms, grace_terms
    from app.storage.db import Database

    db = Database.open(tmp_path / "g.db", create=True)
    try:
        with db.session() as s:
            cid = create_customer(s, CustomerData("C1", "One", "CNY", 30))
        with db.engine.connect() as conn:
            assert grace_terms(conn, cid) == GraceTerms()
        with db.session() as s:
            set_grace_days(s, cid, 5, "Li Wei", AS_OF, "framework contract")
        with db.engine.connect() as conn:
            assert grace_terms(conn, cid) == GraceTerms(5, "Li Wei", AS_OF, "framework contract")
    finally:
        db.close()
