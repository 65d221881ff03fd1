"""Credit settings: defaults valid, JSON round trip, validation, audited save."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.errors import ValidationError
from app.services.credit.settings import (CreditSettings, GradePolicy, load_settings, save_settings,
                                          validate)

S = CreditSettings()


def test_defaults_are_valid_and_as_specified():
    validate(S)
    assert S.thresholds == (80, 60, 40) and S.warning_pct == 80 and S.stale_months == 15
    assert [p.review_months for p in S.policies] == [12, 6, 3, 1]
    assert [p.prepayment for p in S.policies] == [False, False, False, True]
    assert sum(S.weights.values()) == 100


def test_json_round_trip_and_partial_json():
    s2 = replace(S, thresholds=(85, 65, 45), warning_pct=75)
    assert CreditSettings.from_json(s2.to_json()) == s2
    assert CreditSettings.from_json('{"warning_pct": 90}').warning_pct == 90
    assert CreditSettings.from_json(None) == S
    with pytest.raises(ValidationError):
        CreditSettings.from_json("{not json")


@pytest.mark.parametrize("change, field", [
    (dict(weights={**S.weights, "payment": 31}), "weights"),
    (dict(weights={**S.weights, "payment": -1, "overdue": 51}), "weights"),
    (dict(thresholds=(60, 60, 40)), "thresholds"),
    (dict(thresholds=(101, 60, 40)), "thresholds"),
    (dict(thresholds=(80, 60, 0)), "thresholds"),
    (dict(curves={**S.curves, "current_ratio": ((Decimal(2), Decimal(0)), (Decimal(1), Decimal(50)))}),
     "curves"),
    (dict(curves={**S.curves, "current_ratio": ((Decimal(1), Decimal(120)),)}), "curves"),
    (dict(event_caps={**S.event_caps, "litigation": "E"}), "event_caps"),
    (dict(policies=S.policies[:3]), "policies"),
    (dict(policies=S.policies[:3] + (GradePolicy("D", 0, 0, 10, 5, 1, True),)), "policies"),
    (dict(policies=S.policies[:3] + (GradePolicy("D", 0, 0, 0, 0, 0, True),)), "policies"),
    (dict(warning_pct=0), "warning_pct"),
    (dict(rating_scale={"AAA": 101}), "rating_scale"),
])
def test_validation_names_the_field(change, field):
    with pytest.raises(ValidationError) as e:
        validate(replace(S, **change))
    assert e.value.field == field


def test_save_is_validated_and_audited(db):
    with db.session() as s:
        save_settings(s, replace(S, warning_pct=70), reason="tighter")
    with db.session() as s:
        assert load_settings(s).warning_pct == 70
        with pytest.raises(ValidationError):
            save_settings(s, replace(S, warning_pct=0))
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT field, reason, after FROM audit_log WHERE entity='setting'")).all()
    assert len(rows) == 1 and rows[0][0] == "credit" and rows[0][1] == "tighter"
    assert '"warning_pct": 70' in rows[0][2]
