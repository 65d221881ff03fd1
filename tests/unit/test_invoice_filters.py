"""The invoice list's columnar load, compact text column, filters, sorts and totals."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import Customer
from app.services import customers as cs
from app.services import ledger as L
from app.services.columns import SEP, TextColumn
from app.services.invoice_filters import (InvoiceFilter, InvoiceView, document_info,
                                          increment_number, rows_as_tsv, suggest_number)
from app.services.queries import KINDS, STATUSES, day_to_date, load_invoice_table

AS_OF = date(2026, 11, 23)


# --------------------------------------------------------------- TextColumn
@given(st.lists(st.text(alphabet=st.characters(blacklist_characters=SEP), max_size=12), max_size=40))
def test_text_column_reads_like_a_list(values):
    col = TextColumn()
    half = len(values) // 2
    col.extend(values[:half])
    if values[half:]:
        col.extend_joined(SEP.join(values[half:]), len(values[half:]))
    assert len(col) == len(values)
    assert [col[i] for i in range(len(values))] == values
    assert list(col) == values
    if values:
        assert col[-1] == values[-1]


def test_text_column_refuses_a_separator_inside_a_value():
    col = TextColumn(["A"])
    with pytest.raises(ValueError):
        col.extend_joined("B" + SEP + "C", 1)
    assert list(col) == ["A"]               # nothing appended
    col.extend(["x" + SEP + "y", None])     # the list path cleans instead
    assert list(col) == ["A", "x y", ""]
    with pytest.raises(IndexError):
        col[3]


def test_text_column_contains_mask():
    col = TextColumn(["INV-1", "inv-22 inv", "CN-3", "", "xinv", "Straße"])
    assert list(col.contains_mask("inv")) == [1, 1, 0, 0, 1, 0]
    assert list(col.contains_mask("zz")) == [0] * 6
    assert list(col.contains_mask("STRASSE")) == [0, 0, 0, 0, 0, 1]     # case-folded
    assert TextColumn().contains_mask("x") == bytearray()


@pytest.mark.parametrize("filler", ["INV-{k}", "Straße {k}"])     # ß: casefold changes offsets
def test_text_column_contains_mask_rare_needle(filler):
    values = [filler.format(k=k) for k in range(200)]
    values[17] = "special PO-XY"
    values[150] = "po-xy again po-xy"
    col = TextColumn(values)
    mask = col.contains_mask("PO-XY")
    assert [i for i, m in enumerate(mask) if m] == [17, 150]
    assert [i for i, m in enumerate(col.contains_mask("inv-19")) if m] == (
        [19] + list(range(190, 200)) if filler.startswith("INV") else [])


# ------------------------------------------------------------------- fixtures
@pytest.fixture
def ledger_db(db):
    """Three customers, invoices with every status, a credit note; ids with a gap."""
    with db.session() as s:
        a = cs.create_customer(s, cs.CustomerData(code="B-ACME", name="Acme Trading", terms_days=30))
        b = cs.create_customer(s, cs.CustomerData(code="A-ZHANG", name="上海张记贸易有限公司",
                                                  currency="USD", terms_days=10))
        c = cs.create_customer(s, cs.CustomerData(code="C-ZED", name="Zed Ltd", terms_days=0))
    ids = {}
    with db.session() as s:
        def inv(number, cust, issue, amount, currency="CNY", due=None, po=""):
            ids[number] = L.create_invoice(s, L.InvoiceData(number, cust, issue, currency, amount,
                                                            due_date=due, po=po))
        inv("INV-001", a, date(2026, 9, 1), 100_00, po="PO-777")          # overdue
        inv("INV-002", a, date(2026, 11, 1), 250_00)                        # not yet due
        inv("INV-003", b, date(2026, 10, 1), 999_99, currency="USD")      # overdue, paid below
        inv("INV-004", b, date(2026, 11, 20), 50_00, currency="USD")
        inv("INV-005", c, date(2026, 8, 1), 10_00)                          # cancelled below
        inv("INV-006", c, date(2026, 11, 22), 70_00, due=date(2026, 12, 31))  # disputed below
    with db.session() as s:
        p = L.record_payment(s, customer_id=b, on=date(2026, 10, 20), currency="USD", amount_minor=999_99)
        L.allocate_payment(s, p, ids["INV-003"], 999_99, date(2026, 10, 20))
        L.cancel_invoice(s, ids["INV-005"], "duplicate", AS_OF)
        L.set_dispute(s, ids["INV-006"], True, "wrong goods")
        ids["CN-001"] = L.create_credit_note(
            s, L.InvoiceData("CN-001", a, date(2026, 11, 10), "CNY", 30_00), corrects_invoice_id=ids["INV-002"],
            reason="return")
        ids["CN-002"] = L.create_credit_note(
            s, L.InvoiceData("CN-002", a, date(2026, 11, 11), "CNY", 5_00), reason="goodwill", allocate=False)
    with db.engine.begin() as conn:      # a gap in the ids
        conn.exec_driver_sql("UPDATE invoice SET id = id + 100000 WHERE number = 'CN-002'")
    ids["CN-002"] += 100000
    return db, ids


def _table(db):
    with db.engine.connect() as conn:
        return load_invoice_table(conn, AS_OF)


def _numbers(view: InvoiceView) -> list[str]:
    return [view.table.number[r] for r in view.rows]


def _shown(view: InvoiceView, **kw) -> list[str]:
    view.apply_filter(InvoiceFilter(**kw))
    return _numbers(view)


# ---------------------------------------------------------------------- loader
def test_load_matches_the_database_row_by_row(ledger_db):
    db, ids = ledger_db
    t = _table(db)
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT i.id, i.number, c.code, i.kind, i.issue_date, i.due_date, i.currency, i.amount_minor, "
            "i.open_minor, i.status, i.po FROM invoice i JOIN customer c ON c.id = i.customer_id "
            "ORDER BY i.id").all()
    assert len(t) == len(rows) == 8
    for k, (iid, number, code, kind, issue, due, cur, amount, open_, status, po) in enumerate(rows):
        assert t.id[k] == iid and t.number[k] == number and t.po[k] == po
        assert t.customer_codes[t.customer[k]] == code
        assert KINDS[t.kind[k]] == kind and STATUSES[t.status[k]] == status
        assert day_to_date(t.issue[k]).isoformat() == issue and day_to_date(t.due[k]).isoformat() == due
        assert (t.currency[k], t.amount[k], t.open[k]) == (cur, amount, open_)
    assert t.customer_codes == ["A-ZHANG", "B-ACME", "C-ZED"]


def test_load_falls_back_row_by_row_for_odd_text(ledger_db):
    db, ids = ledger_db
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE invoice SET po = 'a' || char(31) || 'b' WHERE number = 'INV-002'")
    t = _table(db)
    k = list(t.id).index(ids["INV-002"])
    assert t.po[k] == "a b"
    assert [t.number[i] for i in range(len(t))][:2] == ["INV-001", "INV-002"]


def test_load_reports_progress_and_can_stop(ledger_db):
    db, _ = ledger_db
    seen = []
    with db.engine.connect() as conn:
        t = load_invoice_table(conn, AS_OF, progress=lambda n: seen.append(n) or False)
    assert seen == [len(t)] and len(t) == 7      # stopped after the first id range (the gap)


def test_empty_database(db):
    t = _table(db)
    assert len(t) == 0
    v = InvoiceView(t)
    assert len(v.apply_filter(InvoiceFilter(status="open", text="x"))) == 0
    assert v.open_totals() == {}


# --------------------------------------------------------------------- filters
@pytest.mark.parametrize("status,expected", [
    ("all", ["INV-001", "INV-002", "INV-003", "INV-004", "INV-005", "INV-006", "CN-001", "CN-002"]),
    ("open", ["INV-001", "INV-002", "INV-004", "INV-006", "CN-002"]),
    ("overdue", ["INV-001"]),
    ("paid", ["INV-003", "CN-001"]),
    ("disputed", ["INV-006"]),
    ("cancelled", ["INV-005"]),
])
def test_status_filters(ledger_db, status, expected):
    v = InvoiceView(_table(ledger_db[0]))
    v.apply_filter(InvoiceFilter(status=status))
    assert _numbers(v) == expected


def test_text_customer_and_date_filters(ledger_db):
    t = _table(ledger_db[0])
    v = InvoiceView(t)
    assert _shown(v, text="po-777") == ["INV-001"]
    assert _shown(v, text="张记") == ["INV-003", "INV-004"]
    assert _shown(v, text="a-zhang") == ["INV-003", "INV-004"]
    assert _shown(v, text="cn-") == ["CN-001", "CN-002"]
    zed = t.customer_codes.index("C-ZED")
    v.apply_filter(InvoiceFilter(customer=zed))
    assert _numbers(v) == ["INV-005", "INV-006"]
    v.apply_filter(InvoiceFilter(issue_from=date(2026, 11, 1), issue_to=date(2026, 11, 20)))
    assert _numbers(v) == ["INV-002", "INV-004", "CN-001", "CN-002"]
    v.apply_filter(InvoiceFilter(status="open", customer=t.customer_codes.index("B-ACME"), text="inv"))
    assert _numbers(v) == ["INV-001", "INV-002"]


def test_sorts_are_stable_and_signed(ledger_db):
    v = InvoiceView(_table(ledger_db[0]))
    v.sort("amount")
    assert _numbers(v)[:2] == ["CN-001", "CN-002"]          # credit notes count negative
    assert _numbers(v)[-1] == "INV-003"
    v.sort("customer")                                       # by name: Acme, Zed, 上海…
    assert _numbers(v) == ["INV-001", "INV-002", "CN-001", "CN-002", "INV-005", "INV-006",
                           "INV-003", "INV-004"]
    v.sort("customer", descending=True)                      # equal keys keep their id order
    assert _numbers(v) == ["INV-003", "INV-004", "INV-005", "INV-006", "INV-001", "INV-002",
                           "CN-001", "CN-002"]
    v.sort("due_date")
    dues = [v.table.due[r] for r in v.rows]
    assert dues == sorted(dues)
    v.sort("number", descending=True)
    assert _numbers(v)[0] == "INV-006"
    v.apply_filter(InvoiceFilter(status="open"))             # the filter keeps the sort
    assert _numbers(v) == ["INV-006", "INV-004", "INV-002", "INV-001", "CN-002"]
    v.sort("days_overdue", descending=True)
    assert _numbers(v)[0] == "INV-001"


def test_open_totals_per_currency(ledger_db):
    v = InvoiceView(_table(ledger_db[0]))
    v.apply_filter(InvoiceFilter(status="open"))
    # INV-001 100 + INV-002 (250 − 30 credited) + INV-006 70 − CN-002 5 ; USD: INV-004 50
    assert v.open_totals() == {"CNY": 100_00 + 220_00 + 70_00 - 5_00, "USD": 50_00}


# ------------------------------------------------------------------- helpers
@pytest.mark.parametrize("last,nxt", [
    ("INV-2026-0099", "INV-2026-0100"), ("A9", "A10"), ("X", "X-1"), ("7/2026", "7/2027"),
    ("FP00012B", "FP00013B"),
])
def test_increment_number(last, nxt):
    assert increment_number(last) == nxt


def test_suggest_number_skips_taken(ledger_db):
    db, _ = ledger_db
    with db.engine.connect() as conn:
        assert suggest_number(conn, "invoice") == "INV-007"
        assert suggest_number(conn, "credit_note") == "CN-003"
    with db.session() as s:
        cid = s.scalars(select(Customer.id)).first()
        L.create_invoice(s, L.InvoiceData("CN-003", cid, AS_OF, "CNY", 1))
    with db.engine.connect() as conn:
        assert suggest_number(conn, "credit_note") == "CN-004"


def test_document_info_counts_applied(ledger_db):
    db, ids = ledger_db
    with db.engine.connect() as conn:
        assert document_info(conn, ids["INV-002"]).applied_count == 1
        assert document_info(conn, ids["INV-001"]).applied_count == 0
        assert document_info(conn, 424242) is None
        d = document_info(conn, ids["INV-006"])
    assert d.disputed and d.dispute_reason == "wrong goods" and d.due_date == date(2026, 12, 31)


def test_rows_as_tsv():
    assert rows_as_tsv(["A", "B"], [["1", "x\ty"], ["2", "a\nb"]]) == "A\tB\n1\tx y\n2\ta b\n"


def test_view_default_order_is_id_order(ledger_db):
    v = InvoiceView(_table(ledger_db[0]))
    assert list(v.rows) == list(range(8))
    v.sort(None, descending=True)
    assert list(v.rows) == list(range(7, -1, -1))
    assert day_to_date(v.table.issue[0]) == date(2026, 9, 1)
    assert day_to_date(v.table.due[0]) - day_to_date(v.table.issue[0]) == timedelta(days=30)
