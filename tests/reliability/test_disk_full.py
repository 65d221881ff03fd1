"""Fault 2: the disk fills up during an import, a backup, a restore or an export.

Two ways to fill it: SQLite's own limit (``PRAGMA max_page_count``, so SQLite really answers
SQLITE_FULL mid-transaction) and an injected ``OSError(ENOSPC)`` at the file-writing points.
Every time: a clear UserError (exit 2 on the CLI), the database unchanged, and no half-written
file left under any name.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

import killharness
from app import cli
from app.errors import UserError
from app.services import exports
from app.services.importers import import_file
from app.storage import backup as backup_mod
from app.storage import db as db_mod
from app.storage.backup import backup_database, restore_database
from app.storage.db import Database

AS_OF = killharness.AS_OF


@pytest.fixture
def company(tmp_path) -> tuple[Path, Path]:
    """A database with customers and 200 invoices, and a 3,000-row invoices file."""
    db = tmp_path / "co.db"
    Database.open(db, create=True).close()
    cust = killharness.write_customers_csv(tmp_path / "cust.csv", 60)
    first = killharness.write_invoices_csv(tmp_path / "first.csv", 200, 60, seed=3, prefix="OLD")
    from datetime import date
    with Database.open(db) as d:
        import_file(d, "customers", cust, as_of=date(2026, 11, 23))
        import_file(d, "invoices", first, as_of=date(2026, 11, 23))
    inv = killharness.write_invoices_csv(tmp_path / "big.csv", 3000, 60, seed=4)
    return db, inv


def _small_disk(monkeypatch, extra_pages: int = 20) -> None:
    """Every connection ARDesk opens may grow the file by only ``extra_pages`` pages."""
    real = db_mod.make_engine

    def make_engine(path, *, readonly=False):
        engine = real(path, readonly=readonly)

        @event.listens_for(engine, "connect")
        def _limit(dbapi_conn, _rec):
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count={pages + extra_pages}")
        return engine

    monkeypatch.setattr(db_mod, "make_engine", make_engine)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file())


def test_disk_full_during_import_is_a_clear_error_and_nothing_is_written(company, monkeypatch, capsys):
    db, inv = company
    before = killharness.fingerprint(db)
    files = _files(db.parent)
    _small_disk(monkeypatch)
    rc = cli.main(["--db", str(db), "--as-of", AS_OF, "import", "invoices", str(inv)])
    err = capsys.readouterr().err
    assert rc == cli.EXIT_USER, err
    assert "nothing was changed" in err and "full" in err
    assert "Traceback" not in err
    monkeypatch.undo()
    assert killharness.integrity(db) == "ok"
    assert killharness.fingerprint(db) == before
    assert _files(db.parent) == files
    # with room again, the same import goes through
    assert cli.main(["--db", str(db), "--as-of", AS_OF, "import", "invoices", str(inv)]) == 0


def _full_target(monkeypatch, *, limit_pages: int = 3) -> None:
    """Connections to ``*.partial`` / ``*.restoring`` files (the backup copies) hit a full disk."""
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        con = real_connect(target, *args, **kwargs)
        if str(target).endswith((".partial", ".restoring")):
            con.execute(f"PRAGMA max_page_count={limit_pages}")
        return con

    monkeypatch.setattr(backup_mod.sqlite3, "connect", connect)


def test_disk_full_during_backup_leaves_no_half_written_backup(company, monkeypatch, capsys):
    db, _ = company
    before = db.read_bytes()
    out = db.parent / "out"
    out.mkdir()
    _full_target(monkeypatch)
    rc = cli.main(["--db", str(db), "backup", str(out / "copy.db")])
    err = capsys.readouterr().err
    assert rc == cli.EXIT_USER and "Cannot write the backup" in err and "Traceback" not in err
    assert list(out.iterdir()) == []
    assert db.read_bytes() == before


@pytest.mark.parametrize("where", ["replace", "copy"])
def test_enospc_while_writing_a_backup_file(company, monkeypatch, where):
    db, _ = company
    dest = db.parent / "out" / "copy.db"
    before = killharness.fingerprint(db)
    if where == "replace":
        def replace(src, dst):
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(backup_mod.os, "replace", replace)
    else:
        real = backup_mod._copy_checked

        def copy(source, tmp):
            real(source, tmp)                      # half the job done, then the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(backup_mod, "_copy_checked", copy)
    with pytest.raises(UserError, match="No space left on device"):
        backup_database(db, dest)
    assert list(dest.parent.iterdir()) == []
    assert killharness.fingerprint(db) == before


def test_disk_full_during_restore_keeps_the_database(company, monkeypatch):
    db, _ = company
    bk = db.parent / "bk.db"
    backup_database(db, bk)
    with Database.open(db) as d, d.session() as s:
        from app.services import customers as cs
        cs.create_customer(s, cs.CustomerData(code="NEWER", name="after the backup"))
    before = killharness.fingerprint(db)
    _full_target(monkeypatch)
    with pytest.raises(UserError):
        restore_database(bk, db)
    monkeypatch.undo()
    assert killharness.fingerprint(db) == before
    assert not db.with_name(db.name + ".restoring").exists()
    assert not [p for p in db.parent.rglob("*.partial")]


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_enospc_during_an_export_leaves_no_file(tmp_path, monkeypatch, fmt):
    table = exports.ExportTable("T", [exports.ExportColumn("Name")], [["a"]] * 50)
    target = tmp_path / f"report.{fmt}"
    target.write_bytes(b"previous export")

    real_open = open

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

    opened = []

    def full_open(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        if "w" in mode and str(file).endswith(".tmp"):
            opened.append(fh)
            return Full(fh)
        return fh

    import builtins
    import io
    monkeypatch.setattr(builtins, "open", full_open)
    monkeypatch.setattr(io, "open", full_open)        # zipfile (XLSX) opens through io
    write = {"csv": lambda: exports.write_csv(target, table),
             "xlsx": lambda: exports.write_xlsx(target, [table]),
             "pdf": lambda: exports.write_pdf(target, exports.PdfReport("T", "Co", __import__("datetime").date(2026, 11, 23),
                                                                      tables=[table]))}[fmt]
    with pytest.raises(UserError, match="No space left|Could not write"):
        write()
    monkeypatch.undo()
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    # no handle left open on the temporary file (Windows could not have deleted it)
    assert opened and all(fh.closed for fh in opened)


def test_enospc_writing_the_rejected_rows_file(company, tmp_path, monkeypatch, capsys):
    db, _ = company
    bad = tmp_path / "bad.csv"
    bad.write_text("number,customer_code,issue_date,due_date,currency,amount\n"
                   "X1,NOPE,2026-01-01,2026-02-01,CNY,10.00\n", encoding="utf-8")
    out = tmp_path / "rej"
    out.mkdir()
    real = Path.open

    def full(self, mode="r", *args, **kwargs):
        fh = real(self, mode, *args, **kwargs)
        if "w" in mode:
            fh.write("number,")
            fh.close()
            raise OSError(errno.ENOSPC, "No space left on device")
        return fh

    monkeypatch.setattr(Path, "open", full)
    rc = cli.main(["--db", str(db), "--as-of", AS_OF, "import", "invoices", str(bad),
                   "--rejected", str(out / "rejected.csv")])
    err = capsys.readouterr().err
    assert rc == cli.EXIT_USER and "Traceback" not in err
    assert list(out.iterdir()) == []
