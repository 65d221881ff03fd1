"""Customer statements: open items as of the date (credit notes, unapplied money), recent
payments and the aging summary, for one customer or all of them; the CLI command."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from app.services.letters.statement import (company_for_letters, render_statement, render_statements,
                                            statement_data)

from letter_helpers import needs_pdftotext, pdf_text

from conftest import AS_OF


@pytest.fixture
def ledger_db(db):
    """C1 北京华夏 (zh): I1 1,000.00 not due, I2 2,000.00 120 days late of which 500.00 paid,
    credit note 100.00 open, 300.00 received and not applied.
    C2 'A&B <Ltd>' (en, USD): I3 300.00 10 days late. C3: everything paid."""
    from app.services import ledger as L
    from app.services.company import BankAccountData, CompanyData, save_company
    from app.services.customers import CustomerData, create_customer

    def inv(s, number, cid, due_days_ago, cur, amount):
        due = AS_OF - timedelta(days=due_days_ago)
        return L.create_invoice(s, L.InvoiceData(number, cid, due - timedelta(days=30), cur, amount,
                                                 due_date=due))

    with db.session() as s:
        save_company(s, CompanyData(name="测试贸易有限公司 & Co", address="上海市浦东新区 1 号",
                                    phone="021-1234", home_currency="CNY",
                                    bank_accounts=(BankAccountData("工商银行", "6222 0000", "CNY"),)))
        a = create_customer(s, CustomerData("C1", "北京华夏科技有限公司", "CNY", 30,
                                            address="北京市海淀区 2 号", contact="李雷", language="zh"))
        b = create_customer(s, CustomerData("C2", "A&B <Ltd>", "USD", 30, address="1 <Main> St",
                                            language="en"))
        c = create_customer(s, CustomerData("C3", "Paid Up Co", "CNY", 30, language="en"))
        inv(s, "I1", a, -10, "CNY", 100_000)
        i2 = inv(s, "I2", a, 120, "CNY", 200_000)
        inv(s, "I3", b, 10, "USD", 30_000)
        i4 = inv(s, "I4", c, 50, "CNY", 10_000)
        p = L.record_payment(s, customer_id=a, on=AS_OF - timedelta(days=20), currency="CNY",
                             amount_minor=80_000, reference="TT 8899 <ref>")
        L.allocate_payment(s, p, i2, 50_000, AS_OF - timedelta(days=20))
        L.create_credit_note(s, L.InvoiceData("CN1", a, AS_OF - timedelta(days=5), "CNY", 10_000),
                             allocate=False)
        p2 = L.record_payment(s, customer_id=c, on=AS_OF - timedelta(days=3), currency="CNY",
                              amount_minor=10_000, reference="full")
        L.allocate_payment(s, p2, i4, 10_000, AS_OF - timedelta(days=3))
    return db


def _cid(conn, code):
    return conn.exec_driver_sql("SELECT id FROM customer WHERE code = ?", (code,)).scalar()


def test_statement_data_follows_the_as_of_rule(ledger_db):
    with ledger_db.engine.connect() as conn:
        sd = statement_data(conn, _cid(conn, "C1"), AS_OF)
        assert sd.language == "zh" and sd.customer.name == "北京华夏科技有限公司"
        [cny] = sd.currencies
        assert [(x.number, x.kind, x.open_minor) for x in cny.lines] == [
            ("I2", "invoice", 150_000), ("I1", "invoice", 100_000), ("CN1", "credit_note", 10_000)]
        assert cny.unapplied_payments == 30_000
        assert cny.balance_minor == 150_000 + 100_000 - 10_000 - 30_000
        assert sum(cny.buckets) == 250_000 and cny.buckets[0] == 100_000
        assert [x.days_overdue for x in cny.lines[:2]] == [120, -10]
        assert [p.reference for p in sd.payments] == ["TT 8899 <ref>"]
        # before the payment: all of I2 open, nothing unapplied
        early = statement_data(conn, _cid(conn, "C1"), AS_OF - timedelta(days=25))
        assert [(x.number, x.open_minor) for x in early.currencies[0].lines] == [("I2", 200_000)]
        assert early.currencies[0].unapplied_payments == 0
        company = company_for_letters(conn)
        assert company.name == "测试贸易有限公司 & Co"
        assert company.bank_accounts == (("工商银行", "6222 0000", "CNY"),)
        assert company.seal_image is None


@needs_pdftotext
def test_statement_pdf_in_chinese(ledger_db, tmp_path):
    with ledger_db.engine.connect() as conn:
        pdf = render_statement(conn, _cid(conn, "C1"), AS_OF)
    text = pdf_text(pdf, tmp_path, layout=True)
    flat = re.sub(r"\s+", "", text)
    assert "对账单" in text and "截至2026年11月23日" in flat
    assert "北京华夏科技有限公司" in text and "测试贸易有限公司 & Co" in text
    for s in ("I1", "I2", "CN1", "1,500.00", "1,000.00", "-100.00", "-300.00", "2,100.00",
              "TT 8899 <ref>", "贷项通知单", "账龄汇总", "未到期", "91–180天", "近期收款", "10天后到期"):
        assert s in text or s in flat, s
    assert "第 1 页，共 1 页" in text


@needs_pdftotext
def test_statement_pdf_in_english_escapes_the_name(ledger_db, tmp_path):
    with ledger_db.engine.connect() as conn:
        pdf = render_statement(conn, _cid(conn, "C2"), AS_OF, page_size="Letter")
        zh = render_statement(conn, _cid(conn, "C2"), AS_OF, "zh")
    text = pdf_text(pdf, tmp_path, layout=True)
    assert "A&B <Ltd>" in text and "1 <Main> St" in text
    assert "Statement of account" in text and "Open items (USD)" in text and "300.00" in text
    assert "Page 1 of 1" in text
    assert b"/MediaBox [ 0 0 612 792 ]" in pdf
    assert "对账单" in pdf_text(zh, tmp_path)


def test_statements_for_everyone_with_open_items(ledger_db, tmp_path):
    with ledger_db.engine.connect() as conn:
        files = render_statements(conn, AS_OF, directory=tmp_path / "out", path=tmp_path / "all.pdf")
    names = sorted(p.name for p in files)
    assert names == ["C1-statement-2026-11-23.pdf", "C2-statement-2026-11-23.pdf", "all.pdf"]
    assert not list((tmp_path / "out").glob("*.partial"))
    combined = (tmp_path / "all.pdf").read_bytes()
    assert len(re.findall(rb"/Type /Page[^s]", combined)) >= 2


def test_cli_letters_statement(ledger_db, tmp_path, capsys):
    from app.cli import main

    db = str(ledger_db.path)
    ledger_db.close()
    out = tmp_path / "c1.pdf"
    assert main(["letters", "statement", "--customer", "C1", "--pdf", str(out), "--db", db,
                 "--as-of", "2026-11-23", "--language", "en"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["letters", "statement", "--customer", "NOPE", "--pdf", str(out), "--db", db]) == 2
    assert "NOPE" in capsys.readouterr().err
    assert main(["letters", "statement", "--all", "--dir", str(tmp_path / "d"), "--db", db,
                 "--as-of", "2026-11-23"]) == 0
    assert len(list((tmp_path / "d").glob("*.pdf"))) == 2
    assert main(["letters", "statement", "--all", "--db", db]) == 2
    assert main(["letters", "statement", "--all", "--pdf", str(tmp_path / "none.pdf"), "--db", db,
                 "--as-of", "2000-01-01"]) == 0
    assert not (tmp_path / "none.pdf").exists()
