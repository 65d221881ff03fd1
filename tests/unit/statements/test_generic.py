"""Generic statement mapping: files written here (German CSV, XLSX with preamble, signed and
credit/debit amounts), synthesized references and twins, bad rows, saved mappings, the CLI, fuzzing."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.cli import main
from app.errors import ImportRejected, UserError, ValidationError
from app.models.bank import BankLine, BankStatement
from app.services.importers import ImportOptions, list_profiles, save_profile
from app.services.importers.profiles import ProfileError, save_profile_data
from app.services.statements.generic import (MappingIncomplete, StatementMapping, StatementRowsRejected,
                                             delete_statement_mapping, list_statement_mappings,
                                             load_statement_mapping, mapping_from_profile,
                                             parse_bank_table, parse_generic, parse_with_mapping,
                                             preview_statement, save_statement_mapping)
from app.services.statements.model import StatementError
from app.services.statements.store import detect_format, import_statement, read_statement_file
from app.storage.db import Database

from statement_fuzz import apply_edits, edits_for

GERMAN = (
    '"Kontonummer:";"DE44 5001 0517 5407 3249 31 / Girokonto";\n'
    '"Von:";"01.11.2026";\n'
    '"Kontostand vom 30.11.2026:";"12.345,67 EUR";\n'
    '\n'
    '"Buchungstag";"Valuta";"Buchungstext";"Auftraggeber / Begünstigter";"Verwendungszweck";'
    '"IBAN";"Betrag (EUR)";"Mandatsreferenz";\n'
    '"05.11.2026";"06.11.2026";"Gutschrift";"ACME GmbH";"RE 2026-0042";"DE89370400440532013000";'
    '"1.234,56";"";\n'
    '"07.11.26";"07.11.26";"Lastschrift";"Stadtwerke Köln";"Strom November";"DE02120300000000202051";'
    '"-89,90";"M-77";\n'
    '"30.11.2026";"30.11.2026";"Gutschrift";"Beta AG";"RE 2026-0050, RE 2026-0051";'
    '"DE75512108001245126199";"12.000";"";\n'
)


def write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def counts(db):
    with db.read_session() as s:
        return (s.scalar(select(func.count()).select_from(BankStatement)),
                s.scalar(select(func.count()).select_from(BankLine)))


# ----------------------------------------------------------------------------- detected headers

def test_german_semicolon_csv_detected_from_headers(tmp_path):
    f = write(tmp_path, "umsaetze.csv", GERMAN)
    pv = preview_statement(f)
    assert pv.complete and pv.table.header_row == 5
    assert pv.mapping.currency == "EUR"                      # from 'Betrag (EUR)'
    h = pv.table.headers
    assert [h[c] for c in pv.mapping.remittance] == ["Verwendungszweck", "Buchungstext"]
    assert "Mandatsreferenz" in pv.unmapped_columns
    [stmt] = parse_generic(f)
    assert stmt.format == "csv" and stmt.account == "DE44 5001 0517 5407 3249 31"
    assert stmt.currency == "EUR" and (stmt.period_start, stmt.period_end) == (date(2026, 11, 5),
                                                                              date(2026, 11, 30))
    a, b, c = stmt.lines
    assert (a.booking_date, a.value_date, a.amount_minor, a.counterparty_name, a.counterparty_account,
            a.remittance) == (date(2026, 11, 5), date(2026, 11, 6), 123_456, "ACME GmbH",
                              "DE89370400440532013000", "RE 2026-0042 Gutschrift")
    assert b.amount_minor == -8_990 and b.booking_date == date(2026, 11, 7)     # two-digit year
    assert c.amount_minor == 1_200_000                        # 12.000 in a comma-decimal file
    assert all(ln.bank_ref.startswith("SYN-") and len(ln.bank_ref) == 24 for ln in stmt.lines)


def test_format_csv_and_auto_fall_back_to_detected_headers(tmp_path, db):
    f = write(tmp_path, "umsaetze.csv", GERMAN)
    assert detect_format(f.read_bytes(), f.name) == "csv"
    assert len(parse_bank_table(f.read_bytes(), f.name)[0].lines) == 3
    r = import_statement(db, f, fmt="csv")
    assert (r.lines_imported, r.lines_skipped_duplicates) == (3, 0)
    with db.read_session() as s:
        assert s.scalar(select(BankStatement.account)) == "DE44 5001 0517 5407 3249 31"


def test_xlsx_with_preamble_chinese_headers_of_an_unlisted_bank(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某某商业银行 账户交易明细"])
    ws.append(["账号: 6222 0210 0101 2345", None, "币种: 人民币"])
    ws.append([])
    ws.append(["交易日期", "收入", "支出", "对方户名", "对方账号", "摘要", "附言", "交易流水号"])
    ws.append([datetime(2026, 11, 3, 9, 30), 12345.67, None, "北京甲公司", "1100 2233 4455",
               "货款", "INV-2026-001", "SN0001"])
    ws.append(["2026-11-04", None, 500, "物业公司", "", "物业费", "", "SN0002"])
    ws.append(["2026年11月05日", "88.00", "", "乙公司", "", "", "发票 12345678", ""])
    ws.append(["合计", 12433.67, 500])
    f = tmp_path / "明细.xlsx"
    wb.save(f)
    statements = read_statement_file(f, "csv")      # not ICBC/CCB/…: the detected headers read it
    [stmt] = statements
    assert stmt.account == "6222 0210 0101 2345" and stmt.currency == "CNY"
    a, b, c = stmt.lines
    assert (a.bank_ref, a.booking_date, a.amount_minor, a.counterparty_name, a.remittance) == (
        "SN0001", date(2026, 11, 3), 1_234_567, "北京甲公司", "INV-2026-001 货款")
    assert (b.bank_ref, b.amount_minor, b.booking_date) == ("SN0002", -50_000, date(2026, 11, 4))
    assert c.bank_ref.startswith("SYN-") and c.amount_minor == 8_800 and c.remittance == "发票 12345678"


def test_signed_amount_with_month_day_dates_and_currency_column(tmp_path):
    f = write(tmp_path, "export.csv",
              "Transaction ID,Date,Description,Amount,Currency,Payer\n"
              "T1,11/23/2026,Invoice 1001,\"1,500.00\",USD,Acme Inc\n"
              "T2,11/24/2026,Card fee,-2.50,usd,\n"
              "T3,12/01/2026,Invoice 1002,99,EUR,Beta Ltd\n")
    pv = preview_statement(f)
    assert pv.complete and pv.mapping.currency == ""
    [stmt] = parse_with_mapping(pv, pv.mapping)
    assert [(ln.bank_ref, ln.booking_date, ln.amount_minor, ln.currency) for ln in stmt.lines] == [
        ("T1", date(2026, 11, 23), 150_000, "USD"), ("T2", date(2026, 11, 24), -250, "USD"),
        ("T3", date(2026, 12, 1), 9_900, "EUR")]
    # the a/b/yyyy order can be forced: 11/23 and 11/24 are then no dates
    with pytest.raises(StatementRowsRejected) as exc:
        parse_with_mapping(pv, pv.mapping.with_options(date_order="DMY"))
    assert {e.row for e in exc.value.errors} == {2, 3}


def test_separate_credit_and_debit_columns(tmp_path):
    f = write(tmp_path, "money.csv",
              "Date;Details;Paid out;Paid in;Counterparty\n"
              "2026-11-02;Rent;1.200,00;;Landlord\n"
              "2026-11-03;INV-7;;350,25;Gamma SARL\n"
              "2026-11-04;Zero fee;0,00;;Bank\n")
    pv = preview_statement(f)
    assert pv.mapping.column("amount") is None and pv.mapping.column("credit") == 3
    assert pv.missing == ("currency_or_fixed",)
    with pytest.raises(MappingIncomplete, match="Currency"):
        parse_generic(f)
    [stmt] = parse_generic(f, mapping=pv.mapping.with_options(currency="GBP"))
    assert [ln.amount_minor for ln in stmt.lines] == [-120_000, 35_025, 0]
    assert stmt.currency == "GBP"


def test_amount_with_debit_credit_mark_column(tmp_path):
    f = write(tmp_path, "sh.csv",
              "Buchungstag;Umsatz;Soll/Haben;Währung;Verwendungszweck\n"
              "01.12.2026;100,00;H;EUR;RE-1\n"
              "02.12.2026;40,00;S;EUR;Gebühr\n"
              "03.12.2026;5,00;X;EUR;??\n")
    pv = preview_statement(f)
    assert pv.mapping.column("direction") == 2
    with pytest.raises(StatementRowsRejected) as exc:
        parse_with_mapping(pv, pv.mapping)
    [err] = exc.value.errors
    assert (err.row, err.column) == (4, "Soll/Haben") and "X" in err.text()
    f.write_text(f.read_text().replace(";X;", ";H;"))
    [stmt] = parse_generic(f)
    assert [ln.amount_minor for ln in stmt.lines] == [10_000, -4_000, 500]


def test_unrecognisable_headers_name_what_is_missing(tmp_path):
    f = write(tmp_path, "odd.csv", "Tag;Summe;Text;Konto\n01.12.2026;5,00;x;DE1\n")
    with pytest.raises(StatementError) as exc:
        read_statement_file(f, "csv")
    assert isinstance(exc.value, MappingIncomplete)
    msg = str(exc.value)
    assert "odd.csv" in msg and "Booking date" in msg and "Summe" in msg and "--mapping" in msg
    with pytest.raises(MappingIncomplete):
        read_statement_file(f)                                # auto: a table with a known column
    pv = preview_statement(f)
    assert set(pv.missing) == {"booking_date", "amount_or_credit_debit", "currency_or_fixed"}
    assert pv.unmapped_columns == ("Tag", "Summe", "Text")


# ----------------------------------------------------------------------------- references and twins

TWINS = ("Date,Amount,Currency,Name,Purpose\n"
         "2026-11-05,100.00,EUR,ACME,INV-1\n"
         "2026-11-05,100.00,EUR,ACME,INV-1\n"
         "2026-11-06,250.00,EUR,BETA,INV-2\n")


def test_synthesized_refs_keep_genuine_twins_and_dedupe_overlaps(tmp_path, db):
    first = write(tmp_path, "a.csv", TWINS)
    [stmt] = parse_generic(first)
    refs = [ln.bank_ref for ln in stmt.lines]
    assert len(set(refs)) == 3 and all(r.startswith("SYN-") for r in refs)
    assert refs == [ln.bank_ref for ln in parse_generic(first)[0].lines]        # stable
    assert import_statement(db, first, fmt="csv").lines_imported == 3
    later = write(tmp_path, "b.csv", TWINS.replace("Purpose\n", "Purpose\n2026-11-04,7.00,EUR,X,fee\n")
                  + "2026-11-07,1.00,EUR,GAMMA,INV-3\n")
    r = import_statement(db, later, fmt="csv")
    assert (r.lines_imported, r.lines_skipped_duplicates) == (2, 3)
    assert import_statement(db, write(tmp_path, "c.csv", TWINS + TWINS.split("\n", 1)[1])) \
        .lines_imported == 3                                  # third and fourth ACME, second BETA
    assert counts(db) == (3, 8)


# ----------------------------------------------------------------------------- bad rows

def test_bad_rows_are_all_listed_and_nothing_is_written(tmp_path, db):
    f = write(tmp_path, "bad.csv",
              "Buchungstag;Betrag;Währung;Verwendungszweck\n"
              "01.12.2026;100,00;EUR;ok\n"
              "31.02.2026;5,00;EUR;no such day\n"
              "02.12.2026;abc;EUR;not an amount\n"
              "03.12.2026;1,234;EUR;too many decimals\n"
              "04.12.2026;7,00;XYZ;unknown currency\n"
              ";8,00;EUR;no date at all\n")
    db.close()
    before = hashlib.sha256(db.path.read_bytes()).hexdigest()
    with Database.open(db.path) as d:
        with pytest.raises(StatementRowsRejected) as exc:
            import_statement(d, f, fmt="csv")
        assert counts(d) == (0, 0)
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == before
    assert isinstance(exc.value, ImportRejected) and isinstance(exc.value, StatementError)
    got = [(e.row, e.column) for e in exc.value.errors]
    assert got == [(3, "Buchungstag"), (4, "Betrag"), (5, "Betrag"), (6, "Währung"), (7, "Buchungstag")]
    texts = [e.text() for e in exc.value.errors]
    assert all(t.startswith("bad.csv, row ") for t in texts)
    assert "31.02.2026" in texts[0] and "1,234" in texts[2] and "XYZ" in texts[3]


def test_both_or_neither_credit_and_debit_is_an_error(tmp_path):
    f = write(tmp_path, "cd.csv", "交易日期,收入,支出,摘要\n2026-11-01,5.00,3.00,x\n2026-11-02,,,y\n"
                                  "2026-11-03,1.00,,z\n")
    with pytest.raises(StatementRowsRejected) as exc:
        parse_generic(f)
    assert [(e.row, e.column) for e in exc.value.errors] == [(2, "收入 / 支出"), (3, "收入 / 支出")]


def test_footer_rows_are_skipped(tmp_path):
    f = write(tmp_path, "f.csv", "Date,Amount,Currency\n2026-11-01,5.00,EUR\nTotal,5.00,\n"
                                 "Closing balance 2026-11-30,,\n")
    assert len(parse_generic(f)[0].lines) == 1


def test_own_account_column_splits_statements(tmp_path):
    f = write(tmp_path, "multi.csv",
              "Auftragskonto;Buchungstag;Betrag;Waehrung;Beguenstigter/Zahlungspflichtiger\n"
              "DE111;01.12.2026;1,00;EUR;A\nDE222;01.12.2026;2,00;EUR;B\nDE111;02.12.2026;3,00;EUR;C\n")
    sts = parse_generic(f)
    assert [(s.account, [ln.amount_minor for ln in s.lines]) for s in sts] == [
        ("DE111", [100, 300]), ("DE222", [200])]


# ----------------------------------------------------------------------------- saved mappings

CUSTOM = "Tag;Summe;Text;Gegenkonto;Name\n01.12.2026;5,00;RE-1;DE1;Acme\n02.12.2026;-1,50;Fee;;Bank\n"


def custom_mapping(pv):
    return (pv.mapping.with_column("booking_date", 0).with_column("amount", 1)
            .with_column("remittance", [2]).with_column("counterparty_account", 3)
            .with_column("counterparty_name", 4).with_options(currency="EUR", decimal_mark=","))


def test_profile_round_trip_by_header_text(tmp_path, db):
    f = write(tmp_path, "custom.csv", CUSTOM)
    pv = preview_statement(f)
    m = custom_mapping(pv)
    with db.session() as s:
        p = save_statement_mapping(s, " My bank ", pv.table.headers, m)
        save_profile(s, "invoices", "inv", ["Invoice number"], {"number": 0}, ImportOptions())
    assert p.name == "My bank" and p.mapping["remittance"] == ["Text"] and p.settings["currency"] == "EUR"
    with db.read_session() as s:
        loaded = load_statement_mapping(s, "My bank")
        assert [x.name for x in list_statement_mappings(s)] == ["My bank"]
        assert [x.name for x in list_profiles(s, "invoices")] == ["inv"]
        assert {x.kind for x in list_profiles(s)} == {"invoices", "statement"}
    # another file of the same layout, columns in another order
    g = write(tmp_path, "later.csv", "Name;Text;Tag;Gegenkonto;Summe\nZed;RE-9;03.12.2026;DE9;1.000,10\n")
    [stmt] = parse_generic(g, mapping=loaded)
    ln = stmt.lines[0]
    assert (ln.amount_minor, ln.counterparty_name, ln.counterparty_account, ln.remittance, ln.currency) == (
        100_010, "Zed", "DE9", "RE-9", "EUR")
    assert read_statement_file(g, "auto", loaded)[0].lines == stmt.lines
    assert mapping_from_profile(loaded, preview_statement(f, mapping=loaded).table) == m
    with pytest.raises(ProfileError, match="Summe"):
        parse_generic(write(tmp_path, "other.csv", "Tag;Betrag;Text\n01.12.2026;1;x\n"), mapping=loaded)
    with pytest.raises(ValidationError):
        read_statement_file(g, "mt940", loaded)
    with db.session() as s:
        assert delete_statement_mapping(s, "My bank") and not delete_statement_mapping(s, "My bank")
        with pytest.raises(ProfileError, match="no saved statement mapping"):
            load_statement_mapping(s, "My bank")


def test_untitled_or_repeated_headers_are_saved_by_position(tmp_path, db):
    f = write(tmp_path, "pos.csv", "Datum;Betrag;;Betrag;Waehrung\n01.12.2026;x;Text;5,00;EUR\n")
    pv = preview_statement(f)
    m = pv.mapping.with_column("amount", 3).with_column("remittance", [2])
    with db.session() as s:
        p = save_statement_mapping(s, "pos", pv.table.headers, m)
    assert p.mapping["amount"] == "#4" and p.mapping["remittance"] == ["#3"]
    [stmt] = parse_generic(f, mapping=p)
    assert stmt.lines[0].amount_minor == 500 and stmt.lines[0].remittance == "Text"


def test_damaged_profile_is_a_clean_error(tmp_path, db):
    f = write(tmp_path, "custom.csv", CUSTOM)
    with db.session() as s:
        p = save_profile_data(s, "statement", "broken", {"booking_date": 5, "remittance": "x"},
                              {"date_order": "YMD"})
    with pytest.raises(ProfileError, match="damaged"):
        parse_generic(f, mapping=p)


def test_mapping_checks(tmp_path):
    f = write(tmp_path, "custom.csv", CUSTOM)
    pv = preview_statement(f)
    m = custom_mapping(pv)
    for bad, text in ((m.with_column("credit", 3).with_column("debit", 4), "one or the other"),
                      (m.with_column("amount", None).with_column("credit", 1), "both a credit"),
                      (m.with_column("amount", 9), "column 10"),
                      (m.with_options(currency="EURO"), "EURO")):
        with pytest.raises(StatementError, match=text):
            parse_with_mapping(pv, bad)


# ----------------------------------------------------------------------------- command line

def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_mapping_save_import_check_list_delete(tmp_path, capsys, db):
    db.close()
    dbp = str(db.path)
    f = write(tmp_path, "custom.csv", CUSTOM)
    code, _, err = run(capsys, "import", "statement", str(f), "--db", dbp, "--format", "csv")
    assert code == 2 and "Booking date" in err and "statement mapping save" in err
    code, out, err = run(capsys, "statement", "mapping", "save", "Hausbank", str(f), "--db", dbp,
                         "--booking-date", "tag", "--amount", "Summe", "--remittance", "Text",
                         "--counterparty-name", "Name", "--counterparty-account", "#4",
                         "--fixed-currency", "EUR", "--decimal-mark", ",")
    assert code == 0, err
    assert "Hausbank" in out and "2 lines" in out and "Summe" in out
    code, out, err = run(capsys, "statement", "mapping", "save", "X", str(f), "--db", dbp,
                         "--amount", "Nope")
    assert code == 2 and "Nope" in err and "Summe" in err
    code, out, _ = run(capsys, "statement", "mapping", "list", "--json", "--db", dbp)
    [saved] = json.loads(out)
    assert saved["name"] == "Hausbank" and saved["mapping"]["counterparty_account"] == "Gegenkonto"
    code, out, err = run(capsys, "import", "statement", str(f), "--db", dbp, "--mapping", "Hausbank",
                         "--check")
    assert code == 0 and "2 lines" in out and "nothing was written" in out, err
    code, out, err = run(capsys, "import", "statement", str(f), "--db", dbp, "--mapping", "Hausbank")
    assert code == 0 and "2 lines imported" in out, err
    code, out, _ = run(capsys, "statement", "lines", "--json", "--db", dbp)
    rows = json.loads(out)
    assert [(r["amount"], r["currency"], r["counterparty_name"], r["remittance"]) for r in rows] == [
        ("5.00", "EUR", "Acme", "RE-1"), ("-1.50", "EUR", "Bank", "Fee")]
    assert all(r["line_id"].startswith("SYN-") for r in rows)
    bad = write(tmp_path, "bad.csv", "Tag;Summe;Text;Gegenkonto;Name\n99.99.2026;5,00;a;;\n"
                                     "01.12.2026;zz;b;;\n")
    code, out, err = run(capsys, "import", "statement", str(bad), "--db", dbp, "--mapping", "Hausbank")
    assert code == 2 and "bad.csv, row 2, column Tag" in err and "bad.csv, row 3, column Summe" in err
    assert "Traceback" not in err
    code, out, _ = run(capsys, "statement", "mapping", "delete", "Hausbank", "--db", dbp)
    assert code == 0 and "Hausbank" in out
    code, _, err = run(capsys, "statement", "mapping", "delete", "Hausbank", "--db", dbp)
    assert code == 2 and "Hausbank" in err
    code, out, _ = run(capsys, "statement", "lines", "--json", "--db", dbp)
    assert len(json.loads(out)) == 2


# ----------------------------------------------------------------------------- fuzzing

VALID = GERMAN.encode("utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits_for(VALID))
def test_fuzz_detected_mapping_only_raises_user_errors(edits):
    data = apply_edits(VALID, edits)
    try:
        for stmt in parse_generic(data, "f.csv"):
            assert stmt.lines and all(isinstance(ln.amount_minor, int) for ln in stmt.lines)
    except UserError:
        pass


CUSTOM_VALID = CUSTOM.encode("utf-8")
CUSTOM_MAPPING = StatementMapping(columns={"booking_date": 0, "amount": 1, "counterparty_name": 4},
                                  remittance=(2, 3), currency="EUR", decimal_mark=",")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits_for(CUSTOM_VALID), st.sampled_from(["auto", "DMY", "MDY"]))
def test_fuzz_given_mapping_only_raises_user_errors(edits, order):
    data = apply_edits(CUSTOM_VALID, edits)
    try:
        parse_generic(data, "f.csv", mapping=CUSTOM_MAPPING.with_options(date_order=order))
    except UserError:
        pass


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_fuzz_random_bytes(data):
    try:
        parse_generic(data, "r.csv")
    except UserError:
        pass


def _xlsx_bytes() -> bytes:
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Bank X"])
    ws.append(["交易日期", "收入", "支出", "对方户名", "摘要"])
    ws.append([datetime(2026, 11, 3), 12.5, None, "甲", "x"])
    ws.append(["2026-11-04", None, 3, "乙", "y"])
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


XLSX_VALID = _xlsx_bytes()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits_for(XLSX_VALID))
def test_fuzz_xlsx_only_raises_user_errors(edits):
    try:
        parse_generic(apply_edits(XLSX_VALID, edits), "f.xlsx")
    except UserError:
        pass
