"""Exchange rates: exact storage, lookups on or before a date, conversion rounding, CSV import."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ImportRejected, UserError, ValidationError
from app.money import currency_exponent
from app.services import fx
from app.services.company import CompanyData, save_company
from app.services.fx_import import import_rates, plan_rates, read_rates_table

D1, D2, D3 = date(2026, 1, 1), date(2026, 6, 1), date(2026, 11, 1)


@pytest.fixture
def rated(db):
    with db.session() as s:
        fx.set_rate(s, D1, "USD", Decimal("7.0"))
        fx.set_rate(s, D2, "USD", Decimal("7.1234"))
        fx.set_rate(s, D3, "usd", Decimal("7.2"))
        fx.set_rate(s, D2, "JPY", Decimal("0.048321"))
        fx.set_rate(s, D2, "KWD", Decimal("23.15"))
    return db


def test_rates_are_exact_decimals_in_and_out(rated):
    with rated.engine.connect() as c:
        assert c.exec_driver_sql("SELECT rate FROM exchange_rate WHERE currency = 'JPY'").scalar_one() == "0.048321"
        rows = fx.list_rates(c)
    assert [(r.date, r.currency, r.rate) for r in rows] == [
        (D2, "JPY", Decimal("0.048321")), (D2, "KWD", Decimal("23.15")), (D1, "USD", Decimal("7")),
        (D2, "USD", Decimal("7.1234")), (D3, "USD", Decimal("7.2"))]
    assert all(isinstance(r.rate, Decimal) for r in rows)
    assert fx.rate_text(Decimal("150.00")) == "150.00" and fx.rate_text(Decimal("7.2")) == "7.2"


def test_rate_on_is_the_latest_on_or_before(rated):
    with rated.engine.connect() as c:
        assert fx.rate_on(c, "USD", D1 - timedelta(days=1)) is None
        assert fx.rate_on(c, "USD", D1) == Decimal("7")
        assert fx.rate_on(c, "USD", D2 - timedelta(days=1)) == Decimal("7")
        assert fx.rate_on(c, "USD", D2) == Decimal("7.1234")
        assert fx.rate_on(c, "USD", date(2030, 1, 1)) == Decimal("7.2")
        assert fx.rate_on(c, "EUR", D3) is None
        table = fx.load_rates(c)
    for day in (D1 - timedelta(days=1), D1, D2 - timedelta(days=1), D2, D3, date(2030, 1, 1)):
        with rated.engine.connect() as c:
            assert table.rate_on("USD", day) == fx.rate_on(c, "USD", day)
    assert table.currencies() == ["JPY", "KWD", "USD"] and len(table) == 5


def test_set_rate_replaces_that_day_with_audit_and_refuses_bad_input(rated):
    with rated.session() as s:
        assert fx.set_rate(s, D2, "USD", Decimal("7.12340")) is False        # same value
        assert fx.set_rate(s, D2, "USD", Decimal("7.15")) is True
        for rate, msg in ((Decimal("0"), "greater than zero"), (Decimal("-1"), "greater than zero"),
                          (Decimal("1.12345678901"), "more than 10 decimals"), (Decimal("NaN"), "greater than zero"),
                          ("abc", "abc is not a rate"), (Decimal("1e12"), "too large")):
            with pytest.raises(ValidationError, match=msg):
                fx.set_rate(s, D2, "USD", rate)
        with pytest.raises(TypeError):
            fx.set_rate(s, D2, "USD", 7.1)                                   # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="CNY is the home currency"):
            fx.set_rate(s, D2, "RMB", Decimal("1"))
        with pytest.raises(ValidationError, match="Unknown currency XXX"):
            fx.set_rate(s, D2, "XXX", Decimal("1"))
        assert fx.delete_rate(s, D1, "USD") is True and fx.delete_rate(s, D1, "USD") is False
    with rated.engine.connect() as c:
        audit = c.exec_driver_sql("SELECT before, after FROM audit_log WHERE entity = 'exchange_rate' "
                                  "ORDER BY id").all()
        assert fx.rate_on(c, "USD", D2) == Decimal("7.15")
    assert audit[-2:] == [("USD 2026-06-01 7.1234", "USD 2026-06-01 7.15"), ("USD 2026-01-01 7", None)]


def test_home_currency_follows_the_company(db):
    with db.session() as s:
        save_company(s, CompanyData(name="Acme", home_currency="USD"))
    with db.session() as s:
        assert fx.home_currency(s) == "USD"
        fx.set_rate(s, D1, "CNY", Decimal("0.14"))
        with pytest.raises(ValidationError, match="USD is the home currency"):
            fx.set_rate(s, D1, "USD", Decimal("1"))


def test_convert_rounds_half_up_to_the_home_exponent(rated):
    with rated.engine.connect() as c:
        rates = fx.load_rates(c)
    on = D2
    assert fx.convert(12345, "CNY", "CNY", on, rates) == 12345                # home: unchanged
    assert fx.convert(10000, "USD", "CNY", on, rates) == 71234                # 100.00 × 7.1234
    assert fx.convert(1, "USD", "CNY", on, rates) == 7                        # 0.071234 → 0.07
    assert fx.convert(7, "USD", "CNY", on, rates) == 50                       # 0.498638 → 0.50
    assert fx.convert(-7, "USD", "CNY", on, rates) == -50                     # credit: half away from zero
    assert fx.convert(1000, "JPY", "CNY", on, rates) == 4832                  # ¥1000 × 0.048321 = 48.321
    assert fx.convert(1035, "JPY", "CNY", on, rates) == 5001                  # 50.012235 → 50.01
    assert fx.convert(1, "KWD", "CNY", on, rates) == 2                        # 0.001 × 23.15 = 0.02315
    assert fx.convert(10000, "USD", "CNY", D1 - timedelta(days=1), rates) is None
    assert fx.convert(10000, "EUR", "CNY", on, rates) is None
    half = fx.RateTable([fx.RateRow(D1, "USD", Decimal("0.125"), "t")])
    assert fx.convert(100, "USD", "JPY", D1, half) == 0                       # 0.125 yen → 0 (below half)
    assert fx.convert(4, "USD", "CNY", D1, half) == 1                         # 0.005 → 0.01 (half up)
    assert fx.convert(12, "USD", "CNY", D1, half) == 2                        # 0.015 → 0.02 (not banker's)


def _reference(minor: int, rate: Decimal, src_exp: int, home_exp: int) -> int:
    exact = Fraction(minor) * Fraction(rate) * Fraction(10) ** (home_exp - src_exp)
    sign = -1 if exact < 0 else 1
    a = abs(exact)
    whole = a.numerator // a.denominator
    if a - whole >= Fraction(1, 2):
        whole += 1
    return sign * whole


@settings(max_examples=300, deadline=None)
@given(minor=st.integers(min_value=-10 ** 17, max_value=10 ** 17),
       rate=st.decimals(min_value=Decimal("0.0000000001"), max_value=Decimal("100000"), places=10,
                        allow_nan=False, allow_infinity=False),
       pair=st.sampled_from([("USD", "CNY"), ("JPY", "CNY"), ("KWD", "CNY"), ("USD", "JPY"), ("CNY", "KWD")]))
def test_convert_matches_exact_fraction_arithmetic(minor, rate, pair):
    cur, home = pair
    table = fx.RateTable([fx.RateRow(D1, cur, rate, "t")])
    got = fx.convert(minor, cur, home, D2, table)
    assert isinstance(got, int)
    assert got == _reference(minor, rate, currency_exponent(cur), currency_exponent(home))


@settings(max_examples=100, deadline=None)
@given(days=st.lists(st.integers(min_value=0, max_value=400), min_size=1, max_size=8, unique=True),
       probe=st.integers(min_value=-5, max_value=420))
def test_rate_table_lookup_is_the_latest_not_after(days, probe):
    rows = [fx.RateRow(D1 + timedelta(days=d), "USD", Decimal(d + 1), "t") for d in days]
    table = fx.RateTable(rows)
    on = D1 + timedelta(days=probe)
    eligible = [d for d in days if d <= probe]
    assert table.rate_on("USD", on) == (Decimal(max(eligible) + 1) if eligible else None)


# ----------------------------------------------------------------------------- CSV import

def _write(tmp_path, rows, name="rates.csv", encoding="utf-8-sig"):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    p = tmp_path / name
    p.write_bytes(buf.getvalue().encode(encoding))
    return p


def test_import_chinese_headers_gbk_and_reimport_unchanged(db, tmp_path):
    p = _write(tmp_path, [["汇率表"], ["日期", "币种", "汇率"],
                          ["2026/11/01", "美元", "7.1234"], ["2026-11-02", "USD", "7,12"],
                          ["2026年11月3日", "JPY", "0.048321"], ["2026-11-03", "USD", "7.13"],
                          ["2026-11-03", "USD", "7.13"]], encoding="gbk")
    r = import_rates(db, p)
    assert (r.new, r.unchanged, r.written) == (4, 1, True)
    with db.engine.connect() as c:
        rows = [(x.date.isoformat(), x.currency, fx.rate_text(x.rate), x.source) for x in fx.list_rates(c)]
        audits = c.exec_driver_sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'exchange_rate'").scalar_one()
    assert rows == [("2026-11-03", "JPY", "0.048321", "import"), ("2026-11-01", "USD", "7.1234", "import"),
                    ("2026-11-02", "USD", "7.12", "import"), ("2026-11-03", "USD", "7.13", "import")]
    assert audits == 4
    r2 = import_rates(db, p)
    assert (r2.new, r2.unchanged, r2.written) == (0, 5, False)


def test_import_reports_every_bad_row_and_writes_nothing(db, tmp_path):
    with db.session() as s:
        fx.set_rate(s, date(2026, 11, 1), "EUR", Decimal("7.8"))
    p = _write(tmp_path, [["date", "currency", "rate"],
                          ["2026-11-31", "USD", "7.1"],             # 2 bad date
                          ["2026-11-01", "XYZ", "7.1"],             # 3 unknown currency
                          ["2026-11-01", "CNY", "1"],               # 4 home currency
                          ["2026-11-01", "USD", "abc"],             # 5 not a rate
                          ["2026-11-01", "USD", "-7.1"],            # 6 negative
                          ["2026-11-01", "USD", "0.123456789012"],  # 7 too many decimals
                          ["2026-11-02", "USD", "7.1"],             # 8 same day twice, different rates
                          ["2026-11-02", "USD", "7.2"],             # 9
                          ["2026-11-01", "EUR", "7.9"],             # 10 differs from the stored rate
                          ["", "", ""],                             # blank rows are skipped
                          ["2026-11-05", "", ""],                   # 12 two values missing
                          ["2026-11-03", "USD", "7.15"]])           # 13 fine
    with db.engine.connect() as c:
        plan = plan_rates(c, read_rates_table(p))
    assert [(e.row, e.column) for e in plan.errors] == [
        (2, "date"), (3, "currency"), (4, "currency"), (5, "rate"), (6, "rate"), (7, "rate"), (8, "rate"),
        (9, "rate"), (10, "rate"), (12, "currency"), (12, "rate")]
    texts = [e.text() for e in plan.errors]
    for fragment in ("2026-11-31 is not a valid date", "Unknown currency XYZ", "CNY is the home currency",
                     "abc is not a rate", "greater than zero", "more than 10 decimals",
                     "USD on 2026-11-02 has different rates in rows 8, 9",
                     "The rate of EUR on 2026-11-01 is 7.8 in ARDesk, 7.9 in the file"):
        assert any(fragment in t for t in texts), fragment
    with pytest.raises(ImportRejected) as e:
        import_rates(db, p)
    assert len(e.value.errors) == 11
    with db.engine.connect() as c:
        assert len(fx.list_rates(c)) == 1
    r = import_rates(db, p, only_valid=True)
    assert (r.new, r.conflicts, r.invalid, r.written) == (1, 1, 9, True)
    with db.engine.connect() as c:
        assert fx.rate_on(c, "USD", date(2026, 11, 3)) == Decimal("7.15")


def test_import_needs_the_three_columns(db, tmp_path):
    p = _write(tmp_path, [["日期", "币种", "备注"], ["2026-11-01", "USD", "x"]])
    with pytest.raises(ImportRejected) as e:
        import_rates(db, p)
    assert "No column is mapped to Exchange rate" in e.value.errors[0].text()
    with pytest.raises(UserError, match="no data rows"):
        import_rates(db, _write(tmp_path, [["日期", "币种", "汇率"]], name="empty.csv"))
