"""Reference rates for late interest, as shipped defaults (the user edits the tables in the
dunning settings; a newer rate is simply added there).

- China: the one-year Loan Prime Rate (贷款市场报价利率, LPR) published by the National Interbank
  Funding Center on the 20th of each month since the reform of August 2019; listed are the
  dates it changed. Where a contract sets no rate, courts allow the one-year LPR at the time of
  the breach plus 30–50 % (逾期付款损失).
- EU (Directive 2011/7/EU): the ECB's main refinancing rate in force on 1 January / 1 July,
  applying for that half year; the statutory late-payment rate is it plus 8 points.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

RateTable = tuple[tuple[date, Decimal], ...]   # (in force from, annual % ), ascending


def _t(*rows: tuple[str, str]) -> RateTable:
    return tuple((date.fromisoformat(d), Decimal(r)) for d, r in rows)


CN_LPR_1Y: RateTable = _t(
    ("2019-08-20", "4.25"), ("2019-09-20", "4.20"), ("2019-11-20", "4.15"),
    ("2020-02-20", "4.05"), ("2020-04-20", "3.85"), ("2021-12-20", "3.80"),
    ("2022-01-20", "3.70"), ("2022-08-22", "3.65"), ("2023-06-20", "3.55"),
    ("2023-08-21", "3.45"), ("2024-07-22", "3.35"), ("2024-10-21", "3.10"),
    ("2025-05-20", "3.00"),
)

EU_REFERENCE: RateTable = _t(
    ("2019-01-01", "0.00"), ("2023-01-01", "2.50"), ("2023-07-01", "4.00"),
    ("2024-01-01", "4.50"), ("2024-07-01", "4.25"), ("2025-01-01", "3.15"),
    ("2025-07-01", "2.15"), ("2026-01-01", "2.15"),
)


def rate_on(table: RateTable, day: date) -> Decimal | None:
    """The rate in force on ``day`` (the last entry on or before it); None before the first."""
    found: Decimal | None = None
    for start, rate in table:
        if start <= day:
            found = rate
        else:
            break
    return found
