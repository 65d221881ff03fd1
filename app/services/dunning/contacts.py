"""Holds (Mahnstopp), disputes, per-customer grace days, and the contact log (calls, e-mails,
visits, notes, written acknowledgements): the everyday writes of the Collections tab.

``log_call`` records a call in one go: outcome 'promise' also records the promise (and a
follow-up on the promised date), 'dispute' flags the invoices as disputed with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import (CALL_OUTCOMES, CONTACT_KINDS, ContactLog, Customer, CustomerDunning,
                       DunningHold, Invoice)
from ...storage.lock import current_user
from ..audit import audit
from ..ledger import set_dispute
from .promises import add_promise, open_invoices_of


def _customer(s: Session, customer_id: int) -> Customer:
    c = s.get(Customer, customer_id)
    if c is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=customer_id)
    return c


# --------------------------------------------------------------------------- holds

@dataclass(frozen=True, slots=True)
class HoldInfo:
    id: int
    customer_id: int | None
    invoice_id: int | None
    reason: str
    starts_on: date
    until: date | None
    lifted_on: date | None

    def active_on(self, d: date) -> bool:
        return (self.starts_on <= d and (self.until is None or d <= self.until)
                and (self.lifted_on is None or d < self.lifted_on))


def set_hold(s: Session, *, reason: str, starts_on: date, until: date | None = None,
             customer_id: int | None = None, invoice_id: int | None = None) -> int:
    """Stop dunning one invoice or a whole customer from ``starts_on`` to ``until``
    (inclusive; None: until lifted). Dunning resumes by itself after ``until``."""
    if (customer_id is None) == (invoice_id is None):
        raise ValidationError(T("Put a hold on one invoice or on one customer."), field="hold")
    if not reason.strip():
        raise ValidationError(T("Give a reason for the hold."), field="reason")
    if until is not None and until < starts_on:
        raise ValidationError(T("The hold ends on {until}, before it starts ({start})."),
                              field="until", until=until.isoformat(), start=starts_on.isoformat())
    if customer_id is not None:
        _customer(s, customer_id)
    elif s.get(Invoice, invoice_id) is None:
        raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=invoice_id)
    h = DunningHold(customer_id=customer_id, invoice_id=invoice_id, reason=reason.strip(),
                    starts_on=starts_on, until=until, user=current_user())
    s.add(h)
    s.flush()
    audit(s, "dunning_hold", h.id, "created", None,
          f"{'customer' if customer_id else 'invoice'} {customer_id or invoice_id} "
          f"{starts_on.isoformat()}–{until.isoformat() if until else ''}", reason.strip())
    return h.id


def lift_hold(s: Session, hold_id: int, on: date, reason: str = "") -> None:
    h = s.get(DunningHold, hold_id)
    if h is None:
        raise ValidationError(T("Hold {id} does not exist."), field="hold", id=hold_id)
    if h.lifted_on is not None:
        raise ValidationError(T("This hold was already lifted."), field="hold")
    h.lifted_on, h.lift_reason = on, reason.strip()
    audit(s, "dunning_hold", h.id, "lifted_on", None, on, reason.strip())


def load_holds(conn: Connection, customer_id: int | None = None) -> list[HoldInfo]:
    sql = ("SELECT h.id, h.customer_id, h.invoice_id, h.reason, h.starts_on, h.until, h.lifted_on "
           "FROM dunning_hold h LEFT JOIN invoice i ON i.id = h.invoice_id")
    p: dict = {}
    if customer_id is not None:
        sql += " WHERE h.customer_id = :c OR i.customer_id = :c"
        p["c"] = customer_id
    d = lambda v: None if v is None else date.fromisoformat(str(v))  # noqa: E731
    return [HoldInfo(r[0], r[1], r[2], r[3], d(r[4]), d(r[5]), d(r[6]))
            for r in conn.execute(text(sql + " ORDER BY h.id"), p)]


# --------------------------------------------------------------------------- disputes, grace

def dispute(s: Session, invoice_ids: Sequence[int], reason: str) -> None:
    """Flag invoices as disputed (they leave the ladder until resolved)."""
    if not reason.strip():
        raise ValidationError(T("Give a reason for the dispute."), field="reason")
    for iid in invoice_ids:
        set_dispute(s, iid, True, reason)


def resolve_dispute(s: Session, invoice_ids: Sequence[int], reason: str = "") -> None:
    for iid in invoice_ids:
        set_dispute(s, iid, False, reason)


def set_grace_days(s: Session, customer_id: int, days: int, approved_by: str, on: date,
                   note: str = "") -> None:
    """Extra days before a customer's overdue stages (and interest) start; approved, audited."""
    _customer(s, customer_id)
    if not 0 <= days <= 90:
        raise ValidationError(T("Grace days must be 0–90."), field="grace_days")
    if days and not approved_by.strip():
        raise ValidationError(T("Say who approved the grace days."), field="approved_by")
    row = s.get(CustomerDunning, customer_id)
    before = row.grace_days if row else 0
    if row is None:
        row = CustomerDunning(customer_id=customer_id)
        s.add(row)
    row.grace_days, row.approved_by, row.approved_on, row.note = (
        days, approved_by.strip(), on, note.strip())
    audit(s, "customer", customer_id, "dunning_grace_days", before, days,
          f"{approved_by.strip()}: {note.strip()}".strip(": "))


def grace_days_of(conn: Connection) -> dict[int, int]:
    return {cid: g for cid, g in conn.execute(text(
        "SELECT customer_id, grace_days FROM customer_dunning WHERE grace_days > 0"))}


# --------------------------------------------------------------------------- contact log

def log_contact(s: Session, customer_id: int, on: date, kind: str, note: str = "", *,
                invoice_id: int | None = None, outcome: str | None = None,
                follow_up: date | None = None, promise_id: int | None = None) -> int:
    _customer(s, customer_id)
    if kind not in CONTACT_KINDS:
        raise ValidationError(T("Unknown kind of contact {kind}."), field="kind", kind=kind)
    if outcome is not None and outcome not in CALL_OUTCOMES:
        raise ValidationError(T("Unknown call outcome {outcome}."), field="outcome", outcome=outcome)
    if follow_up is not None and follow_up < on:
        raise ValidationError(T("The follow-up date is before the contact."), field="follow_up")
    row = ContactLog(customer_id=customer_id, invoice_id=invoice_id, date=on, kind=kind,
                     outcome=outcome, note=note.strip(), follow_up=follow_up,
                     promise_id=promise_id, user=current_user())
    s.add(row)
    s.flush()
    return row.id


def log_call(s: Session, customer_id: int, on: date, outcome: str, note: str = "", *,
             invoice_ids: Sequence[int] = (), follow_up: date | None = None,
             promise_date: date | None = None, promise_amount_minor: int | None = None,
             dispute_reason: str = "") -> int:
    """Log a call. outcome: reached · no_answer · promise (needs ``promise_date``; the promise
    covers ``invoice_ids``, or all the customer's open invoices; a follow-up on the promised
    date) · dispute (needs ``invoice_ids`` and ``dispute_reason``) · other. Returns the log id."""
    if outcome not in CALL_OUTCOMES:
        raise ValidationError(T("Unknown call outcome {outcome}."), field="outcome", outcome=outcome)
    promise_id = None
    if outcome == "promise":
        if promise_date is None:
            raise ValidationError(T("A promise to pay needs the promised date."), field="date")
        ids = list(invoice_ids) or _open_invoice_ids(s, customer_id, on)
        if not ids:
            raise ValidationError(T("Nothing is open for this customer."), field="invoice")
        promise_id = add_promise(s, ids, promise_date, on, amount_minor=promise_amount_minor,
                                 note=note)
        follow_up = follow_up or promise_date
    elif outcome == "dispute":
        if not invoice_ids:
            raise ValidationError(T("Choose the disputed invoices."), field="invoice")
        for iid in invoice_ids:
            inv = s.get(Invoice, iid)
            if inv is None or inv.customer_id != customer_id:
                raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=iid)
        dispute(s, invoice_ids, dispute_reason or note)
    return log_contact(s, customer_id, on, "call", note,
                       invoice_id=invoice_ids[0] if len(invoice_ids) == 1 else None,
                       outcome=outcome, follow_up=follow_up, promise_id=promise_id)


def record_acknowledgement(s: Session, customer_id: int, on: date, note: str = "", *,
                           invoice_id: int | None = None) -> int:
    """A written acknowledgement of the debt (书面确认): restarts the limitation period of the
    invoice (or of all the customer's invoices open on that day)."""
    if invoice_id is not None:
        open_invoices_of(s, [invoice_id], on)
    return log_contact(s, customer_id, on, "acknowledgement", note, invoice_id=invoice_id)


def _open_invoice_ids(s: Session, customer_id: int, on: date) -> list[int]:
    from ..asof import open_as_of_sql
    rows = s.connection().execute(text(open_as_of_sql("i.customer_id = :cid AND i.kind = 'invoice'")),
                                  {"as_of": on.isoformat(), "cid": customer_id}).all()
    cur = None
    out = []
    for r in sorted(rows, key=lambda r: (r[5], r[0])):
        cur = cur or r[3]
        if r[3] == cur:
            out.append(r[0])
    return out


def follow_ups_due(conn: Connection, as_of: date) -> list[tuple[int, int, date, str]]:
    """(log id, customer id, follow-up date, note) of follow-ups due on or before ``as_of``
    that no later contact with the customer has answered."""
    rows = conn.execute(text(
        "SELECT l.id, l.customer_id, l.follow_up, l.note FROM contact_log l "
        "WHERE l.follow_up IS NOT NULL AND l.follow_up <= :d AND NOT EXISTS ("
        " SELECT 1 FROM contact_log m WHERE m.customer_id = l.customer_id AND m.id > l.id"
        " AND m.date >= l.follow_up) ORDER BY l.follow_up"), {"d": as_of.isoformat()}).all()
    return [(r[0], r[1], date.fromisoformat(str(r[2])), r[3]) for r in rows]
