"""The dunning commands end to end, and the exact JSON contract of ``dunning run --json``."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from app.services import customers as cs
from app.services import ledger as L
from app.services.dunning import DunningSettings, save_settings
from app.storage.db import Database


@pytest.fixture
def dbp(tmp_path):
    p = tmp_path / "dn.db"
    with Database.open(p, create=True) as d, d.session() as s:
        # the standard ladder whatever grade the credit scores give
        save_settings(s, DunningSettings(grade_ladders={g: "standard" for g in "ABCD"}))
        a = cs.create_customer(s, cs.CustomerData(code="ACME", name="Acme & Co <Ltd>", language="en"))
        b = cs.create_customer(s, cs.CustomerData(code="HUA", name="华东贸易有限公司"))
        L.create_invoice(s, L.InvoiceData("INV-1", a, date(2026, 9, 1), "CNY", 123_456,
                                          due_date=date(2026, 10, 9)))
        L.create_invoice(s, L.InvoiceData("INV-2", a, date(2026, 10, 1), "CNY", 50_000,
                                          due_date=date(2026, 11, 26)))
        L.create_invoice(s, L.InvoiceData("HD-7", b, date(2026, 9, 1), "CNY", 1_000_000,
                                          due_date=date(2026, 11, 8)))
    return p


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_run_json_contract(dbp, capsys):
    code, out, err = run(capsys, "dunning", "run", "--db", dbp, "--as-of", "2026-11-23", "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "as_of": "2026-11-23",
        "proposals": [
            {"customer_code": "ACME", "stage": 2, "action": "phone",
             "invoices": [{"number": "INV-1", "days_overdue": 45, "open_amount": "1234.56", "stage": 2},
                          {"number": "INV-2", "days_overdue": -3, "open_amount": "500.00", "stage": 1}],
             "fee": "0.00", "interest": "0.00", "total_due": "1734.56"},
            # 15 days overdue but never dunned: the first overdue stage, not the demand letter
            {"customer_code": "HUA", "stage": 2, "action": "phone",
             "invoices": [{"number": "HD-7", "days_overdue": 15, "open_amount": "10000.00", "stage": 2}],
             "fee": "0.00", "interest": "0.00", "total_due": "10000.00"}],
    }


def test_issue_writes_letters_and_is_idempotent(dbp, tmp_path, capsys, monkeypatch):
    import app.services.dunning.issuing as issuing
    monkeypatch.setattr(issuing, "default_renderer",
                        lambda: (lambda d: b"%PDF-1.4 " + d.reference.encode()))
    out_dir = tmp_path / "letters"
    argv = ("dunning", "run", "--db", dbp, "--as-of", "2026-11-23", "--issue", "--sent-via", "ems",
            "--proof", "EMS0001", "--letters", out_dir)
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["ACME-2-2026-11-23.pdf", "HUA-2-2026-11-23.pdf"]
    assert (out_dir / "ACME-2-2026-11-23.pdf").read_bytes() == b"%PDF-1.4 DN-2026-000001"
    code, out, err = run(capsys, *argv)          # same day again: nothing new
    assert code == 0
    with Database.open(dbp) as d, d.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM dunning_action").scalar() == 2
        assert conn.exec_driver_sql("SELECT count(*) FROM dunning_stage_event").scalar() == 3
    code, out, err = run(capsys, "dunning", "delivered", "DN-2026-000001", "--db", dbp,
                         "--returned", "2026-11-25", "--reason", "addressee unknown")
    assert code == 0 and "returned" in out, err
    with Database.open(dbp) as d, d.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT returned_on, delivered FROM dunning_action "
                                    "WHERE reference = 'DN-2026-000001'").one() == ("2026-11-25", 0)
    code, out, err = run(capsys, "dunning", "delivered", "DN-2026-000001", "--db", dbp,
                         "--returned", "2026-11-01")
    assert code != 0 and "before the letter" in err
    code, out, err = run(capsys, "dunning", "cancel", "DN-2026-000002", "--db", dbp,
                         "--reason", "wrong address")
    assert code == 0, err
    code, out, err = run(capsys, "dunning", "cancel", "DN-2026-000002", "--db", dbp, "--reason", "x")
    assert code == 2 and "already cancelled" in err


def test_promise_dispute_hold_plan_limitation(dbp, capsys):
    base = ("--db", dbp, "--as-of", "2026-11-23")
    assert run(capsys, "dunning", "promise", "INV-1", "--date", "2026-11-30", "--amount", "1000",
               *base)[0] == 0
    assert run(capsys, "dunning", "dispute", "HD-7", "--reason", "短少 3 件", *base)[0] == 0
    code, out, err = run(capsys, "dunning", "run", "--json", *base)
    got = json.loads(out)["proposals"]
    assert [(p["customer_code"], [i["number"] for i in p["invoices"]]) for p in got] == [
        ("ACME", ["INV-2"])]
    assert run(capsys, "dunning", "dispute", "HD-7", "--resolve", *base)[0] == 0
    assert run(capsys, "dunning", "hold", "--customer", "HUA", "--reason", "merger",
               "--until", "2026-12-31", *base)[0] == 0
    code, out, err = run(capsys, "dunning", "run", "--json", *base)
    assert [p["customer_code"] for p in json.loads(out)["proposals"]] == ["ACME"]
    code, out, err = run(capsys, "dunning", "plan", "INV-2", "--parts", "3", "--first",
                         "2026-12-15", *base)
    assert code == 0, err
    code, out, err = run(capsys, "dunning", "run", "--json", *base)
    assert json.loads(out)["proposals"] == []
    code, out, err = run(capsys, "dunning", "limitation", "--json", "--within", "1200", *base)
    assert code == 0, err
    claims = json.loads(out)["claims"]
    assert {c["invoice"]: c["restarted_by"] for c in claims} == {
        # the plan was made before INV-2 fell due: its period still runs from the due date
        "INV-1": "promise", "INV-2": "due_date", "HD-7": "due_date"}
    hd = next(c for c in claims if c["invoice"] == "HD-7")
    assert hd["expires_on"] == "2029-11-08" and hd["customer"] == "HUA"
    # errors are the user's: exit 2, a message, no traceback
    code, out, err = run(capsys, "dunning", "promise", "NOPE", "--date", "2026-11-30", *base)
    assert code == 2 and "NOPE" in err and "Traceback" not in err
    code, out, err = run(capsys, "dunning", "dispute", "INV-1", *base)
    assert code == 2 and "reason" in err


def test_calendar_commands(dbp, tmp_path, capsys):
    base = ("--db", dbp)
    code, out, err = run(capsys, "dunning", "calendar", "list", "--year", "2026", "--json", *base)
    assert code == 0 and len(json.loads(out)) == 39
    f = tmp_path / "cn2027.csv"
    f.write_text("date,kind,region,name\n2027-01-01,holiday,CN,元旦\n", encoding="utf-8")
    assert run(capsys, "dunning", "calendar", "import", f, *base)[0] == 0
    assert run(capsys, "dunning", "calendar", "add", "2027-02-06", "--kind", "holiday", *base)[0] == 0
    assert run(capsys, "dunning", "calendar", "remove", "2027-02-06", *base)[0] == 0
    assert run(capsys, "dunning", "calendar", "remove", "2027-02-06", *base)[0] == 2
    code, out, err = run(capsys, "dunning", "calendar", "list", "--year", "2027", "--json", *base)
    assert json.loads(out) == [{"region": "CN", "date": "2027-01-01", "kind": "holiday", "name": "元旦"}]
    bad = tmp_path / "bad.csv"
    bad.write_text("2027-02-30,holiday,CN\n", encoding="utf-8")
    code, out, err = run(capsys, "dunning", "calendar", "import", bad, *base)
    assert code == 2 and "bad.csv" in err


def test_settings_and_grace_commands(dbp, tmp_path, capsys):
    code, out, err = run(capsys, "dunning", "settings", "--db", dbp)
    assert code == 0, err
    st = json.loads(out)
    assert st["min_interval_days"] == 7 and st["limitation_years"] == 3
    assert [s["offset_days"] for s in st["ladders"]["standard"]] == [-3, 7, 15, 30, 60]
    st["interest"]["kind"] = "daily"
    st["interest"]["rate"] = "0.05"
    f = tmp_path / "dn.json"
    f.write_text(json.dumps(st), encoding="utf-8")
    code, out, err = run(capsys, "dunning", "settings", "--db", dbp, "--load", f, "--reason", "contract")
    assert code == 0, err
    assert json.loads(out)["interest"]["kind"] == "daily"
    st["interest"]["rate"] = "7"                       # 7 % a day: refused, nothing saved
    f.write_text(json.dumps(st), encoding="utf-8")
    code, out, err = run(capsys, "dunning", "settings", "--db", dbp, "--load", f)
    assert code == 2 and "daily" in err
    code, out, err = run(capsys, "dunning", "settings", "--db", dbp)
    assert json.loads(out)["interest"]["rate"] == "0.05"
    assert run(capsys, "dunning", "grace", "HUA", "--days", "7", "--approved-by", "CFO",
               "--db", dbp)[0] == 0
    code, out, err = run(capsys, "dunning", "run", "--db", dbp, "--as-of", "2026-11-23", "--json")
    # HD-7: +7 with 7 grace days = 11-22 (Sun) → 11-23: still stage 2 today, not before
    assert [p["customer_code"] for p in json.loads(out)["proposals"]] == ["ACME", "HUA"]
    code, out, err = run(capsys, "dunning", "run", "--db", dbp, "--as-of", "2026-11-20", "--json")
    assert [p["customer_code"] for p in json.loads(out)["proposals"]] == ["ACME"]


def test_letter_file_names_never_collide():
    from datetime import date

    from app.services.dunning import letter_file_names

    d = date(2026, 11, 23)
    assert letter_file_names([("C003", 2, d, "EUR"), ("C003", 2, d, "USD"), ("C004", 1, d, "CNY")]) == [
        "C003-2-2026-11-23-EUR.pdf", "C003-2-2026-11-23-USD.pdf", "C004-1-2026-11-23.pdf"]
