"""Limitation period (诉讼时效) restarts, and instalment plans that add up exactly."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.services import dunning as dn

AS_OF = date(2026, 11, 23)


def claim(book, number, as_of=AS_OF, within=None):
    with book.db.engine.connect() as conn:
        found = [c for c in dn.claims(conn, as_of, within) if c.number == number]
    return found[0] if found else None


def _letter(book, on, **kw):
    res = book.run(on)
    with book.db.session() as s:
        return dn.issue(s, res.proposals, on, render=lambda d: b"%PDF", **kw)


def test_default_three_years_from_due_and_expiring_list(book):
    book.customer("C1")
    book.invoice("OLD", "C1", "100.00", date(2023, 12, 1))
    book.invoice("NEW", "C1", "100.00", date(2026, 11, 1))
    c = claim(book, "OLD")
    assert (c.expires_on, c.restarted_by, c.days_left) == (date(2026, 12, 1), "due_date", 8)
    with book.db.engine.connect() as conn:
        assert [x.number for x in dn.expiring(conn, AS_OF)] == ["OLD"]        # 90 days
        assert [x.number for x in dn.claims(conn, AS_OF, 3)] == []
        # expired claims are never dropped
        later = dn.expiring(conn, date(2027, 1, 10))
    assert [(x.number, x.days_left) for x in later] == [("OLD", -40)]


def test_letter_without_proof_does_not_restart(book):
    book.customer("C1")
    book.invoice("OLD", "C1", "100.00", date(2023, 12, 1))
    (i,) = _letter(book, AS_OF, sent_via="post")
    assert claim(book, "OLD").restarted_by == "due_date"
    # the EMS tracking number arrives: the letter provably reached the customer
    with book.db.session() as s:
        dn.record_delivery(s, i.action_id, proof="EMS 1180 2233 4455 CN (催告函)",
                           delivered_on=date(2026, 11, 25))
    c = claim(book, "OLD", date(2026, 11, 30))
    assert (c.restarted_by, c.restarted_on, c.expires_on) == ("letter", date(2026, 11, 25),
                                                             date(2029, 11, 25))
    # a cancelled letter restarts nothing
    with book.db.session() as s:
        dn.cancel_action(s, i.action_id, "wrong customer")
    assert claim(book, "OLD", date(2026, 11, 30)).restarted_by == "due_date"


def test_letter_with_proof_at_issue(book):
    book.customer("C1")
    book.invoice("OLD", "C1", "100.00", date(2023, 12, 1))
    _letter(book, AS_OF, sent_via="ems", proof={book.customers["C1"]: "EMS1234567890CN"})
    c = claim(book, "OLD")
    assert (c.restarted_by, c.expires_on) == ("letter", date(2029, 11, 23))


def test_returned_letter_or_bounced_email_restarts_nothing(book):
    """E-mailed letters are recorded as delivered on the day the server accepted them (proof:
    Message-ID and the server's answer); a bounce, like returned post, is recorded as returned:
    the letter did not reach the customer, so it restarts nothing — until it is delivered."""
    from app.errors import ValidationError

    book.customer("C1")
    book.invoice("OLD", "C1", "100.00", date(2023, 12, 1))
    (i,) = _letter(book, AS_OF, sent_via="email",
                   proof={book.customers["C1"]: "<m1@ardesk> 250 queued as 7F2"})
    with book.db.session() as s:
        dn.record_delivery(s, i.action_id, delivered_on=AS_OF)
    assert claim(book, "OLD").restarted_by == "letter"
    with book.db.session() as s:
        dn.record_delivery(s, i.action_id, returned_on=date(2026, 11, 24), reason="mailbox unknown")
    c = claim(book, "OLD", date(2026, 11, 30))
    assert (c.restarted_by, c.expires_on) == ("due_date", date(2026, 12, 1))
    with book.db.engine.connect() as conn:
        a, = dn.list_actions(conn)
        assert (a.returned_on, a.delivered_on) == (date(2026, 11, 24), None)
        assert conn.exec_driver_sql("SELECT reason FROM audit_log WHERE field = 'returned_on'").scalar() \
            == "mailbox unknown"
    with pytest.raises(ValidationError):          # not before the letter
        with book.db.session() as s:
            dn.record_delivery(s, i.action_id, returned_on=AS_OF.replace(day=1))
    with pytest.raises(ValidationError):          # not both at once
        with book.db.session() as s:
            dn.record_delivery(s, i.action_id, returned_on=AS_OF, delivered_on=AS_OF)
    # sent again and delivered: restarts from the delivery
    with book.db.session() as s:
        dn.record_delivery(s, i.action_id, delivered_on=date(2026, 11, 27), proof="<m2@ardesk> 250")
    c = claim(book, "OLD", date(2026, 11, 30))
    assert (c.restarted_by, c.restarted_on) == ("letter", date(2026, 11, 27))
    with book.db.engine.connect() as conn:
        assert dn.list_actions(conn)[0].returned_on is None


def test_partial_payment_promise_plan_acknowledgement_restart(book):
    book.customer("C1")
    for n in ("PAY", "PROM", "PLAN", "ACK", "ALL"):
        book.invoice(n, "C1", "100.00", date(2023, 12, 1))
    book.pay("PAY", "10.00", date(2026, 6, 1))
    with book.db.session() as s:
        dn.add_promise(s, [book.invoices["PROM"]], date(2026, 8, 1), date(2026, 7, 1))
        dn.create_plan(s, [book.invoices["PLAN"]], date(2026, 7, 2),
                       dn.split_parts(10000, 2, date(2026, 8, 1)))
        dn.record_acknowledgement(s, book.customers["C1"], date(2026, 7, 3), "对账单已签字",
                                  invoice_id=book.invoices["ACK"])
    got = {n: (claim(book, n).restarted_by, claim(book, n).expires_on)
           for n in ("PAY", "PROM", "PLAN", "ACK", "ALL")}
    assert got == {"PAY": ("payment", date(2029, 6, 1)), "PROM": ("promise", date(2029, 7, 1)),
                   "PLAN": ("instalment_plan", date(2029, 7, 2)),
                   "ACK": ("acknowledgement", date(2029, 7, 3)),
                   "ALL": ("due_date", date(2026, 12, 1))}
    # a written acknowledgement of everything owed restarts every open invoice
    with book.db.session() as s:
        dn.record_acknowledgement(s, book.customers["C1"], date(2026, 8, 1), "balance confirmed")
    assert claim(book, "ALL").expires_on == date(2029, 8, 1)


def test_period_is_a_setting(book):
    book.customer("C1")
    book.invoice("OLD", "C1", "100.00", date(2024, 2, 29))
    book.settings(limitation_years=2)
    assert claim(book, "OLD").expires_on == date(2026, 2, 28)     # 29 February → 28th


@settings(max_examples=200, deadline=None)
@given(total=st.integers(min_value=1, max_value=10**13), n=st.integers(min_value=1, max_value=60))
def test_instalment_split_adds_up_exactly(total, n):
    if total < n:
        with pytest.raises(ValidationError):
            dn.split_parts(total, n, date(2026, 12, 1))
        return
    parts = dn.split_parts(total, n, date(2026, 12, 1), every_days=30)
    amounts = [a for _, a in parts]
    assert sum(amounts) == total and len(parts) == n
    assert max(amounts) - min(amounts) <= 1
    assert [d for d, _ in parts] == sorted(d for d, _ in parts)


def test_plan_must_add_up_to_what_is_open(book):
    book.customer("C1")
    iid = book.invoice("I", "C1", "100.00", date(2026, 11, 1))
    with book.db.session() as s:
        with pytest.raises(ValidationError):
            dn.create_plan(s, [iid], AS_OF, [(date(2026, 12, 1), 5000), (date(2027, 1, 1), 4999)])
        pid = dn.create_plan(s, [iid], AS_OF, [(date(2026, 12, 1), 5000), (date(2027, 1, 1), 5000)])
    book.pay("I", "100.00", date(2026, 12, 20))
    with book.db.engine.connect() as conn:
        (plan,) = dn.load_plans(conn)
        assert plan.id == pid and dn.plan_status(conn, plan, date(2026, 12, 21)) == "completed"


def test_plan_parts_tracked(book):
    book.customer("C1")
    iid = book.invoice("I", "C1", "100.00", date(2026, 11, 1))
    with book.db.session() as s:
        dn.create_plan(s, [iid], AS_OF, dn.split_parts(10000, 3, date(2026, 12, 1), 31),
                       grace_days=3)
    book.pay("I", "40.00", date(2026, 11, 30))
    with book.db.engine.connect() as conn:
        (plan,) = dn.load_plans(conn)
        got = [(p.seq, p.amount_minor, p.paid_minor, p.status)
               for p in dn.plan_parts(conn, plan, date(2027, 1, 3))]
    # 100.00 in 3 parts: 33.34 + 33.33 + 33.33; 40.00 paid covers part 1 and 6.66 of part 2
    assert got == [(1, 3334, 3334, "paid"), (2, 3333, 666, "due"), (3, 3333, 0, "upcoming")]


def test_issued_letter_is_the_real_pdf(book, tmp_path):
    """Issuing prints each letter with app.services.letters.pdf.render_letter and keeps it."""
    import shutil
    import subprocess
    book.customer("C1")
    book.invoice("A-1", "C1", "1234.56", date(2026, 10, 1))
    res = book.run(AS_OF)
    with book.db.session() as s:
        (i,) = dn.issue(s, res.proposals, AS_OF)          # the default renderer: the real one
    with book.db.engine.connect() as conn:
        pdf = dn.action_pdf(conn, i.action_id)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    if shutil.which("pdftotext") is None:
        return
    f = tmp_path / "letter.pdf"
    f.write_bytes(pdf)
    txt = subprocess.run(["pdftotext", str(f), "-"], capture_output=True, check=True,
                         text=True).stdout
    for want in ("客户 C1", "A-1", "1,234.56", i.reference, "示例有限公司"):
        assert want in txt, want
