"""Credit alerts on a date (the main window's badge, ``credit alerts``).

Kinds (``ALERT_KINDS``, most urgent first):

- ``over_limit``: exposure above the limit in force (a zero limit with any exposure included);
- ``insured_limit_exceeded``: exposure above the insurer's approved limit (once insurance exists);
- ``over_warning``: utilisation at or above the warning line (default 80 %), not over the limit;
- ``grade_dropped``: the grade computed today is worse than the saved one (not yet re-scored),
  or the saved grade became worse within the last ``GRADE_DROP_DAYS`` days;
- ``review_overdue``: the next review date is before the day (active customers);
- ``financials_stale``: the latest financial statement entered is older than the staleness
  limit (default 15 months).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection

from ...i18n import T
from ...money import format_minor
from .scoring import Reason, _r
from .settings import CreditSettings, load_settings
from .standing import Standing, evaluate

ALERT_KINDS = ("over_limit", "insured_limit_exceeded", "over_warning", "grade_dropped",
               "review_overdue", "financials_stale")
ALERT_TEXT = {"over_limit": T("Over the credit limit"),
              "insured_limit_exceeded": T("Over the insured limit"),
              "over_warning": T("Over the warning line"), "grade_dropped": T("Grade dropped"),
              "review_overdue": T("Review overdue"), "financials_stale": T("Financials out of date")}
GRADE_DROP_DAYS = 30


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str
    customer_id: int
    code: str
    name: str
    reason: Reason

    @property
    def rank(self) -> int:
        return ALERT_KINDS.index(self.kind)


def alerts_for(x: Standing, as_of: date, st: CreditSettings) -> list[Alert]:
    out: list[Alert] = []

    def add(kind: str, reason: Reason) -> None:
        out.append(Alert(kind, x.customer_id, x.code, x.name, reason))

    e = x.exposure
    money = lambda m: format_minor(m, x.currency)  # noqa: E731
    if e.status == "over_limit":
        add("over_limit", _r(T("Exposure {exposure} is above the credit limit {limit}."),
                             exposure=money(e.exposure), limit=money(e.limit or 0)))
    elif e.status == "warning":
        add("over_warning", _r(T("Exposure {exposure} uses {pct} % of the credit limit {limit} "
                                 "(warning line {line} %)."), exposure=money(e.exposure),
                               pct=str(e.utilisation_pct), limit=money(e.limit or 0),
                               line=st.warning_pct))
    if x.saved_grade is not None and x.grade > x.saved_grade:
        add("grade_dropped", _r(T("Grade {old} would drop to {new} (score {score}); re-score to "
                                  "save it."), old=x.saved_grade, new=x.grade, score=x.score.score))
    elif (x.previous_grade is not None and x.saved_grade is not None
          and x.saved_grade > x.previous_grade and x.grade_changed_on is not None
          and as_of - timedelta(days=GRADE_DROP_DAYS) < x.grade_changed_on <= as_of):
        add("grade_dropped", _r(T("Grade dropped from {old} to {new} on {date}."),
                                old=x.previous_grade, new=x.saved_grade,
                                date=x.grade_changed_on.isoformat()))
    if x.active and x.next_review is not None and x.next_review < as_of:
        add("review_overdue", _r(T("Review was due on {date} ({days} days ago)."),
                                 date=x.next_review.isoformat(), days=(as_of - x.next_review).days))
    fin = x.score.factor("financials")
    if "stale_financials" in fin.flags:
        add("financials_stale", fin.reason)
    return out


def credit_alerts(conn: Connection, as_of: date, *, settings: CreditSettings | None = None,
                  standings: list[Standing] | None = None) -> list[Alert]:
    """Every alert on ``as_of``, most urgent kind first, then by customer code."""
    st = settings or load_settings(conn)
    rows = standings if standings is not None else evaluate(conn, as_of, settings=st)
    out = [a for x in rows for a in alerts_for(x, as_of, st)]
    from ..insurance.exposure import insured_limit_alerts   # lazy: insurance imports credit
    out += insured_limit_alerts(conn, as_of, standings=rows)
    out.sort(key=lambda a: (a.rank, a.code))
    return out


def alert_counts(alerts: list[Alert]) -> dict[str, int]:
    """kind → number of alerts (every kind present, 0 when none): the badge."""
    counts = dict.fromkeys(ALERT_KINDS, 0)
    for a in alerts:
        counts[a.kind] += 1
    return counts
