"""Open amounts of chosen invoices on chosen days, by the as-of rule (never ``open_minor``)."""

from __future__ import annotations

from datetime import date
from typing import Iterable, Sequence

from sqlalchemy import Connection, text

from ..asof import open_as_of_sql


def _ids(invoice_ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in invoice_ids)


def open_on(conn: Connection, invoice_ids: Sequence[int], day: date) -> dict[int, int]:
    """invoice id → what was open on ``day`` (0 for those fully paid, cancelled or not issued)."""
    out = {int(i): 0 for i in invoice_ids}
    if not out:
        return out
    sql = open_as_of_sql(f"i.id IN ({_ids(out)})")
    for row in conn.execute(text(sql), {"as_of": day.isoformat()}):
        out[row[0]] = int(row[7])
    return out


def total_open_on(conn: Connection, invoice_ids: Sequence[int], day: date) -> int:
    return sum(open_on(conn, invoice_ids, day).values())
