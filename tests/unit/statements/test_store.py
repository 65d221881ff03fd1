"""Storing statements: nothing twice, genuine twins kept, refused files leave the DB unchanged."""

import hashlib
import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.models import AuditLog
from app.models.bank import BankLine, BankStatement
from app.services.statements.model import StatementError
from app.services.statements.store import (detect_format, import_statement, line_keys, list_lines,
                                           read_statement_file)
from app.storage.db import Database

REFUSED = {"cmxl_mt940.sta": "DEM", "ofxparse_fail_nice_decimal_error.ofx": "FITID 2000957249"}


@pytest.fixture
def db(tmp_path):
    d = Database.open(tmp_path / "bank.db", create=True)
    yield d
    d.close()


def counts(db):
    with db.read_session() as s:
        return (s.scalar(select(func.count()).select_from(BankStatement)),
                s.scalar(select(func.count()).select_from(BankLine)),
                s.scalar(select(func.count()).select_from(AuditLog)))


def db_sha(db):
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def mt940(lines_61_86: str, stmt="1") -> bytes:
    return (":20:STMT" + stmt + "\n:25:NL91ABNA0417164300\n:28C:" + stmt + "/1\n"
            ":60F:C261101EUR1000,00\n" + lines_61_86 + ":62F:C261130EUR1000,00\n-\n").encode()


PAY_A = ":61:2611051105C100,00NTRFNONREF\n:86:/NAME/ACME BV/REMI/INV-1\n"
PAY_B = ":61:2611061106C250,00NTRFNONREF\n:86:/NAME/BETA BV/REMI/INV-2\n"
PAY_C = ":61:2611071107C75,00NTRFNONREF\n:86:/NAME/GAMMA/REMI/INV-3\n"
REF_A = ":61:2611051105C100,00NTRFNONREF//BANKREF1\n:86:/NAME/ACME BV/REMI/INV-1\n"
REF_B = ":61:2611061106C250,00NTRFNONREF//BANKREF2\n:86:/NAME/BETA BV/REMI/INV-2\n"


def test_every_shared_sample_imports_or_is_refused_cleanly(samples_dir, tmp_path):
    files = sorted(f for f in (samples_dir / "statements").rglob("*")
                   if f.is_file() and f.suffix != ".md")
    assert len(files) > 20
    total = 0
    for i, f in enumerate(files):
        with Database.open(tmp_path / f"s{i}.db", create=True) as d:
            if f.name in REFUSED:
                before = counts(d)
                with pytest.raises(StatementError, match=REFUSED[f.name]) as exc:
                    import_statement(d, f)
                assert f.name in str(exc.value)
                assert counts(d) == before
                continue
            r = import_statement(d, f)
            n_file = sum(len(st.lines) for st in read_statement_file(f))
            assert r.lines_imported == n_file and r.lines_skipped_duplicates == 0, f.name
            assert not r.file_already_imported and r.statements >= 1
            again = import_statement(d, f)
            assert again.file_already_imported and again.lines_imported == 0
            assert again.lines_skipped_duplicates == n_file
            assert counts(d)[1] == n_file
            total += n_file
    assert total > 150


def test_detect_format(samples_dir):
    folder = samples_dir / "statements"
    for sub, fmt in (("camt", "camt"), ("mt940", "mt940"), ("ofx", "ofx"), ("cn-bank", "csv")):
        for f in (folder / sub).iterdir():
            assert detect_format(f.read_bytes(), f.name) == fmt, f.name


def test_overlapping_sample_files_add_only_new_lines(samples_dir, db):
    mt = samples_dir / "statements" / "mt940"
    full = import_statement(db, mt / "betterplace_sepa_mt9401.sta")
    snippet = import_statement(db, mt / "betterplace_sepa_snippet.sta")
    assert full.lines_imported > 0
    assert not snippet.file_already_imported
    assert snippet.lines_imported == 0 and snippet.lines_skipped_duplicates > 0


def test_same_file_twice_imports_nothing(tmp_path, db):
    f = tmp_path / "a.sta"
    f.write_bytes(mt940(PAY_A + REF_B))
    assert import_statement(db, f).lines_imported == 2
    after_first = counts(db)
    r = import_statement(db, f)
    assert (r.file_already_imported, r.lines_imported, r.lines_skipped_duplicates) == (True, 0, 2)
    assert counts(db) == after_first
    copy = tmp_path / "copy-of-a.sta"          # same bytes under another name: still the same file
    copy.write_bytes(f.read_bytes())
    assert import_statement(db, copy).file_already_imported


def test_overlapping_statements_add_only_new_lines(tmp_path, db):
    first, second = tmp_path / "nov1.sta", tmp_path / "nov2.sta"
    first.write_bytes(mt940(PAY_A + REF_B + PAY_B, "1"))
    second.write_bytes(mt940(REF_B + PAY_B + PAY_C + REF_A, "2"))   # other statement id and order
    assert import_statement(db, first).lines_imported == 3
    r = import_statement(db, second)
    assert (r.lines_imported, r.lines_skipped_duplicates, r.file_already_imported) == (2, 2, False)
    with db.engine.connect() as conn:
        lines = list_lines(conn)
    assert sorted(ln.amount_minor for ln in lines) == [7_500, 10_000, 10_000, 25_000, 25_000]
    assert {ln.bank_ref for ln in lines} >= {"BANKREF1", "BANKREF2"}


def test_genuine_twins_are_both_kept_and_not_added_again(tmp_path, db):
    one, later = tmp_path / "one.sta", tmp_path / "later.sta"
    one.write_bytes(mt940(PAY_A + PAY_A, "1"))
    later.write_bytes(mt940(PAY_A + PAY_C + PAY_A, "2"))
    assert import_statement(db, one).lines_imported == 2
    r = import_statement(db, later)
    assert (r.lines_imported, r.lines_skipped_duplicates) == (1, 2)
    more = tmp_path / "three.sta"                        # a third identical payment is new
    more.write_bytes(mt940(PAY_A + PAY_A + PAY_A, "3"))
    assert import_statement(db, more).lines_imported == 1


def test_a_bank_reference_repeated_with_other_content_keeps_both(tmp_path, db):
    f = tmp_path / "dup.sta"
    f.write_bytes(mt940(REF_A + REF_A.replace("C100,00", "C120,00"), "1"))
    r = import_statement(db, f)
    assert (r.lines_imported, r.lines_skipped_duplicates) == (2, 0)
    keys = line_keys(read_statement_file(f))[0]
    assert len(set(keys)) == 2


def test_repeated_bank_ref_of_cmxl_sample(samples_dir, tmp_path, db):
    # the sample is refused for its Deutsche Mark; in euros it shows a bank repeating ref 55555
    data = (samples_dir / "statements" / "mt940" / "cmxl_mt940.sta").read_bytes()
    f = tmp_path / "cmxl_eur.sta"
    f.write_bytes(data.replace(b"DEM", b"EUR"))
    n = sum(len(st.lines) for st in read_statement_file(f))
    r = import_statement(db, f)
    assert r.lines_imported == n and r.lines_skipped_duplicates == 0


def test_refused_file_leaves_database_unchanged(tmp_path, db):
    bad = tmp_path / "broken.sta"
    bad.write_bytes(mt940(PAY_A).replace(b"EUR", b"XYZ"))
    db.close()
    before = hashlib.sha256((tmp_path / "bank.db").read_bytes()).hexdigest()
    with Database.open(tmp_path / "bank.db") as d:
        with pytest.raises(StatementError, match="broken.sta"):
            import_statement(d, bad)
        with pytest.raises(StatementError, match="notes.txt"):
            (tmp_path / "notes.txt").write_text("hello, not a statement\n")
            import_statement(d, tmp_path / "notes.txt")
        with pytest.raises(StatementError, match="missing.sta"):
            import_statement(d, tmp_path / "missing.sta")
        assert counts(d) == (0, 0, 0)
    assert hashlib.sha256((tmp_path / "bank.db").read_bytes()).hexdigest() == before


def test_stored_values_status_filter_and_audit(tmp_path, db):
    f = tmp_path / "a.sta"
    f.write_bytes(mt940(REF_A.replace("NONREF//", "INV-9//")
                       + ":61:2611081108D30,50NTRFNONREF//FEE1\n:86:/REMI/FEES\n"))
    import_statement(db, f)
    with db.engine.connect() as conn:
        lines = list_lines(conn)
        assert list_lines(conn, "matched") == []
    credit, debit = lines
    assert (credit.bank_ref, credit.booking_date, credit.amount_minor, credit.currency,
            credit.counterparty_name, credit.remittance, credit.status) == (
        "BANKREF1", date(2026, 11, 5), 10_000, "EUR", "ACME BV", "INV-1", "unmatched")
    assert debit.amount_minor == -3_050 and credit.account == "NL91ABNA0417164300"
    assert ("customer_ref", "INV-9") in credit.extra and ("tx_type", "NTRF") in credit.extra
    with db.read_session() as s:
        audit = s.scalars(select(AuditLog)).all()
        stmt = s.scalars(select(BankStatement)).one()
    assert len(audit) == 1 and audit[0].entity == "bank_statement" and "2 lines imported" in audit[0].after
    assert stmt.opening_balance_minor == 100_000 and stmt.format == "mt940"


# ----------------------------------------------------------------------------- command line

def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_and_lines_json(tmp_path, capsys, db):
    db.close()
    f = tmp_path / "nov.sta"
    f.write_bytes(mt940(REF_A + PAY_B + ":61:2611081108D30,50NTRFNONREF//FEE1\n:86:/REMI/FEES\n"))
    dbp = str(tmp_path / "bank.db")
    code, out, err = run(capsys, "import", "statement", str(f), "--db", dbp)
    assert code == 0, err
    assert "3 lines imported" in out and "0 skipped" in out
    code, out, err = run(capsys, "import", "statement", str(f), "--db", dbp, "--format", "mt940")
    assert code == 0 and "nothing imported" in out and "3 lines skipped" in out
    code, out, err = run(capsys, "statement", "lines", "--json", "--db", dbp)
    assert code == 0, err
    rows = json.loads(out)
    assert [r["amount"] for r in rows] == ["100.00", "250.00", "-30.50"]
    first = rows[0]
    assert {k: first[k] for k in ("line_id", "booking_date", "value_date", "amount", "currency",
                                  "counterparty_name", "counterparty_account", "remittance",
                                  "status")} == {
        "line_id": "BANKREF1", "booking_date": "2026-11-05", "value_date": "2026-11-05",
        "amount": "100.00", "currency": "EUR", "counterparty_name": "ACME BV",
        "counterparty_account": "", "remittance": "INV-1", "status": "unmatched"}
    assert rows[1]["line_id"].startswith("MT-")
    code, out, _ = run(capsys, "statement", "lines", "--status", "ignored", "--json", "--db", dbp)
    assert code == 0 and json.loads(out) == []
    code, out, _ = run(capsys, "statement", "lines", "--db", dbp)
    assert code == 0 and "BANKREF1" in out and "-30.50" in out


def test_cli_bad_file_exits_2_naming_it(tmp_path, capsys, db):
    db.close()
    dbp = str(tmp_path / "bank.db")
    bad = tmp_path / "garbage.xml"
    bad.write_text("<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'><BkToCstm")
    code, out, err = run(capsys, "import", "statement", str(bad), "--db", dbp)
    assert code == 2 and "garbage.xml" in err and "Traceback" not in err
    good = tmp_path / "a.sta"
    good.write_bytes(mt940(REF_A))
    code, _, err = run(capsys, "import", "statement", str(good), "--db", dbp, "--format", "ofx")
    assert code == 2 and "a.sta" in err
    code, _, err = run(capsys, "import", "statement", str(good), "--db", dbp, "--mapping", "X")
    assert code == 2 and "no saved statement mapping named X" in err
    code, out, _ = run(capsys, "statement", "lines", "--json", "--db", dbp)
    assert json.loads(out) == []


def test_cli_check_writes_nothing_and_format_csv(samples_dir, tmp_path, capsys, db):
    db.close()
    dbp = str(tmp_path / "bank.db")
    icbc = samples_dir / "statements" / "cn-bank" / "icbc_debit_v2.csv"
    code, out, err = run(capsys, "import", "statement", str(icbc), "--db", dbp, "--check")
    assert code == 0 and "11 lines" in out and "nothing was written" in out
    code, out, _ = run(capsys, "statement", "lines", "--json", "--db", dbp)
    assert json.loads(out) == []
    code, out, err = run(capsys, "import", "statement", str(icbc), "--db", dbp, "--format", "csv")
    assert code == 0 and "11 lines imported" in out, err
    code, out, _ = run(capsys, "statement", "lines", "--json", "--db", dbp)
    rows = json.loads(out)
    assert len(rows) == 11 and {r["currency"] for r in rows} == {"CNY"}
