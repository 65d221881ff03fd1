"""KPIs computed by hand on a small ledger (every figure's arithmetic is written out below).

Ledger in CNY (amounts in yuan; the code stores fen = yuan × 100), as of 2026-06-15:

customer K
  I1  issued 04-10  due 05-10  6,000   2,000 paid 05-20              open 4,000 (overdue)
  I2  issued 05-05  due 06-04  3,000   unpaid                        open 3,000 (overdue)
  I3  issued 05-20  due 06-19  5,000   CN1 500 applied 06-01         open 4,500 (current)
  I4  issued 06-10  due 07-10  2,000                                 open 2,000 (current)
  CN1 credit note  issued 06-01  500 (on I3)
  I5  issued 03-01  due 03-31  1,000   written off 05-25             open 0
  I6  issued 06-12  9,999      cancelled 06-14                       never counts
  I7  issued 05-18  due 05-18  1,500   paid 06-01                    paid: 14 days to pay, 14 beyond
  I8  issued 01-10  due 02-09  4,500   paid 02-01                    paid: 22 days to pay, −8 beyond
  I9  issued 2025-05-01 due 2025-05-31  800  paid 2025-06-10         paid more than 12 months ago
  I10 issued 02-01  due 03-03  2,000   CN2 2,000 applied 02-15       closed by a credit note, not paid
customer K2
  I11 issued 04-01  due 04-30  1,000   paid 05-10                    39 days to pay, 10 beyond
  I12 issued 03-01  due 03-31  2,000   1,000 paid 03-20, 1,000 04-15 45 days to pay, 15 beyond
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.cli import main
from app.errors import ValidationError
from app.services import customers as cs
from app.services import kpis as K
from app.services import ledger as L
from app.services import writeoffs as W

AS_OF = date(2026, 6, 15)
D = date.fromisoformat
Y = 100          # fen per yuan


@pytest.fixture
def ledger(db):
    ids = {}
    with db.session() as s:
        k = cs.create_customer(s, cs.CustomerData(code="K", name="客户K"))
        k2 = cs.create_customer(s, cs.CustomerData(code="K2", name="Customer K2"))
        ids.update(K=k, K2=k2)

        def inv(name, cid, issue, due, yuan):
            ids[name] = L.create_invoice(s, L.InvoiceData(name, cid, D(issue), "CNY", yuan * Y,
                                                          due_date=D(due)))
            return ids[name]

        def pay(cid, on, yuan, *targets):
            p = L.record_payment(s, customer_id=cid, on=D(on), currency="CNY", amount_minor=yuan * Y)
            for target, part in targets:
                L.allocate_payment(s, p, ids[target], part * Y, D(on))
            return p

        inv("I1", k, "2026-04-10", "2026-05-10", 6_000)
        pay(k, "2026-05-20", 2_000, ("I1", 2_000))
        inv("I2", k, "2026-05-05", "2026-06-04", 3_000)
        inv("I3", k, "2026-05-20", "2026-06-19", 5_000)
        ids["CN1"] = L.create_credit_note(s, L.InvoiceData("CN1", k, D("2026-06-01"), "CNY", 500 * Y),
                                          corrects_invoice_id=ids["I3"])
        inv("I4", k, "2026-06-10", "2026-07-10", 2_000)
        inv("I5", k, "2026-03-01", "2026-03-31", 1_000)
        ids["WO5"] = W.write_off(s, ids["I5"], D("2026-05-25"), "insolvent")
        inv("I6", k, "2026-06-12", "2026-07-12", 9_999)
        L.cancel_invoice(s, ids["I6"], "typo", D("2026-06-14"))
        inv("I7", k, "2026-05-18", "2026-05-18", 1_500)
        pay(k, "2026-06-01", 1_500, ("I7", 1_500))
        inv("I8", k, "2026-01-10", "2026-02-09", 4_500)
        pay(k, "2026-02-01", 4_500, ("I8", 4_500))
        inv("I9", k, "2025-05-01", "2025-05-31", 800)
        pay(k, "2025-06-10", 800, ("I9", 800))
        inv("I10", k, "2026-02-01", "2026-03-03", 2_000)
        L.create_credit_note(s, L.InvoiceData("CN2", k, D("2026-02-15"), "CNY", 2_000 * Y),
                             corrects_invoice_id=ids["I10"])
        inv("I11", k2, "2026-04-01", "2026-04-30", 1_000)
        pay(k2, "2026-05-10", 1_000, ("I11", 1_000))
        inv("I12", k2, "2026-03-01", "2026-03-31", 2_000)
        pay(k2, "2026-03-20", 1_000, ("I12", 1_000))
        pay(k2, "2026-04-15", 1_000, ("I12", 1_000))
    return ids


def _kpis(db, on=AS_OF, **kw) -> K.Kpis:
    with db.engine.connect() as c:
        return K.compute_kpis(c, on, **kw)


def test_kpis_30_day_period(db, ledger):
    k = _kpis(db, period_days=30)
    # period: 2026-05-17 … 2026-06-15; AR0 is the AR at the end of 2026-05-16
    assert (k.period_start, k.currency, k.period_days) == (date(2026, 5, 17), "CNY", 30)
    # S = I7 1,500 (05-18) + I3 5,000 (05-20) + I4 2,000 (06-10) − CN1 500; I6 was cancelled
    assert k.credit_sales_minor == (1_500 + 5_000 + 2_000 - 500) * Y == 8_000 * Y
    # AR = I1 4,000 + I2 3,000 + I3 4,500 + I4 2,000 (I5 written off, I7 paid)
    assert k.ar_minor == 13_500 * Y
    # CUR: due on or after 06-15: I3 (06-19) 4,500 + I4 (07-10) 2,000
    assert k.current_minor == 6_500 * Y and k.overdue_minor == 7_000 * Y
    # AR0 on 05-16: I1 6,000 + I2 3,000 + I5 1,000 (written off only on 05-25)
    assert k.ar_start_minor == 10_000 * Y
    assert k.written_off_minor == 1_000 * Y
    # DSO = 13,500 / 8,000 × 30 = 50.625 → 50.63 (half-up; half-even would give 50.62)
    assert k.dso == Decimal("50.63")
    # best possible DSO = 6,500 / 8,000 × 30 = 24.375 → 24.38
    assert k.best_possible_dso == Decimal("24.38")
    # average days delinquent = 50.63 − 24.38 = 26.25
    assert k.average_days_delinquent == Decimal("26.25")
    # CEI = (10,000 + 8,000 − 13,500) / (10,000 + 8,000 − 6,500) × 100 = 4,500 / 11,500 × 100
    #     = 39.1304… → 39.13
    assert k.cei_pct == Decimal("39.13")
    # overdue % = (13,500 − 6,500) / 13,500 × 100 = 51.8518… → 51.85
    assert k.overdue_pct == Decimal("51.85")
    # bad-debt % = 1,000 / 8,000 × 100 = 12.50
    assert k.bad_debt_pct == Decimal("12.50")
    # countback, monthly credit sales: June 1–15: I4 2,000 − CN1 500 = 1,500 (15 days);
    # May: I2 3,000 + I7 1,500 + I3 5,000 = 9,500 (31 days); April: I1 6,000 + I11 1,000 = 7,000.
    # AR 13,500 ≥ 1,500 → 15 days, 12,000 left; 12,000 ≥ 9,500 → 46 days, 2,500 left;
    # 2,500 < 7,000 → 46 + 2,500 / 7,000 × 30 = 46 + 10.714… = 56.714… → 56.71
    assert k.dso_countback == Decimal("56.71")
    assert k.reasons == ()


def test_kpis_default_90_day_period(db, ledger):
    k = _kpis(db)
    # period 2026-03-18 … 06-15; AR0 on 03-17: I5 1,000 + I12 2,000 (1,000 paid only on 03-20)
    assert k.period_days == 90 and k.period_start == date(2026, 3, 18)
    assert k.ar_start_minor == 3_000 * Y
    # S = I11 1,000 + I1 6,000 + I2 3,000 + I7 1,500 + I3 5,000 + I4 2,000 − CN1 500 = 18,000
    assert k.credit_sales_minor == 18_000 * Y
    # DSO = 13,500 / 18,000 × 90 = 67.50; best = 6,500 / 18,000 × 90 = 32.50; ADD = 35.00
    assert (k.dso, k.best_possible_dso, k.average_days_delinquent) == (
        Decimal("67.50"), Decimal("32.50"), Decimal("35.00"))
    # CEI = (3,000 + 18,000 − 13,500) / (3,000 + 18,000 − 6,500) × 100 = 7,500 / 14,500 × 100
    #     = 51.7241… → 51.72
    assert k.cei_pct == Decimal("51.72")
    # bad-debt % = 1,000 / 18,000 × 100 = 5.555… → 5.56; overdue % and countback as before
    assert k.bad_debt_pct == Decimal("5.56")
    assert (k.overdue_pct, k.dso_countback) == (Decimal("51.85"), Decimal("56.71"))


def test_kpis_do_not_change_when_later_things_happen(db, ledger):
    before = _kpis(db, period_days=30)
    with db.session() as s:
        p = L.record_payment(s, customer_id=ledger["K"], on=D("2026-06-20"), currency="CNY",
                             amount_minor=3_000 * Y)
        L.allocate_payment(s, p, ledger["I2"], 3_000 * Y, D("2026-06-20"))
        W.reverse_write_off(s, ledger["WO5"], "paid after all", now=datetime(2026, 6, 20, 9))
        L.create_invoice(s, L.InvoiceData("LATE", ledger["K"], D("2026-06-16"), "CNY", 777 * Y))
        L.cancel_invoice(s, ledger["I4"], "returned", D("2026-06-30"))
    assert _kpis(db, period_days=30) == before


def test_a_write_off_reversed_by_the_date_is_not_bad_debt(db, ledger):
    with db.session() as s:
        W.reverse_write_off(s, ledger["WO5"], "paid after all", now=datetime(2026, 6, 10, 9))
    k = _kpis(db, period_days=30)
    assert k.written_off_minor == 0 and k.bad_debt_pct == Decimal("0.00")
    assert k.ar_minor == 14_500 * Y                     # I5's 1,000 is open again
    # on 06-05 the write-off was still in force: written off in (05-06, 06-05] = 1,000
    assert _kpis(db, date(2026, 6, 5), period_days=30).written_off_minor == 1_000 * Y


def test_division_by_zero_gives_none_with_a_reason(db, ledger):
    k = _kpis(db, currency="USD")
    assert (k.ar_minor, k.credit_sales_minor, k.ar_start_minor) == (0, 0, 0)
    for key in ("dso", "best_possible_dso", "average_days_delinquent", "bad_debt_pct", "cei_pct",
                "overdue_pct"):
        assert getattr(k, key) is None, key
        assert k.reason(key), key
    assert k.reason("dso") == "No credit sales in the period (S = 0)."
    assert k.reason("overdue_pct") == "Nothing is open on the date (AR = 0)."
    assert k.dso_countback == Decimal("0.00") and k.reason("dso_countback") is None


def test_negative_credit_sales(db, ledger):
    # 02-01 … 02-28: I10 2,000 issued 02-01 is outside (02-01 is the day before), CN2 −2,000 in
    k = _kpis(db, date(2026, 2, 28), period_days=27)
    assert k.credit_sales_minor == -2_000 * Y
    assert k.dso is None and "negative" in k.reason("dso")


def test_countback_rules():
    # as of 03-10: March (10 days) sales 100, February (28 days) 280, January (31 days) 310
    sales = {(2026, 3): 100, (2026, 2): 280, (2026, 1): 310}
    on = date(2026, 3, 10)
    # AR 50 < 100 → 50 / 100 × 10 = 5.00
    assert K.countback_dso(sales, 50, on) == (Decimal("5.00"), "")
    # AR 100 = March's sales → 10 days, nothing left: stop at 10.00
    assert K.countback_dso(sales, 100, on) == (Decimal("10.00"), "")
    # AR 450: 10 days (350 left), 28 days (70 left), 70 / 310 × 31 = 7.00 → 45.00
    assert K.countback_dso(sales, 450, on) == (Decimal("45.00"), "")
    # a month without sales is passed whole: AR 200 with no March sales → 10 + 200/280 × 28 = 30.00
    assert K.countback_dso({(2026, 2): 280}, 200, on) == (Decimal("30.00"), "")
    # more AR than all the sales on record → None with a reason
    value, why = K.countback_dso(sales, 10_000, on)
    assert value is None and why
    assert K.countback_dso({}, 0, on) == (Decimal("0.00"), "")


def test_trend_at_month_ends(db, ledger):
    with db.engine.connect() as c:
        points = K.kpi_trend(c, AS_OF, period_days=30, months=3)
    assert [p.month_end for p in points] == [date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]
    mar, apr, may = points
    # 03-31: AR = I5 1,000 + I12 1,000 (2,000 − 1,000 paid 03-20), both due 03-31 → all current;
    # S over (03-01, 03-31] = 0 (I5 and I12 were issued on 03-01) → DSO None
    assert (mar.ar_minor, mar.current_minor, mar.credit_sales_minor) == (2_000 * Y, 2_000 * Y, 0)
    assert mar.dso is None and mar.overdue_pct == Decimal("0.00")
    # 04-30: AR = I1 6,000 (current) + I5 1,000 (overdue) + I11 1,000 (due 04-30: current)
    # S = I11 1,000 + I1 6,000 = 7,000 → DSO = 8,000 / 7,000 × 30 = 34.2857… → 34.29
    # overdue % = 1,000 / 8,000 = 12.50
    assert (apr.ar_minor, apr.dso, apr.overdue_pct) == (8_000 * Y, Decimal("34.29"), Decimal("12.50"))
    # 05-31: AR = I1 4,000 + I2 3,000 + I3 5,000 + I7 1,500 = 13,500; CUR = I2 + I3 = 8,000;
    # S over (05-01, 05-31] = I2 3,000 + I7 1,500 + I3 5,000 = 9,500
    # DSO = 13,500 / 9,500 × 30 = 42.631… → 42.63; overdue % = 5,500 / 13,500 = 40.740… → 40.74
    assert (may.ar_minor, may.dso, may.overdue_pct) == (13_500 * Y, Decimal("42.63"), Decimal("40.74"))
    assert len(K.month_ends(date(2026, 5, 31), 12)) == 12
    assert K.month_ends(date(2026, 5, 31), 2) == [date(2026, 4, 30), date(2026, 5, 31)]
    assert K.month_ends(date(2026, 3, 1), 2) == [date(2026, 1, 31), date(2026, 2, 28)]


def test_customer_payment_stats(db, ledger):
    with db.engine.connect() as c:
        stats = {s.customer_code: s for s in K.customer_payment_stats(c, AS_OF)}
    # K: I7 (1,500: 14 days to pay, 14 beyond) and I8 (4,500: 22 to pay, −8 beyond);
    # I9 was paid 2025-06-10, before the 12 months (2025-06-15, 2026-06-15]; I10 was closed by a
    # credit note; I1 is only partly paid
    k = stats["K"]
    assert (k.invoices, k.amount_minor) == (2, 6_000 * Y)
    # days to pay = (1,500 × 14 + 4,500 × 22) / 6,000 = 120,000 / 6,000 = 20.00
    assert k.avg_days_to_pay == Decimal("20.00")
    # beyond terms = (1,500 × 14 + 4,500 × −8) / 6,000 = −15,000 / 6,000 = −2.50
    assert k.avg_days_beyond_terms == Decimal("-2.50")
    # K2: I11 (1,000: 39, 10) and I12 (2,000: paid by the allocation of 04-15: 45, 15)
    k2 = stats["K2"]
    # to pay = (39,000 + 90,000) / 3,000 = 43.00; beyond = (10,000 + 30,000) / 3,000 = 13.333… → 13.33
    assert (k2.avg_days_to_pay, k2.avg_days_beyond_terms) == (Decimal("43.00"), Decimal("13.33"))
    # the window moves with the date: as of 2026-05-31 it is (2025-05-31, 2026-05-31], so I7 is
    # not paid yet and I9 (800, paid 2025-06-10: 40 days to pay, 10 beyond) is in:
    # to pay = (4,500 × 22 + 800 × 40) / 5,300 = 131,000 / 5,300 = 24.716… → 24.72
    # beyond = (4,500 × −8 + 800 × 10) / 5,300 = −28,000 / 5,300 = −5.283… → −5.28
    with db.engine.connect() as c:
        early = {s.customer_code: s for s in K.customer_payment_stats(c, date(2026, 5, 31))}
        only_k2 = K.customer_payment_stats(c, AS_OF, customer_id=ledger["K2"])
    assert (early["K"].invoices, early["K"].avg_days_to_pay, early["K"].avg_days_beyond_terms) == (
        2, Decimal("24.72"), Decimal("-5.28"))
    assert [s.customer_code for s in only_k2] == ["K2"]


def test_bad_arguments(db, ledger):
    with pytest.raises(ValidationError):
        _kpis(db, period_days=0)
    with pytest.raises(ValidationError):
        _kpis(db, currency="XYZ")


def test_definitions_cover_every_figure():
    for key in ("ar", "credit_sales", "dso", "dso_countback", "best_possible_dso",
                "average_days_delinquent", "cei_pct", "overdue_pct", "bad_debt_pct",
                "avg_days_to_pay", "avg_days_beyond_terms", "current", "ar_start"):
        assert K.KPI_DEFINITIONS[key].strip()
    assert K.kpi_text(Decimal("12.50")) == "12.50" and K.kpi_text(None) is None


# ------------------------------------------------------------------------- CLI

def test_cli_kpis_json(db, ledger, capsys):
    path = str(db.path)
    db.close()
    code = main(["kpis", "--db", path, "--as-of", "2026-06-15", "--period-days", "30", "--json",
                 "--per-customer"])
    out, err = capsys.readouterr()
    assert code == 0, err
    doc = json.loads(out)
    expected = {"ar": "13500.00", "credit_sales": "8000.00", "dso": "50.63", "dso_countback": "56.71",
                "best_possible_dso": "24.38", "average_days_delinquent": "26.25", "cei_pct": "39.13",
                "overdue_pct": "51.85", "bad_debt_pct": "12.50"}
    assert {k: doc[k] for k in expected} == expected
    assert doc["currency"] == "CNY" and doc["period_start"] == "2026-05-17" and doc["reasons"] == {}
    assert len(doc["trend"]) == 12 and doc["trend"][-1]["month_end"] == "2026-05-31"
    assert doc["trend"][-1]["dso"] == "42.63"
    assert [c["customer_code"] for c in doc["customers"]] == ["K", "K2"]
    assert doc["customers"][0]["avg_days_beyond_terms"] == "-2.50"

    code = main(["kpis", "--db", path, "--as-of", "2026-06-15", "--currency", "USD", "--json",
                 "--no-trend"])
    doc = json.loads(capsys.readouterr()[0])
    assert code == 0 and "trend" not in doc and doc["dso"] is None
    assert doc["reasons"]["dso"] == "No credit sales in the period (S = 0)."

    code = main(["kpis", "--db", path, "--as-of", "2026-06-15"])
    out = capsys.readouterr()[0]
    assert code == 0 and "67.50" in out and "Countback DSO" in out


@pytest.mark.parametrize("args", [("--period-days", "0"), ("--currency", "XYZ"),
                                  ("--period-days", "x")])
def test_cli_kpis_bad_input_exits_2(db, capsys, args):
    path = str(db.path)
    db.close()
    try:
        code = main(["kpis", "--db", path, "--json", *args])
    except SystemExit as exc:          # argparse refuses a non-number itself
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.strip() and "Traceback" not in err
