"""Fault 6, 1M-row files: a big invoices file is checked and written in parts, with bounded memory.

The streamed path (``read_table(..., stream_above=...)`` → ``plan_stream``) must keep every
promise of the loaded path: the same errors with the same messages (errors at the end of the
file, duplicates across part boundaries, conflicts with the database), the same decisions, the
same records written in one transaction, unchanged rows on a second import, the credit gate, the
customers-first plan, the rejected-rows file - and a file changed between the check and the
write is refused with nothing written. Small parts (``chunk_rows``) make the boundaries many.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.errors import ImportRejected, UserError
from app.services import customers as cs
from app.services.credit.gate import CreditGateRefused
from app.services.importers import (ImportOptions, apply_import, import_file, plan_import, read_table,
                                    write_rejected_csv)
from app.services.importers import plan_stream
from app.services.importers.table import PREVIEW_ROWS
from app.storage.db import Database

AS_OF = date(2026, 11, 23)
HEAD = ["发票号码", "客户编号", "开票日期", "到期日", "币种", "金额", "状态"]
TABLES = ("customer", "customer_alias", "invoice", "payment", "allocation", "audit_log", "import_batch")


def write(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig") -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def many(n: int, prefix: str = "S", customers: int = 3) -> list[list[object]]:
    return [[f"{prefix}{k:06d}", f"C{k % customers + 1}", f"2026-{k % 12 + 1:02d}-{k % 28 + 1:02d}", "", "",
             f"{k % 5000 + 1}.{k % 100:02d}", ""] for k in range(n)]


@pytest.fixture
def db(tmp_path):
    d = Database.open(tmp_path / "t.db", create=True)
    with d.session() as s:
        cs.create_customer(s, cs.CustomerData(code="C1", name="北京甲公司", terms_days=30, aliases=("甲",)))
        cs.create_customer(s, cs.CustomerData(code="C2", name="Acme Ltd", currency="USD", terms_days=45))
        cs.create_customer(s, cs.CustomerData(code="C3", name="Gamma", terms_days=60))
    yield d
    d.close()


def copy_db(db: Database, tmp_path: Path, name: str) -> Database:
    """A copy of ``db`` (closed for the copy; the caller opens the original again)."""
    db.close()
    shutil.copyfile(db.path, tmp_path / name)
    return Database.open(tmp_path / name)


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row the importers write, without the timestamps of the moment."""
    out = {}
    with db.engine.connect() as c:
        for t in TABLES:
            rows = c.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")
            keys = list(rows.keys())
            drop = {i for i, k in enumerate(keys) if k in ("created_at", "at")}
            out[t] = [tuple(v for i, v in enumerate(r) if i not in drop) for r in rows]
    return out


def plans(db, path: Path, chunk: int = 7, **kw):
    loaded = plan_import(db, "invoices", read_table(path), as_of=AS_OF, **kw)
    streamed = plan_import(db, "invoices", read_table(path, stream_above=0, chunk_rows=chunk), as_of=AS_OF, **kw)
    assert not loaded.table.streamed and streamed.table.streamed
    return loaded, streamed


def same_outcome(a, b) -> None:
    assert [e.text() for e in a.all_errors()] == [e.text() for e in b.all_errors()]
    assert [n.text() for n in a.notes] == [n.text() for n in b.notes]
    assert (a.new, a.unchanged, a.conflicts, a.invalid, a.rejected_count, a.error_count, a.row_count) == \
        (b.new, b.unchanged, b.conflicts, b.invalid, b.rejected_count, b.error_count, b.row_count)
    assert (a.date_order, a.decimal_mark) == (b.date_order, b.decimal_mark)
    assert [(c.customer_id, c.added) for c in a.credit_checks] == [(c.customer_id, c.added) for c in b.credit_checks]


def tricky_rows() -> list[list[object]]:
    rows = many(40)
    rows[3] = ["E-1", "C9", "2026-11-01", "", "", "x1", ""]                 # unknown customer, amount
    rows[8] = ["E-2", "C1", "2026-11-01", "2026-10-01", "", "10", ""]        # due before issue
    rows[13] = ["E-3", "C1", "2026-11-01", "", "XYZ", "10", ""]              # unknown currency
    rows[20] = ["E-4", "C1", "2026-11-01", "", "JPY", "10.5", ""]            # decimals
    rows[21] = ["", "C1", "yesterday", "", "", "0", ""]                      # several errors
    rows[27] = [rows[6][0], "C2", "2026-11-02", "", "", "5", ""]             # duplicate across parts
    rows[29] = ["P-1", "C1", "2026-11-01", "", "", "100", "paid"]            # paid, no date: a note
    rows[30] = ["N-1", "C3", "2026-11-01", "", "", "-20", ""]                # credit note
    rows[31] = ["W-1", "C1", "2026-11-01", "", "", "20", "written off"]
    rows[39] = ["LAST", "C1", "2026-11-31", "", "", "1", ""]                 # error on the last row
    return [HEAD] + rows


def test_same_errors_decisions_and_writes_as_a_loaded_file(db, tmp_path):
    p = write(tmp_path / "tricky.csv", tricky_rows())
    loaded, streamed = plans(db, p)
    same_outcome(loaded, streamed)
    texts = "\n".join(e.text() for e in streamed.errors)
    assert "appears more than once in the file (rows 8, 29)" in texts
    assert "row 41, column 开票日期: 2026-11-31 is not a valid date" in texts
    assert streamed.invoices == [] and streamed.stream is not None        # no record per row kept
    # the rejected-rows files are the same
    write_rejected_csv(loaded, tmp_path / "a.csv")
    write_rejected_csv(streamed, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    # all or nothing: nothing written with errors
    before = snapshot(db)
    with pytest.raises(ImportRejected) as e:
        apply_import(db, streamed)
    assert snapshot(db) == before and f"{loaded.error_count} row error(s)" in str(e.value)
    # the valid rows only: the same database either way
    other = copy_db(db, tmp_path, "other.db")
    db2 = Database.open(db.path)
    try:
        r1 = apply_import(db2, plan_import(db2, "invoices", read_table(p), as_of=AS_OF), only_valid=True)
        r2 = apply_import(other, plan_import(other, "invoices", read_table(p, stream_above=0, chunk_rows=5),
                                             as_of=AS_OF), only_valid=True)
        assert (r1.new, r1.credit_notes, r1.paid, r1.rejected) == (r2.new, r2.credit_notes, r2.paid, r2.rejected)
        assert r2.paid == 1 and r2.credit_notes == 1
        assert snapshot(db2) == snapshot(other)
        # importing the same file again changes nothing: every valid row is unchanged
        again = plan_import(other, "invoices", read_table(p, stream_above=0, chunk_rows=5), as_of=AS_OF)
        assert (again.new, again.unchanged) == (0, r2.new)
        before = snapshot(other)
        assert not apply_import(other, again, only_valid=True).written
        assert snapshot(other) == before
    finally:
        db2.close()
        other.close()


def test_errors_at_the_end_of_30k_rows_found_and_nothing_written(db, tmp_path):
    rows = many(30_000)
    rows[-1][5] = "abc"
    rows[-2][0] = rows[0][0]                         # duplicate of the first row, parts apart
    p = write(tmp_path / "big.csv", [HEAD] + rows)
    table = read_table(p, stream_above=0, chunk_rows=1000)
    assert table.streamed and len(table.rows) == PREVIEW_ROWS          # only the preview in memory
    plan = plan_import(db, "invoices", table, as_of=AS_OF)
    assert plan.row_count == 30_000 and plan.invoices == [] and not plan.ok
    assert [(e.row, e.column) for e in plan.errors] == [(2, "发票号码"), (30_000, "发票号码"), (30_001, "金额")]
    assert plan.new == 30_000 - 3 and plan.rejected_count == 3
    before = snapshot(db)
    with pytest.raises(ImportRejected):
        apply_import(db, plan)
    assert snapshot(db) == before
    r = apply_import(db, plan, only_valid=True)
    assert r.written and r.new == 29_997
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT COUNT(*) FROM invoice").scalar_one() == 29_997
        assert c.exec_driver_sql("SELECT rows_added, rows_rejected FROM import_batch").one() == (29_997, 3)
        assert c.exec_driver_sql("SELECT COUNT(*) FROM audit_log WHERE entity = 'invoice'").scalar_one() == 29_997


def test_only_the_first_errors_are_kept_the_count_and_the_rejected_file_have_all(db, tmp_path, monkeypatch):
    monkeypatch.setattr(plan_stream, "MAX_KEPT_ERRORS", 10)
    rows = many(500)
    for r in rows[::2]:
        r[1] = "NOBODY"
    p = write(tmp_path / "bad.csv", [HEAD] + rows)
    plan = plan_import(db, "invoices", read_table(p, stream_above=0, chunk_rows=64), as_of=AS_OF)
    assert len(plan.errors) == 10 and plan.error_count == 250 and plan.invalid == 250
    assert [e.row for e in plan.errors] == list(range(2, 22, 2))
    with pytest.raises(ImportRejected) as e:
        import_file(db, "invoices", p, as_of=AS_OF, stream_bytes=0)
    assert "250 row error(s), nothing was imported" in str(e.value)
    assert write_rejected_csv(plan, tmp_path / "rejected.csv") == 250
    out = list(csv.reader((tmp_path / "rejected.csv").open(encoding="utf-8-sig")))
    assert len(out) == 251 and out[1][-1].startswith("row 2, 客户编号: Unknown customer NOBODY")


def test_a_file_changed_between_reading_and_checking_is_refused(db, tmp_path):
    p = write(tmp_path / "f.csv", [HEAD] + many(3000))
    table = read_table(p, stream_above=0, chunk_rows=500)
    # same size and modification time, one amount changed: only the SHA-256 tells
    st = p.stat()
    original = p.read_bytes()
    data = original.replace(b",2.01,", b",9.01,", 1)
    assert len(data) == st.st_size and data != original
    p.write_bytes(data)
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns))
    with pytest.raises(UserError, match="was changed while ARDesk was reading it"):
        plan_import(db, "invoices", table, as_of=AS_OF)
    # a row appended: refused at once (size)
    p.write_bytes(original + b"X-1,C1,2026-11-01,,,5,\r\n")
    with pytest.raises(UserError, match="was changed"):
        plan_import(db, "invoices", table, as_of=AS_OF)


def test_what_was_checked_is_written_even_if_the_file_changes_afterwards(db, tmp_path):
    """As for a loaded file: the plan holds the checked records (in its temporary database), so
    a file edited after the check neither changes nor breaks the import; the batch keeps the
    SHA-256 of the content checked. The rejected-rows file needs the cells: refused cleanly."""
    rows = many(3000)
    rows[10][1] = "NOBODY"
    p = write(tmp_path / "f.csv", [HEAD] + rows)
    plan = plan_import(db, "invoices", read_table(p, stream_above=0, chunk_rows=500), as_of=AS_OF)
    checked_sha = plan.table.sha256
    p.write_bytes(b"number,customer\r\nsomething,else\r\n")
    with pytest.raises(UserError, match="was changed"):
        write_rejected_csv(plan, tmp_path / "r.csv")
    assert not (tmp_path / "r.csv").exists()
    r = apply_import(db, plan, only_valid=True)
    assert r.new == 2999
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT file_sha256 FROM import_batch").scalar_one() == checked_sha
        assert c.exec_driver_sql("SELECT COUNT(*) FROM invoice").scalar_one() == 2999


def test_the_database_changed_between_check_and_write(db, tmp_path):
    p = write(tmp_path / "f.csv", [HEAD] + many(50))
    plan = plan_import(db, "invoices", read_table(p, stream_above=0, chunk_rows=8), as_of=AS_OF)
    import_file(db, "invoices", write(tmp_path / "one.csv", [HEAD] + many(50)[20:21]), as_of=AS_OF)
    before = snapshot(db)
    with pytest.raises(UserError, match="changed"):
        apply_import(db, plan)
    assert snapshot(db) == before


def test_a_date_order_proved_late_in_the_file_is_applied_to_every_part(db, tmp_path):
    rows = [[f"D{k}", "C1", "02/03/2026", "", "", "1", ""] for k in range(30)]
    rows[25][2] = "02/13/2026"                       # proves month/day/year, after the first parts
    rows[26][2] = "03/14/2026"
    rows[27][2] = "13/02/2026"                       # contradicts it: an error, as for a loaded file
    p = write(tmp_path / "d.csv", [HEAD] + rows)
    loaded, streamed = plans(db, p, chunk=4)
    same_outcome(loaded, streamed)
    assert (streamed.date_order.order, streamed.date_order.source, streamed.date_order.example_row) == \
        ("MDY", "mixed", 27)
    assert [e.row for e in streamed.errors] == [29]
    # a comma decimal mark shown only further down is applied to the first rows as well
    rows = [[f"M{k}", "C1", "2026-11-01", "", "", "1.234", ""] for k in range(20)] + \
           [["M-last", "C1", "2026-11-01", "", "", "7,5", ""]]
    loaded, streamed = plans(db, write(tmp_path / "m.csv", [HEAD] + rows), chunk=4)
    same_outcome(loaded, streamed)
    assert streamed.decimal_mark.mark == ","
    r = apply_import(db, streamed)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT amount_minor FROM invoice WHERE number = 'M0'").scalar_one() == 123400


def test_credit_gate_and_customers_written_first(db, tmp_path):
    with db.session() as s:
        cs.create_customer(s, cs.CustomerData(code="LIM", name="Limited", terms_days=30, credit_limit_minor=100_00))
    customers = write(tmp_path / "c.csv", [["code", "name"], ["NEW1", "New one"], ["NEW2", "New two"]])
    cplan = plan_import(db, "customers", read_table(customers), as_of=AS_OF)
    rows = [[f"G{k}", ("LIM", "NEW1", "NEW2", "C1")[k % 4], "2026-11-01", "", "", "60", ""] for k in range(40)]
    p = write(tmp_path / "g.csv", [HEAD] + rows)
    loaded, streamed = plans(db, p, chunk=6, customers=cplan)
    same_outcome(loaded, streamed)
    assert [c.code for c in streamed.credit_checks] == ["LIM"]
    before = snapshot(db)
    with pytest.raises(CreditGateRefused):
        apply_import(db, streamed)
    assert snapshot(db) == before
    r = apply_import(db, streamed, credit_reason="Opening balances")
    assert r.written and r.new == 40 and r.customers_created == 2
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT COUNT(*) FROM invoice i JOIN customer c ON c.id = i.customer_id "
                                 "WHERE c.code IN ('NEW1', 'NEW2')").scalar_one() == 20
        assert c.exec_driver_sql("SELECT COUNT(*) FROM audit_log WHERE reason LIKE '%Opening balances%'"
                                 ).scalar_one() >= 1


def test_xlsx_is_streamed_too(db, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Invoices")
    ws.append(["Title of the report"])
    ws.append(HEAD)
    for r in many(120):
        ws.append([r[0], r[1], date.fromisoformat(r[2]), None, None, float(r[5]), None])
    ws.append(["X-BAD", "C1", "not a date", None, None, 3, None])
    p = tmp_path / "inv.xlsx"
    wb.save(p)
    loaded, streamed = plans(db, p, chunk=25)
    same_outcome(loaded, streamed)
    assert streamed.new == 120 and [e.row for e in streamed.errors] == [123]
    r = apply_import(db, streamed, only_valid=True)
    assert r.new == 120


def test_customers_and_payments_files_are_checked_whole(db, tmp_path):
    p = write(tmp_path / "c.csv", [["code", "name"]] + [[f"K{k}", f"Name {k}"] for k in range(30)])
    plan = plan_import(db, "customers", read_table(p, stream_above=0, chunk_rows=4), as_of=AS_OF)
    assert plan.new == 30 and not plan.table.streamed
    assert apply_import(db, plan).new == 30


def test_options_chosen_by_the_user_apply(db, tmp_path):
    rows = [[f"O{k}", "C1", "03/04/2026", "", "", "1", ""] for k in range(12)]
    p = write(tmp_path / "o.csv", [HEAD] + rows)
    t = read_table(p, stream_above=0, chunk_rows=5)
    plan = plan_import(db, "invoices", t, ImportOptions(date_order="MDY"), as_of=AS_OF)
    assert plan.date_order.source == "option"
    apply_import(db, plan)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT DISTINCT issue_date FROM invoice").scalar_one() == "2026-03-04"


# ------------------------------------------------------------------ hostile bytes, streamed

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

_VALID = "\r\n".join([",".join(HEAD)] + [",".join(r) for r in many(40)]).encode("utf-8")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(min_size=1, max_size=3000),
    st.tuples(st.integers(0, len(_VALID) - 1), st.binary(min_size=1, max_size=40)).map(
        lambda t: _VALID[:t[0]] + t[1] + _VALID[t[0] + len(t[1]):]),
    st.integers(1, len(_VALID) - 1).map(lambda n: _VALID[:n]),
    st.sampled_from([_VALID.decode().encode(e) for e in ("utf-16", "gb18030", "utf-16-le")])))
def test_hostile_bytes_give_only_user_errors_when_streamed(db, tmp_path, data):
    p = tmp_path / "h.csv"
    p.write_bytes(data)
    before = snapshot(db)
    try:
        table = read_table(p, stream_above=0, chunk_rows=7)
        plan = plan_import(db, "invoices", table, as_of=AS_OF)
        apply_import(db, plan)
    except UserError:
        assert snapshot(db) == before
        return
    with db.session() as s:       # a valid file was imported: take it back out for the next example
        s.connection().exec_driver_sql("DELETE FROM audit_log")
        s.connection().exec_driver_sql("DELETE FROM invoice")
        s.connection().exec_driver_sql("DELETE FROM import_batch")


def test_missing_required_column_is_reported_as_for_a_loaded_file(db, tmp_path):
    p = write(tmp_path / "m.csv", [HEAD[:5]] + [r[:5] for r in many(30)])      # no amount column
    messages = []
    for stream_bytes in (None, 0):
        with pytest.raises(ImportRejected) as e:
            import_file(db, "invoices", p, as_of=AS_OF, stream_bytes=stream_bytes)
        assert e.value.plan.missing_fields == ["amount"]
        messages.append((str(e.value), [x.text() for x in e.value.errors]))
    assert messages[0] == messages[1] and "1 row error(s)" in messages[0][0]


def test_cli_lists_the_first_errors_names_the_rest_and_writes_every_rejected_row(db, tmp_path, monkeypatch, capsys):
    from app.cli import main

    monkeypatch.setenv("ARDESK_STREAM_ABOVE", "0")
    monkeypatch.setattr(plan_stream, "MAX_KEPT_ERRORS", 4)
    rows = many(90)
    for r in rows[::3]:
        r[5] = "ten"
    p = write(tmp_path / "cli.csv", [HEAD] + rows)
    db.close()
    code = main(["import", "invoices", str(p), "--db", str(db.path), "--as-of", "2026-11-23",
                 "--rejected", str(tmp_path / "rej.csv")])
    _out, err = capsys.readouterr()
    assert code == 2
    assert err.count("ten is not an amount") == 4
    assert "… and 26 more error(s)" in err and "30 row error(s), nothing was imported" in err
    assert len(list(csv.reader((tmp_path / "rej.csv").open(encoding="utf-8-sig")))) == 31
    code = main(["import", "invoices", str(p), "--db", str(db.path), "--as-of", "2026-11-23", "--only-valid"])
    out, _err = capsys.readouterr()
    assert code == 0 and "60 new" in out and "30 row(s) with errors not imported" in out
