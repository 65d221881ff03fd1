"""The credit commands end to end: JSON contract, data entry, exit codes."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from app.cli import main
from app.services import customers as cs
from app.services import ledger as L
from app.storage.db import Database


@pytest.fixture
def dbp(tmp_path):
    p = tmp_path / "credit.db"
    with Database.open(p, create=True) as d, d.session() as s:
        a = cs.create_customer(s, cs.CustomerData(code="ACME", name="Acme & <Sons>", credit_limit_minor=50_000_00))
        cs.create_customer(s, cs.CustomerData(code="EU1", name="Euro GmbH", currency="EUR"))
        L.create_invoice(s, L.InvoiceData("A-1", a, date(2026, 9, 1), "CNY", 45_000_00))
    return str(p)


def run(capsys, *args) -> tuple[int, str, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_score_json_contract(dbp, capsys):
    rc, out, _ = run(capsys, "credit", "score", "--db", dbp, "--as-of", "2026-11-23", "--json")
    assert rc == 0
    data = json.loads(out)
    assert data["as_of"] == "2026-11-23"
    assert [c["code"] for c in data["customers"]] == ["ACME", "EU1"]
    c = data["customers"][0]
    assert set(c) >= {"code", "name", "score", "grade", "factors", "limit", "exposure", "utilisation_pct",
                      "limit_status", "limit_source", "next_review"}
    assert isinstance(c["score"], int) and 0 <= c["score"] <= 100 and c["grade"] in "ABCD"
    assert c["limit"] == "50000.00" and c["exposure"] == "45000.00" and c["utilisation_pct"] == "90.0"
    assert c["limit_status"] == "warning"
    assert [f["factor"] for f in c["factors"]] == ["payment", "overdue", "utilisation", "relationship",
                                                   "financials", "external"]
    for f in c["factors"]:
        assert 0 <= f["points"] <= f["max_points"] and f["reason"]
        assert all(isinstance(v, str) for v in f["values"].values())
    assert sum(f["points"] for f in c["factors"]) == c["score"]


def test_data_entry_commands_change_the_score(dbp, capsys):
    base = ["--db", dbp, "--as-of", "2026-11-23"]
    assert run(capsys, "credit", "financials", "ACME", "--date", "2026-06-30", "--debt-to-assets", "0.62",
               "--current-ratio", "1.4", *base)[0] == 0
    assert run(capsys, "credit", "rating", "ACME", "--source", "Sinosure", "--grade", "BBB",
               "--date", "2026-09-01", *base)[0] == 0
    assert run(capsys, "credit", "event", "ACME", "--kind", "litigation", "--date", "2026-10-01",
               "--note", "suit filed", *base)[0] == 0
    rc, out, _ = run(capsys, "credit", "score", "--customer", "ACME", "--json", *base)
    c = json.loads(out)["customers"][0]
    assert rc == 0 and c["cap"] == "C" and c["grade"] in "CD"
    fin = next(f for f in c["factors"] if f["factor"] == "financials")
    assert fin["values"] == {"statement_date": "2026-06-30", "debt_to_assets": "0.62", "current_ratio": "1.4"}
    assert run(capsys, "credit", "override", "ACME", "--grade", "B", "--limit", "80000", "--reason",
               "CFO approved", "--until", "2026-12-31", *base)[0] == 0
    c = json.loads(run(capsys, "credit", "score", "--customer", "ACME", "--json", *base)[1])["customers"][0]
    assert c["grade"] == "B" and c["limit"] == "80000.00" and c["limit_source"] == "override"
    c = json.loads(run(capsys, "credit", "score", "--customer", "ACME", "--json", "--db", dbp,
                       "--as-of", "2027-01-01")[1])["customers"][0]
    assert c["limit"] == "50000.00" and c["override"] is None


def test_rescore_preview_then_apply(dbp, capsys):
    base = ["--db", dbp, "--as-of", "2026-11-23"]
    rc, out, _ = run(capsys, "credit", "rescore", "--json", *base)
    data = json.loads(out)
    assert rc == 0 and data["applied"] is False and data["customers"] == 2 and len(data["changes"]) == 2
    with Database.open(dbp) as d, d.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM credit_state")).scalar() == 0
    rc, out, _ = run(capsys, "credit", "rescore", "--apply", *base)
    assert rc == 0 and "2 grade changes saved" in out
    data = json.loads(run(capsys, "credit", "rescore", "--json", *base)[1])
    assert data["changes"] == []


def test_alerts_and_reviews_due_json(dbp, capsys):
    base = ["--db", dbp, "--as-of", "2026-11-23"]
    data = json.loads(run(capsys, "credit", "alerts", "--json", *base)[1])
    assert data["counts"]["over_warning"] == 1 and data["counts"]["insured_limit_exceeded"] == 0
    assert data["alerts"][0] == {"kind": "over_warning", "code": "ACME", "name": "Acme & <Sons>",
                                 "message": data["alerts"][0]["message"]}
    assert "90.0 %" in data["alerts"][0]["message"]
    run(capsys, "credit", "rescore", "--apply", *base)
    due = json.loads(run(capsys, "credit", "reviews-due", "--json", "--db", dbp, "--as-of", "2030-01-01")[1])
    assert {r["code"] for r in due["reviews"]} == {"ACME", "EU1"}
    assert all(r["days_overdue"] > 0 for r in due["reviews"])
    dues = [r["due"] for r in due["reviews"]]
    assert dues == sorted(dues)
    rc, out, _ = run(capsys, "credit", "review", "ACME", "--decision", "keep", "--note", "ok",
                     "--db", dbp, "--as-of", "2030-01-01")
    assert rc == 0
    due = json.loads(run(capsys, "credit", "reviews-due", "--json", "--db", dbp, "--as-of", "2030-01-01")[1])
    assert {r["code"] for r in due["reviews"]} == {"EU1"}


@pytest.mark.parametrize("args", [
    ["credit", "score", "--customer", "NOPE"],
    ["credit", "override", "ACME", "--reason", "x", "--until", "2026-12-31"],
    ["credit", "override", "ACME", "--limit", "1.234", "--reason", "x", "--until", "2026-12-31"],
    ["credit", "financials", "ACME", "--date", "2026-06-30", "--debt-to-assets", "abc"],
    ["credit", "event", "ACME", "--kind", "litigation", "--date", "2026-10-01", "--cleared", "2026-09-01"],
    ["credit", "review", "ACME", "--decision", "keep", "--grade", "E"],
])
def test_user_errors_exit_2_and_change_nothing(dbp, capsys, args):
    rc, _, err = run(capsys, *args, "--db", dbp, "--as-of", "2026-11-23")
    assert rc == 2 and err.strip()
    with Database.open(dbp) as d, d.engine.connect() as conn:
        for t in ("credit_override", "customer_financials", "credit_event", "credit_review"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar() == 0


def test_settings_print_check_and_load(dbp, capsys, tmp_path):
    base = ["--db", dbp, "--as-of", "2026-11-23"]
    rc, out, _ = run(capsys, "credit", "settings", *base)
    assert rc == 0 and json.loads(out)["thresholds"] == [80, 60, 40]
    f = tmp_path / "credit.json"
    f.write_text('{"thresholds": [99, 98, 97]}', encoding="utf-8")
    rc, out, _ = run(capsys, "credit", "settings", "--load", str(f), "--check", *base)
    assert rc == 0 and "Nothing saved" in out
    assert json.loads(run(capsys, "credit", "settings", *base)[1])["thresholds"] == [80, 60, 40]
    rc, out, _ = run(capsys, "credit", "settings", "--load", str(f), "--reason", "strict", *base)
    assert rc == 0 and "saved" in out
    assert json.loads(run(capsys, "credit", "settings", *base)[1])["thresholds"] == [99, 98, 97]
    f.write_text('{"weights": {"payment": 99}}', encoding="utf-8")
    rc, _, err = run(capsys, "credit", "settings", "--load", str(f), *base)
    assert rc == 2 and "100" in err
    f.write_text('[1, 2]', encoding="utf-8")
    assert run(capsys, "credit", "settings", "--load", str(f), *base)[0] == 2
    with Database.open(dbp) as d, d.engine.connect() as conn:
        audit = conn.execute(text("SELECT reason FROM audit_log WHERE entity = 'setting'")).all()
    assert audit == [("strict",)]
