"""Customer import: every row rule, re-import, conflicts, what gets written."""

from __future__ import annotations

import pytest

from app.errors import ImportRejected
from app.services import customers as cs
from app.services.importers import ImportOptions, apply_import, import_file, plan_import, read_table

HEAD = ["客户编号", "客户名称", "别名", "币种", "账期(天)", "联系人", "邮箱", "电话", "地址", "信用额度", "语言"]


def plan_for(db, path, as_of, options=None):
    return plan_import(db, "customers", read_table(path), options, as_of=as_of)


def test_all_fields_written_with_aliases_and_audit(db, write_csv, as_of):
    p = write_csv([HEAD,
                   ["C1", "北京甲公司", "甲|Jia Ltd", "人民币", "60天", "王经理", "wang@jia.cn", "010-1234",
                    "北京市", "¥100,000.00", "中文"],
                   ["C2", "Acme Ltd", "", "usd", "", "", "", "", "", "", "English"]])
    r = import_file(db, "customers", p, as_of=as_of)
    assert (r.new, r.unchanged, r.conflicts, r.invalid, r.written) == (2, 0, 0, 0, True)
    with db.session() as s:
        c1 = cs.get_customer_data(s, 1)
        c2 = cs.get_customer_data(s, 2)
    assert c1 == cs.CustomerData(code="C1", name="北京甲公司", currency="CNY", terms_days=60,
                                 credit_limit_minor=10_000_000, aliases=("甲", "Jia Ltd"), contact="王经理",
                                 email="wang@jia.cn", phone="010-1234", address="北京市", language="zh")
    assert (c2.currency, c2.terms_days, c2.language, c2.credit_limit_minor) == ("USD", 30, "en", None)
    with db.engine.connect() as c:
        audit = c.exec_driver_sql("SELECT entity, entity_id, field, after FROM audit_log ORDER BY id").all()
        batch = c.exec_driver_sql("SELECT kind, rows_added, rows_unchanged, rows_rejected FROM import_batch"
                                  ).all()
    assert ("customer", 1, "created", "C1") in audit and ("customer", 1, "credit_limit", "100000.00") in audit
    assert ("customer", 2, "terms_days", "30") in audit
    assert batch == [("customers", 2, 0, 0)]


def test_default_currency_is_the_company_home_currency(db, write_csv, as_of):
    with db.session() as s:
        s.connection().exec_driver_sql("INSERT INTO company (name, address, tax_id, phone, email, "
                                       "home_currency, signature_name, signature_title) "
                                       "VALUES ('Me', '', '', '', '', 'HKD', '', '')")
    plan = plan_for(db, write_csv([["code", "name"], ["C9", "Nine"]]), as_of)
    assert plan.customers[0].data.currency == "HKD"
    plan = plan_for(db, write_csv([["code", "name"], ["C9", "Nine"]]), as_of,
                    ImportOptions(default_currency="EUR", default_terms_days=14))
    assert (plan.customers[0].data.currency, plan.customers[0].data.terms_days) == ("EUR", 14)


def test_every_error_is_collected_with_row_and_column(db, write_csv, as_of):
    p = write_csv([
        ["Customer list 2026"],
        HEAD,
        ["", "No code", "", "", "", "", "", "", "", "", ""],          # 3 empty code
        ["C2", "", "", "", "", "", "", "", "", "", ""],                # 4 empty name
        ["C3", "Three", "", "XYZ", "", "", "", "", "", "", ""],        # 5 unknown currency
        ["C4", "Four", "", "", "-5", "", "", "", "", "", ""],          # 6 bad terms
        ["C5", "Five", "", "", "forever", "", "", "", "", "", ""],     # 7 bad terms
        ["C6", "Six", "", "", "4000", "", "", "", "", "", ""],         # 8 terms out of range
        ["C7", "Seven", "", "", "", "", "not-an-email", "", "", "", ""],   # 9 bad email
        ["C8", "Eight", "", "", "", "", "", "", "", "", "fr"],         # 10 bad language
        ["C9", "Nine", "", "", "", "", "", "", "", "-100", ""],        # 11 negative limit
        ["C10", "Ten", "", "JPY", "", "", "", "", "", "1.5", ""],      # 12 decimals for JPY
        ["C11", "Eleven", "", "", "", "", "", "", "", "lots", ""],     # 13 not an amount
        ["C12", "Twelve", "", "", "", "", "", "", "", "", ""],         # 14 duplicate code
        ["C12", "Twelve again", "", "", "", "", "", "", "", "", ""],   # 15 duplicate code
        ["C13", "Fine", "", "", "", "", "", "", "", "", ""],           # 16 fine
    ])
    plan = plan_for(db, p, as_of)
    got = [(e.row, e.column, e.message.split("{")[0][:20]) for e in plan.errors]
    assert [(r, c) for r, c, _ in got] == [
        (3, "客户编号"), (4, "客户名称"), (5, "币种"), (6, "账期(天)"), (7, "账期(天)"), (8, "账期(天)"),
        (9, "邮箱"), (10, "语言"), (11, "信用额度"), (12, "信用额度"), (13, "信用额度"), (14, "客户编号"),
        (15, "客户编号")]
    texts = [e.text() for e in plan.errors]
    assert texts[0] == "in.csv, row 3, column 客户编号: A value is required."
    assert "Unknown currency XYZ." in texts[2]
    assert "not-an-email is not an e-mail address." in texts[6]
    assert "1.5 has more decimals than JPY allows (0)." in texts[9]
    assert "appears more than once in the file (rows 14, 15)" in texts[11]
    assert [r.data.code for r in plan.customers] == ["C13"]
    assert (plan.new, plan.invalid, plan.conflicts) == (1, 13, 0)
    with pytest.raises(ImportRejected) as e:
        apply_import(db, plan)
    assert len(e.value.errors) == 13
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT COUNT(*) FROM customer").scalar_one() == 0


def test_reimport_is_unchanged_and_differences_are_conflicts(seeded, write_csv, as_of, snap):
    same = write_csv([["code", "name", "aliases", "currency", "terms"],
                      ["C1", "北京甲公司", "Jia Ltd|甲", "CNY", "30"],
                      ["C2", "Acme Ltd", "", "USD", "45"]])
    before = snap(seeded)
    r = import_file(seeded, "customers", same, as_of=as_of)
    assert (r.new, r.unchanged, r.written, r.batch_id) == (0, 2, False, None)
    assert snap(seeded) == before
    changed = write_csv([["code", "name", "currency", "terms"],
                         ["C1", "北京甲公司（新）", "CNY", "60"],
                         ["C2", "Acme Ltd", "USD", "45"],
                         ["C3", "New One", "CNY", "30"]], name="changed.csv")
    with pytest.raises(ImportRejected) as e:
        import_file(seeded, "customers", changed, as_of=as_of)
    [err] = e.value.errors
    assert err.row == 2 and "Customer C1 already exists with different data" in err.text()
    assert "name: '北京甲公司（新）' in the file, '北京甲公司' in ARDesk" in err.text()
    assert "payment_terms_days: '60' in the file, '30' in ARDesk" in err.text()
    assert snap(seeded) == before
    r = import_file(seeded, "customers", changed, as_of=as_of, only_valid=True)
    assert (r.new, r.unchanged, r.conflicts, r.invalid) == (1, 1, 1, 0)
    with seeded.session() as s:
        assert cs.get_customer_data(s, 1).name == "北京甲公司"        # never overwritten


def test_missing_required_column(db, write_csv, as_of):
    plan = plan_for(db, write_csv([["客户编号", "币种"], ["C1", "CNY"]]), as_of)
    assert plan.missing_fields == ["name"]
    assert "No column is mapped to Name" in plan.errors[0].text()
    with pytest.raises(ImportRejected):
        apply_import(db, plan, only_valid=True)
