"""The collection history of a claim's invoices, oldest first, from the dunning tables: letters
and other dunning steps issued for them, calls / e-mails / visits / notes about them or about the
customer in general, promises and instalment plans covering them, disputes raised on them, and
the overdue notifications sent to the insurer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

HISTORY_KINDS = ("letter", "call", "email", "visit", "note", "acknowledgement", "promise",
                 "instalment_plan", "dispute", "notification")


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    date: date
    kind: str                   # one of HISTORY_KINDS
    detail: str                 # as entered (reference, note, reason …)
    invoices: str = ""          # the claim's invoice numbers it concerns ('' : the customer)
    amount_minor: int | None = None
    currency: str = ""
    status: str = ""            # letter: sent/delivered/cancelled…; promise: its status; call: outcome


# every part selects (date, kind, detail, invoices, amount, currency, status, tie-breaker)
_HISTORY_SQL = """
WITH ci AS (SELECT ci.invoice_id AS id, i.number FROM insurance_claim_invoice ci
            JOIN invoice i ON i.id = ci.invoice_id WHERE ci.claim_id = :claim)
SELECT a.date, CASE WHEN a.action = 'phone' THEN 'call' ELSE 'letter' END,
       a.reference || CASE WHEN a.stage_name <> '' THEN ' · ' || a.stage_name ELSE '' END,
       (SELECT group_concat(ci.number, ', ') FROM dunning_stage_event e JOIN ci ON ci.id = e.invoice_id
         WHERE e.action_id = a.id),
       a.total_minor + a.fee_minor + a.interest_minor, a.currency,
       CASE WHEN a.cancelled_at IS NOT NULL THEN 'cancelled'
            WHEN a.delivered THEN 'delivered:' || a.sent_via || ':' || COALESCE(a.delivered_on, '')
            ELSE 'sent:' || a.sent_via END || CASE WHEN a.proof <> '' THEN ':' || a.proof ELSE '' END,
       1, a.id
  FROM dunning_action a
 WHERE a.id IN (SELECT e.action_id FROM dunning_stage_event e JOIN ci ON ci.id = e.invoice_id)
UNION ALL
SELECT l.date, l.kind, l.note,
       COALESCE((SELECT ci.number FROM ci WHERE ci.id = l.invoice_id), ''), NULL, '',
       COALESCE(l.outcome, ''), 2, l.id
  FROM contact_log l
 WHERE l.customer_id = :cust AND (l.invoice_id IS NULL OR l.invoice_id IN (SELECT id FROM ci))
UNION ALL
SELECT p.made_on, 'promise', p.date || CASE WHEN p.note <> '' THEN ' · ' || p.note ELSE '' END,
       (SELECT group_concat(ci.number, ', ') FROM promise_invoice pi JOIN ci ON ci.id = pi.invoice_id
         WHERE pi.promise_id = p.id), p.amount_minor, p.currency, p.status, 3, p.id
  FROM promise p
 WHERE p.id IN (SELECT pi.promise_id FROM promise_invoice pi JOIN ci ON ci.id = pi.invoice_id)
UNION ALL
SELECT pl.made_on, 'instalment_plan', pl.note,
       (SELECT group_concat(ci.number, ', ') FROM instalment_plan_invoice pii JOIN ci ON ci.id = pii.invoice_id
         WHERE pii.plan_id = pl.id), pl.total_minor, pl.currency, pl.status, 4, pl.id
  FROM instalment_plan pl
 WHERE pl.id IN (SELECT pii.plan_id FROM instalment_plan_invoice pii JOIN ci ON ci.id = pii.invoice_id)
UNION ALL
SELECT date(a.at, 'localtime'), 'dispute', a.reason, ci.number, NULL, '', '', 5, a.id
  FROM audit_log a JOIN ci ON ci.id = a.entity_id
 WHERE a.entity = 'invoice' AND a.field = 'disputed' AND a.after = 'true'
UNION ALL
SELECT n.notified_on, 'notification', n.reference || CASE WHEN n.note <> '' THEN ' · ' || n.note ELSE '' END,
       ci.number, NULL, '', '', 6, n.id
  FROM insurance_notification n JOIN ci ON ci.id = n.invoice_id
"""


def claim_history(conn: Connection, claim_id: int) -> list[HistoryEntry]:
    """The collection history of the claim's invoices, oldest first (newest last)."""
    cust = conn.execute(text("SELECT customer_id FROM insurance_claim WHERE id = :c"),
                        {"c": claim_id}).scalar()
    if cust is None:
        return []
    rows = conn.execute(text(f"SELECT * FROM ({_HISTORY_SQL}) ORDER BY 1, 8, 9"),
                        {"claim": claim_id, "cust": cust}).all()
    return [HistoryEntry(date.fromisoformat(str(d)), k, (detail or "").strip(" ·"), inv or "",
                         None if amt is None else int(amt), cur or "", st or "")
            for d, k, detail, inv, amt, cur, st, _o, _i in rows]
