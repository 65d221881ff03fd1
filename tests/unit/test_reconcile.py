"""Reconciling statement lines (app/services/reconcile.py): apply, learn, ignore, undo, refuse,
the automatic run as one transaction, and the allocations export."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import insert, text

from app.errors import UserError
from app.models.bank import BankLine, BankStatement
from app.services import reconcile
from app.services.customers import CustomerData, create_customer
from app.services.ledger import InvoiceData, allocate_payment, create_invoice
from app.services.matching.engine import Proposal

ON = date(2026, 10, 20)
TABLES = ("invoice", "payment", "allocation", "write_off", "customer_alias")


@pytest.fixture
def company(db):
    """Two customers (one with an account alias), four open invoices and a statement."""
    with db.session() as s:
        a = create_customer(s, CustomerData(code="A", name="上海明华贸易有限公司"))
        b = create_customer(s, CustomerData(code="B", name="Hansen Logistik GmbH", aliases=("Hansen Holding AG",)))
        inv = {n: create_invoice(s, InvoiceData(n, cid, date(2026, 9, d), "CNY", amt))
               for n, cid, d, amt in (("INV-2026-000101", a, 1, 100_000), ("INV-2026-000102", a, 5, 250_000),
                                      ("RE-2026-045678", b, 3, 800_000), ("RE-2026-045679", b, 9, 55_500))}
        s.add(BankStatement(id=1, file_sha256="t" * 64, file_name="t", format="test", account="OWN", currency="CNY"))
    return {"a": a, "b": b, "inv": inv}


_seq = iter(range(1, 10_000))


def add_line(db, amount: int, name: str = "", text_: str = "", account: str = "", on: date = ON) -> int:
    n = next(_seq)
    with db.session() as s:
        s.execute(insert(BankLine), [{
            "statement_id": 1, "account": "OWN", "bank_ref": f"REF{n:04d}", "booking_date": on, "value_date": on,
            "amount_minor": amount, "currency": "CNY", "counterparty_name": name, "counterparty_account": account,
            "remittance": text_, "reversal": False, "raw": "", "extra": "", "status": "unmatched",
            "dedupe_key": f"k{n}", "proposals": ""}])
        return s.execute(text("SELECT id FROM bank_line WHERE dedupe_key = :k"), {"k": f"k{n}"}).scalar()


def dump(db, tables=TABLES) -> dict[str, list[tuple]]:
    with db.engine.connect() as c:
        out = {t: [tuple(r) for r in c.execute(text(f"SELECT * FROM {t} ORDER BY id"))] for t in tables}
        out["bank_line"] = [tuple(r) for r in c.execute(text(
            "SELECT id, status, amount_minor, counterparty_name, remittance FROM bank_line ORDER BY id"))]
    return out


def status_of(db, line_id: int) -> str:
    with db.engine.connect() as c:
        return c.execute(text("SELECT status FROM bank_line WHERE id = :i"), {"i": line_id}).scalar()


# ------------------------------------------------------------------------------ apply / undo

def test_apply_then_undo_restores_the_database_exactly(db, company):
    inv = company["inv"]
    line_id = add_line(db, 100_000 + 249_000 + 7_000, "SHANGHAI MINGHUA NEW ACCOUNT", "两张发票", "6222000011112222333")
    before = dump(db)
    p = Proposal(company["a"], ((inv["INV-2026-000101"], 100_000), (inv["INV-2026-000102"], 249_000)),
                 ((inv["INV-2026-000102"], "bank_charges", 1_000),), credit_minor=7_000, score=75)
    with db.session() as s:
        rec = reconcile.apply_proposal(s, line_id, p, kind="manual")
    middle = dump(db)
    assert middle != before
    with db.engine.connect() as c:
        opens = dict(c.execute(text("SELECT number, open_minor FROM invoice")).all())
        assert opens["INV-2026-000101"] == 0 and opens["INV-2026-000102"] == 0
        assert c.execute(text("SELECT kind, amount_minor, reconciliation_id FROM write_off")).all() == \
            [("bank_charges", 1_000, rec)]
        assert c.execute(text("SELECT amount_minor, unallocated_minor, source FROM payment")).all() == \
            [(356_000, 7_000, "bank_line")]
    assert status_of(db, line_id) == "matched"
    with db.session() as s:
        info = reconciliation_info = reconcile.reconciliation_info(s, line_id)
        assert info.credit_minor == 7_000 and len(reconciliation_info.allocations) == 2
        reconcile.undo_line(s, line_id, "wrong customer")
    assert dump(db) == before
    with db.session() as s:
        assert reconcile.reconciliation_info(s, line_id) is None
    with db.engine.connect() as c:
        assert c.execute(text("SELECT undone_at IS NOT NULL, undo_reason FROM reconciliation")).all() == \
            [(1, "wrong customer")]
        assert c.execute(text("SELECT COUNT(*) FROM audit_log WHERE entity = 'reconciliation'")).scalar() >= 2


def test_discount_is_booked_as_discount_and_undone(db, company):
    inv = company["inv"]["RE-2026-045678"]
    line_id = add_line(db, 784_000, "Hansen Logistik GmbH", "RE-2026-045678")
    before = dump(db)
    with db.session() as s:
        reconcile.apply_proposal(s, line_id, Proposal(company["b"], ((inv, 784_000),),
                                                      ((inv, "discount", 16_000),)), kind="auto")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT status, open_minor FROM invoice WHERE id = :i"), {"i": inv}).one() == ("paid", 0)
        assert c.execute(text("SELECT kind FROM write_off")).scalars().all() == ["discount"]
    assert status_of(db, line_id) == "auto"
    with db.session() as s:
        reconcile.undo_line(s, line_id, "")
    assert dump(db) == before


# ------------------------------------------------------------------------------ learning

def test_manual_confirm_learns_unknown_account_and_name_and_undo_forgets(db, company):
    inv = company["inv"]["INV-2026-000101"]
    line_id = add_line(db, 100_000, "明华集团财务中心", "货款", "6222 0000 9999 8888")
    with db.session() as s:
        reconcile.apply_proposal(s, line_id, Proposal(company["a"], ((inv, 100_000),)))
    with db.engine.connect() as c:
        learned = c.execute(text("SELECT customer_id, kind, value, learned_from_line_id FROM customer_alias "
                                 "WHERE learned_from_line_id IS NOT NULL ORDER BY kind")).all()
        assert learned == [(company["a"], "account", "6222 0000 9999 8888", line_id),
                           (company["a"], "name", "明华集团财务中心", line_id)]
    # the next payment from that account is recognised by the engine
    second = add_line(db, 250_000, "", "付款", "622200009999 8888")
    with db.engine.connect() as c:
        ctx = reconcile.MatchContext.load(c)
        res = ctx.propose(reconcile.line_view(c, second))
        assert res.best.customer_id == company["a"] and res.best.reasons[0].code == "payer_account"
    with db.session() as s:
        reconcile.undo_line(s, line_id, "")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM customer_alias WHERE learned_from_line_id IS NOT NULL")).scalar() == 0


def test_nothing_is_learned_from_known_payers_platforms_or_automatic_matches(db, company):
    inv = company["inv"]
    l1 = add_line(db, 100_000, "上海明华贸易有限公司", "INV-2026-000101")
    l2 = add_line(db, 250_000, "支付宝（中国）网络技术有限公司", "INV-2026-000102")
    l3 = add_line(db, 800_000, "Somebody Else Ltd", "RE-2026-045678", "DE89370400440532013000")
    with db.session() as s:
        reconcile.apply_proposal(s, l1, Proposal(company["a"], ((inv["INV-2026-000101"], 100_000),)))
        reconcile.apply_proposal(s, l2, Proposal(company["a"], ((inv["INV-2026-000102"], 250_000),)))
        reconcile.apply_proposal(s, l3, Proposal(company["b"], ((inv["RE-2026-045678"], 800_000),)), kind="auto")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM customer_alias WHERE learned_from_line_id IS NOT NULL")).scalar() == 0


# ------------------------------------------------------------------------------ ignore

def test_ignore_and_undo(db, company):
    line_id = add_line(db, 12_345, "国家税务总局上海市税务局", "VAT REFUND 2026-10")
    before = dump(db)
    with pytest.raises(UserError):
        with db.session() as s:
            reconcile.ignore_line(s, line_id, "  ")
    with db.session() as s:
        reconcile.ignore_line(s, line_id, "tax refund")
    assert status_of(db, line_id) == "ignored"
    with db.session() as s:
        info = reconcile.reconciliation_info(s, line_id)
        assert info.kind == "ignore" and info.note == "tax refund"
        reconcile.undo_line(s, line_id, "")
    assert status_of(db, line_id) == "unmatched"
    assert dump(db) == before


# ------------------------------------------------------------------------------ refusals

def test_refusals(db, company):
    inv = company["inv"]
    line_id = add_line(db, 100_000, "上海明华贸易有限公司", "INV-2026-000101")
    good = Proposal(company["a"], ((inv["INV-2026-000101"], 100_000),))
    before = dump(db)
    with pytest.raises(UserError, match="do not add up"):
        with db.session() as s:
            reconcile.apply_proposal(s, line_id, Proposal(company["a"], ((inv["INV-2026-000101"], 90_000),)))
    with pytest.raises(UserError, match="reason"):
        with db.session() as s:
            reconcile.apply_proposal(s, line_id, Proposal(
                company["a"], ((inv["INV-2026-000101"], 100_000),),
                ((inv["INV-2026-000102"], "difference", 500),)))
    with pytest.raises(UserError, match="does not belong"):
        with db.session() as s:
            reconcile.apply_proposal(s, line_id, Proposal(company["a"], ((inv["RE-2026-045678"], 100_000),)))
    with pytest.raises(UserError, match="nothing to undo"):
        with db.session() as s:
            reconcile.undo_line(s, line_id, "")
    assert dump(db) == before
    with db.session() as s:
        reconcile.apply_proposal(s, line_id, good)
    with pytest.raises(UserError, match="already reconciled"):
        with db.session() as s:
            reconcile.apply_proposal(s, line_id, good)
    with pytest.raises(UserError, match="already reconciled"):
        with db.session() as s:
            reconcile.ignore_line(s, line_id, "no")
    debit = add_line(db, -5_000, "上海明华贸易有限公司", "Refund")
    with pytest.raises(UserError, match="debit"):
        with db.session() as s:
            reconcile.apply_proposal(s, debit, Proposal(company["a"], ((inv["INV-2026-000102"], 5_000),)))


def test_undo_refused_when_the_credit_was_applied_by_hand_since(db, company):
    inv = company["inv"]
    line_id = add_line(db, 150_000, "上海明华贸易有限公司", "INV-2026-000101")
    with db.session() as s:
        reconcile.apply_proposal(s, line_id, Proposal(company["a"], ((inv["INV-2026-000101"], 100_000),),
                                                      credit_minor=50_000))
    with db.session() as s:
        pid = s.execute(text("SELECT payment_id FROM reconciliation")).scalar()
        aid = allocate_payment(s, pid, inv["INV-2026-000102"], 50_000, ON)
    before = dump(db)
    with pytest.raises(UserError, match="INV-2026-000102"):
        with db.session() as s:
            reconcile.undo_line(s, line_id, "")
    assert dump(db) == before
    # once the hand allocation is undone, the reconciliation can be
    from app.services.ledger import undo_allocation
    with db.session() as s:
        undo_allocation(s, aid, "mistake")
    with db.session() as s:
        reconcile.undo_line(s, line_id, "")
    with db.engine.connect() as c:
        assert c.execute(text("SELECT SUM(open_minor) FROM invoice WHERE customer_id = :c"),
                         {"c": company["a"]}).scalar() == 350_000


# ------------------------------------------------------------------------------ the run

def _statement(db):
    return [add_line(db, 100_000, "上海明华贸易有限公司", "INV-2026-000101"),        # auto
            add_line(db, 800_000, "Hansen Holding AG", "RE-2026-045678"),           # auto (alias)
            add_line(db, 55_500, "", "payment 2026-10"),                            # unmatched
            add_line(db, 150_000, "上海明华贸易有限公司", "货款"),                       # suggested (guess)
            add_line(db, -2_000, "Bank", "fees")]                                    # debit


def test_run_auto_applies_the_sure_lines(db, company):
    ids = _statement(db)
    summary = reconcile.run_auto(db)
    assert summary.as_dict() == {"lines": 5, "auto": 2, "suggested": 1, "unmatched": 2, "debits": 1}
    assert [status_of(db, i) for i in ids] == ["auto", "auto", "unmatched", "suggested", "unmatched"]
    with db.engine.connect() as c:
        assert reconcile.stored_proposals(c, ids[3])[0].customer_id == company["a"]
        assert reconcile.stored_proposals(c, ids[0]) == []
    # a second run looks at the open lines only and applies nothing new
    again = reconcile.run_auto(db)
    assert again.lines == 3 and again.auto == 0


def test_run_auto_is_one_transaction(db, company, monkeypatch):
    _statement(db)
    before = dump(db, TABLES + ("reconciliation", "audit_log"))
    real = reconcile.apply_proposal
    calls = []

    def failing(s, line_id, proposal, **kw):
        calls.append(line_id)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        return real(s, line_id, proposal, **kw)

    monkeypatch.setattr(reconcile, "apply_proposal", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        reconcile.run_auto(db)
    assert len(calls) == 2
    assert dump(db, TABLES + ("reconciliation", "audit_log")) == before
    with db.engine.connect() as c:
        assert c.execute(text("SELECT DISTINCT status FROM bank_line")).scalars().all() == ["unmatched"]
        assert c.execute(text("SELECT COUNT(*) FROM bank_line WHERE proposals != ''")).scalar() == 0


# ------------------------------------------------------------------------------ export

def test_export_allocations(db, company, tmp_path):
    inv = company["inv"]
    ids = _statement(db)
    split = add_line(db, 300_000, "上海明华贸易有限公司", "两张")
    reconcile.run_auto(db)
    with db.session() as s:
        reconcile.apply_proposal(s, split, Proposal(company["a"], ((inv["INV-2026-000102"], 249_000),),
                                                    ((inv["INV-2026-000102"], "bank_charges", 1_000),),
                                                    credit_minor=51_000))
    out = tmp_path / "alloc.csv"
    with db.engine.connect() as c:
        n = reconcile.export_allocations(c, out)
        rows = list(csv.reader(out.open(encoding="utf-8")))
        assert rows[0] == ["line_id", "invoice_number", "amount", "status"]
        refs = {i: c.execute(text("SELECT bank_ref FROM bank_line WHERE id = :i"), {"i": i}).scalar()
                for i in [*ids, split]}
        assert rows[1:] == [[refs[ids[0]], "INV-2026-000101", "1000.00", "auto"],
                            [refs[ids[1]], "RE-2026-045678", "8000.00", "auto"],
                            [refs[split], "INV-2026-000102", "2490.00", "matched"]]
        assert n == 3
        n2 = reconcile.export_allocations(c, out, include_suggested=True)
        rows = list(csv.reader(out.open(encoding="utf-8")))
    assert n2 == len(rows) - 1 > 3
    suggested = [r for r in rows[1:] if r[3] == "suggested"]
    assert suggested and all(r[0] == refs[ids[3]] for r in suggested)
