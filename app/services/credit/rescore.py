"""Re-score every customer as of a date: who would change grade (preview), then save (apply).

``rescore(s, as_of)`` compares each customer's newly computed grade (and, for customers whose
limit follows the grade rule, the rule limit) with what is saved in ``credit_state`` /
``customer.credit_limit_minor``. ``apply=True`` saves score, grade and date for every customer,
moves rule limits, and sets review dates:

- a customer scored for the first time: next review = the day + the grade's review frequency;
- a grade change: the next review is brought forward to the day + the new grade's frequency
  when that is earlier (a downgrade shortens the cycle; an upgrade never postpones a review);
- otherwise the next review stays.

A customer whose limit follows the grade rule is scored with the limit its new grade gives
(utilisation depends on the limit; see ``standing.settle``), so a second run changes nothing.

Grade and limit changes write audit rows (entity ``customer``, fields ``credit grade`` and
``credit_limit_minor``), in bulk. ``preview_settings`` answers "how many customers would move
grade if these settings were saved?" without saving anything.
"""

from __future__ import annotations

from collections import Counter
from copy import copy
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...models import AuditLog, utcnow
from ...storage.lock import current_user
from .dates import add_months
from .facts import Facts, load_facts
from .scoring import score_facts
from .settings import CreditSettings, load_settings, validate
from .standing import Standing, evaluate


@dataclass(frozen=True, slots=True)
class GradeChange:
    customer_id: int
    code: str
    name: str
    old_grade: str | None       # saved grade (None: never scored)
    new_grade: str
    old_score: int | None
    new_score: int
    old_limit: int | None       # stored limit
    new_limit: int | None       # after re-scoring (rule limits move; others stay)
    currency: str


@dataclass(frozen=True, slots=True)
class RescoreResult:
    as_of: date
    customers: int
    changes: tuple[GradeChange, ...]        # grade or limit moves, by code
    counts: dict[str, int]                  # new grade → customers
    applied: bool

    @property
    def grade_changes(self) -> tuple[GradeChange, ...]:
        return tuple(c for c in self.changes if c.old_grade != c.new_grade)


def _next_review(st: Standing, settings: CreditSettings, as_of: date) -> date:
    due = add_months(as_of, settings.policy(st.grade).review_months)
    if st.saved_grade is None or st.next_review is None:
        return due
    if st.saved_grade != st.grade:
        return min(st.next_review, due)
    return st.next_review


def rescore(s: Session, as_of: date, *, apply: bool = False,
            settings: CreditSettings | None = None) -> RescoreResult:
    conn = s.connection()
    st = settings or load_settings(conn)
    standings = evaluate(conn, as_of, settings=st, settle_rule_limits=True)
    changes: list[GradeChange] = []
    counts: Counter = Counter()
    for x in standings:
        counts[x.grade] += 1
        old_limit = x.stored_limit
        new_limit = x.rule_limit if x.base_limit_source == "rule" else old_limit
        if x.saved_grade != x.grade or new_limit != old_limit:
            changes.append(GradeChange(x.customer_id, x.code, x.name, x.saved_grade, x.grade,
                                       x.saved_score, x.score.score, old_limit, new_limit, x.currency))
    if apply:
        _save(conn, standings, changes, st, as_of)
    return RescoreResult(as_of, len(standings), tuple(changes), dict(sorted(counts.items())), apply)


_UPSERT = """
INSERT INTO credit_state (customer_id, score, grade, scored_on, previous_grade, grade_changed_on,
                          limit_source, next_review, updated_at)
VALUES (:cid, :score, :grade, :on, :prev, :changed, :source, :next, :now)
ON CONFLICT(customer_id) DO UPDATE SET
    score = excluded.score, grade = excluded.grade, scored_on = excluded.scored_on,
    previous_grade = excluded.previous_grade, grade_changed_on = excluded.grade_changed_on,
    limit_source = excluded.limit_source, next_review = excluded.next_review,
    updated_at = excluded.updated_at
"""


def _save(conn: Connection, standings: list[Standing], changes: list[GradeChange],
          st: CreditSettings, as_of: date) -> None:
    now, user, on = utcnow(), current_user(), as_of.isoformat()
    rows = []
    for x in standings:
        moved = x.saved_grade != x.grade
        source = x.base_limit_source
        rows.append({
            "cid": x.customer_id, "score": x.score.score, "grade": x.grade, "on": on,
            "prev": x.saved_grade if moved else x.previous_grade,
            "changed": on if moved else (x.grade_changed_on.isoformat() if x.grade_changed_on else None),
            "source": source, "next": _next_review(x, st, as_of).isoformat(), "now": now})
    if rows:
        conn.exec_driver_sql(_UPSERT, rows)
    audits, limits = [], []
    for c in changes:
        if c.old_grade != c.new_grade:
            audits.append({"at": now, "user": user, "entity": "customer", "entity_id": c.customer_id,
                           "field": "credit grade", "before": c.old_grade, "after": c.new_grade,
                           "reason": f"re-scored as of {on}: score {c.new_score}"})
        if c.new_limit != c.old_limit:
            limits.append({"lim": c.new_limit, "cid": c.customer_id})
            audits.append({"at": now, "user": user, "entity": "customer", "entity_id": c.customer_id,
                           "field": "credit_limit_minor",
                           "before": None if c.old_limit is None else str(c.old_limit),
                           "after": None if c.new_limit is None else str(c.new_limit),
                           "reason": f"grade {c.new_grade} limit rule as of {on}"})
    if limits:
        conn.exec_driver_sql("UPDATE customer SET credit_limit_minor = :lim WHERE id = :cid", limits)
    if audits:
        conn.execute(AuditLog.__table__.insert(), audits)


def preview_settings(conn: Connection, as_of: date, new: CreditSettings,
                     current: CreditSettings | None = None) -> tuple[dict[tuple[str, str], int],
                                                                      tuple[GradeChange, ...]]:
    """What changing the settings to ``new`` would do on ``as_of``: (old grade, new grade) →
    number of customers, and the customers whose grade moves. Nothing is saved."""
    validate(new)
    cur = current or load_settings(conn)
    facts = load_facts(conn, as_of, None, None)
    matrix: Counter = Counter()
    moved: list[GradeChange] = []
    for f in sorted(facts.values(), key=lambda f: f.code):
        a = score_facts(_with_events(f, cur, as_of), as_of, cur)
        b = score_facts(_with_events(f, new, as_of), as_of, new)
        matrix[(a.grade, b.grade)] += 1
        if a.grade != b.grade:
            moved.append(GradeChange(f.id, f.code, f.name, a.grade, b.grade, a.score, b.score,
                                     f.stored_limit, f.stored_limit, f.currency))
    return dict(matrix), tuple(moved)


def _with_events(f: Facts, st: CreditSettings, as_of: date) -> Facts:
    """``f`` with the negative events that count under ``st``'s event durations."""
    events = [e for e in f.events
              if e[1] not in st.event_months or add_months(e[2], st.event_months[e[1]]) > as_of]
    g = copy(f)
    g.events = events
    return g


