"""Oldest-first allocation of a customer's unallocated money to its open invoices (核销).

    plan = plan_oldest_first(s, customer_id, as_of=today)          # reads only; show plan.steps
    ids = apply_allocation_plan(s, plan)                           # ledger.allocate_* per step

Credits are the customer's payments with an unallocated part and its open credit notes (not
cancelled), dated on or before ``as_of``; oldest first (date, then credit notes before payments
of the same day, then id). Invoices are its invoices with something open, issued on or before
``as_of``, not cancelled or written off, oldest due date first (then issue date, then id).
Disputed invoices are left alone unless ``include_disputed`` (the customer is not expected to
pay them). Only amounts of the same currency meet. A credit note that corrects an open invoice
goes to that invoice first.

Dates: with ``dated="payment"`` (the default) each allocation is dated when the money could
first have paid the invoice: the later of the payment's date (the credit note's issue date) and
the invoice's issue date. As-of reports then show the invoice paid from the day the money was
there, and "days to pay" measure the customer, not the bookkeeper. With ``dated="as_of"`` every
allocation is dated ``as_of`` (the day the allocation is made), for money whose purpose was
only learned later.

Applying goes through ``ledger.allocate_payment`` / ``ledger.allocate_credit_note``, which
check every step again (amount left, still open, not written off), so a plan that went stale
fails instead of over-allocating; the caller's session then rolls back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Union

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import T
from . import ledger

DATED = ("payment", "as_of")


@dataclass(frozen=True)
class Credit:
    kind: str                  # payment | credit_note
    id: int
    label: str                 # credit note number, or the payment's reference / date
    date: date
    currency: str
    open_minor: int
    corrects_invoice_id: int | None = None


@dataclass(frozen=True)
class OpenInvoice:
    id: int
    number: str
    issue_date: date
    due_date: date
    currency: str
    open_minor: int


@dataclass(frozen=True)
class AllocationStep:
    source_kind: str           # payment | credit_note
    source_id: int
    source_label: str
    invoice_id: int
    invoice_number: str
    due_date: date
    currency: str
    amount_minor: int
    date: date


@dataclass(frozen=True)
class AllocationPlan:
    customer_id: int
    as_of: date
    dated: str
    steps: tuple[AllocationStep, ...]
    credit_left: tuple[tuple[str, int], ...]      # (currency, unallocated after the plan)
    open_left: tuple[tuple[str, int], ...]        # (currency, open on the invoices considered after it)
    disputed_skipped: int

    @property
    def empty(self) -> bool:
        return not self.steps

    def total(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for st in self.steps:
            out[st.currency] = out.get(st.currency, 0) + st.amount_minor
        return out


def _conn(source: Union[Session, Connection]) -> Connection:
    return source.connection() if isinstance(source, Session) else source


def unallocated_credits(source: Union[Session, Connection], customer_id: int, as_of: date) -> list[Credit]:
    """The customer's payments and credit notes with something left to allocate, oldest first."""
    conn = _conn(source)
    out: list[Credit] = []
    d = as_of.isoformat()
    for pid, day, cur, left, ref in conn.exec_driver_sql(
            "SELECT id, date, currency, unallocated_minor, reference FROM payment "
            "WHERE customer_id = ? AND unallocated_minor > 0 AND date <= ?", (customer_id, d)):
        out.append(Credit("payment", pid, ref or day, date.fromisoformat(day), cur, left))
    for iid, number, day, cur, left, target in conn.exec_driver_sql(
            "SELECT id, number, issue_date, currency, open_minor, corrects_invoice_id FROM invoice "
            "WHERE customer_id = ? AND kind = 'credit_note' AND status != 'cancelled' AND open_minor > 0 "
            "AND issue_date <= ?", (customer_id, d)):
        out.append(Credit("credit_note", iid, number, date.fromisoformat(day), cur, left, target))
    out.sort(key=lambda c: (c.date, c.kind != "credit_note", c.id))
    return out


def open_invoices(source: Union[Session, Connection], customer_id: int, as_of: date, *,
                  include_disputed: bool = False) -> tuple[list[OpenInvoice], int]:
    """Invoices money can go to, oldest due date first; and how many disputed ones were left out."""
    conn = _conn(source)
    out: list[OpenInvoice] = []
    disputed = 0
    for iid, number, issue, due, cur, open_, status in conn.exec_driver_sql(
            "SELECT id, number, issue_date, due_date, currency, open_minor, status FROM invoice "
            "WHERE customer_id = ? AND kind = 'invoice' AND open_minor > 0 "
            "AND status IN ('open', 'partly_paid', 'disputed') AND issue_date <= ? "
            "ORDER BY due_date, issue_date, id", (customer_id, as_of.isoformat())):
        if status == "disputed" and not include_disputed:
            disputed += 1
            continue
        out.append(OpenInvoice(iid, number, date.fromisoformat(issue), date.fromisoformat(due), cur, open_))
    return out, disputed


def plan_oldest_first(source: Union[Session, Connection], customer_id: int, *, as_of: date,
                      dated: str = "payment", include_disputed: bool = False,
                      currency: str | None = None) -> AllocationPlan:
    """What oldest-first allocation would do for the customer; writes nothing."""
    if dated not in DATED:
        raise ValueError(f"dated must be one of {DATED}")
    credits = [c for c in unallocated_credits(source, customer_id, as_of)
               if currency is None or c.currency == currency]
    invoices, disputed = open_invoices(source, customer_id, as_of, include_disputed=include_disputed)
    if currency is not None:
        invoices = [i for i in invoices if i.currency == currency]
    left = {i.id: i.open_minor for i in invoices}
    by_id = {i.id: i for i in invoices}
    steps: list[AllocationStep] = []

    def give(c: Credit, have: int, inv: OpenInvoice) -> int:
        amount = min(have, left[inv.id])
        if amount <= 0:
            return have
        on = as_of if dated == "as_of" else max(c.date, inv.issue_date)
        steps.append(AllocationStep(c.kind, c.id, c.label, inv.id, inv.number, inv.due_date, c.currency,
                                    amount, on))
        left[inv.id] -= amount
        return have - amount

    credit_left: dict[str, int] = {}
    for c in credits:
        have = c.open_minor
        target = by_id.get(c.corrects_invoice_id) if c.corrects_invoice_id is not None else None
        if target is not None and target.currency == c.currency:
            have = give(c, have, target)
        for inv in invoices:
            if have == 0:
                break
            if inv.currency == c.currency and left[inv.id] > 0:
                have = give(c, have, inv)
        if have:
            credit_left[c.currency] = credit_left.get(c.currency, 0) + have
    open_left: dict[str, int] = {}
    for inv in invoices:
        if left[inv.id]:
            open_left[inv.currency] = open_left.get(inv.currency, 0) + left[inv.id]
    return AllocationPlan(customer_id, as_of, dated, tuple(steps), tuple(sorted(credit_left.items())),
                          tuple(sorted(open_left.items())), disputed)


def apply_allocation_plan(s: Session, plan: AllocationPlan) -> list[int]:
    """Write every step through the ledger (which checks each again); returns the allocation ids."""
    if plan.empty:
        raise ValidationError(T("There is nothing to allocate."), field="allocation")
    ids: list[int] = []
    for st in plan.steps:
        if st.source_kind == "payment":
            ids.append(ledger.allocate_payment(s, st.source_id, st.invoice_id, st.amount_minor, st.date))
        else:
            ids.append(ledger.allocate_credit_note(s, st.source_id, st.invoice_id, st.amount_minor, st.date))
    return ids
