"""Dunning letters that came back (post returned, e-mail bounced): dunning_action.returned_on.

A returned letter did not reach the customer, so it does not restart the limitation period.

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dunning_action', schema=None) as batch_op:
        batch_op.add_column(sa.Column('returned_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('dunning_action', schema=None) as batch_op:
        batch_op.drop_column('returned_on')
