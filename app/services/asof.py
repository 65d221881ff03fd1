"""What was open on a given date, rebuilt from dated facts (never from ``open_minor``).

The rule every report shares (aging, KPIs, forecast, statements):

- a document counts from its issue date, and stops counting from the day it was cancelled
  (``cancelled_on``);
- an allocation reduces what is open from its ``date``; one undone later still counted on the
  days before it was undone (``undone_at`` after the as-of day), so a report for a past date
  gives the figures that were true on that day;
- a write-off reduces what is open from its ``date`` until the day it was reversed, likewise.

``OPEN_AS_OF_SQL`` yields one row per invoice or credit note with something open on ``:as_of``:
``(id, customer_id, kind, currency, issue_date, due_date, amount_minor, open_minor, disputed)``.
For a credit note ``open_minor`` is the part not yet applied. ``UNAPPLIED_PAYMENTS_SQL`` yields
``(customer_id, currency, unapplied_minor)`` for payments received on or before ``:as_of``.
Both are plain SQL over the indexed columns so 200k invoices take a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterator

from sqlalchemy import Connection, text

# an allocation / write-off is in effect on :as_of
# (undone_at / reversed_at are UTC timestamps; the day that counts is the user's local day)
_LIVE_ALLOC = ("a.date <= :as_of AND (a.undone_at IS NULL "
               "OR date(a.undone_at, 'localtime') > :as_of)")
_LIVE_WO = ("w.date <= :as_of AND (w.reversed_at IS NULL "
            "OR date(w.reversed_at, 'localtime') > :as_of)")

OPEN_AS_OF_SQL = f"""
WITH applied AS (
    SELECT a.invoice_id AS doc_id, SUM(a.amount_minor) AS amt
    FROM allocation a WHERE {_LIVE_ALLOC} GROUP BY a.invoice_id
), credited AS (
    SELECT a.credit_note_id AS doc_id, SUM(a.amount_minor) AS amt
    FROM allocation a WHERE a.credit_note_id IS NOT NULL AND {_LIVE_ALLOC} GROUP BY a.credit_note_id
), written AS (
    SELECT w.invoice_id AS doc_id, SUM(w.amount_minor) AS amt
    FROM write_off w WHERE {_LIVE_WO} GROUP BY w.invoice_id
)
SELECT i.id, i.customer_id, i.kind, i.currency, i.issue_date, i.due_date, i.amount_minor,
       i.amount_minor - COALESCE(ap.amt, 0) - COALESCE(cr.amt, 0) - COALESCE(wr.amt, 0) AS open_minor,
       i.disputed
FROM invoice i
LEFT JOIN applied ap ON ap.doc_id = i.id
LEFT JOIN credited cr ON cr.doc_id = i.id
LEFT JOIN written wr ON wr.doc_id = i.id
WHERE i.issue_date <= :as_of
  AND (i.cancelled_on IS NULL OR i.cancelled_on > :as_of)
  AND i.amount_minor - COALESCE(ap.amt, 0) - COALESCE(cr.amt, 0) - COALESCE(wr.amt, 0) > 0
"""

UNAPPLIED_PAYMENTS_SQL = f"""
SELECT p.customer_id, p.currency,
       SUM(p.amount_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a
                                      WHERE a.payment_id = p.id AND {_LIVE_ALLOC}), 0)) AS unapplied
FROM payment p
WHERE p.date <= :as_of AND p.customer_id IS NOT NULL
GROUP BY p.customer_id, p.currency
HAVING unapplied > 0
"""


@dataclass(frozen=True, slots=True)
class OpenDoc:
    id: int
    customer_id: int
    kind: str              # 'invoice' | 'credit_note'
    currency: str
    issue_date: date
    due_date: date
    amount_minor: int
    open_minor: int        # open on the as-of day
    disputed: bool


def open_documents(conn: Connection, as_of: date) -> Iterator[OpenDoc]:
    """Every invoice and credit note with something open on ``as_of``."""
    days: dict[str, date] = {}

    def d(iso: str) -> date:
        v = days.get(iso)
        if v is None:
            v = days[iso] = date.fromisoformat(iso)
        return v

    for row in conn.execute(text(OPEN_AS_OF_SQL), {"as_of": as_of.isoformat()}):
        yield OpenDoc(row[0], row[1], row[2], row[3], d(row[4]), d(row[5]), row[6], row[7], bool(row[8]))


def unapplied_payments(conn: Connection, as_of: date) -> dict[tuple[int, str], int]:
    """(customer_id, currency) → money received on or before ``as_of`` not applied on that day."""
    return {(cid, cur): int(amt) for cid, cur, amt in
            conn.execute(text(UNAPPLIED_PAYMENTS_SQL), {"as_of": as_of.isoformat()})}
