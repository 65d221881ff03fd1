"""A customer's credit standing on a date: score and grade, limit, exposure, utilisation.

**Exposure** = invoices open on the day (shared as-of rule) − credit notes issued but not yet
applied − payments received but not yet applied (the aging's net exposure, in the customer's
currency). It can be below zero (the customer has credit with us); utilisation counts it as 0.

**Limit** in force: an override's limit while the override runs, else ``customer.credit_limit_minor``.
``limit_source`` says where it comes from: ``override``, ``rule`` (re-scoring keeps it at the grade
rule's figure) or ``manual`` (entered; the default for a customer that already had a limit and
was never scored). **Rule limit** = the grade policy's share of the last 12 months' credit sales,
rounded down to ``limit_round_major`` whole units, then held between the policy's floor and cap
(home-currency amounts converted to the customer's currency at the day's rate).

**Status**: ``over_limit`` when exposure > limit (a zero limit with any exposure included),
``warning`` when utilisation ≥ the warning line (default 80 %), ``ok``, or ``no_limit``.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from copy import copy
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Iterator

from sqlalchemy import Connection

from ...money import currency_exponent
from .facts import Converter, Facts, load_facts
from .scoring import CreditScore, effective_limit, exposure_of, score_facts, utilisation_pct
from .settings import CreditSettings, load_settings


@dataclass(frozen=True, slots=True)
class Exposure:
    currency: str
    open_invoices: int
    unapplied_credits: int
    unapplied_payments: int
    exposure: int
    limit: int | None
    utilisation_pct: Decimal | None
    status: str                 # ok | warning | over_limit | no_limit


@dataclass(frozen=True, slots=True)
class Standing:
    customer_id: int
    code: str
    name: str
    currency: str
    active: bool
    terms_days: int
    score: CreditScore
    exposure: Exposure
    limit_source: str           # override | rule | manual: where the limit in force comes from
    base_limit_source: str      # rule | manual: how the stored limit is kept (saved, or default)
    stored_limit: int | None    # customer.credit_limit_minor
    rule_limit: int | None      # what the grade rule gives (None: no sales figure convertible)
    saved_score: int | None     # credit_state: last saved
    saved_grade: str | None
    previous_grade: str | None
    grade_changed_on: date | None
    next_review: date | None
    prepayment: bool            # the grade policy asks for prepayment
    policy_terms_days: int      # the grade policy's standard terms (the customer's own: terms_days)
    missing_rates: tuple[str, ...]

    @property
    def grade(self) -> str:
        return self.score.grade


def exposure_status(exposure: int, limit: int | None, warning_pct: int) -> str:
    if limit is None:
        return "no_limit"
    if exposure > limit:
        return "over_limit"
    if limit == 0:
        return "ok"
    return "warning" if Decimal(max(exposure, 0)) * 100 >= Decimal(limit) * warning_pct else "ok"


def exposure_for(f: Facts, st: CreditSettings) -> Exposure:
    limit = effective_limit(f)
    e = exposure_of(f)
    return Exposure(f.currency, f.open_invoices, f.open_credits, f.unapplied_payments, e, limit,
                    utilisation_pct(e, limit), exposure_status(e, limit, st.warning_pct))


def rule_limit(f: Facts, grade: str, st: CreditSettings, conv: Converter) -> int | None:
    """The grade policy's limit for this customer (see the module docstring)."""
    p = st.policy(grade)
    unit = st.limit_round_major * 10 ** currency_exponent(f.currency)
    raw = max(f.sales_12m, 0) * p.limit_share_pct // 100
    value = raw // unit * unit
    floor = conv.from_home_cached(p.limit_floor_minor, f.currency)
    cap = None if p.limit_cap_minor is None else conv.from_home_cached(p.limit_cap_minor, f.currency)
    if floor is not None:
        value = max(value, floor)
    if cap is not None:
        value = min(value, cap)
    return value


def base_limit_source(f: Facts) -> str:
    """rule | manual: saved in credit_state; never scored: manual when a limit was entered."""
    if f.state is not None:
        return f.state[5]
    return "manual" if f.stored_limit is not None else "rule"


def limit_source(f: Facts) -> str:
    if f.override is not None and f.override[2] is not None:
        return "override"
    return base_limit_source(f)


def standing_of(f: Facts, sc: CreditScore, st: CreditSettings, conv: Converter) -> Standing:
    state = f.state or (None,) * 7
    return Standing(
        f.id, f.code, f.name, f.currency, f.active, f.terms_days, sc, exposure_for(f, st),
        limit_source(f), base_limit_source(f), f.stored_limit, rule_limit(f, sc.grade, st, conv), state[0], state[1], state[3], state[4],
        state[6], st.policy(sc.grade).prepayment, st.policy(sc.grade).terms_days,
        tuple(sorted(f.missing_rates)))


def settle(f: Facts, as_of: date, st: CreditSettings, conv: Converter) -> tuple[Facts, CreditScore]:
    """For a customer whose limit follows the grade rule: the score with the rule limit its grade
    gives (utilisation depends on the limit, the limit on the grade), repeated until the limit no
    longer moves (at most 4 rounds). Others: the score as it stands."""
    sc = score_facts(f, as_of, st)
    if base_limit_source(f) != "rule":
        return f, sc
    g = f
    for _ in range(4):
        lim = rule_limit(g, sc.grade, st, conv)
        if lim == g.stored_limit:
            break
        g = copy(g)
        g.stored_limit = lim
        sc = score_facts(g, as_of, st)
    return g, sc


def evaluate(conn: Connection, as_of: date, *, customer_id: int | None = None,
             settings: CreditSettings | None = None, settle_rule_limits: bool = False) -> list[Standing]:
    """Every customer's standing on ``as_of`` (or only ``customer_id``'s), by customer code.

    ``settle_rule_limits`` (re-scoring): customers whose limit follows the grade rule are scored
    with the rule limit their grade gives (see ``settle``); ``stored_limit`` stays what is saved.
    """
    st = settings or load_settings(conn)
    with _gc_paused():
        return _evaluate(conn, as_of, customer_id, st, settle_rule_limits)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Tens of thousands of small acyclic objects: the cyclic collector only costs time here
    (≈ 30 % of the whole on 20,000 customers), so it pauses meanwhile."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _evaluate(conn: Connection, as_of: date, customer_id: int | None, st: CreditSettings,
              settle_rule_limits: bool) -> list[Standing]:
    facts = load_facts(conn, as_of, customer_id, st.event_months)
    conv = Converter(conn, as_of)
    out = []
    for f in facts.values():
        if settle_rule_limits:
            g, sc = settle(f, as_of, st, conv)
            x = standing_of(g, sc, st, conv)
            if g is not f:      # what is saved, not the settled copy's figures
                x = replace(x, stored_limit=f.stored_limit, base_limit_source=base_limit_source(f),
                            limit_source=limit_source(f))
            out.append(x)
        else:
            out.append(standing_of(f, score_facts(f, as_of, st), st, conv))
    out.sort(key=lambda s: s.code)
    return out
