"""Issuing reviewed proposals: one immutable action per customer and day, with its letter PDF,
how it was sent and its delivery proof; each invoice's new stage recorded with it.

Issuing again for the same day creates nothing new (the existing action is returned). Only the
delivery facts may be added later (a tracking number arrives after posting); cancelling keeps the
row and its PDF, cancels the stage events (the invoices fall back to their previous stage) and is
audited.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Callable, Mapping, Sequence

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ...errors import UserError, ValidationError
from ...i18n import T
from ...models import SENT_VIA, DunningAction, DunningStageEvent, utcnow
from ...money import format_minor
from ...storage.lock import current_user
from ..audit import audit
from ..letters.model import LetterData
from .engine import Proposal
from .promises import refresh_plans, refresh_promises
from .settings import load_settings

Renderer = Callable[[LetterData], bytes]


class LetterWriterMissing(UserError):
    pass


def default_renderer() -> Renderer:
    """``app.services.letters.pdf.render_letter`` (imported when first needed)."""
    try:
        from ..letters.pdf import render_letter
    except ImportError:
        raise LetterWriterMissing(T("The letter writer (PDF) is not available in this version; "
                                    "letters cannot be issued.")) from None
    return render_letter


@dataclass(frozen=True, slots=True)
class Issued:
    action_id: int
    customer_id: int
    reference: str
    created: bool          # False: this day's action already existed (nothing new)


def letter_file_names(letters: Sequence[tuple[str, int, date, str]]) -> list[str]:
    """File names of letters ((customer code, stage, date, currency)), one each:
    ``<customer_code>-<stage>-<date>.pdf``, with ``-<currency>`` added only when the customer
    gets two letters that day (one per currency), so no file overwrites another."""
    seen: dict[tuple[str, int, date], int] = {}
    for code, stage, on, _cur in letters:
        seen[(code, stage, on)] = seen.get((code, stage, on), 0) + 1
    return [f"{code}-{stage}-{on.isoformat()}" + (f"-{cur}" if seen[(code, stage, on)] > 1 and cur else "")
            + ".pdf" for code, stage, on, cur in letters]


def next_reference(s: Session, prefix: str, year: int) -> str:
    stem = f"{prefix}-{year:04d}-"
    refs = s.scalars(select(DunningAction.reference).where(
        DunningAction.reference.like(stem + "%"))).all()
    n = max((int(r[len(stem):]) for r in refs if r[len(stem):].isdigit()), default=0)
    return f"{stem}{n + 1:06d}"


def _check_sent_via(sent_via: str) -> None:
    if sent_via not in SENT_VIA:
        raise ValidationError(T("Unknown way of sending {value}."), field="sent_via",
                              value=sent_via)


def refresh(s: Session, as_of: date) -> None:
    """Mark promises kept/broken and instalment plans completed/broken as of ``as_of``."""
    refresh_promises(s, as_of)
    refresh_plans(s, as_of)


def issue(s: Session, proposals: Sequence[Proposal], as_of: date, *, sent_via: str = "post",
          proof: str | Mapping[int, str] = "", render: Renderer | None = None) -> list[Issued]:
    """Issue the reviewed ``proposals`` of the run for ``as_of`` (idempotent per customer,
    currency and action date). ``proof`` per customer id, or one text for all."""
    _check_sent_via(sent_via)
    refresh(s, as_of)
    st = load_settings(s)
    out: list[Issued] = []
    needs_pdf = any(p.letter is not None for p in proposals)
    writer = (render or default_renderer()) if needs_pdf else None
    for p in proposals:
        existing = s.scalar(select(DunningAction).where(
            DunningAction.customer_id == p.customer_id, DunningAction.currency == p.currency,
            DunningAction.date == p.action_date, DunningAction.cancelled_at.is_(None)))
        if existing is not None:
            out.append(Issued(existing.id, p.customer_id, existing.reference, False))
            continue
        ref = next_reference(s, st.reference_prefix, p.action_date.year)
        pdf = None
        if p.letter is not None:
            assert writer is not None
            pdf = writer(replace(p.letter, reference=ref))
        why = proof.get(p.customer_id, "") if isinstance(proof, Mapping) else proof
        a = DunningAction(customer_id=p.customer_id, date=p.action_date, stage=p.stage,
                          stage_name=p.stage_name, action=p.action, template=p.template,
                          language=p.language, reference=ref, currency=p.currency,
                          total_minor=p.open_minor, fee_minor=p.fee_minor,
                          interest_minor=p.interest_minor, pdf=pdf,
                          sent_via=sent_via if p.letter is not None else "none",
                          proof=why.strip(), user=current_user())
        s.add(a)
        s.flush()
        for inv in p.invoices:
            s.add(DunningStageEvent(invoice_id=inv.invoice_id, action_id=a.id, stage=inv.stage,
                                    date=p.action_date, open_minor=inv.open_minor))
        audit(s, "dunning_action", a.id, "issued", None,
              f"{ref} stage {p.stage} {p.action} {format_minor(p.total_due_minor, p.currency, grouping=False)}"
              f" {p.currency}")
        out.append(Issued(a.id, p.customer_id, ref, True))
    s.flush()
    return out


def _action(s: Session, action_id: int) -> DunningAction:
    a = s.get(DunningAction, action_id)
    if a is None:
        raise ValidationError(T("Dunning action {id} does not exist."), field="action",
                              id=action_id)
    return a


def cancel_action(s: Session, action_id: int, reason: str) -> None:
    """Cancel an issued action (kept, with its PDF); its invoices fall back a stage. Audited."""
    a = _action(s, action_id)
    if not reason.strip():
        raise ValidationError(T("Give a reason for the cancellation."), field="reason")
    if a.cancelled_at is not None:
        raise ValidationError(T("{reference} is already cancelled."), field="action",
                              reference=a.reference)
    now = utcnow()
    a.cancelled_at, a.cancel_reason = now, reason.strip()
    for e in s.scalars(select(DunningStageEvent).where(DunningStageEvent.action_id == a.id)):
        e.cancelled_at = now
    audit(s, "dunning_action", a.id, "cancelled", a.reference, None, reason.strip())


def record_delivery(s: Session, action_id: int, *, proof: str | None = None,
                    delivered_on: date | None = None, sent_via: str | None = None,
                    returned_on: date | None = None, reason: str = "") -> None:
    """Add how a letter was sent, its proof (tracking number …) and when it was delivered —
    or, with ``returned_on``, that it came back (post returned, e-mail bounced): it then did
    not reach the customer and restarts nothing. The letter itself stays as issued; each fact
    is audited."""
    a = _action(s, action_id)
    if returned_on is not None and delivered_on is not None:
        raise ValidationError(T("A letter is either delivered or returned, not both."),
                              field="returned_on")
    if a.cancelled_at is not None:
        raise ValidationError(T("{reference} is cancelled."), field="action", reference=a.reference)
    if sent_via is not None:
        _check_sent_via(sent_via)
        audit(s, "dunning_action", a.id, "sent_via", a.sent_via, sent_via)
        a.sent_via = sent_via
    if proof is not None and proof.strip() != a.proof:
        audit(s, "dunning_action", a.id, "proof", a.proof or None, proof.strip())
        a.proof = proof.strip()
    if delivered_on is not None:
        if delivered_on < a.date:
            raise ValidationError(T("Delivered on {date}, before the letter was issued."),
                                  field="delivered_on", date=delivered_on.isoformat())
        audit(s, "dunning_action", a.id, "delivered_on", a.delivered_on, delivered_on)
        if a.returned_on is not None:
            audit(s, "dunning_action", a.id, "returned_on", a.returned_on, None, reason.strip())
        a.delivered, a.delivered_on, a.returned_on = True, delivered_on, None
    if returned_on is not None:
        if returned_on < a.date:
            raise ValidationError(T("Returned on {date}, before the letter was issued."),
                                  field="returned_on", date=returned_on.isoformat())
        audit(s, "dunning_action", a.id, "returned_on", a.returned_on, returned_on, reason.strip())
        a.delivered, a.delivered_on, a.returned_on = False, None, returned_on


@dataclass(frozen=True, slots=True)
class ActionInfo:
    id: int
    customer_id: int
    date: date
    stage: int
    stage_name: str
    action: str
    template: str
    language: str
    reference: str
    currency: str
    total_minor: int
    fee_minor: int
    interest_minor: int
    has_pdf: bool
    sent_via: str
    proof: str
    delivered_on: date | None
    cancelled: bool
    invoice_numbers: tuple[str, ...]
    returned_on: date | None = None


def list_actions(conn: Connection, customer_id: int | None = None,
                 on: date | None = None) -> list[ActionInfo]:
    """Issued actions, newest first (optionally one customer's, or one day's)."""
    sql = ("SELECT a.id, a.customer_id, a.date, a.stage, a.stage_name, a.action, a.template, "
           "a.language, a.reference, a.currency, a.total_minor, a.fee_minor, a.interest_minor, "
           "a.pdf IS NOT NULL, a.sent_via, a.proof, a.delivered_on, a.cancelled_at IS NOT NULL, "
           "(SELECT group_concat(i.number, char(31)) FROM dunning_stage_event e "
           " JOIN invoice i ON i.id = e.invoice_id WHERE e.action_id = a.id), a.returned_on "
           "FROM dunning_action a WHERE 1=1")
    p: dict = {}
    if customer_id is not None:
        sql += " AND a.customer_id = :c"
        p["c"] = customer_id
    if on is not None:
        sql += " AND a.date = :d"
        p["d"] = on.isoformat()
    d = lambda v: None if v is None else date.fromisoformat(str(v))  # noqa: E731
    return [ActionInfo(r[0], r[1], d(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                       r[11], r[12], bool(r[13]), r[14], r[15], d(r[16]), bool(r[17]),
                       tuple(sorted(str(r[18]).split(chr(31)))) if r[18] else (), d(r[19]))
            for r in conn.execute(text(sql + " ORDER BY a.date DESC, a.id DESC"), p)]


def action_pdf(conn: Connection, action_id: int) -> bytes | None:
    return conn.execute(text("SELECT pdf FROM dunning_action WHERE id = :i"),
                        {"i": action_id}).scalar()
