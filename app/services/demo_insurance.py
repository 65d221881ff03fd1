"""The demo company's trade-credit insurance: a short-term export policy in USD with approved
limits on the larger US-dollar customers, so the Credit tab's Insurance section shows real work.

    write_demo_insurance(s, as_of) -> DemoInsurance      # inside generate_demo's transaction

Everything goes through the insurance services (validated and audited like a user's entries):
one policy for the calendar year of ``as_of`` (90 % indemnity, 90 days' maximum extension,
notify within 60 days of the due date, claim within 4 months of the notification, USD 1,000
deductible); limits on the eight US-dollar customers with the most open, one of them below its
exposure (flagged); the oldest overdue insured invoice notified; and one draft claim with part
of its documents ticked. No random draw: the rest of the demo stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from .insurance import PolicyData, add_buyer, add_policy, notify_overdue, open_claim, set_document

INSURER = "中国出口信用保险公司 Sinosure"
CURRENCY = "USD"


@dataclass(frozen=True)
class DemoInsurance:
    policy_id: int | None
    buyers: int
    notified: int
    claim_id: int | None


def _round_up(minor: int, step: int) -> int:
    return -(-minor // step) * step


def write_demo_insurance(s: Session, as_of: date) -> DemoInsurance:
    conn = s.connection()
    starts = date(as_of.year, 1, 1)
    # the US-dollar customers with the most open on invoices issued this year (what the policy covers)
    top = conn.execute(text(
        "SELECT c.id, SUM(i.open_minor) AS open FROM customer c JOIN invoice i ON i.customer_id = c.id "
        "WHERE c.currency = :cur AND c.active AND i.kind = 'invoice' AND i.open_minor > 0 "
        "AND i.status NOT IN ('cancelled', 'written_off') AND i.issue_date >= :start "
        "GROUP BY c.id ORDER BY open DESC, c.id LIMIT 8"), {"cur": CURRENCY, "start": starts}).all()
    if not top:
        return DemoInsurance(None, 0, 0, None)
    pid = add_policy(s, PolicyData(
        insurer=INSURER, number=f"SCH{as_of.year}-0418-7731", currency=CURRENCY, starts_on=starts,
        ends_on=date(as_of.year, 12, 31), indemnity_bp=9000, extension_days=90, notify_after=60,
        notify_unit="days", claim_after=4, claim_unit="months", claim_from="notification",
        deductible_minor=100_000, note="短期出口信用保险 short-term export credit insurance"))
    for n, (cid, open_minor) in enumerate(top):
        # the largest buyer has grown past what the insurer approved; the others have headroom
        share = (6, 10) if n == 0 else (3, 2)
        limit = _round_up(open_minor * share[0] // share[1], 1_000_000)
        add_buyer(s, pid, cid, limit_minor=limit, valid_from=starts, reference=f"BL-{as_of.year}-{3100 + n}")
    overdue = conn.execute(text(
        "SELECT i.id, i.customer_id, i.due_date FROM invoice i "
        "WHERE i.customer_id IN (" + ",".join(str(int(c)) for c, _ in top) + ") "
        "AND i.kind = 'invoice' AND i.open_minor > 0 AND i.status NOT IN ('cancelled', 'written_off') "
        "AND i.issue_date >= :start AND i.due_date < :late ORDER BY i.due_date, i.id"),
        {"start": starts, "late": as_of - timedelta(days=30)}).all()
    notified = 0
    claim_id = None
    if overdue:
        iid, cid, due = overdue[0]
        due = date.fromisoformat(str(due))
        notify_overdue(s, iid, on=min(as_of, due + timedelta(days=45)), policy_id=pid,
                       reference=f"NOL-{as_of.year}-0097",
                       note="可能损失通知 notification of possible loss")
        notified = 1
        claim_id = open_claim(s, pid, cid, on=as_of, note="第二次催款后买方不再回应 "
                                                           "buyer stopped answering after the second reminder")
        for kind, present in (("contract", True), ("invoices", True), ("delivery_proof", False),
                              ("collection_records", True)):
            set_document(s, claim_id, kind, present=present)
    return DemoInsurance(pid, len(top), notified, claim_id)
