"""Money: an exact amount in one ISO 4217 currency.

Stored as integer minor units (``amount_minor``) next to a currency code; in memory a
``Money`` holds the integer minor units, so arithmetic is exact and never touches ``float``.
Conversions from decimal text round explicitly (``ROUND_HALF_UP`` unless told otherwise) or
refuse extra decimals (``strict=True``), which is what importers use.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Iterable, Sequence

# ISO 4217 minor-unit exponents. Anything not listed is unknown and refused.
_EXPONENTS: dict[str, int] = {
    # 0 decimals
    "JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "PYG": 0, "UGX": 0, "XAF": 0, "XOF": 0,
    "XPF": 0,
    # 3 decimals
    "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "IQD": 3, "LYD": 3, "TND": 3,
    # 2 decimals
    "CNY": 2, "USD": 2, "EUR": 2, "GBP": 2, "HKD": 2, "MOP": 2, "SGD": 2, "AUD": 2, "NZD": 2,
    "CAD": 2, "CHF": 2, "SEK": 2, "NOK": 2, "DKK": 2, "PLN": 2, "CZK": 2, "RON": 2, "BGN": 2,
    "RUB": 2, "INR": 2, "THB": 2, "MYR": 2, "PHP": 2, "AED": 2, "SAR": 2, "QAR": 2, "ILS": 2,
    "TRY": 2, "ZAR": 2, "BRL": 2, "MXN": 2, "ARS": 2, "COP": 2, "PEN": 2, "EGP": 2, "NGN": 2,
    "KES": 2, "IDR": 2, "HUF": 2, "TWD": 2, "PKR": 2, "BDT": 2, "LKR": 2, "NPR": 2, "MNT": 2, "KZT": 2, "UAH": 2,
}

# What people type instead of the code.
CURRENCY_SYNONYMS: dict[str, str] = {
    "RMB": "CNY", "CNH": "CNY", "人民币": "CNY", "¥": "CNY", "￥": "CNY", "元": "CNY",
    "美元": "USD", "US$": "USD", "$": "USD", "欧元": "EUR", "€": "EUR", "英镑": "GBP", "£": "GBP",
    "港币": "HKD", "港元": "HKD", "HK$": "HKD", "日元": "JPY", "円": "JPY", "澳元": "AUD",
    "新加坡元": "SGD", "加元": "CAD", "瑞士法郎": "CHF", "韩元": "KRW",
}


class MoneyError(ValueError):
    """An amount or currency that cannot be represented as asked."""


def currency_exponent(currency: str) -> int:
    try:
        return _EXPONENTS[currency]
    except KeyError:
        raise MoneyError(f"unknown currency {currency!r}") from None


def is_known_currency(code: str) -> bool:
    return code in _EXPONENTS


def normalize_currency(text: str) -> str:
    """'rmb', '人民币', ' usd ' → ISO code; raises MoneyError when unknown."""
    t = (text or "").strip()
    if t in CURRENCY_SYNONYMS:
        return CURRENCY_SYNONYMS[t]
    up = t.upper()
    if up in CURRENCY_SYNONYMS:
        return CURRENCY_SYNONYMS[up]
    if up in _EXPONENTS:
        return up
    raise MoneyError(f"unknown currency {text!r}")


def known_currencies() -> list[str]:
    return sorted(_EXPONENTS)


def to_minor(value: Decimal | int | str, currency: str, *, strict: bool = False,
             rounding: str = ROUND_HALF_UP) -> int:
    """Decimal major units → integer minor units.

    ``strict`` refuses values with more decimals than the currency allows instead of rounding.
    """
    if isinstance(value, float):  # pragma: no cover - defensive; floats are a bug upstream
        raise TypeError("money is never a float")
    exp = currency_exponent(currency)
    try:
        d = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        raise MoneyError(f"not an amount: {value!r}") from None
    if not d.is_finite():
        raise MoneyError(f"not an amount: {value!r}")
    scaled = d.scaleb(exp)
    integral = scaled.to_integral_value(rounding=rounding)
    if strict and integral != scaled:
        raise MoneyError(f"{value} has more than {exp} decimal places for {currency}")
    return int(integral)


def from_minor(minor: int, currency: str) -> Decimal:
    exp = currency_exponent(currency)
    return Decimal(int(minor)).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


def format_minor(minor: int, currency: str, *, grouping: bool = True) -> str:
    """1234550, 'CNY' → '12,345.50' (no symbol); plain decimal string when grouping=False."""
    d = from_minor(minor, currency)
    exp = currency_exponent(currency)
    if grouping:
        return f"{d:,.{exp}f}"
    return f"{d:.{exp}f}"


def split_minor(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` minor units in proportion to ``weights`` by largest remainder.

    The parts always add up to ``total`` exactly; ties go to the earlier part.
    """
    if not weights:
        raise MoneyError("nothing to split into")
    if any(w < 0 for w in weights):
        raise MoneyError("weights must not be negative")
    wsum = sum(weights)
    if wsum == 0:
        raise MoneyError("weights add up to zero")
    sign = -1 if total < 0 else 1
    t = abs(total)
    base = [t * w // wsum for w in weights]
    rema = [t * w % wsum for w in weights]
    left = t - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-rema[i], i))
    for i in order[:left]:
        base[i] += 1
    return [sign * b for b in base]


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An exact amount: integer minor units of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError("Money.minor must be an int")
        currency_exponent(self.currency)

    # construction ---------------------------------------------------------
    @classmethod
    def of(cls, value: Decimal | int | str, currency: str, *, strict: bool = False) -> "Money":
        return cls(to_minor(value, currency, strict=strict), currency)

    @classmethod
    def zero(cls, currency: str) -> "Money":
        return cls(0, currency)

    # views ----------------------------------------------------------------
    @property
    def amount(self) -> Decimal:
        return from_minor(self.minor, self.currency)

    @property
    def exponent(self) -> int:
        return currency_exponent(self.currency)

    def __str__(self) -> str:
        return f"{format_minor(self.minor, self.currency)} {self.currency}"

    def plain(self) -> str:
        """Decimal string without grouping, e.g. '1234.50' (JSON, CSV)."""
        return format_minor(self.minor, self.currency, grouping=False)

    # arithmetic -----------------------------------------------------------
    def _same(self, other: "Money") -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} with {other.currency}")

    def __add__(self, other: "Money") -> "Money":
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> "Money":
        return Money(-self.minor, self.currency)

    def __abs__(self) -> "Money":
        return Money(abs(self.minor), self.currency)

    def __mul__(self, factor: int | Decimal) -> "Money":
        if isinstance(factor, bool) or not isinstance(factor, (int, Decimal)):
            raise TypeError("Money can be multiplied by int or Decimal only")
        if isinstance(factor, int):
            return Money(self.minor * factor, self.currency)
        product = (Decimal(self.minor) * factor).to_integral_value(rounding=ROUND_HALF_UP)
        return Money(int(product), self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: "Money") -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: "Money") -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: "Money") -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: "Money") -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def split(self, weights: Sequence[int]) -> list["Money"]:
        return [Money(p, self.currency) for p in split_minor(self.minor, weights)]

    def split_even(self, n: int) -> list["Money"]:
        return self.split([1] * n)

    @staticmethod
    def total(items: Iterable["Money"], currency: str) -> "Money":
        acc = Money.zero(currency)
        for m in items:
            acc = acc + m
        return acc
