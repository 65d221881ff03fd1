"""Cell values: dates, amounts, terms, languages; the per-file decisions."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.importers.values import (DMY, MDY, AmountError, cell_text, decide_date_order,
                                           decide_decimal_mark, parse_amount, parse_date,
                                           parse_language, parse_terms, split_aliases)

D = date(2026, 11, 23)


@pytest.mark.parametrize("text", [
    "2026-11-23", "2026/11/23", "2026.11.23", "23.11.2026", "2026年11月23日", "2026年11月23号",
    "2026 年 11 月 23 日", "20261123", "46349", "46349.0", "2026-11-23 00:00:00",
    "2026-11-23T10:30:00", "2026/11/23 9:05", "'2026-11-23", " 2026-11-23 ", "23/11/2026",
    "23-11-2026",
])
def test_dates_in_every_supported_form(text):
    assert parse_date(text, DMY) == D


def test_ambiguous_forms_follow_the_order():
    assert parse_date("11/23/2026", MDY) == D
    assert parse_date("05/06/2026", DMY) == date(2026, 6, 5)
    assert parse_date("05/06/2026", MDY) == date(2026, 5, 6)
    assert parse_date("11/23/2026", DMY) is None          # month 23 does not exist
    assert parse_date("23.11.2026", MDY) == D             # dots are always day.month.year


def test_date_cells_and_serial_numbers():
    assert parse_date(datetime(2026, 11, 23, 15, 0)) == D
    assert parse_date(D) == D
    assert parse_date(46349) == D
    assert parse_date(46349.75) == D                      # time of day is dropped
    assert parse_date(20261123) == D                      # yyyymmdd typed as a number


@pytest.mark.parametrize("bad", [
    "", "abc", "2026-13-01", "2026-02-30", "31/02/2026", "2026", 2026, 3.5, True, None, "1/2/26",
    "99999999", float("nan"), "2026-11", "#N/A",
])
def test_not_dates(bad):
    assert parse_date(bad, DMY) is None


@given(st.dates(min_value=date(1930, 1, 1), max_value=date(2199, 12, 31)),
       st.sampled_from(["iso", "slash_ymd", "dots", "cn", "compact", "serial", "dmy", "mdy", "cell"]))
def test_date_round_trip(d, style):
    text = {
        "iso": d.isoformat(), "slash_ymd": f"{d.year}/{d.month}/{d.day}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}", "cn": f"{d.year}年{d.month}月{d.day}日",
        "compact": d.strftime("%Y%m%d"), "serial": str((d - date(1899, 12, 30)).days),
        "dmy": f"{d.day}/{d.month}/{d.year}", "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "cell": datetime(d.year, d.month, d.day),
    }[style]
    if style == "compact" and d.year >= 2100:       # yyyymmdd text is read for 19xx/20xx only
        assert parse_date(text) is None
        return
    if style == "serial" and len(text) != 5:         # serials as text have five digits (1927-2173)
        assert parse_date(text) is None
        return
    assert parse_date(text, MDY if style == "mdy" else DMY) == d


def rows(values):
    return list(enumerate(values, start=2))


def test_date_order_evidence_default_option_and_mixed():
    dec = decide_date_order(rows(["01/02/2026", "23/11/2026", "2026-01-01"]))
    assert (dec.order, dec.source, dec.example, dec.example_row) == (DMY, "evidence", "23/11/2026", 3)
    dec = decide_date_order(rows(["01/02/2026", "11/23/2026"]))
    assert (dec.order, dec.source, dec.example) == (MDY, "evidence", "11/23/2026")
    dec = decide_date_order(rows(["01/02/2026", "03/04/2026", "03/04/2026"]))
    assert (dec.order, dec.source, dec.ambiguous_values) == (DMY, "default", 2)
    dec = decide_date_order(rows(["2026-01-02", datetime(2026, 1, 2)]))
    assert dec.source == "not_needed"
    assert decide_date_order(rows(["23/11/2026"]), MDY).order == MDY
    dec = decide_date_order(rows(["23/11/2026", "24/11/2026", "11/25/2026"]))
    assert (dec.order, dec.source) == (DMY, "mixed")


# ----------------------------------------------------------------------------- amounts

@pytest.mark.parametrize("text,minor", [
    ("1234.56", 123456), ("1,234.56", 123456), ("1.234,56", 123456), ("¥1,234.56", 123456),
    ("￥1,234.56", 123456), ("$1,234.56", 123456), ("€ 1.234,56", 123456), ("(1,234.56)", -123456),
    ("（1,234.56）", -123456), ("-1234.56", -123456), ("−1234.56", -123456), ("1234.56-", -123456),
    ("-¥1,234.56", -123456), ("¥-1,234.56", -123456), ("1 234,56", 123456), ("1\u2009234.56", 123456),
    ("1\u00a0234,56", 123456), ("CNY 1,234.56", 123456), ("1,234.56 USD", 123456), ("1234.56元", 123456),
    ("RMB1234.56", 123456), ("US$1,234.56", 123456), ("12", 1200), ("0.5", 50), (".5", 50),
    ("1,234,567", 123456700), ("1.234.567", 123456700), ("1,234", 123400), ("1,5", 150),
    ("1234.560", 123456), ("+12.00", 1200), ("'-12.50", -1250), ("1'234.50", 123450),
])
def test_amount_styles(text, minor):
    assert parse_amount(text, 2) == minor


def test_ambiguous_thousands_follow_the_file():
    assert parse_amount("1,234", 2, ".") == 123400
    with pytest.raises(AmountError) as e:
        parse_amount("1,234", 2, ",")              # 1.234 in a comma-decimal file: too many decimals
    assert e.value.kind == "decimals"
    assert parse_amount("1.234", 2, ",") == 123400
    assert parse_amount("1.234", 3) == 1234         # KWD


def test_numeric_cells_never_go_through_float_arithmetic():
    assert parse_amount(1234.56, 2) == 123456
    assert parse_amount(0.1 + 0.2, 2) == 30             # 0.30000000000000004: Excel's 15 digits
    assert parse_amount(1234, 2) == 123400
    assert parse_amount(-50.25, 2) == -5025
    with pytest.raises(AmountError) as e:
        parse_amount(Decimal("1.5"), 0)
    assert e.value.kind == "decimals"
    with pytest.raises(AmountError) as e:
        parse_amount(1234.567, 2)
    assert e.value.kind == "decimals"
    assert parse_amount(1234.567, 3) == 1234567
    assert parse_amount(12345678901.23, 2) == 1234567890123


@pytest.mark.parametrize("bad", ["", "abc", "1.2.3,4,5", "12a", "--5", "(-5)", "1,23.4.5", "¥", "$-",
                                 True, None, float("nan"), float("inf"), "1e5", "5 5 5x"])
def test_not_amounts(bad):
    with pytest.raises(AmountError) as e:
        parse_amount(bad, 2)
    assert e.value.kind == "invalid"


@pytest.mark.parametrize("text,exp", [("12.345", 2), ("1.5", 0), ("0.0001", 3), ("1,234.567", 2)])
def test_too_many_decimals(text, exp):
    with pytest.raises(AmountError) as e:
        parse_amount(text, exp)
    assert e.value.kind == "decimals"


def _group(int_digits: str, sep: str) -> str:
    parts = []
    while len(int_digits) > 3:
        parts.insert(0, int_digits[-3:])
        int_digits = int_digits[:-3]
    parts.insert(0, int_digits)
    return sep.join(parts)


STYLES = ["plain", "grouped", "european", "spaced_eu", "thin_dot", "yen", "fullwidth_yen", "dollar",
          "code_suffix", "yuan"]


@settings(max_examples=300)
@given(minor=st.integers(min_value=-10**15, max_value=10**15), exp=st.sampled_from([0, 2, 3]),
       style=st.sampled_from(STYLES), negative_style=st.sampled_from(["minus", "parens", "trailing"]),
       with_mark=st.booleans())
def test_amount_round_trip(minor, exp, style, negative_style, with_mark):
    """Format minor units in a supported style and parse back: the same minor units."""
    q, r = divmod(abs(minor), 10 ** exp)
    frac = f"{r:0{exp}d}" if exp else ""
    dec = "," if style in ("european", "spaced_eu") else "."
    group = {"plain": "", "grouped": ",", "european": ".", "spaced_eu": " ", "thin_dot": "\u2009",
             "yen": ",", "fullwidth_yen": ",", "dollar": ",", "code_suffix": ",", "yuan": ""}[style]
    body = _group(str(q), group) if group else str(q)
    if frac:
        body = f"{body}{dec}{frac}"
    body = {"yen": "¥" + body, "fullwidth_yen": "￥" + body, "dollar": "$" + body,
            "code_suffix": body + " CNY", "yuan": body + "元"}.get(style, body)
    if minor < 0:
        body = {"minus": "-" + body, "parens": f"({body})", "trailing": body + "-"}[negative_style]
    assert parse_amount(body, exp, dec if (with_mark or dec == ",") else None) == minor


def test_decimal_mark_decision():
    d = decide_decimal_mark(rows(["1.234,56", "12,50", "1.000"]))
    assert (d.mark, d.source, d.example) == (",", "evidence", "1.234,56")
    d = decide_decimal_mark(rows(["1,234.56", "1,000"]))
    assert (d.mark, d.source) == (".", "evidence")
    assert decide_decimal_mark(rows(["1,000", "2,000"])).source == "default"
    assert decide_decimal_mark(rows(["1000", 12.5])).source == "not_needed"
    assert decide_decimal_mark(rows(["1,234.56", "1.234,56", "9,99"])).source == "mixed"
    assert decide_decimal_mark(rows(["1.234,56"]), ".").mark == "."


# ----------------------------------------------------------------------------- small fields

@pytest.mark.parametrize("value,days", [("30", 30), (30, 30), (30.0, 30), ("30天", 30), ("30 days", 30),
                                        ("Net 30", 30), ("N30", 30), ("月结60天", 60), ("0", 0)])
def test_terms(value, days):
    assert parse_terms(value) == days


@pytest.mark.parametrize("value", ["thirty", "-5", "30.5", 30.5, "", True])
def test_bad_terms(value):
    assert parse_terms(value) is None


def test_language_aliases_text():
    assert [parse_language(v) for v in ("zh", "中文", "zh_CN", "English", "英文", "en-US", "fr")] == [
        "zh", "zh", "zh", "en", "en", "en", None]
    assert split_aliases("甲 | Jia｜甲||  ") == ("甲", "Jia")
    assert cell_text(1001.0) == "1001"
    assert cell_text(datetime(2026, 11, 23)) == "2026-11-23"
    assert cell_text(D + timedelta(days=1)) == "2026-11-24"
    assert cell_text(12.5) == "12.5"
    assert cell_text(None) == ""
