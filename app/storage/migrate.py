"""Schema versions through Alembic, run from code on ARDesk's own connection."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from alembic import command

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def user_tables(conn: Connection) -> list[str]:
    return [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations in one transaction.

    Batch mode rebuilds SQLite tables (copy, drop, rename); with foreign keys enforced the drop
    would cascade or fail, so enforcement is off while migrating (it can only change outside a
    transaction) and ``foreign_key_check`` must come back empty before the commit.
    """
    cfg = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.driver_connection  # autocommit sqlite3 connection (see db.py)
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
