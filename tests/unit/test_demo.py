"""The demo company: deterministic, internally consistent, varied enough for every later tab."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import text

from app.errors import UserError, ValidationError
from app.models import derive_status
from app.services.demo import BUCKETS, DEFAULT_SEED, generate_demo, months_back
from app.services.demo_names import iban, make_uscc, uscc_check_char
from app.services.progress import Cancelled, Progress
from app.storage.db import Database

AS_OF = date(2026, 11, 23)
TABLES = ("company", "company_bank_account", "customer", "customer_alias", "invoice", "payment",
          "allocation", "audit_log")


def _make(path, **kw):
    db = Database.open(path, create=True)
    kw.setdefault("as_of", AS_OF)
    summary = generate_demo(db, **kw)
    return db, summary


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    db, summary = _make(tmp_path_factory.mktemp("demo") / "small.db", customers=20, invoices=200)
    yield db, summary
    db.close()


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    db, summary = _make(tmp_path_factory.mktemp("demo") / "full.db")
    yield db, summary
    db.close()


def _rows(db, sql, **params):
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).mappings().all()


def _dump(db) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")]
                for t in TABLES}


def _aging(db, as_of: date) -> Counter:
    buckets: Counter = Counter()
    for r in _rows(db, "SELECT due_date FROM invoice WHERE kind='invoice' AND open_minor > 0 "
                       "AND status NOT IN ('cancelled', 'written_off')"):
        late = (as_of - date.fromisoformat(r["due_date"])).days
        buckets[BUCKETS[0 if late <= 0 else 1 if late <= 30 else 2 if late <= 60
                        else 3 if late <= 90 else 4]] += 1
    return buckets


# ---------------------------------------------------------------------- invariants
@pytest.mark.parametrize("which", ["small", "full"])
def test_ledger_is_consistent(which, request):
    db, summary = request.getfixturevalue(which)
    docs = {r["id"]: r for r in _rows(db, "SELECT * FROM invoice")}
    customers = {r["id"]: r for r in _rows(db, "SELECT * FROM customer")}
    payments = {r["id"]: r for r in _rows(db, "SELECT * FROM payment")}
    allocs = _rows(db, "SELECT * FROM allocation")
    applied, from_payment, from_cn = defaultdict(int), defaultdict(int), defaultdict(int)
    for a in allocs:
        assert a["undone_at"] is None and a["amount_minor"] > 0
        inv = docs[a["invoice_id"]]
        assert inv["kind"] == "invoice" and inv["status"] != "cancelled"
        assert a["date"] >= inv["issue_date"] and a["date"] <= AS_OF.isoformat()
        applied[a["invoice_id"]] += a["amount_minor"]
        if a["payment_id"] is not None:
            p = payments[a["payment_id"]]
            assert a["credit_note_id"] is None
            assert a["date"] == p["date"], "allocations carry the payment's date"
            assert p["customer_id"] == inv["customer_id"] and p["currency"] == inv["currency"]
            from_payment[p["id"]] += a["amount_minor"]
        else:
            cn = docs[a["credit_note_id"]]
            assert cn["kind"] == "credit_note" and cn["corrects_invoice_id"] == inv["id"]
            assert a["date"] == cn["issue_date"]
            assert cn["customer_id"] == inv["customer_id"] and cn["currency"] == inv["currency"]
            from_cn[cn["id"]] += a["amount_minor"]
    for d in docs.values():
        c = customers[d["customer_id"]]
        assert d["currency"] == c["currency"], "a customer's documents are in its currency"
        assert d["amount_minor"] > 0
        if d["kind"] == "invoice":
            assert re.fullmatch(r"INV-(\d{4})-\d{6}", d["number"]).group(1) == d["issue_date"][:4]
            assert (date.fromisoformat(d["due_date"]) - date.fromisoformat(d["issue_date"])).days \
                == c["terms_days"]
            if d["status"] == "cancelled":
                assert d["open_minor"] == 0 and applied[d["id"]] == 0
                assert d["cancel_reason"] and d["cancelled_on"] >= d["issue_date"]
                continue
            assert d["open_minor"] == d["amount_minor"] - applied[d["id"]]
        else:
            assert d["number"].startswith("CN-") and d["corrects_invoice_id"] in docs
            assert d["open_minor"] == d["amount_minor"] - from_cn[d["id"]]
        assert d["issue_date"] <= AS_OF.isoformat()
        assert d["status"] == derive_status(SimpleNamespace(**d))
        if d["disputed"]:
            assert d["dispute_reason"] and d["kind"] == "invoice"
    for p in payments.values():
        assert p["date"] <= AS_OF.isoformat(), "no payment after as_of"
        assert p["unallocated_minor"] == p["amount_minor"] - from_payment[p["id"]]
        assert p["currency"] == customers[p["customer_id"]]["currency"]
    # the summary tells the truth
    kinds = Counter(d["kind"] for d in docs.values())
    assert (summary.customers, summary.invoices, summary.credit_notes) == (
        len(customers), kinds["invoice"], kinds["credit_note"])
    assert (summary.payments, summary.allocations) == (len(payments), len(allocs))
    assert summary.cancelled == sum(d["status"] == "cancelled" for d in docs.values())
    assert summary.disputed == sum(bool(d["disputed"]) for d in docs.values())
    open_by_ccy: Counter = Counter()
    for d in docs.values():
        open_by_ccy[d["currency"]] += d["open_minor"]
    assert summary.open_total == {k: v for k, v in sorted(open_by_ccy.items()) if v}
    assert summary.aging_counts == {b: _aging(db, AS_OF)[b] for b in BUCKETS}
    assert summary.start == date(2025, 5, 24) == months_back(AS_OF, 18).replace(day=24)
    assert min(d["issue_date"] for d in docs.values()) >= summary.start.isoformat()


def buyers_by_open(conn) -> list[int]:
    """USD customers by what is open on this year's invoices, largest first."""
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT customer_id FROM invoice i JOIN customer c ON c.id = i.customer_id WHERE c.currency = 'USD' "
        "AND c.active AND i.kind = 'invoice' AND i.open_minor > 0 AND i.status NOT IN ('cancelled', "
        "'written_off') AND i.issue_date >= '2026-01-01' GROUP BY customer_id "
        "ORDER BY SUM(open_minor) DESC, customer_id")]


def test_full_demo_has_something_for_every_tab(full):
    db, summary = full
    aging = _aging(db, AS_OF)
    assert all(aging[b] > 0 for b in BUCKETS), aging
    statuses = Counter(r["status"] for r in
                       _rows(db, "SELECT status FROM invoice WHERE kind = 'invoice'"))
    for s in ("open", "partly_paid", "paid", "disputed", "cancelled"):
        assert statuses[s] > 0, s
    assert statuses["paid"] > statuses["open"] > statuses["partly_paid"]
    assert summary.credit_notes >= 10 and summary.disputed >= 10 and 2 <= summary.cancelled <= 30
    assert 5000 <= summary.invoices == 6000 and summary.customers == 300
    multi = _rows(db, "SELECT payment_id FROM allocation WHERE payment_id IS NOT NULL "
                      "GROUP BY payment_id HAVING count(*) > 1")
    assert len(multi) > 20, "some payments settle several invoices"
    assert _rows(db, "SELECT count(*) n FROM payment WHERE unallocated_minor > 0")[0]["n"] > 0
    # customers: mostly CNY, Chinese and English names, some inactive, aliases of both kinds
    cust = _rows(db, "SELECT * FROM customer")
    ccy = Counter(c["currency"] for c in cust)
    assert set(ccy) == {"CNY", "USD", "EUR", "HKD"} and ccy["CNY"] > len(cust) / 2
    assert {c["terms_days"] for c in cust} == {0, 15, 30, 45, 60, 90}
    for c in cust:
        has_cjk = bool(re.search(r"[\u4e00-\u9fff]", c["name"]))
        assert c["language"] == ("zh" if has_cjk else "en"), c["name"]
        assert re.fullmatch(r"C\d{4}", c["code"]) and "@" in c["email"] and c["phone"]
        assert c["contact"] and c["address"]
    assert len({c["name"] for c in cust}) == len(cust)
    langs = Counter(c["language"] for c in cust)
    assert langs["zh"] > langs["en"] > 30
    assert 0 < sum(not c["active"] for c in cust) < 40
    assert any(c["credit_limit_minor"] is None for c in cust)
    assert any(c["credit_limit_minor"] for c in cust)
    kinds = Counter(r["kind"] for r in _rows(db, "SELECT kind FROM customer_alias"))
    assert kinds["name"] > 100 and kinds["account"] > 20
    english_alias_of_chinese = _rows(db, """
        SELECT count(*) n FROM customer_alias a JOIN customer c ON c.id = a.customer_id
        WHERE c.language = 'zh' AND a.value LIKE '%Co., Ltd.'""")
    assert english_alias_of_chinese[0]["n"] > 20
    # trade-credit insurance: a USD policy, approved limits (one exceeded), a notification, a draft claim
    from app.services import insurance
    with db.engine.connect() as conn:
        policy, = insurance.list_policies(conn)
        assert policy.currency == "USD" and policy.indemnity_bp == 9000
        buyers = insurance.list_buyers(conn, policy_id=policy.id)
        assert len(buyers) == 8
        assert {e.customer_id for e in insurance.insured_exposures(conn, AS_OF)
                if e.status == "over"} == {buyers_by_open(conn)[0]}
        claim, = insurance.list_claims(conn)
        assert claim.status == "draft"
        info = insurance.claim_info(conn, claim.id, AS_OF)
        assert {d.kind for d in info.documents if d.present} >= {"contract", "invoices"}
        assert conn.exec_driver_sql("SELECT count(*) FROM insurance_notification").scalar() == 1
    # invoice volume is skewed: a few large customers, many small
    per_cust = sorted((r["n"] for r in _rows(
        db, "SELECT count(*) n FROM invoice GROUP BY customer_id")), reverse=True)
    assert sum(per_cust[:30]) > 0.4 * sum(per_cust)
    assert per_cust[len(per_cust) // 2] < 20
    # plausible amounts: hundreds to hundreds of thousands of CNY
    lo, hi = _rows(db, "SELECT min(amount_minor) lo, max(amount_minor) hi FROM invoice "
                       "WHERE currency = 'CNY' AND kind = 'invoice'")[0].values()
    assert 100_00 <= lo < 2_000_00 and 100_000_00 < hi < 1_000_000_00
    # the company itself
    comp = _rows(db, "SELECT * FROM company")
    assert len(comp) == 1 and comp[0]["home_currency"] == "CNY" and "上海" in comp[0]["name"]
    tax = comp[0]["tax_id"]
    assert len(tax) == 18 and uscc_check_char(tax[:17]) == tax[17]
    assert comp[0]["signature_name"] and comp[0]["signature_title"]
    assert 1 <= len(_rows(db, "SELECT * FROM company_bank_account")) <= 2
    audit = _rows(db, "SELECT * FROM audit_log")
    assert len(audit) == 1 and audit[0]["field"] == "demo generated"


# ---------------------------------------------------------------------- determinism
def test_same_seed_and_date_give_the_same_database(tmp_path, small):
    db2, s2 = _make(tmp_path / "again.db", customers=20, invoices=200)
    try:
        assert _dump(db2) == _dump(small[0])
        assert s2 == small[1]
    finally:
        db2.close()


def test_another_seed_or_date_gives_another_database(tmp_path, small):
    db2, _ = _make(tmp_path / "other.db", customers=20, invoices=200, seed=DEFAULT_SEED + 1)
    db3, s3 = _make(tmp_path / "later.db", customers=20, invoices=200, as_of=date(2027, 3, 1))
    try:
        base = _dump(small[0])
        assert _dump(db2)["customer"] != base["customer"]
        assert _dump(db3)["invoice"] != base["invoice"]
        assert s3.start == date(2025, 9, 2)
        last = max(r["issue_date"] for r in _rows(db3, "SELECT issue_date FROM invoice"))
        assert last <= "2027-03-01"
    finally:
        db2.close()
        db3.close()


# ---------------------------------------------------------------------- refusals, progress
def test_refuses_a_database_that_has_customers(small, tmp_path):
    db, _ = small
    before = _dump(db)
    with pytest.raises(UserError, match="empty database"):
        generate_demo(db, customers=5, invoices=10, as_of=AS_OF)
    assert _dump(db) == before

    from app.services.customers import CustomerData, create_customer
    other = Database.open(tmp_path / "one.db", create=True)
    try:
        with other.session() as s:
            create_customer(s, CustomerData(code="X1", name="Existing Ltd", language="en"))
        with pytest.raises(UserError):
            generate_demo(other, customers=5, invoices=10, as_of=AS_OF)
        assert len(_rows(other, "SELECT * FROM customer")) == 1
        assert not _rows(other, "SELECT * FROM invoice")
    finally:
        other.close()


def test_fills_a_company_row_saved_before(db):
    from app.models import Company
    with db.session() as s:
        s.add(Company(name=""))
    generate_demo(db, customers=5, invoices=20, as_of=AS_OF)
    comp = _rows(db, "SELECT * FROM company")
    assert len(comp) == 1 and comp[0]["name"] and comp[0]["tax_id"]
    accounts = _rows(db, "SELECT * FROM company_bank_account")
    assert {a["company_id"] for a in accounts} == {comp[0]["id"]}
    assert _rows(db, "SELECT entity_id FROM audit_log")[0]["entity_id"] == comp[0]["id"]


@pytest.mark.parametrize("kw", [{"customers": 0}, {"invoices": -1}, {"months": 0}])
def test_refuses_impossible_sizes(db, kw):
    with pytest.raises(ValidationError):
        generate_demo(db, as_of=AS_OF, **kw)


def test_cancel_rolls_everything_back(db):
    seen: list[tuple[int, int]] = []

    def on_progress(done: int, total: int, _what: str) -> None:
        seen.append((done, total))
        if done > 200:
            progress.cancel()

    progress = Progress(on_progress)
    with pytest.raises(Cancelled):
        generate_demo(db, customers=50, invoices=3000, as_of=AS_OF, progress=progress)
    assert seen[0] == (0, 3050) and len(seen) >= 2
    for t in TABLES:
        assert not _rows(db, f"SELECT * FROM {t}"), t
    # and the database is still usable for the real thing
    summary = generate_demo(db, customers=10, invoices=50, as_of=AS_OF)
    assert summary.invoices == 50


def test_progress_runs_to_the_total(db):
    seen: list[tuple[int, int]] = []
    generate_demo(db, customers=30, invoices=2000, as_of=AS_OF,
                  progress=Progress(lambda d, t, _w: seen.append((d, t))))
    assert seen[0] == (0, 2030) and seen[-1] == (2030, 2030)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_tiny_and_short_variants(tmp_path):
    db, s = _make(tmp_path / "tiny.db", customers=1, invoices=0, months=1)
    try:
        assert (s.customers, s.invoices, s.payments) == (1, 0, 0)
    finally:
        db.close()
    db, s = _make(tmp_path / "short.db", customers=3, invoices=40, months=1)
    try:
        assert s.invoices == 40 and s.start == date(2026, 10, 24)
        assert len(_rows(db, "SELECT * FROM invoice WHERE kind = 'invoice'")) == 40
    finally:
        db.close()


# ---------------------------------------------------------------------- identifiers
def test_unified_social_credit_code_check_character():
    assert uscc_check_char("91350100M000100Y4") == "3"      # the GB 32100 example code
    import random
    rng = random.Random(1)
    for _ in range(50):
        code = make_uscc(rng)
        assert len(code) == 18 and code.startswith("91310115")
        assert uscc_check_char(code[:17]) == code[17]


def test_iban_check_digits():
    assert iban("DE", "370400440532013000") == "DE89 3704 0044 0532 0130 00"
    assert iban("GB", "NWBK60161331926819") == "GB29 NWBK 6016 1331 9268 19"


def test_demo_has_exchange_rates_so_home_totals_are_complete(full):
    from app.services.aging import aging
    from app.services.fx import rate_on

    db, _summary = full
    with db.engine.connect() as c:
        foreign = {r[0] for r in c.execute(text("SELECT DISTINCT currency FROM customer WHERE currency != 'CNY'"))}
        assert foreign
        for cur in foreign:
            assert rate_on(c, cur, AS_OF) is not None
        report = aging(c, AS_OF)
    assert report.warnings == ()
