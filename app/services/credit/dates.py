"""Calendar arithmetic for credit reviews and staleness (month ends clamp: 31 Jan + 1 month is
28/29 Feb)."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache


@lru_cache(maxsize=65536)
def add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


@lru_cache(maxsize=65536)
def whole_months(start: date, end: date) -> int:
    """Complete months from ``start`` to ``end`` (0 when end is before start)."""
    n = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, n) > end:
        n -= 1
    return max(0, n)
