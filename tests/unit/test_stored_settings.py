"""The company_setting storage shared by the credit, dunning, insurance, mail and matching settings."""

from sqlalchemy import select

from app.models import AuditLog
from app.services.stored_settings import read_setting, write_setting
from app.storage.db import Database


def test_write_read_audit_and_no_op_when_equal(tmp_path):
    db = Database.open(tmp_path / "s.db", create=True)
    try:
        with db.engine.connect() as conn:
            assert read_setting(conn, "dunning") is None
        with db.session() as s:
            assert write_setting(s, "dunning", '{"a": 1}', "first")
        with db.session() as s:
            assert read_setting(s, "dunning") == '{"a": 1}'
            assert not write_setting(s, "dunning", '{"a": 1}', "again")      # nothing to record
            assert write_setting(s, "dunning", '{"a": 2}', "changed")
        with db.session() as s:
            rows = s.execute(select(AuditLog.field, AuditLog.before, AuditLog.after, AuditLog.reason)
                             .where(AuditLog.entity == "setting")).all()
        assert rows == [("dunning", None, '{"a": 1}', "first"), ("dunning", '{"a": 1}', '{"a": 2}', "changed")]
        with db.engine.connect() as conn:
            assert read_setting(conn, "credit") is None                       # keys are apart
    finally:
        db.close()
