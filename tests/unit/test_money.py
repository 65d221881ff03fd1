from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.money import (Money, MoneyError, currency_exponent, format_minor, from_minor,
                       normalize_currency, split_minor, to_minor)

CURRENCIES = st.sampled_from(["CNY", "USD", "EUR", "JPY", "KWD", "BHD", "KRW"])


def test_exponents_from_table():
    assert currency_exponent("CNY") == 2
    assert currency_exponent("JPY") == 0
    assert currency_exponent("KWD") == 3
    with pytest.raises(MoneyError):
        currency_exponent("XXX")


@pytest.mark.parametrize("text,cur,minor", [
    ("1234.56", "CNY", 123456), ("0.005", "CNY", 1), ("-0.005", "CNY", -1),
    ("1234", "JPY", 1234), ("1.2345", "KWD", 1235), ("12.3", "USD", 1230),
])
def test_to_minor_rounds_half_up(text, cur, minor):
    assert to_minor(text, cur) == minor


def test_strict_refuses_extra_decimals():
    with pytest.raises(MoneyError):
        to_minor("1.234", "CNY", strict=True)
    with pytest.raises(MoneyError):
        to_minor("1.5", "JPY", strict=True)
    assert to_minor("1.230", "CNY", strict=True) == 123


def test_not_an_amount():
    for bad in ("abc", "", "NaN", "Infinity"):
        with pytest.raises(MoneyError):
            to_minor(bad, "CNY")


def test_format():
    assert format_minor(123456789, "CNY") == "1,234,567.89"
    assert format_minor(-5, "CNY") == "-0.05"
    assert format_minor(1234567, "JPY") == "1,234,567"
    assert format_minor(1234567, "KWD", grouping=False) == "1234.567"


def test_currency_synonyms():
    assert normalize_currency(" rmb ") == "CNY"
    assert normalize_currency("人民币") == "CNY"
    assert normalize_currency("usd") == "USD"
    with pytest.raises(MoneyError):
        normalize_currency("dollarz")


def test_money_arithmetic_is_exact_and_checks_currency():
    a = Money.of("0.10", "CNY")
    total = Money.total([a] * 10, "CNY")
    assert total == Money.of("1.00", "CNY")
    assert a * Decimal("0.5") == Money(5, "CNY")
    assert a * Decimal("0.25") == Money(3, "CNY")  # 2.5 → 3, half up
    with pytest.raises(MoneyError):
        a + Money(1, "USD")
    with pytest.raises(TypeError):
        a * 1.5  # float never enters money
    with pytest.raises(TypeError):
        Money(1.0, "CNY")  # type: ignore[arg-type]
    assert str(Money(123456, "CNY")) == "1,234.56 CNY"
    assert Money(123450, "CNY").plain() == "1234.50"


def test_split_examples():
    assert split_minor(100, [1, 1, 1]) == [34, 33, 33]
    assert split_minor(-100, [1, 1, 1]) == [-34, -33, -33]
    assert split_minor(0, [1, 2]) == [0, 0]
    assert split_minor(10, [0, 1]) == [0, 10]
    with pytest.raises(MoneyError):
        split_minor(10, [])
    with pytest.raises(MoneyError):
        split_minor(10, [0, 0])


@given(total=st.integers(-10**15, 10**15),
       weights=st.lists(st.integers(0, 10**6), min_size=1, max_size=30).filter(lambda w: sum(w) > 0))
def test_split_always_adds_up_and_is_fair(total, weights):
    parts = split_minor(total, weights)
    assert sum(parts) == total
    assert len(parts) == len(weights)
    wsum = sum(weights)
    for p, w in zip(parts, weights):
        exact = Decimal(total) * w / wsum
        assert abs(Decimal(p) - exact) < 1  # each part within one minor unit of its share
        if w == 0:
            assert p == 0


@given(minor=st.integers(-10**15, 10**15), cur=CURRENCIES)
def test_minor_decimal_round_trip(minor, cur):
    assert to_minor(from_minor(minor, cur), cur, strict=True) == minor
    assert to_minor(format_minor(minor, cur, grouping=False), cur, strict=True) == minor


@given(a=st.integers(-10**12, 10**12), b=st.integers(-10**12, 10**12), cur=CURRENCIES)
def test_addition_matches_integers(a, b, cur):
    assert (Money(a, cur) + Money(b, cur)).minor == a + b
    assert (Money(a, cur) - Money(b, cur)).minor == a - b


@given(d=st.decimals(min_value=-10**9, max_value=10**9, allow_nan=False, allow_infinity=False,
                     places=4), cur=CURRENCIES)
def test_rounding_is_half_up_and_within_half_unit(d, cur):
    m = to_minor(d, cur)
    exact = d.scaleb(currency_exponent(cur))
    assert abs(Decimal(m) - exact) <= Decimal("0.5")
