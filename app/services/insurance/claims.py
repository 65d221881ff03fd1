"""Claims (索赔): open a draft for a buyer's overdue insured invoices, file it (the claimable
amount is computed and stored), record the insurer's decision (paid / rejected) and the
recoveries after payment; the checklist of documents to attach.

**Claimable amount** = (min(outstanding on the claim's invoices, insured limit) − deductible
− first loss) × indemnity %, never below zero, rounded once, half-up, to the minor unit, in
integers (no float, no intermediate rounding). The *first loss* is the part of the policy's
aggregate first loss not yet borne by its earlier filed or paid claims. The insured limit is the
approved buyer limit in force on the latest issue date among the claim's invoices.

Status: draft → filed → paid | rejected; any other move raises ``ClaimStatusError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import (DOC_KINDS, Customer, InsuranceClaim, InsuranceClaimDocument,
                       InsuranceClaimInvoice, InsurancePolicy, InsuranceRecovery, Invoice)
from ...storage.lock import current_user
from ..asof import open_as_of_sql
from ..audit import audit

CLAIM_STATUS_TEXT = {"draft": T("Draft"), "filed": T("Filed"), "paid": T("Paid"),
                     "rejected": T("Rejected")}
DOC_TEXT = {"contract": T("Sales contract"), "invoices": T("Copies of the invoices"),
            "delivery_proof": T("Proof of delivery"), "customs_declaration": T("Customs declaration"),
            "statement_of_account": T("Statement of account"),
            "collection_records": T("Collection records (letters, calls, promises)"),
            "overdue_notification": T("Overdue notification to the insurer"),
            "buyer_acknowledgement": T("Buyer's acknowledgement of the debt"), "other": T("Other")}
# the checklist a new claim starts with
DEFAULT_DOCS = ("contract", "invoices", "delivery_proof", "statement_of_account",
                "collection_records", "overdue_notification", "buyer_acknowledgement")


class ClaimStatusError(ValidationError):
    """A status change the claim's current status does not allow."""


@dataclass(frozen=True, slots=True)
class Claimable:
    outstanding_minor: int
    insured_limit_minor: int
    base_minor: int             # min(outstanding, insured limit)
    deductible_minor: int
    first_loss_minor: int
    net_minor: int              # base − deductible − first loss, not below 0
    indemnity_bp: int
    claimable_minor: int        # net × indemnity, half-up once


def claimable_amount(outstanding_minor: int, insured_limit_minor: int, deductible_minor: int,
                     indemnity_bp: int, first_loss_minor: int = 0) -> Claimable:
    """The claimable amount, step by step (see the module docstring). Integers only."""
    for v in (outstanding_minor, insured_limit_minor, deductible_minor, indemnity_bp, first_loss_minor):
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise TypeError("amounts are non-negative integers (minor units, basis points)")
    base = min(outstanding_minor, insured_limit_minor)
    net = max(base - deductible_minor - first_loss_minor, 0)
    claimable = (net * indemnity_bp + 5000) // 10000          # half-up, net ≥ 0
    return Claimable(outstanding_minor, insured_limit_minor, base, deductible_minor,
                     first_loss_minor, net, indemnity_bp, claimable)


# --------------------------------------------------------------------------- writes

def open_claim(s: Session, policy_id: int, customer_id: int, *, on: date,
               invoice_ids: list[int] | None = None, note: str = "") -> int:
    """A draft claim for ``customer_id`` under ``policy_id``: the given invoices, or every
    overdue insured invoice with something open on ``on`` not yet in a live claim. Each must be
    the customer's, in the policy's currency, insured under the policy, overdue and open on
    ``on``, and in no other draft, filed or paid claim."""
    p = s.get(InsurancePolicy, policy_id)
    if p is None:
        raise ValidationError(T("Policy {id} does not exist."), field="policy", id=policy_id)
    if s.get(Customer, customer_id) is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=customer_id)
    conn = s.connection()
    candidates = {r.id: r for r in _claimable_invoices(conn, policy_id, customer_id, on)}
    if invoice_ids is None:
        chosen = [i for i, r in candidates.items() if not r.claim]
        if not chosen:
            raise ValidationError(T("The customer has no overdue insured invoice open on {date} "
                                    "that is not in a claim already."), field="invoice", date=on.isoformat())
    else:
        chosen = []
        for iid in dict.fromkeys(invoice_ids):
            r = candidates.get(iid)
            inv = s.get(Invoice, iid)
            number = inv.number if inv is not None else str(iid)
            if r is None:
                raise ValidationError(T("Invoice {number} cannot be claimed: it must be this customer's, "
                                        "insured under the policy, overdue and open on {date}."),
                                      field="invoice", number=number, date=on.isoformat())
            if r.claim:
                raise ValidationError(T("Invoice {number} is in claim {reference} already."),
                                      field="invoice", number=number, reference=r.claim)
            chosen.append(iid)
        if not chosen:
            raise ValidationError(T("Choose at least one invoice."), field="invoice")
    c = InsuranceClaim(reference=_next_reference(s, on), policy_id=policy_id, customer_id=customer_id,
                       currency=p.currency, status="draft", opened_on=on, note=note, user=current_user())
    s.add(c)
    s.flush()
    for iid in chosen:
        s.add(InsuranceClaimInvoice(claim_id=c.id, invoice_id=iid))
    history = _has_collection_history(conn, customer_id, chosen)
    for kind in DEFAULT_DOCS:
        present = kind == "collection_records" and history
        s.add(InsuranceClaimDocument(claim_id=c.id, kind=kind, present=present,
                                     note="ARDesk" if present else ""))
    audit(s, "insurance_claim", c.id, "status", None, "draft",
          f"{c.reference}: {len(chosen)} invoice(s)")
    return c.id


def _next_reference(s: Session, on: date) -> str:
    prefix = f"CL-{on.year}-"
    last = s.scalar(select(InsuranceClaim.reference).where(InsuranceClaim.reference.like(prefix + "%"))
                    .order_by(InsuranceClaim.reference.desc()).limit(1))
    n = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{n:04d}"


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    claim: str | None           # reference of the live claim it is in


def _claimable_invoices(conn: Connection, policy_id: int, customer_id: int, on: date) -> list[_Candidate]:
    sql = open_as_of_sql("i.customer_id = :cid AND i.kind = 'invoice' AND i.due_date < :as_of")
    rows = conn.execute(text(f"""
        SELECT o.id,
               (SELECT cl.reference FROM insurance_claim_invoice ci
                  JOIN insurance_claim cl ON cl.id = ci.claim_id
                 WHERE ci.invoice_id = o.id AND cl.status IN ('draft', 'filed', 'paid') LIMIT 1)
        FROM ({sql}) o
        JOIN insurance_policy p ON p.id = :pid AND p.currency = o.currency
             AND p.starts_on <= o.issue_date AND p.ends_on >= o.issue_date
        WHERE EXISTS (SELECT 1 FROM insured_buyer b WHERE b.policy_id = :pid AND b.customer_id = :cid
                        AND b.status IN ('approved', 'withdrawn') AND b.valid_from <= o.issue_date
                        AND (b.valid_to IS NULL OR b.valid_to >= o.issue_date))
        ORDER BY o.due_date, o.id"""), {"cid": customer_id, "pid": policy_id, "as_of": on.isoformat()})
    return [_Candidate(int(r[0]), r[1]) for r in rows]


def _has_collection_history(conn: Connection, customer_id: int, invoice_ids: list[int]) -> bool:
    ids = {int(i) for i in invoice_ids}
    rows = conn.execute(text(
        "SELECT invoice_id FROM dunning_stage_event WHERE cancelled_at IS NULL AND invoice_id IN "
        "(SELECT id FROM invoice WHERE customer_id = :c) "
        "UNION SELECT COALESCE(invoice_id, -1) FROM contact_log WHERE customer_id = :c "
        "UNION SELECT pi.invoice_id FROM promise_invoice pi JOIN promise p ON p.id = pi.promise_id "
        "WHERE p.customer_id = :c"), {"c": customer_id}).scalars()
    return any(r == -1 or r in ids for r in rows)


def _claim(s: Session, claim_id: int) -> InsuranceClaim:
    c = s.get(InsuranceClaim, claim_id)
    if c is None:
        raise ValidationError(T("Claim {id} does not exist."), field="claim", id=claim_id)
    return c


def _expect(c: InsuranceClaim, status: str, template: str) -> None:
    if c.status != status:
        raise ClaimStatusError(template, field="status", reference=c.reference, status=c.status)


# the approved limit in force on the latest issue date among the claim's invoices
_LIMIT_SQL = """
WITH last(d) AS (SELECT MAX(i.issue_date) FROM insurance_claim_invoice ci
                 JOIN invoice i ON i.id = ci.invoice_id WHERE ci.claim_id = :claim)
SELECT b.limit_minor FROM insured_buyer b, last
WHERE b.policy_id = :p AND b.customer_id = :c AND b.status IN ('approved', 'withdrawn')
  AND b.valid_from <= last.d AND (b.valid_to IS NULL OR b.valid_to >= last.d)
ORDER BY b.valid_from DESC LIMIT 1
"""


def claim_figures(conn: Connection, claim_id: int, on: date) -> tuple[Claimable, dict[int, int]]:
    """What the claim would be worth if filed on ``on``: the figures and the open amount per
    invoice (the as-of rule)."""
    row = conn.execute(text(
        "SELECT policy_id, customer_id FROM insurance_claim WHERE id = :id"), {"id": claim_id}).first()
    if row is None:
        raise ValidationError(T("Claim {id} does not exist."), field="claim", id=claim_id)
    pid, cid = row
    open_sql = open_as_of_sql("i.id IN (SELECT invoice_id FROM insurance_claim_invoice "
                              "WHERE claim_id = :claim)")
    per = {int(r[0]): int(r[7]) for r in conn.execute(text(open_sql),
                                                      {"as_of": on.isoformat(), "claim": claim_id})}
    outstanding = sum(per.values())
    p = conn.execute(text("SELECT indemnity_bp, deductible_minor, first_loss_minor FROM insurance_policy "
                          "WHERE id = :p"), {"p": pid}).first()
    limit = conn.execute(text(_LIMIT_SQL), {"p": pid, "c": cid, "claim": claim_id}).scalar()
    used = conn.execute(text(
        "SELECT COALESCE(SUM(first_loss_minor), 0) FROM insurance_claim WHERE policy_id = :p "
        "AND status IN ('filed', 'paid') AND id <> :claim"), {"p": pid, "claim": claim_id}).scalar()
    indemnity, deductible, first_loss = int(p[0]), int(p[1]), int(p[2])
    remaining = max(first_loss - int(used or 0), 0)
    lim = int(limit or 0)
    after_deductible = max(min(outstanding, lim) - deductible, 0)
    fl = min(remaining, after_deductible)
    return claimable_amount(outstanding, lim, deductible, indemnity, fl), per


def file_claim(s: Session, claim_id: int, *, on: date, insurer_reference: str = "") -> Claimable:
    """draft → filed on ``on``: the outstanding amounts of that day and the claimable amount are
    stored with the figures they come from."""
    c = _claim(s, claim_id)
    _expect(c, "draft", T("Only a draft claim can be filed; {reference} is {status}."))
    if on < c.opened_on:
        raise ValidationError(T("A claim cannot be filed before it was opened ({date})."),
                              field="date", date=c.opened_on.isoformat())
    s.flush()
    fig, per = claim_figures(s.connection(), claim_id, on)
    if fig.outstanding_minor == 0:
        raise ValidationError(T("Nothing is outstanding on the claim's invoices on {date}."),
                              field="invoice", date=on.isoformat())
    for ci in s.scalars(select(InsuranceClaimInvoice).where(InsuranceClaimInvoice.claim_id == claim_id)):
        ci.outstanding_minor = per.get(ci.invoice_id, 0)
    c.status, c.filed_on = "filed", on
    c.insurer_reference = insurer_reference.strip() or c.insurer_reference
    c.outstanding_minor, c.insured_limit_minor = fig.outstanding_minor, fig.insured_limit_minor
    c.deductible_minor, c.first_loss_minor = fig.deductible_minor, fig.first_loss_minor
    c.indemnity_bp, c.claimable_minor = fig.indemnity_bp, fig.claimable_minor
    audit(s, "insurance_claim", claim_id, "status", "draft", "filed",
          f"{c.reference} claimable {fig.claimable_minor} {c.currency}")
    return fig


def mark_paid(s: Session, claim_id: int, *, on: date, amount_minor: int) -> None:
    """filed → paid: the insurer paid ``amount_minor`` on ``on``."""
    c = _claim(s, claim_id)
    _expect(c, "filed", T("Only a filed claim can be paid; {reference} is {status}."))
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor <= 0:
        raise ValidationError(T("The amount must be above zero."), field="amount")
    if on < c.filed_on:
        raise ValidationError(T("The decision cannot be dated before the filing ({date})."),
                              field="date", date=c.filed_on.isoformat())
    c.status, c.decided_on, c.paid_minor = "paid", on, amount_minor
    audit(s, "insurance_claim", claim_id, "status", "filed", "paid", f"{amount_minor} {c.currency}")


def reject_claim(s: Session, claim_id: int, *, on: date, reason: str) -> None:
    """filed → rejected on ``on`` (the insurer's reason is required)."""
    c = _claim(s, claim_id)
    _expect(c, "filed", T("Only a filed claim can be rejected; {reference} is {status}."))
    if not reason.strip():
        raise ValidationError(T("Give the insurer's reason."), field="reason")
    if on < c.filed_on:
        raise ValidationError(T("The decision cannot be dated before the filing ({date})."),
                              field="date", date=c.filed_on.isoformat())
    c.status, c.decided_on, c.reject_reason = "rejected", on, reason.strip()
    audit(s, "insurance_claim", claim_id, "status", "filed", "rejected", reason.strip())


def add_recovery(s: Session, claim_id: int, *, on: date, amount_minor: int, note: str = "") -> int:
    """Money recovered from the buyer after the claim was paid."""
    c = _claim(s, claim_id)
    _expect(c, "paid", T("Recoveries are recorded after the claim is paid; {reference} is {status}."))
    if not isinstance(amount_minor, int) or isinstance(amount_minor, bool) or amount_minor <= 0:
        raise ValidationError(T("The amount must be above zero."), field="amount")
    if on < c.decided_on:
        raise ValidationError(T("A recovery cannot be dated before the claim was paid ({date})."),
                              field="date", date=c.decided_on.isoformat())
    r = InsuranceRecovery(claim_id=claim_id, date=on, amount_minor=amount_minor, note=note,
                          user=current_user())
    s.add(r)
    s.flush()
    audit(s, "insurance_recovery", r.id, "created", None, f"{c.reference} {amount_minor} {c.currency} {on}")
    return r.id


def set_document(s: Session, claim_id: int, kind: str, *, present: bool, note: str | None = None) -> None:
    """Mark a checklist line present or missing (added to the list when it was not on it)."""
    c = _claim(s, claim_id)
    if kind not in DOC_KINDS:
        raise ValidationError(T("Unknown document {kind}."), field="kind", kind=kind)
    d = s.scalar(select(InsuranceClaimDocument).where(InsuranceClaimDocument.claim_id == claim_id,
                                                      InsuranceClaimDocument.kind == kind))
    before = None if d is None else d.present
    if d is None:
        d = InsuranceClaimDocument(claim_id=claim_id, kind=kind, present=present, note=note or "")
        s.add(d)
    else:
        d.present = present
        if note is not None:
            d.note = note
    audit(s, "insurance_claim", c.id, f"document:{kind}", before, present, note or "")


# --------------------------------------------------------------------------- reads

@dataclass(frozen=True, slots=True)
class ClaimInvoiceRow:
    invoice_id: int
    number: str
    issue_date: date
    due_date: date
    amount_minor: int
    outstanding_minor: int      # stored at filing; a draft: open on the as-of day


@dataclass(frozen=True, slots=True)
class DocumentRow:
    kind: str
    present: bool
    note: str


@dataclass(frozen=True, slots=True)
class RecoveryRow:
    id: int
    date: date
    amount_minor: int
    note: str


@dataclass(frozen=True, slots=True)
class ClaimInfo:
    id: int
    reference: str
    status: str
    policy_id: int
    policy_number: str
    insurer: str
    customer_id: int
    code: str
    name: str
    currency: str
    opened_on: date
    filed_on: date | None
    decided_on: date | None
    insurer_reference: str
    figures: Claimable          # stored at filing; a draft: as if filed on the as-of day
    paid_minor: int | None
    reject_reason: str
    note: str
    invoices: tuple[ClaimInvoiceRow, ...]
    documents: tuple[DocumentRow, ...]
    recoveries: tuple[RecoveryRow, ...]

    @property
    def recovered_minor(self) -> int:
        return sum(r.amount_minor for r in self.recoveries)


def claim_info(conn: Connection, claim_id: int, as_of: date) -> ClaimInfo:
    r = conn.execute(text(
        "SELECT c.id, c.reference, c.status, c.policy_id, p.number, p.insurer, c.customer_id, cu.code, "
        "cu.name, c.currency, c.opened_on, c.filed_on, c.decided_on, c.insurer_reference, "
        "c.outstanding_minor, c.insured_limit_minor, c.deductible_minor, c.first_loss_minor, "
        "c.indemnity_bp, c.claimable_minor, c.paid_minor, c.reject_reason, c.note "
        "FROM insurance_claim c JOIN insurance_policy p ON p.id = c.policy_id "
        "JOIN customer cu ON cu.id = c.customer_id WHERE c.id = :id"), {"id": claim_id}).first()
    if r is None:
        raise ValidationError(T("Claim {id} does not exist."), field="claim", id=claim_id)
    draft = r[2] == "draft"
    if draft:
        fig, per = claim_figures(conn, claim_id, as_of)
    else:
        o, lim, ded, fl, bp = (int(x or 0) for x in r[14:19])
        base = min(o, lim)
        fig = Claimable(o, lim, base, ded, fl, max(base - ded - fl, 0), bp, int(r[19] or 0))
        per = {}
    invoices = tuple(
        ClaimInvoiceRow(iid, num, _d(issue), _d(due), amt, per.get(iid, 0) if draft else int(out or 0))
        for iid, num, issue, due, amt, out in conn.execute(text(
            "SELECT i.id, i.number, i.issue_date, i.due_date, i.amount_minor, ci.outstanding_minor "
            "FROM insurance_claim_invoice ci JOIN invoice i ON i.id = ci.invoice_id "
            "WHERE ci.claim_id = :id ORDER BY i.due_date, i.number"), {"id": claim_id}))
    order = {k: n for n, k in enumerate(DOC_KINDS)}
    docs = sorted((DocumentRow(k, bool(p), n or "") for k, p, n in conn.execute(text(
        "SELECT kind, present, note FROM insurance_claim_document WHERE claim_id = :id"), {"id": claim_id})),
        key=lambda d: order.get(d.kind, 99))
    recs = tuple(RecoveryRow(i, _d(d), a, n or "") for i, d, a, n in conn.execute(text(
        "SELECT id, date, amount_minor, note FROM insurance_recovery WHERE claim_id = :id "
        "ORDER BY date, id"), {"id": claim_id}))
    return ClaimInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], _d(r[10]),
                     _d(r[11]) if r[11] else None, _d(r[12]) if r[12] else None, r[13] or "", fig,
                     r[20], r[21] or "", r[22] or "", invoices, tuple(docs), recs)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: int
    reference: str
    status: str
    policy_number: str
    code: str
    name: str
    currency: str
    opened_on: date
    filed_on: date | None
    decided_on: date | None
    invoices: int
    claimable_minor: int | None
    paid_minor: int | None
    recovered_minor: int


def list_claims(conn: Connection, *, customer_id: int | None = None,
                status: str | None = None) -> list[ClaimRow]:
    """Claims, newest first."""
    sql = ("SELECT c.id, c.reference, c.status, p.number, cu.code, cu.name, c.currency, c.opened_on, "
           "c.filed_on, c.decided_on, "
           "(SELECT COUNT(*) FROM insurance_claim_invoice ci WHERE ci.claim_id = c.id), "
           "c.claimable_minor, c.paid_minor, "
           "(SELECT COALESCE(SUM(amount_minor), 0) FROM insurance_recovery r WHERE r.claim_id = c.id) "
           "FROM insurance_claim c JOIN insurance_policy p ON p.id = c.policy_id "
           "JOIN customer cu ON cu.id = c.customer_id WHERE (:cid IS NULL OR c.customer_id = :cid) "
           "AND (:st IS NULL OR c.status = :st) ORDER BY c.opened_on DESC, c.id DESC")
    return [ClaimRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _d(r[7]), _d(r[8]) if r[8] else None,
                     _d(r[9]) if r[9] else None, r[10], r[11], r[12], int(r[13]))
            for r in conn.execute(text(sql), {"cid": customer_id, "st": status})]


def claim_id_for(source: Session | Connection, ref: str) -> int:
    """A claim's id from its reference (CL-2026-0001) or its id."""
    conn = source.connection() if isinstance(source, Session) else source
    cid = conn.execute(text("SELECT id FROM insurance_claim WHERE reference = :r"), {"r": ref}).scalar()
    if cid is None and ref.isdigit():
        cid = conn.execute(text("SELECT id FROM insurance_claim WHERE id = :r"), {"r": int(ref)}).scalar()
    if cid is None:
        raise ValidationError(T("Unknown claim {reference}."), field="claim", reference=ref)
    return int(cid)


def _d(v: object) -> date:
    return v if isinstance(v, date) else date.fromisoformat(str(v))
