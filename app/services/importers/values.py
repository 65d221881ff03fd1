"""Cell values → dates, money in minor units, terms, text.

Parsers return ``None`` (or raise ``AmountError``) instead of guessing; the planner turns that
into a row error. Nothing here goes through ``float`` for money: numeric Excel cells are read
at Excel's own precision (15 significant digits) as ``Decimal`` text.

Dates: 2026-11-23, 2026/11/23, 2026.11.23, 2026年11月23日, 20261123, Excel serials (numbers
or 5-digit text), real date cells, a trailing time of day is ignored, and the ambiguous
``a/b/yyyy`` / ``a-b-yyyy`` forms read in the file's day/month order (see ``decide_date_order``).
``23.11.2026`` (dots, year last) is always day.month.year, as everywhere it is written so.

Amounts: 1234.56, 1,234.56, 1.234,56, 1 234,56, ¥1,234.56, ￥, $, €, £, CNY 12.50, 12.50元,
(1,234.56) and -1234.56 and 1234.56- negative. A single separator followed by exactly three
digits ("1,234", "1.234") is ambiguous and read in the file's decimal mark
(see ``decide_decimal_mark``; default ".", so "1,234" is 1234).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Iterable

DMY, MDY = "DMY", "MDY"
DATE_ORDERS = ("auto", DMY, MDY)
DEFAULT_DATE_ORDER = DMY
DECIMAL_MARKS = ("auto", ".", ",")

_EXCEL_EPOCH = date(1899, 12, 30)          # serial 1 = 1900-01-01 (with Excel's 1900 leap bug)
_MAX_SERIAL = 2958465                      # 9999-12-31

_YMD = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")
_CN = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$")
_AB_Y = re.compile(r"^(\d{1,2})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{4})$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_COMPACT = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_TIME = re.compile(r"(?:[ T]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?$")


def cell_text(value: object) -> str:
    """Any cell as trimmed text: 1001.0 → '1001', a date cell → '2026-11-23'."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    return str(value).strip()


def _mk(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def serial_to_date(serial: float | int) -> date | None:
    # Serials below 10000 (before 1927) are far more likely a stray number than an invoice date.
    if serial < 10000 or serial > _MAX_SERIAL:
        return None
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date(value: object, order: str = DEFAULT_DATE_ORDER) -> date | None:
    """A date from a cell, or None. ``order`` (DMY/MDY) reads the ambiguous a/b/yyyy form."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        v = float(value)
        if v != v:                               # NaN
            return None
        if isinstance(value, int) or v.is_integer():
            m = _COMPACT.match(str(int(v)))
            if m:
                return _mk(int(m[1]), int(m[2]), int(m[3]))
        return serial_to_date(v)
    s = str(value).strip().lstrip("'")
    if not s:
        return None
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        try:
            return date.fromisoformat(s)
        except ValueError:
            pass
    s = _TIME.sub("", s).strip()
    m = _YMD.match(s) or _CN.match(s)
    if m:
        return _mk(int(m[1]), int(m[2]), int(m[3]))
    m = _AB_Y.match(s)
    if m:
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        return _mk(y, b, a) if order == DMY else _mk(y, a, b)
    m = _DOTTED.match(s)
    if m:
        return _mk(int(m[3]), int(m[2]), int(m[1]))
    m = _COMPACT.match(s)
    if m:
        return _mk(int(m[1]), int(m[2]), int(m[3]))
    if _SERIAL.match(s):
        return serial_to_date(float(s))
    return None


@dataclass(frozen=True)
class DateOrderDecision:
    """How this file's a/b/yyyy dates are read, and why (for the preview to show)."""

    order: str                 # DMY | MDY
    source: str                # option | evidence | mixed | default | not_needed
    ambiguous_values: int = 0  # distinct a/b/yyyy values in the file
    example: str = ""          # a value that proves the order (or one read by default)
    example_row: int = 0


def decide_date_order(values: Iterable[tuple[int, object]], option: str = "auto") -> DateOrderDecision:
    """Look at every (row, value) of the file's date columns and choose day/month order.

    A first part above 12 (23/11/2026) proves day/month/year, a second part above 12
    (11/23/2026) proves month/day/year. With no proof the order is day/month/year, the common
    one outside the US, reported as a default so the user can switch it. ``option`` (DMY/MDY)
    wins over the file.
    """
    ev = DateOrderEvidence()
    for row, v in values:
        ev.feed(0, row, v)
    return ev.decision(option)


class DateOrderEvidence:
    """``decide_date_order`` fed piece by piece (a file read in chunks), with bounded memory.

    ``feed(column, row, value)``: ``column`` is the position of the date column (0, 1, ...);
    the examples are taken as if the columns were read one after the other, so the decision is
    the same as ``decide_date_order`` over the whole columns in that order.
    """

    _SEEN_MAX = 50_000            # distinct texts remembered (beyond: matched again, same result)

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.kinds: dict[str, str] = {}       # distinct a/b/yyyy text -> dmy | mdy | ambiguous
        self.first: dict[int, tuple[str, int]] = {}
        self.dmy: dict[int, tuple[str, int]] = {}
        self.mdy: dict[int, tuple[str, int]] = {}
        self.extra = {"dmy": 0, "mdy": 0, "ambiguous": 0}   # counted past the memory cap

    def feed(self, column: int, row: int, v: object) -> None:
        if not isinstance(v, str) or v in self.seen:
            return
        kind = self.kinds.get(v)
        if kind is None:
            m = _AB_Y.match(_TIME.sub("", v.strip()).strip())
            if not m:
                if len(self.seen) < self._SEEN_MAX:
                    self.seen.add(v)
                return
            a, b = int(m[1]), int(m[3])
            kind = "dmy" if a > 12 and b <= 12 else "mdy" if b > 12 and a <= 12 else "ambiguous"
            if len(self.kinds) < self._SEEN_MAX:
                self.kinds[v] = kind
            else:
                self.extra[kind] += 1
        # examples per column: a value met first in a later column may still be the first
        # proof in an earlier one (the whole-column order reads that column first)
        self.first.setdefault(column, (v, row))
        if kind == "dmy":
            self.dmy.setdefault(column, (v, row))
        elif kind == "mdy":
            self.mdy.setdefault(column, (v, row))

    def decision(self, option: str = "auto") -> DateOrderDecision:
        ambiguous = len(self.kinds) + sum(self.extra.values())
        if option in (DMY, MDY):
            return DateOrderDecision(option, "option", ambiguous)

        def earliest(d: dict[int, tuple[str, int]]) -> tuple[str, int] | None:
            return d[min(d)] if d else None

        first, dmy, mdy = earliest(self.first), earliest(self.dmy), earliest(self.mdy)
        if first is None:
            return DateOrderDecision(DEFAULT_DATE_ORDER, "not_needed", 0)
        kinds = list(self.kinds.values())
        n_dmy = kinds.count("dmy") + self.extra["dmy"]
        n_mdy = kinds.count("mdy") + self.extra["mdy"]
        if n_dmy and n_mdy:
            order = DMY if n_dmy >= n_mdy else MDY
            ex = dmy if order == DMY else mdy
            assert ex is not None
            return DateOrderDecision(order, "mixed", ambiguous, ex[0], ex[1])
        if n_dmy:
            assert dmy is not None
            return DateOrderDecision(DMY, "evidence", ambiguous, dmy[0], dmy[1])
        if n_mdy:
            assert mdy is not None
            return DateOrderDecision(MDY, "evidence", ambiguous, mdy[0], mdy[1])
        return DateOrderDecision(DEFAULT_DATE_ORDER, "default", ambiguous, first[0], first[1])


# ----------------------------------------------------------------------------- amounts

class AmountError(ValueError):
    """``kind`` is 'invalid' (not an amount) or 'decimals' (too many for the currency)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


_PLAIN = re.compile(r"^-?\d+(?:\.\d+)?$")
_GROUPED_DOT = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")     # 1,234,567.89
_SPACES = str.maketrans("", "", " \u00a0\u2009\u202f\u2007\u3000'’_")
_PREFIX = re.compile(r"^(?:[A-Za-z]{2,3}\$|[A-Za-z]{3}(?=[\s\d(（\-−.,])|[¥￥$€£])\s*")
_SUFFIX = re.compile(r"\s*(?:元|圆|[A-Za-z]{3})$")
_DIGITS = re.compile(r"^[\d.,]*\d[\d.,]*$")


def _scale(int_part: str, frac: str, exponent: int) -> int:
    if len(frac) > exponent:
        if frac[exponent:].strip("0"):
            raise AmountError("decimals")
        frac = frac[:exponent]
    return int(int_part or "0") * 10 ** exponent + (int(frac.ljust(exponent, "0")) if exponent else 0)


def _strip_sign_and_symbols(s: str) -> tuple[str, bool]:
    negative = False
    for _ in range(3):
        before = s
        if len(s) >= 2 and ((s[0] == "(" and s[-1] == ")") or (s[0] == "（" and s[-1] == "）")):
            if negative:
                raise AmountError("invalid")
            negative, s = True, s[1:-1].strip()
        if s[:1] in ("-", "−", "－"):
            if negative:
                raise AmountError("invalid")
            negative, s = True, s[1:].strip()
        elif s[:1] in ("+", "＋"):
            s = s[1:].strip()
        if s[-1:] in ("-", "−") and len(s) > 1:
            if negative:
                raise AmountError("invalid")
            negative, s = True, s[:-1].strip()
        s = _PREFIX.sub("", s, count=1)
        s = _SUFFIX.sub("", s, count=1)
        if s == before:
            break
    return s, negative


def amount_separator_hint(text: str) -> str | None:
    """'.' or ',' when ``text`` alone shows its decimal mark, else None."""
    if "," not in text and "." not in text:
        return None
    s = text.translate(_SPACES)
    last_c, last_d = s.rfind(","), s.rfind(".")
    if last_c >= 0 and last_d >= 0:
        return "," if last_c > last_d else "."
    sep = "," if last_c >= 0 else "."
    if s.count(sep) > 1:
        return "." if sep == "," else ","
    tail = s[s.rfind(sep) + 1:]
    digits = len(tail) - len(tail.lstrip("0123456789"))
    if digits != 3:
        return sep
    return None


def parse_amount(value: object, exponent: int, decimal_mark: str | None = None) -> int:
    """A cell → signed integer minor units for a currency with ``exponent`` decimals.

    ``decimal_mark`` ('.' or ',') settles '1,234' / '1.234'; None means '.'.
    Raises ``AmountError('invalid')`` or ``AmountError('decimals')``.
    """
    if isinstance(value, bool) or value is None:
        raise AmountError("invalid")
    if isinstance(value, int):
        return value * 10 ** exponent
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise AmountError("invalid")
        # Excel keeps 15 significant digits; anything past that is binary noise, not money.
        value = Decimal(format(value, ".15g"))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise AmountError("invalid")
        sign, digits, exp = value.normalize().as_tuple()
        if isinstance(exp, int) and -exp > exponent:
            raise AmountError("decimals")
        return int(value.scaleb(exponent))
    s = str(value).strip().lstrip("'")
    if not s:
        raise AmountError("invalid")
    if _PLAIN.match(s):                                  # fast path: 1234.56 / -12
        neg = s[0] == "-"
        if neg:
            s = s[1:]
        i, _, f = s.partition(".")
        if len(f) == 3 and decimal_mark == ",":          # 1.234 in a comma-decimal file
            i, f = i + f, ""
        minor = _scale(i, f, exponent)
        return -minor if neg else minor
    if decimal_mark != "," and _GROUPED_DOT.match(s):     # fast path: 1,234.56
        neg = s[0] == "-"
        i, _, f = s.lstrip("-").replace(",", "").partition(".")
        minor = _scale(i, f, exponent)
        return -minor if neg else minor
    s, negative = _strip_sign_and_symbols(s)
    s = s.translate(_SPACES)
    if not _DIGITS.match(s):
        raise AmountError("invalid")
    last_c, last_d = s.rfind(","), s.rfind(".")
    if last_c >= 0 and last_d >= 0:
        dec = "," if last_c > last_d else "."
    elif last_c < 0 and last_d < 0:
        dec = None
    else:
        sep = "," if last_c >= 0 else "."
        if s.count(sep) > 1:
            dec = None                                   # 1,234,567 or 1.234.567: grouping only
        elif len(s) - s.rfind(sep) - 1 != 3:
            dec = sep
        else:                                            # 1,234 / 1.234: the file decides
            dec = sep if sep == (decimal_mark or ".") else None
    if dec is None:
        int_part, frac = s.replace(",", "").replace(".", ""), ""
    else:
        head, _, frac = s.rpartition(dec)
        group = "." if dec == "," else ","
        if dec in head or not frac.isdigit():
            raise AmountError("invalid")
        int_part = head.replace(group, "")
    if not int_part.isdigit() and int_part:
        raise AmountError("invalid")
    minor = _scale(int_part, frac, exponent)
    return -minor if negative else minor


@dataclass(frozen=True)
class DecimalDecision:
    mark: str                  # '.' or ','
    source: str                # option | evidence | mixed | default | not_needed
    example: str = ""
    example_row: int = 0


def decide_decimal_mark(values: Iterable[tuple[int, object]], option: str = "auto") -> DecimalDecision:
    """Choose the decimal mark of the file's amount columns from the values that show it."""
    ev = DecimalEvidence()
    for row, v in values:
        ev.feed(row, v)
    return ev.decision(option)


class DecimalEvidence:
    """``decide_decimal_mark`` fed piece by piece (constant memory)."""

    def __init__(self) -> None:
        self.votes = {".": 0, ",": 0}
        self.example: dict[str, tuple[str, int]] = {}
        self.ambiguous = False

    def feed(self, row: int, v: object) -> None:
        if not isinstance(v, str):
            return
        if "," in v:
            h = amount_separator_hint(v)
        else:
            d = v.rfind(".")
            if d < 0:
                return
            tail = v[d + 1:]
            if v.find(".") == d and tail.isdigit() and tail.isascii():     # 1234.56: the usual case
                h = "." if len(tail) != 3 else None
            else:
                h = amount_separator_hint(v)
        if h is None:
            self.ambiguous = True
            return
        self.votes[h] += 1
        self.example.setdefault(h, (v, row))

    def decision(self, option: str = "auto") -> DecimalDecision:
        if option in (".", ","):
            return DecimalDecision(option, "option")
        votes, example = self.votes, self.example
        if votes["."] and votes[","]:
            mark = "," if votes[","] > votes["."] else "."
            return DecimalDecision(mark, "mixed", *example[mark])
        for mark in (",", "."):
            if votes[mark]:
                return DecimalDecision(mark, "evidence", *example[mark])
        return DecimalDecision(".", "default" if self.ambiguous else "not_needed")


# ----------------------------------------------------------------------------- small fields

_TERMS = re.compile(r"^(?:net\s*|n\s*|月结\s*|账期\s*)?(\d{1,5})(?:\.0+)?\s*(?:天|日|days?|d)?$", re.I)


def parse_terms(value: object) -> int | None:
    """'30', 30, 30.0, '30天', '30 days', 'Net 30', 'N30' → 30; None when not a day count."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    m = _TERMS.match(str(value or "").strip())
    return int(m[1]) if m else None


_LANGUAGES = {
    "zh": "zh", "zhcn": "zh", "zhhans": "zh", "cn": "zh", "chinese": "zh", "中文": "zh",
    "汉语": "zh", "简体中文": "zh", "中": "zh",
    "en": "en", "enus": "en", "engb": "en", "english": "en", "英文": "en", "英语": "en", "英": "en",
}


def parse_language(value: object) -> str | None:
    key = re.sub(r"[\s_\-]", "", cell_text(value).lower())
    return _LANGUAGES.get(key)


def split_aliases(value: object) -> tuple[str, ...]:
    out: list[str] = []
    for part in re.split(r"[|｜]", cell_text(value)):
        p = part.strip()
        if p and p not in out:
            out.append(p)
    return tuple(out)
