"""What the Bank tab shows, read in its worker: the statement lines, who each went to, and a matcher.

``load_bank_data(engine)`` reads every stored line (``statements.store.list_lines``), the
customer of each live reconciliation and of each suggested line's best proposal, and — when
some lines still wait for review — a ``MatchContext`` built once, so the tab can propose
candidates for the selected line on the GUI thread in a millisecond. The tab loads it again on
every ``data_changed`` (the matcher must see the invoices' new open amounts). No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, Engine, bindparam, text

from .invoice_filters import CustomerChoice, customer_choices
from .matching.engine import LineView, MatchContext, MatchSettings, proposals_from_json
from .reconcile import OPEN_LINE_STATUSES, load_settings
from .statements.store import StoredLine, list_lines


@dataclass(frozen=True, slots=True)
class BankRow:
    line: StoredLine
    customer_id: int | None = None      # the reconciliation's, else the best suggestion's
    customer: str = ""                  # "C001  Acme Trading Ltd"
    score: int | None = None            # the reconciliation's or the best suggestion's score


@dataclass
class BankData:
    rows: list[BankRow]
    customers: dict[int, CustomerChoice]
    settings: MatchSettings
    match: MatchContext | None = None   # None when no line waits for review
    numbers: dict[int, str] = field(default_factory=dict)   # invoice id → number (proposal labels)

    def customer_label(self, customer_id: int | None) -> str:
        c = self.customers.get(customer_id) if customer_id is not None else None
        return f"{c.code}  {c.name}" if c is not None else ""

    def invoice_number(self, invoice_id: int) -> str:
        if self.match is not None and invoice_id in self.match.items:
            return self.match.items[invoice_id].number
        return self.numbers.get(invoice_id, f"#{invoice_id}")


def line_view(line: StoredLine) -> LineView:
    """The engine's view of a stored line (no extra query)."""
    return LineView(line.id, line.booking_date, line.amount_minor, line.currency, line.counterparty_name,
                    line.counterparty_account, line.remittance, line.reversal, line.extra)


def load_bank_data(engine: Engine) -> BankData:
    with engine.connect() as conn:
        lines = list_lines(conn)
        customers = {c.id: c for c in customer_choices(conn)}
        settings = load_settings(conn)
        recs = {lid: (cid, score) for lid, cid, score in conn.execute(text(
            "SELECT bank_line_id, customer_id, score FROM reconciliation WHERE undone_at IS NULL"))}
        best: dict[int, tuple[int, int]] = {}
        wanted: set[int] = set()
        for lid, raw in conn.execute(text(
                "SELECT id, proposals FROM bank_line WHERE status = 'suggested' AND proposals != ''")):
            props = proposals_from_json(raw)
            if props:
                best[lid] = (props[0].customer_id, props[0].score)
                wanted.update(i for p in props for i, _ in p.allocations)
        numbers = {}
        if wanted:
            ids = sorted(wanted)
            q = text("SELECT id, number FROM invoice WHERE id IN :ids").bindparams(
                bindparam("ids", expanding=True))
            for i in range(0, len(ids), 500):
                numbers.update(conn.execute(q, {"ids": ids[i:i + 500]}).all())
        match = None
        if any(ln.status in OPEN_LINE_STATUSES for ln in lines):
            match = MatchContext.load(conn, settings)
    data = BankData([], customers, settings, match, dict(numbers))
    rows = []
    for ln in lines:
        cid, score = recs.get(ln.id) or best.get(ln.id) or (None, None)
        if ln.status == "ignored":
            cid, score = None, None
        rows.append(BankRow(ln, cid, data.customer_label(cid), score if cid is not None else None))
    data.rows = rows
    return data


@dataclass(frozen=True, slots=True)
class LearnedAlias:
    id: int
    kind: str                 # 'name' | 'account'
    value: str
    line_id: int
    bank_ref: str             # the statement line it was learned from
    booking_date: date | None


def learned_aliases(conn: Connection, customer_id: int) -> list[LearnedAlias]:
    """The customer's aliases taught by statement lines, oldest first."""
    out = []
    for aid, kind, value, lid, ref, booked in conn.execute(text(
            "SELECT a.id, a.kind, a.value, a.learned_from_line_id, l.bank_ref, l.booking_date "
            "FROM customer_alias a JOIN bank_line l ON l.id = a.learned_from_line_id "
            "WHERE a.customer_id = :c ORDER BY a.id"), {"c": customer_id}):
        d = date.fromisoformat(booked) if isinstance(booked, str) else booked
        out.append(LearnedAlias(aid, kind, value, lid, ref or "", d))
    return out
