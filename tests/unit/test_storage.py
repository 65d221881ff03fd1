"""Opening, locking, migrating, backing up and restoring databases never loses data."""

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.errors import DatabaseError, DatabaseInUse, DatabaseTooNew
from app.models import Base
from app.services import customers as cs
from app.storage import migrate
from app.storage.backup import backup_database, restore_database, verify_backup
from app.storage.db import Database
from app.storage.lock import DbLock


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_customer(db, code="C1"):
    with db.session() as s:
        cs.create_customer(s, cs.CustomerData(code=code, name="客户 " + code))


def make_db(path: Path, codes=("C1",)) -> Path:
    with Database.open(path, create=True) as d:
        for c in codes:
            add_customer(d, c)
    return path


def test_new_database_is_at_head_and_matches_models(tmp_path):
    with Database.open(tmp_path / "a.db", create=True) as d:
        with d.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            assert diff == [], diff
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(DatabaseError, match="does not exist"):
        Database.open(tmp_path / "nope.db")
    assert not (tmp_path / "nope.db").exists()


def test_not_a_database(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("hello, this is not sqlite")
    before = sha(p)
    with pytest.raises(DatabaseError, match="not an ARDesk database"):
        Database.open(p)
    assert sha(p) == before


def test_foreign_sqlite_file_is_refused_untouched(tmp_path):
    p = tmp_path / "other.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    before = sha(p)
    with pytest.raises(DatabaseError, match="not an ARDesk database"):
        Database.open(p)
    assert sha(p) == before


def test_newer_database_refused_and_untouched(tmp_path):
    p = make_db(tmp_path / "a.db")
    con = sqlite3.connect(p)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = sha(p)
    with pytest.raises(DatabaseTooNew, match="newer version of ARDesk"):
        Database.open(p)
    assert sha(p) == before
    assert not DbLock.lock_path_for(p).exists()
    with pytest.raises(DatabaseError, match="newer ARDesk"):
        verify_backup(p)


@pytest.mark.skipif(os.name == "nt" or (hasattr(os, "geteuid") and os.geteuid() == 0),
                    reason="permissions are not enforced for root / on Windows")
def test_read_only_file_is_a_clear_error(tmp_path):
    p = make_db(tmp_path / "ro.db")
    p.chmod(0o444)
    try:
        with pytest.raises(DatabaseError, match="read-only"):
            Database.open(p)
    finally:
        p.chmod(0o644)


def test_read_only_check_uses_access(tmp_path, monkeypatch):
    """Same rule, checkable as root: when the OS says the file is not writable we refuse."""
    p = make_db(tmp_path / "ro.db")
    before = sha(p)
    real = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if (Path(path) == p and mode == os.W_OK)
                        else real(path, mode))
    with pytest.raises(DatabaseError, match="read-only"):
        Database.open(p)
    assert sha(p) == before


def test_second_instance_is_refused(tmp_path):
    p = tmp_path / "a.db"
    with Database.open(p, create=True):
        with pytest.raises(DatabaseInUse, match="already open"):
            Database.open(p)
    Database.open(p).close()  # released on close


def test_lock_held_by_another_process_then_crash(tmp_path):
    p = make_db(tmp_path / "a.db")
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from app.storage.db import Database
        d = Database.open({str(p)!r})
        print("ready", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUse) as ei:
            Database.open(p)
        assert f"pid {proc.pid}" in str(ei.value)
    finally:
        proc.kill()   # a crash: no clean release, the lock file stays behind
        proc.wait()
    assert DbLock.lock_path_for(p).exists()
    d = Database.open(p)   # stale lock detected and taken over
    assert d.lock.recovered_stale
    d.close()


def test_backup_is_verified_and_complete(tmp_path):
    p = tmp_path / "a.db"
    with Database.open(p, create=True) as d:
        add_customer(d, "C1")
        add_customer(d, "C2")
        info = d.backup(tmp_path / "bk" / "copy.db")   # taken while open, WAL content included
    assert info.customers == 2 and info.revision == migrate.head_revision()
    assert not list((tmp_path / "bk").glob("*.partial"))
    with Database.open(info.path) as d2, d2.engine.connect() as c:
        assert c.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar() == 2


def test_backup_refuses_to_overwrite_itself(tmp_path):
    p = make_db(tmp_path / "a.db")
    with pytest.raises(DatabaseError):
        backup_database(p, p)


def test_restore_verifies_first_and_keeps_replaced_db(tmp_path):
    p = make_db(tmp_path / "a.db", codes=("C1",))
    bk = tmp_path / "bk.db"
    backup_database(p, bk)
    with Database.open(p) as d:
        add_customer(d, "C2")
    info, saved = restore_database(bk, p)
    assert info.customers == 1
    with Database.open(p) as d, d.engine.connect() as c:
        assert [r[0] for r in c.exec_driver_sql("SELECT code FROM customer")] == ["C1"]
    assert verify_backup(saved).customers == 2   # the replaced database is still there


def test_restore_refuses_damaged_backup_and_leaves_db(tmp_path):
    p = make_db(tmp_path / "a.db")
    bad = tmp_path / "bad.db"
    data = bytearray((make_db(tmp_path / "src.db", codes=("X1", "X2"))).read_bytes())
    data[2000:6000] = os.urandom(4000)   # trash pages after the header
    bad.write_bytes(bytes(data))
    before = sha(p)
    with pytest.raises(DatabaseError):
        restore_database(bad, p)
    assert sha(p) == before
    garbage = tmp_path / "g.db"
    garbage.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(DatabaseError, match="not an ARDesk"):
        restore_database(garbage, p)
    assert sha(p) == before


def test_migration_makes_a_verified_backup_first(tmp_path, monkeypatch):
    p = make_db(tmp_path / "a.db", codes=("C1", "C2"))
    calls = []
    real_head = migrate.head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: real_head + "_next")
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": calls.append(engine))
    with Database.open(p) as d:
        assert d.migrated_from == real_head
        assert d.pre_migration_backup is not None
        assert verify_backup(d.pre_migration_backup).customers == 2
    assert calls


def test_failed_create_leaves_no_file(tmp_path, monkeypatch):
    def boom(engine, target="head"):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(migrate, "upgrade", boom)
    with pytest.raises(RuntimeError):
        Database.open(tmp_path / "new.db", create=True)
    assert not (tmp_path / "new.db").exists()
    assert not (tmp_path / "new.db.lock").exists()


def test_write_failure_is_user_error_and_rolls_back(tmp_path):
    p = make_db(tmp_path / "a.db")
    with Database.open(p) as d:
        other = sqlite3.connect(p, timeout=0)
        other.execute("BEGIN EXCLUSIVE")   # another program holds a write lock
        try:
            d.engine.dispose()
            import sqlalchemy
            @sqlalchemy.event.listens_for(d.engine, "connect")
            def short(dbapi_conn, rec):
                dbapi_conn.execute("PRAGMA busy_timeout=50")
            with pytest.raises(DatabaseError, match="busy|locked"):
                with d.session() as s:
                    cs.create_customer(s, cs.CustomerData(code="C9", name="x"))
        finally:
            other.rollback()
            other.close()
        with d.engine.connect() as c:
            assert c.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar() == 1


def test_upgrade_from_first_schema_keeps_data_and_backs_up(tmp_path):
    """A database made by the first release is backed up, migrated to head, and keeps its rows."""
    import sqlalchemy as sa
    from alembic import command

    from app.services import ledger as L

    p = tmp_path / "old.db"
    with Database.open(p, create=True) as d, d.session() as s:
        cid = cs.create_customer(s, cs.CustomerData(code="C1", name="老客户"))
        iid = L.create_invoice(s, L.InvoiceData("INV-1", cid, date(2026, 1, 5), "CNY", 12_345))
        pid = L.record_payment(s, customer_id=cid, on=date(2026, 2, 1), currency="CNY", amount_minor=345)
        L.allocate_payment(s, pid, iid, 345, date(2026, 2, 1))
    engine = sa.create_engine(f"sqlite:///{p}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:        # take the file back to the first schema
        cfg.attributes["connection"] = conn
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        command.downgrade(cfg, "0001")
    engine.dispose()
    with Database.open(p) as d:
        assert d.migrated_from == "0001"
        assert verify_backup(d.pre_migration_backup).revision == "0001"
        with d.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            rows = conn.exec_driver_sql("SELECT number, open_minor FROM invoice").fetchall()
            assert rows == [("INV-1", 12_000)]
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM allocation").scalar() == 1
