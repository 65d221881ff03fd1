"""Claimable-amount arithmetic (deductible, first loss, indemnity, half-up once), claim status
transitions, recoveries, the document checklist, and exposure above the insured limit."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from app.errors import ValidationError
from app.services import insurance as ins
from app.services.insurance import ClaimStatusError, claimable_amount
from insurance_book import book, db, insured  # noqa: F401 - fixtures


def test_claimable_written_out():
    # outstanding 120,000.00, insured limit 100,000.00, deductible 5,000.00, indemnity 90 %:
    # (min(120,000.00, 100,000.00) − 5,000.00) × 90 % = 95,000.00 × 0.9 = 85,500.00
    c = claimable_amount(120_000_00, 100_000_00, 5_000_00, 9000)
    assert (c.base_minor, c.net_minor, c.claimable_minor) == (100_000_00, 95_000_00, 85_500_00)
    # below the limit: (60,000.00 − 5,000.00) × 90 % = 49,500.00
    assert claimable_amount(60_000_00, 100_000_00, 5_000_00, 9000).claimable_minor == 49_500_00
    # first loss 10,000.00 as well: (100,000.00 − 5,000.00 − 10,000.00) × 85 % = 72,250.00
    assert claimable_amount(120_000_00, 100_000_00, 5_000_00, 8500, 10_000_00).claimable_minor == 72_250_00
    # the deductible eats it all: never below zero
    assert claimable_amount(4_000_00, 100_000_00, 5_000_00, 9000).claimable_minor == 0


def test_claimable_rounds_once_half_up():
    # 100.01 × 87.5 % = 87.50875 → 87.51
    assert claimable_amount(100_01, 1_000_00, 0, 8750).claimable_minor == 87_51
    # 0.03 × 85 % = 0.0255 → 0.03 (half-up on the minor unit: 2.55 → 3)
    assert claimable_amount(3, 100, 0, 8500).claimable_minor == 3
    # 0.01 × 50 % = 0.005 → 0.01 (half-up, not to even)
    assert claimable_amount(1, 100, 0, 5000).claimable_minor == 1
    # 0.01 × 49.99 % → 0.00
    assert claimable_amount(1, 100, 0, 4999).claimable_minor == 0
    # big sums stay exact: 9,999,999,999.99 × 99.99 %
    assert claimable_amount(999_999_999_999, 10**15, 0, 9999).claimable_minor == 999_899_999_999


@settings(max_examples=200, deadline=None)
@given(outstanding=st.integers(0, 10**13), limit=st.integers(0, 10**13), deductible=st.integers(0, 10**12),
       first_loss=st.integers(0, 10**12), bp=st.integers(1, 10000))
def test_claimable_matches_decimal_half_up(outstanding, limit, deductible, first_loss, bp):
    """The integer arithmetic equals the rule written with exact decimals, rounded once."""
    net = max(min(outstanding, limit) - deductible - first_loss, 0)
    exact = (Decimal(net) * Decimal(bp) / Decimal(10000)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    assert claimable_amount(outstanding, limit, deductible, bp, first_loss).claimable_minor == int(exact)


def test_claimable_refuses_floats():
    with pytest.raises(TypeError):
        claimable_amount(120000.0, 100_000_00, 0, 9000)


def _open(book, pid, on=date(2026, 9, 1), **kw) -> int:
    with book.db.session() as s:
        return ins.open_claim(s, pid, book.customers["BUY"], on=on, **kw)


def test_claim_lifecycle_and_figures_stored_at_filing(insured):
    book, pid = insured
    cid = _open(book, pid)
    with book.db.engine.connect() as conn:
        info = ins.claim_info(conn, cid, date(2026, 9, 1))
    assert info.reference == "CL-2026-0001" and info.status == "draft"
    assert [x.number for x in info.invoices] == ["INV-2026-0001", "INV-2026-0002"]   # not the undue one
    assert info.figures.claimable_minor == 85_500_00
    assert {d.kind for d in info.documents} >= {"contract", "delivery_proof", "collection_records"}
    book.pay("INV-2026-0001", "30000", date(2026, 9, 3))   # 90,000.00 left: below the limit
    with book.db.session() as s:
        fig = ins.file_claim(s, cid, on=date(2026, 9, 5), insurer_reference="SX-77")
    # (90,000.00 − 5,000.00) × 90 % = 76,500.00
    assert fig.outstanding_minor == 90_000_00 and fig.claimable_minor == 76_500_00
    with book.db.session() as s:        # a later change of the policy does not touch the filed claim
        p = ins.list_policies(s.connection())[0]
        ins.update_policy(s, pid, ins.PolicyData(p.insurer, p.number, p.currency, p.starts_on, p.ends_on,
                                                 indemnity_bp=8000, deductible_minor=0))
    with book.db.engine.connect() as conn:
        info = ins.claim_info(conn, cid, date(2026, 12, 1))
    assert info.status == "filed" and info.figures.claimable_minor == 76_500_00
    assert info.figures.indemnity_bp == 9000 and info.insurer_reference == "SX-77"
    assert [x.outstanding_minor for x in info.invoices] == [40_000_00, 50_000_00]
    with book.db.session() as s, pytest.raises(ClaimStatusError):
        ins.file_claim(s, cid, on=date(2026, 9, 6))
    with book.db.session() as s, pytest.raises(ClaimStatusError):
        ins.add_recovery(s, cid, on=date(2026, 9, 20), amount_minor=100)
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.mark_paid(s, cid, on=date(2026, 9, 1), amount_minor=76_500_00)      # before filing
    with book.db.session() as s:
        ins.mark_paid(s, cid, on=date(2026, 10, 10), amount_minor=76_500_00)
    with book.db.session() as s, pytest.raises(ClaimStatusError):
        ins.reject_claim(s, cid, on=date(2026, 10, 11), reason="late")
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.add_recovery(s, cid, on=date(2026, 10, 9), amount_minor=100)        # before payment
    with book.db.session() as s:
        ins.add_recovery(s, cid, on=date(2026, 11, 1), amount_minor=1_000_00, note="buyer paid part")
        ins.add_recovery(s, cid, on=date(2026, 12, 1), amount_minor=500_00)
    with book.db.engine.connect() as conn:
        info = ins.claim_info(conn, cid, date(2026, 12, 31))
        audit = conn.execute(text("SELECT after FROM audit_log WHERE entity = 'insurance_claim' "
                                  "AND entity_id = :c AND field = 'status' ORDER BY id"), {"c": cid}).scalars().all()
    assert info.status == "paid" and info.paid_minor == 76_500_00 and info.recovered_minor == 1_500_00
    assert audit == ["draft", "filed", "paid"]


def test_reject_needs_a_filed_claim_and_a_reason(insured):
    book, pid = insured
    cid = _open(book, pid)
    with book.db.session() as s, pytest.raises(ClaimStatusError):
        ins.reject_claim(s, cid, on=date(2026, 9, 2), reason="x")
    with book.db.session() as s, pytest.raises(ClaimStatusError):
        ins.mark_paid(s, cid, on=date(2026, 9, 2), amount_minor=1)
    with book.db.session() as s:
        ins.file_claim(s, cid, on=date(2026, 9, 2))
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.reject_claim(s, cid, on=date(2026, 9, 3), reason="  ")
    with book.db.session() as s:
        ins.reject_claim(s, cid, on=date(2026, 9, 30), reason="notification was late")
    with book.db.engine.connect() as conn:
        assert ins.claim_info(conn, cid, date(2026, 10, 1)).reject_reason == "notification was late"
    # a rejected claim's invoices may be claimed again
    again = _open(book, pid, on=date(2026, 10, 1))
    assert again != cid


def test_claim_invoices_are_checked(insured):
    book, pid = insured
    with book.db.session() as s, pytest.raises(ValidationError, match="cannot be claimed"):
        ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 9, 1),
                       invoice_ids=[book.invoices["INV-2026-0003"]])      # not yet due
    with book.db.session() as s, pytest.raises(ValidationError, match="cannot be claimed"):
        ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 9, 1),
                       invoice_ids=[book.invoices["OTH-1"]])              # another customer's
    _open(book, pid, invoice_ids=[book.invoices["INV-2026-0001"]])
    with book.db.session() as s, pytest.raises(ValidationError, match="CL-2026-0001"):
        ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 9, 1),
                       invoice_ids=[book.invoices["INV-2026-0001"]])
    second = _open(book, pid)                         # takes what is left: INV-2026-0002
    with book.db.engine.connect() as conn:
        assert [x.number for x in ins.claim_info(conn, second, date(2026, 9, 1)).invoices] == ["INV-2026-0002"]
    with book.db.session() as s, pytest.raises(ValidationError, match="no overdue insured invoice"):
        ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 9, 1))


def test_first_loss_is_borne_once_per_policy(book):
    book.customer("BUY")
    book.customer("BUY2")
    pid = book.policy(deductible_minor=0, first_loss_minor=10_000_00)
    book.buyer(pid, "BUY", "100000")
    book.buyer(pid, "BUY2", "100000")
    book.invoice("A", "BUY", "30000", date(2026, 2, 1), date(2026, 3, 1))
    book.invoice("B", "BUY2", "30000", date(2026, 2, 1), date(2026, 3, 1))
    with book.db.session() as s:
        c1 = ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 6, 1))
        c2 = ins.open_claim(s, pid, book.customers["BUY2"], on=date(2026, 6, 1))
        f1 = ins.file_claim(s, c1, on=date(2026, 6, 2))
        f2 = ins.file_claim(s, c2, on=date(2026, 6, 2))
    # (30,000.00 − 10,000.00) × 90 % = 18,000.00; the second bears no first loss: 27,000.00
    assert (f1.first_loss_minor, f1.claimable_minor) == (10_000_00, 18_000_00)
    assert (f2.first_loss_minor, f2.claimable_minor) == (0, 27_000_00)


def test_documents_checklist(insured):
    book, pid = insured
    cid = _open(book, pid)
    with book.db.session() as s:
        ins.set_document(s, cid, "contract", present=True, note="HT-2026-17")
        ins.set_document(s, cid, "customs_declaration", present=False, note="export only")
        with pytest.raises(ValidationError):
            ins.set_document(s, cid, "passport", present=True)
    with book.db.engine.connect() as conn:
        docs = {d.kind: d for d in ins.claim_info(conn, cid, date(2026, 9, 1)).documents}
    assert docs["contract"].present and docs["contract"].note == "HT-2026-17"
    assert not docs["customs_declaration"].present and not docs["delivery_proof"].present


def test_policy_and_buyer_validation(book):
    book.customer("BUY")
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.add_policy(s, ins.PolicyData("X", "P1", "CNY", date(2026, 1, 1), date(2025, 1, 1)))
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.add_policy(s, ins.PolicyData("X", "P1", "CNY", date(2026, 1, 1), date(2026, 12, 31),
                                         indemnity_bp=10001))
    with book.db.session() as s, pytest.raises(ValidationError):
        ins.add_policy(s, ins.PolicyData("X", "P1", "XXX", date(2026, 1, 1), date(2026, 12, 31)))
    pid = book.policy("P1")
    with book.db.session() as s, pytest.raises(ValidationError, match="exists already"):
        ins.add_policy(s, ins.PolicyData("X", "P1", "CNY", date(2026, 1, 1), date(2026, 12, 31)))
    book.buyer(pid, "BUY", "100000", valid_to=date(2026, 6, 30))
    with book.db.session() as s, pytest.raises(ValidationError, match="already has an approved limit"):
        ins.add_buyer(s, pid, book.customers["BUY"], limit_minor=1, valid_from=date(2026, 6, 1))
    with book.db.session() as s:     # refused decisions may overlap; a new limit after the old one ends
        ins.add_buyer(s, pid, book.customers["BUY"], limit_minor=0, valid_from=date(2026, 6, 1), status="refused")
        ins.add_buyer(s, pid, book.customers["BUY"], limit_minor=80_000_00, valid_from=date(2026, 7, 1))
    with book.db.session() as s, pytest.raises(ValidationError, match="outside the policy period"):
        ins.add_buyer(s, pid, book.customers["BUY"], limit_minor=1, valid_from=date(2027, 1, 1))
    with book.db.engine.connect() as conn:
        assert [b.limit_minor for b in ins.list_buyers(conn, valid_on=date(2026, 8, 1))] == [80_000_00]


def test_exposure_above_insured_limit_is_flagged(insured):
    book, pid = insured
    with book.db.engine.connect() as conn:
        rows = ins.insured_exposures(conn, date(2026, 11, 20))
        alerts = ins.insured_limit_alerts(conn, date(2026, 11, 20))
    (e,) = rows
    # open on 20 November: 70,000.00 + 50,000.00 + 8,000.00 = 128,000.00 against 100,000.00
    assert e.code == "BUY" and e.exposure_minor == 128_000_00 and e.status == "over"
    assert e.over_minor == 28_000_00 and str(e.utilisation_pct) == "128.0"
    (a,) = alerts
    assert a.kind == "insured_limit_exceeded" and a.code == "BUY"
    assert "28,000.00" in a.reason.text() and "SINO-2026-001" in a.reason.text()
    with book.db.engine.connect() as conn:      # the credit alerts list (and badge) carries it too
        from app.services.credit import credit_alerts
        assert [x for x in credit_alerts(conn, date(2026, 11, 20)) if x.kind == "insured_limit_exceeded"] == [a]
    book.pay("INV-2026-0001", "70000", date(2026, 11, 21))
    with book.db.engine.connect() as conn:
        assert ins.insured_exposures(conn, date(2026, 11, 21))[0].status == "ok"
        assert ins.insured_limit_alerts(conn, date(2026, 11, 21)) == []
        assert ins.insured_exposures(conn, date(2027, 1, 5)) == []     # the policy has ended
