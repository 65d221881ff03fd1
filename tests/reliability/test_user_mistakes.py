"""Mistakes a user makes (issue 8, items 12 and 13): the same file imported twice changes
nothing while genuine twins are kept; issued invoices change only through a credit note or a
cancellation, audited; undoing a write-off, an allocation or an import restores exactly the
previous state. (Statements twice / twin bank lines: tests/unit/statements/test_store.py.)"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import killharness
from app import cli
from app.errors import UserError
from app.services import customers as cs
from app.services import ledger as L
from app.services import writeoffs as W
from app.services.importers.history import undo_batch
from app.storage.db import Database

AS_OF = date(2026, 11, 23)
INVOICE_STATE = "SELECT id, number, amount_minor, open_minor, status, disputed, cancelled_on FROM invoice ORDER BY id"
PAYMENT_STATE = "SELECT id, amount_minor, unallocated_minor FROM payment ORDER BY id"


def _state(db) -> dict[str, list[tuple]]:
    with db.engine.connect() as c:
        return {"invoices": c.exec_driver_sql(INVOICE_STATE).all(),
                "payments": c.exec_driver_sql(PAYMENT_STATE).all(),
                "live_allocations": c.exec_driver_sql(
                    "SELECT id, amount_minor FROM allocation WHERE undone_at IS NULL ORDER BY id").all(),
                "live_writeoffs": c.exec_driver_sql(
                    "SELECT id, amount_minor FROM write_off WHERE reversed_at IS NULL ORDER BY id").all()}


def _audit_count(db) -> int:
    with db.engine.connect() as c:
        return c.exec_driver_sql("SELECT COUNT(*) FROM audit_log").scalar()


@pytest.fixture
def ledger(db):
    with db.session() as s:
        cid = cs.create_customer(s, cs.CustomerData(code="C1", name="甲公司"))
        ids = [L.create_invoice(s, L.InvoiceData(f"INV-{k}", cid, date(2026, 6, k + 1), "CNY", 100_000 + k))
               for k in range(4)]
        pid = L.record_payment(s, customer_id=cid, on=date(2026, 8, 1), currency="CNY", amount_minor=30_000)
        L.allocate_payment(s, pid, ids[1], 30_000, date(2026, 8, 1))           # INV-1 partly paid
        L.set_dispute(s, ids[2], True, "quality")                              # INV-2 disputed
    return db, cid, ids


# ------------------------------------------------------------------ same file twice, twins

def test_same_invoice_and_payment_files_twice_change_nothing_and_twins_are_kept(db, tmp_path, capsys):
    with db.session() as s:
        cs.create_customer(s, cs.CustomerData(code="C1", name="甲公司"))
    inv = tmp_path / "inv.csv"
    inv.write_text("number,customer_code,issue_date,due_date,currency,amount\n"
                   "A-1,C1,2026-01-05,2026-02-04,CNY,100.00\nA-2,C1,2026-01-06,,CNY,200.00\n", encoding="utf-8")
    pay = tmp_path / "pay.csv"
    pay.write_text("date,customer_code,currency,amount,reference\n"
                   "2026-02-01,C1,CNY,50.00,\n2026-02-01,C1,CNY,50.00,\n", encoding="utf-8")   # genuine twins
    path = str(db.path)
    db.close()
    for f, kind in ((inv, "invoices"), (pay, "payments")):
        assert cli.main(["--db", path, "--as-of", "2026-11-23", "import", kind, str(f)]) == 0
    first = killharness.fingerprint(db.path)
    assert first["payments"] == (2, 10_000)                     # both twins stored
    for f, kind in ((inv, "invoices"), (pay, "payments")):
        assert cli.main(["--db", path, "--as-of", "2026-11-23", "import", kind, str(f)]) == 0
    assert killharness.fingerprint(db.path) == first            # not even an audit row or batch
    assert "0 new" in capsys.readouterr().out


# ------------------------------------------------------------------ issued invoices

def test_a_changed_invoice_in_a_file_is_a_conflict_never_an_overwrite(ledger, tmp_path, capsys):
    db, _, _ = ledger
    before, audits = _state(db), _audit_count(db)
    f = tmp_path / "changed.csv"
    f.write_text("number,customer_code,issue_date,due_date,currency,amount\n"
                 "INV-0,C1,2026-06-01,2026-07-01,CNY,999.99\n"        # amount changed
                 "INV-3,C1,2026-06-30,2026-07-30,CNY,1000.03\n", encoding="utf-8")   # date changed
    path = str(db.path)
    db.close()
    for extra in ([], ["--only-valid"]):
        rc = cli.main(["--db", path, "--as-of", "2026-11-23", "import", "invoices", str(f), *extra])
        err = capsys.readouterr().err
        assert rc in (0, 2)
        if rc == 2:
            assert "INV-0" in err
    with Database.open(path) as d:
        assert _state(d) == before and _audit_count(d) == audits


def test_corrections_go_through_audited_credit_notes_and_cancellations(ledger):
    db, cid, ids = ledger
    with db.session() as s:
        with pytest.raises(UserError):
            L.cancel_invoice(s, ids[0], "   ", AS_OF)                 # no reason, no change
    with pytest.raises(UserError):
        with db.session() as s:
            L.cancel_invoice(s, ids[1], "wrong price", AS_OF)         # has a payment applied
    audits = _audit_count(db)
    with db.session() as s:
        L.cancel_invoice(s, ids[0], "issued twice", AS_OF)
        cn = L.create_credit_note(s, L.InvoiceData("CN-1", cid, AS_OF, "CNY", 3), corrects_invoice_id=ids[3])
        assert cn
    with db.engine.connect() as c:
        rows = c.exec_driver_sql("SELECT entity, entity_id, field, reason FROM audit_log WHERE id > ?",
                                 (audits,)).all()
    assert ("invoice", ids[0], "status", "issued twice") in rows
    assert any(r[0] == "invoice" and r[2] == "credit_note_created" or r[2] == "created" for r in rows)
    with db.engine.connect() as c:
        amounts = c.exec_driver_sql("SELECT number, amount_minor FROM invoice WHERE number LIKE 'INV-%' "
                                    "ORDER BY id").all()
    assert amounts == [(f"INV-{k}", 100_000 + k) for k in range(4)]   # issued amounts never change


# ------------------------------------------------------------------ undo restores exactly

@pytest.mark.parametrize("which", [0, 1, 2, 3], ids=["open", "partly-paid", "disputed", "plain"])
def test_write_off_then_reversal_restores_the_exact_state(ledger, which):
    db, _, ids = ledger
    before = _state(db)
    audits = _audit_count(db)
    with db.session() as s:
        wo = W.write_off(s, ids[which], AS_OF, "customer insolvent")
    assert _state(db) != before
    with db.session() as s:
        W.reverse_write_off(s, wo, "paid after all", datetime(2026, 11, 24, 9, 0))
    assert _state(db) == before
    assert _audit_count(db) >= audits + 6                      # both steps audited


def test_allocation_undo_restores_the_exact_state(ledger):
    db, cid, ids = ledger
    before = _state(db)
    with db.session() as s:
        pid = L.record_payment(s, customer_id=cid, on=date(2026, 9, 1), currency="CNY", amount_minor=100_003)
    mid = _state(db)
    with db.session() as s:
        a1 = L.allocate_payment(s, pid, ids[3], 100_003, date(2026, 9, 1))
    with db.session() as s:
        L.undo_allocation(s, a1, "wrong invoice")
    assert _state(db) == mid
    assert before["invoices"] == mid["invoices"]


def test_import_undo_restores_the_exact_state(ledger, tmp_path):
    db, _, _ = ledger
    from app.services.importers import import_file
    before = _state(db)
    f = killharness.write_invoices_csv(tmp_path / "i.csv", 300, 1, prefix="U")
    res = import_file(db, "invoices", f, as_of=AS_OF)
    assert len(_state(db)["invoices"]) == len(before["invoices"]) + 300
    with db.session() as s:
        undo_batch(s, res.batch_id, "wrong file")
    assert _state(db) == before
