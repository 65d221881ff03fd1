"""Dunning policy: ladders of stages, which grade uses which ladder, the minimum interval between
two stages, the working-day rule, late interest, the limitation period and the warning window.

Stored as JSON in ``company_setting`` under ``"dunning"``; missing keys keep their defaults.
``save_settings`` validates everything and writes an audit row (before/after JSON).
Fees are decimal amounts in the letter's currency (major units, e.g. "50.00"); rates are exact
decimals in percent. Nothing here is a float.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import ACTION_KINDS, GRADES
from ..stored_settings import read_setting, write_setting
from ..letters.model import STAGE_TEMPLATES
from .rates import CN_LPR_1Y, EU_REFERENCE, RateTable

SETTINGS_KEY = "dunning"
INTEREST_KINDS = ("none", "annual", "daily", "cn_lpr", "eu_reference")
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class Stage:
    """One rung of a ladder. ``offset_days`` from the due date (negative: before it);
    ``template`` the letter it sends ('' = no letter, e.g. a call task only)."""

    name: str
    offset_days: int
    action: str                    # one of ACTION_KINDS
    template: str = ""             # one of STAGE_TEMPLATES or ''
    fee: Decimal = Decimal("0")    # fixed fee in the letter's currency
    claim_interest: bool = False


DEFAULT_LADDER: tuple[Stage, ...] = (
    Stage(T("Friendly reminder"), -3, "reminder", "reminder"),
    Stage(T("Phone call and first reminder"), 7, "phone", "first_reminder"),
    Stage(T("Formal demand letter"), 15, "demand", "demand", claim_interest=True),
    Stage(T("Final notice"), 30, "final", "final_notice", claim_interest=True),
    Stage(T("Handover to legal / collection agency"), 60, "handover", "handover", claim_interest=True),
)

# for the weaker grades (C, D by default): sooner and harder
STRICT_LADDER: tuple[Stage, ...] = (
    Stage(T("Reminder before due date"), -5, "reminder", "reminder"),
    Stage(T("Phone call and first reminder"), 3, "phone", "first_reminder"),
    Stage(T("Formal demand letter"), 10, "demand", "demand", claim_interest=True),
    Stage(T("Final notice"), 20, "final", "final_notice", claim_interest=True),
    Stage(T("Handover to legal / collection agency"), 40, "handover", "handover", claim_interest=True),
)


# the default stage names in Chinese letters (on screen they go through the Qt translation;
# tools/ts_fill.py takes them from here): a name the user typed prints as typed
STAGE_NAMES_ZH = {
    "Friendly reminder": "友好提醒",
    "Phone call and first reminder": "电话催收并首次提醒",
    "Formal demand letter": "正式催告函",
    "Final notice": "最后通知函",
    "Handover to legal / collection agency": "移交法务 / 催收机构",
    "Reminder before due date": "到期前提醒",
}


def stage_name_in(name: str, language: str) -> str:
    """``name`` as a letter in ``language`` prints it."""
    return STAGE_NAMES_ZH.get(name, name) if language == "zh" else name


# used when neither these settings nor the credit policies map a grade
DEFAULT_GRADE_LADDERS = {"A": "standard", "B": "standard", "C": "strict", "D": "strict"}


@dataclass(frozen=True)
class InterestRule:
    """Late interest. ``kind``: none · annual (``rate`` % a year, simple, actual/365) · daily
    (``rate`` % a day, e.g. 0.05 = 万分之五) · cn_lpr (one-year LPR on the day of the breach ×
    (1 + ``markup_pct`` %), fixed for the claim) · eu_reference (the reference rate in force on
    each day + ``points``)."""

    kind: str = "none"
    rate: Decimal = Decimal("0")
    markup_pct: Decimal = Decimal("50")
    points: Decimal = Decimal("8")
    lpr_table: RateTable = CN_LPR_1Y
    eu_table: RateTable = EU_REFERENCE


@dataclass(frozen=True)
class DunningSettings:
    ladders: dict[str, tuple[Stage, ...]] = field(
        default_factory=lambda: {"standard": DEFAULT_LADDER, "strict": STRICT_LADDER})
    default_ladder: str = "standard"                      # customers without a grade
    # grade → ladder name; None: as the credit policies say (their ``dunning_ladder``)
    grade_ladders: dict[str, str] | None = None
    min_interval_days: int = 7
    calendar_region: str = "CN"       # holidays / make-up days of this region; '' = weekends only
    pay_within_days: int = 7          # the letter's pay-by date: issue date + this (working day)
    interest: InterestRule = InterestRule()
    promise_grace_days: int = 2
    limitation_years: int = 3         # 诉讼时效
    limitation_warn_days: int = 90
    reference_prefix: str = "DN"
    page_size: str = "A4"             # the letters' paper: A4 | Letter

    def ladder_for(self, grade: str | None, mapping: dict[str, str] | None = None
                   ) -> tuple[str, tuple[Stage, ...]]:
        """The ladder (name, stages) for a customer of ``grade`` (None: no grade)."""
        m = (self.grade_ladders or DEFAULT_GRADE_LADDERS) if mapping is None else mapping
        name = m.get(grade, self.default_ladder) if grade else self.default_ladder
        if name not in self.ladders:
            name = self.default_ladder
        return name, self.ladders[name]

    def with_changes(self, **kw) -> "DunningSettings":
        return replace(self, **kw)

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> str:
        i = self.interest
        d = {
            "ladders": {n: [_stage_json(s) for s in st] for n, st in self.ladders.items()},
            "default_ladder": self.default_ladder, "grade_ladders": self.grade_ladders,
            "min_interval_days": self.min_interval_days, "calendar_region": self.calendar_region,
            "pay_within_days": self.pay_within_days,
            "interest": {"kind": i.kind, "rate": str(i.rate), "markup_pct": str(i.markup_pct),
                         "points": str(i.points),
                         "lpr_table": [[d.isoformat(), str(r)] for d, r in i.lpr_table],
                         "eu_table": [[d.isoformat(), str(r)] for d, r in i.eu_table]},
            "promise_grace_days": self.promise_grace_days,
            "limitation_years": self.limitation_years,
            "limitation_warn_days": self.limitation_warn_days,
            "reference_prefix": self.reference_prefix,
            "page_size": self.page_size,
        }
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | None) -> "DunningSettings":
        base = cls()
        if not raw:
            return base
        try:
            d = json.loads(raw)
            kw: dict = {}
            if "ladders" in d:
                kw["ladders"] = {str(n): tuple(_stage_from(s) for s in st)
                                 for n, st in d["ladders"].items()}
            if d.get("grade_ladders") is not None:
                kw["grade_ladders"] = {str(g): str(n) for g, n in d["grade_ladders"].items()}
            for k in ("default_ladder", "calendar_region", "reference_prefix", "page_size"):
                if k in d:
                    kw[k] = str(d[k])
            for k in ("min_interval_days", "pay_within_days", "promise_grace_days",
                      "limitation_years", "limitation_warn_days"):
                if k in d:
                    kw[k] = int(d[k])
            if "interest" in d:
                i = d["interest"]
                b = base.interest
                kw["interest"] = InterestRule(
                    kind=str(i.get("kind", b.kind)), rate=_dec(i.get("rate", b.rate)),
                    markup_pct=_dec(i.get("markup_pct", b.markup_pct)),
                    points=_dec(i.get("points", b.points)),
                    lpr_table=_table(i["lpr_table"]) if "lpr_table" in i else b.lpr_table,
                    eu_table=_table(i["eu_table"]) if "eu_table" in i else b.eu_table)
            return replace(base, **kw)
        except (ValueError, TypeError, KeyError, AttributeError, InvalidOperation):
            raise ValidationError(T("The stored dunning settings cannot be read; save them again."),
                                  field="dunning") from None


def _dec(v: object) -> Decimal:
    if isinstance(v, float):
        raise TypeError("exact decimals only")
    return Decimal(str(v))


def _table(rows) -> RateTable:
    return tuple((date.fromisoformat(str(d)), _dec(r)) for d, r in rows)


def _stage_json(s: Stage) -> dict:
    return {"name": s.name, "offset_days": s.offset_days, "action": s.action,
            "template": s.template, "fee": str(s.fee), "claim_interest": s.claim_interest}


def _stage_from(d: dict) -> Stage:
    return Stage(name=str(d.get("name", "")), offset_days=int(d["offset_days"]),
                 action=str(d["action"]), template=str(d.get("template", "")),
                 fee=_dec(d.get("fee", "0")), claim_interest=bool(d.get("claim_interest", False)))


def validate(st: DunningSettings) -> DunningSettings:
    """``st`` when every value is acceptable, else ValidationError naming the first problem."""
    if not st.ladders:
        raise ValidationError(T("At least one dunning ladder is needed."), field="ladders")
    for name, stages in st.ladders.items():
        if not name.strip() or not stages:
            raise ValidationError(T("Ladder {name} needs a name and at least one stage."),
                                  field="ladders", name=name)
        offsets = [s.offset_days for s in stages]
        if any(b <= a for a, b in zip(offsets, offsets[1:])):
            raise ValidationError(T("Ladder {name}: each stage must come later than the one "
                                    "before it."), field="ladders", name=name)
        for n, s in enumerate(stages, 1):
            if not s.name.strip() or len(s.name) > 100:
                raise ValidationError(T("Ladder {name}: stage {n} needs a name of at most 100 "
                                        "characters."), field="ladders", name=name, n=n)
            if s.action not in ACTION_KINDS:
                raise ValidationError(T("Ladder {name}: unknown action {action}."),
                                      field="ladders", name=name, action=s.action)
            if s.template and s.template not in STAGE_TEMPLATES:
                raise ValidationError(T("Ladder {name}: unknown letter template {template}."),
                                      field="ladders", name=name, template=s.template)
            if not -365 <= s.offset_days <= 3650:
                raise ValidationError(T("Ladder {name}: offsets must be between −365 and 3650 "
                                        "days."), field="ladders", name=name)
            if s.fee < 0 or s.fee != s.fee.quantize(Decimal("0.001")):
                raise ValidationError(T("Ladder {name}: a fee must be 0 or more, with at most "
                                        "3 decimals."), field="ladders", name=name)
        if any(s.action == "handover" for s in stages[:-1]):
            raise ValidationError(T("Ladder {name}: the handover must be the last stage."),
                                  field="ladders", name=name)
    if st.default_ladder not in st.ladders:
        raise ValidationError(T("The default ladder {name} does not exist."), field="ladders",
                              name=st.default_ladder)
    for g, n in (st.grade_ladders or {}).items():
        if g not in GRADES or n not in st.ladders:
            raise ValidationError(T("Grade {grade}: the ladder {name} does not exist."),
                                  field="grade_ladders", grade=g, name=n)
    if not 0 <= st.min_interval_days <= 365 or not 0 <= st.pay_within_days <= 365 \
            or not 0 <= st.promise_grace_days <= 365:
        raise ValidationError(T("Intervals and grace days must be 0–365 days."),
                              field="min_interval_days")
    if not 1 <= st.limitation_years <= 30 or not 1 <= st.limitation_warn_days <= 3650:
        raise ValidationError(T("The limitation period must be 1–30 years and its warning "
                                "window 1–3650 days."), field="limitation_years")
    if len(st.calendar_region) > 10 or not st.reference_prefix.strip() \
            or len(st.reference_prefix) > 10:
        raise ValidationError(T("The calendar region and the reference prefix must be short "
                                "codes."), field="calendar_region")
    if st.page_size not in PAGE_SIZES:
        raise ValidationError(T("The letters' paper must be A4 or Letter."), field="page_size")
    _validate_interest(st.interest)
    return st


def _validate_interest(i: InterestRule) -> None:
    if i.kind not in INTEREST_KINDS:
        raise ValidationError(T("Unknown kind of late interest {kind}."), field="interest",
                              kind=i.kind)
    if i.kind == "annual" and not 0 < i.rate <= 100:
        raise ValidationError(T("An annual interest rate must be above 0 and at most 100 %."),
                              field="interest")
    if i.kind == "daily" and not 0 < i.rate <= 1:
        raise ValidationError(T("A daily interest rate must be above 0 and at most 1 % a day."),
                              field="interest")
    if i.kind == "cn_lpr" and not 30 <= i.markup_pct <= 50:
        raise ValidationError(T("The LPR markup must be 30–50 %."), field="interest")
    if i.kind == "eu_reference" and not 0 <= i.points <= 20:
        raise ValidationError(T("The points above the reference rate must be 0–20."),
                              field="interest")
    for tbl in (i.lpr_table, i.eu_table):
        if any(b[0] <= a[0] for a, b in zip(tbl, tbl[1:])) or any(not 0 <= r <= 100 for _, r in tbl):
            raise ValidationError(T("A rate table needs increasing dates and rates of 0–100 %."),
                                  field="interest")


def load_settings(source: Session | Connection) -> DunningSettings:
    return DunningSettings.from_json(read_setting(source, SETTINGS_KEY))


def save_settings(s: Session, st: DunningSettings, reason: str = "") -> None:
    """Validate and store ``st`` (audited: before and after as JSON)."""
    validate(st)
    write_setting(s, SETTINGS_KEY, st.to_json(), reason)
