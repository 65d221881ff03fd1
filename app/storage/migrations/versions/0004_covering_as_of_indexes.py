"""covering indexes for the as-of rule (allocations by invoice and credit note, write-offs)

The as-of rule sums, per document, the allocations and write-offs in effect on a day: dated on
or before it and not undone / reversed by then. With ``undone_at`` / ``reversed_at`` in the
index the sums are read from the index alone (no table row per allocation).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_index('ix_allocation_invoice_date')
        batch_op.drop_index('ix_allocation_credit_note_id')
        batch_op.create_index('ix_allocation_invoice_date',
                              ['invoice_id', 'date', 'undone_at', 'amount_minor'], unique=False)
        batch_op.create_index('ix_allocation_credit_note_date',
                              ['credit_note_id', 'date', 'undone_at', 'amount_minor'], unique=False,
                              sqlite_where=sa.text('credit_note_id IS NOT NULL'))
    with op.batch_alter_table('write_off', schema=None) as batch_op:
        batch_op.drop_index('ix_write_off_invoice_date')
        batch_op.create_index('ix_write_off_invoice_date',
                              ['invoice_id', 'date', 'reversed_at', 'amount_minor'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('write_off', schema=None) as batch_op:
        batch_op.drop_index('ix_write_off_invoice_date')
        batch_op.create_index('ix_write_off_invoice_date', ['invoice_id', 'date', 'amount_minor'],
                              unique=False)
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_index('ix_allocation_credit_note_date',
                            sqlite_where=sa.text('credit_note_id IS NOT NULL'))
        batch_op.drop_index('ix_allocation_invoice_date')
        batch_op.create_index('ix_allocation_credit_note_id', ['credit_note_id'], unique=False)
        batch_op.create_index('ix_allocation_invoice_date', ['invoice_id', 'date', 'amount_minor'],
                              unique=False)
