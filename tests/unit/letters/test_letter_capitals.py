"""Amounts in Chinese financial capitals (人民币大写): the issue's edge cases, the PBOC examples,
and a round trip through a reader written here for random amounts up to 10^12 fen."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.letters.capitals import rmb_capitals


@pytest.mark.parametrize("minor, text", [
    # issue 6, section 7
    (5, "伍分"),
    (10_00, "壹拾元整"),
    (16_30, "壹拾陆元叁角"),
    (325_04, "叁佰贰拾伍元零肆分"),
    (1_005_00, "壹仟零伍元整"),
    (16_409_02, "壹万陆仟肆佰零玖元零贰分"),
    (100_000_00, "壹拾万元整"),
    (1_000_001_01, "壹佰万零壹元零壹分"),
    # issue 6, section 4
    (12_345_67, "壹万贰仟叁佰肆拾伍元陆角柒分"),
    # the PBOC's examples (the first of the allowed forms where 零 is optional)
    (1_409_50, "壹仟肆佰零玖元伍角"),
    (6_007_14, "陆仟零柒元壹角肆分"),
    (1_680_32, "壹仟陆佰捌拾元零叁角贰分"),
    (107_000_53, "壹拾万零柒仟元零伍角叁分"),
    # small, round and large
    (1, "壹分"),
    (10, "壹角"),
    (1_00, "壹元整"),
    (10_10, "壹拾元零壹角"),
    (11_00, "壹拾壹元整"),
    (1_000_000_000, "壹仟万元整"),
    (100_000_000_00, "壹亿元整"),
    (100_000_001_00, "壹亿零壹元整"),
    (101_000_000_00, "壹亿零壹佰万元整"),
    (110_000_000_00, "壹亿壹仟万元整"),
    (1_0000_0000_0000_00, "壹万亿元整"),
    (1_0001_0000_0000_00, "壹万零壹亿元整"),
    (9999_9999_9999_9999_99, "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_known_amounts(minor, text):
    assert rmb_capitals(minor) == text


def test_zero_negative_and_prefix():
    assert rmb_capitals(0) == "零元整"
    assert rmb_capitals(-325_04) == "负叁佰贰拾伍元零肆分"
    assert rmb_capitals(-5) == "负伍分"
    assert rmb_capitals(10_00, prefix=True) == "人民币壹拾元整"
    assert rmb_capitals(-10_00, prefix=True) == "人民币负壹拾元整"


def test_refuses_what_it_cannot_write():
    with pytest.raises(ValueError):
        rmb_capitals(10 ** 16 * 100)
    with pytest.raises(TypeError):
        rmb_capitals(1.5)          # type: ignore[arg-type]  # money is never a float


# ------------------------------------------------------------------ a reader, for the round trip

_DIGIT = {ch: i for i, ch in enumerate("零壹贰叁肆伍陆柒捌玖")}
_IN_GROUP = {"拾": 10, "佰": 100, "仟": 1000}


def read_capitals(text: str) -> int:
    """Capitals back to fen (written here from the rules, not from the code under test)."""
    sign = 1
    if text.startswith("负"):
        sign, text = -1, text[1:]
    above_yi = below_yi = group = digit = 0     # what is already × 亿, × 万 below 亿, the group
    yuan = fen = 0
    for ch in text:
        if ch in _DIGIT:
            digit = _DIGIT[ch]
        elif ch in _IN_GROUP:
            assert digit, f"unit without a digit in {text}"
            group += digit * _IN_GROUP[ch]
            digit = 0
        elif ch == "万":
            below_yi += (group + digit) * 10_000
            group = digit = 0
        elif ch == "亿":
            above_yi = (above_yi + below_yi + group + digit) * 100_000_000
            below_yi = group = digit = 0
        elif ch == "元":
            yuan = above_yi + below_yi + group + digit
            above_yi = below_yi = group = digit = 0
        elif ch == "角":
            fen += digit * 10
            digit = 0
        elif ch == "分":
            fen += digit
            digit = 0
        elif ch == "整":
            pass
        else:
            raise AssertionError(f"unexpected {ch!r} in {text}")
    assert digit == 0 and group == 0, f"digits without a unit in {text}"
    return sign * (yuan * 100 + fen)


@settings(max_examples=600, deadline=None)
@given(st.integers(min_value=-10 ** 12, max_value=10 ** 12))
def test_round_trip(minor):
    text = rmb_capitals(minor)
    assert read_capitals(text) == minor
    body = text.removeprefix("负")
    assert "零零" not in body
    assert body == "零元整" or not body.startswith("零")
    assert not body.endswith("零") and "零元" not in body.replace("零元整", "") and "零万" not in body
    assert body.endswith("整") == (minor % 100 == 0)       # 整 exactly when it ends at 元
    assert ("元" in body) == (abs(minor) >= 100 or minor == 0)
    assert set(body) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10 ** 12))
def test_one_zero_per_gap(minor):
    """Every run of zeros between two written digits (jiao and fen included) is one 零."""
    inner = str(minor).strip("0")                    # yuan digits, 角, 分 without outer zeros
    runs = sum(1 for i, ch in enumerate(inner) if ch == "0" and inner[i - 1] != "0")
    assert rmb_capitals(minor).count("零") == runs
