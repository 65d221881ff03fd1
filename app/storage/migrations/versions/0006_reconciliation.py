"""reconciliation, write-off kinds, learned aliases, discount terms, company settings

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('company_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_company_setting'))
    )
    op.create_table('reconciliation',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('bank_line_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('payment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('score', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('credit_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('undone_at', sa.DateTime(), nullable=True),
    sa.Column('undo_reason', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('auto', 'manual', 'ignore')", name=op.f('ck_reconciliation_kind')),
    sa.CheckConstraint('credit_minor >= 0', name=op.f('ck_reconciliation_credit_nonneg')),
    sa.ForeignKeyConstraint(['bank_line_id'], ['bank_line.id'], name=op.f('fk_reconciliation_bank_line_id_bank_line'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_reconciliation_customer_id_customer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_reconciliation_payment_id_payment'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reconciliation'))
    )
    with op.batch_alter_table('reconciliation', schema=None) as batch_op:
        batch_op.create_index('ix_reconciliation_line_live', ['bank_line_id', 'undone_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_reconciliation_payment_id'), ['payment_id'], unique=False)

    with op.batch_alter_table('bank_line', schema=None) as batch_op:
        batch_op.add_column(sa.Column('proposals', sa.Text(), server_default='', nullable=False))

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('discount_days', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.add_column(sa.Column('discount_bp', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), server_default='0', nullable=False))
        batch_op.create_check_constraint('discount_range', 'discount_bp >= 0 AND discount_bp <= 5000')
        batch_op.create_check_constraint(
            'discount_days_range', 'discount_days IS NULL OR (discount_days >= 0 AND discount_days <= 3650)')

    with op.batch_alter_table('customer_alias', schema=None) as batch_op:
        batch_op.add_column(sa.Column('learned_from_line_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.add_column(sa.Column('created_at', sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_customer_alias_learned_from_line_id_bank_line'), 'bank_line', ['learned_from_line_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('write_off', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=12), server_default='bad_debt', nullable=False))
        batch_op.add_column(sa.Column('reconciliation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.create_index(batch_op.f('ix_write_off_reconciliation_id'), ['reconciliation_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_write_off_reconciliation_id_reconciliation'), 'reconciliation', ['reconciliation_id'], ['id'], ondelete='RESTRICT')
        batch_op.create_check_constraint('kind', "kind IN ('bad_debt', 'bank_charges', 'discount', 'difference')")



def downgrade() -> None:
    with op.batch_alter_table('write_off', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_write_off_reconciliation_id_reconciliation'), type_='foreignkey')
        batch_op.drop_constraint(op.f('ck_write_off_kind'), type_='check')
        batch_op.drop_index(batch_op.f('ix_write_off_reconciliation_id'))
        batch_op.drop_column('reconciliation_id')
        batch_op.drop_column('kind')

    with op.batch_alter_table('customer_alias', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_customer_alias_learned_from_line_id_bank_line'), type_='foreignkey')
        batch_op.drop_column('created_at')
        batch_op.drop_column('learned_from_line_id')

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_customer_discount_days_range'), type_='check')
        batch_op.drop_constraint(op.f('ck_customer_discount_range'), type_='check')
        batch_op.drop_column('discount_bp')
        batch_op.drop_column('discount_days')

    with op.batch_alter_table('bank_line', schema=None) as batch_op:
        batch_op.drop_column('proposals')

    with op.batch_alter_table('reconciliation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reconciliation_payment_id'))
        batch_op.drop_index('ix_reconciliation_line_live')

    op.drop_table('reconciliation')
    op.drop_table('company_setting')
