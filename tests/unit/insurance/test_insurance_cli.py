"""The insurance commands end to end: data entry, the deadlines JSON contract, claims, the pack."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from insurance_book import Book
from app.storage.db import Database


@pytest.fixture
def dbp(tmp_path):
    p = tmp_path / "cli.db"
    with Database.open(p, create=True) as d:
        b = Book(d)
        b.customer("BUY", "Acme & <Sons> 贸易公司")
        b.invoice("INV-1", "BUY", "70000", date(2026, 3, 1), date(2026, 4, 30))
        b.invoice("INV-2", "BUY", "50000", date(2026, 4, 1), date(2026, 5, 31))
    return str(p)


def run(capsys, *args) -> tuple[int, str, str]:
    rc = main(list(args))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_insurance_cli_flow(dbp, capsys, tmp_path):
    db = ["--db", dbp]
    assert run(capsys, "insurance", "policy", "add", "--insurer", "中国信保", "--number", "P-1",
               "--start", "2026-01-01", "--end", "2026-12-31", "--indemnity", "90",
               "--extension-days", "60", "--notify", "60", "--claim", "4", "--claim-unit", "months",
               "--deductible", "5000", *db)[0] == 0
    assert run(capsys, "insurance", "buyer", "add", "BUY", "--policy", "P-1", "--limit", "100000",
               "--from", "2026-01-01", *db)[0] == 0
    rc, out, _ = run(capsys, "insurance", "buyer", "list", "--json", *db)
    assert rc == 0 and json.loads(out)["buyers"][0]["limit"] == "100000.00"

    rc, out, _ = run(capsys, "insurance", "deadlines", "--as-of", "2026-06-20", "--json", *db)
    assert rc == 0
    data = json.loads(out)
    assert data["as_of"] == "2026-06-20" and data["warning_days"] == 14
    first = data["deadlines"][0]
    assert set(first) >= {"invoice", "code", "policy", "currency", "open", "due_date", "days_overdue",
                          "notify_by", "extension_end", "claim_by", "notified_on", "next", "next_date",
                          "days_left", "level"}
    assert (first["invoice"], first["open"], first["notify_by"], first["claim_by"], first["level"]) == (
        "INV-1", "70000.00", "2026-06-29", "2026-10-29", "warning")
    assert [d["invoice"] for d in data["deadlines"]] == ["INV-1", "INV-2"]

    assert run(capsys, "insurance", "notify", "INV-1", "--as-of", "2026-06-25", *db)[0] == 0
    rc, out, _ = run(capsys, "insurance", "deadlines", "--as-of", "2026-06-26", "--json", *db)
    notified = next(d for d in json.loads(out)["deadlines"] if d["invoice"] == "INV-1")
    assert notified["notified_on"] == "2026-06-25" and notified["claim_by"] == "2026-10-25"

    rc, out, _ = run(capsys, "insurance", "claim", "open", "BUY", "--policy", "P-1", "--as-of", "2026-09-01", *db)
    assert rc == 0 and "CL-2026-0001" in out
    rc, out, _ = run(capsys, "insurance", "claim", "file", "CL-2026-0001", "--as-of", "2026-09-05", *db)
    assert rc == 0 and "85500.00" in out
    # refused transitions: exit 2, a message, nothing changed
    rc, _, err = run(capsys, "insurance", "claim", "file", "CL-2026-0001", "--as-of", "2026-09-06", *db)
    assert rc == 2 and "CL-2026-0001" in err
    rc, _, err = run(capsys, "insurance", "claim", "recovery", "CL-2026-0001", "--amount", "10",
                     "--date", "2026-09-07", *db)
    assert rc == 2
    assert run(capsys, "insurance", "claim", "paid", "CL-2026-0001", "--amount", "85500",
               "--as-of", "2026-10-10", *db)[0] == 0
    assert run(capsys, "insurance", "claim", "recovery", "CL-2026-0001", "--amount", "1000.50",
               "--date", "2026-11-01", *db)[0] == 0
    assert run(capsys, "insurance", "claim", "doc", "CL-2026-0001", "contract", "--present", *db)[0] == 0
    rc, out, _ = run(capsys, "insurance", "claim", "show", "CL-2026-0001", "--json", *db)
    c = json.loads(out)
    assert (c["status"], c["claimable"], c["paid"], c["recovered"], c["indemnity_pct"]) == (
        "paid", "85500.00", "85500.00", "1000.50", "90")
    assert [i["number"] for i in c["invoices"]] == ["INV-1", "INV-2"]
    pdf = tmp_path / "pack.pdf"
    rc, out, _ = run(capsys, "insurance", "claim-pack", "CL-2026-0001", "--pdf", str(pdf), "--language", "en", *db)
    assert rc == 0 and pdf.read_bytes().startswith(b"%PDF")
    rc, out, _ = run(capsys, "insurance", "exposure", "--as-of", "2026-06-20", "--json", *db)
    assert json.loads(out)["buyers"][0]["status"] == "over"


def test_settings_and_buyer_end(dbp, capsys):
    db = ["--db", dbp]
    rc, out, _ = run(capsys, "insurance", "settings", *db)
    assert rc == 0 and json.loads(out) == {"warning_days": 14}
    rc, out, _ = run(capsys, "insurance", "settings", "--warning-days", "30", *db)
    assert rc == 0 and json.loads(out) == {"warning_days": 30}
    assert run(capsys, "insurance", "policy", "add", "--insurer", "X", "--number", "P-2", "--start",
               "2026-01-01", "--end", "2026-12-31", *db)[0] == 0
    assert run(capsys, "insurance", "buyer", "add", "BUY", "--policy", "P-2", "--limit", "100000",
               "--from", "2026-01-01", *db)[0] == 0
    rc, out, _ = run(capsys, "insurance", "deadlines", "--as-of", "2026-05-10", "--json", *db)
    assert json.loads(out)["warning_days"] == 30
    # INV-1 due 30 April: notify by 29 June (60 days) — 50 days left, outside even 30 days
    assert json.loads(out)["deadlines"][0]["level"] == "ok"
    bid = json.loads(run(capsys, "insurance", "buyer", "list", "--json", *db)[1])["buyers"][0]["id"]
    assert run(capsys, "insurance", "buyer", "end", str(bid), "--to", "2026-03-15", "--status",
               "withdrawn", *db)[0] == 0
    rc, out, _ = run(capsys, "insurance", "deadlines", "--as-of", "2026-05-10", "--json", *db)
    assert [d["invoice"] for d in json.loads(out)["deadlines"]] == ["INV-1"]   # INV-2 issued after


def test_bad_input_is_exit_2(dbp, capsys):
    rc, _, err = run(capsys, "insurance", "policy", "add", "--insurer", "X", "--number", "P", "--start",
                     "2026-01-01", "--end", "2026-12-31", "--indemnity", "abc", "--db", dbp)
    assert rc == 2
    rc, _, err = run(capsys, "insurance", "claim", "file", "CL-9", "--db", dbp)
    assert rc == 2 and "CL-9" in err
