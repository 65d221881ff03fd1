"""Credit management (issue 5): explainable scores and A/B/C/D grades, limits and warnings,
reviews. No Qt; the CLI (app/cli_credit.py) and the Credit tab call the same functions.

Public API::

    load_settings(conn) -> CreditSettings;  save_settings(s, settings, reason="")   # audited
    validate(settings) -> settings                                    # ValidationError if bad
    score(conn, customer_id, as_of, settings=None) -> CreditScore     # factors with reasons
    score_all(conn, as_of, settings=None) -> list[CreditScore]        # by code, set-based
    evaluate(conn, as_of, *, customer_id=None, settings=None) -> list[Standing]
        # score + exposure + limit (source, rule limit) + saved grade + next review
    preview_settings(conn, as_of, new, current=None) -> (matrix, moved)
    rescore(s, as_of, *, apply=False, settings=None) -> RescoreResult
    credit_alerts(conn, as_of, *, settings=None, standings=None) -> list[Alert]
    alert_counts(alerts) -> dict[kind, int]
    reviews_due(conn, as_of, *, within_days=0) -> list[ReviewDue]
    record_review(s, customer_id, *, on, decision, note="", grade=None, limit_minor=None,
                  next_review=None, reviewer=None, settings=None) -> int
    review_history(conn, customer_id) -> list[ReviewRow]
    set_financials(s, customer_id, statement_date, *, debt_to_assets, current_ratio, note="")
    add_rating(s, customer_id, *, source, grade, rated_on, note="")
    add_event(s, customer_id, *, kind, on, note="", cleared_on=None);  clear_event(s, id, on)
    set_override(s, customer_id, *, reason, until, starts_on, grade=None, limit_minor=None)
    revoke_override(s, override_id, reason);  list_overrides(conn, customer_id)
    customer_id_for(conn, code) -> int
    credit_detail(conn, customer_id, as_of, *, settings=None) -> CreditDetail   # review dialog:
        # standing, 12 months' payment history, financials, ratings, events, overrides, reviews
    payment_history(conn, customer_id, as_of, currency, months=12) -> tuple[PaidMonth, ...]
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from .alerts import ALERT_KINDS, ALERT_TEXT, Alert, alert_counts, credit_alerts
from .detail import CreditDetail, PaidMonth, credit_detail, payment_history
from .entries import (OverrideRow, add_event, add_rating, check_grade, clear_event, customer_id_for,
                      list_overrides, parse_ratio, revoke_override, set_financials, set_override)
from .rescore import GradeChange, RescoreResult, preview_settings, rescore
from .reviews import ReviewDue, ReviewRow, record_review, review_history, reviews_due
from .scoring import EVENT_TEXT, FACTOR_TEXT, CreditScore, Factor, Reason
from .settings import (FACTORS, CreditSettings, GradePolicy, load_settings, save_settings,
                       validate)
from .standing import Exposure, Standing, evaluate


def score(conn: Connection, customer_id: int, as_of: date,
          settings: CreditSettings | None = None) -> CreditScore:
    """One customer's score and grade on ``as_of``, factor by factor."""
    rows = evaluate(conn, as_of, customer_id=customer_id, settings=settings)
    if not rows:
        from ...errors import ValidationError
        from ...i18n import T
        raise ValidationError(T("Unknown customer."), field="customer")
    return rows[0].score


def score_all(conn: Connection, as_of: date,
              settings: CreditSettings | None = None) -> list[CreditScore]:
    """Every customer's score on ``as_of``, by customer code (a few set-based queries)."""
    return [x.score for x in evaluate(conn, as_of, settings=settings)]


__all__ = [
    "ALERT_KINDS", "ALERT_TEXT", "Alert", "alert_counts", "credit_alerts", "OverrideRow",
    "add_event", "add_rating", "check_grade", "clear_event", "customer_id_for", "list_overrides",
    "parse_ratio", "revoke_override", "set_financials", "set_override", "GradeChange",
    "RescoreResult", "preview_settings", "rescore", "ReviewDue", "ReviewRow", "record_review",
    "review_history", "reviews_due", "EVENT_TEXT", "FACTOR_TEXT", "CreditScore", "Factor", "Reason", "FACTORS",
    "CreditSettings", "GradePolicy", "load_settings", "save_settings", "validate", "Exposure",
    "Standing", "evaluate", "score", "score_all", "CreditDetail", "PaidMonth", "credit_detail",
    "payment_history",
]
