"""What a new claim could contain, for the claim dialog: a customer's overdue insured invoices
under one policy with their open amounts on the day, the approved limit in force on each issue
date, the policy's deductible and indemnity, and the part of its aggregate first loss still to
bear — so the claimable amount of any choice of invoices can be shown live, with the same
rules ``open_claim`` + ``claim_figures`` apply (see :mod:`.claims`).

    cands = claim_candidates(conn, policy_id, customer_id, on)
    preview_claimable(cands, [invoice_id, …]) -> Claimable
    claim_policies(conn, customer_id) -> list[PolicyChoice]       # policies insuring the customer
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, text

from ...errors import ValidationError
from ...i18n import T
from ..asof import open_as_of_sql
from .claims import Claimable, claimable_amount


@dataclass(frozen=True, slots=True)
class ClaimCandidate:
    invoice_id: int
    number: str
    issue_date: date
    due_date: date
    days_overdue: int
    amount_minor: int
    open_minor: int                 # open on the day (the as-of rule)
    insured_limit_minor: int        # the approved limit in force on the issue date
    claim: str | None               # reference of a draft / filed / paid claim holding it already


@dataclass(frozen=True, slots=True)
class ClaimCandidates:
    policy_id: int
    customer_id: int
    currency: str
    on: date
    indemnity_bp: int
    deductible_minor: int
    first_loss_remaining_minor: int     # the policy's first loss not borne by its filed/paid claims
    invoices: tuple[ClaimCandidate, ...]

    @property
    def free(self) -> tuple[ClaimCandidate, ...]:
        """The invoices not in a live claim yet (what ``open_claim`` accepts)."""
        return tuple(c for c in self.invoices if not c.claim)


@dataclass(frozen=True, slots=True)
class PolicyChoice:
    policy_id: int
    insurer: str
    number: str
    currency: str
    starts_on: date
    ends_on: date


def claim_candidates(conn: Connection, policy_id: int, customer_id: int, on: date) -> ClaimCandidates:
    """The customer's invoices insured under ``policy_id``, overdue and open on ``on``, oldest
    due first (those already in a live claim included, with its reference)."""
    p = conn.execute(text("SELECT currency, indemnity_bp, deductible_minor, first_loss_minor "
                          "FROM insurance_policy WHERE id = :p"), {"p": policy_id}).first()
    if p is None:
        raise ValidationError(T("Policy {id} does not exist."), field="policy", id=policy_id)
    sql = open_as_of_sql("i.customer_id = :cid AND i.kind = 'invoice' AND i.due_date < :as_of")
    rows = conn.execute(text(f"""
        SELECT o.id, i.number, o.issue_date, o.due_date, i.amount_minor, o.open_minor,
               (SELECT cl.reference FROM insurance_claim_invoice ci
                  JOIN insurance_claim cl ON cl.id = ci.claim_id
                 WHERE ci.invoice_id = o.id AND cl.status IN ('draft', 'filed', 'paid') LIMIT 1),
               (SELECT b.limit_minor FROM insured_buyer b
                 WHERE b.policy_id = :pid AND b.customer_id = :cid AND b.status IN ('approved', 'withdrawn')
                   AND b.valid_from <= o.issue_date AND (b.valid_to IS NULL OR b.valid_to >= o.issue_date)
                 ORDER BY b.valid_from DESC LIMIT 1)
        FROM ({sql}) o
        JOIN invoice i ON i.id = o.id
        JOIN insurance_policy p ON p.id = :pid AND p.currency = o.currency
             AND p.starts_on <= o.issue_date AND p.ends_on >= o.issue_date
        WHERE o.open_minor > 0 AND EXISTS (
              SELECT 1 FROM insured_buyer b WHERE b.policy_id = :pid AND b.customer_id = :cid
                 AND b.status IN ('approved', 'withdrawn') AND b.valid_from <= o.issue_date
                 AND (b.valid_to IS NULL OR b.valid_to >= o.issue_date))
        ORDER BY o.due_date, i.number"""), {"cid": customer_id, "pid": policy_id, "as_of": on.isoformat()}).all()
    out = []
    for iid, number, issue, due, amount, open_minor, claim, limit in rows:
        issue, due = _d(issue), _d(due)
        out.append(ClaimCandidate(int(iid), number, issue, due, (on - due).days, int(amount),
                                  int(open_minor), int(limit or 0), claim))
    used = conn.execute(text(
        "SELECT COALESCE(SUM(first_loss_minor), 0) FROM insurance_claim WHERE policy_id = :p "
        "AND status IN ('filed', 'paid')"), {"p": policy_id}).scalar()
    return ClaimCandidates(policy_id, customer_id, p[0], on, int(p[1]), int(p[2]),
                           max(int(p[3]) - int(used or 0), 0), tuple(out))


def preview_claimable(cands: ClaimCandidates, invoice_ids) -> Claimable:
    """The claimable amount of a claim of ``invoice_ids`` filed on ``cands.on``: outstanding =
    their open amounts; insured limit = the one in force on the latest issue date among them;
    first loss = what remains of the policy's, up to the amount after the deductible."""
    chosen = set(invoice_ids)
    rows = [c for c in cands.invoices if c.invoice_id in chosen]
    outstanding = sum(c.open_minor for c in rows)
    latest = max(rows, key=lambda c: (c.issue_date, c.invoice_id), default=None)
    limit = 0 if latest is None else latest.insured_limit_minor
    after_deductible = max(min(outstanding, limit) - cands.deductible_minor, 0)
    first_loss = min(cands.first_loss_remaining_minor, after_deductible)
    return claimable_amount(outstanding, limit, cands.deductible_minor, cands.indemnity_bp, first_loss)


def claim_policies(conn: Connection, customer_id: int) -> list[PolicyChoice]:
    """The policies under which the customer has (or had) an approved limit, newest first."""
    rows = conn.execute(text(
        "SELECT DISTINCT p.id, p.insurer, p.number, p.currency, p.starts_on, p.ends_on "
        "FROM insurance_policy p JOIN insured_buyer b ON b.policy_id = p.id "
        "WHERE b.customer_id = :c AND b.status IN ('approved', 'withdrawn') "
        "ORDER BY p.starts_on DESC, p.number"), {"c": customer_id}).all()
    return [PolicyChoice(int(r[0]), r[1], r[2], r[3], _d(r[4]), _d(r[5])) for r in rows]


def _d(v: object) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))
