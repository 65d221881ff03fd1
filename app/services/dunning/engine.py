"""The dunning run: which invoices move to which stage today, one proposal per customer.

Rules (issue 6): an invoice is dunned only while something is open on it (as-of rule), it is not
disputed, not on hold (invoice or customer), not within an active promise to pay and not in a
current instalment plan. Its next stage is the one after the last it reached (never skipping);
pre-due stages (negative offset) only while it is not yet due; a stage is due once
``due + offset (+ the customer's grace for overdue stages)``, moved to the next working day, has
come, and at least ``min_interval_days`` have passed since the invoice's last stage. After a
handover nothing is automatic any more. Invoices are grouped per customer (and currency) into one
proposal whose stage is the highest among them; each proposal carries its ``LetterData``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Connection, text

from ...errors import UserError
from ...money import to_minor
from ..asof import open_documents
from ..letters.model import LetterCompany, LetterCustomer, LetterData, LetterInvoice
from .calendar import WorkingDays
from .contacts import grace_days_of, load_holds
from .interest import interest_exact, reductions_for, round_minor
from .promises import load_plans, load_promises, plan_status, promise_status
from .settings import DEFAULT_GRADE_LADDERS, DunningSettings, Stage, load_settings, stage_name_in

EXCLUSION_REASONS = ("disputed", "on_hold", "promise", "instalment_plan", "handed_over",
                     "end_of_ladder")


@dataclass(frozen=True, slots=True)
class ProposedInvoice:
    invoice_id: int
    number: str
    issue_date: date
    due_date: date
    days_overdue: int          # negative: not yet due
    open_minor: int
    stage: int                 # the stage this run takes it to (1 = first in its ladder)
    previous_stage: int        # 0: never dunned
    po: str = ""


@dataclass(frozen=True)
class Proposal:
    customer_id: int
    customer_code: str
    customer_name: str
    currency: str
    language: str
    ladder: str
    stage: int
    stage_name: str
    action: str
    template: str
    action_date: date
    invoices: tuple[ProposedInvoice, ...]
    fee_minor: int
    interest_minor: int
    grade: str | None = None
    letter: LetterData | None = None   # None: the stage sends no letter (a call task only)

    @property
    def open_minor(self) -> int:
        return sum(i.open_minor for i in self.invoices)

    @property
    def total_due_minor(self) -> int:
        return self.open_minor + self.fee_minor + self.interest_minor

    @property
    def max_days_overdue(self) -> int:
        return max(i.days_overdue for i in self.invoices)


@dataclass(frozen=True)
class RunResult:
    as_of: date
    action_date: date
    proposals: tuple[Proposal, ...]
    excluded: tuple[tuple[int, str], ...] = ()        # (invoice id, reason)
    waiting: int = 0                                   # open invoices with no stage due today
    settings: DunningSettings = field(default_factory=DunningSettings, repr=False)


def customer_grades(conn: Connection, as_of: date) -> dict[int, str]:
    """customer id → credit grade on ``as_of`` as the credit module gives it (score, negative-
    event caps and overrides: ``app.services.credit.evaluate``). Without the credit module, the
    grade it last saved (credit_state) or an override in force."""
    try:
        from ..credit import evaluate
        return {x.customer_id: x.grade for x in evaluate(conn, as_of)}
    except (ImportError, UserError):   # no credit module, or its settings cannot be read
        return _saved_grades(conn, as_of)


def _saved_grades(conn: Connection, as_of: date) -> dict[int, str]:
    out = {cid: g for cid, g in conn.execute(text(
        "SELECT customer_id, grade FROM credit_state WHERE grade IS NOT NULL"))}
    for cid, g in conn.execute(text(
            "SELECT customer_id, grade FROM credit_override WHERE grade IS NOT NULL "
            "AND revoked_at IS NULL AND starts_on <= :d AND valid_until >= :d ORDER BY id"),
            {"d": as_of.isoformat()}):
        out[cid] = g
    return out


def grade_ladders(conn: Connection, st: DunningSettings) -> dict[str, str]:
    """grade → ladder name: the settings' own ``grade_ladders`` when set, else each credit
    policy's ``dunning_ladder`` (when it names a ladder of these settings), else the default
    mapping (C and D strict)."""
    if st.grade_ladders is not None:
        return dict(st.grade_ladders)
    mapping = dict(DEFAULT_GRADE_LADDERS)
    try:
        from ..credit.settings import load_settings as credit_settings
        for pol in credit_settings(conn).policies:
            if pol.dunning_ladder in st.ladders:
                mapping[pol.grade] = pol.dunning_ladder
    except (ImportError, UserError):
        pass
    return mapping


def _history(conn: Connection, horizon: date) -> dict[int, tuple[int, date]]:
    """invoice id → (highest live stage reached, date of its latest stage) up to ``horizon``."""
    out: dict[int, tuple[int, date]] = {}
    for iid, stage, last in conn.execute(text(
            "SELECT invoice_id, MAX(stage), MAX(date) FROM dunning_stage_event "
            "WHERE cancelled_at IS NULL AND date <= :h GROUP BY invoice_id"),
            {"h": horizon.isoformat()}):
        out[iid] = (int(stage), date.fromisoformat(str(last)))
    return out


def next_stage(stages: tuple[Stage, ...], reached: int, due: date, as_of: date, last: date | None,
               grace: int, min_interval: int, wd: WorkingDays) -> int | str | None:
    """The 1-based stage an invoice moves to on ``as_of``; a reason string when it never will
    again ('handed_over', 'end_of_ladder'); None when nothing is due today."""
    if reached and stages[min(reached, len(stages)) - 1].action == "handover":
        return "handed_over"
    if reached >= len(stages):
        return "end_of_ladder"
    j = reached
    if as_of > due:
        while j < len(stages) and stages[j].offset_days < 0:
            j += 1
        if j >= len(stages):
            return "end_of_ladder"
    st = stages[j]
    when = due + timedelta(days=st.offset_days + (grace if st.offset_days > 0 else 0))
    if as_of < wd.next_working_day(when):
        return None
    if last is not None and (as_of - last).days < min_interval:
        return None
    return j + 1


def run(conn: Connection, as_of: date, settings: DunningSettings | None = None,
        customer_id: int | None = None) -> RunResult:
    """Proposals for ``as_of`` (read-only; see the module doc)."""
    st = settings or load_settings(conn)
    wd = WorkingDays.load(conn, st.calendar_region)
    action_date = wd.next_working_day(as_of)
    docs = [d for d in open_documents(conn, as_of) if d.kind == "invoice"
            and (customer_id is None or d.customer_id == customer_id)]
    grades = customer_grades(conn, as_of)
    by_grade = grade_ladders(conn, st)
    grace = grace_days_of(conn)
    history = _history(conn, action_date)
    held_inv, held_cust = set(), set()
    for h in load_holds(conn):
        if h.active_on(as_of):
            (held_cust.add(h.customer_id) if h.customer_id else held_inv.add(h.invoice_id))
    promised = {i for p in load_promises(conn) if promise_status(conn, p, as_of) == "open"
                for i in p.invoice_ids}
    planned = {i for p in load_plans(conn) if plan_status(conn, p, as_of) == "active"
               for i in p.invoice_ids}
    inv_info = _invoice_info(conn, [d.id for d in docs])

    excluded: list[tuple[int, str]] = []
    chosen: dict[tuple[int, str], list[ProposedInvoice]] = defaultdict(list)
    waiting = 0
    for d in docs:
        reason = ("disputed" if d.disputed else
                  "on_hold" if d.id in held_inv or d.customer_id in held_cust else
                  "promise" if d.id in promised else
                  "instalment_plan" if d.id in planned else None)
        if reason:
            excluded.append((d.id, reason))
            continue
        _, stages = st.ladder_for(grades.get(d.customer_id), by_grade)
        reached, last = history.get(d.id, (0, None))
        nxt = next_stage(stages, reached, d.due_date, as_of, last, grace.get(d.customer_id, 0),
                         st.min_interval_days, wd)
        if isinstance(nxt, str):
            excluded.append((d.id, nxt))
            continue
        if nxt is None:
            waiting += 1
            continue
        number, po = inv_info[d.id]
        chosen[(d.customer_id, d.currency)].append(ProposedInvoice(
            d.id, number, d.issue_date, d.due_date, (as_of - d.due_date).days, d.open_minor,
            nxt, reached, po))

    customers = _customers(conn, {cid for cid, _ in chosen})
    company = letter_company(conn)
    proposals = []
    for (cid, cur), invs in sorted(chosen.items(), key=lambda kv: customers[kv[0][0]][0]):
        invs.sort(key=lambda i: (i.due_date, i.number))
        code, name, lang, address, contact = customers[cid]
        ladder_name, stages = st.ladder_for(grades.get(cid), by_grade)
        stage_no = max(i.stage for i in invs)
        stage = stages[stage_no - 1]
        fee = to_minor(stage.fee, cur) if stage.fee else 0
        interest = 0
        if stage.claim_interest:
            red = reductions_for(conn, [i.invoice_id for i in invs], as_of)
            amounts = _amounts(conn, [i.invoice_id for i in invs])
            exact = sum((interest_exact(amounts[i.invoice_id], red[i.invoice_id], i.due_date,
                                        as_of, st.interest, grace.get(cid, 0)) for i in invs),
                        Decimal(0))
            interest = round_minor(exact)
        letter = None
        if stage.template:
            pay_by = wd.next_working_day(action_date + timedelta(days=st.pay_within_days))
            pos = {i.po for i in invs}
            letter = LetterData(
                template=stage.template, language=lang, reference="", date=action_date,
                company=company, customer=LetterCustomer(code, name, address, contact),
                currency=cur, invoices=tuple(LetterInvoice(i.number, i.issue_date, i.due_date,
                                                           i.days_overdue, i.open_minor, i.stage)
                                             for i in invs),
                stage=stage_no, stage_name=stage_name_in(stage.name, lang), fee_minor=fee,
                interest_minor=interest,
                pay_by=pay_by, contract_number=pos.pop() if len(pos) == 1 else "",
                page_size=st.page_size)
        proposals.append(Proposal(cid, code, name, cur, lang, ladder_name, stage_no, stage.name,
                                  stage.action, stage.template, action_date, tuple(invs), fee,
                                  interest, grades.get(cid), letter))
    return RunResult(as_of, action_date, tuple(proposals), tuple(excluded), waiting, st)


def _invoice_info(conn: Connection, ids: list[int]) -> dict[int, tuple[str, str]]:
    out: dict[int, tuple[str, str]] = {}
    for k in range(0, len(ids), 500):
        chunk = ",".join(str(int(i)) for i in ids[k:k + 500])
        for iid, number, po in conn.execute(text(
                f"SELECT id, number, po FROM invoice WHERE id IN ({chunk})")):
            out[iid] = (number, po or "")
    return out


def _amounts(conn: Connection, ids: list[int]) -> dict[int, int]:
    chunk = ",".join(str(int(i)) for i in ids)
    return {iid: int(a) for iid, a in conn.execute(text(
        f"SELECT id, amount_minor FROM invoice WHERE id IN ({chunk})"))}


def _customers(conn: Connection, ids: set[int]) -> dict[int, tuple[str, str, str, str, str]]:
    if not ids:
        return {}
    chunk = ",".join(str(int(i)) for i in ids)
    return {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in conn.execute(text(
        f"SELECT id, code, name, language, address, contact FROM customer WHERE id IN ({chunk})"))}


def letter_company(conn: Connection) -> LetterCompany:
    """The letterhead: the company row (the first one) and its bank accounts."""
    row = conn.execute(text(
        "SELECT id, name, address, phone, email, tax_id, logo, signature_name, signature_title, "
        "signature_image, seal_image FROM company ORDER BY id LIMIT 1")).first()
    if row is None:
        return LetterCompany(name="")
    banks = tuple((b, a, c) for b, a, c in conn.execute(text(
        "SELECT bank_name, account_no, currency FROM company_bank_account WHERE company_id = :c "
        "ORDER BY id"), {"c": row[0]}))
    return LetterCompany(name=row[1], address=row[2], phone=row[3], email=row[4], tax_id=row[5],
                         bank_accounts=banks, logo=row[6], signature_name=row[7],
                         signature_title=row[8], signature_image=row[9], seal_image=row[10])
