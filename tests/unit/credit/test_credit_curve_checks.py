"""Curve, rating scale and event checks of the credit settings: messages name the factor, the
curve and the point (or the rating row), and translate the factor's name with the message."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.services.credit.settings import (CURVE_FACTOR, CURVE_TEXT, CURVE_UNIT, CURVE_X_RANGE, CURVES,
                                          DEFAULT_CURVES, CreditSettings, CurveError, check_curve,
                                          check_rating_scale, plain, validate)

S = CreditSettings()
D = Decimal


def _c(*pts):
    return tuple((D(x), D(y)) for x, y in pts)


def test_every_curve_has_a_factor_name_unit_and_range_and_the_defaults_fit():
    assert set(CURVE_FACTOR) == set(CURVE_TEXT) == set(CURVE_UNIT) == set(CURVE_X_RANGE) == set(CURVES)
    for name in CURVES:
        assert check_curve(name, DEFAULT_CURVES[name]) == DEFAULT_CURVES[name]


@pytest.mark.parametrize("name, pts, point, words", [
    ("relationship_months", _c(("0", "20"), ("12", "50"), ("6", "100")), 3, "must be above"),
    ("relationship_months", _c(("0", "20"), ("12", "50"), ("12", "100")), 3, "must be above"),
    ("relationship_months", _c(("-1", "20"), ("12", "50")), 1, "0 to 1200"),
    ("late_share_pct", _c(("0", "100"), ("101", "0")), 2, "0 to 100"),
    ("current_ratio", _c(("0.5", "0"), ("1", "100.5")), 2, "0–100 %"),
    ("current_ratio", _c(("0.5", "-1"),), 1, "0–100 %"),
    ("debt_to_assets", _c(("0.12345", "100"),), 1, "4 decimal places"),
    ("days_beyond_terms", ((D("NaN"), D(1)),), 1, "enter numbers"),
    ("days_beyond_terms", (), 0, "at least one point"),
    ("days_beyond_terms", tuple((D(i), D(0)) for i in range(21)), 0, "at most 20 points"),
])
def test_check_curve_names_factor_curve_and_point(name, pts, point, words):
    with pytest.raises(CurveError) as e:
        check_curve(name, pts)
    err = e.value
    assert err.field == "curves" and err.curve == name and err.point == point
    assert words in str(err)
    assert str(err).startswith({"payment": "Payment behaviour", "overdue": "Current overdue",
                                "utilisation": "Limit utilisation", "relationship": "Relationship length",
                                "financials": "Financial ratios"}[CURVE_FACTOR[name]])
    if point:
        assert f"point {point}:" in str(err)


def test_days_beyond_terms_may_start_before_the_due_date():
    check_curve("days_beyond_terms", _c(("-10", "100"), ("0", "90"), ("60", "0")))


def test_curve_error_translates_the_factor_and_curve_names():
    table = {"{factor} – {name}, point {point}: the share must be 0–100 %.": "{factor}–{name}，第 {point} 点：比例须为 0–100 %。",
             "Relationship length": "合作时长", "Months as a customer": "合作月数"}
    with pytest.raises(CurveError) as e:
        check_curve("relationship_months", _c(("0", "120"),))
    assert e.value.translated(lambda s: table.get(s, s)) == "合作时长–合作月数，第 1 点：比例须为 0–100 %。"


def test_validate_uses_the_curve_checks():
    bad = replace(S, curves={**S.curves, "utilisation_pct": _c(("0", "100"), ("1001", "0"))})
    with pytest.raises(CurveError) as e:
        validate(bad)
    assert e.value.curve == "utilisation_pct" and e.value.point == 2
    with pytest.raises(ValidationError) as e:
        validate(replace(S, curves={**S.curves, "mystery": _c(("0", "1"),)}))
    assert e.value.field == "curves"


def test_rating_scale_rows():
    assert check_rating_scale([(" aa ", 90), ("B", 0)]) == {"aa": 90, "B": 0}
    for rows, row, words in (([("AAA", 100), ("", 50)], 2, "enter the grade"),
                             ([("AAA", 100), ("aaa", 50)], 2, "already in row 1"),
                             ([("A", 101)], 1, "whole number 0–100 %"),
                             ([("A", True)], 1, "whole number"),
                             ([("X" * 21, 1)], 1, "at most 20 characters")):
        with pytest.raises(ValidationError) as e:
            check_rating_scale(rows)
        assert e.value.field == "rating_scale" and f"row {row}" in str(e.value) and words in str(e.value)


def test_event_durations():
    validate(replace(S, event_months={"litigation": 120, "returned_payment": 1}))
    for months in ({"litigation": 0}, {"litigation": 121}, {"lawsuit": 6}):
        with pytest.raises(ValidationError) as e:
            validate(replace(S, event_months=months))
        assert e.value.field == "event_months"


def test_edited_curves_round_trip_through_json():
    st = replace(S, curves={**S.curves, "current_ratio": _c(("0.5", "0"), ("1.25", "55.5"), ("2", "100"))},
                 rating_scale={"A1": 70, "B2": 30}, event_caps={**S.event_caps, "litigation": "D"},
                 event_months={"litigation": 6})
    back = CreditSettings.from_json(validate(st).to_json())
    assert back == st


def test_plain():
    assert [plain(D(x)) for x in ("15.00", "0.50", "100", "1E+2", "-10.0", "0.0001")] == \
        ["15", "0.5", "100", "100", "-10", "0.0001"]
