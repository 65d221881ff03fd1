"""The claim pack PDF: its text (extracted with pdftotext) holds the invoices, amounts, the
collection history, the checklist and Chinese text; user text prints as written."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from app.errors import ValidationError
from app.services import insurance as ins
from app.services.dunning import add_promise, log_contact
from insurance_book import book, db, insured  # noqa: F401 - fixtures


def pdf_text(pdf: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    f = tmp_path / "pack.pdf"
    f.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(f), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def filed(insured):
    book, pid = insured
    buy = book.customers["BUY"]
    with book.db.session() as s:
        log_contact(s, buy, date(2026, 5, 10), "call", "财务称资金紧张", invoice_id=book.invoices["INV-2026-0001"],
                    outcome="reached")
        add_promise(s, [book.invoices["INV-2026-0001"]], date(2026, 6, 15), date(2026, 5, 20),
                    note="承诺6月中旬付款")
        log_contact(s, book.customers["OTHER"], date(2026, 5, 11), "call", "NOT-THIS-CUSTOMER")
        ins.notify_overdue(s, book.invoices["INV-2026-0001"], on=date(2026, 6, 25), reference="NL-0625")
        cid = ins.open_claim(s, pid, buy, on=date(2026, 9, 1))
        ins.set_document(s, cid, "contract", present=True, note="HT-2026-17")
        ins.file_claim(s, cid, on=date(2026, 9, 5))
    return book, cid


def test_claim_pack_zh(filed, tmp_path):
    book, cid = filed
    with book.db.engine.connect() as conn:
        pdf = ins.render_claim_pack(conn, cid, "zh")
        history = ins.claim_history(conn, cid)
    assert pdf.startswith(b"%PDF")
    assert [h.kind for h in history] == ["call", "promise", "notification"]      # oldest first
    t = pdf_text(pdf, tmp_path)
    for s in ("索赔申请书", "SINO-2026-001", "CL-2026-0001", "INV-2026-0001", "INV-2026-0002",
              "70,000.00", "50,000.00", "120,000.00", "100,000.00", "85,500.00", "× 90 %",
              "发票明细", "催收记录", "财务称资金紧张", "承诺6月中旬付款", "NL-0625", "随附单证清单",
              "销售合同", "已附", "缺少", "HT-2026-17", "Acme & <Sons> 贸易公司", "第 1 页"):
        assert s in t, s
    assert "NOT-THIS-CUSTOMER" not in t
    # days overdue counted to the filing day: 30 April → 5 September = 128
    assert "128" in t


def test_claim_pack_en_and_draft_figures(insured, tmp_path):
    book, pid = insured
    with book.db.session() as s:
        cid = ins.open_claim(s, pid, book.customers["BUY"], on=date(2026, 9, 1))
    book.pay("INV-2026-0002", "50000", date(2026, 9, 2))
    with book.db.engine.connect() as conn:
        pdf = ins.render_claim_pack(conn, cid, "en", as_of=date(2026, 9, 3))
        with pytest.raises(ValidationError):
            ins.render_claim_pack(conn, cid, "fr")
    t = pdf_text(pdf, tmp_path)
    # a draft shows what it is worth on the day: (70,000.00 − 5,000.00) × 90 % = 58,500.00
    for s in ("Claim for non-payment", "Schedule of invoices", "Collection history",
              "No collection steps recorded.", "58,500.00", "Missing", "Acme & <Sons>", "贸易公司",
              "Page 1 of"):
        assert s in t, s
