"""The command line: same services, JSON contract, exit codes 0 / 2 / 1."""

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
        c1 = cs.create_customer(s, cs.CustomerData(code="C1", name="北京甲公司", terms_days=30,
                                                   credit_limit_minor=1_000_000, aliases=("甲", "Jia")))
        c2 = cs.create_customer(s, cs.CustomerData(code="C2", name="Acme & <Sons> Ltd", currency="USD"))
        i1 = L.create_invoice(s, L.InvoiceData("INV-1", c1, date(2026, 9, 1), "CNY", 123_450))
        L.create_invoice(s, L.InvoiceData("INV-2", c1, date(2026, 11, 20), "CNY", 50_000))
        i3 = L.create_invoice(s, L.InvoiceData("INV-3", c2, date(2026, 8, 1), "USD", 99_999))
        pay = L.record_payment(s, customer_id=c2, on=date(2026, 9, 1), currency="USD", amount_minor=99_999)
        L.allocate_payment(s, pay, i3, 99_999, date(2026, 9, 1))
        pay = L.record_payment(s, customer_id=c1, on=date(2026, 10, 1), currency="CNY", amount_minor=23_450)
        L.allocate_payment(s, pay, i1, 23_450, date(2026, 10, 1))
    return p


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_invoices_json_contract(dbfile, capsys):
    code, out, _ = run(capsys, "invoices", "list", "--json", "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0
    rows = {r["number"]: r for r in json.loads(out)}
    assert set(rows) == {"INV-1", "INV-2", "INV-3"}
    r = rows["INV-1"]
    assert r == {**r, "customer_code": "C1", "issue_date": "2026-09-01", "due_date": "2026-10-01",
                 "currency": "CNY", "amount": "1234.50", "open_amount": "1000.00",
                 "status": "partly_paid", "days_overdue": 53}
    assert rows["INV-3"]["status"] == "paid" and rows["INV-3"]["open_amount"] == "0.00"


@pytest.mark.parametrize("status,expected", [
    ("open", {"INV-1", "INV-2"}), ("overdue", {"INV-1"}), ("paid", {"INV-3"}),
    ("all", {"INV-1", "INV-2", "INV-3"}),
])
def test_invoice_status_filter(dbfile, capsys, status, expected):
    # --db after the subcommand and before it both work
    code, out, _ = run(capsys, "--db", str(dbfile), "invoices", "list", "--status", status, "--json",
                       "--as-of", AS_OF)
    assert code == 0
    assert {r["number"] for r in json.loads(out)} == expected


def test_customers_json(dbfile, capsys):
    code, out, _ = run(capsys, "customers", "list", "--json", "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0
    rows = {r["code"]: r for r in json.loads(out)}
    assert rows["C1"]["open_balance"] == "1500.00"
    assert rows["C1"]["overdue_balance"] == "1000.00"
    assert rows["C1"]["oldest_overdue_days"] == 53
    assert rows["C1"]["credit_limit"] == "10000.00"
    assert rows["C1"]["aliases"] == ["甲", "Jia"]
    assert rows["C2"]["name"] == "Acme & <Sons> Ltd" and rows["C2"]["open_balance"] == "0.00"


def test_text_tables(dbfile, capsys):
    code, out, _ = run(capsys, "customers", "list", "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0 and "北京甲公司" in out and "1,500.00" in out
    code, out, _ = run(capsys, "invoices", "list", "--db", str(dbfile), "--as-of", AS_OF)
    assert code == 0 and "INV-2" in out and "1,234.50" in out


def test_backup_restore_verify(dbfile, tmp_path, capsys):
    bk = tmp_path / "b" / "copy.db"
    code, out, _ = run(capsys, "backup", str(bk), "--db", str(dbfile))
    assert code == 0 and bk.exists() and "2 customers" in out
    code, out, _ = run(capsys, "verify", "--db", str(dbfile))
    assert code == 0 and "integrity ok" in out
    code, out, _ = run(capsys, "restore", str(bk), "--db", str(dbfile))
    assert code == 0 and "Restored" in out


def test_user_errors_exit_2_without_traceback(tmp_path, capsys, dbfile):
    code, _, err = run(capsys, "customers", "list", "--db", str(tmp_path / "missing.db"))
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    code, _, err = run(capsys, "invoices", "list", "--customer", "NOPE", "--db", str(dbfile))
    assert code == 2 and "NOPE" in err
    garbage = tmp_path / "g.db"
    garbage.write_bytes(b"nope")
    code, _, err = run(capsys, "restore", str(garbage), "--db", str(dbfile))
    assert code == 2 and "not an ARDesk" in err


def test_locked_database_exit_2(dbfile, capsys):
    with Database.open(dbfile):
        code, _, err = run(capsys, "customers", "list", "--db", str(dbfile))
    assert code == 2 and "already open" in err


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as ei:
        main(["invoices", "list", "--status", "bogus"])
    assert ei.value.code == 2
    with pytest.raises(SystemExit) as ei:
        main(["customers", "list", "--as-of", "23/11/2026"])
    assert ei.value.code == 2


def test_bug_exits_1_and_saves_log(dbfile, capsys, monkeypatch):
    import app.services.queries as q
    monkeypatch.setattr(q, "customer_rows", lambda *a, **k: 1 / 0)
    code, _, err = run(capsys, "customers", "list", "--db", str(dbfile))
    assert code == 1 and "ZeroDivisionError" in err and "bug" in err


def _write(path, text, encoding="utf-8-sig"):
    path.write_text(text, encoding=encoding)
    return path


def test_import_via_cli_all_or_nothing_and_idempotent(tmp_path, capsys):
    db = tmp_path / "imp.db"
    Database.open(db, create=True).close()
    cust = _write(tmp_path / "客户.csv", "客户编号,客户名称,别名,币种,账期(天)\n"
                  "K1,杭州乙公司,乙|Yi Co,人民币,30\nK2,Beta GmbH,,EUR,45\n", "gb18030")
    code, out, err = run(capsys, "import", "customers", str(cust), "--db", str(db), "--as-of", AS_OF)
    assert code == 0, err
    bad = _write(tmp_path / "inv.csv", "number;customer_code;issue_date;due_date;currency;amount\n"
                 "A-1;K1;2026-10-01;;CNY;1.234,50\n"
                 "A-2;NOPE;2026-10-01;;CNY;10,00\n"
                 "A-3;K2;2026-10-05;2026-10-01;EUR;5,00\n")
    code, out, err = run(capsys, "import", "invoices", str(bad), "--db", str(db), "--as-of", AS_OF,
                         "--rejected", str(tmp_path / "rejected.csv"))
    assert code == 2
    assert "inv.csv, row 3" in err and "NOPE" in err
    assert "inv.csv, row 4" in err
    code, out, _ = run(capsys, "invoices", "list", "--json", "--db", str(db))
    assert json.loads(out) == []          # nothing was written
    code, out, err = run(capsys, "import", "invoices", str(bad), "--db", str(db), "--as-of", AS_OF,
                         "--only-valid", "--rejected", str(tmp_path / "rejected.csv"))
    assert code == 0, err
    rejected = (tmp_path / "rejected.csv").read_text(encoding="utf-8-sig")
    assert "A-2" in rejected and "A-3" in rejected and "A-1" not in rejected
    code, out, _ = run(capsys, "invoices", "list", "--json", "--db", str(db))
    rows = json.loads(out)
    assert [(r["number"], r["amount"], r["due_date"]) for r in rows] == [("A-1", "1234.50", "2026-10-31")]
    code, out, err = run(capsys, "import", "invoices", str(bad), "--db", str(db), "--as-of", AS_OF,
                         "--only-valid")
    assert code == 0
    code, out2, _ = run(capsys, "invoices", "list", "--json", "--db", str(db))
    assert json.loads(out2) == rows        # the same file again changes nothing


def test_cli_messages_in_chinese_leave_qt_application_free(tmp_path):
    """The terminal translator must not create a QCoreApplication (the window needs its own)."""
    import subprocess
    import sys
    code = ("import app.cli as c; from PySide6.QtCore import QCoreApplication;"
            "print(c.tr('Cancelled; nothing was changed.'));"
            "print(QCoreApplication.instance() is None)")
    env = {**__import__('os').environ, "LANG": "zh_CN.UTF-8", "ARDESK_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         cwd=str(__import__('pathlib').Path(__file__).resolve().parents[2]), check=True)
    lines = out.stdout.splitlines()
    assert lines[0] != "Cancelled; nothing was changed." and "取消" in lines[0]
    assert lines[1] == "True"
