"""Dunning letters as PDF: every template in zh and en, text extracted and checked, the CJK font
embedded, long letters paginated with the header repeated, user text printed as written."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.services.letters.model import STAGE_TEMPLATES, LetterInvoice
from app.services.letters.pdf import render_letter, render_letters
from app.services.letters.sample import sample_letter, with_images
from app.services.letters.text import width_of, wrap_lines

from letter_helpers import needs_pdffonts, needs_pdftotext, pdf_fonts, pdf_text, png


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


@needs_pdftotext
@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("template", STAGE_TEMPLATES)
def test_each_template_prints_names_amounts_and_wording(template, language, tmp_path):
    d = sample_letter(template, language)
    text = pdf_text(render_letter(d), tmp_path)
    flat = re.sub(r"\s+", "", text)
    assert d.customer.name.replace(" ", "") in flat and d.company.name.replace(" ", "") in flat
    assert d.reference in text
    for inv in d.invoices:
        assert inv.number in text
    assert "12,345.67" in text                              # an open amount, grouped
    assert "138,339.44" in text or template in ("reminder", "first_reminder")   # total due
    if language == "zh":
        assert "应付合计" in text and "到期日" in text
        assert "金额大写：人民币" in flat
        if template in ("demand", "final_notice", "handover"):
            assert "人民币壹拾叁万捌仟叁佰叁拾玖元肆角肆分" in flat
            assert "滞纳金" in text and "逾期利息" in text
        assert {"reminder": "付款提醒", "first_reminder": "逾期付款提醒", "demand": "催告函",
                "final_notice": "最后催款通知", "handover": "移交"}[template] in flat
        assert "第 1 页，共 1 页" in text
    else:
        assert "Total due" in text and "Due date" in text
        assert "人民币" not in text and "壹" not in text        # no capitals on English letters
        assert {"reminder": "Friendly payment reminder", "first_reminder": "Payment reminder",
                "demand": "Formal demand for payment", "final_notice": "Final notice before legal action",
                "handover": "legal counsel"}[template] in text
        assert "Page 1 of 1" in text


@needs_pdffonts
def test_cjk_font_is_embedded_as_a_subset(tmp_path):
    fonts = pdf_fonts(render_letter(sample_letter("demand", "zh")), tmp_path)
    cjk = [f for f in fonts if "DroidSansFallback" in f[0]]
    assert cjk, fonts
    for f in cjk:
        assert re.match(r"[A-Z]{6}\+DroidSansFallback", f[0])   # subset prefix
        assert f[-5:-2] == ["yes", "yes", "yes"]                 # emb, sub, uni
    en = pdf_fonts(render_letter(sample_letter("demand", "en")), tmp_path)
    assert not [f for f in en if "Droid" in f[0]]               # nothing Chinese: no CJK font


@needs_pdftotext
def test_sixty_invoices_span_pages_with_header_and_page_numbers(tmp_path):
    d = sample_letter("demand", "zh", invoices=60)
    pdf = render_letter(d)
    pages = _pages(pdf)
    assert pages >= 2
    text = pdf_text(pdf, tmp_path)
    per_page = text.split("\f")[:pages]
    assert all(f"第 {n} 页，共 {pages} 页" in p for n, p in enumerate(per_page, start=1))
    with_rows = [p for p in per_page if "INV-2026-" in p]
    assert len(with_rows) >= 2
    assert all("发票号" in p and "未付金额" in p for p in with_rows)        # header on every page
    for inv in d.invoices:
        assert inv.number in text
    total = f"{d.total_due_minor // 100:,}.{d.total_due_minor % 100:02d}"
    assert total in text
    assert "续页" in per_page[1]                                          # running head


@needs_pdftotext
def test_user_text_prints_as_written(tmp_path):
    nasty = "A&B <Ltd> & <b>bold</b> {customer_name} 50% \\ (x)"
    d = sample_letter("demand", "en")
    d = replace(d, customer=replace(d.customer, name=nasty, address="1 <Main> St & Co\nLine two"),
                company=replace(d.company, name="Us & <Them> Ltd."),
                invoices=(replace(d.invoices[0], number="INV<1>&2"),) + d.invoices[1:])
    text = pdf_text(render_letter(d), tmp_path, layout=True)
    assert nasty in text                         # placeholders in the value are not filled again
    assert "1 <Main> St & Co" in text and "Us & <Them> Ltd." in text and "INV<1>&2" in text
    assert "&amp;" not in text and "&lt;" not in text


@needs_pdftotext
def test_batch_numbers_pages_per_letter(tmp_path):
    datas = [sample_letter("demand", "en"), sample_letter("demand", "zh", invoices=60),
             sample_letter("reminder", "en")]
    datas = [replace(d, reference=f"REF-{n}") for n, d in enumerate(datas)]
    pdf = render_letters(datas, tmp_path / "batch.pdf")
    assert (tmp_path / "batch.pdf").read_bytes() == pdf
    text = pdf_text(pdf, tmp_path)
    long_pages = _pages(render_letter(datas[1]))
    assert _pages(pdf) == 2 + long_pages
    assert text.count("Page 1 of 1") == 2
    assert f"第 {long_pages} 页，共 {long_pages} 页" in text
    pages = text.split("\f")
    assert "REF-0" in pages[0] and "REF-1" in pages[1] and "REF-2" in pages[-2]


def test_letter_size_and_images(tmp_path):
    d = with_images(sample_letter("final_notice", "zh"), logo=png((300, 120), ring=False),
                    signature=png((300, 100), (20, 20, 90, 255)), seal=png((2000, 2000)))
    a4 = render_letter(d)
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in a4
    assert a4.count(b"/Subtype /Image") == 6                 # logo, signature, seal + their alpha masks
    assert b"/Width 600" in a4                                # the 2000 px seal was scaled down once
    letter = render_letter(replace(d, page_size="Letter"))
    assert b"/MediaBox [ 0 0 612 792 ]" in letter
    again = render_letters([d, d])                            # the same images are stored once
    assert again.count(b"/Subtype /Image") == 6


def test_not_yet_due_invoices_show_when_they_fall_due(tmp_path):
    from app.services.letters.labels import days_text

    assert days_text(3, "en") == "3" and days_text(0, "zh") == "今日到期"
    assert days_text(-3, "en") == "due in 3 d" and days_text(-3, "zh") == "3天后到期"
    d = sample_letter("reminder", "en", invoices=1)
    inv = LetterInvoice("X-1", date(2026, 10, 26), date(2026, 11, 26), -3, 100_00)
    assert b"%PDF" in render_letter(replace(d, invoices=(inv,)))[:8]


def test_no_letters_is_an_error():
    with pytest.raises(ValueError):
        render_letters([])


# ------------------------------------------------------------ line breaking

def test_chinese_lines_break_between_characters_but_not_before_punctuation():
    text = "根据我司与贵司签订的合同（合同编号：HT-2026-0815），我司已依约履行了全部义务。" * 3
    lines = wrap_lines(text, 200, 10, cjk_wrap=True)
    assert len(lines) > 3
    assert "".join(lines) == text
    for ln in lines:
        assert width_of(ln, 10) <= 200.01
        assert ln[0] not in "，。、；：）》」』”" and ln[-1] not in "（《「『“"
        assert "HT-2026-0815" in ln or "HT-" not in ln           # a Latin run is not split


@pytest.mark.parametrize("width", range(120, 330, 7))
def test_amounts_in_chinese_lines_are_never_split(width):
    """A thousands separator or decimal point inside an amount is not a place to break."""
    text = "截至2026年11月23日，上述发票未付金额合计USD 12,235.92，贵司核准的买方信用限额为USD 20,000.00。扣除免赔额后按赔付比例90 %计算，本次索赔金额为USD 10,112.33。"
    lines = wrap_lines(text, width, 10, cjk_wrap=True)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for amount in ("12,235.92", "20,000.00", "10,112.33", "2026"):
        assert any(amount in ln for ln in lines), (amount, lines)
    assert not any(ln[0] in ",." for ln in lines)


def test_english_lines_break_at_spaces_and_cut_only_overlong_words():
    lines = wrap_lines("Dear customer, please pay the amount below by the date given.", 100, 10)
    assert all(width_of(x, 10) <= 100.01 for x in lines)
    assert " ".join(lines) == "Dear customer, please pay the amount below by the date given."
    long = wrap_lines("X" * 80, 100, 10)
    assert len(long) > 1 and "".join(long) == "X" * 80
    assert wrap_lines("one\ntwo", 100, 10) == ["one", "two"]


def test_pay_by_default_and_dates():
    d = replace(sample_letter("reminder", "en"), pay_by=None)
    assert render_letter(d)[:4] == b"%PDF"
    assert d.date + timedelta(days=7) == date(2026, 11, 30)


def test_hostile_texts_do_not_break_a_letter(tmp_path):
    """Emoji and symbols neither font has, control characters, tabs, right-to-left text, one
    endless word, a very long name: the letter still renders, nothing is cut off the page."""
    hostile = "🚀🇨🇳 \x07bell\ttab שלום مرحبا " + "W" * 300 + " " + "长" * 400
    d = sample_letter("demand", "zh", invoices=2)
    d = replace(d, customer=replace(d.customer, name=hostile, address=hostile, contact="\x00"),
                contract_number="<" * 50, extra={"consequences": hostile})
    pdf = render_letter(d)
    assert pdf.startswith(b"%PDF") and _pages(pdf) >= 1
    lines = wrap_lines(hostile, 400, 10, cjk_wrap=True)
    assert all(width_of(x, 10) <= 400.01 for x in lines)
