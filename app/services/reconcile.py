"""Reconciling statement lines: apply a proposal, ignore a line, undo; the automatic run; export.

Applying a proposal to a line creates, in the caller's transaction: a payment of the line's
amount (source ``bank_line``, dated the booking date, reference = the bank's line reference), its
allocations, the differences booked as write-offs of kind ``bank_charges`` / ``discount`` /
``difference`` (which close the invoice as paid), and a `Reconciliation` row that records all of
it. Confirming by hand also teaches the payer's unknown account and name as aliases of the
customer (``learned_from_line_id``).

Undoing removes exactly what the reconciliation created — allocations, payment, differences and
the aliases it taught — restores every invoice's open amount and status, sets the line back to
unmatched and keeps the reconciliation row (``undone_at``) and the audit trail. It is refused,
naming what to undo first, when later work depends on it (the payment's credit was applied by
hand since, or an invoice it paid was written off since).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.orm import Session

from ..errors import UserError, ValidationError
from ..i18n import T
from ..models import (Allocation, BankLine, Customer, CustomerAlias, Invoice,
                      InvoiceStatus, Payment, Reconciliation, WriteOff, derive_status, utcnow)
from ..money import format_minor, from_minor
from ..storage.lock import current_user
from .audit import audit
from .stored_settings import read_setting, write_setting
from .exports import write_atomically
from .importers.writing import safe_cell
from .ledger import allocate_payment, record_payment
from .matching.engine import (LineResult, LineView, MatchContext, MatchSettings, Proposal,
                              proposals_from_json, proposals_to_json)
from .matching.parties import account_key, fold, platform_of
from .progress import Progress

SETTINGS_KEY = "matching"
DIFFERENCE_KINDS = ("bank_charges", "discount", "difference")
OPEN_LINE_STATUSES = ("unmatched", "suggested")


# --------------------------------------------------------------------------------- settings

def load_settings(source: Session | Connection) -> MatchSettings:
    return MatchSettings.from_json(read_setting(source, SETTINGS_KEY))


def save_settings(s: Session, settings: MatchSettings) -> None:
    if not 1 <= settings.auto_threshold <= 100 or not 0 <= settings.auto_margin <= 100:
        raise ValidationError(T("The automatic threshold must be 1–100 and the margin 0–100."),
                              field="auto_threshold")
    if not 0 <= settings.suggest_min <= settings.auto_threshold:
        raise ValidationError(T("The suggestion minimum must be between 0 and the automatic threshold."),
                              field="suggest_min")
    if not 0 <= settings.charges_bp <= 1000 or settings.charges_fixed_minor < 0:
        raise ValidationError(T("The bank-charges tolerance must be 0–10 % and a fixed amount of 0 or more."),
                              field="charges")
    write_setting(s, SETTINGS_KEY, settings.to_json())


# --------------------------------------------------------------------------------- lines

_LINE_SQL = ("SELECT id, booking_date, amount_minor, currency, counterparty_name, counterparty_account, "
             "remittance, reversal, extra FROM bank_line")


def _view(row) -> LineView:
    from datetime import date
    extra = tuple(json.loads(row[8]).items()) if row[8] else ()
    return LineView(row[0], date.fromisoformat(row[1]) if isinstance(row[1], str) else row[1], row[2], row[3],
                    row[4] or "", row[5] or "", row[6] or "", bool(row[7]), extra)


def line_views(conn: Connection, statuses: Iterable[str] = OPEN_LINE_STATUSES) -> list[LineView]:
    """Lines in ``statuses`` as the engine reads them, by booking date then import order."""
    st = tuple(statuses)
    marks = ", ".join(f":s{i}" for i in range(len(st)))
    rows = conn.execute(text(f"{_LINE_SQL} WHERE status IN ({marks}) ORDER BY booking_date, id"),
                        {f"s{i}": v for i, v in enumerate(st)})
    return [_view(r) for r in rows]


def line_view(conn: Connection, line_id: int) -> LineView:
    row = conn.execute(text(f"{_LINE_SQL} WHERE id = :id"), {"id": line_id}).first()
    if row is None:
        raise ValidationError(T("Statement line {id} does not exist."), field="line", id=line_id)
    return _view(row)


def find_line(conn: Connection, ref: str) -> int:
    """The database id of the line the user named: the bank's line reference (the line_id of
    `statement lines --json`), or ``#<id>`` / a database id when no reference matches."""
    ref = ref.strip()
    ids = [r[0] for r in conn.execute(text("SELECT id FROM bank_line WHERE bank_ref = :r"), {"r": ref})]
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise ValidationError(T("{ref} is the reference of {count} lines; name one by its id: {ids}."),
                              field="line", ref=ref, count=len(ids), ids=", ".join(f"#{i}" for i in ids))
    plain = ref.lstrip("#")
    if plain.isdigit():
        if conn.execute(text("SELECT 1 FROM bank_line WHERE id = :i"), {"i": int(plain)}).first():
            return int(plain)
    raise ValidationError(T("There is no statement line {ref}."), field="line", ref=ref)


def _line(s: Session, line_id: int) -> BankLine:
    ln = s.get(BankLine, line_id)
    if ln is None:
        raise ValidationError(T("Statement line {id} does not exist."), field="line", id=line_id)
    return ln


def live_reconciliation(s: Session, line_id: int) -> Reconciliation | None:
    return s.scalar(select(Reconciliation).where(Reconciliation.bank_line_id == line_id,
                                                 Reconciliation.undone_at.is_(None)))


def _m(minor: int, currency: str) -> str:
    return f"{format_minor(minor, currency)} {currency}"


# --------------------------------------------------------------------------------- apply

def apply_proposal(s: Session, line_id: int, proposal: Proposal, *, kind: str = "manual",
                   note: str = "", learn: bool | None = None) -> int:
    """Book ``proposal`` for the line; returns the reconciliation id. ``learn`` (default: when
    confirmed by hand) teaches the payer's unknown account and name as aliases."""
    if kind not in ("auto", "manual"):
        raise ValueError(kind)
    ln = _line(s, line_id)
    if ln.status in ("auto", "matched", "ignored") or live_reconciliation(s, line_id) is not None:
        raise ValidationError(T("Line {ref} is already reconciled; undo it first."), field="line", ref=ln.bank_ref)
    if ln.amount_minor <= 0:
        raise ValidationError(T("Line {ref} is a debit; only incoming payments are applied to invoices."),
                              field="line", ref=ln.bank_ref)
    customer = s.get(Customer, proposal.customer_id)
    if customer is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=proposal.customer_id)
    applied = proposal.applied_minor
    if proposal.credit_minor < 0 or any(a <= 0 for _, a in proposal.allocations):
        raise ValidationError(T("Amounts must be greater than zero."), field="amount")
    if applied + proposal.credit_minor != ln.amount_minor:
        raise ValidationError(T("{applied} applied and {credit} left as credit do not add up to the line's {amount}."),
                              field="amount", applied=_m(applied, ln.currency),
                              credit=_m(proposal.credit_minor, ln.currency), amount=_m(ln.amount_minor, ln.currency))
    for _, dkind, amt in proposal.differences:
        if dkind not in DIFFERENCE_KINDS or amt <= 0:
            raise ValidationError(T("A difference must be bank charges, a discount or a written-off "
                                    "difference, and greater than zero."), field="difference")
    if any(d[1] == "difference" for d in proposal.differences) and not note.strip():
        raise ValidationError(T("Give a reason for writing off the difference."), field="reason")
    if len({i for i, _ in proposal.allocations}) != len(proposal.allocations):
        raise ValidationError(T("An invoice appears twice in the split."), field="invoice")

    rec = Reconciliation(bank_line_id=ln.id, kind=kind, customer_id=customer.id, score=proposal.score,
                         reasons=json.dumps([[r.code, dict(r.params)] for r in proposal.reasons],
                                            ensure_ascii=False),
                         credit_minor=proposal.credit_minor, note=note.strip(), user=current_user())
    s.add(rec)
    s.flush()
    pid = record_payment(s, customer_id=customer.id, on=ln.booking_date, currency=ln.currency,
                         amount_minor=ln.amount_minor, reference=ln.bank_ref[:200], source="bank_line")
    rec.payment_id = pid
    summary: dict = {"allocations": [], "differences": [], "aliases": []}
    for iid, amt in proposal.allocations:
        inv = _invoice_of(s, iid, customer)
        on = max(ln.booking_date, inv.issue_date)
        aid = allocate_payment(s, pid, iid, amt, on)
        summary["allocations"].append([aid, iid, inv.number, amt])
    for iid, dkind, amt in proposal.differences:
        wid = _book_difference(s, rec, iid, customer.id, dkind, amt, ln.booking_date, note)
        summary["differences"].append([wid, iid, dkind, amt])
    if learn if learn is not None else kind == "manual":
        summary["aliases"] = _learn(s, ln, customer)
    rec.summary = json.dumps(summary, ensure_ascii=False)
    before = ln.status
    ln.status = "auto" if kind == "auto" else "matched"
    ln.proposals = ""
    s.flush()
    audit(s, "bank_line", ln.id, "status", before, ln.status,
          f"{ln.bank_ref}: {_m(ln.amount_minor, ln.currency)} → {customer.code} "
          + ", ".join(f"{a[2]} {format_minor(a[3], ln.currency)}" for a in summary["allocations"])
          + (f"; credit {format_minor(proposal.credit_minor, ln.currency)}" if proposal.credit_minor else ""))
    audit(s, "reconciliation", rec.id, "created", None, kind, note.strip())
    return rec.id


def _invoice_of(s: Session, invoice_id: int, customer: Customer) -> Invoice:
    inv = s.get(Invoice, invoice_id)
    if inv is None:
        raise ValidationError(T("Invoice {id} does not exist."), field="invoice", id=invoice_id)
    if inv.customer_id != customer.id:
        raise ValidationError(T("Invoice {number} does not belong to {customer}."), field="invoice",
                              number=inv.number, customer=customer.name)
    return inv


def _book_difference(s: Session, rec: Reconciliation, invoice_id: int, customer_id: int, kind: str,
                     amount: int, on, note: str) -> int:
    inv = _invoice_of(s, invoice_id, s.get(Customer, customer_id))
    if amount > inv.open_minor:
        raise ValidationError(T("The difference {amount} is more than the {open} still open on {number}."),
                              field="difference", amount=_m(amount, inv.currency),
                              open=_m(inv.open_minor, inv.currency), number=inv.number)
    label = {"bank_charges": "bank charges", "discount": "early-payment discount",
             "difference": "difference written off"}[kind]
    wo = WriteOff(invoice_id=inv.id, date=max(on, inv.issue_date), amount_minor=amount, kind=kind,
                  reconciliation_id=rec.id, reason=f"{label}: {note.strip()}" if note.strip() else label)
    s.add(wo)
    before_open, before_status = inv.open_minor, inv.status
    inv.open_minor -= amount
    inv.status = derive_status(inv)
    s.flush()
    audit(s, "write_off", wo.id, "created", None, f"{inv.number}: {_m(amount, inv.currency)} {kind}", note)
    audit(s, "invoice", inv.id, "open", format_minor(before_open, inv.currency),
          format_minor(inv.open_minor, inv.currency), label)
    if before_status != inv.status:
        audit(s, "invoice", inv.id, "status", before_status, inv.status, label)
    return wo.id


def _learn(s: Session, ln: BankLine, customer: Customer) -> list[int]:
    """Aliases taught by a confirmed match: the payer's account and name when unknown."""
    taught: list[int] = []
    existing = s.execute(select(CustomerAlias.kind, CustomerAlias.value)
                         .where(CustomerAlias.customer_id == customer.id)).all()
    accounts = {account_key(v) for k, v in existing if k == "account"}
    names = {fold(v) for k, v in existing if k == "name"} | {fold(customer.name)}
    acc = ln.counterparty_account.strip()
    if acc and account_key(acc) not in accounts:
        taught.append(_add_alias(s, customer, "account", acc[:200], ln.id))
    name = " ".join(ln.counterparty_name.split())
    if name and fold(name) and fold(name) not in names and platform_of(name) is None:
        taught.append(_add_alias(s, customer, "name", name[:200], ln.id))
    return taught


def _add_alias(s: Session, customer: Customer, kind: str, value: str, line_id: int) -> int:
    a = CustomerAlias(customer_id=customer.id, kind=kind, value=value, learned_from_line_id=line_id)
    s.add(a)
    s.flush()
    audit(s, "customer", customer.id, f"alias_{kind}", None, value, f"learned from statement line {line_id}")
    return a.id


def remove_alias(s: Session, alias_id: int) -> None:
    a = s.get(CustomerAlias, alias_id)
    if a is None:
        raise ValidationError(T("Alias {id} does not exist."), field="alias", id=alias_id)
    audit(s, "customer", a.customer_id, f"alias_{a.kind}", a.value, None, "removed")
    s.delete(a)


# --------------------------------------------------------------------------------- ignore / undo

def ignore_line(s: Session, line_id: int, reason: str) -> int:
    """Mark a line as not a customer payment (interest, a refund, owner's money…), with a reason."""
    ln = _line(s, line_id)
    why = reason.strip()
    if not why:
        raise ValidationError(T("Give a reason for ignoring the line."), field="reason")
    if ln.status in ("auto", "matched", "ignored") or live_reconciliation(s, line_id) is not None:
        raise ValidationError(T("Line {ref} is already reconciled; undo it first."), field="line", ref=ln.bank_ref)
    rec = Reconciliation(bank_line_id=ln.id, kind="ignore", note=why, user=current_user(), summary="{}")
    s.add(rec)
    before = ln.status
    ln.status = "ignored"
    ln.proposals = ""
    s.flush()
    audit(s, "bank_line", ln.id, "status", before, "ignored", why)
    return rec.id


def undo_line(s: Session, line_id: int, reason: str, now: datetime | None = None) -> None:
    """Undo the line's reconciliation (or ignore), restoring exactly the state before it."""
    ln = _line(s, line_id)
    rec = live_reconciliation(s, line_id)
    if rec is None:
        raise ValidationError(T("Line {ref} is not reconciled; there is nothing to undo."), field="line",
                              ref=ln.bank_ref)
    why = reason.strip() or "undone"
    summary = json.loads(rec.summary or "{}")
    if rec.kind != "ignore":
        _unbook(s, rec, summary, why)
    rec.undone_at = now or utcnow()
    rec.undo_reason = why
    before = ln.status
    ln.status = "unmatched"
    s.flush()
    audit(s, "bank_line", ln.id, "status", before, "unmatched", why)
    audit(s, "reconciliation", rec.id, "undone", rec.kind, None, why)


def _unbook(s: Session, rec: Reconciliation, summary: dict, why: str) -> None:
    pid = rec.payment_id
    ours = {a[0] for a in summary.get("allocations", [])}
    if pid is not None:
        later = s.scalars(select(Allocation).where(Allocation.payment_id == pid,
                                                   Allocation.undone_at.is_(None))).all()
        for a in later:
            if a.id not in ours:
                inv = s.get(Invoice, a.invoice_id)
                raise UserError(T("Part of this payment was applied to {number} by hand since; undo that "
                                  "allocation first."), number=inv.number if inv else a.invoice_id)
    touched: dict[int, Invoice] = {}
    for aid, iid, *_ in summary.get("allocations", []):
        inv = touched.setdefault(iid, s.get(Invoice, iid))
        if inv.status in (InvoiceStatus.WRITTEN_OFF.value, InvoiceStatus.CANCELLED.value):
            raise UserError(T("{number} was written off or cancelled since; reverse that first."),
                            number=inv.number)
    before = {iid: (inv.open_minor, inv.status) for iid, inv in touched.items()}
    for wid, iid, *_ in summary.get("differences", []):
        wo = s.get(WriteOff, wid)
        inv = touched.setdefault(iid, s.get(Invoice, iid))
        before.setdefault(iid, (inv.open_minor, inv.status))
        if wo is not None and wo.reversed_at is None:
            inv.open_minor += wo.amount_minor
        if wo is not None:
            s.delete(wo)
    if pid is not None:
        for a in s.scalars(select(Allocation).where(Allocation.payment_id == pid)).all():
            if a.undone_at is None:
                inv = touched.setdefault(a.invoice_id, s.get(Invoice, a.invoice_id))
                before.setdefault(a.invoice_id, (inv.open_minor, inv.status))
                inv.open_minor += a.amount_minor
            s.delete(a)
        s.flush()
        rec.payment_id = None
        s.flush()
        pay = s.get(Payment, pid)
        if pay is not None:
            audit(s, "payment", pid, "deleted", _m(pay.amount_minor, pay.currency), None, why)
            s.delete(pay)
    for iid, inv in touched.items():
        inv.status = InvoiceStatus.OPEN.value if inv.status == InvoiceStatus.PAID.value else inv.status
        inv.status = derive_status(inv)
        old_open, old_status = before[iid]
        if old_open != inv.open_minor:
            audit(s, "invoice", iid, "open", format_minor(old_open, inv.currency),
                  format_minor(inv.open_minor, inv.currency), why)
        if old_status != inv.status:
            audit(s, "invoice", iid, "status", old_status, inv.status, why)
    alias_ids = summary.get("aliases", [])
    if alias_ids:
        for a in s.scalars(select(CustomerAlias).where(CustomerAlias.id.in_(alias_ids))).all():
            remove_alias(s, a.id)
    s.flush()


# --------------------------------------------------------------------------------- the run

@dataclass(frozen=True, slots=True)
class RunSummary:
    lines: int            # lines looked at (unmatched or suggested before the run)
    auto: int             # applied automatically now
    suggested: int
    unmatched: int
    debits: int           # of the unmatched: outgoing money

    def as_dict(self) -> dict[str, int]:
        return {"lines": self.lines, "auto": self.auto, "suggested": self.suggested,
                "unmatched": self.unmatched, "debits": self.debits}


def match_lines(ctx: MatchContext, lines: list[LineView], progress: Progress | None = None) -> list[LineResult]:
    """Proposals for each line in order; auto matches are counted into ``ctx`` as they come, so a
    second payment for the same invoice sees what the first one left (nothing is written)."""
    out = []
    for n, ln in enumerate(lines):
        if progress is not None and n % 50 == 0:
            progress.step(n, T("Matching"))
        res = ctx.propose(ln)
        if res.status == "auto":
            ctx.take(res.proposals[0])
        out.append(res)
    return out


def run_auto(db, *, progress: Progress | None = None, settings: MatchSettings | None = None) -> RunSummary:
    """Match every unmatched or suggested line and apply the sure ones, in one transaction."""
    with db.session() as s:
        conn = s.connection()
        settings = settings or load_settings(conn)
        lines = line_views(conn)
        if progress is not None:
            progress.start(len(lines) * 2, T("Matching"))
        ctx = MatchContext.load(conn, settings)
        results = match_lines(ctx, lines, progress)
        _preload(s, [r for r in results if r.status == "auto"])
        auto = suggested = unmatched = debits = 0
        for n, (ln, res) in enumerate(zip(lines, results)):
            if progress is not None and n % 50 == 0:
                progress.step(len(lines) + n, T("Applying"))
            new_status = res.status
            if res.status == "auto":
                try:
                    with s.begin_nested():       # a line the ledger refuses stays a suggestion
                        apply_proposal(s, ln.id, res.proposals[0], kind="auto")
                    auto += 1
                    continue
                except UserError:
                    new_status = "suggested"
            payload = proposals_to_json(res.proposals)
            s.execute(text("UPDATE bank_line SET status = :st, proposals = :p WHERE id = :id"),
                      {"st": new_status, "p": payload, "id": ln.id})
            if new_status == "suggested":
                suggested += 1
            else:
                unmatched += 1
                debits += ln.amount_minor <= 0
        audit(s, "reconciliation", 0, "auto_run", None,
              f"{len(lines)} lines: {auto} auto, {suggested} suggested, {unmatched} unmatched")
    return RunSummary(len(lines), auto, suggested, unmatched, debits)


def _preload(s: Session, results: list[LineResult]) -> None:
    """Load the rows the automatic applications touch into the session in a few queries (each
    `Session.get` is then answered from the identity map instead of one SELECT each)."""
    invoices = sorted({i for r in results for i, _ in r.proposals[0].allocations}
                      | {i for r in results for i, _, _ in r.proposals[0].differences})
    customers = sorted({r.proposals[0].customer_id for r in results})
    lines = sorted(r.line_id for r in results)
    keep = []
    for model, ids in ((Invoice, invoices), (Customer, customers), (BankLine, lines)):
        for k in range(0, len(ids), 500):
            keep.extend(s.scalars(select(model).where(model.id.in_(ids[k:k + 500]))).all())
    s.info["preloaded"] = keep            # strong references: the identity map holds weak ones


def stored_proposals(conn: Connection, line_id: int) -> list[Proposal]:
    raw = conn.execute(text("SELECT proposals FROM bank_line WHERE id = :i"), {"i": line_id}).scalar()
    return proposals_from_json(raw or "")


# --------------------------------------------------------------------------------- reading back

@dataclass(frozen=True, slots=True)
class ReconciliationInfo:
    id: int
    line_id: int
    kind: str
    customer_id: int | None
    customer_name: str
    allocations: tuple[tuple[int, str, int], ...]       # (invoice id, number, amount)
    differences: tuple[tuple[int, str, int], ...]       # (invoice id, kind, amount)
    credit_minor: int
    note: str
    user: str
    created_at: datetime


def reconciliation_info(s: Session, line_id: int) -> ReconciliationInfo | None:
    rec = live_reconciliation(s, line_id)
    if rec is None:
        return None
    summary = json.loads(rec.summary or "{}")
    cust = s.get(Customer, rec.customer_id) if rec.customer_id else None
    return ReconciliationInfo(rec.id, line_id, rec.kind, rec.customer_id, cust.name if cust else "",
                              tuple((a[1], a[2], a[3]) for a in summary.get("allocations", [])),
                              tuple((d[1], d[2], d[3]) for d in summary.get("differences", [])),
                              rec.credit_minor, rec.note, rec.user, rec.created_at)


def export_allocations(conn: Connection, path: str | Path, *, include_suggested: bool = False) -> int:
    """CSV ``line_id,invoice_number,amount,status``: one row per allocation applied (amount = the
    statement money applied to the invoice; booked differences are not part of it); with
    ``include_suggested`` the best suggestion of each suggested line too. Returns the rows written."""
    rows: list[tuple[str, str, str, str]] = []
    q = text("SELECT l.bank_ref, l.currency, l.status, r.summary FROM reconciliation r "
             "JOIN bank_line l ON l.id = r.bank_line_id "
             "WHERE r.undone_at IS NULL AND r.kind IN ('auto', 'manual') ORDER BY l.booking_date, l.id")
    for ref, cur, status, summary in conn.execute(q):
        for _aid, _iid, number, amt in json.loads(summary or "{}").get("allocations", []):
            rows.append((ref, number, _decimal(amt, cur), status))
    if include_suggested:
        numbers: dict[int, str] = {}
        for ref, cur, raw in conn.execute(text(
                "SELECT bank_ref, currency, proposals FROM bank_line WHERE status = 'suggested' "
                "ORDER BY booking_date, id")):
            props = proposals_from_json(raw or "")
            if not props:
                continue
            for iid, amt in props[0].allocations:
                if iid not in numbers:
                    numbers[iid] = conn.execute(text("SELECT number FROM invoice WHERE id = :i"),
                                                {"i": iid}).scalar() or str(iid)
                rows.append((ref, numbers[iid], _decimal(amt, cur), "suggested"))
    def write(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["line_id", "invoice_number", "amount", "status"])
            for r in rows:
                w.writerow([safe_cell(c) for c in r])

    write_atomically(path, write)   # a temporary file moved into place: never half a file
    return len(rows)


def _decimal(minor: int, currency: str) -> str:
    return format(from_minor(minor, currency), "f")
