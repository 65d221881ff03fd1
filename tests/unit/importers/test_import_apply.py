"""All-or-nothing, only-valid with the rejected rows as CSV, progress and cancel, profiles."""

from __future__ import annotations

import csv

import pytest

from app.errors import ImportRejected, UserError
from app.services.importers import (ImportOptions, ProfileError, apply_import, delete_profile, import_file,
                                    list_profiles, load_profile, plan_import, read_table, save_profile,
                                    write_rejected_csv)
from app.services.importers import writing
from app.services.importers.writing import safe_cell
from app.services.progress import Cancelled, Progress

HEAD = ["发票号码", "客户编号", "开票日期", "到期日", "币种", "金额", "备注"]


def count(db, table):
    with db.engine.connect() as c:
        return c.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar_one()


def mixed_file(write_csv):
    return write_csv([HEAD,
                      ["OK-1", "C1", "2026-11-01", "", "", "10", "=HYPERLINK(\"x\")"],
                      ["BAD-1", "C9", "2026-11-01", "", "", "-5.5", "+cmd"],
                      ["OK-2", "C2", "2026-11-01", "", "", "20", "@sum"],
                      ["BAD-2", "C1", "2026-11-01", "", "", "1.234", "客户"]])


def test_all_or_nothing_then_only_valid_with_rejected_csv(seeded, write_csv, as_of, tmp_path, snap):
    p = mixed_file(write_csv)
    before = snap(seeded)
    with pytest.raises(ImportRejected) as e:
        import_file(seeded, "invoices", p, as_of=as_of)
    assert [x.row for x in e.value.errors] == [3, 5]
    assert snap(seeded) == before
    r = import_file(seeded, "invoices", p, as_of=as_of, only_valid=True)
    assert (r.new, r.invalid, r.rejected, r.written) == (2, 2, 2, True)
    assert count(seeded, "invoice") == 2
    with seeded.engine.connect() as c:
        assert c.exec_driver_sql("SELECT rows_added, rows_rejected FROM import_batch").one() == (2, 2)
    out = tmp_path / "rejected.csv"
    assert write_rejected_csv(r.plan, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == HEAD + ["error"]
    assert rows[1][:7] == ["BAD-1", "C9", "2026-11-01", "", "", "-5.5", "'+cmd"]
    assert rows[1][7].startswith("row 3, 客户编号: Unknown customer C9")
    assert rows[2][:7] == ["BAD-2", "C1", "2026-11-01", "", "", "1.234", "客户"]
    assert "row 5, 金额: 1.234 has more decimals than CNY allows (2)." == rows[2][7]
    # the fixed file goes in: the rejected CSV reads back with the same header detection
    fixed = out.read_text(encoding="utf-8-sig").replace("C9", "C1").replace("1.234", "1.23")
    out.write_text(fixed, encoding="utf-8-sig")
    r2 = import_file(seeded, "invoices", out, as_of=as_of)
    assert r2.new == 2 and count(seeded, "invoice") == 4


def test_safe_cell():
    assert [safe_cell(x) for x in ("=1+2", "+cmd", "-x", "@a", "\tx", "-12.50", "+3", "-1,234.56", "ok", "")] == [
        "'=1+2", "'+cmd", "'-x", "'@a", "'\tx", "-12.50", "+3", "-1,234.56", "ok", ""]


def test_rejected_csv_unwritable(seeded, write_csv, as_of, tmp_path):
    plan = plan_import(seeded, "invoices", read_table(mixed_file(write_csv)), as_of=as_of)
    with pytest.raises(UserError, match="Cannot write"):
        write_rejected_csv(plan, tmp_path / "no" / "such" / "dir.csv")


def test_progress_reports_checking_and_writing(seeded, write_csv, as_of, monkeypatch):
    monkeypatch.setattr(writing, "CHUNK", 3)
    seen = []
    p = write_csv([HEAD] + [[f"I{k}", "C1", "2026-11-01", "", "", "1", ""] for k in range(10)])
    import_file(seeded, "invoices", p, as_of=as_of, progress=Progress(lambda d, t, w: seen.append((w, d, t))))
    assert ("Checking rows", 0, 10) in seen and ("Checking rows", 10, 10) in seen
    writes = [d for w, d, t in seen if w == "Writing"]
    assert writes[0] == 0 and writes[-1] == 10 and 3 in writes


def test_cancel_while_writing_leaves_the_database_as_before(seeded, write_csv, as_of, monkeypatch, snap):
    monkeypatch.setattr(writing, "CHUNK", 2)
    cust = write_csv([["code", "name"], ["N1", "New"], ["N2", "New 2"]], name="c.csv")
    inv = write_csv([HEAD] + [[f"I{k}", "N1", "2026-11-01", "", "", "1", ""] for k in range(7)])
    cplan = plan_import(seeded, "customers", read_table(cust), as_of=as_of)
    plan = plan_import(seeded, "invoices", read_table(inv), as_of=as_of, customers=cplan)
    assert plan.ok
    before = snap(seeded)
    prog = Progress()
    calls = []

    def cb(done, total, what):
        calls.append(done)
        if what == "Writing" and done >= 6:          # after customers and some invoice chunks
            prog.cancel()
    prog._callback = cb
    with pytest.raises(Cancelled):
        apply_import(seeded, plan, progress=prog)
    assert 6 in calls
    assert snap(seeded) == before


def test_cancel_while_checking(seeded, write_csv, as_of):
    p = write_csv([HEAD, ["I1", "C1", "2026-11-01", "", "", "1", ""]])
    prog = Progress()
    prog.cancel()
    with pytest.raises(Cancelled):
        import_file(seeded, "invoices", p, as_of=as_of, progress=prog)
    assert count(seeded, "invoice") == 0


def test_database_changed_between_check_and_write(seeded, write_csv, as_of):
    p = write_csv([HEAD, ["I1", "C1", "2026-11-01", "", "", "1", ""]])
    plan = plan_import(seeded, "invoices", read_table(p), as_of=as_of)
    import_file(seeded, "invoices", p, as_of=as_of)
    with pytest.raises(UserError, match="the database changed while the file was being checked"):
        apply_import(seeded, plan)
    assert count(seeded, "invoice") == 1


def test_header_only_file(seeded, write_csv, as_of):
    with pytest.raises(UserError, match="has a header row but no data rows"):
        import_file(seeded, "invoices", write_csv([HEAD]), as_of=as_of)


# ----------------------------------------------------------------------------- profiles

def test_profiles_save_load_list_delete_and_use_by_name(seeded, write_csv, as_of):
    first = write_csv([["Beleg", "Kunde", "Datum", "Betrag", ""], ["B1", "C1", "05/06/2026", "1.234,50", "x"]],
                      name="first.csv", delimiter=";")
    t = read_table(first, header_row=1)
    mapping = {"number": 0, "customer_code": 1, "issue_date": 2, "amount": 3, "po": 4}
    with seeded.session() as s:
        prof = save_profile(s, "invoices", " DE export ", t.headers, mapping,
                            ImportOptions(date_order="MDY", decimal_mark=","))
    assert prof.name == "DE export" and prof.mapping["po"] == "#5" and prof.mapping["due_date"] is None
    with seeded.session() as s:
        save_profile(s, "customers", "other", ["code", "name"], {"code": 0, "name": 1})
        assert [p.name for p in list_profiles(s, "invoices")] == ["DE export"]
        assert [(p.kind, p.name) for p in list_profiles(s)] == [("customers", "other"), ("invoices", "DE export")]
        loaded = load_profile(s, "invoices", "DE export")
    assert loaded.settings["date_order"] == "MDY"
    # a later file of the same layout, columns in another order, no recognisable header names
    later = write_csv([["Betrag", "Datum", "Kunde", "Beleg", ""], ["2.000,00", "05/06/2026", "C2", "B2", "y"]],
                      name="later.csv", delimiter=";")
    r = import_file(seeded, "invoices", later, as_of=as_of, mapping_name="DE export")
    assert r.new == 1
    rec = r.plan.invoices[0]
    assert (rec.number, rec.customer_code, rec.issue_date.isoformat(), rec.amount_minor, rec.po) == (
        "B2", "C2", "2026-05-06", 200000, "y")
    assert r.plan.date_order.source == "option"
    with seeded.session() as s:
        save_profile(s, "invoices", "DE export", t.headers, dict(mapping, po=None))   # replaces
        assert load_profile(s, "invoices", "DE export").mapping["po"] is None
        assert delete_profile(s, "invoices", "DE export") is True
        assert delete_profile(s, "invoices", "DE export") is False
        assert list_profiles(s, "invoices") == []


def test_profile_errors(seeded, write_csv, as_of):
    with seeded.session() as s:
        with pytest.raises(ProfileError, match="no saved invoices mapping named nope"):
            load_profile(s, "invoices", "nope")
        with pytest.raises(ProfileError, match="Give the mapping a name"):
            save_profile(s, "invoices", "  ", [], {})
        save_profile(s, "invoices", "p", ["Beleg", "Kunde", "Datum", "Betrag"],
                     {"number": 0, "customer_code": 1, "issue_date": 2, "amount": 3})
    other = write_csv([["Beleg", "Kunde", "Datum", "Summe"], ["B1", "C1", "2026-11-01", "1"]])
    with pytest.raises(ProfileError, match="no column named Betrag"):
        import_file(seeded, "invoices", other, as_of=as_of, mapping_name="p")
    with pytest.raises(ProfileError, match="no saved invoices mapping named q"):
        import_file(seeded, "invoices", other, as_of=as_of, mapping_name="q")


def test_plan_from_a_session_or_connection_and_foreign_currency_allowed(seeded, write_csv, as_of):
    p = write_csv([HEAD, ["I1", "C2", "2026-11-01", "", "CNY", "8", ""]])    # C2 bills in USD
    t = read_table(p)
    with seeded.session() as s:
        a = plan_import(s, "invoices", t, as_of=as_of)
    with seeded.engine.connect() as c:
        b = plan_import(c, "invoices", t, as_of=as_of)
    assert a.ok and b.ok and a.invoices == b.invoices
    assert (a.invoices[0].currency, a.invoices[0].amount_minor) == ("CNY", 800)
    with pytest.raises(TypeError):
        plan_import("not a db", "invoices", t, as_of=as_of)
