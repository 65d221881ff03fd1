"""Items 10 and 11: money round-trips exactly for currency exponents 0, 2 and 3 with no float on
the way (SQLAlchemy's Decimal-on-SQLite warning is an error in pyproject.toml), and the same file
gives the same dates whatever the time zone and locale of the machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import SAWarning

import killharness
from app import cli
from app.money import Money, format_minor, split_minor, to_minor
from app.services import customers as cs
from app.storage.db import Database

CURRENCIES = {"JPY": 0, "CNY": 2, "KWD": 3}


def test_sqlalchemy_warnings_are_errors_in_tests():
    """pyproject.toml turns SQLAlchemy's warnings (the Decimal-on-SQLite one of older releases
    included) into errors; SQLAlchemy 2.0 binds a Decimal to a Numeric column on SQLite through
    float *silently*, so the schema checks below are what keeps float off the money path."""
    import warnings
    from sqlalchemy import util
    with pytest.raises(SAWarning):
        util.warn("Dialect sqlite+pysqlite does *not* support Decimal objects natively, and "
                  "SQLAlchemy must convert from floating point - rounding errors may occur.")
    assert any(f[0] == "error" and f[2] is SAWarning for f in warnings.filters)


def test_no_model_column_is_numeric_or_float():
    from app.models import Base
    for table in Base.metadata.tables.values():
        for col in table.columns:
            assert not isinstance(col.type, sa.Numeric), (table.name, col.name, col.type)   # Float too


def test_no_money_column_is_a_float(db):
    """Every amount in the schema is an integer of minor units."""
    with db.engine.connect() as c:
        for (table,) in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'"):
            for col in c.exec_driver_sql(f"PRAGMA table_info('{table}')"):
                name, decl = col[1], (col[2] or "").upper()
                assert not any(k in decl for k in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL")), (table, name, decl)
                if name.endswith("_minor"):
                    assert "INT" in decl, (table, name, decl)


@pytest.fixture(scope="module")
def money_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("money")
    path = folder / "m.db"
    with Database.open(path, create=True) as d, d.session() as s:
        for cur in CURRENCIES:
            cs.create_customer(s, cs.CustomerData(code=f"C-{cur}", name=cur, currency=cur))
    return path, folder


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(sorted(CURRENCIES)), st.integers(1, 10**15)), min_size=1, max_size=30))
def test_amounts_round_trip_exactly_through_import_database_and_json(money_db, capsys, amounts):
    path, folder = money_db
    with Database.open(path) as d, d.engine.connect() as c:
        start = c.exec_driver_sql("SELECT COUNT(*) FROM invoice").scalar()
    csv_path = folder / "m.csv"
    lines = ["number,customer_code,issue_date,due_date,currency,amount"]
    want = {}
    for k, (cur, minor) in enumerate(amounts):
        number = f"R{start + k:08d}"
        text = format_minor(minor, cur, grouping=bool(k % 2))        # 1,234.567 and 1234.567
        lines.append(f'{number},C-{cur},2026-01-05,2026-02-04,{cur},"{text}"')
        want[number] = (cur, minor, format_minor(minor, cur, grouping=False))
    csv_path.write_text("\n".join(lines), encoding="utf-8")
    assert cli.main(["--db", str(path), "import", "invoices", str(csv_path)]) == 0
    capsys.readouterr()
    with Database.open(path) as d, d.engine.connect() as c:
        rows = dict((r[0], r[1:]) for r in c.exec_driver_sql(
            "SELECT number, currency, amount_minor, typeof(amount_minor) FROM invoice"))
    assert cli.main(["--db", str(path), "invoices", "list", "--json"]) == 0
    listed = {o["number"]: o for o in json.loads(capsys.readouterr().out)}
    for number, (cur, minor, text) in want.items():
        assert rows[number] == (cur, minor, "integer")
        assert listed[number]["amount"] == text
        assert to_minor(listed[number]["amount"], cur, strict=True) == minor
        assert Money.of(Decimal(text), cur).minor == minor


@given(st.sampled_from(sorted(CURRENCIES)), st.integers(-10**12, 10**12),
       st.lists(st.integers(0, 10**6), min_size=1, max_size=12).filter(lambda w: sum(w) > 0))
def test_splits_never_drift(cur, total, weights):
    parts = Money(total, cur).split(weights)
    assert sum(p.minor for p in parts) == total
    assert split_minor(total, weights) == [p.minor for p in parts]


def test_money_refuses_floats():
    with pytest.raises((TypeError, ValueError)):
        Money.of(0.1, "CNY")  # type: ignore[arg-type]
    with pytest.raises((TypeError, ValueError)):
        to_minor(0.1, "CNY")  # type: ignore[arg-type]


# ------------------------------------------------------------------------ dates

ENVIRONMENTS = [
    {"TZ": "UTC", "LC_ALL": "C.UTF-8"},
    {"TZ": "Pacific/Kiritimati", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"},   # UTC+14
    {"TZ": "America/Los_Angeles", "LC_ALL": "en_US.UTF-8"},                           # DST on 2026-03-08
    {"TZ": "Europe/Berlin", "LC_ALL": "de_DE.UTF-8"},                                  # DST on 2026-03-29
]

DATES_CSV = textwrap.dedent("""\
    number,customer_code,issue_date,due_date,currency,amount
    D1,C-CNY,2026-03-08,2026-03-29,CNY,1.00
    D2,C-CNY,2026/03/29,2026/10/25,CNY,1.00
    D3,C-CNY,29.03.2026,01.11.2026,CNY,1.00
    D4,C-CNY,2026年12月31日,2027年1月1日,CNY,1.00
    D5,C-CNY,46112,46113,CNY,1.00
    D6,C-CNY,31/12/2025,01/01/2026,CNY,1.00
""")


def _dates_under(env_extra, folder, template):
    db = folder / f"d-{env_extra['TZ'].replace('/', '_')}.db"
    db.write_bytes(template.read_bytes())
    csv_path = folder / "dates.csv"
    code = textwrap.dedent(f"""
        import json, sys, time
        sys.path.insert(0, {str(killharness.ROOT)!r})
        from app import cli
        rc = cli.main(["--db", {str(db)!r}, "--as-of", "2026-11-23", "import", "invoices", {str(csv_path)!r}])
        assert rc == 0, rc
        print("TZNAME", time.tzname, file=sys.stderr)
        cli.main(["--db", {str(db)!r}, "--as-of", "2026-11-23", "invoices", "list", "--json"])
    """)
    env = dict(os.environ, **env_extra)
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    listing = r.stdout[r.stdout.index("\n[") + 1:]          # after the import's summary line
    return [(o["number"], o["issue_date"], o["due_date"], o["days_overdue"]) for o in json.loads(listing)]


def test_same_dates_in_every_time_zone_and_locale(money_db, tmp_path):
    path, _ = money_db
    template = tmp_path / "template.db"
    with Database.open(template, create=True) as d, d.session() as s:
        cs.create_customer(s, cs.CustomerData(code="C-CNY", name="CNY"))
    (tmp_path / "dates.csv").write_text(DATES_CSV, encoding="utf-8")
    results = [_dates_under(env, tmp_path, template) for env in ENVIRONMENTS]
    assert results[0][:2] == [("D1", "2026-03-08", "2026-03-29", 239), ("D2", "2026-03-29", "2026-10-25", 29)]
    assert ("D5", "2026-03-31", "2026-04-01", 236) in results[0]
    assert ("D6", "2025-12-31", "2026-01-01", 326) in results[0]
    for env, got in zip(ENVIRONMENTS[1:], results[1:]):
        assert got == results[0], env
