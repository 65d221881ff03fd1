"""Credit settings: factor weights, grade thresholds, factor curves and grade policies.

Stored as JSON in ``company_setting`` under the key ``"credit"``; a missing or partial entry
falls back to the defaults below. ``save_settings`` validates everything and writes an audit row.

**Curves** map a factor's measured value to a share of its points (0–100 %): a list of
``(x, pct)`` points with increasing ``x``; between points the share is interpolated linearly,
below the first / above the last point it stays at that point's share. Values and shares are
exact decimals (strings in the JSON), never floats.

**Amounts** (limit floor and cap) are minor units of the company's home currency; they are
converted into a foreign-currency customer's currency at the as-of date's exchange rate.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import EVENT_KINDS, GRADES
from ..stored_settings import read_setting, write_setting

SETTINGS_KEY = "credit"

FACTORS = ("payment", "overdue", "utilisation", "relationship", "financials", "external")
CURVES = ("days_beyond_terms", "late_share_pct", "overdue_share_pct", "oldest_overdue_days",
          "utilisation_pct", "relationship_months", "debt_to_assets", "current_ratio")

Curve = tuple[tuple[Decimal, Decimal], ...]


def _c(*pts: tuple[str, str]) -> Curve:
    return tuple((Decimal(x), Decimal(y)) for x, y in pts)


DEFAULT_WEIGHTS: dict[str, int] = {"payment": 30, "overdue": 20, "utilisation": 10,
                                   "relationship": 10, "financials": 15, "external": 15}

DEFAULT_CURVES: dict[str, Curve] = {
    # amount-weighted days paid after the due date (≤ 0: on time or early)
    "days_beyond_terms": _c(("0", "100"), ("15", "70"), ("30", "40"), ("60", "0")),
    # share of the invoices paid in the last 12 months that were paid after their due date
    "late_share_pct": _c(("0", "100"), ("25", "60"), ("50", "30"), ("100", "0")),
    # share of the open invoices that is overdue
    "overdue_share_pct": _c(("0", "100"), ("10", "70"), ("30", "30"), ("60", "0")),
    # days the oldest overdue invoice is past its due date
    "oldest_overdue_days": _c(("0", "100"), ("30", "70"), ("90", "20"), ("180", "0")),
    "utilisation_pct": _c(("0", "100"), ("50", "100"), ("80", "60"), ("100", "20"), ("120", "0")),
    "relationship_months": _c(("0", "20"), ("12", "50"), ("36", "100")),
    "debt_to_assets": _c(("0.3", "100"), ("0.5", "80"), ("0.7", "40"), ("0.9", "0")),
    "current_ratio": _c(("0.5", "0"), ("1.0", "40"), ("1.5", "80"), ("2.0", "100")),
}

# what each curve measures: the factor it scores, its name and the unit of its values (x); the
# factor's share is the mean of its curves' shares (payment, overdue, financials: two curves)
CURVE_FACTOR: dict[str, str] = {
    "days_beyond_terms": "payment", "late_share_pct": "payment",
    "overdue_share_pct": "overdue", "oldest_overdue_days": "overdue",
    "utilisation_pct": "utilisation", "relationship_months": "relationship",
    "debt_to_assets": "financials", "current_ratio": "financials",
}
CURVE_TEXT: dict[str, str] = {
    "days_beyond_terms": T("Days beyond terms"), "late_share_pct": T("Invoices paid late"),
    "overdue_share_pct": T("Overdue share"), "oldest_overdue_days": T("Oldest overdue item"),
    "utilisation_pct": T("Utilisation"), "relationship_months": T("Months as a customer"),
    "debt_to_assets": T("Debt-to-assets ratio"), "current_ratio": T("Current ratio"),
}
CURVE_UNIT: dict[str, str] = {
    "days_beyond_terms": T("days paid after the due date, weighted by amount"),
    "late_share_pct": T("% of the invoices paid in 12 months"),
    "overdue_share_pct": T("% of the open invoices"),
    "oldest_overdue_days": T("days past the due date"),
    "utilisation_pct": T("% of the credit limit"),
    "relationship_months": T("months since the first invoice"),
    "debt_to_assets": T("total debt ÷ total assets (0.45 = 45 %)"),
    "current_ratio": T("current assets ÷ current liabilities"),
}
# the values a curve's points may take (inclusive)
CURVE_X_RANGE: dict[str, tuple[Decimal, Decimal]] = {
    "days_beyond_terms": (Decimal(-365), Decimal(3650)), "late_share_pct": (Decimal(0), Decimal(100)),
    "overdue_share_pct": (Decimal(0), Decimal(100)), "oldest_overdue_days": (Decimal(0), Decimal(3650)),
    "utilisation_pct": (Decimal(0), Decimal(1000)), "relationship_months": (Decimal(0), Decimal(1200)),
    "debt_to_assets": (Decimal(0), Decimal(100)), "current_ratio": (Decimal(0), Decimal(100)),
}
MAX_CURVE_POINTS = 20
CURVE_PLACES = 4                  # decimal places of a point's value or share
MAX_EVENT_MONTHS = 120
MAX_RATING_NAME = 20

# external grades (insurer / bureau) → share of the external factor's points; the lookup is
# case-insensitive; a grade not listed scores neutral and is flagged
DEFAULT_RATING_SCALE: dict[str, int] = {
    "AAA": 100, "AA": 90, "A": 80, "BBB": 65, "BB": 50, "B": 35, "CCC": 20, "CC": 10, "C": 5, "D": 0,
}

# an uncleared negative event caps the grade at this one (worst cap wins)
DEFAULT_EVENT_CAPS: dict[str, str] = {"insolvency": "D", "litigation": "C", "returned_payment": "C",
                                      "other": "B"}
# a kind listed here stops counting this many months after its date even if never cleared
DEFAULT_EVENT_MONTHS: dict[str, int] = {"returned_payment": 12}


@dataclass(frozen=True)
class GradePolicy:
    """What a grade means for the customer: terms, limit rule, reviews, prepayment, dunning."""

    grade: str
    terms_days: int
    limit_share_pct: int            # % of the last 12 months' credit sales
    limit_floor_minor: int          # home-currency minor units
    limit_cap_minor: int | None     # None: no cap
    review_months: int
    prepayment: bool
    dunning_ladder: str = ""        # name of the dunning ladder, once dunning exists


DEFAULT_POLICIES: tuple[GradePolicy, ...] = (
    GradePolicy("A", 60, 25, 50_000_00, 5_000_000_00, 12, False, "standard"),
    GradePolicy("B", 45, 15, 20_000_00, 2_000_000_00, 6, False, "standard"),
    GradePolicy("C", 30, 8, 0, 500_000_00, 3, False, "strict"),
    GradePolicy("D", 0, 0, 0, 0, 1, True, "strict"),
)


@dataclass(frozen=True)
class CreditSettings:
    weights: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    thresholds: tuple[int, int, int] = (80, 60, 40)        # minimum score for A, B, C
    curves: dict[str, Curve] = field(default_factory=lambda: dict(DEFAULT_CURVES))
    rating_scale: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_RATING_SCALE))
    event_caps: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_EVENT_CAPS))
    event_months: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_EVENT_MONTHS))
    policies: tuple[GradePolicy, ...] = DEFAULT_POLICIES
    neutral_pct: int = 50                 # share of points a factor without data gets
    min_paid_invoices: int = 3            # fewer paid in 12 months: payment factor neutral
    stale_months: int = 15                # financials / external rating older: neutral
    warning_pct: int = 80                 # warning line, % of the limit
    limit_round_major: int = 1000         # rule limits are rounded down to this many units

    def policy(self, grade: str) -> GradePolicy:
        for p in self.policies:
            if p.grade == grade:
                return p
        raise KeyError(grade)

    def grade_for(self, score: int) -> str:
        a, b, c = self.thresholds
        return "A" if score >= a else "B" if score >= b else "C" if score >= c else "D"

    def with_changes(self, **kw) -> "CreditSettings":
        return replace(self, **kw)

    # ------------------------------------------------------------------ JSON
    def to_json(self) -> str:
        d = {
            "weights": self.weights, "thresholds": list(self.thresholds),
            "curves": {k: [[str(x), str(y)] for x, y in v] for k, v in self.curves.items()},
            "rating_scale": self.rating_scale, "event_caps": self.event_caps,
            "event_months": self.event_months,
            "policies": [asdict(p) for p in self.policies],
            "neutral_pct": self.neutral_pct, "min_paid_invoices": self.min_paid_invoices,
            "stale_months": self.stale_months, "warning_pct": self.warning_pct,
            "limit_round_major": self.limit_round_major,
        }
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | None) -> "CreditSettings":
        """Settings from stored JSON; missing keys keep their defaults. Malformed → ValidationError."""
        base = cls()
        if not raw:
            return base
        try:
            d = json.loads(raw)
            kw: dict = {}
            if "weights" in d:
                kw["weights"] = {**base.weights, **{k: int(v) for k, v in d["weights"].items()}}
            if "thresholds" in d:
                kw["thresholds"] = tuple(int(x) for x in d["thresholds"])
            if "curves" in d:
                kw["curves"] = {**base.curves, **{k: tuple((Decimal(str(x)), Decimal(str(y)))
                                                           for x, y in v)
                                                  for k, v in d["curves"].items()}}
            if "rating_scale" in d:
                kw["rating_scale"] = {str(k): int(v) for k, v in d["rating_scale"].items()}
            if "event_caps" in d:
                kw["event_caps"] = {**base.event_caps, **{str(k): str(v)
                                                          for k, v in d["event_caps"].items()}}
            if "event_months" in d:
                kw["event_months"] = {str(k): int(v) for k, v in d["event_months"].items()}
            if "policies" in d:
                kw["policies"] = tuple(GradePolicy(**p) for p in d["policies"])
            for k in ("neutral_pct", "min_paid_invoices", "stale_months", "warning_pct",
                      "limit_round_major"):
                if k in d:
                    kw[k] = int(d[k])
            return replace(base, **kw)
        except (ValueError, TypeError, KeyError, AttributeError, InvalidOperation):
            raise ValidationError(T("The stored credit settings cannot be read; save them again."),
                                  field="credit") from None


def validate(st: CreditSettings) -> CreditSettings:
    """``st`` when every value is acceptable, else ValidationError naming the first problem."""
    if set(st.weights) != set(FACTORS) or any(isinstance(w, bool) or not isinstance(w, int) or w < 0
                                              for w in st.weights.values()):
        raise ValidationError(T("Give each credit factor a weight of 0 or more."), field="weights")
    if sum(st.weights.values()) != 100:
        raise ValidationError(T("The credit factor weights must add up to 100 (now {total})."),
                              field="weights", total=sum(st.weights.values()))
    if len(st.thresholds) != 3 or not 0 < st.thresholds[2] < st.thresholds[1] < st.thresholds[0] <= 100:
        raise ValidationError(T("The grade thresholds must satisfy 0 < C < B < A ≤ 100."),
                              field="thresholds")
    if set(st.curves) - set(CURVES):
        raise ValidationError(T("Unknown factor curve: {name}."), field="curves",
                              name=sorted(set(st.curves) - set(CURVES))[0])
    for name in CURVES:
        check_curve(name, st.curves.get(name) or ())
    check_rating_scale(list(st.rating_scale.items()))
    if set(st.event_caps) != set(EVENT_KINDS) or any(g not in GRADES for g in st.event_caps.values()):
        raise ValidationError(T("Each negative event kind needs a grade cap of A, B, C or D."),
                              field="event_caps")
    if any(k not in EVENT_KINDS or isinstance(m, bool) or not isinstance(m, int)
           or not 1 <= m <= MAX_EVENT_MONTHS for k, m in st.event_months.items()):
        raise ValidationError(T("A negative event counts for 1–{max} whole months, or until it "
                                "is cleared."), field="event_months", max=MAX_EVENT_MONTHS)
    if tuple(p.grade for p in st.policies) != GRADES:
        raise ValidationError(T("There must be one grade policy for each of A, B, C and D."),
                              field="policies")
    for p in st.policies:
        if not 0 <= p.terms_days <= 3650 or not 0 <= p.limit_share_pct <= 1000:
            raise ValidationError(T("Grade {grade}: terms must be 0–3650 days and the limit share "
                                    "0–1000 %."), field="policies", grade=p.grade)
        if p.limit_floor_minor < 0 or (p.limit_cap_minor is not None
                                       and p.limit_cap_minor < p.limit_floor_minor):
            raise ValidationError(T("Grade {grade}: the limit floor must be 0 or more and not "
                                    "above the cap."), field="policies", grade=p.grade)
        if not 1 <= p.review_months <= 60:
            raise ValidationError(T("Grade {grade}: reviews must come every 1–60 months."),
                                  field="policies", grade=p.grade)
    if not 0 <= st.neutral_pct <= 100 or not 1 <= st.warning_pct <= 100:
        raise ValidationError(T("The neutral share must be 0–100 % and the warning line 1–100 %."),
                              field="warning_pct")
    if not 0 <= st.min_paid_invoices <= 1000 or not 1 <= st.stale_months <= 120 \
            or not 1 <= st.limit_round_major <= 10_000_000:
        raise ValidationError(T("Minimum history, staleness and limit rounding must be positive "
                                "whole numbers."), field="stale_months")
    return st


class CurveError(ValidationError):
    """A factor curve's problem; ``curve`` names it and ``point`` is the 1-based point (0: the
    whole curve). The ``factor``, ``name`` and ``unit`` parameters are templates themselves and
    are translated with the message."""

    NAMES = ("factor", "name", "unit")

    def __init__(self, template: str, /, curve: str, point: int = 0, **params: object) -> None:
        from .scoring import FACTOR_TEXT          # scoring imports this module

        self.curve = curve
        self.point = point
        super().__init__(template, field="curves", factor=FACTOR_TEXT[CURVE_FACTOR[curve]],
                         name=CURVE_TEXT[curve], unit=CURVE_UNIT[curve], point=point, **params)

    def translated(self, tr) -> str:
        p = {k: tr(v) if k in self.NAMES else v for k, v in self.params.items()}
        try:
            return tr(self.template).format(**p)
        except (KeyError, IndexError, ValueError):
            return self.message


def plain(d: Decimal) -> str:
    """``d`` without exponent or trailing zeros: 15.00 → '15', 0.50 → '0.5', 100 → '100'."""
    if d == d.to_integral_value():
        return str(d.quantize(Decimal(1)))
    return format(d.normalize(), "f")


def check_curve(name: str, points) -> Curve:
    """``points`` as a curve when acceptable for the curve ``name``, else ``CurveError`` naming
    the factor, the curve and the first wrong point: 1–20 points, finite values within the
    curve's range, increasing from point to point, shares 0–100 %, at most 4 decimal places."""
    pts = tuple(points)
    if not pts:
        raise CurveError(T("{factor} – {name}: the curve needs at least one point."), curve=name)
    if len(pts) > MAX_CURVE_POINTS:
        raise CurveError(T("{factor} – {name}: a curve has at most {max} points."), curve=name,
                         max=MAX_CURVE_POINTS)
    lo, hi = CURVE_X_RANGE[name]
    for n, (x, y) in enumerate(pts, start=1):
        if not isinstance(x, Decimal) or not isinstance(y, Decimal) or not x.is_finite() \
                or not y.is_finite():
            raise CurveError(T("{factor} – {name}, point {point}: enter numbers."), curve=name,
                             point=n)
        if not lo <= x <= hi:
            raise CurveError(T("{factor} – {name}, point {point}: the value must be {low} to "
                               "{high} ({unit})."), curve=name, point=n, low=plain(lo), high=plain(hi))
        if not 0 <= y <= 100:
            raise CurveError(T("{factor} – {name}, point {point}: the share must be 0–100 %."),
                             curve=name, point=n)
        if x.as_tuple().exponent < -CURVE_PLACES or y.as_tuple().exponent < -CURVE_PLACES:
            raise CurveError(T("{factor} – {name}, point {point}: use at most {places} decimal "
                               "places."), curve=name, point=n, places=CURVE_PLACES)
        if n > 1 and x <= pts[n - 2][0]:
            raise CurveError(T("{factor} – {name}, point {point}: the value {value} must be above "
                               "the previous point's {previous}; the points are kept in order."),
                             curve=name, point=n, value=plain(x), previous=plain(pts[n - 2][0]))
    return pts


def check_rating_scale(rows) -> dict[str, int]:
    """``rows`` of (external grade, share %) as a rating scale when acceptable, else a
    ValidationError naming the row: a name of 1–20 characters, listed once (ignoring case and
    spaces around it), a whole share of 0–100 %."""
    seen: dict[str, int] = {}
    scale: dict[str, int] = {}
    for n, (grade, share) in enumerate(rows, start=1):
        name = str(grade).strip()
        if not name:
            raise ValidationError(T("External rating scale, row {row}: enter the grade."),
                                  field="rating_scale", row=n)
        if len(name) > MAX_RATING_NAME:
            raise ValidationError(T("External rating scale, row {row}: a grade has at most {max} "
                                    "characters."), field="rating_scale", row=n, max=MAX_RATING_NAME)
        if isinstance(share, bool) or not isinstance(share, int) or not 0 <= share <= 100:
            raise ValidationError(T("External rating scale, row {row}: the share of {grade} must be "
                                    "a whole number 0–100 %."), field="rating_scale", row=n, grade=name)
        key = name.upper()
        if key in seen:
            raise ValidationError(T("External rating scale, row {row}: {grade} is already in row "
                                    "{first}."), field="rating_scale", row=n, grade=name, first=seen[key])
        seen[key] = n
        scale[name] = share
    return scale


def load_settings(source: Session | Connection) -> CreditSettings:
    return CreditSettings.from_json(read_setting(source, SETTINGS_KEY))


def save_settings(s: Session, st: CreditSettings, reason: str = "") -> None:
    """Validate and store ``st`` (audited: before and after as JSON)."""
    validate(st)
    write_setting(s, SETTINGS_KEY, st.to_json(), reason)


def curve_share(curve: Curve, x: Decimal) -> Decimal:
    """The share (0–100) the piecewise-linear ``curve`` gives ``x``."""
    if x <= curve[0][0]:
        return curve[0][1]
    for (x0, y0), (x1, y1) in zip(curve, curve[1:]):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return curve[-1][1]
