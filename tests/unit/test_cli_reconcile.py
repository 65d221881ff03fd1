"""The reconciliation commands end to end: import a statement, auto-match, show, export, undo,
apply by hand, ignore — the database is what the commands say."""

import csv
import json
from datetime import date

import pytest
from sqlalchemy import text

from app.cli import main
from app.services import customers as cs
from app.services import ledger as L
from app.storage.db import Database

STATEMENT = (
    ":20:STMT1\n:25:NL91ABNA0417164300\n:28C:1/1\n:60F:C261101EUR0,00\n"
    # exact reference and payer
    ":61:2611200220CR1000,00NTRFNONREF//BANK-A1\n"
    ":86:/NAME/ACME TRADING B.V./IBAN/NL20INGB0001234567/REMI/INVOICE INV-2026-0101\n"
    # no reference: payer name and an amount equal to one open invoice
    ":61:2611210221CR250,00NTRFNONREF//BANK-A2\n"
    ":86:/NAME/Globex GmbH/REMI/THANK YOU\n"
    # unknown payer, no reference
    ":61:2611220222CR77,00NTRFNONREF//BANK-A3\n"
    ":86:/NAME/SOMEONE ELSE/REMI/GIFT\n"
    # bank fee
    ":61:2611220222DR5,00NCHGNONREF//BANK-A4\n"
    ":86:BANK CHARGES\n"
    ":62F:C261122EUR1322,00\n-\n"
)


@pytest.fixture
def setup(tmp_path):
    dbp = tmp_path / "rec.db"
    with Database.open(dbp, create=True) as d, d.session() as s:
        acme = cs.create_customer(s, cs.CustomerData(code="ACME", name="Acme Trading B.V.", currency="EUR"))
        globex = cs.create_customer(s, cs.CustomerData(code="GLOBEX", name="Globex GmbH", currency="EUR"))
        L.create_invoice(s, L.InvoiceData("INV-2026-0101", acme, date(2026, 10, 1), "EUR", 100_000))
        L.create_invoice(s, L.InvoiceData("INV-2026-0102", acme, date(2026, 10, 2), "EUR", 40_000))
        L.create_invoice(s, L.InvoiceData("GX-9001", globex, date(2026, 10, 3), "EUR", 25_000))
        L.create_invoice(s, L.InvoiceData("GX-9002", globex, date(2026, 10, 4), "EUR", 60_000))
    stmt = tmp_path / "stmt.sta"
    stmt.write_text(STATEMENT, encoding="ascii")
    return dbp, stmt


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _invoices(dbp):
    with Database.open(dbp) as d, d.engine.connect() as c:
        return {n: (o, st) for n, o, st in c.execute(text("SELECT number, open_minor, status FROM invoice"))}


def test_auto_show_export_undo(setup, capsys, tmp_path):
    dbp, stmt = setup
    code, out, err = run(capsys, "import", "statement", stmt, "--db", dbp)
    assert code == 0, err
    code, out, _ = run(capsys, "reconcile", "--auto", "--json", "--db", dbp)
    assert code == 0
    summary = json.loads(out)
    assert summary == {"lines": 4, "auto": 2, "suggested": 0, "unmatched": 2, "debits": 1}
    inv = _invoices(dbp)
    assert inv["INV-2026-0101"] == (0, "paid") and inv["GX-9001"] == (0, "paid")
    assert inv["INV-2026-0102"] == (40_000, "open")

    code, out, _ = run(capsys, "reconcile", "show", "BANK-A1", "--json", "--db", dbp)
    shown = json.loads(out)
    assert shown["status"] == "auto"
    assert shown["reconciliation"]["allocations"] == [{"invoice_number": "INV-2026-0101", "amount": "1000.00"}]

    out_csv = tmp_path / "alloc.csv"
    code, _, _ = run(capsys, "export", "allocations", out_csv, "--db", dbp)
    assert code == 0
    rows = list(csv.reader(out_csv.open(encoding="utf-8")))
    assert rows[0] == ["line_id", "invoice_number", "amount", "status"]
    assert sorted(rows[1:]) == [["BANK-A1", "INV-2026-0101", "1000.00", "auto"],
                                ["BANK-A2", "GX-9001", "250.00", "auto"]]

    code, out, _ = run(capsys, "reconcile", "undo", "BANK-A2", "--reason", "wrong", "--db", dbp)
    assert code == 0
    assert _invoices(dbp)["GX-9001"] == (25_000, "open")
    with Database.open(dbp) as d, d.engine.connect() as c:
        assert c.execute(text("SELECT status FROM bank_line WHERE bank_ref='BANK-A2'")).scalar() == "unmatched"
        assert c.execute(text("SELECT COUNT(*) FROM payment")).scalar() == 1
    # undoing again is refused with exit 2 and a message naming the line
    code, _, err = run(capsys, "reconcile", "undo", "BANK-A2", "--db", dbp)
    assert code == 2 and "BANK-A2" in err


def test_apply_by_hand_split_and_credit_then_ignore(setup, capsys):
    dbp, stmt = setup
    run(capsys, "import", "statement", stmt, "--db", dbp)
    # 77.00 from an unknown payer, confirmed as Globex: 50.00 to GX-9002, the rest stays as credit
    code, out, err = run(capsys, "reconcile", "apply", "BANK-A3", "--customer", "GLOBEX",
                         "--invoice", "GX-9002=50.00", "--db", dbp)
    assert code == 0, err
    assert _invoices(dbp)["GX-9002"] == (55_000, "partly_paid")
    with Database.open(dbp) as d, d.engine.connect() as c:
        pay = c.execute(text("SELECT amount_minor, unallocated_minor, customer_id FROM payment")).one()
        assert pay[:2] == (7_700, 2_700)
        # the unknown payer's name was learned as an alias of Globex
        assert c.execute(text("SELECT value FROM customer_alias WHERE learned_from_line_id IS NOT NULL")
                         ).scalars().all() == ["SOMEONE ELSE"]
    code, _, err = run(capsys, "reconcile", "ignore", "BANK-A4", "--db", dbp)
    assert code == 2 and "reason" in err.lower()
    code, _, _ = run(capsys, "reconcile", "ignore", "BANK-A4", "--reason", "bank fee", "--db", dbp)
    assert code == 0
    code, out, _ = run(capsys, "statement", "lines", "--json", "--db", dbp)
    status = {ln["line_id"]: ln["status"] for ln in json.loads(out)}
    assert status["BANK-A3"] == "matched" and status["BANK-A4"] == "ignored"
    # undo of the hand-made match removes the payment and the learned alias
    code, _, _ = run(capsys, "reconcile", "undo", "BANK-A3", "--db", dbp)
    assert code == 0
    assert _invoices(dbp)["GX-9002"] == (60_000, "open")
    with Database.open(dbp) as d, d.engine.connect() as c:
        assert c.execute(text("SELECT COUNT(*) FROM payment")).scalar() == 0
        assert c.execute(text("SELECT COUNT(*) FROM customer_alias")).scalar() == 0


def test_apply_refuses_bad_input_and_writes_nothing(setup, capsys):
    dbp, stmt = setup
    run(capsys, "import", "statement", stmt, "--db", dbp)
    before = _invoices(dbp)
    for argv, needle in [
        (("--customer", "NOPE", "--invoice", "GX-9002"), "NOPE"),
        (("--customer", "GLOBEX", "--invoice", "GX-9002=abc"), "abc"),
        (("--customer", "GLOBEX", "--invoice", "GX-9002=80.00"), "80.00"),   # more than the line
        (("--customer", "GLOBEX", "--invoice", "INV-2026-0101"), "INV-2026-0101"),  # another customer's
    ]:
        code, _, err = run(capsys, "reconcile", "apply", "BANK-A3", *argv, "--db", dbp)
        assert code == 2, (argv, err)
        assert needle in err or "more than" in err, (argv, err)
    assert _invoices(dbp) == before
    code, _, err = run(capsys, "reconcile", "undo", "NO-SUCH-LINE", "--db", dbp)
    assert code == 2 and "NO-SUCH-LINE" in err


def test_export_that_fails_leaves_no_half_file(setup, capsys, tmp_path, monkeypatch):
    import errno

    from app.services import reconcile as R

    dbp, stmt = setup
    run(capsys, "import", "statement", stmt, "--db", dbp)
    run(capsys, "reconcile", "--auto", "--db", dbp)
    target = tmp_path / "alloc.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    real = R.safe_cell
    calls = []

    def full_disk(cell):
        calls.append(cell)
        if len(calls) > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(cell)

    monkeypatch.setattr(R, "safe_cell", full_disk)
    code, _, err = run(capsys, "export", "allocations", target, "--db", dbp)
    assert code == 2 and "alloc.csv" in err and "No space left" in err
    assert target.read_text(encoding="utf-8") == "the previous export\n"      # untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".alloc")] == []
