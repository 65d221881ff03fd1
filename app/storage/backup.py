"""Verified backups and restores through SQLite's online backup API.

A backup is written to a temporary file beside its destination, checked with
``PRAGMA integrity_check``, switched to a single-file journal, and only then moved into place.
A restore verifies the backup first, keeps a copy of the database it replaces, and swaps
files atomically.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import DatabaseError
from ..i18n import T

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revision: str | None
    customers: int
    invoices: int
    size_bytes: int


def is_sqlite_file(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _integrity_ok(conn: sqlite3.Connection) -> tuple[bool, str]:
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    text = "; ".join(str(r[0]) for r in rows[:5])
    return (len(rows) == 1 and rows[0][0] == "ok"), text


def _copy_checked(source: sqlite3.Connection, tmp: Path) -> tuple[bool, str]:
    """Copy ``source`` page by page into a single-file database at ``tmp`` and check it."""
    try:
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            return _integrity_ok(target)
        finally:
            target.close()
    finally:
        source.close()


def backup_database(src: Path, dest: Path) -> BackupInfo:
    """Copy the live database ``src`` into ``dest`` and verify the copy."""
    src = Path(src)
    dest = Path(dest)
    if not src.exists():
        raise DatabaseError(T("The database {path} does not exist."), path=str(src))
    if dest.resolve() == src.resolve():
        raise DatabaseError(T("A backup cannot overwrite the database itself ({path})."), path=str(dest))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(T("Cannot write the backup to {path}: {reason}"),
                            path=str(dest), reason=exc.strerror or str(exc)) from None
    tmp = dest.with_name(dest.name + ".partial")
    try:
        tmp.unlink(missing_ok=True)      # left by a backup to the same name that was killed
        ok, text = _copy_checked(sqlite3.connect(str(src), timeout=10), tmp)
        if not ok:
            raise DatabaseError(T("The backup {path} failed its integrity check: {detail}"),
                                path=str(dest), detail=text)
        os.replace(tmp, dest)
    except sqlite3.Error as exc:
        raise DatabaseError(T("Cannot write the backup to {path}: {reason}"),
                            path=str(dest), reason=str(exc)) from None
    except OSError as exc:
        raise DatabaseError(T("Cannot write the backup to {path}: {reason}"),
                            path=str(dest), reason=exc.strerror or str(exc)) from None
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass
    return verify_backup(dest)


def verify_backup(path: Path) -> BackupInfo:
    """Check that ``path`` is a sound ARDesk database this version can open."""
    from .migrate import known_revisions

    path = Path(path)
    if not path.exists():
        raise DatabaseError(T("The file {path} does not exist."), path=str(path))
    if not is_sqlite_file(path):
        raise DatabaseError(T("{path} is not an ARDesk database or backup."), path=str(path))
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(T("Cannot read {path}: {reason}"), path=str(path), reason=str(exc)) from None
    try:
        ok, text = _integrity_ok(conn)
        if not ok:
            raise DatabaseError(T("{path} is damaged (integrity check: {detail})."),
                                path=str(path), detail=text)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "customer", "invoice"} <= tables:
            raise DatabaseError(T("{path} is not an ARDesk database or backup."), path=str(path))
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision not in known_revisions():
            raise DatabaseError(T("{path} was made by a newer ARDesk; update ARDesk to open it."),
                                path=str(path))
        customers = conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
        invoices = conn.execute("SELECT COUNT(*) FROM invoice").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(T("Cannot read {path}: {reason}"), path=str(path), reason=str(exc)) from None
    finally:
        conn.close()
    return BackupInfo(path, revision, customers, invoices, path.stat().st_size)


def auto_backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def timestamped_backup_path(db_path: Path, label: str, now: datetime | None = None) -> Path:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return auto_backup_dir(db_path) / f"{db_path.stem}-{stamp}-{label}.db"


def sweep_unfinished(db_path: Path) -> list[Path]:
    """Remove what a crash during a backup or restore of ``db_path`` left behind (``*.partial``
    in its automatic backup folder, ``<db>.restoring``). Call it while holding the database's
    lock: only the lock holder writes those files. Returns what was removed."""
    db_path = Path(db_path)
    leftovers = [db_path.with_name(db_path.name + ".restoring")]
    folder = auto_backup_dir(db_path)
    if folder.is_dir():
        leftovers += sorted(folder.glob("*.partial"))
    removed = []
    for p in leftovers:
        try:
            p.unlink()
            removed.append(p)
        except FileNotFoundError:
            pass
        except OSError:
            pass
    return removed


def _fold_wal(db_path: Path) -> None:
    """Copy committed transactions still in ``<db>-wal`` into the main file and empty it, so the
    WAL can be removed without losing anything."""
    if not db_path.with_name(db_path.name + "-wal").exists():
        return
    conn = sqlite3.connect(str(db_path), timeout=10)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise sqlite3.OperationalError("the database is busy; its journal could not be saved")
    finally:
        conn.close()


def restore_database(backup: Path, db_path: Path) -> tuple[BackupInfo, Path | None]:
    """Replace ``db_path`` by ``backup``; the caller must have closed the database.

    Returns the verified backup info and where the replaced database was saved (if any).
    """
    info = verify_backup(backup)
    db_path = Path(db_path)
    saved: Path | None = None
    if db_path.exists():
        saved = timestamped_backup_path(db_path, "before-restore")
        backup_database(db_path, saved)
    tmp = db_path.with_name(db_path.name + ".restoring")
    try:
        ok, text = _copy_checked(
            sqlite3.connect(f"file:{Path(backup).as_posix()}?mode=ro", uri=True), tmp)
        if not ok:
            raise DatabaseError(T("{path} is damaged (integrity check: {detail})."),
                                path=str(backup), detail=text)
        # a crash after the journal is gone but before the swap must leave the old data whole
        _fold_wal(db_path)
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                side.unlink()
        os.replace(tmp, db_path)
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(T("Cannot restore {path}: {reason}"), path=str(db_path),
                            reason=str(exc)) from None
    finally:
        if tmp.exists():
            try:
                tmp.unlink()
            except OSError:
                pass
    return info, saved
