"""Working days: weekends, public holidays and make-up working days (调休) of a region.

The holiday table holds the days that differ from the plain week: a ``holiday`` (no work, even on
a weekday) or a ``workday`` (work, even on a weekend). China's official schedule for a year is
published late in the year before, so the user adds, removes or imports days (CSV:
``date,kind,region,name``; a header row is optional). Region '' means weekends only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from ...errors import ImportRejected, RowError, ValidationError
from ...i18n import T
from ...models import DAY_KINDS, HolidayDay
from ..audit import audit


@dataclass(frozen=True, slots=True)
class CalendarDay:
    region: str
    date: date
    kind: str
    name: str


class WorkingDays:
    """Answers 'is this a working day' for one region from the days loaded once."""

    def __init__(self, special: dict[date, str] | None = None) -> None:
        self.special = special or {}

    @classmethod
    def load(cls, conn: Connection, region: str) -> "WorkingDays":
        if not region:
            return cls()
        rows = conn.execute(text("SELECT date, kind FROM holiday_day WHERE region = :r"),
                            {"r": region}).all()
        return cls({date.fromisoformat(str(d)): k for d, k in rows})

    def is_working_day(self, d: date) -> bool:
        kind = self.special.get(d)
        if kind == "holiday":
            return False
        if kind == "workday":
            return True
        return d.weekday() < 5

    def next_working_day(self, d: date) -> date:
        """``d`` itself when it is a working day, else the first working day after it."""
        for _ in range(3660):
            if self.is_working_day(d):
                return d
            d += timedelta(days=1)
        return d  # pragma: no cover - a calendar without working days for ten years


def list_days(conn: Connection, region: str | None = None, year: int | None = None) -> list[CalendarDay]:
    sql = "SELECT region, date, kind, name FROM holiday_day WHERE 1=1"
    p: dict = {}
    if region is not None:
        sql += " AND region = :r"
        p["r"] = region
    if year is not None:
        sql += " AND date BETWEEN :a AND :b"
        p["a"], p["b"] = f"{year:04d}-01-01", f"{year:04d}-12-31"
    return [CalendarDay(r, date.fromisoformat(str(d)), k, n)
            for r, d, k, n in conn.execute(text(sql + " ORDER BY region, date"), p)]


def _check(region: str, kind: str) -> None:
    if not region.strip() or len(region.strip()) > 10:
        raise ValidationError(T("Give a region code of at most 10 characters (e.g. CN)."),
                              field="region")
    if kind not in DAY_KINDS:
        raise ValidationError(T("A calendar day is a holiday or a workday, not {kind}."),
                              field="kind", kind=kind)


def add_day(s: Session, region: str, d: date, kind: str, name: str = "") -> None:
    """Add or replace the entry for ``d`` in ``region``."""
    region = region.strip().upper()
    _check(region, kind)
    row = s.scalar(select(HolidayDay).where(HolidayDay.region == region, HolidayDay.date == d))
    before = f"{row.kind} {row.name}".strip() if row else None
    if row is None:
        row = HolidayDay(region=region, date=d, kind=kind, name=name.strip())
        s.add(row)
    else:
        row.kind, row.name = kind, name.strip()
    s.flush()
    audit(s, "holiday_day", row.id, f"{region} {d.isoformat()}", before,
          f"{kind} {name.strip()}".strip())


def remove_day(s: Session, region: str, d: date) -> bool:
    region = region.strip().upper()
    row = s.scalar(select(HolidayDay).where(HolidayDay.region == region, HolidayDay.date == d))
    if row is None:
        return False
    audit(s, "holiday_day", row.id, f"{region} {d.isoformat()}", f"{row.kind} {row.name}".strip(),
          None)
    s.delete(row)
    return True


def import_csv(s: Session, data: str, file_name: str = "", default_region: str = "") -> int:
    """Add or replace the days of a CSV (``date,kind[,region[,name]]``); every row is checked
    first and nothing is written when one is wrong. Returns the number of days written."""
    errors: list[RowError] = []
    rows: list[tuple[str, date, str, str]] = []
    for n, rec in enumerate(csv.reader(io.StringIO(data)), start=1):
        if not rec or not "".join(rec).strip() or rec[0].strip().startswith("#"):
            continue
        if n == 1 and rec[0].strip().lower() == "date":
            continue
        try:
            d = date.fromisoformat(rec[0].strip())
        except ValueError:
            errors.append(RowError(file_name, n, "date", T("{value} is not a date (YYYY-MM-DD)."),
                                   {"value": rec[0].strip()}))
            continue
        kind = rec[1].strip().lower() if len(rec) > 1 else ""
        region = (rec[2].strip().upper() if len(rec) > 2 and rec[2].strip() else default_region.upper())
        name = rec[3].strip() if len(rec) > 3 else ""
        if kind not in DAY_KINDS:
            errors.append(RowError(file_name, n, "kind", T("A calendar day is a holiday or a "
                                                           "workday, not {kind}."), {"kind": kind}))
            continue
        if not region or len(region) > 10:
            errors.append(RowError(file_name, n, "region",
                                   T("Give a region code of at most 10 characters (e.g. CN)."), {}))
            continue
        rows.append((region, d, kind, name))
    if errors:
        raise ImportRejected(file_name, errors)
    for region, d, kind, name in rows:
        add_day(s, region, d, kind, name)
    return len(rows)
