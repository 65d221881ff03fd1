"""Letter templates: the shipped defaults, the user's copies, placeholder checks and filling."""

from __future__ import annotations

import pytest

from app.services.letters import templates as TP
from app.services.letters.model import STAGE_TEMPLATES
from app.services.letters.sample import sample_letter


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ARDESK_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("name", STAGE_TEMPLATES)
def test_every_default_template_is_clean_and_uses_the_key_placeholders(name, language):
    text = TP.default_template_text(name, language)
    assert TP.check_template(text) == []
    sections = TP.split_sections(text)
    assert set(sections) <= set(TP.SECTIONS)
    assert sections["subject"] and sections["salutation"] and sections["body"] and sections["closing"]
    assert "{customer_name}" in sections["salutation"]
    for field in ("{pay_by}", "{bank_account}", "{reference}"):
        assert field in sections["body"], (name, language, field)
    if name in ("demand", "final_notice", "handover"):
        assert "{consequences}" in sections["body"] and sections["consequences"]
        for field in ("{fee}", "{interest}", "{total_due}", "{total_overdue}"):
            assert field in sections["body"], (name, language, field)


def test_tone_rises_with_the_stage():
    zh = {n: TP.default_template_text(n, "zh") for n in STAGE_TEMPLATES}
    en = {n: TP.default_template_text(n, "en") for n in STAGE_TEMPLATES}
    assert "温馨提示" in zh["reminder"] and "律师" not in zh["reminder"]
    assert "{company_phone}" in zh["first_reminder"] and "{company_phone}" in en["first_reminder"]
    assert "催告函" in zh["demand"] and "Formal demand" in en["demand"]
    assert "诉讼" in zh["final_notice"] and "legal proceedings" in en["final_notice"]
    assert "移交" in zh["handover"] and "collection agency" in en["handover"]


def test_check_template_reports_every_problem_with_its_line():
    text = ("[subject]\nHello {customer_name}\n[body]\nDear {custmer_name}, pay {total_due:>10}\n"
            "a lone { brace and a lone } one, {{literal}} is fine\n{0} {}\n[footer]\n# {comment} ignored\n")
    problems = TP.check_template(text)
    got = [(p.line, p.kind, p.text) for p in problems]
    assert (4, "unknown", "{custmer_name}") in got
    assert (4, "broken", "{total_due:>10}") in got
    assert (5, "broken", "{ brace and a lone }") in got
    assert len([p for p in problems if p.line == 5]) == 1       # {{literal}} is not a problem
    assert [p.kind for p in TP.check_template("only { here")] == ["broken"]
    assert [p.kind for p in TP.check_template("only } here")] == ["broken"]
    assert (6, "broken", "{0}") in got and (6, "broken", "{}") in got
    assert (7, "section", "footer") in got
    assert all(p.line != 8 for p in problems)          # comments are not checked
    assert "unknown placeholder {custmer_name}" in problems[0].message()
    assert TP.check_template("[subject]\nx\n")[-1].kind == "missing"
    assert TP.check_template("no sections: {customer_name}") == []      # all of it is the body
    assert TP.check_template("{my_field}", extra_names=["my_field"]) == []


def test_render_text_fills_and_never_prints_a_broken_placeholder():
    d = sample_letter("demand", "zh")
    out = TP.render_text("{customer_name} 欠款 {total_due}，{{不是占位符}}", d)
    assert out == "北京恒远科技股份有限公司 欠款 人民币138,339.44元，{不是占位符}"
    for bad in ("Dear {custmer_name}", "Pay {total_due", "{total_due!r}", "close } only"):
        with pytest.raises(TP.TemplateError) as e:
            TP.render_text(bad, d)
        assert e.value.details


def test_placeholder_values_in_each_language():
    zh = TP.placeholder_values(sample_letter("demand", "zh"))
    en = TP.placeholder_values(sample_letter("demand", "en"))
    assert zh["pay_by"] == "2026年12月3日" and en["pay_by"] == "3 December 2026"
    assert zh["total_overdue"] == "人民币135,802.41元" and en["total_overdue"] == "CNY 135,802.41"
    assert zh["fee"] == "人民币500.00元" and en["interest"] == "CNY 2,037.03"
    assert zh["bank_account"] == "开户行：中国工商银行上海浦东支行，账号：1001 2345 6789 0123 456"
    assert en["bank_account"] == "ICBC Shanghai Pudong, account 1001 2345 6789 0123 456"   # the CNY one
    assert zh["total_due_capitals"] == "人民币壹拾叁万捌仟叁佰叁拾玖元肆角肆分"
    assert zh["contract_number"] == "HT-2026-0815" and zh["reference"] == "DN-2026-030123"
    from dataclasses import replace
    bare = replace(sample_letter("reminder", "en"), pay_by=None, contract_number="")
    v = TP.placeholder_values(bare)
    assert v["pay_by"] == "30 November 2026"                 # letter date + DEFAULT_PAY_DAYS
    assert v["contract_number"] == "n/a"


def test_consequences_from_the_template_or_the_run():
    from dataclasses import replace

    d = sample_letter("final_notice", "en")
    body = TP.render_sections(TP.load_template("final_notice", "en"), d)["body"]
    assert "instruct our lawyers" in body
    d2 = replace(d, extra={"consequences": "We will report the debt to the credit agency."})
    body2 = TP.render_sections(TP.load_template("final_notice", "en"), d2)["body"]
    assert "credit agency" in body2 and "instruct our lawyers" not in body2


def test_user_copy_overrides_the_default_and_reset_brings_it_back(data_dir):
    assert not TP.load_template("reminder", "en").user_copy
    text = TP.default_template_text("reminder", "en").replace("Friendly payment reminder",
                                                              "A gentle note from {company_name}")
    path = TP.save_user_template("reminder", "en", text)
    assert path == data_dir / "letters" / "en" / "reminder.txt"
    tpl = TP.load_template("reminder", "en")
    assert tpl.user_copy and tpl.path == path
    subject = TP.render_sections(tpl, sample_letter("reminder", "en"))["subject"]
    assert subject == "A gentle note from Example Trading Ltd."
    TP.reset_user_template("reminder", "en")
    assert not TP.load_template("reminder", "en").user_copy


def test_a_broken_user_copy_is_refused_and_reported_not_printed(data_dir):
    with pytest.raises(TP.TemplateError):
        TP.save_user_template("demand", "zh", "[body]\n请付款 {total_du}\n")
    assert not (data_dir / "letters" / "zh" / "demand.txt").exists()
    # a copy edited outside ARDesk
    path = data_dir / "letters" / "zh" / "demand.txt"
    path.parent.mkdir(parents=True)
    path.write_text("[subject]\n催告函\n[body]\n请付款 {total_du}\n", encoding="utf-8")
    from app.services.letters.pdf import render_letter
    with pytest.raises(TP.TemplateError) as e:
        render_letter(sample_letter("demand", "zh"))
    assert "zh/demand" in str(e.value) and str(path) in str(e.value)
    assert any("{total_du}" in d for d in e.value.details)


def test_unknown_template_or_language():
    with pytest.raises(TP.TemplateError):
        TP.load_template("bogus", "zh")
    with pytest.raises(TP.TemplateError):
        TP.load_template("demand", "fr")


def test_preview_of_unsaved_text():
    from app.services.letters.pdf import preview_template

    text = TP.default_template_text("demand", "en").replace("Formal demand", "Formal DEMAND {custmer}")
    problems, pdf = preview_template(text, "demand", "en")
    assert pdf is None and [p.text for p in problems] == ["{custmer}"]
    problems, pdf = preview_template(text.replace(" {custmer}", ""), "demand", "en")
    assert problems == [] and pdf.startswith(b"%PDF")
