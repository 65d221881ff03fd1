"""Payments import: mapping, every bad row, allocation and over-allocation, idempotent re-import."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from sqlalchemy import text

from app.errors import ImportRejected, UserError
from app.services import ledger as L
from app.services import writeoffs as W
from app.services.importers import (ImportOptions, apply_import, detect_mapping, import_file, plan_import,
                                    read_table, write_rejected_csv)
from app.services.progress import Cancelled, Progress

HEAD = ["回款日期", "客户编号", "币种", "收款金额", "发票号码", "摘要"]


@pytest.fixture
def ledger_db(seeded):
    """seeded + C1 invoices A (1000, due 10-01), B (500, due 10-31), C2 invoice U (USD 99.90),
    credit note CN (C1), cancelled X (C1), written-off WO (C1)."""
    with seeded.session() as s:
        ids = {}
        for number, cust, issue, cur, amount in (("A", 1, date(2026, 9, 1), "CNY", 100000),
                                                 ("B", 1, date(2026, 10, 1), "CNY", 50000),
                                                 ("U", 2, date(2026, 9, 15), "USD", 9990),
                                                 ("X", 1, date(2026, 9, 1), "CNY", 1000),
                                                 ("WO", 1, date(2026, 9, 1), "CNY", 2000)):
            ids[number] = L.create_invoice(s, L.InvoiceData(number, cust, issue, cur, amount))
        L.create_credit_note(s, L.InvoiceData("CN", 1, date(2026, 9, 5), "CNY", 700))
        L.cancel_invoice(s, ids["X"], "wrong", date(2026, 9, 2))
        W.write_off(s, ids["WO"], date(2026, 10, 1), "gone")
    return seeded


def payments(db):
    with db.engine.connect() as c:
        return c.exec_driver_sql(
            "SELECT c.code, p.date, p.currency, p.amount_minor, p.unallocated_minor, p.reference, p.source "
            "FROM payment p JOIN customer c ON c.id = p.customer_id ORDER BY p.id").all()


def open_of(db, number):
    with db.engine.connect() as c:
        return c.exec_driver_sql("SELECT open_minor, status FROM invoice WHERE number = ?", (number,)).one()


def count(db, table):
    with db.engine.connect() as c:
        return c.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one()


def test_mapping_chinese_and_canonical_headers():
    assert detect_mapping("payments", HEAD) == {
        "date": 0, "customer_code": 1, "currency": 2, "amount": 3, "invoice_number": 4, "reference": 5}
    canonical = ["date", "customer_code", "currency", "amount", "invoice_number", "reference"]
    assert detect_mapping("payments", canonical) == {f: i for i, f in enumerate(canonical)}
    # the payment date wins over an invoice date column; 参考号 over 备注
    m = detect_mapping("payments", ["开票日期", "收款日期", "客户", "金额", "备注", "参考号"])
    assert (m["date"], m["reference"], m["customer_code"]) == (1, 5, 2)


def test_happy_path_gbk_allocates_and_leaves_credit(ledger_db, write_csv, as_of):
    p = write_csv([HEAD,
                   ["2026/10/05", "C1", "CNY", "300.00", "A", "网银 001"],
                   ["2026年10月6日", "甲", "", "￥200", "", "预收"],           # by alias; customer's currency
                   ["2026-10-07", "Acme Ltd", "", "$99.90", "U", ""],        # by name; invoice's currency
                   ["2026-10-08", "C1", "RMB", "1,000.00", "", "bank 2"]], encoding="gbk")
    r = import_file(ledger_db, "payments", p, as_of=as_of)
    assert (r.new, r.unchanged, r.written) == (4, 0, True)
    assert r.plan.table.encoding in ("gb18030", "gbk")
    assert payments(ledger_db) == [
        ("C1", "2026-10-05", "CNY", 30000, 0, "网银 001", "import"),
        ("C1", "2026-10-06", "CNY", 20000, 20000, "预收", "import"),
        ("C2", "2026-10-07", "USD", 9990, 0, "", "import"),
        ("C1", "2026-10-08", "CNY", 100000, 100000, "bank 2", "import"),
    ]
    assert open_of(ledger_db, "A") == (70000, "partly_paid")
    assert open_of(ledger_db, "U") == (0, "paid")
    with ledger_db.engine.connect() as c:
        batch = c.exec_driver_sql("SELECT id, kind, rows_added FROM import_batch").one()
        assert batch[1:] == ("payments", 4)
        assert {x for (x,) in c.exec_driver_sql("SELECT import_batch_id FROM payment")} == {batch[0]}
        allocs = c.exec_driver_sql("SELECT payment_id, invoice_id, amount_minor, date, created_at FROM allocation "
                                   "WHERE payment_id IS NOT NULL ORDER BY id").all()
        assert [(a[0], a[2], a[3]) for a in allocs] == [(1, 30000, "2026-10-05"), (3, 9990, "2026-10-07")]
        at = c.exec_driver_sql("SELECT at FROM import_batch").scalar_one()
        assert all(a[4] == at for a in allocs)        # stamped with the batch (undo relies on it)
        audit = c.exec_driver_sql("SELECT entity, entity_id, field, before, after FROM audit_log "
                                  "WHERE reason LIKE 'import #%' ORDER BY id").all()
    assert ("payment", 1, "created", None, "300.00 CNY") in audit
    assert ("allocation", 1, "created", None, "payment 1 → A: 300.00") in audit
    assert ("invoice", 1, "open", "1000.00", "700.00") in audit
    assert ("payment", 4, "created", None, "1000.00 CNY") in audit


def test_every_bad_row_reported_nothing_written(ledger_db, write_csv, as_of, snap):
    p = write_csv([HEAD,
                   ["2026-10-01", "C9", "", "10", "", ""],           # 2 unknown customer
                   ["", "C1", "", "10", "", ""],                     # 3 date required
                   ["2026-13-45", "C1", "", "10", "", ""],           # 4 bad date
                   ["2026-12-01", "C1", "", "10", "", ""],           # 5 future date
                   ["2026-10-01", "C1", "XYZ", "10", "", ""],        # 6 unknown currency
                   ["2026-10-01", "C1", "", "10.555", "", ""],       # 7 decimals
                   ["2026-10-01", "C1", "", "ten", "", ""],          # 8 not an amount
                   ["2026-10-01", "C1", "", "0", "", ""],            # 9 zero
                   ["2026-10-01", "C1", "", "-5", "", ""],           # 10 negative
                   ["2026-10-01", "C1", "", "5", "NOPE", ""],        # 11 unknown invoice
                   ["2026-10-01", "C1", "", "5", "CN", ""],          # 12 a credit note
                   ["2026-10-01", "C1", "", "5", "X", ""],           # 13 cancelled
                   ["2026-10-01", "C1", "", "5", "WO", ""],          # 14 written off
                   ["2026-10-01", "C1", "", "5", "U", ""],           # 15 other customer
                   ["2026-10-01", "C1", "USD", "5", "A", ""],        # 16 currency mismatch
                   ["2026-09-30", "C1", "", "5", "B", ""],           # 17 before B was issued
                   ["2026-10-01", "C1", "", "5", "", "x" * 201],     # 18 reference too long
                   ["2026-10-01", "C1", "", "", "", ""],             # 19 amount required
                   ["2026-10-01", "", "", "5", "", ""],              # 20 customer required
                   ["2026-10-02", "C1", "", "5", "", "fine"]])       # 21 fine
    before = snap(ledger_db)
    plan = plan_import(ledger_db, "payments", read_table(p), as_of=as_of)
    got = [(e.row, e.column) for e in plan.errors]
    assert got == [(2, "客户编号"), (3, "回款日期"), (4, "回款日期"), (5, "回款日期"), (6, "币种"), (7, "收款金额"),
                   (8, "收款金额"), (9, "收款金额"), (10, "收款金额"), (11, "发票号码"), (12, "发票号码"),
                   (13, "发票号码"), (14, "发票号码"), (15, "发票号码"), (16, "币种"), (17, "回款日期"),
                   (18, "摘要"), (19, "收款金额"), (20, "客户编号")]
    texts = [e.text() for e in plan.errors]
    for fragment in ("Unknown customer C9", "A value is required", "2026-13-45 is not a valid date",
                     "The payment date 2026-12-01 is after 2026-11-23", "Unknown currency XYZ",
                     "10.555 has more decimals than CNY allows (2)", "ten is not an amount",
                     "The amount is zero", "-5 is negative", "Unknown invoice NOPE",
                     "CN is a credit note, not an invoice", "X is cancelled", "WO is written off",
                     "Invoice U belongs to customer C2, not C1", "Invoice A is in CNY; the payment is in USD",
                     "The payment date 2026-09-30 is before invoice B was issued (2026-10-01)",
                     "The reference is longer than 200 characters"):
        assert any(fragment in t for t in texts), fragment
    assert plan.new == 1 and plan.invalid == 19 and not plan.ok
    with pytest.raises(ImportRejected) as e:
        apply_import(ledger_db, plan)
    assert len(e.value.errors) == 19
    assert snap(ledger_db) == before


def test_over_allocation_across_rows_rejects_every_row_of_that_invoice(ledger_db, write_csv, as_of, tmp_path):
    p = write_csv([HEAD,
                   ["2026-10-01", "C1", "", "600", "A", "r1"],
                   ["2026-10-02", "C1", "", "400.01", "A", "r2"],     # 600 + 400.01 > 1000 open on A
                   ["2026-10-03", "C1", "", "500", "B", "r3"],        # exactly B's open: fine
                   ["2026-10-04", "C1", "", "600", "B", "r4"]])       # B again: 1100 > 500
    plan = plan_import(ledger_db, "payments", read_table(p), as_of=as_of)
    assert [(e.row, e.column) for e in plan.errors] == [(2, "收款金额"), (3, "收款金额"), (4, "收款金额"),
                                                        (5, "收款金额")]
    assert "The payments to A in rows 2, 3 add up to 1000.01, more than the 1000.00 still open on it." \
        in plan.errors[0].text()
    assert "rows 4, 5 add up to 1100.00" in plan.errors[2].text()
    # a single row over what is open, and a fully paid invoice
    p2 = write_csv([HEAD, ["2026-10-01", "C1", "", "1000.01", "A", ""]], name="one.csv")
    plan2 = plan_import(ledger_db, "payments", read_table(p2), as_of=as_of)
    assert "1000.01 is more than the 1000.00 still open on A." in plan2.errors[0].text()
    import_file(ledger_db, "payments", write_csv([HEAD, ["2026-10-01", "C1", "", "500", "B", "all"]],
                                                  name="pay-b.csv"), as_of=as_of)
    p3 = write_csv([HEAD, ["2026-10-02", "C1", "", "1", "B", "more"]], name="more.csv")
    plan3 = plan_import(ledger_db, "payments", read_table(p3), as_of=as_of)
    assert "Invoice B is already fully paid." in plan3.errors[0].text()


def test_only_valid_and_rejected_csv(ledger_db, write_csv, as_of, tmp_path):
    p = write_csv([HEAD,
                   ["2026-10-01", "C1", "", "600", "A", "ok"],
                   ["2026-10-02", "C9", "", "1", "", "bad"],
                   ["2026-10-03", "C1", "", "5", "", "ok too"]])
    r = import_file(ledger_db, "payments", p, as_of=as_of, only_valid=True)
    assert (r.new, r.invalid, r.written) == (2, 1, True)
    assert [x[5] for x in payments(ledger_db)] == ["ok", "ok too"]
    out = tmp_path / "rej.csv"
    assert write_rejected_csv(r.plan, out) == 1
    assert "Unknown customer C9" in out.read_text(encoding="utf-8-sig")


def test_reimport_is_unchanged_and_a_longer_file_adds_only_new_rows(ledger_db, write_csv, as_of, snap):
    rows = [["2026-10-01", "C1", "", "100", "A", "r1"],
            ["2026-10-01", "C1", "", "50", "", ""],
            ["2026-10-01", "C1", "", "50", "", ""]]                 # two equal payments: both imported
    p = write_csv([HEAD, *rows])
    r = import_file(ledger_db, "payments", p, as_of=as_of)
    assert r.new == 3
    assert [n.row for n in r.plan.notes] == [3]
    assert "Rows 3, 4 are identical" in r.plan.notes[0].message.format(**r.plan.notes[0].params)
    before = snap(ledger_db)
    r2 = import_file(ledger_db, "payments", p, as_of=as_of)
    assert (r2.new, r2.unchanged, r2.written, r2.batch_id) == (0, 3, False, None)
    assert snap(ledger_db) == before
    longer = write_csv([HEAD, *rows, ["2026-10-01", "C1", "", "50", "", ""], ["2026-10-09", "C1", "", "7", "A", "r9"]],
                       name="longer.csv")
    r3 = import_file(ledger_db, "payments", longer, as_of=as_of)
    assert (r3.new, r3.unchanged) == (2, 3)
    assert count(ledger_db, "payment") == 5
    assert open_of(ledger_db, "A") == (100000 - 10000 - 700, "partly_paid")


def test_reimport_after_allocating_and_undoing_in_ardesk(ledger_db, write_csv, as_of):
    p = write_csv([HEAD, ["2026-10-01", "C1", "", "100", "", "credit"],
                   ["2026-10-02", "C1", "", "200", "A", "pays A"]])
    import_file(ledger_db, "payments", p, as_of=as_of)
    with ledger_db.session() as s:
        L.allocate_payment(s, 1, 2, 10000, date(2026, 10, 5))             # the credit, applied to B by hand
        alloc = s.scalar(text("SELECT id FROM allocation WHERE payment_id = 2"))
        L.undo_allocation(s, alloc, "wrong invoice")                      # the import's own allocation undone
    r = import_file(ledger_db, "payments", p, as_of=as_of)
    assert (r.new, r.unchanged, r.conflicts) == (0, 2, 0)


def test_row_naming_an_invoice_its_equal_payment_never_went_to_is_a_conflict(ledger_db, write_csv, as_of):
    import_file(ledger_db, "payments", write_csv([HEAD, ["2026-10-01", "C1", "", "100", "", "r"]]), as_of=as_of)
    p = write_csv([HEAD, ["2026-10-01", "C1", "", "100", "A", "r"],        # same payment, now naming A
                   ["2026-10-02", "C1", "", "1", "", "new"]], name="second.csv")
    with pytest.raises(ImportRejected) as e:
        import_file(ledger_db, "payments", p, as_of=as_of)
    assert "is already in ARDesk but is not applied to A" in e.value.errors[0].text()
    r = import_file(ledger_db, "payments", p, as_of=as_of, only_valid=True)
    assert (r.new, r.conflicts, r.unchanged) == (1, 1, 0)
    assert open_of(ledger_db, "A") == (100000, "open")


def test_changes_between_check_and_write_refuse_the_import(ledger_db, write_csv, as_of, snap):
    p = write_csv([HEAD, ["2026-10-01", "C1", "", "100", "", "r"]])
    plan = plan_import(ledger_db, "payments", read_table(p), as_of=as_of)
    with ledger_db.session() as s:      # the same payment recorded meanwhile
        L.record_payment(s, customer_id=1, on=date(2026, 10, 1), currency="CNY", amount_minor=10000,
                         reference="r")
    before = snap(ledger_db)
    with pytest.raises(UserError, match="database changed"):
        apply_import(ledger_db, plan)
    assert snap(ledger_db) == before
    p2 = write_csv([HEAD, ["2026-10-01", "C1", "", "100", "A", "r2"]], name="a.csv")
    plan2 = plan_import(ledger_db, "payments", read_table(p2), as_of=as_of)
    with ledger_db.session() as s:      # A written off meanwhile
        W.write_off(s, W.invoice_id_by_number(s, "A"), date(2026, 11, 1), "insolvent")
    with pytest.raises(UserError, match="invoice A is now written_off"):
        apply_import(ledger_db, plan2)
    assert count(ledger_db, "allocation") == 0


def test_disputed_invoice_keeps_its_status_when_partly_paid(ledger_db, write_csv, as_of):
    with ledger_db.session() as s:
        L.set_dispute(s, W.invoice_id_by_number(s, "A"), True, "quality")
    import_file(ledger_db, "payments", write_csv([HEAD, ["2026-10-01", "C1", "", "100", "A", ""],
                                                   ["2026-10-01", "C1", "", "500", "B", ""]]), as_of=as_of)
    assert open_of(ledger_db, "A") == (90000, "disputed")
    assert open_of(ledger_db, "B") == (0, "paid")


def test_xlsx_with_date_cells_and_numbers(ledger_db, tmp_path, as_of):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["收款明细"])                                   # a title row above the header
    ws.append(["收款日期", "客户名称", "金额", "发票号", "备注"])
    ws.append([datetime(2026, 10, 3), "北京甲公司", 123.45, "A", "电汇"])
    ws.append([46300, "C1", 10, None, None])               # Excel serial 46300 = 2026-10-05
    path = tmp_path / "pay.xlsx"
    wb.save(path)
    r = import_file(ledger_db, "payments", path, as_of=as_of)
    assert r.new == 2
    assert payments(ledger_db) == [("C1", "2026-10-03", "CNY", 12345, 0, "电汇", "import"),
                                   ("C1", "2026-10-05", "CNY", 1000, 1000, "", "import")]


def test_missing_required_column(ledger_db, write_csv, as_of):
    p = write_csv([["回款日期", "客户编号", "备注"], ["2026-10-01", "C1", "x"]])
    plan = plan_import(ledger_db, "payments", read_table(p), as_of=as_of)
    assert plan.missing_fields == ["amount"]


def test_explicit_mapping_and_date_order(ledger_db, write_csv, as_of):
    p = write_csv([["when", "who", "how much"], ["03/10/2026", "C1", "5"]])
    opts = ImportOptions(mapping={"date": 0, "customer_code": 1, "amount": 2}, date_order="MDY")
    plan = plan_import(ledger_db, "payments", read_table(p, header_row=1), opts, as_of=as_of)
    assert plan.ok and plan.payments[0].date == date(2026, 3, 10)


def test_cancel_while_writing_rolls_back(ledger_db, write_csv, as_of, snap, monkeypatch):
    from app.services.importers import writing
    monkeypatch.setattr(writing, "CHUNK", 2)
    p = write_csv([HEAD, *[["2026-10-01", "C1", "", str(i + 1), "", f"r{i}"] for i in range(7)]])
    plan = plan_import(ledger_db, "payments", read_table(p), as_of=as_of)
    before = snap(ledger_db)
    prog = Progress()

    def cb(done, total, what):
        if what == "Writing" and done >= 4:
            prog.cancel()
    prog._callback = cb
    with pytest.raises(Cancelled):
        apply_import(ledger_db, plan, progress=prog)
    assert snap(ledger_db) == before
