"""CLI: import payments, writeoff / writeoff reverse, rates import|set|remove|list — exit codes 0 / 2."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from app.services import customers as cs
from app.services import ledger as L
from app.storage.db import Database

AS_OF = "2026-11-23"


@pytest.fixture
def dbfile(tmp_path):
    p = tmp_path / "cli.db"
    with Database.open(p, create=True) as d, d.session() as s:
        c1 = cs.create_customer(s, cs.CustomerData(code="C1", name="北京甲公司", terms_days=30))
        L.create_invoice(s, L.InvoiceData("INV-1", c1, date(2026, 9, 1), "CNY", 100000))
        L.create_invoice(s, L.InvoiceData("INV-2", c1, date(2026, 9, 1), "CNY", 50000))
    return p


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rows(dbfile, sql):
    with Database.open(dbfile) as d, d.engine.connect() as c:
        return c.exec_driver_sql(sql).all()


def test_import_payments_ok_errors_rejected_and_check(dbfile, tmp_path, capsys):
    good = tmp_path / "pay.csv"
    good.write_text("date,customer_code,currency,amount,invoice_number,reference\n"
                    "2026-10-01,C1,CNY,300.00,INV-1,wire 1\n2026-10-02,C1,CNY,50,,advance\n", encoding="utf-8")
    code, out, _ = run(capsys, "import", "payments", str(good), "--db", str(dbfile), "--as-of", AS_OF, "--check")
    assert code == 0 and "2 new (not written)" in out
    assert rows(dbfile, "SELECT COUNT(*) FROM payment") == [(0,)]
    code, out, _ = run(capsys, "import", "payments", str(good), "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0 and "2 new" in out
    assert rows(dbfile, "SELECT open_minor, status FROM invoice WHERE number = 'INV-1'") == [(70000, "partly_paid")]
    code, out, _ = run(capsys, "import", "payments", str(good), "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0 and "0 new (not written), 2 unchanged" in out

    bad = tmp_path / "bad.csv"
    bad.write_text("回款日期,客户编号,金额,发票号码\n2026-10-03,C1,900,INV-2\n2026-10-03,C1,1,INV-2\n"
                   "2026-10-04,C9,1,\n", encoding="utf-8")
    rejected = tmp_path / "rej.csv"
    code, _, err = run(capsys, "import", "payments", str(bad), "--db", str(dbfile), "--as-of", AS_OF,
                       "--rejected", str(rejected))
    assert code == 2
    assert "bad.csv, row 2, column 金额: The payments to INV-2 in rows 2, 3 add up to 901.00" in err
    assert "bad.csv, row 4, column 客户编号: Unknown customer C9" in err
    assert rejected.exists() and rows(dbfile, "SELECT COUNT(*) FROM payment") == [(2,)]


def test_writeoff_and_reverse(dbfile, capsys):
    code, out, _ = run(capsys, "writeoff", "INV-1", "--reason", "insolvent", "--date", "2026-11-10",
                       "--db", str(dbfile))
    assert code == 0 and "Wrote off 1,000.00 CNY on INV-1, dated 2026-11-10." in out
    assert rows(dbfile, "SELECT date, amount_minor, reason FROM write_off") == [("2026-11-10", 100000, "insolvent")]
    code, _, err = run(capsys, "writeoff", "INV-1", "--reason", "again", "--db", str(dbfile))
    assert code == 2 and "INV-1 is already written off." in err
    code, out, _ = run(capsys, "writeoff", "reverse", "INV-1", "--reason", "paid after all", "--db", str(dbfile))
    assert code == 0 and "1,000.00 CNY is open again" in out
    assert rows(dbfile, "SELECT open_minor, status FROM invoice WHERE number = 'INV-1'") == [(100000, "open")]
    code, _, err = run(capsys, "writeoff", "reverse", "INV-1", "--reason", "x", "--db", str(dbfile))
    assert code == 2 and "INV-1 is not written off." in err
    # the default date is --as-of
    code, _, _ = run(capsys, "writeoff", "INV-2", "--reason", "gone", "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0 and rows(dbfile, "SELECT MAX(date) FROM write_off") == [(AS_OF,)]


@pytest.mark.parametrize("argv,fragment", [
    (["writeoff", "NOPE", "--reason", "x"], "Unknown invoice NOPE"),
    (["writeoff", "INV-1", "--reason", "x", "--date", "2026-08-01"], "before INV-1 was issued"),
    (["writeoff", "INV-1", "--reason", "  "], "Give a reason for the write-off."),
    (["writeoff", "a", "b", "c", "--reason", "x"], "Give one invoice number"),
    (["writeoff", "reverse", "INV-1", "--reason", "x", "--date", "2026-11-01"], "--date does not apply"),
    (["rates", "set", "2026-11-01", "CNY", "1"], "CNY is the home currency"),
    (["rates", "set", "2026-11-01", "USD", "0"], "greater than zero"),
    (["rates", "set", "2026-11-01", "XYZ", "7"], "Unknown currency XYZ"),
    (["rates", "remove", "2026-11-01", "USD"], "There is no rate of USD on 2026-11-01."),
])
def test_user_errors_exit_2(dbfile, capsys, argv, fragment):
    code, _, err = run(capsys, *argv, "--db", str(dbfile))
    assert code == 2
    assert fragment in err


def test_writeoff_requires_reason_argument(dbfile, capsys):
    with pytest.raises(SystemExit) as e:
        main(["writeoff", "INV-1", "--db", str(dbfile)])
    assert e.value.code == 2
    with pytest.raises(SystemExit):
        main(["rates", "set", "2026-11-01", "USD", "seven", "--db", str(dbfile)])


def test_rates_set_list_import_remove(dbfile, tmp_path, capsys):
    code, out, _ = run(capsys, "rates", "set", "2026-11-01", "usd", "7.1234", "--db", str(dbfile))
    assert code == 0 and "USD on 2026-11-01: 7.1234" in out
    code, out, _ = run(capsys, "rates", "set", "2026-11-01", "USD", "7.12340", "--db", str(dbfile))
    assert code == 0 and "(unchanged)" in out
    f = tmp_path / "rates.csv"
    f.write_text("日期,币种,汇率\n2026-11-02,USD,7.2\n2026-11-02,EUR,7.85\n", encoding="utf-8")
    code, out, _ = run(capsys, "rates", "import", str(f), "--db", str(dbfile))
    assert code == 0 and "2 new rate(s)" in out
    code, out, _ = run(capsys, "rates", "import", str(f), "--db", str(dbfile))
    assert code == 0 and "0 new rate(s) (not written), 2 unchanged" in out
    code, out, _ = run(capsys, "rates", "list", "--json", "--db", str(dbfile))
    assert code == 0
    assert json.loads(out) == [
        {"date": "2026-11-02", "currency": "EUR", "rate": "7.85", "home_currency": "CNY", "source": "import"},
        {"date": "2026-11-01", "currency": "USD", "rate": "7.1234", "home_currency": "CNY", "source": "manual"},
        {"date": "2026-11-02", "currency": "USD", "rate": "7.2", "home_currency": "CNY", "source": "import"}]
    code, out, _ = run(capsys, "rates", "list", "--currency", "eur", "--db", str(dbfile))
    assert code == 0 and "7.85" in out and "7.2" not in out
    bad = tmp_path / "bad.csv"
    bad.write_text("date,currency,rate\n2026-11-02,USD,7.3\n", encoding="utf-8")
    code, _, err = run(capsys, "rates", "import", str(bad), "--db", str(dbfile))
    assert code == 2 and "bad.csv, row 2, column rate: The rate of USD on 2026-11-02 is 7.2 in ARDesk" in err
    code, out, _ = run(capsys, "rates", "remove", "2026-11-02", "eur", "--db", str(dbfile))
    assert code == 0 and "Removed the rate of EUR on 2026-11-02." in out
