"""Credit services on a real database: exposure netting as of a date, overrides and their
expiry, review dates and history, re-scoring preview vs apply, alerts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.errors import ValidationError
from app.services import credit
from app.services import customers as cs
from app.services import ledger as L
from app.services.credit.dates import add_months, whole_months

AS_OF = date(2026, 11, 23)


@pytest.fixture
def book(db):
    """ACME: one invoice of 60,000 open (due 2026-11-30), a credit note of 5,000 unapplied and a
    payment of 15,000 unapplied; limit 100,000. SLOW: invoices paid 40 days late; limit 10,000."""
    with db.session() as s:
        acme = cs.create_customer(s, cs.CustomerData(code="ACME", name="Acme", credit_limit_minor=100_000_00))
        slow = cs.create_customer(s, cs.CustomerData(code="SLOW", name="Slow Ltd", credit_limit_minor=10_000_00))
        cs.create_customer(s, cs.CustomerData(code="NEW", name="New Co"))
        L.create_invoice(s, L.InvoiceData("A-1", acme, date(2026, 10, 31), "CNY", 60_000_00))
        L.create_credit_note(s, L.InvoiceData("A-CN", acme, date(2026, 11, 10), "CNY", 5_000_00))
        L.record_payment(s, customer_id=acme, on=date(2026, 11, 20), currency="CNY", amount_minor=15_000_00)
        for k in range(4):
            inv = L.create_invoice(s, L.InvoiceData(f"S-{k}", slow, date(2026, 1 + k, 1), "CNY", 2_000_00))
            due = date(2026, 1 + k, 1) + timedelta(days=30)   # terms 30 days
            pid = L.record_payment(s, customer_id=slow, on=due + timedelta(days=40), currency="CNY",
                                   amount_minor=2_000_00)
            L.allocate_payment(s, pid, inv, 2_000_00, due + timedelta(days=40))
        L.create_invoice(s, L.InvoiceData("S-9", slow, date(2026, 8, 1), "CNY", 9_000_00))
    return db, {"ACME": acme, "SLOW": slow}


def _standing(db, code, on=AS_OF):
    with db.engine.connect() as conn:
        return next(x for x in credit.evaluate(conn, on) if x.code == code)


def test_exposure_nets_unapplied_credits_and_payments(book):
    db, _ = book
    e = _standing(db, "ACME").exposure
    assert (e.open_invoices, e.unapplied_credits, e.unapplied_payments) == (60_000_00, 5_000_00, 15_000_00)
    assert e.exposure == 40_000_00 and str(e.utilisation_pct) == "40.0" and e.status == "ok"
    # the day before the payment and credit note: as of the date, per the as-of rule
    e = _standing(db, "ACME", date(2026, 11, 5)).exposure
    assert e.exposure == 60_000_00 and e.unapplied_payments == 0


def test_warning_line_and_over_limit(book):
    db, ids = book
    e = _standing(db, "SLOW").exposure          # 9,000 open of a 10,000 limit
    assert e.status == "warning" and str(e.utilisation_pct) == "90.0"
    with db.session() as s:
        L.create_invoice(s, L.InvoiceData("S-10", ids["SLOW"], date(2026, 11, 1), "CNY", 1_000_01))
    assert _standing(db, "SLOW").exposure.status == "over_limit"
    with db.engine.connect() as conn:
        alerts = credit.credit_alerts(conn, AS_OF)
    assert [(a.kind, a.code) for a in alerts] == [("over_limit", "SLOW")]
    assert "above the credit limit 10,000.00" in alerts[0].reason.text()


def test_payment_behaviour_from_the_ledger(book):
    db, _ = book
    f = _standing(db, "SLOW").score.factor("payment")
    assert dict(f.values) == {"days_beyond_terms": "40.0", "late_share_pct": "100.0", "paid_invoices": "4"}
    assert _standing(db, "ACME").score.factor("payment").flags == ("little_history",)


def test_override_applies_until_expiry_and_not_after(book):
    db, ids = book
    with db.session() as s:
        credit.set_override(s, ids["SLOW"], grade="A", limit_minor=50_000_00, reason="parent guarantee",
                            starts_on=AS_OF, until=date(2026, 12, 31))
    x = _standing(db, "SLOW")
    assert x.grade == "A" and x.limit_source == "override" and x.exposure.limit == 50_000_00
    last = _standing(db, "SLOW", date(2026, 12, 31))
    assert last.grade == "A"
    after = _standing(db, "SLOW", date(2027, 1, 1))
    assert after.grade == after.score.score_grade and after.exposure.limit == 10_000_00
    assert after.limit_source == "manual"
    before = _standing(db, "SLOW", AS_OF - timedelta(days=1))
    assert before.exposure.limit == 10_000_00
    with db.engine.connect() as conn:
        audit = conn.execute(text("SELECT field, reason FROM audit_log WHERE field LIKE 'credit override%'")).all()
    assert audit and audit[0][1] == "parent guarantee"


def test_override_needs_reason_and_something(book):
    db, ids = book
    with db.session() as s:
        with pytest.raises(ValidationError):
            credit.set_override(s, ids["SLOW"], grade="B", reason=" ", starts_on=AS_OF, until=AS_OF)
        with pytest.raises(ValidationError):
            credit.set_override(s, ids["SLOW"], reason="x", starts_on=AS_OF, until=AS_OF)
        with pytest.raises(ValidationError):
            credit.set_override(s, ids["SLOW"], grade="E", reason="x", starts_on=AS_OF, until=AS_OF)
        with pytest.raises(ValidationError):
            credit.set_override(s, ids["SLOW"], grade="B", reason="x", starts_on=AS_OF,
                                until=AS_OF - timedelta(days=1))


def test_revoked_override_stops_applying(book):
    db, ids = book
    with db.session() as s:
        oid = credit.set_override(s, ids["SLOW"], grade="A", reason="x", starts_on=date(2026, 1, 1),
                                  until=date(2027, 12, 31))
        credit.revoke_override(s, oid, "no longer")
    assert _standing(db, "SLOW", date(2027, 6, 1)).score.override is None


def test_negative_event_caps_until_cleared(book):
    db, ids = book
    with db.session() as s:
        eid = credit.add_event(s, ids["ACME"], kind="insolvency", on=date(2026, 11, 1), note="notice")
    assert _standing(db, "ACME").grade == "D"
    assert _standing(db, "ACME", date(2026, 10, 31)).grade != "D"
    with db.session() as s:
        credit.clear_event(s, eid, date(2026, 11, 20))
    assert _standing(db, "ACME").grade != "D"
    assert _standing(db, "ACME", date(2026, 11, 19)).grade == "D"


def test_returned_payment_stops_counting_after_its_months(book):
    db, ids = book
    with db.session() as s:
        credit.add_event(s, ids["ACME"], kind="returned_payment", on=date(2025, 11, 24))
    assert _standing(db, "ACME").score.cap == "C"                 # 12 months not yet over
    assert _standing(db, "ACME", date(2026, 11, 24)).score.cap is None


def test_financials_and_rating_entry(book):
    db, ids = book
    with db.session() as s:
        credit.set_financials(s, ids["ACME"], date(2026, 6, 30), debt_to_assets="0.62", current_ratio="1.4")
        credit.set_financials(s, ids["ACME"], date(2026, 6, 30), debt_to_assets="0.5", current_ratio="1.4")
        credit.add_rating(s, ids["ACME"], source="Sinosure", grade="BBB", rated_on=date(2026, 9, 1))
        with pytest.raises(ValidationError):
            credit.set_financials(s, ids["ACME"], date(2026, 7, 1))
        with pytest.raises(ValidationError):
            credit.set_financials(s, ids["ACME"], date(2026, 7, 1), debt_to_assets="-1")
        with pytest.raises(TypeError):
            credit.set_financials(s, ids["ACME"], date(2026, 7, 1), debt_to_assets=0.5)
    sc = _standing(db, "ACME").score
    assert dict(sc.factor("financials").values)["debt_to_assets"] == "0.5"
    assert dict(sc.factor("external").values)["grade"] == "BBB"
    with db.engine.connect() as conn:
        n = conn.execute(text("SELECT COUNT(*) FROM customer_financials")).scalar()
        stored = conn.execute(text("SELECT debt_to_assets FROM customer_financials")).scalar()
    assert n == 1 and stored == "0.5"


def test_rescore_preview_saves_nothing_apply_saves_and_audits(book):
    db, ids = book
    with db.session() as s:
        preview = credit.rescore(s, AS_OF)
    assert not preview.applied and preview.customers == 3
    assert {c.code for c in preview.grade_changes} == {"ACME", "SLOW", "NEW"}
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM credit_state")).scalar() == 0
    with db.session() as s:
        applied = credit.rescore(s, AS_OF, apply=True)
    assert [(c.code, c.new_grade) for c in applied.changes] == [(c.code, c.new_grade) for c in preview.changes]
    with db.engine.connect() as conn:
        states = dict(conn.execute(text("SELECT customer_id, grade FROM credit_state")).all())
        grades = conn.execute(text("SELECT COUNT(*) FROM audit_log WHERE field = 'credit grade'")).scalar()
        new_limit = conn.execute(text("SELECT credit_limit_minor FROM customer WHERE code='NEW'")).scalar()
    assert len(states) == 3 and grades == 3
    # NEW had no limit: its limit follows the grade rule (floor of its grade, no sales)
    new = _standing(db, "NEW")
    assert new.base_limit_source == "rule" and new_limit == new.rule_limit
    # ACME's entered limit is manual and stays
    assert _standing(db, "ACME").exposure.limit == 100_000_00
    with db.session() as s:
        again = credit.rescore(s, AS_OF)
    assert again.changes == ()          # stable: a second run changes nothing


def test_rescore_sets_review_dates_from_grade_policy(book):
    db, ids = book
    with db.session() as s:
        credit.rescore(s, AS_OF, apply=True)
    x = _standing(db, "SLOW")
    months = credit.load_settings(db.engine.connect()).policy(x.grade).review_months
    assert x.next_review == add_months(AS_OF, months)
    with db.engine.connect() as conn:
        due = credit.reviews_due(conn, x.next_review)
        assert "SLOW" in [r.code for r in due]
        assert [r.due for r in due] == sorted(r.due for r in due)
        assert credit.reviews_due(conn, x.next_review - timedelta(days=1), within_days=0) == [] or \
            all(r.due < x.next_review for r in credit.reviews_due(conn, x.next_review - timedelta(days=1)))
        alerts = credit.credit_alerts(conn, x.next_review + timedelta(days=1))
    assert ("review_overdue", "SLOW") in [(a.kind, a.code) for a in alerts]


def test_downgrade_brings_review_forward(book):
    db, ids = book
    with db.session() as s:
        credit.rescore(s, AS_OF, apply=True)
    before = _standing(db, "ACME")
    with db.session() as s:
        credit.add_event(s, ids["ACME"], kind="insolvency", on=AS_OF)
    with db.engine.connect() as conn:
        kinds = [(a.kind, a.code) for a in credit.credit_alerts(conn, AS_OF)]
    assert ("grade_dropped", "ACME") in kinds
    with db.session() as s:
        credit.rescore(s, AS_OF, apply=True)
    after = _standing(db, "ACME")
    assert after.saved_grade == "D" and after.previous_grade == before.saved_grade
    assert after.next_review == min(before.next_review, add_months(AS_OF, 1))


def test_record_review_history_and_next_date(book):
    db, ids = book
    with db.session() as s:
        credit.rescore(s, AS_OF, apply=True)
        rid = credit.record_review(s, ids["SLOW"], on=AS_OF, decision="reduce", note="late payer",
                                   grade="D", limit_minor=5_000_00, reviewer="zhou")
    with db.engine.connect() as conn:
        hist = credit.review_history(conn, ids["SLOW"])
        limit = conn.execute(text("SELECT credit_limit_minor FROM customer WHERE code='SLOW'")).scalar()
    assert [h.id for h in hist] == [rid]
    h = hist[0]
    assert (h.new_grade, h.new_limit_minor, h.old_limit_minor, h.reviewer) == ("D", 5_000_00, 10_000_00, "zhou")
    assert h.next_review == add_months(AS_OF, 1) and limit == 5_000_00
    x = _standing(db, "SLOW")
    assert x.grade == "D" and x.next_review == add_months(AS_OF, 1) and x.base_limit_source == "manual"
    with db.session() as s:
        with pytest.raises(ValidationError):
            credit.record_review(s, ids["SLOW"], on=AS_OF, decision=" ")


def test_preview_settings_counts_moves(book):
    db, _ = book
    with db.engine.connect() as conn:
        cur = credit.load_settings(conn)
        same, moved = credit.preview_settings(conn, AS_OF, cur)
        assert moved == () and sum(same.values()) == 3
        harsh = replace(cur, thresholds=(99, 98, 97))
        matrix, moved = credit.preview_settings(conn, AS_OF, harsh)
    assert sum(matrix.values()) == 3 and all(c.new_grade == "D" for c in moved)
    assert len(moved) == sum(n for (a, b), n in matrix.items() if a != b)


def test_score_one_customer_and_unknown(book):
    db, ids = book
    with db.engine.connect() as conn:
        one = credit.score(conn, ids["ACME"], AS_OF)
        assert one.code == "ACME"
        assert [x.code for x in credit.score_all(conn, AS_OF)] == ["ACME", "NEW", "SLOW"]
        with pytest.raises(ValidationError):
            credit.score(conn, 999, AS_OF)


@pytest.mark.parametrize("d, n, want", [(date(2026, 1, 31), 1, date(2026, 2, 28)),
                                        (date(2024, 1, 31), 1, date(2024, 2, 29)),
                                        (date(2026, 11, 23), 12, date(2027, 11, 23)),
                                        (date(2026, 3, 31), -1, date(2026, 2, 28))])
def test_add_months_clamps_month_ends(d, n, want):
    assert add_months(d, n) == want


def test_whole_months():
    assert whole_months(date(2026, 1, 31), date(2026, 2, 28)) == 1
    assert whole_months(date(2026, 1, 15), date(2026, 2, 14)) == 0
    assert whole_months(date(2026, 5, 1), date(2026, 1, 1)) == 0


def test_rule_limit_customer_with_exposure_settles_in_one_run(db):
    with db.session() as s:
        cid = cs.create_customer(s, cs.CustomerData(code="NOLIM", name="No Limit Co"))
        L.create_invoice(s, L.InvoiceData("N-1", cid, date(2026, 11, 1), "CNY", 30_000_00))
    before = _standing(db, "NOLIM")
    assert before.base_limit_source == "rule" and "no_limit" in before.score.flags
    with db.session() as s:
        first = credit.rescore(s, AS_OF, apply=True)
    (change,) = first.changes
    assert change.old_limit is None and change.new_limit is not None
    after = _standing(db, "NOLIM")
    assert after.stored_limit == change.new_limit and after.grade == change.new_grade
    assert after.base_limit_source == "rule" and after.limit_source == "rule"
    with db.session() as s:
        assert credit.rescore(s, AS_OF).changes == ()


def test_one_customer_gives_the_same_standing_as_all(book):
    db, ids = book
    with db.engine.connect() as conn:
        every = {x.customer_id: x for x in credit.evaluate(conn, AS_OF)}
        for cid in ids.values():
            assert credit.evaluate(conn, AS_OF, customer_id=cid) == [every[cid]]


def test_recent_saved_downgrade_and_stale_financials_alert(book):
    db, ids = book
    with db.session() as s:
        credit.rescore(s, AS_OF, apply=True)
        credit.add_event(s, ids["ACME"], kind="insolvency", on=AS_OF)
        credit.set_financials(s, ids["SLOW"], date(2025, 1, 31), debt_to_assets="0.4")
    with db.session() as s:
        credit.rescore(s, AS_OF, apply=True)
    with db.engine.connect() as conn:
        alerts = credit.credit_alerts(conn, AS_OF + timedelta(days=5))
        later = credit.credit_alerts(conn, AS_OF + timedelta(days=31))
    texts = {(a.kind, a.code): a.reason.text() for a in alerts}
    assert "Grade dropped from" in texts[("grade_dropped", "ACME")]
    assert "2025-01-31" in texts[("financials_stale", "SLOW")]
    assert ("grade_dropped", "ACME") not in {(a.kind, a.code) for a in later}
    counts = credit.alert_counts(alerts)
    assert set(counts) == set(credit.ALERT_KINDS) and counts["grade_dropped"] == 1


def test_credit_detail_for_the_review_dialog(book):
    db, ids = book
    with db.session() as s:
        credit.set_financials(s, ids["SLOW"], date(2026, 6, 30), debt_to_assets="0.7")
        credit.add_event(s, ids["SLOW"], kind="other", on=date(2026, 2, 1), cleared_on=date(2026, 3, 1))
        credit.record_review(s, ids["SLOW"], on=AS_OF, decision="keep")
    with db.engine.connect() as conn:
        d = credit.credit_detail(conn, ids["SLOW"], AS_OF)
    assert d.standing.code == "SLOW" and len(d.history) == 12
    assert [m.month for m in d.history][-1] == "2026-11" and d.history[0].month == "2025-12"
    paid = [m for m in d.history if m.paid]
    assert sum(m.paid for m in paid) == 4 and all(m.late == m.paid for m in paid)
    assert all(str(m.days_beyond_terms) == "40.0" for m in paid)
    assert d.financials[0].debt_to_assets == Decimal("0.7")
    assert d.events[0].cleared_on == date(2026, 3, 1) and len(d.reviews) == 1
