"""Alembic environment: always run programmatically on a connection ARDesk hands over."""

from alembic import context

from app.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - ARDesk never runs alembic from the command line
    raise RuntimeError("ARDesk migrations run through app.storage.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,          # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
