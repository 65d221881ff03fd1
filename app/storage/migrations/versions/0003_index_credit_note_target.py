"""index on the invoice a credit note corrects

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index('ix_invoice_corrects', ['corrects_invoice_id'], unique=False,
                              sqlite_where=sa.text('corrects_invoice_id IS NOT NULL'))


def downgrade() -> None:
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index('ix_invoice_corrects', sqlite_where=sa.text('corrects_invoice_id IS NOT NULL'))
