"""Opening an ARDesk database safely: checks, lock, migrations, sessions.

``Database.open(path)`` refuses what it cannot use with a clear ``DatabaseError`` (missing,
read-only, not an ARDesk file, damaged, from a newer ARDesk, open elsewhere) and leaves the
file untouched. A database that needs a migration is first copied to a verified backup.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ..errors import DatabaseError, DatabaseTooNew
from ..i18n import T
from . import migrate
from .backup import backup_database, is_sqlite_file, sweep_unfinished, timestamped_backup_path
from .lock import DbLock


def make_engine(path: Path, *, readonly: bool = False) -> Engine:
    if readonly:
        url = f"sqlite:///file:{Path(path).as_posix()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{Path(path)}"
    engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False},
                           poolclass=NullPool if readonly else None)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (see "begin" below),
        # so DDL in migrations and every write are inside one real transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open ARDesk database: engine, session factory and the instance lock."""

    def __init__(self, path: Path, engine: Engine, lock: DbLock | None,
                 migrated_from: str | None = None, pre_migration_backup: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self.lock = lock
        self.migrated_from = migrated_from
        self.pre_migration_backup = pre_migration_backup
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    # ------------------------------------------------------------------ open
    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, lock: bool = True) -> "Database":
        path = Path(path).expanduser()
        try:
            path = path.resolve()
        except OSError:
            pass
        existed = path.exists()
        sides = _side_files(path)
        sides_before = {p for p in sides if p.exists()}
        _check_file(path, create=create)
        db_lock = DbLock.acquire(path) if lock else None
        engine = None
        try:
            if db_lock is not None:
                sweep_unfinished(path)     # half-written backups of a crashed run
            current = _inspect(path)
            engine = make_engine(path)
            migrated_from, backup_path = _prepare_schema(engine, path, current)
            return cls(path, engine, db_lock, migrated_from, backup_path)
        except BaseException:
            if engine is not None:
                engine.dispose()
            if db_lock is not None:
                db_lock.release()
            if not existed:
                for p in (path, *sides):
                    try:
                        p.unlink()
                    except OSError:
                        pass
            else:
                _remove_empty_side_files(sides, sides_before)
            raise

    @classmethod
    def create_new(cls, path: str | Path) -> "Database":
        path = Path(path)
        if path.exists():
            raise DatabaseError(T("{path} already exists; choose another name or open it."),
                                path=str(path))
        return cls.open(path, create=True)

    def close(self) -> None:
        try:
            # fold the WAL back into the main file so a copied .db is complete
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except SADatabaseError:
            pass
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------- sessions
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work: commits on success, rolls everything back on any error."""
        with self._sessions() as s:
            try:
                with s.begin():
                    yield s
            except OperationalError as exc:
                raise _friendly_operational(exc, self.path) from exc

    def read_session(self) -> Session:
        """A session for reads only (the caller closes it; nothing is committed)."""
        return self._sessions()

    def backup(self, dest: str | Path):
        return backup_database(self.path, Path(dest))


def _friendly_operational(exc: OperationalError, path: Path) -> DatabaseError:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "readonly" in text or "read-only" in text:
        return DatabaseError(T("{path} is read-only; nothing was changed. "
                               "Check the file's permissions or copy it to a writable folder."),
                             path=str(path))
    if "locked" in text or "busy" in text:
        return DatabaseError(T("{path} is busy (locked by another program); nothing was changed. "
                               "Try again in a moment."), path=str(path))
    if "disk" in text and ("full" in text or "I/O" in text):
        return DatabaseError(T("Cannot write to {path} ({reason}); nothing was changed."),
                             path=str(path), reason=text)
    return DatabaseError(T("Database error in {path}: {reason}; nothing was changed."),
                         path=str(path), reason=text)


def _side_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _remove_empty_side_files(sides: tuple[Path, Path], before: set[Path]) -> None:
    """A refused file is left as it was found: the read-only look at a WAL database creates an
    empty ``-wal`` and a ``-shm``; remove them when they are new and the journal holds nothing."""
    wal, shm = sides
    try:
        if wal in before or shm in before or (wal.exists() and wal.stat().st_size > 0):
            return
    except OSError:
        return
    for p in sides:
        try:
            p.unlink()
        except OSError:
            pass


def _check_file(path: Path, *, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseError(T("{path} is a folder, not a database file."), path=str(path))
        if not os.access(path, os.R_OK):
            raise DatabaseError(T("{path} cannot be read (permission denied)."), path=str(path))
        if path.stat().st_size > 0 and not is_sqlite_file(path):
            raise DatabaseError(T("{path} is not an ARDesk database."), path=str(path))
        if not os.access(path, os.W_OK):
            raise DatabaseError(T("{path} is read-only. ARDesk needs to write to its database: "
                                  "change the file's permissions or copy it to a writable folder."),
                                path=str(path))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseError(T("The folder of {path} is read-only. ARDesk needs to write beside "
                                  "its database (journal and lock files)."), path=str(path))
        return
    if not create:
        raise DatabaseError(T("The database {path} does not exist."), path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(T("Cannot create {path}: {reason}"), path=str(path),
                            reason=exc.strerror or str(exc)) from None
    if not os.access(path.parent, os.W_OK):
        raise DatabaseError(T("Cannot create {path}: the folder is read-only."), path=str(path))


def _inspect(path: Path) -> str | None:
    """Read-only look at an existing file before anything writes to it.

    Returns its schema revision (None for an empty file); raises for foreign, newer or damaged
    databases, which are left exactly as they were.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise DatabaseError(T("{path} cannot be opened as a database: {reason}"),
                            path=str(path), reason=str(exc)) from None
    try:
        tables = {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseError(T("{path} is not an ARDesk database."), path=str(path))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        current = row[0] if row else None
        if current is not None and current not in migrate.known_revisions():
            raise DatabaseTooNew(
                T("{path} was saved by a newer version of ARDesk (schema {found}). "
                  "Update ARDesk to open it; the file was left as it is."),
                path=str(path), found=current)
        ok = con.execute("PRAGMA quick_check").fetchone()
        if not ok or ok[0] != "ok":
            raise DatabaseError(T("{path} is damaged (integrity check: {detail}). "
                                  "Restore it from a backup."),
                                path=str(path), detail=ok[0] if ok else "?")
        return current
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(T("{path} cannot be opened as a database: {reason}"),
                            path=str(path), reason=str(exc)) from None
    finally:
        con.close()


def _prepare_schema(engine: Engine, path: Path, current: str | None) -> tuple[str | None, Path | None]:
    """Bring a checked database to the newest schema, after a verified backup."""
    if current == migrate.head_revision():
        return None, None
    backup_path = None
    if current is not None:
        backup_path = timestamped_backup_path(path, f"before-upgrade-from-{current}")
        backup_database(path, backup_path)
    try:
        migrate.upgrade(engine)
    except Exception as exc:  # noqa: BLE001 - whatever stopped it, the transaction rolled back
        # SQL errors, a full disk (sqlite3 / OSError) or a failed check inside a migration of a
        # user's file: it is still at its old revision; say so and where the verified backup is.
        # (Creating a new file has no user data at stake: a failure there is a bug.)
        if current is None and not isinstance(exc, SADatabaseError):
            raise
        reason = str(getattr(exc, "orig", None) or exc) or type(exc).__name__
        raise DatabaseError(T("Updating {path} failed ({reason}); it was left as it was. "
                              "A backup is in {backup}."), path=str(path), reason=reason,
                            backup=str(backup_path or "")) from exc
    return current, backup_path
