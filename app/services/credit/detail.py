"""Everything the review dialog shows for one customer: standing (score breakdown, exposure,
limit), monthly payment history, the entered financials, ratings and events, overrides and the
last reviews. Plain frozen dataclasses; no ORM objects leave the function."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Connection, text

from ...errors import ValidationError
from ...i18n import T
from .dates import add_months
from .entries import OverrideRow, list_overrides
from .facts import Converter, _paid_sql, _rows
from .reviews import ReviewRow, review_history
from .settings import CreditSettings, load_settings
from .standing import Standing, evaluate


@dataclass(frozen=True, slots=True)
class PaidMonth:
    """Invoices paid in full in one calendar month (by the date of the closing allocation)."""

    month: str                          # "2026-05"
    paid: int                           # number of invoices
    late: int                           # of them paid after the due date
    amount_minor: int                   # their amounts, in the customer's currency
    days_beyond_terms: Decimal | None   # amount-weighted, one decimal; None when none paid


@dataclass(frozen=True, slots=True)
class FinancialsRow:
    statement_date: date
    debt_to_assets: Decimal | None
    current_ratio: Decimal | None
    note: str


@dataclass(frozen=True, slots=True)
class RatingRow:
    source: str
    grade: str
    rated_on: date
    note: str


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    kind: str
    date: date
    note: str
    cleared_on: date | None


@dataclass(frozen=True, slots=True)
class CreditDetail:
    standing: Standing
    history: tuple[PaidMonth, ...]          # the last 12 months, oldest first (empty months too)
    financials: tuple[FinancialsRow, ...]   # newest first
    ratings: tuple[RatingRow, ...]          # newest first
    events: tuple[EventRow, ...]            # newest first
    overrides: tuple[OverrideRow, ...]      # newest first
    reviews: tuple[ReviewRow, ...]          # newest first


def payment_history(conn: Connection, customer_id: int, as_of: date, currency: str,
                    months: int = 12) -> tuple[PaidMonth, ...]:
    """Per calendar month of the ``months`` up to ``as_of``: invoices paid, late, amount-weighted
    days beyond terms (the scoring's "paid" definition; other currencies converted)."""
    since = add_months(as_of, -months)
    conv = Converter(conn, as_of)
    p = {"as_of": as_of.isoformat(), "since": since.isoformat(), "cid": customer_id}
    acc: dict[str, list[int]] = {}
    for month, cur, count, late, weight, beyond in _rows(
            conn, _paid_sql(customer_id, "substr(al.paid_on, 1, 7), i.currency"), p):
        w, b = conv.to(weight, cur, currency), conv.to(beyond, cur, currency)
        if w is None or b is None:
            continue
        a = acc.setdefault(month, [0, 0, 0, 0])
        a[0] += count
        a[1] += late
        a[2] += w
        a[3] += b
    out = []
    for k in range(months - 1, -1, -1):
        m = add_months(date(as_of.year, as_of.month, 1), -k).isoformat()[:7]
        count, late, w, b = acc.get(m, (0, 0, 0, 0))
        days = (Decimal(b) / w).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) if w else None
        out.append(PaidMonth(m, count, late, w, days))
    return tuple(out)


def credit_detail(conn: Connection, customer_id: int, as_of: date, *,
                  settings: CreditSettings | None = None) -> CreditDetail:
    st = settings or load_settings(conn)
    rows = evaluate(conn, as_of, customer_id=customer_id, settings=st)
    if not rows:
        raise ValidationError(T("Unknown customer."), field="customer")
    x = rows[0]
    p = {"c": customer_id}
    fin = tuple(FinancialsRow(date.fromisoformat(d), None if a is None else Decimal(a),
                              None if b is None else Decimal(b), n)
                for d, a, b, n in conn.execute(text(
                    "SELECT statement_date, debt_to_assets, current_ratio, note FROM customer_financials "
                    "WHERE customer_id = :c ORDER BY statement_date DESC, id DESC"), p))
    ratings = tuple(RatingRow(s, g, date.fromisoformat(d), n) for s, g, d, n in conn.execute(text(
        "SELECT source, grade, rated_on, note FROM external_rating WHERE customer_id = :c "
        "ORDER BY rated_on DESC, id DESC"), p))
    events = tuple(EventRow(i, k, date.fromisoformat(d), n, date.fromisoformat(c) if c else None)
                   for i, k, d, n, c in conn.execute(text(
                       "SELECT id, kind, date, note, cleared_on FROM credit_event WHERE customer_id = :c "
                       "ORDER BY date DESC, id DESC"), p))
    return CreditDetail(x, payment_history(conn, customer_id, as_of, x.currency), fin, ratings, events,
                        tuple(reversed(list_overrides(conn, customer_id))),
                        tuple(review_history(conn, customer_id)))
