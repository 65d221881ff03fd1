"""trade-credit insurance: policies, insured buyers (the insurer's approved limits), overdue
notifications, claims with their invoices, document checklist and recoveries (new tables only)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('insurance_policy',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('insurer', sa.String(length=200), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('indemnity_bp', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('extension_days', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('notify_after', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('notify_unit', sa.String(length=6), nullable=False),
    sa.Column('claim_after', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('claim_unit', sa.String(length=6), nullable=False),
    sa.Column('claim_from', sa.String(length=13), nullable=False),
    sa.Column('deductible_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('first_loss_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("claim_from IN ('notification', 'due', 'extension_end')", name=op.f('ck_insurance_policy_claim_from')),
    sa.CheckConstraint("claim_unit IN ('days', 'months')", name=op.f('ck_insurance_policy_claim_unit')),
    sa.CheckConstraint("notify_unit IN ('days', 'months')", name=op.f('ck_insurance_policy_notify_unit')),
    sa.CheckConstraint('claim_after >= 0 AND claim_after <= 3650', name=op.f('ck_insurance_policy_claim_range')),
    sa.CheckConstraint('deductible_minor >= 0 AND first_loss_minor >= 0', name=op.f('ck_insurance_policy_amounts_nonneg')),
    sa.CheckConstraint('ends_on >= starts_on', name=op.f('ck_insurance_policy_period')),
    sa.CheckConstraint('extension_days >= 0 AND extension_days <= 3650', name=op.f('ck_insurance_policy_extension_range')),
    sa.CheckConstraint('indemnity_bp > 0 AND indemnity_bp <= 10000', name=op.f('ck_insurance_policy_indemnity_range')),
    sa.CheckConstraint('notify_after >= 0 AND notify_after <= 3650', name=op.f('ck_insurance_policy_notify_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insurance_policy')),
    sa.UniqueConstraint('number', name=op.f('uq_insurance_policy_number'))
    )
    op.create_table('insurance_claim',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('policy_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('insurer_reference', sa.String(length=64), nullable=False),
    sa.Column('outstanding_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('insured_limit_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('deductible_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('first_loss_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('indemnity_bp', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('claimable_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('paid_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reject_reason', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status = 'draft' OR filed_on IS NOT NULL", name=op.f('ck_insurance_claim_filed_date')),
    sa.CheckConstraint("status IN ('draft', 'filed', 'paid', 'rejected')", name=op.f('ck_insurance_claim_status')),
    sa.CheckConstraint("status NOT IN ('paid', 'rejected') OR decided_on IS NOT NULL", name=op.f('ck_insurance_claim_decided_date')),
    sa.CheckConstraint('claimable_minor IS NULL OR claimable_minor >= 0', name=op.f('ck_insurance_claim_claimable_nonneg')),
    sa.CheckConstraint('decided_on IS NULL OR decided_on >= filed_on', name=op.f('ck_insurance_claim_decided_after_filed')),
    sa.CheckConstraint('filed_on IS NULL OR filed_on >= opened_on', name=op.f('ck_insurance_claim_filed_after_opened')),
    sa.CheckConstraint('indemnity_bp IS NULL OR (indemnity_bp > 0 AND indemnity_bp <= 10000)', name=op.f('ck_insurance_claim_indemnity_range')),
    sa.CheckConstraint('paid_minor IS NULL OR paid_minor >= 0', name=op.f('ck_insurance_claim_paid_nonneg')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_insurance_claim_customer_id_customer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['policy_id'], ['insurance_policy.id'], name=op.f('fk_insurance_claim_policy_id_insurance_policy'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insurance_claim')),
    sa.UniqueConstraint('reference', name=op.f('uq_insurance_claim_reference'))
    )
    with op.batch_alter_table('insurance_claim', schema=None) as batch_op:
        batch_op.create_index('ix_insurance_claim_customer', ['customer_id', 'status'], unique=False)
        batch_op.create_index('ix_insurance_claim_policy', ['policy_id', 'status'], unique=False)

    op.create_table('insured_buyer',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('policy_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('limit_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('approved', 'requested', 'refused', 'withdrawn')", name=op.f('ck_insured_buyer_status')),
    sa.CheckConstraint('limit_minor >= 0', name=op.f('ck_insured_buyer_limit_nonneg')),
    sa.CheckConstraint('valid_to IS NULL OR valid_to >= valid_from', name=op.f('ck_insured_buyer_period')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_insured_buyer_customer_id_customer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['policy_id'], ['insurance_policy.id'], name=op.f('fk_insured_buyer_policy_id_insurance_policy'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insured_buyer'))
    )
    with op.batch_alter_table('insured_buyer', schema=None) as batch_op:
        batch_op.create_index('ix_insured_buyer_customer', ['customer_id', 'valid_from'], unique=False)
        batch_op.create_index('ix_insured_buyer_policy', ['policy_id'], unique=False)

    op.create_table('insurance_claim_document',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('claim_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('contract', 'invoices', 'delivery_proof', 'customs_declaration', 'statement_of_account', 'collection_records', 'overdue_notification', 'buyer_acknowledgement', 'other')", name=op.f('ck_insurance_claim_document_kind')),
    sa.ForeignKeyConstraint(['claim_id'], ['insurance_claim.id'], name=op.f('fk_insurance_claim_document_claim_id_insurance_claim'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insurance_claim_document')),
    sa.UniqueConstraint('claim_id', 'kind', name=op.f('uq_insurance_claim_document_claim_id_kind'))
    )
    op.create_table('insurance_claim_invoice',
    sa.Column('claim_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('outstanding_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['insurance_claim.id'], name=op.f('fk_insurance_claim_invoice_claim_id_insurance_claim'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_insurance_claim_invoice_invoice_id_invoice'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('claim_id', 'invoice_id', name=op.f('pk_insurance_claim_invoice'))
    )
    with op.batch_alter_table('insurance_claim_invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insurance_claim_invoice_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('insurance_notification',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('policy_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('notified_on', sa.Date(), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_insurance_notification_invoice_id_invoice'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['policy_id'], ['insurance_policy.id'], name=op.f('fk_insurance_notification_policy_id_insurance_policy'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insurance_notification')),
    sa.UniqueConstraint('policy_id', 'invoice_id', name=op.f('uq_insurance_notification_policy_id_invoice_id'))
    )
    with op.batch_alter_table('insurance_notification', schema=None) as batch_op:
        batch_op.create_index('ix_insurance_notification_invoice', ['invoice_id'], unique=False)

    op.create_table('insurance_recovery',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('claim_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount_minor > 0', name=op.f('ck_insurance_recovery_amount_positive')),
    sa.ForeignKeyConstraint(['claim_id'], ['insurance_claim.id'], name=op.f('fk_insurance_recovery_claim_id_insurance_claim'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insurance_recovery'))
    )
    with op.batch_alter_table('insurance_recovery', schema=None) as batch_op:
        batch_op.create_index('ix_insurance_recovery_claim', ['claim_id', 'date'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('insurance_recovery', schema=None) as batch_op:
        batch_op.drop_index('ix_insurance_recovery_claim')

    op.drop_table('insurance_recovery')
    with op.batch_alter_table('insurance_notification', schema=None) as batch_op:
        batch_op.drop_index('ix_insurance_notification_invoice')

    op.drop_table('insurance_notification')
    with op.batch_alter_table('insurance_claim_invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insurance_claim_invoice_invoice_id'))

    op.drop_table('insurance_claim_invoice')
    op.drop_table('insurance_claim_document')
    with op.batch_alter_table('insured_buyer', schema=None) as batch_op:
        batch_op.drop_index('ix_insured_buyer_policy')
        batch_op.drop_index('ix_insured_buyer_customer')

    op.drop_table('insured_buyer')
    with op.batch_alter_table('insurance_claim', schema=None) as batch_op:
        batch_op.drop_index('ix_insurance_claim_policy')
        batch_op.drop_index('ix_insurance_claim_customer')

    op.drop_table('insurance_claim')
    op.drop_table('insurance_policy')
