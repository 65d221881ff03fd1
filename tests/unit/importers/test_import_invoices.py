"""Invoice import: row rules, decisions, statuses, credit notes, and what gets written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.errors import ImportRejected
from app.services import ledger as L
from app.services.importers import (ImportOptions, apply_import, detect_mapping, import_file, plan_import,
                                    read_table)

DATA = Path(__file__).resolve().parents[2] / "data"
HEAD = ["发票号码", "客户编号", "开票日期", "到期日", "币种", "金额"]


def plan_for(db, path, as_of, options=None, **kw):
    return plan_import(db, "invoices", read_table(path), options, as_of=as_of, **kw)


def invoices(db):
    with db.engine.connect() as c:
        return c.exec_driver_sql(
            "SELECT i.number, c.code, i.kind, i.issue_date, i.due_date, i.currency, i.amount_minor, "
            "i.open_minor, i.status FROM invoice i JOIN customer c ON c.id = i.customer_id ORDER BY i.id"
        ).all()


def test_happy_path_writes_batch_invoices_and_audit(seeded, write_csv, as_of):
    p = write_csv([HEAD,
                   ["INV-1", "C1", "2026-11-01", "2026-12-01", "CNY", "1,234.56"],
                   ["INV-2", "C2", "2026/11/02", "", "", "$99.90"],          # due + currency from customer
                   ["INV-3", "甲", "2026年11月3日", "", "RMB", "¥5"],            # customer by alias
                   ["INV-4", "Acme Ltd", "46332", "", "USD", "(10.00)"]])      # by name; credit note
    r = import_file(seeded, "invoices", p, as_of=as_of)
    assert (r.new, r.credit_notes, r.written) == (4, 1, True)
    assert invoices(seeded) == [
        ("INV-1", "C1", "invoice", "2026-11-01", "2026-12-01", "CNY", 123456, 123456, "open"),
        ("INV-2", "C2", "invoice", "2026-11-02", "2026-12-17", "USD", 9990, 9990, "open"),
        ("INV-3", "C1", "invoice", "2026-11-03", "2026-12-03", "CNY", 500, 500, "open"),
        ("INV-4", "C2", "credit_note", "2026-11-06", "2026-11-06", "USD", 1000, 1000, "open"),
    ]
    with seeded.engine.connect() as c:
        batch = c.exec_driver_sql("SELECT id, kind, file_name, file_sha256, rows_added FROM import_batch").one()
        assert batch[1:] == ("invoices", str(p), r.plan.table.sha256, 4)
        assert {x for (x,) in c.exec_driver_sql("SELECT import_batch_id FROM invoice")} == {batch[0]}
        audit = c.exec_driver_sql("SELECT entity, entity_id, field, after FROM audit_log "
                                  "WHERE entity = 'invoice' ORDER BY id").all()
    assert audit == [("invoice", 1, "created", "1234.56 CNY"), ("invoice", 2, "created", "99.90 USD"),
                     ("invoice", 3, "created", "5.00 CNY"), ("invoice", 4, "credit_note_created", "10.00 USD")]


def test_every_error_collected_nothing_written(seeded, write_csv, as_of, snap):
    p = write_csv([HEAD,
                   ["INV-1", "C9", "2026-11-01", "", "", "x1"],              # 2 unknown customer, amount
                   ["INV-2", "C1", "2026-11-01", "2026-10-01", "", "10"],    # 3 due before issue
                   ["INV-3", "C1", "2026-11-01", "", "XYZ", "10"],           # 4 unknown currency
                   ["INV-4", "C1", "2026-11-01", "", "JPY", "10.5"],         # 5 decimals for JPY
                   ["INV-5", "C1", "2026-11-01", "", "", "10.555"],          # 6 decimals for CNY
                   ["", "C1", "2026-11-01", "", "", "10"],                   # 7 empty number
                   ["INV-7", "", "", "", "", ""],                            # 8 three empty fields
                   ["INV-8", "C1", "yesterday", "2026-13-45", "", "10"],     # 9 two bad dates
                   ["INV-9", "C1", "2026-11-01", "", "", "ten"],             # 10 not an amount
                   ["INV-10", "C1", "2026-11-01", "", "", "0"],              # 11 zero
                   ["DUP", "C1", "2026-11-01", "", "", "1"],                 # 12 duplicate
                   ["DUP", "C1", "2026-11-01", "", "", "1"],                 # 13 duplicate
                   ["OK-1", "C1", "2026-11-01", "", "", "1"]])               # 14 fine
    before = snap(seeded)
    plan = plan_for(seeded, p, as_of)
    got = [(e.row, e.column) for e in plan.errors]
    assert got == [(2, "客户编号"), (2, "金额"), (3, "到期日"), (4, "币种"), (5, "金额"), (6, "金额"), (7, "发票号码"),
                   (8, "客户编号"), (8, "开票日期"), (8, "金额"), (9, "开票日期"), (9, "到期日"), (10, "金额"),
                   (11, "金额"), (12, "发票号码"), (13, "发票号码")]
    texts = "\n".join(e.text() for e in plan.errors)
    for fragment in ("Unknown customer C9", "The due date 2026-10-01 is before the issue date 2026-11-01",
                     "Unknown currency XYZ", "10.5 has more decimals than JPY allows (0)",
                     "10.555 has more decimals than CNY allows (2)", "A value is required",
                     "yesterday is not a valid date", "ten is not an amount", "x1 is not an amount", "The amount is zero",
                     "Invoice number DUP appears more than once in the file (rows 12, 13)"):
        assert fragment in texts
    assert [r.number for r in plan.invoices] == ["OK-1"]
    with pytest.raises(ImportRejected) as e:
        import_file(seeded, "invoices", p, as_of=as_of)
    assert len(e.value.errors) == 16 and e.value.plan.invalid == 12
    assert "16 row error(s), nothing was imported" in str(e.value)
    assert snap(seeded) == before


def test_all_problems_of_one_row_are_listed(seeded, write_csv, as_of):
    p = write_csv([HEAD, ["INV-1", "C9", "2026-11-05", "2026-11-01", "", "10.555"]])
    plan = plan_for(seeded, p, as_of)
    # without a customer the currency (and so the decimals allowed) is unknown
    assert sorted(e.column for e in plan.errors) == sorted(["客户编号", "到期日"])
    p = write_csv([HEAD, ["INV-2", "C1", "2026-11-05", "2026-11-01", "", "10.555"]])
    plan = plan_for(seeded, p, as_of)
    assert sorted(e.column for e in plan.errors) == sorted(["金额", "到期日"])


def test_ambiguous_customer_name(seeded, write_csv, as_of):
    with seeded.session() as s:
        from app.services import customers as cs
        cs.create_customer(s, cs.CustomerData(code="C3", name="Acme Ltd", terms_days=10))
    plan = plan_for(seeded, write_csv([HEAD, ["I1", "Acme Ltd", "2026-11-01", "", "", "1"]]), as_of)
    assert "Acme Ltd matches several customers (C2, C3); use the customer code." in plan.errors[0].text()


def test_date_order_decided_per_file_and_reported(seeded, write_csv, as_of):
    mdy = write_csv([HEAD, ["I1", "C1", "01/02/2026", "", "", "1"], ["I2", "C1", "11/23/2026", "", "", "1"]])
    plan = plan_for(seeded, mdy, as_of)
    assert (plan.date_order.order, plan.date_order.source, plan.date_order.example_row) == ("MDY", "evidence", 3)
    assert plan.invoices[0].issue_date == date(2026, 1, 2)
    unsure = write_csv([HEAD, ["I1", "C1", "01/02/2026", "03/04/2026", "", "1"]], name="unsure.csv")
    plan = plan_for(seeded, unsure, as_of)
    assert (plan.date_order.order, plan.date_order.source) == ("DMY", "default")
    assert (plan.invoices[0].issue_date, plan.invoices[0].due_date) == (date(2026, 2, 1), date(2026, 4, 3))
    plan = plan_for(seeded, unsure, as_of, ImportOptions(date_order="MDY"))
    assert (plan.date_order.source, plan.invoices[0].issue_date) == ("option", date(2026, 1, 2))
    mixed = write_csv([HEAD, ["I1", "C1", "23/11/2026", "", "", "1"], ["I2", "C1", "11/24/2026", "", "", "1"],
                       ["I3", "C1", "25/11/2026", "", "", "1"]], name="mixed.csv")
    plan = plan_for(seeded, mixed, as_of)
    assert plan.date_order.source == "mixed"
    assert [e.row for e in plan.errors] == [3]
    assert "read as day/month/year" in plan.errors[0].text()


def test_comma_decimal_file(seeded, write_csv, as_of):
    p = write_csv([HEAD,
                   ["I1", "C1", "23.11.2026", "", "", "1.234,56"], ["I2", "C1", "23.11.2026", "", "", "1.000"]],
                  delimiter=";")
    plan = plan_for(seeded, p, as_of)
    assert plan.decimal_mark.mark == "," and plan.decimal_mark.source == "evidence"
    assert [r.amount_minor for r in plan.invoices] == [123456, 100000]


def test_statuses(seeded, write_csv, as_of):
    head = HEAD + ["状态", "收款日期", "PO"]
    p = write_csv([head,
                   ["S1", "C1", "2026-11-01", "", "", "100", "未付", "", "PO-1"],
                   ["S2", "C1", "2026-11-01", "", "", "100", "已收", "2026-11-20", ""],
                   ["S3", "C1", "2026-11-01", "", "", "100", "paid", "", ""],
                   ["S4", "C1", "2026-11-01", "", "", "100", "作废", "", ""],
                   ["S5", "C1", "2026-11-01", "", "", "100", "Disputed", "", ""],
                   ["S6", "C1", "2026-11-01", "", "", "-100", "cancelled", "", ""],
                   ["B1", "C1", "2026-11-01", "", "", "100", "部分付款", "", ""],
                   ["B2", "C1", "2026-11-01", "", "", "100", "坏账", "", ""],
                   ["B3", "C1", "2026-11-01", "", "", "100", "lost", "", ""],
                   ["B4", "C1", "2026-11-01", "", "", "-100", "paid", "", ""],
                   ["B5", "C1", "2026-11-01", "", "", "100", "paid", "2026-10-01", ""]])
    plan = plan_for(seeded, p, as_of)
    assert [(e.row, e.column) for e in plan.errors] == [(8, "状态"), (9, "状态"), (10, "状态"), (11, "状态"),
                                                         (12, "收款日期")]
    texts = [e.text() for e in plan.errors]
    assert "import the invoice as open, then record the payment received" in texts[0]
    assert "write it off in ARDesk" in texts[1]
    assert "Unknown status lost" in texts[2]
    assert "can only be imported as open or cancelled" in texts[3]
    assert "paid date 2026-10-01 is before the issue date" in texts[4]
    assert [n.message.split(" ")[0] for n in plan.notes] == ["{count}"]
    apply_import(seeded, plan, only_valid=True)
    rows = {r[0]: r for r in invoices(seeded)}
    assert rows["S1"][7:] == (10000, "open")
    assert rows["S2"][7:] == (0, "paid") and rows["S3"][7:] == (0, "paid")
    assert rows["S4"][7:] == (0, "cancelled")
    assert rows["S5"][7:] == (10000, "disputed")
    assert rows["S6"][2] == "credit_note" and rows["S6"][7:] == (0, "cancelled")
    with seeded.engine.connect() as c:
        pays = c.exec_driver_sql("SELECT p.date, p.amount_minor, p.unallocated_minor, p.source, p.reference, "
                                 "a.date, i.number FROM payment p JOIN allocation a ON a.payment_id = p.id "
                                 "JOIN invoice i ON i.id = a.invoice_id ORDER BY p.id").all()
        po, disputed = c.exec_driver_sql("SELECT po, disputed FROM invoice WHERE number = 'S1'").one()
        ds = c.exec_driver_sql("SELECT disputed, cancelled_on FROM invoice WHERE number IN ('S5', 'S4') "
                               "ORDER BY number").all()
    assert pays == [("2026-11-20", 10000, 0, "import", "S2", "2026-11-20", "S2"),
                    ("2026-11-23", 10000, 0, "import", "S3", "2026-11-23", "S3")]
    assert (po, disputed) == ("PO-1", 0)
    assert ds == [(0, "2026-11-01"), (1, None)]


def test_reimport_unchanged_even_after_payments_and_conflicts_never_overwrite(seeded, write_csv, as_of, snap):
    rows = [HEAD, ["INV-1", "C1", "2026-11-01", "", "", "100"], ["INV-2", "C2", "2026-11-01", "2026-12-01", "", "50"]]
    p = write_csv(rows)
    import_file(seeded, "invoices", p, as_of=as_of)
    with seeded.session() as s:                      # a payment recorded in ARDesk changes the status
        pid = L.record_payment(s, customer_id=1, on=as_of, currency="CNY", amount_minor=4000)
        L.allocate_payment(s, pid, 1, 4000, as_of)
    before = snap(seeded)
    again = import_file(seeded, "invoices", p, as_of=as_of)
    assert (again.new, again.unchanged, again.conflicts, again.written) == (0, 2, 0, False)
    assert snap(seeded) == before
    changed = write_csv([HEAD, ["INV-1", "C1", "2026-11-01", "", "", "100.01"],
                         ["INV-2", "C1", "2026-11-02", "2026-12-05", "", "50"],
                         ["INV-3", "C1", "2026-11-02", "", "", "7"]], name="changed.csv")
    with pytest.raises(ImportRejected) as e:
        import_file(seeded, "invoices", changed, as_of=as_of)
    texts = [x.text() for x in e.value.errors]
    assert len(texts) == 2
    assert "Invoice INV-1 already exists with different data (amount: 100.01 CNY in the file, 100.00 CNY" in texts[0]
    assert "customer: C1 in the file, C2 in ARDesk" in texts[1] and "due date: 2026-12-05" in texts[1]
    assert snap(seeded) == before
    r = import_file(seeded, "invoices", changed, as_of=as_of, only_valid=True)
    assert (r.new, r.conflicts, r.unchanged) == (1, 2, 0)
    assert [x[0] for x in invoices(seeded)] == ["INV-1", "INV-2", "INV-3"]
    assert invoices(seeded)[0][6] == 10000


def test_xlsx_with_date_and_numeric_cells(seeded, tmp_path, as_of):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Invoice number", "Customer", "Invoice date", "Due date", "Currency", "Amount"])
    ws.append([1001, "C1", datetime(2026, 11, 1), datetime(2026, 12, 15), "CNY", 1234.56])
    ws.append(["X2", "C2", 46332, None, "USD", 0.1 + 0.2])
    ws.append(["X3", "C1", datetime(2026, 11, 1), None, "CNY", 12.345])
    wb.save(tmp_path / "i.xlsx")
    plan = plan_for(seeded, tmp_path / "i.xlsx", as_of)
    assert [(e.row, e.column) for e in plan.errors] == [(4, "Amount")]
    assert [(r.number, r.issue_date, r.due_date, r.amount_minor) for r in plan.invoices] == [
        ("1001", date(2026, 11, 1), date(2026, 12, 15), 123456),
        ("X2", date(2026, 11, 6), date(2026, 12, 21), 30)]


def test_legacy_xls_import(seeded, as_of):
    r = import_file(seeded, "invoices", DATA / "invoices_legacy.xls", as_of=as_of)
    assert (r.new, r.credit_notes) == (4, 1)
    assert invoices(seeded) == [
        ("X-001", "C1", "invoice", "2026-11-01", "2026-12-01", "CNY", 123456, 123456, "open"),
        ("10002", "C1", "invoice", "2026-11-02", "2026-12-02", "CNY", 9990, 9990, "open"),
        ("X-003", "C2", "invoice", "2026-11-03", "2026-12-18", "USD", 100000, 100000, "open"),
        ("X-004", "C2", "credit_note", "2026-11-04", "2026-11-04", "USD", 5025, 5025, "open"),
    ]


def test_customers_and_invoices_in_one_run(db, write_csv, as_of):
    cust = write_csv([["code", "name", "currency", "terms"], ["N1", "New One", "EUR", "10"]], name="c.csv")
    inv = write_csv([HEAD, ["I1", "N1", "2026-11-01", "", "", "12,50"], ["I2", "New One", "2026-11-01", "", "", "1"]],
                    name="i.csv")
    cplan = plan_import(db, "customers", read_table(cust), as_of=as_of)
    alone = plan_for(db, inv, as_of)
    assert [e.row for e in alone.errors] == [2, 3]          # unknown without the customers file
    plan = plan_for(db, inv, as_of, customers=cplan)
    assert plan.ok and [(r.customer_id, r.currency, r.due_date) for r in plan.invoices] == [
        (None, "EUR", date(2026, 11, 11)), (None, "EUR", date(2026, 11, 11))]
    r = apply_import(db, plan)
    assert (r.new, r.customers_created) == (2, 1)
    assert [x[:2] for x in invoices(db)] == [("I1", "N1"), ("I2", "N1")]
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT kind FROM import_batch ORDER BY id").all() == [("customers",),
                                                                                         ("invoices",)]


def test_user_mapping_and_check_only(seeded, write_csv, as_of, snap):
    p = write_csv([["Beleg", "Kunde", "Datum", "Betrag", "发票号码"], ["B1", "C1", "2026-11-01", "5", "junk"]])
    t = read_table(p, header_row=1)
    m = detect_mapping("invoices", t.headers)
    assert m["number"] == 4 and m["amount"] is None
    m.update(number=0, customer_code=1, issue_date=2, amount=3)
    plan = plan_import(seeded, "invoices", t, ImportOptions(mapping=m), as_of=as_of)
    assert plan.ok and plan.invoices[0].number == "B1"
    with pytest.raises(ValueError):
        plan_import(seeded, "invoices", t, ImportOptions(mapping={"number": 9}), as_of=as_of)
    before = snap(seeded)
    ok = write_csv([HEAD, ["I1", "C1", "2026-11-01", "", "", "1"]], name="ok.csv")
    r = import_file(seeded, "invoices", ok, as_of=as_of, check_only=True)
    assert (r.new, r.written) == (1, False) and snap(seeded) == before
