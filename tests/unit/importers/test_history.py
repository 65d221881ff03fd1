"""Import history and undo: what a batch created goes away, all or nothing, only while nothing
was built on it; the batch row stays marked; the same file imports again afterwards."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from app.cli import main
from app.errors import UserError, ValidationError
from app.models import AuditLog, Customer, ImportBatch, Invoice, Payment, WriteOff
from app.services import ledger as L
from app.services.importers import import_file
from app.services.importers.history import (DELETED, UndoRefused, batch_info, first_blocker,
                                            list_batches, undo_batch)

TABLES = ("customer", "customer_alias", "invoice", "payment", "allocation", "write_off", "audit_log",
          "import_batch")


def snapshot(db) -> dict[str, list[tuple]]:
    with db.engine.connect() as c:
        return {t: c.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id").all() for t in TABLES}

CUSTOMERS = [["code", "name", "aliases", "currency", "payment_terms_days"],
             ["N1", "新客户一", "一号|One", "CNY", "30"],
             ["N2", "New Two Ltd", "", "USD", "45"]]

INVOICES = [["number", "customer_code", "issue_date", "due_date", "currency", "amount", "status"],
            ["I-1", "N1", "2026-10-01", "", "", "100.00", ""],
            ["I-2", "N1", "2026-10-02", "", "", "250.50", "paid"],
            ["I-3", "N2", "2026-10-03", "", "", "70", ""],
            ["CN-1", "N1", "2026-10-04", "", "", "-20.00", ""],
            ["I-4", "N1", "2026-10-05", "", "", "10", "cancelled"],
            ["I-5", "N2", "2026-10-06", "", "", "5", "disputed"]]


def count(db, table: str) -> int:
    with db.engine.connect() as c:
        return c.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one()


def batches(db):
    with db.engine.connect() as c:
        return list_batches(c)


def info(db, batch_id: int):
    with db.engine.connect() as c:
        return batch_info(c, batch_id)


def undo(db, batch_id: int, reason: str = "wrong file", **kw):
    with db.session() as s:
        return undo_batch(s, batch_id, reason, **kw)


def inv_id(db, number: str) -> int:
    with db.session() as s:
        return s.scalar(select(Invoice.id).where(Invoice.number == number))


@pytest.fixture
def imported(db, write_csv, as_of):
    """Customers N1, N2 (batch 1) and six invoice rows for them (batch 2)."""
    c = import_file(db, "customers", write_csv(CUSTOMERS, "customers.csv"), as_of=as_of)
    i = import_file(db, "invoices", write_csv(INVOICES, "invoices.csv"), as_of=as_of)
    assert (c.batch_id, i.batch_id) == (1, 2)
    return db


# --------------------------------------------------------------------------- listing

def test_writer_tags_customers_and_payments_with_their_batch(imported):
    with imported.session() as s:
        assert set(s.scalars(select(Customer.import_batch_id))) == {1}
        assert set(s.scalars(select(Invoice.import_batch_id))) == {2}
        assert list(s.scalars(select(Payment.import_batch_id))) == [2]    # the 'paid' row's payment


def test_list_batches_newest_first_with_what_is_left(imported):
    inv, cust = batches(imported)
    assert (inv.id, inv.kind, inv.name, inv.rows_added, inv.rows_unchanged, inv.rows_rejected) == \
        (2, "invoices", "invoices.csv", 6, 0, 0)
    assert inv.file_name.endswith("invoices.csv") and inv.at <= datetime.utcnow()
    assert (inv.invoices, inv.credit_notes, inv.customers, inv.payments) == (5, 1, 0, 1)
    assert inv.invoice_totals == (("CNY", 36_050), ("USD", 7_500))
    assert inv.can_undo and inv.why_not is None and not inv.undone
    assert (cust.id, cust.customers, cust.invoices, cust.records) == (1, 2, 0, 2)
    # the customers have invoices of batch 2: that batch has to go first
    assert not cust.can_undo
    assert cust.why_not.text() == "Customer N1 from this import has invoice I-1, which is not from this import."
    assert info(imported, 1) == cust and info(imported, 99) is None


def test_empty_database_has_no_batches(db):
    assert batches(db) == []


# ------------------------------------------------------------------------------ undo

def test_undo_removes_everything_the_batch_created_and_keeps_the_batch(imported, write_csv, as_of):
    before_customers = count(imported, "customer")
    t0 = datetime(2026, 11, 23, 8, 30)
    r = undo(imported, 2, "  imported last month's file  ", now=t0)
    assert (r.invoices, r.credit_notes, r.customers, r.payments, r.allocations) == (5, 1, 0, 1, 1)
    assert r.summary() == ("Import #2 undone: 5 invoice(s), 1 credit note(s), 0 customer(s) and "
                           "1 payment(s) removed.")
    assert count(imported, "invoice") == count(imported, "payment") == count(imported, "allocation") == 0
    assert count(imported, "customer") == before_customers
    with imported.session() as s:
        b = s.get(ImportBatch, 2)
        assert (b.undone_at, b.undo_reason) == (t0, "imported last month's file")
        gone = s.execute(select(AuditLog.entity, AuditLog.before, AuditLog.at, AuditLog.reason)
                         .where(AuditLog.field == DELETED).order_by(AuditLog.id)).all()
        mark = s.execute(select(AuditLog.after, AuditLog.reason).where(
            AuditLog.entity == "import_batch", AuditLog.entity_id == 2, AuditLog.field == "undone")).one()
    assert mark.after.endswith("invoices.csv") and mark.reason == "imported last month's file"
    assert {g.at for g in gone} == {t0}
    assert all(g.reason == "undo import #2: imported last month's file" for g in gone)
    by_kind: dict[str, list[str]] = {}
    for g in gone:
        by_kind.setdefault(g.entity, []).append(g.before)
    assert by_kind["invoice"] == ["I-1: 100.00 CNY", "I-2: 250.50 CNY", "I-3: 70.00 USD", "CN-1: 20.00 CNY",
                                  "I-4: 10.00 CNY", "I-5: 5.00 USD"]
    assert by_kind["payment"] == ["I-2: 250.50 CNY"]
    assert len(by_kind["allocation"]) == 1 and by_kind["allocation"][0].endswith("→ I-2: 250.50 CNY")
    # listed as undone, and cannot be undone twice
    b2 = info(imported, 2)
    assert b2.undone and not b2.can_undo and b2.records == 0
    assert b2.why_not.text().startswith("Import #2 was already undone on ")
    with pytest.raises(UserError, match="already undone"):
        undo(imported, 2)
    # now the customers batch can go too: customers and their aliases
    assert info(imported, 1).can_undo
    r1 = undo(imported, 1)
    assert (r1.customers, r1.invoices) == (2, 0)
    assert count(imported, "customer") == count(imported, "customer_alias") == 0
    with imported.session() as s:
        codes = s.scalars(select(AuditLog.before).where(AuditLog.entity == "customer",
                                                        AuditLog.field == DELETED)).all()
    assert sorted(codes) == ["N1", "N2"]
    # the same files import again, as new batches
    c = import_file(imported, "customers", write_csv(CUSTOMERS, "customers.csv"), as_of=as_of)
    i = import_file(imported, "invoices", write_csv(INVOICES, "invoices.csv"), as_of=as_of)
    assert (c.batch_id, c.new, i.batch_id, i.new) == (3, 2, 4, 6)
    assert [b.id for b in batches(imported)] == [4, 3, 2, 1]


def test_undo_keeps_customers_that_were_there_before(seeded, write_csv, as_of):
    import_file(seeded, "invoices", write_csv([INVOICES[0], ["X-1", "C1", "2026-10-01", "", "", "1", ""],
                                               ["X-2", "C2", "2026-10-01", "", "", "2", "paid"]]),
                as_of=as_of)
    (b,) = batches(seeded)
    assert (b.invoices, b.customers, b.payments) == (2, 0, 1)
    undo(seeded, b.id)
    assert count(seeded, "invoice") == 0 and count(seeded, "customer") == 2


def test_reason_required_and_unknown_batch(imported):
    with pytest.raises(ValidationError) as e:
        undo(imported, 2, "   ")
    assert e.value.field == "reason"
    with pytest.raises(UserError, match="Import #42 does not exist"):
        undo(imported, 42)
    assert count(imported, "invoice") == 6


def test_batch_with_nothing_left_cannot_be_undone(db):
    with db.session() as s:
        s.add(ImportBatch(kind="customers", file_name="/old/c.csv", file_sha256="x", rows_added=3))
    (b,) = batches(db)
    assert not b.can_undo and b.why_not.text() == "Nothing from import #1 is left in the database."


# -------------------------------------------------------------------------- blockers

def refused(db, batch_id: int, expected: str) -> None:
    """Undo is refused with ``expected`` as the message, the list says the same, nothing changes."""
    before = snapshot(db)
    with pytest.raises(UndoRefused) as e:
        undo(db, batch_id)
    assert str(e.value) == expected
    b = info(db, batch_id)
    assert not b.can_undo and b.why_not.text() == expected
    assert snapshot(db) == before


def test_payment_applied_after_import_blocks_until_undone(imported):
    i1 = inv_id(imported, "I-1")
    with imported.session() as s:
        p = L.record_payment(s, customer_id=s.get(Invoice, i1).customer_id, on=date(2026, 11, 1),
                             currency="CNY", amount_minor=1_000)
        a = L.allocate_payment(s, p, i1, 1_000, date(2026, 11, 1))
    refused(imported, 2, "I-1 has a payment or credit note applied since the import; undo that "
                         "allocation first.")
    with imported.session() as s:
        L.undo_allocation(s, a, "misapplied")
    # the manual payment itself now blocks the customers' batch, not the invoices'
    assert info(imported, 2).can_undo
    undo(imported, 2)
    assert count(imported, "invoice") == 0
    assert count(imported, "payment") == 1 and count(imported, "allocation") == 0
    refused(imported, 1, "Customer N1 from this import has payments that are not from this import.")


def test_applied_credit_note_of_the_batch_blocks(imported):
    with imported.session() as s:
        L.allocate_credit_note(s, inv_id(imported, "CN-1"), inv_id(imported, "I-1"), 500, date(2026, 11, 1))
    refused(imported, 2, "I-1 has a payment or credit note applied since the import; undo that "
                         "allocation first.")


def test_credit_note_of_the_batch_applied_elsewhere_blocks(imported):
    # CN-1 (N1) applied to an invoice of N1 that was entered by hand
    with imported.session() as s:
        n1 = s.scalar(select(Customer.id).where(Customer.code == "N1"))
        manual = L.create_invoice(s, L.InvoiceData("M-1", n1, date(2026, 10, 10), "CNY", 5_000))
        L.allocate_credit_note(s, inv_id(imported, "CN-1"), manual, 2_000, date(2026, 11, 1))
    refused(imported, 2, "Credit note CN-1 from this import was applied to M-1 since the import; undo "
                         "that allocation first.")


def test_write_off_blocks(imported):
    with imported.session() as s:
        s.add(WriteOff(invoice_id=inv_id(imported, "I-3"), date=date(2026, 11, 20), amount_minor=7_000,
                       reason="bad debt"))
    refused(imported, 2, "I-3 has a write-off recorded against it.")


def test_cancelled_after_import_blocks_but_imported_cancelled_does_not(imported):
    assert info(imported, 2).can_undo          # I-4 came in cancelled
    with imported.session() as s:
        L.cancel_invoice(s, inv_id(imported, "I-3"), "duplicate", date(2026, 11, 20))
    refused(imported, 2, "I-3 was cancelled after the import.")


def test_disputed_after_import_blocks_until_cleared(imported):
    assert info(imported, 2).can_undo          # I-5 came in disputed
    i1 = inv_id(imported, "I-1")
    with imported.session() as s:
        L.set_dispute(s, i1, True, "wrong price")
    refused(imported, 2, "I-1 was marked disputed after the import; clear the dispute first.")
    with imported.session() as s:
        L.set_dispute(s, i1, False, "agreed")
    assert undo(imported, 2).invoices == 5


def test_credit_note_from_elsewhere_correcting_an_imported_invoice_blocks(imported):
    with imported.session() as s:
        n2 = s.scalar(select(Customer.id).where(Customer.code == "N2"))
        L.create_credit_note(s, L.InvoiceData("CN-M", n2, date(2026, 11, 1), "USD", 100),
                             corrects_invoice_id=inv_id(imported, "I-3"), allocate=False)
    refused(imported, 2, "I-3 is corrected by credit note CN-M, which is not from this import.")


def test_imported_payment_reapplied_by_hand_blocks(imported):
    """The 'paid' row's payment, unapplied from I-2 and applied by hand to an invoice entered later."""
    with imported.session() as s:
        pay = s.scalar(select(Payment.id))
        a = s.execute(text("SELECT id FROM allocation")).scalar_one()
        L.undo_allocation(s, a, "wrong invoice")
        n1 = s.scalar(select(Customer.id).where(Customer.code == "N1"))
        manual = L.create_invoice(s, L.InvoiceData("M-2", n1, date(2026, 10, 20), "CNY", 50_000))
        L.allocate_payment(s, pay, manual, 25_050, date(2026, 11, 2))
    refused(imported, 2, "Payment I-2 from this import was applied to M-2 after the import; undo that "
                         "allocation first.")


def test_customer_with_a_manual_invoice_blocks(imported):
    undo(imported, 2)
    with imported.session() as s:
        n2 = s.scalar(select(Customer.id).where(Customer.code == "N2"))
        L.create_invoice(s, L.InvoiceData("M-9", n2, date(2026, 11, 1), "USD", 900))
    refused(imported, 1, "Customer N2 from this import has invoice M-9, which is not from this import.")


def test_anything_else_referring_to_the_records_rolls_everything_back(imported):
    """A table this module does not know about (a later feature) still cannot be orphaned."""
    with imported.engine.begin() as c:
        c.exec_driver_sql("CREATE TABLE later_feature (id INTEGER PRIMARY KEY, "
                          "invoice_id INTEGER NOT NULL REFERENCES invoice(id) ON DELETE RESTRICT)")
        c.exec_driver_sql("INSERT INTO later_feature (invoice_id) SELECT id FROM invoice WHERE number = 'I-5'")
    before = snapshot(imported)
    with pytest.raises(UserError, match="other records refer to what it created"):
        undo(imported, 2)
    assert snapshot(imported) == before
    assert info(imported, 2).undone_at is None


def test_payments_batch_gives_the_amounts_back_to_invoices_that_stay(seeded):
    """A batch of payments applied to invoices entered earlier (as a payments import writes it)."""
    with seeded.session() as s:
        c1 = s.scalar(select(Customer.id).where(Customer.code == "C1"))
        inv = L.create_invoice(s, L.InvoiceData("OLD-1", c1, date(2026, 9, 1), "CNY", 30_000))
        other = L.create_invoice(s, L.InvoiceData("OLD-2", c1, date(2026, 9, 1), "CNY", 8_000))
    at = datetime.utcnow() + timedelta(seconds=1)
    with seeded.session() as s:
        b = ImportBatch(kind="payments", file_name="bank.csv", file_sha256="y", at=at, rows_added=2)
        s.add(b)
        s.flush()
        for ref, target, amount in (("TT-1", inv, 30_000), ("TT-2", other, 3_000)):
            p = Payment(customer_id=c1, date=date(2026, 11, 1), currency="CNY", amount_minor=amount,
                        unallocated_minor=amount, source="import", reference=ref, import_batch_id=b.id)
            s.add(p)
            s.flush()
            L.allocate_payment(s, p.id, target, amount, date(2026, 11, 1))
        s.execute(text("UPDATE allocation SET created_at = :at"), {"at": at})
        batch_id = b.id
    with seeded.session() as s:
        assert (s.get(Invoice, inv).status, s.get(Invoice, other).status) == ("paid", "partly_paid")
    assert info(seeded, batch_id).can_undo
    r = undo(seeded, batch_id)
    assert (r.payments, r.allocations, r.invoices) == (2, 2, 0)
    with seeded.session() as s:
        a, b2 = s.get(Invoice, inv), s.get(Invoice, other)
        assert (a.open_minor, a.status, b2.open_minor, b2.status) == (30_000, "open", 8_000, "open")
        rows = s.execute(select(AuditLog.field, AuditLog.before, AuditLog.after).where(
            AuditLog.entity == "invoice", AuditLog.entity_id == inv,
            AuditLog.reason.like("undo import%"))).all()
    assert set(rows) == {("open", "0.00 CNY", "300.00 CNY"), ("status", "paid", "open")}
    assert count(seeded, "payment") == 0


def test_real_payments_import_undone_before_the_invoices_it_paid(imported, write_csv, as_of):
    pay = import_file(imported, "payments", write_csv(
        [["date", "customer_code", "currency", "amount", "invoice_number", "reference"],
         ["2026-11-02", "N1", "CNY", "40.00", "I-1", "TT-9"],
         ["2026-11-03", "N2", "USD", "12.00", "", "on account"]], "bank.csv"), as_of=as_of)
    assert pay.batch_id == 3
    with imported.session() as s:
        i1 = s.get(Invoice, inv_id(imported, "I-1"))
        assert (i1.open_minor, i1.status) == (6_000, "partly_paid")
    b3 = info(imported, 3)
    assert (b3.kind, b3.payments, b3.invoices, b3.can_undo) == ("payments", 2, 0, True)
    refused(imported, 2, "I-1 has a payment or credit note applied since the import; undo that "
                         "allocation first.")
    r = undo(imported, 3, "bank file of another company")
    assert (r.payments, r.allocations) == (2, 1)
    with imported.session() as s:
        i1 = s.get(Invoice, inv_id(imported, "I-1"))
        assert (i1.open_minor, i1.status) == (10_000, "open")
    assert count(imported, "payment") == 1                   # the 'paid' row's, from batch 2
    assert undo(imported, 2).invoices == 5
    assert count(imported, "payment") == count(imported, "allocation") == 0


def test_first_blocker_none_for_a_clean_batch(imported):
    with imported.engine.connect() as c:
        assert first_blocker(c, 2) is None
        assert first_blocker(c, 1).template.startswith("Customer {code}")


# ------------------------------------------------------------------------------- CLI

def test_cli_imports_list_and_undo(imported, capsys):
    path = str(imported.path)
    imported.close()
    assert main(["imports", "list", "--json", "--db", path]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [2, 1]
    r2 = rows[0]
    assert r2 == {**r2, "kind": "invoices", "file": "invoices.csv", "rows_added": 6, "rows_unchanged": 0,
                  "rows_rejected": 0, "invoices": 5, "credit_notes": 1, "customers": 0, "payments": 1,
                  "undone_at": None, "undo_reason": "", "can_undo": True, "why_not": None}
    assert r2["invoice_totals"] == [{"currency": "CNY", "amount": "360.50"},
                                    {"currency": "USD", "amount": "75.00"}]
    assert rows[1]["can_undo"] is False and "Customer N1" in rows[1]["why_not"]
    # refused: exit 2 with the reason on stderr; the plain list names the batches
    assert main(["imports", "undo", "1", "--reason", "test", "--db", path]) == 2
    assert "Customer N1 from this import" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:                                # --reason is required
        main(["imports", "undo", "2", "--db", path])
    assert e.value.code == 2 and "--reason" in capsys.readouterr().err
    assert main(["imports", "undo", "2", "--reason", "wrong month", "--db", path]) == 0
    assert "Import #2 undone: 5 invoice(s)" in capsys.readouterr().out
    assert main(["imports", "undo", "2", "--reason", "again", "--db", path]) == 2
    assert "already undone" in capsys.readouterr().err
    assert main(["imports", "list", "--db", path]) == 0
    out = capsys.readouterr().out
    assert "invoices.csv" in out and "customers.csv" in out and "wrong month" in out
