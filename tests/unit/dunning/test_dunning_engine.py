"""The dunning run: a scripted month of daily runs, no skipping, one letter per customer,
exclusions, idempotent issuing, cancelling, payments stopping the ladder."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.models import AuditLog, DunningAction, DunningStageEvent
from app.services import dunning as dn


def fake_render(data) -> bytes:
    return b"%PDF-fake " + data.reference.encode()



def daily(book, start: date, end: date) -> list[tuple[date, int, list[tuple[str, int]]]]:
    """Run and issue every day from start to end; the letters created, in order."""
    letters = []
    d = start
    while d <= end:
        res, issued = book.issue(d)
        for p, i in zip(res.proposals, issued):
            if i.created:
                letters.append((p.action_date, p.stage, [(x.number, x.stage) for x in p.invoices]))
        d += timedelta(days=1)
    return letters


def test_scripted_month_ladder(book):
    """Default ladder −3/+7/+15/+30/+60, China's calendar (weekends move to Monday), the
    minimum interval of 7 days; two invoices of one customer share a letter when due together."""
    book.customer("C1")
    book.invoice("A", "C1", "1000.00", date(2026, 11, 10))   # Tue
    book.invoice("B", "C1", "500.00", date(2026, 11, 20))    # Fri
    letters = daily(book, date(2026, 11, 1), date(2027, 1, 31))
    assert letters == [
        (date(2026, 11, 9), 1, [("A", 1)]),             # −3 = Sat 11-07 → Mon 11-09
        (date(2026, 11, 17), 2, [("A", 2), ("B", 1)]),  # A +7; B −3: one letter, highest stage
        (date(2026, 11, 25), 3, [("A", 3)]),            # A +15
        (date(2026, 11, 27), 2, [("B", 2)]),            # B +7
        (date(2026, 12, 7), 3, [("B", 3)]),             # B +15 = Sat 12-05 → Mon 12-07
        (date(2026, 12, 10), 4, [("A", 4)]),            # A +30
        (date(2026, 12, 21), 4, [("B", 4)]),            # B +30 = Sun 12-20 → Mon 12-21
        (date(2027, 1, 11), 5, [("A", 5)]),             # A +60 = Sat 01-09 → Mon 01-11
        (date(2027, 1, 19), 5, [("B", 5)]),             # B +60; then handed over: nothing more
    ]
    with book.db.engine.connect() as conn:
        res = dn.run(conn, date(2027, 3, 1))
    assert res.proposals == ()
    assert sorted(r for _, r in res.excluded) == ["handed_over", "handed_over"]


def test_no_skipping_45_days_overdue(book):
    book.customer("C1")
    book.invoice("OLD", "C1", "800.00", date(2026, 10, 9))
    res = book.run(date(2026, 11, 23))        # 45 days overdue, never dunned
    (p,) = res.proposals
    assert (p.stage, p.action, p.template) == (2, "phone", "first_reminder")   # not the agency
    assert p.letter.language == "zh" and p.letter.stage_name == "电话催收并首次提醒"
    assert p.invoices[0].days_overdue == 45 and p.invoices[0].previous_stage == 0
    letters = daily(book, date(2026, 11, 23), date(2026, 12, 20))
    assert [(d, s) for d, s, _ in letters] == [
        (date(2026, 11, 23), 2), (date(2026, 11, 30), 3), (date(2026, 12, 7), 4),
        (date(2026, 12, 14), 5)]


def test_letter_data_ready_to_print(book):
    book.customer("C1", language="en")
    book.invoice("X-1", "C1", "1234.56", date(2026, 10, 30))
    res = book.run(date(2026, 11, 23))
    (p,) = res.proposals
    L = p.letter
    assert L is not None and L.language == "en" and L.template == "first_reminder"
    assert L.customer.code == "C1" and L.company.name.startswith("示例")
    assert L.total_overdue_minor == 123456 and L.stage == 2 and L.date == date(2026, 11, 23)
    assert L.pay_by == date(2026, 11, 30) and L.reference == ""
    assert L.stage_name == "Phone call and first reminder" and L.page_size == "A4"
    book.settings(page_size="Letter")                   # the company prints on US Letter
    (p,) = book.run(date(2026, 11, 23)).proposals
    assert p.letter.page_size == "Letter"
    from app.services.letters.pdf import render_letter
    assert b"/MediaBox [ 0 0 612 792 ]" in render_letter(p.letter)


def test_issuing_is_idempotent_and_immutable_cancel_audited(book):
    book.customer("C1")
    book.invoice("A", "C1", "100.00", date(2026, 11, 10))
    on = date(2026, 11, 17)
    res = book.run(on)
    with book.db.session() as s:
        first = dn.issue(s, res.proposals, on, sent_via="ems", proof="EMS1234567890CN",
                         render=fake_render)
    with book.db.session() as s:     # the same proposals issued again: nothing new
        again = dn.issue(s, res.proposals, on, render=fake_render)
    assert book.run(on).proposals == ()      # and a rerun of the day proposes nothing
    assert [i.created for i in first] == [True] and [i.created for i in again] == [False]
    assert again[0].action_id == first[0].action_id
    with book.db.session() as s:
        assert s.query(DunningAction).count() == 1
        assert s.query(DunningStageEvent).count() == 1
        a = s.get(DunningAction, first[0].action_id)
        assert a.pdf.startswith(b"%PDF") and a.reference == "DN-2026-000001"
        assert (a.sent_via, a.proof, a.stage) == ("ems", "EMS1234567890CN", 2)
        dn.cancel_action(s, a.id, "sent to the wrong address")
        assert s.scalar(select(AuditLog).where(AuditLog.entity == "dunning_action",
                                               AuditLog.field == "cancelled")) is not None
        with pytest.raises(dn.issuing.ValidationError):
            dn.cancel_action(s, a.id, "twice")
    # the invoice fell back: the same stage is proposed again, and a new letter is created
    _, third = book.issue(on)
    assert third[0].created and third[0].reference == "DN-2026-000002"


def test_payment_after_letter_stops_what_it_paid(book):
    book.customer("C1")
    book.invoice("A", "C1", "1000.00", date(2026, 11, 10))
    book.invoice("B", "C1", "300.00", date(2026, 11, 10))
    book.issue(date(2026, 11, 17))
    book.pay("A", "1000.00", date(2026, 11, 20))     # A paid in full
    book.pay("B", "100.00", date(2026, 11, 20))      # B in part
    res = book.run(date(2026, 11, 25))
    (p,) = res.proposals
    assert [(i.number, i.stage, i.open_minor) for i in p.invoices] == [("B", 3, 20000)]


def test_exclusions_dispute_hold_promise_plan(book):
    cid = book.customer("C1")
    c2 = book.customer("C2")
    for n in ("D", "H", "P", "I", "OK"):
        book.invoice(n, "C1", "100.00", date(2026, 11, 1))
    book.invoice("Z", "C2", "100.00", date(2026, 11, 1))
    on = date(2026, 11, 23)
    with book.db.session() as s:
        dn.dispute(s, [book.invoices["D"]], "goods damaged")
        dn.set_hold(s, invoice_id=book.invoices["H"], reason="credit note coming",
                    starts_on=on, until=date(2026, 11, 30))
        dn.set_hold(s, customer_id=c2, reason="director's request", starts_on=on)
        dn.add_promise(s, [book.invoices["P"]], date(2026, 11, 27), on)
        dn.create_plan(s, [book.invoices["I"]], on,
                       dn.split_parts(10000, 2, date(2026, 12, 1)))
    res = book.run(on)
    assert [i.number for p in res.proposals for i in p.invoices] == ["OK"]
    reasons = {r for _, r in res.excluded}
    assert reasons == {"disputed", "on_hold", "promise", "instalment_plan"}
    # the invoice hold ends by itself after its end date
    res = book.run(date(2026, 12, 1))
    assert "H" in [i.number for p in res.proposals for i in p.invoices]
    # the customer hold stays until lifted
    assert all(p.customer_id != c2 for p in res.proposals)
    with book.db.session() as s:
        (h,) = [h for h in dn.load_holds(s.connection(), c2)]
        dn.lift_hold(s, h.id, date(2026, 12, 1), "agreed")
    assert any(p.customer_id == c2 for p in book.run(date(2026, 12, 1)).proposals)


def test_broken_promise_resumes_and_kept_promise(book):
    book.customer("C1")
    book.invoice("P", "C1", "100.00", date(2026, 11, 1))
    book.invoice("K", "C1", "100.00", date(2026, 11, 1))
    on = date(2026, 11, 23)
    with book.db.session() as s:
        bp = dn.add_promise(s, [book.invoices["P"]], date(2026, 11, 27), on, grace_days=2)
        kp = dn.add_promise(s, [book.invoices["K"]], date(2026, 11, 27), on, amount_minor=5000)
    book.pay("K", "50.00", date(2026, 11, 26))
    # 11-27 + 2 grace: P still promised; K's promise (50.00) was kept, the rest is dunned
    res = book.run(date(2026, 11, 29))
    assert [(i.number, i.open_minor) for p in res.proposals for i in p.invoices] == [("K", 5000)]
    res = book.run(date(2026, 11, 30))                          # broken: P resumes
    assert [i.number for p in res.proposals for i in p.invoices] == ["K", "P"]
    with book.db.session() as s:
        dn.refresh(s, date(2026, 11, 30))
    with book.db.engine.connect() as conn:
        st = {p.id: p.stored_status for p in dn.load_promises(conn, statuses=("kept", "broken"))}
    assert st == {bp: "broken", kp: "kept"}


def test_missed_instalment_resumes_dunning(book):
    book.customer("C1")
    iid = book.invoice("I", "C1", "1000.00", date(2026, 10, 1))
    on = date(2026, 11, 2)
    with book.db.session() as s:
        parts = dn.split_parts(100000, 3, date(2026, 11, 10), every_days=30)
        pid = dn.create_plan(s, [iid], on, parts)
    book.pay("I", "333.34", date(2026, 11, 9))                 # first part paid on time
    assert book.run(date(2026, 12, 9)).proposals == ()         # second part due 12-10
    res = book.run(date(2026, 12, 11))                          # missed: dunning resumes
    assert [i.number for p in res.proposals for i in p.invoices] == ["I"]
    with book.db.engine.connect() as conn:
        (plan,) = dn.load_plans(conn)
        assert plan.id == pid and dn.plan_status(conn, plan, date(2026, 12, 11)) == "broken"


def test_grade_ladder_and_customer_grace(book):
    from app.services.credit import set_override
    cid = book.customer("D1")
    g = book.customer("G1")
    book.invoice("DD", "D1", "100.00", date(2026, 11, 10))
    book.invoice("GG", "G1", "100.00", date(2026, 11, 10))
    with book.db.session() as s:
        set_override(s, cid, reason="insolvency rumours", grade="D", starts_on=date(2026, 11, 1),
                     until=date(2026, 12, 31))
        set_override(s, g, reason="good payer", grade="A", starts_on=date(2026, 11, 1),
                     until=date(2026, 12, 31))
        dn.set_grace_days(s, g, 5, "CFO", date(2026, 11, 1), "long-standing customer")
        assert s.scalar(select(AuditLog).where(AuditLog.field == "dunning_grace_days")).after == "5"
    book.settings(grade_ladders=None)     # as the credit policies say: D strict, A standard
    res = book.run(date(2026, 11, 13))      # strict ladder: +3 → phone call for D1
    assert [(p.customer_code, p.stage, p.ladder) for p in res.proposals] == [("D1", 2, "strict")]
    # G1: +7 and 5 grace days → 11-22 (Sun) → Mon 11-23
    assert [p.customer_code for p in book.run(date(2026, 11, 20)).proposals if p.stage == 2] == ["D1"]
    assert "G1" in [p.customer_code for p in book.run(date(2026, 11, 23)).proposals]


def test_one_letter_per_customer_and_currency_fee(book):
    book.customer("C1")
    book.invoice("E1", "C1", "10.00", date(2026, 10, 1), currency="EUR")
    book.invoice("N1", "C1", "10.00", date(2026, 10, 1))
    ladder = tuple(s if s.offset_days != 7 else dn.Stage(s.name, 7, "phone", "first_reminder",
                                                         fee=__import__("decimal").Decimal("25"))
                   for s in dn.DEFAULT_LADDER)
    book.settings(ladders={"standard": ladder, "strict": ladder})
    res = book.run(date(2026, 11, 23))
    assert sorted((p.currency, p.fee_minor) for p in res.proposals) == [("CNY", 2500), ("EUR", 2500)]


def test_issue_without_letter_stage_needs_no_renderer(book):
    ladder = (dn.Stage("Call", 1, "phone", ""),)
    book.settings(ladders={"standard": ladder, "strict": ladder})
    book.customer("C1")
    book.invoice("A", "C1", "10.00", date(2026, 11, 10))
    res = book.run(date(2026, 11, 23))
    with book.db.session() as s:
        (i,) = dn.issue(s, res.proposals, date(2026, 11, 23), render=lambda d: 1 / 0)
        a = s.get(DunningAction, i.action_id)
        assert a.pdf is None and a.sent_via == "none" and a.action == "phone"


def test_default_stage_names_print_in_the_letters_language():
    from app.services.dunning.settings import stage_name_in
    assert stage_name_in("Formal demand letter", "zh") == "正式催告函"
    assert stage_name_in("Formal demand letter", "en") == "Formal demand letter"
    assert stage_name_in("我们自己的阶段", "zh") == "我们自己的阶段"      # typed by the user: as typed
