"""Oldest-first allocation: the plan (order, currencies, dates, disputes) and applying it."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.services import customers as cs
from app.services import ledger as L
from app.services.allocation import apply_allocation_plan, plan_oldest_first

AS_OF = date(2026, 11, 23)


@pytest.fixture
def book(db):
    """C1: invoices due 10-01 (A 300), 10-15 (B 500), 11-30 (C 400), USD invoice U, disputed D;
    payments 250 (09-20), 600 (11-01), USD 50; a credit note CN 100 (10-20) correcting C."""
    with db.session() as s:
        c = cs.create_customer(s, cs.CustomerData(code="C1", name="甲", terms_days=30))
        other = cs.create_customer(s, cs.CustomerData(code="C2", name="乙"))
        inv = {}
        for number, issue, due, cur, amount in (("B", date(2026, 9, 15), date(2026, 10, 15), "CNY", 50000),
                                                ("A", date(2026, 9, 1), date(2026, 10, 1), "CNY", 30000),
                                                ("C", date(2026, 10, 31), date(2026, 11, 30), "CNY", 40000),
                                                ("U", date(2026, 9, 1), date(2026, 10, 1), "USD", 9000),
                                                ("D", date(2026, 8, 1), date(2026, 9, 1), "CNY", 10000),
                                                ("LATER", date(2026, 11, 24), date(2026, 12, 24), "CNY", 100)):
            inv[number] = L.create_invoice(s, L.InvoiceData(number, c, issue, cur, amount, due_date=due))
        L.create_invoice(s, L.InvoiceData("OTHER", other, date(2026, 8, 1), "CNY", 100))
        L.set_dispute(s, inv["D"], True, "quality")
        L.record_payment(s, customer_id=c, on=date(2026, 9, 20), currency="CNY", amount_minor=25000,
                         reference="first")
        L.record_payment(s, customer_id=c, on=date(2026, 11, 1), currency="CNY", amount_minor=60000)
        L.record_payment(s, customer_id=c, on=date(2026, 10, 5), currency="USD", amount_minor=5000)
        L.record_payment(s, customer_id=c, on=date(2026, 11, 24), currency="CNY", amount_minor=999)  # after as-of
        L.create_credit_note(s, L.InvoiceData("CN", c, date(2026, 10, 20), "CNY", 10000),
                             corrects_invoice_id=inv["C"], allocate=False)
    return db


def steps(plan):
    return [(st.source_kind, st.source_label, st.invoice_number, st.amount_minor, st.date.isoformat())
            for st in plan.steps]


def test_plan_oldest_due_first_per_currency_dated_by_payment(book):
    with book.engine.connect() as c:
        plan = plan_oldest_first(c, 1, as_of=AS_OF)
    assert steps(plan) == [
        ("payment", "first", "A", 25000, "2026-09-20"),            # oldest money → oldest due date
        ("payment", "2026-10-05", "U", 5000, "2026-10-05"),        # USD only meets USD
        ("credit_note", "CN", "C", 10000, "2026-10-31"),           # corrects C: goes there first; C issued later
        ("payment", "2026-11-01", "A", 5000, "2026-11-01"),
        ("payment", "2026-11-01", "B", 50000, "2026-11-01"),
        ("payment", "2026-11-01", "C", 5000, "2026-11-01"),
    ]
    assert plan.credit_left == ()
    assert plan.open_left == (("CNY", 25000), ("USD", 4000))
    assert plan.disputed_skipped == 1
    assert plan.total() == {"CNY": 95000, "USD": 5000}


def test_dated_as_of_and_disputed_included(book):
    with book.engine.connect() as c:
        plan = plan_oldest_first(c, 1, as_of=AS_OF, dated="as_of", include_disputed=True, currency="CNY")
    assert {st.date for st in plan.steps} == {AS_OF}
    assert steps(plan)[0][:4] == ("payment", "first", "D", 10000)       # D is due first (09-01)
    assert plan.disputed_skipped == 0 and all(st.currency == "CNY" for st in plan.steps)
    with book.engine.connect() as c, pytest.raises(ValueError):
        plan_oldest_first(c, 1, as_of=AS_OF, dated="today")


def test_apply_writes_through_the_ledger_and_a_second_plan_is_empty(book):
    with book.session() as s:
        plan = plan_oldest_first(s, 1, as_of=AS_OF)
        ids = apply_allocation_plan(s, plan)
    assert len(ids) == 6
    with book.engine.connect() as c:
        state = dict(c.exec_driver_sql("SELECT number, open_minor || ' ' || status FROM invoice").all())
        left = c.exec_driver_sql("SELECT SUM(unallocated_minor) FROM payment WHERE date <= '2026-11-23'").scalar_one()
        audits = c.exec_driver_sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'allocation'").scalar_one()
    assert state["A"] == "0 paid" and state["B"] == "0 paid" and state["C"] == "25000 partly_paid"
    assert state["U"] == "4000 partly_paid" and state["CN"] == "0 paid" and state["D"] == "10000 disputed"
    assert left == 0 and audits == 6
    with book.session() as s:
        again = plan_oldest_first(s, 1, as_of=AS_OF)
        assert again.empty
        with pytest.raises(ValidationError, match="nothing to allocate"):
            apply_allocation_plan(s, again)


def test_a_stale_plan_fails_instead_of_over_allocating(book):
    with book.engine.connect() as c:
        plan = plan_oldest_first(c, 1, as_of=AS_OF)
    with book.session() as s:                        # meanwhile A is paid by hand
        pay = L.record_payment(s, customer_id=1, on=date(2026, 11, 2), currency="CNY", amount_minor=30000)
        L.allocate_payment(s, pay, 2, 30000, date(2026, 11, 2))
    with pytest.raises(ValidationError, match="still open on A"):
        with book.session() as s:
            apply_allocation_plan(s, plan)
    with book.engine.connect() as c:
        assert c.exec_driver_sql("SELECT COUNT(*) FROM allocation").scalar_one() == 1
