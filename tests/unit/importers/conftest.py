"""Helpers for the importer tests: files written in tmp_path, a database with customers."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from app.services import customers as cs
from app.storage.db import Database

AS_OF = date(2026, 11, 23)
TABLES = ("customer", "customer_alias", "invoice", "payment", "allocation", "audit_log", "import_batch",
          "import_profile")


@pytest.fixture
def as_of() -> date:
    return AS_OF


@pytest.fixture
def db(tmp_path):
    d = Database.open(tmp_path / "t.db", create=True)
    yield d
    d.close()


@pytest.fixture
def seeded(db):
    """Two customers: C1 (CNY, 30 days, alias 甲) and C2 (USD, 45 days)."""
    with db.session() as s:
        cs.create_customer(s, cs.CustomerData(code="C1", name="北京甲公司", terms_days=30,
                                              aliases=("甲", "Jia Ltd")))
        cs.create_customer(s, cs.CustomerData(code="C2", name="Acme Ltd", currency="USD", terms_days=45))
    return db


@pytest.fixture
def write_csv(tmp_path):
    def write(rows: list[list[object]], name: str = "in.csv", encoding: str = "utf-8-sig",
              delimiter: str = ",") -> Path:
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
        p = tmp_path / name
        p.write_bytes(buf.getvalue().encode(encoding))
        return p
    return write


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table the importers touch."""
    with db.engine.connect() as c:
        return {t: c.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all() for t in TABLES}


@pytest.fixture
def snap():
    return snapshot
