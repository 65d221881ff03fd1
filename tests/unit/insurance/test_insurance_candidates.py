"""The claim dialog's service: a customer's claimable invoices under a policy, and the live
preview of the claimable amount (the same figures ``open_claim`` + ``claim_figures`` give)."""

from __future__ import annotations

from datetime import date

from app.money import to_minor
from app.services import insurance as ins
from insurance_book import book, db, insured  # noqa: F401 - fixtures

ON = date(2026, 11, 23)


def test_candidates_list_overdue_insured_open_invoices(insured):
    book, pid = insured
    with book.db.engine.connect() as conn:
        c = ins.claim_candidates(conn, pid, book.customers["BUY"], ON)
    assert [x.number for x in c.invoices] == ["INV-2026-0001", "INV-2026-0002"]   # 0003 not due
    first = c.invoices[0]
    assert first.open_minor == to_minor("70000", "CNY") and first.insured_limit_minor == to_minor("100000", "CNY")
    assert first.days_overdue == (ON - date(2026, 4, 30)).days and first.claim is None
    assert (c.currency, c.indemnity_bp, c.deductible_minor) == ("CNY", 9000, to_minor("5000", "CNY"))
    with book.db.engine.connect() as conn:      # OTHER is not insured
        assert ins.claim_candidates(conn, pid, book.customers["OTHER"], ON).invoices == ()


def test_preview_equals_the_opened_claims_figures(insured):
    book, pid = insured
    book.pay("INV-2026-0002", "20000", date(2026, 10, 1))        # 30,000.00 left open
    with book.db.engine.connect() as conn:
        c = ins.claim_candidates(conn, pid, book.customers["BUY"], ON)
    ids = [x.invoice_id for x in c.invoices]
    p = ins.preview_claimable(c, ids)
    # (min(70,000.00 + 30,000.00, 100,000.00) − 5,000.00) × 90 % = 85,500.00
    assert (p.outstanding_minor, p.claimable_minor) == (100_000_00, 85_500_00)
    one = ins.preview_claimable(c, ids[1:])
    # (30,000.00 − 5,000.00) × 90 % = 22,500.00
    assert one.claimable_minor == 22_500_00
    assert ins.preview_claimable(c, []).claimable_minor == 0
    with book.db.session() as s:
        claim = ins.open_claim(s, pid, book.customers["BUY"], on=ON, invoice_ids=ids)
    with book.db.engine.connect() as conn:
        fig, _ = ins.claim_figures(conn, claim, ON)
        again = ins.claim_candidates(conn, pid, book.customers["BUY"], ON)
    assert fig == p
    assert all(x.claim for x in again.invoices) and again.free == ()


def test_preview_with_first_loss_left(book):
    book.customer("BUY")
    pid = book.policy(first_loss_minor=to_minor("10000", "CNY"))
    book.buyer(pid, "BUY", "100000")
    book.invoice("A-1", "BUY", "60000", date(2026, 3, 1), date(2026, 4, 30))
    with book.db.engine.connect() as conn:
        c = ins.claim_candidates(conn, pid, book.customers["BUY"], ON)
    assert c.first_loss_remaining_minor == 10_000_00
    # (60,000.00 − 5,000.00 − 10,000.00) × 90 % = 40,500.00
    assert ins.preview_claimable(c, [c.invoices[0].invoice_id]).claimable_minor == 40_500_00


def test_claim_policies(insured):
    book, pid = insured
    with book.db.engine.connect() as conn:
        assert [p.policy_id for p in ins.claim_policies(conn, book.customers["BUY"])] == [pid]
        assert ins.claim_policies(conn, book.customers["OTHER"]) == []
