"""collections and dunning: actions/letters, stage history, promises, holds, instalment plans,
per-customer grace, contact log, holiday calendar (seeded with China's official 2026 schedule),
company seal image

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""
from datetime import date, timedelta

from alembic import op
import sqlalchemy as sa

# China's 2026 public holidays and make-up working days (国务院办公厅, 2025-11-04), as
# (first day, last day, kind, name); the same data as resources/calendars/CN-2026.csv
_CN_2026 = (
    ("2026-01-01", "2026-01-03", "holiday", "元旦 New Year's Day"),
    ("2026-01-04", "2026-01-04", "workday", "元旦调休上班 make-up working day"),
    ("2026-02-14", "2026-02-14", "workday", "春节调休上班 make-up working day"),
    ("2026-02-15", "2026-02-23", "holiday", "春节 Spring Festival"),
    ("2026-02-28", "2026-02-28", "workday", "春节调休上班 make-up working day"),
    ("2026-04-04", "2026-04-06", "holiday", "清明节 Qingming Festival"),
    ("2026-05-01", "2026-05-05", "holiday", "劳动节 Labour Day"),
    ("2026-05-09", "2026-05-09", "workday", "劳动节调休上班 make-up working day"),
    ("2026-06-19", "2026-06-21", "holiday", "端午节 Dragon Boat Festival"),
    ("2026-09-20", "2026-09-20", "workday", "国庆节调休上班 make-up working day"),
    ("2026-09-25", "2026-09-27", "holiday", "中秋节 Mid-Autumn Festival"),
    ("2026-10-01", "2026-10-07", "holiday", "国庆节 National Day"),
    ("2026-10-10", "2026-10-10", "workday", "国庆节调休上班 make-up working day"),
)


def _seed_rows():
    for first, last, kind, name in _CN_2026:
        d, end = date.fromisoformat(first), date.fromisoformat(last)
        while d <= end:
            yield {"region": "CN", "date": d, "kind": kind, "name": name}
            d += timedelta(days=1)


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('holiday_day',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('region', sa.String(length=10), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.CheckConstraint("kind IN ('holiday', 'workday')", name=op.f('ck_holiday_day_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_holiday_day')),
    sa.UniqueConstraint('region', 'date', name=op.f('uq_holiday_day_region_date'))
    )
    op.create_table('customer_dunning',
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('grace_days', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('approved_by', sa.String(length=100), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('grace_days >= 0 AND grace_days <= 90', name=op.f('ck_customer_dunning_grace_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_dunning_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('customer_id', name=op.f('pk_customer_dunning'))
    )
    op.create_table('dunning_action',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('stage', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('stage_name', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('template', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('reference', sa.String(length=40), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('total_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('fee_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('interest_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('pdf', sa.LargeBinary(), nullable=True),
    sa.Column('sent_via', sa.String(length=10), nullable=False),
    sa.Column('proof', sa.Text(), nullable=False),
    sa.Column('delivered', sa.Boolean(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.Column('cancel_reason', sa.Text(), nullable=False),
    sa.CheckConstraint("action IN ('reminder', 'phone', 'demand', 'final', 'handover')", name=op.f('ck_dunning_action_action')),
    sa.CheckConstraint("language IN ('zh', 'en')", name=op.f('ck_dunning_action_language')),
    sa.CheckConstraint("sent_via IN ('post', 'registered', 'ems', 'email', 'hand', 'none')", name=op.f('ck_dunning_action_sent_via')),
    sa.CheckConstraint('fee_minor >= 0 AND interest_minor >= 0 AND total_minor >= 0', name=op.f('ck_dunning_action_amounts_nonneg')),
    sa.CheckConstraint('stage >= 1', name=op.f('ck_dunning_action_stage_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_dunning_action_customer_id_customer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_action')),
    sa.UniqueConstraint('reference', name=op.f('uq_dunning_action_reference'))
    )
    with op.batch_alter_table('dunning_action', schema=None) as batch_op:
        batch_op.create_index('ix_dunning_action_customer_date', ['customer_id', 'date'], unique=False)
        batch_op.create_index('ix_dunning_action_live_day', ['customer_id', 'currency', 'date'], unique=True, sqlite_where=sa.text('cancelled_at IS NULL'))

    op.create_table('instalment_plan',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('total_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('grace_days', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('active', 'completed', 'broken', 'cancelled')", name=op.f('ck_instalment_plan_status')),
    sa.CheckConstraint('grace_days >= 0 AND grace_days <= 365', name=op.f('ck_instalment_plan_grace_range')),
    sa.CheckConstraint('total_minor > 0', name=op.f('ck_instalment_plan_total_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_instalment_plan_customer_id_customer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instalment_plan'))
    )
    with op.batch_alter_table('instalment_plan', schema=None) as batch_op:
        batch_op.create_index('ix_instalment_plan_customer_status', ['customer_id', 'status'], unique=False)

    op.create_table('promise',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('grace_days', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'kept', 'broken', 'cancelled')", name=op.f('ck_promise_status')),
    sa.CheckConstraint('amount_minor IS NULL OR amount_minor > 0', name=op.f('ck_promise_amount_positive')),
    sa.CheckConstraint('date >= made_on', name=op.f('ck_promise_date_after_made')),
    sa.CheckConstraint('grace_days >= 0 AND grace_days <= 365', name=op.f('ck_promise_grace_range')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_promise_customer_id_customer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promise'))
    )
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.create_index('ix_promise_customer_status', ['customer_id', 'status'], unique=False)

    op.create_table('contact_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('follow_up', sa.Date(), nullable=True),
    sa.Column('promise_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('call', 'email', 'visit', 'note', 'acknowledgement')", name=op.f('ck_contact_log_kind')),
    sa.CheckConstraint("outcome IS NULL OR outcome IN ('reached', 'no_answer', 'promise', 'dispute', 'other')", name=op.f('ck_contact_log_outcome')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_contact_log_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_contact_log_invoice_id_invoice'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['promise_id'], ['promise.id'], name=op.f('fk_contact_log_promise_id_promise'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_log'))
    )
    with op.batch_alter_table('contact_log', schema=None) as batch_op:
        batch_op.create_index('ix_contact_log_customer_date', ['customer_id', 'date'], unique=False)
        batch_op.create_index('ix_contact_log_follow_up', ['follow_up'], unique=False, sqlite_where=sa.text('follow_up IS NOT NULL'))

    op.create_table('dunning_hold',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('lifted_on', sa.Date(), nullable=True),
    sa.Column('lift_reason', sa.Text(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('(customer_id IS NULL) <> (invoice_id IS NULL)', name=op.f('ck_dunning_hold_one_target')),
    sa.CheckConstraint('until IS NULL OR until >= starts_on', name=op.f('ck_dunning_hold_period')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_dunning_hold_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_dunning_hold_invoice_id_invoice'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_hold'))
    )
    with op.batch_alter_table('dunning_hold', schema=None) as batch_op:
        batch_op.create_index('ix_dunning_hold_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_dunning_hold_invoice', ['invoice_id'], unique=False)

    op.create_table('dunning_stage_event',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('action_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('stage', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('open_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('stage >= 1', name=op.f('ck_dunning_stage_event_stage_positive')),
    sa.ForeignKeyConstraint(['action_id'], ['dunning_action.id'], name=op.f('fk_dunning_stage_event_action_id_dunning_action'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_dunning_stage_event_invoice_id_invoice'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_stage_event'))
    )
    with op.batch_alter_table('dunning_stage_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dunning_stage_event_action_id'), ['action_id'], unique=False)
        batch_op.create_index('ix_dunning_stage_event_invoice_date', ['invoice_id', 'date'], unique=False)
        batch_op.create_index('ix_dunning_stage_event_live', ['invoice_id', 'stage'], unique=True, sqlite_where=sa.text('cancelled_at IS NULL'))

    op.create_table('instalment_part',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('plan_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('seq', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.CheckConstraint('amount_minor > 0', name=op.f('ck_instalment_part_amount_positive')),
    sa.CheckConstraint('seq >= 1', name=op.f('ck_instalment_part_seq_positive')),
    sa.ForeignKeyConstraint(['plan_id'], ['instalment_plan.id'], name=op.f('fk_instalment_part_plan_id_instalment_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instalment_part')),
    sa.UniqueConstraint('plan_id', 'seq', name=op.f('uq_instalment_part_plan_id_seq'))
    )
    op.create_table('instalment_plan_invoice',
    sa.Column('plan_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('open_minor', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_instalment_plan_invoice_invoice_id_invoice'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['plan_id'], ['instalment_plan.id'], name=op.f('fk_instalment_plan_invoice_plan_id_instalment_plan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('plan_id', 'invoice_id', name=op.f('pk_instalment_plan_invoice'))
    )
    with op.batch_alter_table('instalment_plan_invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instalment_plan_invoice_invoice_id'), ['invoice_id'], unique=False)

    op.create_table('promise_invoice',
    sa.Column('promise_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('invoice_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoice.id'], name=op.f('fk_promise_invoice_invoice_id_invoice'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['promise_id'], ['promise.id'], name=op.f('fk_promise_invoice_promise_id_promise'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('promise_id', 'invoice_id', name=op.f('pk_promise_invoice'))
    )
    with op.batch_alter_table('promise_invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promise_invoice_invoice_id'), ['invoice_id'], unique=False)

    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.add_column(sa.Column('seal_image', sa.LargeBinary(), nullable=True))

    holiday = sa.table('holiday_day', sa.column('region', sa.String), sa.column('date', sa.Date),
                       sa.column('kind', sa.String), sa.column('name', sa.String))
    op.bulk_insert(holiday, list(_seed_rows()))


def downgrade() -> None:
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.drop_column('seal_image')

    with op.batch_alter_table('promise_invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promise_invoice_invoice_id'))

    op.drop_table('promise_invoice')
    with op.batch_alter_table('instalment_plan_invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_instalment_plan_invoice_invoice_id'))

    op.drop_table('instalment_plan_invoice')
    op.drop_table('instalment_part')
    with op.batch_alter_table('dunning_stage_event', schema=None) as batch_op:
        batch_op.drop_index('ix_dunning_stage_event_live', sqlite_where=sa.text('cancelled_at IS NULL'))
        batch_op.drop_index('ix_dunning_stage_event_invoice_date')
        batch_op.drop_index(batch_op.f('ix_dunning_stage_event_action_id'))

    op.drop_table('dunning_stage_event')
    with op.batch_alter_table('dunning_hold', schema=None) as batch_op:
        batch_op.drop_index('ix_dunning_hold_invoice')
        batch_op.drop_index('ix_dunning_hold_customer')

    op.drop_table('dunning_hold')
    with op.batch_alter_table('contact_log', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_log_follow_up', sqlite_where=sa.text('follow_up IS NOT NULL'))
        batch_op.drop_index('ix_contact_log_customer_date')

    op.drop_table('contact_log')
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_index('ix_promise_customer_status')

    op.drop_table('promise')
    with op.batch_alter_table('instalment_plan', schema=None) as batch_op:
        batch_op.drop_index('ix_instalment_plan_customer_status')

    op.drop_table('instalment_plan')
    with op.batch_alter_table('dunning_action', schema=None) as batch_op:
        batch_op.drop_index('ix_dunning_action_live_day', sqlite_where=sa.text('cancelled_at IS NULL'))
        batch_op.drop_index('ix_dunning_action_customer_date')

    op.drop_table('dunning_action')
    op.drop_table('customer_dunning')
    op.drop_table('holiday_day')
