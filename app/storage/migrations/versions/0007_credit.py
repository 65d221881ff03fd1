"""credit management: financials, external ratings, negative events, credit state, overrides, reviews

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('credit_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('cleared_on', sa.Date(), nullable=True),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('litigation', 'insolvency', 'returned_payment', 'other')", name=op.f('ck_credit_event_kind')),
    sa.CheckConstraint('cleared_on IS NULL OR cleared_on >= date', name=op.f('ck_credit_event_cleared_after')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_credit_event_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_event'))
    )
    with op.batch_alter_table('credit_event', schema=None) as batch_op:
        batch_op.create_index('ix_credit_event_customer_date', ['customer_id', 'date'], unique=False)

    op.create_table('credit_override',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('grade', sa.String(length=1), nullable=True),
    sa.Column('limit_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=False),
    sa.CheckConstraint("grade IS NULL OR grade IN ('A', 'B', 'C', 'D')", name=op.f('ck_credit_override_grade')),
    sa.CheckConstraint('grade IS NOT NULL OR limit_minor IS NOT NULL', name=op.f('ck_credit_override_something')),
    sa.CheckConstraint('limit_minor IS NULL OR limit_minor >= 0', name=op.f('ck_credit_override_limit_nonneg')),
    sa.CheckConstraint('valid_until >= starts_on', name=op.f('ck_credit_override_period')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_credit_override_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_override'))
    )
    with op.batch_alter_table('credit_override', schema=None) as batch_op:
        batch_op.create_index('ix_credit_override_customer_until', ['customer_id', 'valid_until'], unique=False)

    op.create_table('credit_review',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('review_date', sa.Date(), nullable=False),
    sa.Column('reviewer', sa.String(length=100), nullable=False),
    sa.Column('score', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('old_grade', sa.String(length=1), nullable=True),
    sa.Column('new_grade', sa.String(length=1), nullable=True),
    sa.Column('old_limit_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('new_limit_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('decision', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("new_grade IS NULL OR new_grade IN ('A', 'B', 'C', 'D')", name=op.f('ck_credit_review_new_grade')),
    sa.CheckConstraint("old_grade IS NULL OR old_grade IN ('A', 'B', 'C', 'D')", name=op.f('ck_credit_review_old_grade')),
    sa.CheckConstraint('new_limit_minor IS NULL OR new_limit_minor >= 0', name=op.f('ck_credit_review_limit_nonneg')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_credit_review_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_review'))
    )
    with op.batch_alter_table('credit_review', schema=None) as batch_op:
        batch_op.create_index('ix_credit_review_customer_date', ['customer_id', 'review_date'], unique=False)

    op.create_table('credit_state',
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('score', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('grade', sa.String(length=1), nullable=True),
    sa.Column('scored_on', sa.Date(), nullable=True),
    sa.Column('previous_grade', sa.String(length=1), nullable=True),
    sa.Column('grade_changed_on', sa.Date(), nullable=True),
    sa.Column('limit_source', sa.String(length=6), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("grade IS NULL OR grade IN ('A', 'B', 'C', 'D')", name=op.f('ck_credit_state_grade')),
    sa.CheckConstraint("limit_source IN ('rule', 'manual')", name=op.f('ck_credit_state_limit_source')),
    sa.CheckConstraint("previous_grade IS NULL OR previous_grade IN ('A', 'B', 'C', 'D')", name=op.f('ck_credit_state_previous_grade')),
    sa.CheckConstraint('score IS NULL OR (score >= 0 AND score <= 100)', name=op.f('ck_credit_state_score_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_credit_state_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_credit_state'))
    )
    with op.batch_alter_table('credit_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_state_next_review'), ['next_review'], unique=False)

    op.create_table('customer_financials',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('statement_date', sa.Date(), nullable=False),
    sa.Column('debt_to_assets', sa.String(length=40), nullable=True),
    sa.Column('current_ratio', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('debt_to_assets IS NOT NULL OR current_ratio IS NOT NULL', name=op.f('ck_customer_financials_some_ratio')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_financials_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_financials')),
    sa.UniqueConstraint('customer_id', 'statement_date', name=op.f('uq_customer_financials_customer_id_statement_date'))
    )
    op.create_table('external_rating',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('source', sa.String(length=100), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('rated_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_external_rating_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_external_rating'))
    )
    with op.batch_alter_table('external_rating', schema=None) as batch_op:
        batch_op.create_index('ix_external_rating_customer_date', ['customer_id', 'rated_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('external_rating', schema=None) as batch_op:
        batch_op.drop_index('ix_external_rating_customer_date')

    op.drop_table('external_rating')
    op.drop_table('customer_financials')
    with op.batch_alter_table('credit_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_state_next_review'))

    op.drop_table('credit_state')
    with op.batch_alter_table('credit_review', schema=None) as batch_op:
        batch_op.drop_index('ix_credit_review_customer_date')

    op.drop_table('credit_review')
    with op.batch_alter_table('credit_override', schema=None) as batch_op:
        batch_op.drop_index('ix_credit_override_customer_until')

    op.drop_table('credit_override')
    with op.batch_alter_table('credit_event', schema=None) as batch_op:
        batch_op.drop_index('ix_credit_event_customer_date')

    op.drop_table('credit_event')
