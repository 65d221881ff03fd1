"""The user's copies of letter and e-mail templates reach what is issued and sent: a letter
issued through the dunning run prints the user's wording, the e-mail carrying it uses the user's
subject and body; resetting brings the defaults back. Also the e-mail texts' own checks."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Company
from app.services import customers as cs
from app.services import dunning as dn
from app.services import ledger, mail
from app.services.letters import templates as TP
from app.services.letters.model import STAGE_TEMPLATES

ON = date(2026, 11, 23)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("ARDESK_DATA_DIR", str(folder))
    return folder


def pdf_text(pdf: bytes) -> str:
    """The text of every page, through pdfium (no poppler needed)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            pages.append(tp.get_text_range())
            tp.close()
            page.close()
        return "\n".join(pages)
    finally:
        doc.close()


def issue_one(db, language: str) -> int:
    """One customer with an invoice 10 days overdue (the 'first_reminder' stage), issued with
    the real PDF writer; the action's id."""
    with db.session() as s:
        s.add(Company(name="示例有限公司", phone="021-5555 0000"))
        dn.save_settings(s, dn.DunningSettings().with_changes(
            grade_ladders={g: "standard" for g in "ABCD"}))
        cid = cs.create_customer(s, cs.CustomerData(code="C1", name="Hengyuan Tech", language=language,
                                                    currency="CNY", email="ap@kunde.example"))
        ledger.create_invoice(s, ledger.InvoiceData(
            number="INV-1", customer_id=cid, issue_date=date(2026, 10, 14), currency="CNY",
            amount_minor=1_234_500, due_date=date(2026, 11, 13)))
    with db.engine.connect() as conn:
        res = dn.run(conn, ON)
    (p,) = res.proposals
    assert p.template == "first_reminder" and p.language == language
    with db.session() as s:
        (issued,) = dn.issue(s, res.proposals, ON)           # the normal path: render_letter
    return issued.action_id


def stored_pdf(db, action_id: int) -> bytes:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT pdf FROM dunning_action WHERE id = ?", (action_id,)).scalar()


@pytest.mark.parametrize("language, sentence", [
    ("en", "Our accounts team now answers on Saturdays too."),
    ("zh", "我司财务部周六亦可受理对账。"),
])
def test_an_issued_letter_prints_the_users_copy(db, data_dir, language, sentence):
    text = TP.default_template_text("first_reminder", language)
    text = text.replace("[closing]", f"{sentence}\n[closing]")
    path = TP.save_user_template("first_reminder", language, text)
    assert path.is_file() and path.is_relative_to(data_dir)
    aid = issue_one(db, language)
    printed = "".join(pdf_text(stored_pdf(db, aid)).split())
    assert "".join(sentence.split()) in printed


def test_an_issued_letter_without_a_copy_prints_the_default(db, data_dir):
    TP.save_user_template("first_reminder", "en", "[body]\nWe changed our mind.\n")
    TP.reset_user_template("first_reminder", "en")
    printed = pdf_text(stored_pdf(db, issue_one(db, "en")))
    assert "We changed our mind" not in printed
    assert "Payment reminder" in printed or "reminder" in printed.lower()


def test_the_mail_carrying_a_letter_uses_the_users_subject_and_body(db, data_dir):
    aid = issue_one(db, "zh")
    with db.engine.connect() as conn:
        default_subject, default_body = mail.mail_text(conn, aid)
    assert not TP.has_user_copy("first_reminder", "zh", mail=True)
    TP.save_user_template("first_reminder", "zh", (
        "# my own\n[subject]\n{company_name} 对账提醒 {reference}\n[body]\n"
        "{customer_name}：\n\n周六也可以对账，合计{total_due}。\n"), mail=True)
    assert TP.has_user_copy("first_reminder", "zh", mail=True)
    assert (data_dir / "letters" / "zh" / "mail_first_reminder.txt").is_file()
    with db.engine.connect() as conn:
        subject, body = mail.mail_text(conn, aid)
        ref = conn.exec_driver_sql("SELECT reference FROM dunning_action WHERE id = ?", (aid,)).scalar()
        letter = mail.prepare_letter(conn, aid)
    assert subject == f"示例有限公司 对账提醒 {ref}"
    assert body == "Hengyuan Tech：\n\n周六也可以对账，合计人民币12,345.00元。\n"
    assert (letter.subject, letter.body) == (subject, body)
    TP.reset_user_template("first_reminder", "zh", mail=True)
    with db.engine.connect() as conn:
        assert mail.mail_text(conn, aid) == (default_subject, default_body)


def test_mail_copies_are_checked_like_letters(data_dir):
    with pytest.raises(TP.TemplateError) as e:
        TP.save_user_template("demand", "en", "[subject]\nPay {total_du}\n[body]\nNow.\n", mail=True)
    assert any("{total_du}" in d for d in e.value.details)
    assert not TP.has_user_copy("demand", "en", mail=True)
    # a letter section is not an e-mail section; an e-mail needs a body
    kinds = [p.kind for p in TP.check_template("[subject]\nx\n[salutation]\nDear\n", mail=True)]
    assert kinds == ["section", "missing"]
    assert TP.check_template("[subject]\nx\n[salutation]\nDear\n[body]\ny\n") == []


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("name", STAGE_TEMPLATES)
def test_every_default_mail_text_is_clean(name, language):
    text = TP.default_template_text(name, language, mail=True)
    assert TP.check_template(text, mail=True) == []
    problems, subject, body = TP.preview_mail(text, name, language)
    assert problems == [] and subject and "{" not in subject + body
    assert TP.load_template(name, language, mail=True).mail


def test_preview_mail_reports_problems_and_fills_the_rest():
    problems, subject, body = TP.preview_mail("[subject]\nHi {custmer}\n[body]\nx\n", "demand", "en")
    assert [(p.line, p.kind, p.text) for p in problems] == [(2, "unknown", "{custmer}")]
    assert (subject, body) == ("", "")
    problems, subject, body = TP.preview_mail("[subject]\n\n[body]\nDear {customer_name},\n",
                                              "demand", "en")
    assert problems == [] and subject.startswith("DN-") and body == "Dear Hengyuan Technology Co., Ltd.,\n"


def test_scan_line_and_placeholder_help():
    line = "Pay {total_due} by {pay_by:%d} to {acount}, {{not}} a } brace"
    kinds = [(line[a:b], k) for a, b, k in TP.scan_line(line, TP.PLACEHOLDERS)]
    assert kinds == [("{total_due}", "field"), ("{pay_by:%d}", "broken"), ("{acount}", "unknown"),
                     ("}", "brace")]
    assert set(TP.PLACEHOLDER_HELP) == set(TP.PLACEHOLDERS)
    assert all(TP.PLACEHOLDER_HELP.values())
