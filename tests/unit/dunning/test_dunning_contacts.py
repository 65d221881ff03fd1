"""Calls logged in one go (promise, dispute), follow-ups, settings validation and storage."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.errors import ValidationError
from app.models import AuditLog, ContactLog, Invoice, Promise
from app.services import dunning as dn
from app.services.dunning.settings import DunningSettings, InterestRule, Stage

ON = date(2026, 11, 23)


def test_log_call_promise_creates_promise_and_follow_up(book):
    cid = book.customer("C1")
    book.invoice("A", "C1", "300.00", date(2026, 11, 1))
    book.invoice("B", "C1", "200.00", date(2026, 11, 5))
    with book.db.session() as s:
        log = dn.log_call(s, cid, ON, "promise", "will pay Friday",
                          promise_date=date(2026, 11, 27), promise_amount_minor=50000)
        row = s.get(ContactLog, log)
        assert (row.kind, row.outcome, row.follow_up) == ("call", "promise", date(2026, 11, 27))
        p = s.get(Promise, row.promise_id)
        assert (p.amount_minor, p.status, p.grace_days) == (50000, "open", 2)
    # the promise covers all the open invoices: nothing to dun until it is due
    assert book.run(ON).proposals == ()
    with book.db.engine.connect() as conn:
        assert dn.follow_ups_due(conn, date(2026, 11, 26)) == []
        (f,) = dn.follow_ups_due(conn, date(2026, 11, 27))
        assert f[1] == cid and f[2] == date(2026, 11, 27)
    with book.db.session() as s:       # a later contact answers the follow-up
        dn.log_call(s, cid, date(2026, 11, 27), "no_answer")
    with book.db.engine.connect() as conn:
        assert dn.follow_ups_due(conn, date(2026, 11, 28)) == []


def test_log_call_dispute_flags_invoices(book):
    cid = book.customer("C1")
    iid = book.invoice("A", "C1", "300.00", date(2026, 11, 1))
    with book.db.session() as s:
        with pytest.raises(ValidationError):
            dn.log_call(s, cid, ON, "dispute", "wrong price")          # which invoices?
        dn.log_call(s, cid, ON, "dispute", "wrong price", invoice_ids=[iid])
        inv = s.get(Invoice, iid)
        assert inv.disputed and inv.dispute_reason == "wrong price" and inv.status == "disputed"
        with pytest.raises(ValidationError):
            dn.log_call(s, cid, ON, "angry")
        with pytest.raises(ValidationError):
            dn.log_call(s, cid, ON, "promise")                           # no date
    assert book.run(ON).proposals == ()
    with book.db.session() as s:
        dn.resolve_dispute(s, [iid], "price corrected")
    assert len(book.run(ON).proposals) == 1


def test_promise_and_hold_validation(book):
    cid = book.customer("C1")
    iid = book.invoice("A", "C1", "300.00", date(2026, 11, 1))
    book.pay("A", "300.00", date(2026, 11, 20))
    other = book.invoice("B", "C1", "100.00", date(2026, 11, 1))
    with book.db.session() as s:
        with pytest.raises(ValidationError, match="Nothing is open"):
            dn.add_promise(s, [iid], date(2026, 11, 30), ON)
        with pytest.raises(ValidationError):
            dn.add_promise(s, [other], date(2026, 11, 1), ON)                 # in the past
        with pytest.raises(ValidationError):
            dn.add_promise(s, [other], date(2026, 11, 30), ON, amount_minor=10001)
        with pytest.raises(ValidationError):
            dn.set_hold(s, reason="x", starts_on=ON, customer_id=cid, invoice_id=other)
        with pytest.raises(ValidationError):
            dn.set_hold(s, reason=" ", starts_on=ON, invoice_id=other)
        with pytest.raises(ValidationError):
            dn.set_grace_days(s, cid, 5, "", ON)                              # who approved?
        with pytest.raises(ValidationError):
            dn.set_grace_days(s, cid, 120, "CFO", ON)


def test_record_delivery_is_audited_and_letters_stay(book):
    book.customer("C1")
    book.invoice("A", "C1", "300.00", date(2026, 11, 1))
    res = book.run(ON)
    with book.db.session() as s:
        (i,) = dn.issue(s, res.proposals, ON, render=lambda d: b"%PDF letter")
        with pytest.raises(ValidationError):
            dn.record_delivery(s, i.action_id, delivered_on=date(2026, 11, 1))
        dn.record_delivery(s, i.action_id, proof="EMS998877", delivered_on=date(2026, 11, 25),
                           sent_via="ems")
        fields = {a.field for a in s.scalars(select(AuditLog).where(
            AuditLog.entity == "dunning_action", AuditLog.entity_id == i.action_id))}
        assert {"issued", "proof", "delivered_on", "sent_via"} <= fields
    with book.db.engine.connect() as conn:
        (a,) = dn.list_actions(conn)
        assert (a.proof, a.delivered_on, a.sent_via, a.invoice_numbers) == (
            "EMS998877", date(2026, 11, 25), "ems", ("A",))
        assert dn.action_pdf(conn, a.id) == b"%PDF letter"


def test_settings_round_trip_and_validation(book):
    st = DunningSettings().with_changes(
        interest=InterestRule(kind="cn_lpr", markup_pct=Decimal("30")), min_interval_days=10,
        limitation_years=2, grade_ladders={"D": "strict"}, page_size="Letter")
    with book.db.session() as s:
        dn.save_settings(s, st, "policy 2027")
    with book.db.engine.connect() as conn:
        back = dn.load_settings(conn)
    assert back == st
    bad = [
        DunningSettings().with_changes(min_interval_days=-1),
        DunningSettings().with_changes(ladders={"standard": (Stage("a", 5, "phone"),
                                                             Stage("b", 5, "demand"))}),
        DunningSettings().with_changes(ladders={"standard": (Stage("a", 5, "handover"),
                                                             Stage("b", 9, "demand"))}),
        DunningSettings().with_changes(ladders={"standard": (Stage("a", 5, "phone", "nope"),)}),
        DunningSettings().with_changes(ladders={"standard": (Stage("a", 5, "lawsuit"),)}),
        DunningSettings().with_changes(grade_ladders={"A": "gentle"}),
        DunningSettings().with_changes(interest=InterestRule(kind="cn_lpr", markup_pct=Decimal("60"))),
        DunningSettings().with_changes(interest=InterestRule(kind="daily", rate=Decimal("2"))),
        DunningSettings().with_changes(limitation_years=0),
        DunningSettings().with_changes(ladders={"standard": (Stage("  ", 5, "phone"),)}),
        DunningSettings().with_changes(page_size="A5"),
    ]
    for b in bad:
        with pytest.raises(ValidationError):
            dn.validate(b)
    with pytest.raises(ValidationError):
        DunningSettings.from_json("{not json")
    assert DunningSettings.from_json(None) == DunningSettings()


def test_worklist_and_timeline(book):
    c1 = book.customer("C1")
    c2 = book.customer("C2")
    book.invoice("BIG", "C1", "9000.00", date(2026, 10, 1))
    book.invoice("SMALL", "C2", "100.00", date(2026, 11, 10))
    d = book.invoice("DIS", "C2", "50.00", date(2026, 11, 1))
    book.invoice("OLD", "C2", "70.00", date(2023, 12, 20))
    book.pay("BIG", "1000.00", date(2026, 11, 2))
    with book.db.session() as s:
        dn.dispute(s, [d], "短少")
        dn.log_call(s, c1, date(2026, 11, 20), "reached", "call back Monday", follow_up=ON)
    with book.db.engine.connect() as conn:
        items = dn.worklist(conn, ON)
        kinds = [(w.kind, w.customer_code) for w in items]
        assert ("call", "C1") in kinds and ("dispute", "C2") in kinds
        assert ("follow_up", "C1") in kinds and ("limitation", "C2") in kinds
        assert items[0].customer_code == "C1" and items[0].amount_minor == 800_000   # heaviest first
        assert all(a.weight >= b.weight for a, b in zip(items, items[1:]))
        tl = dn.timeline(conn, c1)
    assert [e.kind for e in tl] == ["call", "payment", "invoice"]
    assert (tl[0].detail, tl[0].status) == ("call back Monday", "reached")
    assert tl[1].amount_minor == 100_000
    with book.db.engine.connect() as conn:
        assert "dispute" in [e.kind for e in dn.timeline(conn, c2)]


def test_worklist_weighs_in_home_currency_and_by_age(book):
    """Amount × age, with amounts in the home currency at the day's rate: 1,000 USD (at 7.10)
    outweighs 5,000 CNY of the same age; a claim about to expire weighs by its whole age."""
    from decimal import Decimal

    from app.services import fx

    book.customer("CN")
    book.customer("US", currency="USD")
    book.customer("OLD")
    due = ON - timedelta(days=10)
    book.invoice("CNY-5000", "CN", "5000.00", due)
    book.invoice("USD-1000", "US", "1000.00", due, currency="USD")
    book.invoice("OLD-300", "OLD", "300.00", date(2023, 12, 20))       # expires within 90 days
    with book.db.session() as s:
        fx.set_rate(s, ON - timedelta(days=3), "USD", Decimal("7.10"))
    with book.db.engine.connect() as conn:
        items = [w for w in dn.worklist(conn, ON) if w.customer_code in ("CN", "US", "OLD")]
    by = {(w.kind, w.customer_code): w for w in items}
    usd, cny, old = by[("call", "US")], by[("call", "CN")], by[("limitation", "OLD")]
    assert usd.home_amount == 7_100 and cny.home_amount == 5_000
    assert usd.weight == 7_100 * usd.age and cny.weight == 5_000 * cny.age
    age_old = (ON - date(2023, 12, 20)).days
    assert old.age == age_old and old.weight == 300 * age_old          # 300 × ~1,070 days
    assert old.days > 0                                                # shown: days left
    assert [w.rank for w in items] == sorted(w.rank for w in items)
    assert old.rank < usd.rank < cny.rank
