"""Exchange rates (汇率) for home-currency totals: a dated table, lookups and exact conversion.

A rate says how many units of the home currency one unit of ``currency`` was worth on ``date``
(USD 7.1234 with home CNY: 1 USD = 7.1234 CNY). Rates are exact ``Decimal`` values, stored as
text, never ``float``. The rate used for a day is the latest one dated on or before it; a day
before the first rate has none.

    set_rate(s, date(2026, 11, 23), "USD", Decimal("7.1234"))      # audited; same value: no-op
    rate_on(conn, "USD", date(2026, 11, 30))                       # Decimal("7.1234")
    rates = load_rates(conn)                                       # RateTable, for many lookups
    convert(123_45, "USD", "CNY", date(2026, 11, 30), rates)       # 87938 (879.38 CNY) or None

``convert`` returns ``None`` when no rate applies: callers show a warning and leave that
amount out of the converted total rather than guess. Rounding is ROUND_HALF_UP to the home
currency's exponent, applied once per converted amount. CSV import: ``fx_import.import_rates``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from typing import Protocol, Union

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import T
from ..models import ExchangeRate
from ..money import MoneyError, currency_exponent, normalize_currency
from .audit import audit

MAX_RATE_DECIMALS = 10
MAX_RATE = Decimal("1000000000")          # 10^9 home units per unit: beyond any real currency pair

Source = Union[Session, Connection]


@dataclass(frozen=True)
class RateRow:
    date: date
    currency: str
    rate: Decimal
    source: str


def home_currency(source: Source) -> str:
    """The company's home currency (CNY until a company is saved)."""
    conn = source.connection() if isinstance(source, Session) else source
    row = conn.exec_driver_sql("SELECT home_currency FROM company ORDER BY id LIMIT 1").first()
    return row[0] if row and row[0] else "CNY"


def check_rate(rate: object) -> Decimal:
    """``rate`` as a positive finite Decimal with at most 10 decimals, or ValidationError."""
    if isinstance(rate, float):
        raise TypeError("exchange rates are exact decimals, not float")
    try:
        d = rate if isinstance(rate, Decimal) else Decimal(str(rate).strip())
    except InvalidOperation:
        raise ValidationError(T("{value} is not a rate."), field="rate", value=str(rate)) from None
    if not d.is_finite() or d <= 0:
        raise ValidationError(T("The rate must be a number greater than zero."), field="rate")
    if d > MAX_RATE:
        raise ValidationError(T("The rate {value} is too large."), field="rate", value=format(d, "f"))
    exp = d.normalize().as_tuple().exponent
    if isinstance(exp, int) and -exp > MAX_RATE_DECIMALS:
        raise ValidationError(T("The rate {value} has more than {max} decimals."), field="rate",
                              value=format(d, "f"), max=MAX_RATE_DECIMALS)
    return d.normalize()


def check_currency(currency: str, home: str) -> str:
    try:
        code = normalize_currency(currency)
    except MoneyError:
        raise ValidationError(T("Unknown currency {value}."), field="currency", value=currency) from None
    if code == home:
        raise ValidationError(T("{currency} is the home currency; it needs no exchange rate."),
                              field="currency", currency=code)
    return code


def rate_text(rate: Decimal) -> str:
    """'7.1234', '150', '0.0483' — plain notation, no exponent."""
    return format(rate, "f")


def set_rate(s: Session, on: date, currency: str, rate: Decimal, *, source: str = "manual") -> bool:
    """Store the rate of ``currency`` for ``on`` (replacing that day's rate); True if it changed."""
    code = check_currency(currency, home_currency(s))
    value = check_rate(rate)
    row = s.scalar(select(ExchangeRate).where(ExchangeRate.currency == code, ExchangeRate.date == on))
    if row is not None:
        if row.rate == value:
            return False
        before = row.rate
        row.rate, row.source = value, source
        s.flush()
        audit(s, "exchange_rate", row.id, "rate", f"{code} {on.isoformat()} {rate_text(before)}",
              f"{code} {on.isoformat()} {rate_text(value)}")
        return True
    row = ExchangeRate(date=on, currency=code, rate=value, source=source)
    s.add(row)
    s.flush()
    audit(s, "exchange_rate", row.id, "rate", None, f"{code} {on.isoformat()} {rate_text(value)}")
    return True


def delete_rate(s: Session, on: date, currency: str) -> bool:
    """Remove the rate of ``currency`` for ``on``; True if there was one."""
    row = s.scalar(select(ExchangeRate).where(ExchangeRate.currency == currency, ExchangeRate.date == on))
    if row is None:
        return False
    audit(s, "exchange_rate", row.id, "rate", f"{currency} {on.isoformat()} {rate_text(row.rate)}", None)
    s.delete(row)
    s.flush()
    return True


def list_rates(source: Source, currency: str | None = None) -> list[RateRow]:
    """Every stored rate (of one currency if given), by currency then date."""
    conn = source.connection() if isinstance(source, Session) else source
    sql = "SELECT date, currency, rate, source FROM exchange_rate"
    params: tuple = ()
    if currency:
        sql += " WHERE currency = ?"
        params = (currency,)
    sql += " ORDER BY currency, date"
    return [RateRow(date.fromisoformat(d), cur, Decimal(r), src)
            for d, cur, r, src in conn.exec_driver_sql(sql, params)]


def rate_on(conn: Source, currency: str, on: date) -> Decimal | None:
    """The latest rate of ``currency`` dated on or before ``on``; None when there is none."""
    c = conn.connection() if isinstance(conn, Session) else conn
    row = c.exec_driver_sql("SELECT rate FROM exchange_rate WHERE currency = ? AND date <= ? "
                            "ORDER BY date DESC LIMIT 1", (currency, on.isoformat())).first()
    return None if row is None else Decimal(row[0])


class Rates(Protocol):
    def rate_on(self, currency: str, on: date) -> Decimal | None: ...


class RateTable:
    """All rates in memory, for many lookups (a report converting thousands of amounts)."""

    def __init__(self, rows: list[RateRow] | None = None) -> None:
        self._dates: dict[str, list[date]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        for r in sorted(rows or (), key=lambda r: (r.currency, r.date)):
            self._dates.setdefault(r.currency, []).append(r.date)
            self._rates.setdefault(r.currency, []).append(r.rate)

    def rate_on(self, currency: str, on: date) -> Decimal | None:
        dates = self._dates.get(currency)
        if not dates:
            return None
        k = bisect_right(dates, on)
        return self._rates[currency][k - 1] if k else None

    def currencies(self) -> list[str]:
        return sorted(self._dates)

    def __len__(self) -> int:
        return sum(len(v) for v in self._dates.values())


def load_rates(source: Source) -> RateTable:
    return RateTable(list_rates(source))


# 28 digits (Decimal's default) are not always enough for minor units × a 10-decimal rate.
_EXACT = Context(prec=60)


def convert(minor: int, currency: str, home: str, on: date, rates: Rates) -> int | None:
    """``minor`` units of ``currency`` in minor units of ``home`` at the rate for ``on``.

    Same currency: unchanged. No rate on or before ``on``: None (show a warning, leave the
    amount out of the converted total). Rounded ROUND_HALF_UP to the home currency's exponent.
    """
    if currency == home:
        return minor
    rate = rates.rate_on(currency, on)
    if rate is None:
        return None
    shift = currency_exponent(home) - currency_exponent(currency)
    with localcontext(_EXACT):
        value = Decimal(minor) * rate
        value = value.scaleb(shift)
        return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
