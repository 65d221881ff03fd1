"""Aging: buckets and bases, per customer and currency, history replayed, FX, drill-down, CLI.

The fixture ledger, as of Monday 2026-11-23 (amounts in minor units):

customer A (CNY)                 issue        due          open on 11-23   age by due / by issue
  A1  1,000.00                   2026-10-24   2026-11-23   100_000         0 → not due / 30 → 0-30
  A2  2,000.00                   2026-09-23   2026-11-22   200_000         1 → 1-30   / 61 → 61-90
  A3    300.00                   2026-09-01   2026-10-24    30_000        30 → 1-30   / 83 → 61-90
  A4    400.00, 100.00 paid 11-01 2026-08-24  2026-10-23    30_000        31 → 31-60  / 91 → 91-180
  A5    500.00                   2025-10-24   2025-11-23    50_000       365 → 181-365 / 395 → >365
  A6    600.00                   2025-10-23   2025-11-22    60_000       366 → >365  / 396 → >365
  A7    issued 2026-11-24 (after the date)                  —
  A8    cancelled on 2026-11-01                             —
  CN1   credit note 50.00 issued 2026-11-10, not applied   → unapplied credits 5_000
  P1    payment 170.00 on 2026-11-01, 100.00 applied to A4 → unapplied payments 7_000
customer B (USD)
  B1  1,000.00                   2026-08-01   2026-08-31   100_000        84 → 61-90  / 114 → 91-180
  B2    200.00 written off on 2026-10-01                    —
customer C (CNY): only a payment of 250.00 on 2026-11-20, not applied → unapplied payments 25_000
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from app.cli import main
from app.errors import ValidationError
from app.models import Allocation, ExchangeRate
from app.services import aging as AG
from app.services import customers as cs
from app.services import ledger as L
from app.services import writeoffs as W
from app.services.asof import open_documents, unapplied_payments, unapplied_payments_plain

AS_OF = date(2026, 11, 23)
D = date.fromisoformat


def _inv(s, number, cid, issue, due, cur, amount):
    return L.create_invoice(s, L.InvoiceData(number, cid, D(issue), cur, amount, due_date=D(due)))


@pytest.fixture
def ledger(db):
    ids = {}
    with db.session() as s:
        a = cs.create_customer(s, cs.CustomerData(code="A", name="甲 Trading"))
        b = cs.create_customer(s, cs.CustomerData(code="B", name="Acme & <Sons>", currency="USD"))
        c = cs.create_customer(s, cs.CustomerData(code="C", name="丙"))
        ids.update(A=a, B=b, C=c)
        ids["A1"] = _inv(s, "A1", a, "2026-10-24", "2026-11-23", "CNY", 100_000)
        ids["A2"] = _inv(s, "A2", a, "2026-09-23", "2026-11-22", "CNY", 200_000)
        ids["A3"] = _inv(s, "A3", a, "2026-09-01", "2026-10-24", "CNY", 30_000)
        ids["A4"] = _inv(s, "A4", a, "2026-08-24", "2026-10-23", "CNY", 40_000)
        ids["A5"] = _inv(s, "A5", a, "2025-10-24", "2025-11-23", "CNY", 50_000)
        ids["A6"] = _inv(s, "A6", a, "2025-10-23", "2025-11-22", "CNY", 60_000)
        ids["A7"] = _inv(s, "A7", a, "2026-11-24", "2026-12-24", "CNY", 70_000)
        ids["A8"] = _inv(s, "A8", a, "2026-10-01", "2026-10-31", "CNY", 80_000)
        L.cancel_invoice(s, ids["A8"], "issued twice", D("2026-11-01"))
        ids["CN1"] = L.create_credit_note(s, L.InvoiceData("CN1", a, D("2026-11-10"), "CNY", 5_000))
        ids["P1"] = L.record_payment(s, customer_id=a, on=D("2026-11-01"), currency="CNY",
                                     amount_minor=17_000)
        L.allocate_payment(s, ids["P1"], ids["A4"], 10_000, D("2026-11-01"))
        ids["B1"] = _inv(s, "B1", b, "2026-08-01", "2026-08-31", "USD", 100_000)
        ids["B2"] = _inv(s, "B2", b, "2026-06-01", "2026-07-01", "USD", 20_000)
        W.write_off(s, ids["B2"], D("2026-10-01"), "insolvent")
        ids["PC"] = L.record_payment(s, customer_id=c, on=D("2026-11-20"), currency="CNY",
                                     amount_minor=25_000)
    return ids


def _report(db, on=AS_OF, **kw):
    with db.engine.connect() as c:
        return AG.aging(c, on, **kw)


def _rows(report):
    return {(r.customer_code, r.currency): r for r in report.rows}


# ------------------------------------------------------------------------- buckets

def test_default_buckets_and_labels():
    due = AG.make_buckets()
    assert [b.label for b in due] == ["not due", "1-30", "31-60", "61-90", "91-180", "181-365", ">365"]
    assert [(b.lo, b.hi) for b in due] == [(None, 0), (1, 30), (31, 60), (61, 90), (91, 180),
                                           (181, 365), (366, None)]
    assert [b.overdue for b in due] == [False] + [True] * 6
    issue = AG.make_buckets(basis="issue")
    assert [b.label for b in issue] == ["0-30", "31-60", "61-90", "91-180", "181-365", ">365"]
    assert [AG.bucket_text(b) for b in (due[0], due[1], due[-1])] == ["Not due", "1–30 days", ">365 days"]


@pytest.mark.parametrize("text,expected", [
    ("30,60,90,180,365", (30, 60, 90, 180, 365)), (" 15 , 45 ", (15, 45)), ("7", (7,)),
    ("30，60", (30, 60)),
])
def test_parse_bounds(text, expected):
    assert AG.parse_bounds(text) == expected
    assert [b.label for b in AG.make_buckets(expected)][-1] == f">{expected[-1]}"


@pytest.mark.parametrize("text", ["", "30,30", "60,30", "0,30", "-5,30", "30,abc", "1.5",
                                  ",".join(str(i) for i in range(1, 15))])
def test_parse_bounds_refuses(text):
    with pytest.raises(ValidationError):
        AG.parse_bounds(text)


def test_unknown_basis_and_currency(db):
    with pytest.raises(ValidationError):
        AG.make_buckets(basis="paid")
    with pytest.raises(ValidationError):
        _report(db, currency="XYZ")


# ------------------------------------------------------------------------- the report

def test_aging_by_due_date(db, ledger):
    rep = _report(db)
    assert rep.as_of == AS_OF and rep.basis == "due" and len(rep.buckets) == 7
    rows = _rows(rep)
    assert set(rows) == {("A", "CNY"), ("B", "USD"), ("C", "CNY")}
    a = rows[("A", "CNY")]
    # not due: A1; 1-30: A2 + A3; 31-60: A4 (400 − 100 paid); 181-365: A5; >365: A6
    assert a.amounts == (100_000, 230_000, 30_000, 0, 0, 50_000, 60_000)
    assert a.total == 470_000 and a.invoices == 6
    assert a.overdue == 470_000 - 100_000                 # all but the not-due A1
    assert (a.unapplied_credits, a.unapplied_payments) == (5_000, 7_000)
    assert a.net == 470_000 - 5_000 - 7_000
    assert a.customer_name == "甲 Trading" and a.customer_id == ledger["A"]
    b = rows[("B", "USD")]
    assert b.amounts == (0, 0, 0, 100_000, 0, 0, 0) and b.overdue == 100_000   # B2 written off
    c = rows[("C", "CNY")]
    assert c.amounts == (0,) * 7 and c.total == 0 and c.unapplied_payments == 25_000 and c.net == -25_000
    # totals per currency, never across currencies
    totals = {t.currency: t for t in rep.totals}
    assert set(totals) == {"CNY", "USD"}
    assert totals["CNY"].amounts == a.amounts and totals["CNY"].total == 470_000
    assert totals["CNY"].unapplied_payments == 32_000 and totals["CNY"].customers == 2
    assert totals["USD"].total == 100_000 and totals["USD"].customers == 1
    assert [r.customer_code for r in rep.rows] == ["A", "B", "C"]


def test_aging_by_issue_date(db, ledger):
    rep = _report(db, basis="issue")
    assert [b.label for b in rep.buckets] == ["0-30", "31-60", "61-90", "91-180", "181-365", ">365"]
    rows = _rows(rep)
    # A1 30 days → 0-30; A2 61, A3 83 → 61-90; A4 91 → 91-180; A5 395, A6 396 → >365
    assert rows[("A", "CNY")].amounts == (100_000, 0, 230_000, 30_000, 0, 110_000)
    assert rows[("A", "CNY")].overdue == 370_000          # overdue follows the due date whatever the basis
    assert rows[("B", "USD")].amounts == (0, 0, 0, 100_000, 0, 0)    # 114 days since issue


def test_custom_buckets(db, ledger):
    rep = _report(db, bounds=(1, 31))
    assert [b.label for b in rep.buckets] == ["not due", "1-1", "2-31", ">31"]
    # A2 1 day; A3 30 days → 2-31; A4 31 → 2-31; A5, A6 → >31
    assert _rows(rep)[("A", "CNY")].amounts == (100_000, 200_000, 60_000, 110_000)


def test_filters(db, ledger):
    assert {k for k in _rows(_report(db, currency="usd"))} == {("B", "USD")}
    rep = _report(db, customer_id=ledger["A"])
    assert set(_rows(rep)) == {("A", "CNY")} and rep.totals[0].unapplied_payments == 7_000
    assert set(_rows(_report(db, customer_id=ledger["C"]))) == {("C", "CNY")}
    assert set(_rows(_report(db, overdue_only=True))) == {("A", "CNY"), ("B", "USD")}
    empty = _report(db, currency="EUR")
    assert empty.rows == () and empty.totals == () and empty.home is None


def test_a_past_date_gives_that_days_figures_whatever_happened_since(db, ledger):
    before = _report(db)
    earlier = _report(db, date(2026, 10, 31))
    with db.session() as s:
        pay = L.record_payment(s, customer_id=ledger["A"], on=D("2026-12-05"), currency="CNY",
                               amount_minor=200_000)
        L.allocate_payment(s, pay, ledger["A2"], 200_000, D("2026-12-05"))
        L.allocate_credit_note(s, ledger["CN1"], ledger["A3"], 5_000, D("2026-12-06"))
        W.write_off(s, ledger["A6"], D("2026-12-10"), "gone")
        L.cancel_invoice(s, ledger["A1"], "wrong customer", D("2026-12-01"))
        c1 = _inv(s, "C1", ledger["C"], "2026-11-25", "2026-12-25", "CNY", 25_000)
        L.allocate_payment(s, ledger["PC"], c1, 25_000, D("2026-12-01"))
        # the November payment on A4 is undone in December
        a4 = s.query(Allocation).filter_by(invoice_id=ledger["A4"]).one()
        L.undo_allocation(s, a4.id, "wrong invoice")
        s.execute(update(Allocation).where(Allocation.id == a4.id)
                  .values(undone_at=datetime(2026, 12, 2, 10, 0)))
    assert _report(db) == before
    assert _report(db, date(2026, 10, 31)) == earlier
    # and the later date sees the changes
    a = _rows(_report(db, date(2026, 12, 31)))[("A", "CNY")]
    assert a.total == 30_000 - 5_000 + 40_000 + 50_000 + 70_000     # A3 − CN1, A4 reopened, A5, A7
    assert a.unapplied_credits == 0 and ("C", "CNY") not in _rows(_report(db, date(2026, 12, 31)))


def test_earlier_date(db, ledger):
    rows = _rows(_report(db, date(2026, 10, 31)))
    a = rows[("A", "CNY")]
    # 10-31: A1 due 11-23 and A2 due 11-22 not due; A3 (7 days) and A4 (8 days, not yet paid) 1-30;
    # A8 (issued 10-01, cancelled 11-01) due 10-31 not due; A5 (342 days) 181-365; A6 343 181-365
    assert a.amounts == (100_000 + 200_000 + 80_000, 30_000 + 40_000, 0, 0, 0, 110_000, 0)
    assert (a.unapplied_credits, a.unapplied_payments) == (0, 0)
    assert ("C", "CNY") not in rows


# ------------------------------------------------------------------------- currencies

def _rate(db, cur, on, rate):
    with db.session() as s:
        s.add(ExchangeRate(date=D(on), currency=cur, rate=Decimal(rate)))


def test_home_total_uses_the_rate_of_the_as_of_date(db, ledger):
    _rate(db, "USD", "2026-11-01", "7.123465")
    _rate(db, "USD", "2026-11-30", "9")           # after the date: not used
    rep = _report(db)
    h = rep.home
    assert h.currency == "CNY" and h.missing == () and rep.warnings == ()
    assert h.rates == (("USD", Decimal("7.123465")),)
    # 1,000.00 USD × 7.123465 = 7,123.465 CNY → 712,346.5 fen → half-up 712,347
    assert h.amounts == (100_000, 230_000, 30_000, 712_347, 0, 50_000, 60_000)
    assert h.total == sum(h.amounts) == 470_000 + 712_347
    assert h.overdue == 370_000 + 712_347
    assert h.unapplied_payments == 32_000


def test_missing_rate_is_a_warning_and_left_out(db, ledger):
    _rate(db, "USD", "2026-11-30", "7.1")         # only after the date
    rep = _report(db)
    assert rep.home.missing == ("USD",) and rep.home.total == 470_000
    assert rep.home.amounts == (100_000, 230_000, 30_000, 0, 0, 50_000, 60_000)
    (w,) = rep.warnings
    assert (w.code, w.currency, w.amount_minor) == ("missing_rate", "USD", 100_000)
    assert w.text() == ("No exchange rate for USD on or before 2026-11-23: 1,000.00 USD left out of "
                        "the CNY total.")
    assert w.text(lambda t: t.replace("No exchange rate", "NO RATE")).startswith("NO RATE for USD")


def test_home_currency_of_the_company(db, ledger):
    from app.services.company import CompanyData, save_company
    with db.session() as s:
        save_company(s, CompanyData(name="Co", home_currency="USD"))
    rep = _report(db)
    assert rep.home.currency == "USD" and rep.home.missing == ("CNY",) and rep.home.total == 100_000


# ------------------------------------------------------------------------- drill-down

def test_drill_down(db, ledger):
    def numbers(bucket, **kw):
        with db.engine.connect() as c:
            items = AG.aging_items(c, AS_OF, ledger["A"], "CNY", bucket, **kw)
        return [(i.number, i.open_minor, i.bucket) for i in items]

    assert numbers(1) == [("A3", 30_000, 1), ("A2", 200_000, 1)]            # by due date
    assert numbers(2) == [("A4", 30_000, 2)]
    assert numbers(AG.CREDIT) == [("CN1", 5_000, AG.CREDIT)]
    assert numbers(4, basis="issue") == []                                 # 181-365 by issue: none
    assert numbers(5, basis="issue") == [("A6", 60_000, 5), ("A5", 50_000, 5)]
    everything = numbers(None)
    assert everything[0][0] == "CN1" and len(everything) == 7
    rep = _report(db)
    row = _rows(rep)[("A", "CNY")]
    assert sum(o for n, o, b in everything if b >= 0) == row.total
    with db.engine.connect() as c:
        (a4,) = AG.aging_items(c, AS_OF, ledger["A"], "CNY", 2)
    assert (a4.age_days, a4.days_overdue, a4.amount_minor, a4.kind) == (31, 31, 40_000, "invoice")


def test_unapplied_payments_when_an_undone_allocation_was_replaced_by_a_backdated_one(db, ledger):
    """P1 (170.00 on 11-01) had 100.00 on A4; that allocation is undone on 12-02 and all 170.00
    are then put on A3 and A2 with a date of 11-10. Between 11-10 and 12-01 both the old and the
    new allocations count (the undo came later), so P1 is over-applied by 100.00 on those days
    and A's unapplied payments are P2's 300.00 less that: 200.00 (as asof.unapplied_payments)."""
    with db.session() as s:
        a4 = s.query(Allocation).filter_by(invoice_id=ledger["A4"]).one()
        L.undo_allocation(s, a4.id, "wrong invoice")
        s.execute(update(Allocation).where(Allocation.id == a4.id)
                  .values(undone_at=datetime(2026, 12, 2, 10, 0)))
        L.allocate_payment(s, ledger["P1"], ledger["A3"], 10_000, D("2026-11-10"))
        L.allocate_payment(s, ledger["P1"], ledger["A2"], 7_000, D("2026-11-10"))
        L.record_payment(s, customer_id=ledger["A"], on=D("2026-11-12"), currency="CNY",
                         amount_minor=30_000)
    key = (ledger["A"], "CNY")
    with db.engine.connect() as c:
        for day in (date(2026, 11, 5), date(2026, 11, 15), date(2026, 12, 1), date(2026, 12, 3)):
            assert unapplied_payments(c, day) == unapplied_payments_plain(c, day), day
        assert unapplied_payments(c, date(2026, 11, 5))[key] == 7_000      # 170 − 100
        assert unapplied_payments(c, date(2026, 11, 15))[key] == 20_000    # 300 + 170 − 270
        assert unapplied_payments(c, date(2026, 12, 3))[key] == 30_000     # P1 fully applied


# ------------------------------------------------------------------------- properties

def _wipe(db):
    with db.engine.begin() as c:
        for t in ("allocation", "write_off", "payment", "invoice", "audit_log", "customer_alias",
                  "customer"):
            c.exec_driver_sql(f"DELETE FROM {t}")


_day = st.integers(min_value=0, max_value=120)
_doc = st.tuples(st.integers(0, 2), st.sampled_from(["CNY", "USD"]), _day,
                 st.integers(0, 60), st.integers(1, 50_000), st.booleans())
_event = st.tuples(st.integers(0, 50), _day, st.integers(1, 100), st.sampled_from(
    ["pay", "pay", "credit", "writeoff", "undo", "realloc"]), _day)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(docs=st.lists(_doc, min_size=1, max_size=12), events=st.lists(_event, max_size=15),
       as_of_day=st.integers(0, 150), basis=st.sampled_from(AG.BASES),
       bounds=st.lists(st.integers(1, 200), min_size=1, max_size=5, unique=True).map(sorted))
def test_buckets_add_up_to_what_is_open(db, docs, events, as_of_day, basis, bounds):
    """Sum over buckets == total open on the date per currency (asof.open_documents), whatever
    the history; unapplied payments agree with asof.unapplied_payments."""
    _wipe(db)
    start = date(2026, 1, 1)
    with db.session() as s:
        cids = [cs.create_customer(s, cs.CustomerData(code=f"K{i}", name=f"K{i}")) for i in range(3)]
        invoices, notes = [], []
        for n, (cust, cur, issue, terms, amount, is_note) in enumerate(docs):
            data = L.InvoiceData(f"D{n}", cids[cust], start + timedelta(issue), cur, amount,
                                 due_date=start + timedelta(issue + terms))
            if is_note:
                notes.append(L.create_credit_note(s, data))
            else:
                invoices.append(L.create_invoice(s, data))
        from app.models import Invoice, Payment
        for k, (target, day, pct, kind, later) in enumerate(events):
            if not invoices:
                break
            inv = s.get(Invoice, invoices[target % len(invoices)])
            on = max(inv.issue_date, start + timedelta(day))
            part = max(1, inv.open_minor * pct // 100)
            if kind == "pay" and inv.open_minor > 0 and inv.status != "written_off":
                p = L.record_payment(s, customer_id=inv.customer_id, on=on, currency=inv.currency,
                                     amount_minor=part + later)          # sometimes more than applied
                L.allocate_payment(s, p, inv.id, part, on + timedelta(later % 9))
            elif kind == "credit" and inv.open_minor > 0 and inv.status != "written_off":
                cn = L.create_credit_note(s, L.InvoiceData(f"N{k}", inv.customer_id, on, inv.currency,
                                                           part))
                L.allocate_credit_note(s, cn, inv.id, part, on)
            elif kind == "writeoff" and inv.open_minor > 0 and inv.status != "written_off":
                last = W.last_allocation_date(s, inv.id)
                W.write_off(s, inv.id, max(on, last or on), "x")
            elif kind == "undo":
                a = s.query(Allocation).filter(Allocation.undone_at.is_(None),
                                               Allocation.payment_id.is_not(None)).first()
                if a is not None and s.get(Invoice, a.invoice_id).status != "written_off":
                    L.undo_allocation(s, a.id, "x")
                    a.undone_at = datetime.combine(a.date + timedelta(later), datetime.min.time())
            elif kind == "realloc":
                # money freed by an undo goes to another open invoice of the customer
                for p in s.query(Payment).filter(Payment.unallocated_minor > 0):
                    inv2 = next((s.get(Invoice, i) for i in invoices
                                 if s.get(Invoice, i).customer_id == p.customer_id
                                 and s.get(Invoice, i).currency == p.currency
                                 and s.get(Invoice, i).open_minor > 0
                                 and s.get(Invoice, i).status != "written_off"), None)
                    if inv2 is not None:
                        amt = min(p.unallocated_minor, inv2.open_minor)
                        L.allocate_payment(s, p.id, inv2.id, amt, max(inv2.issue_date, p.date) +
                                           timedelta(later % 20))
                        break
        s.flush()
        assert all(p.unallocated_minor >= 0 for p in s.query(Payment))
    as_of = start + timedelta(as_of_day)
    with db.engine.connect() as c:
        rep = AG.aging(c, as_of, basis=basis, bounds=tuple(bounds))
        docs_open = list(open_documents(c, as_of))
        expected_paid = unapplied_payments(c, as_of)
        assert unapplied_payments_plain(c, as_of) == expected_paid
    assert {d.id: d.open_minor for d in docs_open} == _open_by_hand(db, as_of)
    for cur in ("CNY", "USD"):
        want = sum(d.open_minor for d in docs_open if d.currency == cur and d.kind == "invoice")
        credits = sum(d.open_minor for d in docs_open if d.currency == cur and d.kind == "credit_note")
        t = next((t for t in rep.totals if t.currency == cur), None)
        if t is None:
            assert want == credits == 0
            continue
        assert sum(t.amounts) == t.total == want
        assert t.unapplied_credits == credits
        assert t.unapplied_payments == sum(v for (_, c_), v in expected_paid.items() if c_ == cur)
        rows = [r for r in rep.rows if r.currency == cur]
        assert all(sum(r.amounts) == r.total for r in rows)
        assert sum(r.total for r in rows) == want
        overdue = sum(d.open_minor for d in docs_open
                      if d.currency == cur and d.kind == "invoice" and d.due_date < as_of)
        assert t.overdue == overdue
        for b, amount in zip(rep.buckets, t.amounts):
            by_hand = sum(d.open_minor for d in docs_open if d.currency == cur and d.kind == "invoice"
                          and b.holds((as_of - (d.due_date if basis == "due" else d.issue_date)).days))
            assert amount == by_hand


def _open_by_hand(db, as_of: date) -> dict[int, int]:
    """The as-of rule in Python over the dated rows (independent of asof's SQL)."""
    from datetime import timezone

    from app.models import Invoice, WriteOff

    def live(day, gone):        # gone: naive UTC timestamp; the user's local day counts
        local = None if gone is None else gone.replace(tzinfo=timezone.utc).astimezone().date()
        return day <= as_of and (local is None or local > as_of)

    out: dict[int, int] = {}
    with db.session() as s:
        allocs = s.query(Allocation).all()
        wos = s.query(WriteOff).all()
        for d in s.query(Invoice):
            if d.issue_date > as_of or (d.cancelled_on is not None and d.cancelled_on <= as_of):
                continue
            left = d.amount_minor
            left -= sum(a.amount_minor for a in allocs
                        if d.id in (a.invoice_id, a.credit_note_id) and live(a.date, a.undone_at))
            left -= sum(w.amount_minor for w in wos
                        if w.invoice_id == d.id and live(w.date, w.reversed_at))
            if left > 0:
                out[d.id] = left
    return out


# ------------------------------------------------------------------------- CLI

def _cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_aging_json(db, ledger, capsys):
    _rate(db, "USD", "2026-11-01", "7")
    path = str(db.path)
    db.close()
    code, out, err = _cli(capsys, "aging", "--db", path, "--as-of", "2026-11-23", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert {"as_of", "basis", "buckets", "rows", "totals"} <= set(doc)
    assert doc["as_of"] == "2026-11-23" and doc["basis"] == "due"
    assert doc["buckets"] == ["not due", "1-30", "31-60", "61-90", "91-180", "181-365", ">365"]
    a = next(r for r in doc["rows"] if r["customer_code"] == "A")
    assert {"customer_code", "currency", "amounts", "total"} <= set(a)
    assert a["currency"] == "CNY"
    assert a["amounts"] == ["1000.00", "2300.00", "300.00", "0.00", "0.00", "500.00", "600.00"]
    assert a["total"] == "4700.00" and a["unapplied_payments"] == "70.00" and a["net"] == "4580.00"
    totals = {t["currency"]: t for t in doc["totals"]}
    assert {"currency", "amounts", "total"} <= set(totals["USD"])
    assert totals["USD"]["amounts"][3] == "1000.00" and totals["CNY"]["total"] == "4700.00"
    assert doc["home"]["total"] == "11700.00" and doc["home"]["rates"] == {"USD": "7"}
    assert doc["warnings"] == []

    code, out, _ = _cli(capsys, "aging", "--db", path, "--as-of", "2026-11-23", "--json",
                        "--basis", "issue", "--buckets", "30,90", "--currency", "CNY",
                        "--customer", "A", "--overdue-only")
    assert code == 0
    doc = json.loads(out)
    assert doc["basis"] == "issue" and doc["buckets"] == ["0-30", "31-90", ">90"]
    assert [(r["customer_code"], r["amounts"]) for r in doc["rows"]] == [
        ("A", ["1000.00", "2300.00", "1400.00"])]

    code, out, err = _cli(capsys, "aging", "--db", path, "--as-of", "2026-11-23")
    assert code == 0 and "4,700.00" in out and "Total" in out


@pytest.mark.parametrize("args", [("--buckets", "60,30"), ("--buckets", "x"), ("--customer", "NOPE"),
                                  ("--currency", "XYZ")])
def test_cli_aging_bad_input_exits_2(db, capsys, args):
    path = str(db.path)
    db.close()
    code, out, err = _cli(capsys, "aging", "--db", path, "--json", *args)
    assert code == 2 and out == "" and err.strip() and "Traceback" not in err


def test_cli_missing_rate_warning(db, ledger, capsys):
    path = str(db.path)
    db.close()
    code, out, err = _cli(capsys, "aging", "--db", path, "--as-of", "2026-11-23", "--json")
    doc = json.loads(out)
    assert doc["home"]["missing"] == ["USD"] and doc["home"]["total"] == "4700.00"
    assert doc["warnings"] == [{"code": "missing_rate", "currency": "USD", "amount": "1000.00",
                                "message": "No exchange rate for USD on or before 2026-11-23: "
                                           "1,000.00 USD left out of the CNY total."}]
    code, out, err = _cli(capsys, "aging", "--db", path, "--as-of", "2026-11-23")
    assert code == 0 and "No exchange rate for USD" in err
