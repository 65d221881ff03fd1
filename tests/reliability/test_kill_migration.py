"""Fault 1 and 5: kill -9 during a schema migration; interrupted or failed migrations.

A database of the first schema revision (0001) with a demo company is opened by the current
ARDesk (``verify``), which backs it up and migrates it; the process is killed at a random
moment. Afterwards the file is sound and either still at 0001 with all its data (and opens
again, migrating then) or fully migrated with all its data.
"""

from __future__ import annotations

import random
import shutil
import sqlite3

import pytest

import killharness
from app import cli
from app.errors import DatabaseError, DatabaseTooNew
from app.storage import migrate
from app.storage.backup import auto_backup_dir, verify_backup
from app.storage.db import Database
from conftest import FAST_KILL_RUNS


@pytest.mark.parametrize("run", range(FAST_KILL_RUNS))
def test_kill_during_migration_leaves_old_or_new_version(migration_case, tmp_path, run):
    rnd = random.Random(2000 + run)
    low, high = [(0.4, 0.7), (0.7, 0.9), (0.9, 1.05)][run % 3]
    delay = rnd.uniform(low, high) * migration_case.duration
    # the last run kills while the transaction is being written (WAL grown to a random size)
    wal = killharness.random_wal_point(rnd, migration_case) if run == FAST_KILL_RUNS - 1 else None
    out = killharness.kill_once(migration_case, tmp_path, delay if wal is None else migration_case.duration * 3,
                                wal_bytes=wal)
    assert out.passed, out
    assert not out.data_lost


def test_migration_failing_half_way_leaves_previous_version_and_offers_backup(migration_case, tmp_path,
                                                                             monkeypatch):
    db = tmp_path / "old.db"
    shutil.copyfile(migration_case.template, db)
    real_upgrade = migrate.upgrade

    def upgrade_then_fail(engine, target="head"):
        # run the real steps to the revision before head, inside the same transaction, then fail
        from alembic import command
        cfg = migrate.alembic_config()
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "0003")
                raise sqlite3.OperationalError("disk I/O error")   # the power went half-way

    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(DatabaseError) as ei:
        Database.open(db)
    msg = str(ei.value)
    backups = list(auto_backup_dir(db).glob("*before-upgrade-from-0001*.db"))
    assert len(backups) == 1 and str(backups[0]) in msg      # restore from it is offered
    assert verify_backup(backups[0]).revision == "0001"
    fp = killharness.fingerprint(db)
    assert fp["revision"] == (migration_case.before_revision,)
    assert killharness.data_only(fp) == migration_case.before
    assert killharness.integrity(db) == "ok"
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    with Database.open(db) as d:                               # and the next start migrates it
        assert d.migrated_from == "0001"
    assert killharness.data_only(killharness.fingerprint(db)) == migration_case.after


def test_migration_error_of_any_kind_is_a_clear_message(migration_case, tmp_path, monkeypatch):
    """Not only SQL errors: a failing check inside the migration is reported, not a traceback."""
    db = tmp_path / "old.db"
    shutil.copyfile(migration_case.template, db)

    def broken(engine, target="head"):
        raise RuntimeError("migration left broken references: [('invoice', 3, 'customer', 0)]")

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(DatabaseError, match="left as it was"):
        Database.open(db)
    assert killharness.data_only(killharness.fingerprint(db)) == migration_case.before


def test_newer_database_is_refused_untouched_even_from_the_cli(migration_case, tmp_path, capsys):
    db = tmp_path / "new.db"
    shutil.copyfile(migration_case.template, db)
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    for args in (["verify"], ["invoices", "list"], ["backup", str(tmp_path / "b.db")]):
        assert cli.main(["--db", str(db), *args]) == cli.EXIT_USER
        assert "newer" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.db"]
    with pytest.raises(DatabaseTooNew):
        Database.open(db)
