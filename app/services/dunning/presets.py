"""Helpers for editing the dunning policy (the Settings dialog's Dunning page): the actions,
letters, interest kinds and calendar rules in words, a stage-by-stage check that names the stage
and the field, which ladders are in use, an interest example, and a customer's grace terms.

    problem = stage_problem(settings)      # None, or StageProblem(ladder, row, column, ...)
    check(settings)                        # stage_problem as a ValidationError, then validate()
    example_interest(rule, 10_000_000, 30, as_of)   # minor units, rounded once (interest_exact)
    grace_terms(conn, customer_id)         # GraceTerms(days, approved_by, approved_on, note)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Mapping

from sqlalchemy import Connection, text

from ...errors import UserError, ValidationError
from ...i18n import T
from ...models import ACTION_KINDS
from ..letters.model import STAGE_TEMPLATES
from .interest import interest_exact, round_minor
from .settings import DunningSettings, InterestRule, validate

ACTION_TEXT: dict[str, str] = {
    "reminder": T("Reminder"),
    "phone": T("Phone call"),
    "demand": T("Demand letter (催告函)"),
    "final": T("Final notice (legal warning)"),
    "handover": T("Handover (stops letters)"),
}
assert tuple(ACTION_TEXT) == ACTION_KINDS

TEMPLATE_TEXT: dict[str, str] = {
    "reminder": T("Friendly reminder"),
    "first_reminder": T("First reminder"),
    "demand": T("Formal demand"),
    "final_notice": T("Final notice"),
    "handover": T("Handover notice"),
}
assert tuple(TEMPLATE_TEXT) == STAGE_TEMPLATES

INTEREST_TEXT: dict[str, str] = {
    "none": T("No late interest"),
    "annual": T("Annual rate (simple, actual/365)"),
    "daily": T("Daily rate (e.g. 0.05 % a day, 万分之五)"),
    "cn_lpr": T("China: one-year LPR + markup (30–50 %)"),
    "eu_reference": T("EU: reference rate + points"),
}

# calendar_region → the working-day rule in words ('' = weekends only)
CALENDAR_RULES: dict[str, str] = {
    "CN": T("China: official holidays and make-up working days"),
    "": T("Weekends only"),
}

# the stage fields, as a problem names them
STAGE_FIELDS: dict[str, str] = {
    "name": T("Stage name"), "offset_days": T("Days from due"), "action": T("Action"),
    "template": T("Letter"), "fee": T("Fee"), "claim_interest": T("Claims interest"),
}


@dataclass(frozen=True)
class StageProblem:
    """What is wrong with one stage: ``row`` 0-based in ``ladder``, ``column`` a Stage field."""

    ladder: str
    row: int
    column: str
    message: str                     # English template (T), formatted with ``params``
    params: Mapping[str, object]

    def text(self, tr=lambda t: t) -> str:
        """The problem in words, naming the ladder, the stage and the field (``tr`` translates
        the English templates)."""
        return tr(T("Ladder {ladder}, stage {n} ({stage}), {column}: {problem}")).format(
            ladder=self.ladder, n=self.row + 1, stage=tr(str(self.params.get("stage", ""))),
            column=tr(STAGE_FIELDS[self.column]), problem=tr(self.message).format(**self.params))

    def error(self) -> ValidationError:
        err = ValidationError(T("Ladder {ladder}, stage {n} ({stage}), {column}: {problem}"),
                              field="ladders", ladder=self.ladder, n=self.row + 1,
                              stage=self.params.get("stage", ""), column=STAGE_FIELDS[self.column],
                              problem=self.message.format(**self.params))
        err.stage_problem = self         # the UI selects the cell and translates every part
        return err


def stage_problem(st: DunningSettings) -> StageProblem | None:
    """The first stage that ``validate`` would refuse, located (ladder, row, field)."""
    for name, stages in st.ladders.items():
        prev = None
        for row, s in enumerate(stages):
            p = dict(stage=s.name, offset=s.offset_days)

            def bad(column: str, message: str, **extra) -> StageProblem:
                return StageProblem(name, row, column, message, {**p, **extra})

            if not s.name.strip():
                return bad("name", T("give the stage a name."))
            if not -365 <= s.offset_days <= 3650:
                return bad("offset_days", T("the offset must be between −365 and 3650 days."))
            if prev is not None and s.offset_days <= prev.offset_days:
                return bad("offset_days", T("{offset} days must be later than the stage before "
                                            "it ({before} days)."), before=prev.offset_days)
            if s.action not in ACTION_KINDS:
                return bad("action", T("unknown action {action}."), action=s.action)
            if s.action == "handover" and row < len(stages) - 1:
                return bad("action", T("the handover must be the last stage."))
            if s.template and s.template not in STAGE_TEMPLATES:
                return bad("template", T("unknown letter template {template}."),
                           template=s.template)
            if s.fee < 0 or s.fee != s.fee.quantize(Decimal("0.001")):
                return bad("fee", T("a fee must be 0 or more, with at most 3 decimals."))
            prev = s
    return None


def check(st: DunningSettings) -> DunningSettings:
    """``st`` when acceptable; else a ValidationError naming the stage and field when a stage is
    wrong, or ``validate``'s own error (which names the setting)."""
    p = stage_problem(st)
    if p is not None:
        raise p.error()
    return validate(st)


def ladders_in_use(st: DunningSettings, credit_ladders: Mapping[str, str] | None = None
                   ) -> dict[str, list[str]]:
    """ladder name → what uses it (``"default"``, ``"grade X"``, ``"credit X"`` for the credit
    grade policy of grade X when the settings follow the credit policies)."""
    used: dict[str, list[str]] = {n: [] for n in st.ladders}
    used.setdefault(st.default_ladder, []).append("default")
    if st.grade_ladders is not None:
        for g, n in sorted(st.grade_ladders.items()):
            used.setdefault(n, []).append(f"grade {g}")
    else:
        for g, n in sorted((credit_ladders or {}).items()):
            if n in used:
                used[n].append(f"credit {g}")
    return used


def credit_policy_ladders(conn: Connection) -> dict[str, str]:
    """grade → the ladder its credit grade policy names ({} without credit settings)."""
    try:
        from ..credit.settings import load_settings as credit_settings
        return {p.grade: p.dunning_ladder for p in credit_settings(conn).policies}
    except (ImportError, UserError):        # no or unreadable credit settings
        return {}


def example_interest(rule: InterestRule, amount_minor: int, days: int, as_of: date,
                     grace_days: int = 0) -> int:
    """Interest on ``amount_minor`` that is ``days`` overdue on ``as_of`` (nothing paid),
    rounded once, half-up (interest_exact / round_minor)."""
    due = as_of - timedelta(days=days)
    return round_minor(interest_exact(amount_minor, [], due, as_of, rule, grace_days))


@dataclass(frozen=True, slots=True)
class GraceTerms:
    days: int = 0
    approved_by: str = ""
    approved_on: date | None = None
    note: str = ""


def grace_terms(conn: Connection, customer_id: int) -> GraceTerms:
    """A customer's grace days with who approved them, when, and why (0 days when never set)."""
    row = conn.execute(text("SELECT grace_days, approved_by, approved_on, note FROM customer_dunning "
                            "WHERE customer_id = :c"), {"c": customer_id}).first()
    if row is None:
        return GraceTerms()
    on = date.fromisoformat(str(row[2])) if row[2] else None
    return GraceTerms(int(row[0] or 0), row[1] or "", on, row[3] or "")
