"""The credit score (0–100) and grade (A–D) of a customer, explained factor by factor.

Each factor has a maximum number of points (its weight, see
:mod:`app.services.credit.settings`) and earns ``round_half_up(weight × share / 100)`` points,
where ``share`` (0–100 %) comes from the factor's curve(s):

- **payment** behaviour over the invoices paid in the 12 months up to the day: the mean of the
  curve of the amount-weighted days beyond terms and the curve of the share paid late. Fewer than
  ``min_paid_invoices`` paid: neutral share, flagged ``little_history``.
- **overdue** now: the mean of the curve of the overdue share of the open invoices and the curve
  of the days the oldest overdue item is past due. Nothing open: full points.
- **utilisation** of the credit limit (exposure / limit); nothing owed: full points; something
  owed and no limit: neutral, flagged ``no_limit``; a zero limit: the curve's last share.
- **relationship** length: whole months since the first invoice.
- **financials**: the mean of the curves of debt-to-assets and current ratio of the latest
  statement (those entered); none: neutral (``no_financials``); statement older than
  ``stale_months``: neutral (``stale_financials``).
- **external** rating from the rating scale; none, stale or not in the scale: neutral, flagged.

The score is the sum of the points; the grade follows the thresholds (score ≥ 80: A, ≥ 60: B,
≥ 40: C, else D by default). Each uncleared negative event caps the grade (the worst cap wins);
an override in force replaces the grade altogether.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Callable

from ...i18n import T
from .dates import add_months, whole_months
from .facts import Facts
from .settings import CreditSettings, curve_share

FACTOR_TEXT = {"payment": T("Payment behaviour"), "overdue": T("Current overdue"),
               "utilisation": T("Limit utilisation"), "relationship": T("Relationship length"),
               "financials": T("Financial ratios"), "external": T("External rating")}
EVENT_TEXT = {"litigation": T("Litigation"), "insolvency": T("Insolvency notice"),
              "returned_payment": T("Returned payment"), "other": T("Negative event")}

_ONE = Decimal("0.1")


@dataclass(frozen=True, slots=True)
class Reason:
    """An English template (marked with T()) and its parameters; ``translate`` names the
    parameters that are themselves templates (event kinds)."""

    template: str
    params: tuple[tuple[str, object], ...] = ()      # values shown with str()
    translate: tuple[str, ...] = ()

    def text(self, tr: Callable[[str], str] = lambda s: s) -> str:
        p = {k: tr(v) if k in self.translate else str(v) for k, v in self.params}
        try:
            return tr(self.template).format(**p)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**p)


def _r(template: str, translate: tuple[str, ...] = (), **params: object) -> Reason:
    return Reason(template, tuple(params.items()), translate)


_CACHE: dict[tuple[int, Decimal], tuple[object, Decimal]] = {}


def _share(st: CreditSettings, name: str, x: Decimal) -> Decimal:
    """``curve_share`` of the settings' curve ``name``, remembered (values repeat a lot)."""
    curve = st.curves[name]
    key = (id(curve), x)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is curve:
        return hit[1]
    if len(_CACHE) > 200_000:
        _CACHE.clear()
    value = curve_share(curve, x)
    _CACHE[key] = (curve, value)
    return value


@dataclass(frozen=True, slots=True)
class Factor:
    key: str                                # one of settings.FACTORS
    points: int
    max_points: int
    share: Decimal                          # 0–100 % of the points
    values: tuple[tuple[str, str], ...]     # what was measured (decimal strings, ISO dates)
    reason: Reason
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CreditScore:
    customer_id: int
    code: str
    name: str
    as_of: date
    score: int
    score_grade: str                        # from the thresholds alone
    cap: str | None                         # worst cap of the negative events in force
    grade: str                              # after caps and override
    factors: tuple[Factor, ...]
    caps: tuple[Reason, ...]                # why capped
    override: Reason | None                 # an override in force (grade)
    flags: tuple[str, ...]

    def factor(self, key: str) -> Factor:
        return next(f for f in self.factors if f.key == key)


def worse(a: str, b: str) -> str:
    return max(a, b)        # 'A' < 'B' < 'C' < 'D'


def _points(weight: int, share: Decimal) -> int:
    return int((Decimal(weight) * share / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _round1(x: Decimal) -> Decimal:
    return x.quantize(_ONE, rounding=ROUND_HALF_UP)


def _q(x: Decimal) -> str:
    return str(_round1(x))


def effective_limit(f: Facts) -> int | None:
    """The limit in force: an override's limit, else the customer's stored limit."""
    if f.override is not None and f.override[2] is not None:
        return f.override[2]
    return f.stored_limit


def exposure_of(f: Facts) -> int:
    """Open invoices less credit notes and payments not yet applied (may be below zero)."""
    return f.open_invoices - f.open_credits - f.unapplied_payments


def utilisation_pct(exposure: int, limit: int | None) -> Decimal | None:
    """max(exposure, 0) / limit × 100, one decimal; None without a limit or with a zero limit."""
    if limit is None or limit <= 0:
        return None
    return (Decimal(max(exposure, 0)) * 100 / limit).quantize(_ONE, rounding=ROUND_HALF_UP)


# ------------------------------------------------------------------------- factors

def _neutral(key: str, weight: int, st: CreditSettings, reason: Reason, flag: str,
             values: tuple = ()) -> Factor:
    share = Decimal(st.neutral_pct)
    return Factor(key, _points(weight, share), weight, share, values, reason, (flag,))


def payment_factor(f: Facts, st: CreditSettings) -> Factor:
    w = st.weights["payment"]
    if f.paid_count < max(1, st.min_paid_invoices) or f.paid_weight <= 0:
        return _neutral("payment", w, st, _r(T("Only {count} invoice(s) paid in the last 12 months: "
                                               "too little history, neutral."), count=f.paid_count),
                        "little_history", (("paid_invoices", str(f.paid_count)),))
    # the figures are rounded to one decimal first: the curve reads what the reason shows
    days = _round1(Decimal(f.beyond_weighted) / f.paid_weight)
    late = _round1(Decimal(f.late_count) * 100 / f.paid_count)
    share = (_share(st, "days_beyond_terms", days)
             + _share(st, "late_share_pct", late)) / 2
    values = (("days_beyond_terms", _q(days)), ("late_share_pct", _q(late)),
              ("paid_invoices", str(f.paid_count)))
    return Factor("payment", _points(w, share), w, share, values,
                  _r(T("{late} % of {count} invoices paid in the last 12 months were late; on "
                       "average {days} days beyond terms (weighted by amount)."),
                     late=_q(late), count=f.paid_count, days=_q(days)))


def overdue_factor(f: Facts, as_of: date, st: CreditSettings) -> Factor:
    w = st.weights["overdue"]
    if f.overdue <= 0 or f.open_invoices <= 0:
        share = Decimal(100)
        return Factor("overdue", w, w, share, (("overdue_share_pct", "0.0"), ("oldest_overdue_days", "0")),
                      _r(T("Nothing overdue.")))
    pct = _round1(Decimal(f.overdue) * 100 / f.open_invoices)
    age = (as_of - f.oldest_due).days if f.oldest_due else 0
    share = (_share(st, "overdue_share_pct", pct)
             + _share(st, "oldest_overdue_days", Decimal(age))) / 2
    return Factor("overdue", _points(w, share), w, share,
                  (("overdue_share_pct", _q(pct)), ("oldest_overdue_days", str(age))),
                  _r(T("{pct} % of the open invoices is overdue; the oldest item is {days} days "
                       "past due."), pct=_q(pct), days=age))


def utilisation_factor(f: Facts, st: CreditSettings) -> Factor:
    w = st.weights["utilisation"]
    limit = effective_limit(f)
    exposure = exposure_of(f)
    if exposure <= 0:
        # nothing owed uses nothing of any limit (also without one: re-scoring that sets a rule
        # limit must not move the grade of a customer who owes nothing)
        return Factor("utilisation", w, w, Decimal(100), (("utilisation_pct", "0.0"),),
                      _r(T("Nothing owed: no part of the credit limit is used.")))
    if limit is None:
        return _neutral("utilisation", w, st, _r(T("No credit limit set: neutral.")), "no_limit")
    curve = st.curves["utilisation_pct"]
    if limit == 0:
        share = curve[-1][1]
        return Factor("utilisation", _points(w, share), w, share, (("utilisation_pct", ""),),
                      _r(T("Exposure above a credit limit of zero.")))
    pct = utilisation_pct(exposure, limit)
    share = _share(st, "utilisation_pct", pct)
    return Factor("utilisation", _points(w, share), w, share, (("utilisation_pct", str(pct)),),
                  _r(T("Exposure uses {pct} % of the credit limit."), pct=str(pct)))


def relationship_factor(f: Facts, as_of: date, st: CreditSettings) -> Factor:
    w = st.weights["relationship"]
    months = whole_months(f.first_invoice, as_of) if f.first_invoice else 0
    share = _share(st, "relationship_months", Decimal(months))
    if f.first_invoice is None:
        reason = _r(T("No invoices yet."))
    else:
        reason = _r(T("Customer for {months} months (first invoice {date})."), months=months,
                    date=f.first_invoice.isoformat())
    return Factor("relationship", _points(w, share), w, share,
                  (("months", str(months)),
                   ("first_invoice", f.first_invoice.isoformat() if f.first_invoice else "")), reason)


def financials_factor(f: Facts, as_of: date, st: CreditSettings) -> Factor:
    w = st.weights["financials"]
    if f.financials is None:
        return _neutral("financials", w, st, _r(T("No financial statements entered: neutral.")),
                        "no_financials")
    on, dta, cr = f.financials
    values = (("statement_date", on.isoformat()),
              ("debt_to_assets", "" if dta is None else format(dta, "f")),
              ("current_ratio", "" if cr is None else format(cr, "f")))
    if add_months(on, st.stale_months) < as_of:
        return _neutral("financials", w, st,
                        _r(T("The latest financial statement ({date}) is older than {months} "
                             "months: neutral."), date=on.isoformat(), months=st.stale_months),
                        "stale_financials", values)
    shares = []
    if dta is not None:
        shares.append(_share(st, "debt_to_assets", dta))
    if cr is not None:
        shares.append(_share(st, "current_ratio", cr))
    share = sum(shares, Decimal(0)) / len(shares)
    return Factor("financials", _points(w, share), w, share, values,
                  _r(T("Debt-to-assets {dta}, current ratio {cr} (statement of {date})."),
                     dta="–" if dta is None else format(dta, "f"),
                     cr="–" if cr is None else format(cr, "f"), date=on.isoformat()))


def external_factor(f: Facts, as_of: date, st: CreditSettings) -> Factor:
    w = st.weights["external"]
    if f.rating is None:
        return _neutral("external", w, st, _r(T("No external rating entered: neutral.")), "no_rating")
    source, grade, on = f.rating
    values = (("source", source), ("grade", grade), ("rated_on", on.isoformat()))
    if add_months(on, st.stale_months) < as_of:
        return _neutral("external", w, st,
                        _r(T("The external rating of {date} is older than {months} months: neutral."),
                           date=on.isoformat(), months=st.stale_months), "stale_rating", values)
    scale = {k.strip().upper(): v for k, v in st.rating_scale.items()}
    pct = scale.get(grade.strip().upper())
    if pct is None:
        return _neutral("external", w, st,
                        _r(T("External rating {grade} is not in the rating scale: neutral."),
                           grade=grade), "unknown_rating", values)
    share = Decimal(pct)
    return Factor("external", _points(w, share), w, share, values,
                  _r(T("{source} rates the customer {grade} ({date})."), source=source, grade=grade,
                     date=on.isoformat()))


# ------------------------------------------------------------------------- score

def score_facts(f: Facts, as_of: date, st: CreditSettings) -> CreditScore:
    """The score of one customer from its facts (pure: no database)."""
    factors = (payment_factor(f, st), overdue_factor(f, as_of, st), utilisation_factor(f, st),
               relationship_factor(f, as_of, st), financials_factor(f, as_of, st),
               external_factor(f, as_of, st))
    score = sum(x.points for x in factors)
    score_grade = st.grade_for(score)
    cap: str | None = None
    caps: list[Reason] = []
    for _eid, kind, on, _note in f.events:
        g = st.event_caps.get(kind, "D")
        cap = g if cap is None else worse(cap, g)
        caps.append(_r(T("{kind} on {date} caps the grade at {grade}."), ("kind",),
                       kind=EVENT_TEXT.get(kind, EVENT_TEXT["other"]), date=on.isoformat(), grade=g))
    grade = score_grade if cap is None else worse(score_grade, cap)
    flags = [fl for x in factors for fl in x.flags]
    if cap is not None and grade != score_grade:
        flags.append("capped")
    override = None
    if f.override is not None and f.override[1] is not None:
        _oid, og, _lim, why, _start, until = f.override
        grade = og
        override = _r(T("Grade set to {grade} by hand until {date}: {reason}"), grade=og,
                      date=until.isoformat(), reason=why)
        flags.append("override")
    if f.missing_rates:
        flags.append("missing_rate")
    return CreditScore(f.id, f.code, f.name, as_of, score, score_grade, cap, grade, factors,
                       tuple(caps), override, tuple(flags))
