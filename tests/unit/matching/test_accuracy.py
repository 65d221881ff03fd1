"""Accuracy of the matching engine on a generated company and statement (issue 7, section 5).

Precision: of the lines applied automatically, the share applied exactly right — same customer,
same (invoice, amount) allocations, the differences booked as bank charges / discount where the
truth has them, nothing left as credit that should not be. Target ≥ 99.5 %.
Coverage: of the payable lines (truth not None), the share applied automatically or suggested
with the right proposal first. Target ≥ 90 %.
Lines that must never be applied (noise, debits, reversals, a customer's unrelated credit) never
are. ``pytest -s`` prints the figures and a per-kind breakdown.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest
from generator import NOT_PAYABLE, Company, GenLine, Truth, generate, write
from sqlalchemy import text

from app.services import reconcile
from app.services.matching.engine import MatchContext, Proposal, proposals_from_json
from app.storage.db import Database

LINES = 1600


def is_right(customer_id: int, allocations: dict[int, int], differences: dict[int, tuple[str, int]],
             credit: int, truth: Truth | None) -> bool:
    return (truth is not None and customer_id == truth.customer_id and allocations == truth.allocations
            and differences == truth.differences and credit == truth.credit_minor)


def proposal_right(p: Proposal, truth: Truth | None) -> bool:
    return is_right(p.customer_id, dict(p.allocations), {i: (k, a) for i, k, a in p.differences},
                    p.credit_minor, truth)


class Scores:
    def __init__(self) -> None:
        self.auto = self.auto_right = self.payable = self.covered = 0
        self.wrong: list[GenLine] = []
        self.never_applied_but_auto: list[GenLine] = []
        self.by_kind: dict[str, Counter] = defaultdict(Counter)

    def add(self, ln: GenLine, status: str, auto_right: bool, first_right: bool) -> None:
        k = self.by_kind[ln.kind]
        k["lines"] += 1
        if status == "auto":
            self.auto += 1
            k["auto"] += 1
            if auto_right:
                self.auto_right += 1
            else:
                self.wrong.append(ln)
                k["wrong"] += 1
                if ln.truth is None:
                    self.never_applied_but_auto.append(ln)
        if ln.truth is not None:
            self.payable += 1
            if (status == "auto" and auto_right) or (status == "suggested" and first_right):
                self.covered += 1
                k["covered"] += 1

    @property
    def precision(self) -> float:
        return 100.0 * self.auto_right / self.auto if self.auto else 100.0

    @property
    def coverage(self) -> float:
        return 100.0 * self.covered / self.payable

    def report(self, title: str) -> str:
        rows = [f"{title}: {self.auto} of {sum(k['lines'] for k in self.by_kind.values())} lines applied "
                f"automatically, precision {self.precision:.2f} % ({self.auto_right}/{self.auto}), "
                f"coverage {self.coverage:.2f} % ({self.covered}/{self.payable} payable lines)"]
        for kind, k in sorted(self.by_kind.items()):
            rows.append(f"  {kind:28s} lines {k['lines']:5d}  auto {k['auto']:5d}  wrong {k['wrong']:3d}  "
                        f"covered {k['covered']:5d}")
        return "\n".join(rows)


@pytest.fixture(scope="module")
def company() -> Company:
    return generate(7, customers=400, invoices=4000, lines=LINES)


@pytest.fixture(scope="module")
def run_db(company, tmp_path_factory):
    """The generated company after one automatic run, as the database records it."""
    db = Database.open(tmp_path_factory.mktemp("accuracy") / "acc.db", create=True)
    write(db, company)
    summary = reconcile.run_auto(db)
    yield db, summary
    db.close()


def _booked(db) -> tuple[dict[int, str], dict[int, tuple], dict[int, str]]:
    with db.engine.connect() as c:
        status = dict(c.execute(text("SELECT id, status FROM bank_line")).all())
        props = dict(c.execute(text("SELECT id, proposals FROM bank_line")).all())
        recs = {}
        for line_id, cid, credit, summary in c.execute(text(
                "SELECT bank_line_id, customer_id, credit_minor, summary FROM reconciliation "
                "WHERE undone_at IS NULL")):
            sm = json.loads(summary)
            recs[line_id] = (cid, {a[1]: a[3] for a in sm["allocations"]},
                             {d[1]: (d[2], d[3]) for d in sm["differences"]}, credit)
    return status, recs, props


def test_generated_statement_has_every_kind(company):
    kinds = Counter(ln.kind for ln in company.lines)
    assert len(company.lines) == LINES >= 1500
    for kind in ("exact_ref", "mangled_ref", "no_ref", "multi", "charges", "discount", "partial", "split",
                 "third_party", "lookalike", "noise", "debit", "reversal"):
        assert kinds[kind] >= 10, kind
    subs = Counter((ln.kind, ln.sub.split("_unknown")[0]) for ln in company.lines)
    for how in ("no_prefix", "separators", "zeros", "lower", "typo"):
        assert subs["mangled_ref", how] > 0, how
    styles = Counter(i.style for i in company.invoices)
    assert set(styles) == {"inv", "re", "sdp", "code"}
    assert any(c.twin for c in company.customers) and any(c.parent for c in company.customers)
    assert any(c.alipay for c in company.customers) and any(c.tenpay for c in company.customers)
    assert any(c.discount for c in company.customers)
    # lines come in booking order with unique ids; truth only for payable kinds
    assert [ln.booking for ln in company.lines] == sorted(ln.booking for ln in company.lines)
    assert all((ln.truth is None) == (ln.kind in NOT_PAYABLE) for ln in company.lines)


def test_generator_is_deterministic(company):
    again = generate(7, customers=400, invoices=4000, lines=LINES)
    assert [(ln.amount, ln.name, ln.remittance, ln.truth) for ln in again.lines] == \
           [(ln.amount, ln.name, ln.remittance, ln.truth) for ln in company.lines]
    other = generate(8, customers=400, invoices=4000, lines=LINES)
    assert [ln.remittance for ln in other.lines] != [ln.remittance for ln in company.lines]


def test_truth_is_consistent(company):
    invoices = {i.id: i for i in company.invoices}
    paid: Counter = Counter()
    for ln in company.payable:
        t = ln.truth
        assert sum(t.allocations.values()) + t.credit_minor == ln.amount > 0
        for iid, amt in t.allocations.items():
            inv = invoices[iid]
            assert inv.customer_id == t.customer_id and inv.issue <= ln.booking and inv.currency == ln.currency
            paid[iid] += amt + t.differences.get(iid, ("", 0))[1]
    assert all(paid[i] <= invoices[i].amount for i in paid)


def test_accuracy_of_the_automatic_run(company, run_db):
    db, summary = run_db
    status, recs, props = _booked(db)
    sc = Scores()
    for ln in company.lines:
        st = status[ln.id]
        auto_right = st == "auto" and is_right(*recs[ln.id], ln.truth)
        first = proposals_from_json(props[ln.id] or "")
        sc.add(ln, st, auto_right, bool(first) and proposal_right(first[0], ln.truth))
    print("\n" + sc.report("run_auto on the generated statement (seed 7)"))
    assert summary.auto == sc.auto and summary.lines == LINES
    assert not sc.never_applied_but_auto, [(ln.kind, ln.remittance) for ln in sc.never_applied_but_auto]
    assert sc.precision >= 99.5, [(ln.id, ln.kind, ln.sub, ln.remittance) for ln in sc.wrong]
    assert sc.coverage >= 90.0
    # debits and reversals are never even suggested
    for ln in company.lines:
        if ln.kind in ("debit", "reversal"):
            assert status[ln.id] == "unmatched", (ln.kind, ln.remittance)


def test_the_run_keeps_the_ledger_consistent(run_db):
    """After the run every invoice's open amount is its amount less live allocations and write-offs,
    and every automatic payment is fully allocated or left as the recorded credit."""
    db, _ = run_db
    with db.engine.connect() as c:
        bad = c.execute(text(
            "SELECT i.number FROM invoice i WHERE i.open_minor != i.amount_minor "
            " - COALESCE((SELECT SUM(amount_minor) FROM allocation a WHERE a.invoice_id = i.id "
            "             AND a.undone_at IS NULL), 0)"
            " - COALESCE((SELECT SUM(amount_minor) FROM write_off w WHERE w.invoice_id = i.id "
            "             AND w.reversed_at IS NULL), 0)")).scalars().all()
        assert bad == []
        mismatch = c.execute(text(
            "SELECT r.id FROM reconciliation r JOIN payment p ON p.id = r.payment_id "
            "WHERE r.undone_at IS NULL AND p.unallocated_minor != r.credit_minor")).scalars().all()
        assert mismatch == []
        kinds = dict(c.execute(text("SELECT kind, COUNT(*) FROM write_off GROUP BY kind")).all())
        assert kinds.get("bank_charges", 0) > 0 and kinds.get("discount", 0) > 0
        assert set(kinds) <= {"bank_charges", "discount"}


@pytest.mark.parametrize("seed", [1, 2])
def test_accuracy_holds_for_other_seeds(seed, tmp_path):
    """The engine alone (MatchContext + match_lines, nothing written) on two more statements."""
    co = generate(seed, customers=300, invoices=3000, lines=1500)
    db = Database.open(tmp_path / f"s{seed}.db", create=True)
    try:
        write(db, co)
        with db.engine.connect() as c:
            ctx = MatchContext.load(c, reconcile.load_settings(c))
            results = reconcile.match_lines(ctx, reconcile.line_views(c))
    finally:
        db.close()
    by_id = {ln.id: ln for ln in co.lines}
    sc = Scores()
    for r in results:
        ln = by_id[r.line_id]
        right = bool(r.proposals) and proposal_right(r.proposals[0], ln.truth)
        sc.add(ln, r.status, r.status == "auto" and right, right)
    print("\n" + sc.report(f"match_lines, seed {seed}"))
    assert not sc.never_applied_but_auto
    assert sc.precision >= 99.5, [(ln.id, ln.kind, ln.sub, ln.remittance) for ln in sc.wrong]
    assert sc.coverage >= 90.0
