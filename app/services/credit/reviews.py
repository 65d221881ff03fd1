"""Credit reviews: the worklist (who is due, by due date), recording a review, the history.

Recording a review saves the reviewer's decision and note with the score, grade and limit
before and after, and sets the next review date = review date + the (new) grade's review
frequency (A 12, B 6, C 3, D 1 months by default) unless one is given. A new grade different
from the computed one is kept as an override until that next review (so re-scoring does not
undo the reviewer's decision); a new limit becomes the customer's manual limit. All audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import CreditReview, CreditState, Customer, utcnow
from ...storage.lock import current_user
from ..audit import audit
from .dates import add_months
from .entries import check_grade, set_override
from .settings import CreditSettings, load_settings
from .standing import evaluate


@dataclass(frozen=True, slots=True)
class ReviewDue:
    customer_id: int
    code: str
    name: str
    grade: str | None
    score: int | None
    due: date
    days_overdue: int           # 0 when due today or later
    last_review: date | None


@dataclass(frozen=True, slots=True)
class ReviewRow:
    id: int
    review_date: date
    reviewer: str
    score: int | None
    old_grade: str | None
    new_grade: str | None
    old_limit_minor: int | None
    new_limit_minor: int | None
    decision: str
    note: str
    next_review: date | None


_DUE_SQL = """
SELECT c.id, c.code, c.name, s.grade, s.score, s.next_review,
       (SELECT MAX(r.review_date) FROM credit_review r WHERE r.customer_id = c.id)
FROM credit_state s JOIN customer c ON c.id = s.customer_id
WHERE c.active AND s.next_review IS NOT NULL AND s.next_review <= :until
ORDER BY s.next_review, c.code
"""


def reviews_due(conn: Connection, as_of: date, *, within_days: int = 0) -> list[ReviewDue]:
    """Active customers whose next review is on or before ``as_of`` + ``within_days``, by due
    date (customers never scored have no review date yet: ``credit rescore --apply`` sets it)."""
    from datetime import timedelta
    until = as_of + timedelta(days=max(0, within_days))
    out = []
    for cid, code, name, grade, score, nxt, last in conn.execute(text(_DUE_SQL),
                                                                  {"until": until.isoformat()}):
        due = date.fromisoformat(nxt)
        out.append(ReviewDue(cid, code, name, grade, score, due, max(0, (as_of - due).days),
                             date.fromisoformat(last) if last else None))
    return out


def review_history(conn: Connection, customer_id: int) -> list[ReviewRow]:
    """The customer's reviews, newest first."""
    rows = conn.execute(text(
        "SELECT id, review_date, reviewer, score, old_grade, new_grade, old_limit_minor, "
        "new_limit_minor, decision, note, next_review FROM credit_review WHERE customer_id = :c "
        "ORDER BY review_date DESC, id DESC"), {"c": customer_id}).all()
    return [ReviewRow(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                      date.fromisoformat(r[10]) if r[10] else None) for r in rows]


def record_review(s: Session, customer_id: int, *, on: date, decision: str, note: str = "",
                  grade: str | None = None, limit_minor: int | None = None,
                  next_review: date | None = None, reviewer: str | None = None,
                  settings: CreditSettings | None = None) -> int:
    """Record a review of ``customer_id`` on ``on`` (see the module docstring); the review id."""
    cust = s.get(Customer, customer_id)
    if cust is None:
        raise ValidationError(T("Unknown customer."), field="customer")
    if not (decision or "").strip():
        raise ValidationError(T("Give the review's decision."), field="decision")
    if limit_minor is not None and limit_minor < 0:
        raise ValidationError(T("A credit limit cannot be negative."), field="limit")
    new_grade = check_grade(grade)
    st = settings or load_settings(s)
    conn = s.connection()
    standing = evaluate(conn, on, customer_id=customer_id, settings=st)[0]
    state = s.get(CreditState, customer_id)
    old_grade = state.grade if state is not None else None
    final = new_grade or standing.grade
    nxt = next_review or add_months(on, st.policy(final).review_months)
    if nxt <= on:
        raise ValidationError(T("The next review must come after the review date."), field="next_review")
    if new_grade is not None and new_grade != standing.score.grade:
        set_override(s, customer_id, grade=new_grade, starts_on=on, until=nxt,
                     reason=f"credit review: {decision.strip()}")
    old_limit = cust.credit_limit_minor
    if state is None:
        state = CreditState(customer_id=customer_id, limit_source="manual" if old_limit is not None
                            else "rule")
        s.add(state)
    if limit_minor is not None and limit_minor != old_limit:
        cust.credit_limit_minor = limit_minor
        audit(s, "customer", customer_id, "credit_limit_minor", old_limit, limit_minor,
              f"credit review: {decision.strip()}")
    if limit_minor is not None:
        state.limit_source = "manual"
    if old_grade != final:
        state.previous_grade, state.grade_changed_on = old_grade, on
        audit(s, "customer", customer_id, "credit grade", old_grade, final,
              f"credit review: {decision.strip()}")
    state.score, state.grade, state.scored_on = standing.score.score, final, on
    state.next_review, state.updated_at = nxt, utcnow()
    row = CreditReview(customer_id=customer_id, review_date=on,
                       reviewer=current_user() if reviewer is None else reviewer,
                       score=standing.score.score, old_grade=old_grade, new_grade=final,
                       old_limit_minor=old_limit,
                       new_limit_minor=limit_minor if limit_minor is not None else old_limit,
                       decision=decision.strip()[:200], note=note, next_review=nxt)
    s.add(row)
    s.flush()
    audit(s, "customer", customer_id, f"credit review {row.id}", None,
          f"{decision.strip()} grade={final} next={nxt.isoformat()}", note)
    return row.id
