"""Fault 4: backups taken during writes are consistent; restore refuses damaged backups and a
crash during a restore loses nothing; an unreadable database is never deleted or "repaired"."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

import killharness
from app import cli
from app.errors import DatabaseError
from app.services import customers as cs
from app.storage import backup as backup_mod
from app.storage.backup import backup_database, restore_database, verify_backup
from app.storage.db import Database

ROOT = killharness.ROOT


def _customer_codes(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT code FROM customer ORDER BY id")]
    finally:
        con.close()


def test_backup_while_another_process_writes_is_a_consistent_snapshot(tmp_path):
    db = tmp_path / "live.db"
    Database.open(db, create=True).close()
    # a writer process (a second connection, as another ARDesk tool would) commits batches of
    # 50 customers in single transactions while we take backups
    script = textwrap.dedent(f"""
        import sqlite3, sys
        con = sqlite3.connect({str(db)!r}, timeout=30, isolation_level=None)
        con.execute("PRAGMA busy_timeout=30000")
        print("ready", flush=True)
        for b in range(60):
            con.execute("BEGIN IMMEDIATE")
            for k in range(50):
                con.execute("INSERT INTO customer (code, name, currency, terms_days, language, notes, active, "
                            "created_at, contact, email, phone, address) "
                            "VALUES (?, 'w', 'CNY', 30, 'zh', '', 1, '2026-11-23 00:00:00', '', '', '', '')",
                            (f"W{{b:03d}}-{{k:02d}}",))
            con.execute("COMMIT")
        print("done", flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        infos = []
        for i in range(6):
            infos.append(backup_database(db, tmp_path / f"b{i}.db"))
        assert proc.stdout.readline().strip() == "done"
    finally:
        proc.wait(timeout=60)
    for info in infos:
        codes = _customer_codes(info.path)
        assert len(codes) % 50 == 0, "a backup holds half a transaction"
        batches = sorted({c.split("-")[0] for c in codes})
        assert batches == [f"W{b:03d}" for b in range(len(batches))]   # a prefix of the commits
        # a backup restores into a database ARDesk opens
        target = tmp_path / f"restored-{info.path.stem}.db"
        restore_database(info.path, target)
        with Database.open(target) as d, d.engine.connect() as c:
            assert c.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar() == len(codes)


@pytest.mark.parametrize("damage", ["pages", "truncated", "header", "empty", "wrong-app"])
def test_restore_refuses_a_corrupt_backup_and_keeps_the_database(tmp_path, damage):
    db = tmp_path / "a.db"
    with Database.open(db, create=True) as d, d.session() as s:
        cs.create_customer(s, cs.CustomerData(code="KEEP", name="Keep me"))
    good = tmp_path / "good.db"
    with Database.open(tmp_path / "src.db", create=True) as d:
        with d.session() as s:
            for k in range(300):
                cs.create_customer(s, cs.CustomerData(code=f"X{k}", name="x" * 200))
    backup_database(tmp_path / "src.db", good)
    data = bytearray(good.read_bytes())
    bad = tmp_path / "bad.db"
    if damage == "pages":
        data[len(data) // 2:len(data) // 2 + 3000] = os.urandom(3000)
    elif damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "header":
        data[16:100] = os.urandom(84)
    elif damage == "empty":
        data = bytearray()
    else:
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE t (x)")
        con.commit()
        con.close()
        data = bytearray(bad.read_bytes())
    bad.write_bytes(bytes(data))
    before = db.read_bytes()
    with pytest.raises(DatabaseError):
        restore_database(bad, db)
    assert db.read_bytes() == before
    assert _customer_codes(db) == ["KEEP"]
    assert not db.with_name(db.name + ".restoring").exists()


def _leave_committed_wal(db: Path, code: str) -> None:
    """Commit a customer and die without closing: the row lives only in <db>-wal."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        con = sqlite3.connect({str(db)!r}, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("INSERT INTO customer (code, name, currency, terms_days, language, notes, active, "
                    "created_at, contact, email, phone, address) "
                    "VALUES ({code!r}, 'w', 'CNY', 30, 'zh', '', 1, '2026-11-23 00:00:00', '', '', '', '')")
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert db.with_name(db.name + "-wal").stat().st_size > 0


def test_crash_during_restore_loses_no_committed_transaction(tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    with Database.open(db, create=True) as d, d.session() as s:
        cs.create_customer(s, cs.CustomerData(code="OLD", name="old"))
    bk = tmp_path / "bk.db"
    backup_database(db, bk)
    _leave_committed_wal(db, "ONLY-IN-WAL")

    def crash(src, dst):
        raise OSError(5, "Input/output error")      # the machine stops right before the swap

    monkeypatch.setattr(backup_mod.os, "replace", crash)
    with pytest.raises(DatabaseError):
        restore_database(bk, db)
    monkeypatch.undo()
    assert killharness.integrity(db) == "ok"
    assert _customer_codes(db) == ["OLD", "ONLY-IN-WAL"]


def test_unreadable_database_is_never_deleted_or_repaired(tmp_path):
    db = tmp_path / "a.db"
    with Database.open(db, create=True) as d, d.session() as s:
        for k in range(200):
            cs.create_customer(s, cs.CustomerData(code=f"C{k}", name="n" * 300))
    data = bytearray(db.read_bytes())
    data[8192:8192 + 4096] = b"\xff" * 4096          # a damaged page in the middle
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    for _ in range(2):
        with pytest.raises(DatabaseError, match="damaged|cannot be opened"):
            Database.open(db)
    for args in (["verify"], ["customers", "list"], ["backup", str(tmp_path / "b.db")]):
        assert cli.main(["--db", str(db), *args]) == cli.EXIT_USER
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.db"]   # no -wal, -shm, lock, backup


def test_stale_partial_backup_of_a_crashed_run_is_removed_on_next_open(tmp_path):
    db = tmp_path / "a.db"
    Database.open(db, create=True).close()
    folder = backup_mod.auto_backup_dir(db)
    folder.mkdir()
    keep = folder / "a-20261123-101010-before-upgrade-from-0003.db"
    partial = keep.with_name(keep.name + ".partial")
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    backup_database(db, keep)          # a leftover under its temporary name does not block it
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with Database.open(db):
        pass
    assert not partial.exists()
    assert verify_backup(keep)
