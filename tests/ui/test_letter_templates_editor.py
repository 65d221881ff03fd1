"""The letter templates editor: live preview of the real PDF, broken placeholders reported and
never saved, Save / Revert on the user's copies in the data folder, the unsaved-changes prompt,
and the saved wording reaching the letters actually issued and the e-mails sent."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.letters import templates as TP
from app.services.letters.model import STAGE_TEMPLATES

AS_OF_SENTENCE = "Our accounts team now answers on Saturdays too."


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("ARDESK_DATA_DIR", str(folder))
    return folder


def pdf_text(pdf: bytes) -> str:
    """Every page's text through pdfium (no poppler needed), whitespace removed. Not while a
    preview is being drawn in a worker: pdfium is used by one thread at a time."""
    import pypdfium2 as pdfium

    from app.ui.pdf_pages import RENDER_LOCK

    with RENDER_LOCK:
        return _pdf_text(pdfium, pdf)


def _pdf_text(pdfium, pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            out.append(tp.get_text_range())
            tp.close()
            page.close()
        return "".join("".join(out).split())
    finally:
        doc.close()


def squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def open_dialog(qtbot, ctx, data_dir):
    """open_dialog(template, language): the editor shown, its first preview drawn."""
    from app.ui.dialogs.letter_templates import LetterTemplatesDialog

    def discard(dlg) -> None:        # closing at teardown would ask about unsaved changes
        for kind, ed in dlg.editors.items():
            ed.setPlainText(dlg.loaded[kind])

    def make(template: str = "demand", language: str = "en") -> LetterTemplatesDialog:
        dlg = LetterTemplatesDialog(ctx, template=template, language=language)
        qtbot.addWidget(dlg, before_close_func=discard)
        dlg.resize(1300, 800)
        dlg.show()
        qtbot.waitUntil(lambda: dlg.pages_pdf is not None, timeout=15000)
        return dlg

    return make


def add_to_body(dlg, sentence: str, kind: str = "letter") -> None:
    ed = dlg.editors[kind]
    ed.setPlainText(ed.toPlainText().replace("[closing]", f"\n{sentence}\n[closing]", 1)
                    if kind == "letter" else ed.toPlainText() + f"\n{sentence}\n")


def test_lists_the_ladder_stages_and_the_placeholders(open_dialog):
    dlg = open_dialog("demand", "en")
    texts = [dlg.stage_model.item(r).text() for r in range(dlg.stage_model.rowCount())]
    assert len(texts) == len(STAGE_TEMPLATES)
    assert texts[0].startswith("1. Friendly reminder") and "3 days before the due date" in texts[0]
    assert texts[2].startswith("3. Formal demand letter") and "15 days after" in texts[2]
    assert all("Default texts" in t for t in texts)
    assert dlg.stage_list.currentIndex().row() == 2
    assert dlg.placeholder_model.rowCount() == len(TP.PLACEHOLDERS)
    assert dlg.placeholder_model.item(0, 1).text() == "The customer's name"
    assert dlg.lang_buttons["en"].isChecked() and not dlg.save_button.isEnabled()
    assert dlg.editors["letter"].toPlainText() == TP.default_template_text("demand", "en")
    assert dlg.editors["mail"].toPlainText() == TP.default_template_text("demand", "en", mail=True)
    # the company's letterhead with the sample customer
    assert "测试贸易有限公司" in pdf_text(dlg.pages_pdf)
    assert dlg.pages.labels and not dlg.pages.labels[0].pixmap().isNull()


def test_typing_updates_the_preview_shortly_after(qtbot, open_dialog):
    dlg = open_dialog("demand", "en")
    before_pdf = dlg.pages_pdf
    before_image = dlg.pages.images[0]
    assert squeeze(AS_OF_SENTENCE) not in pdf_text(before_pdf)
    add_to_body(dlg, AS_OF_SENTENCE)
    assert dlg.timer.isActive()                                 # debounced, not at once
    qtbot.waitUntil(lambda: dlg.pages_pdf is not before_pdf, timeout=15000)
    assert squeeze(AS_OF_SENTENCE) in pdf_text(dlg.pages_pdf)
    assert dlg.pages.images[0] != before_image
    assert dlg.save_button.isEnabled() and dlg.windowTitle().endswith("*")


def test_the_chinese_preview_prints_chinese(qtbot, open_dialog):
    dlg = open_dialog("final_notice", "zh")
    add_to_body(dlg, "我司财务部周六亦可受理对账。")
    qtbot.waitUntil(lambda: "周六亦可受理对账" in pdf_text(dlg.pages_pdf), timeout=15000)
    assert "北京恒远科技股份有限公司" in pdf_text(dlg.pages_pdf)


def test_a_broken_placeholder_is_reported_keeps_the_last_preview_and_cannot_be_saved(
        qtbot, open_dialog, data_dir, monkeypatch):
    dlg = open_dialog("demand", "en")
    good = dlg.pages_pdf
    ed = dlg.editors["letter"]
    ed.setPlainText(ed.toPlainText() + "Pay {total_du} now\nand a lone { brace\n")
    dlg.update_now()
    msg = dlg.problem_label.text()
    assert dlg.problem_label.isVisibleTo(dlg)
    lines = ed.toPlainText().count("\n")
    assert f"Line {lines - 1}: unknown placeholder {{total_du}}" in msg
    assert f"Line {lines}: broken placeholder" in msg
    assert not dlg.save_button.isEnabled()
    assert dlg.pages_pdf is good and "last version without problems" in dlg.preview_status.text()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert dlg.save() is False
    assert warned and "{total_du}" in warned[0]
    assert not TP.has_user_copy("demand", "en")
    assert not (data_dir / "letters" / "en" / "demand.txt").exists()
    # the message's link puts the cursor on the line
    dlg._goto_line(f"letter:{lines - 1}")
    assert ed.textCursor().blockNumber() == lines - 2
    # corrected: reported no more, saved
    ed.setPlainText(ed.toPlainText().replace("{total_du}", "{total_due}").replace("lone { brace", "brace"))
    dlg.update_now()
    assert not dlg.problem_label.isVisibleTo(dlg) and dlg.save_button.isEnabled()


def test_placeholder_double_click_inserts_at_the_cursor(qtbot, open_dialog):
    dlg = open_dialog("reminder", "en")
    ed = dlg.editors["letter"]
    ed.setPlainText("[body]\nHello , welcome")
    cur = ed.textCursor()
    cur.setPosition(len("[body]\nHello "))
    ed.setTextCursor(cur)
    row = TP.PLACEHOLDERS.index("customer_name")
    view = dlg.placeholders
    rect = view.visualRect(dlg.placeholder_model.index(row, 1))
    from PySide6.QtCore import Qt
    # as a real double-click: a click first (QTest's double-click alone is not one for a view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ed.toPlainText() == "[body]\nHello , welcome"                 # a single click inserts nothing
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ed.toPlainText() == "[body]\nHello {customer_name}, welcome"


def issue_for_first_customer(ctx):
    """Run the dunning for the working date and issue the proposal of customer C001 through
    the normal path (the real PDF writer); (template, language, stored PDF, action id)."""
    from app.services import dunning as dn

    with ctx.db.engine.connect() as conn:
        res = dn.run(conn, ctx.as_of())
    props = [p for p in res.proposals if p.customer_code == "C001" and p.letter is not None]
    assert props, res.proposals
    with ctx.db.session() as s:
        (issued,) = dn.issue(s, props, ctx.as_of())
    with ctx.db.engine.connect() as conn:
        pdf = conn.exec_driver_sql("SELECT pdf FROM dunning_action WHERE id = ?",
                                   (issued.action_id,)).scalar()
    return props[0].template, props[0].language, pdf, issued.action_id


def test_save_writes_the_users_copy_which_the_next_issued_letter_and_mail_use(
        qtbot, ctx, open_dialog, data_dir):
    from app.services import dunning as dn
    from app.services import mail

    with ctx.db.engine.connect() as conn:
        p = next(p for p in dn.run(conn, ctx.as_of()).proposals if p.customer_code == "C001")
    dlg = open_dialog(p.template, p.language)
    sentence = "我司财务部周六亦可受理对账。" if p.language == "zh" else AS_OF_SENTENCE
    add_to_body(dlg, sentence)
    dlg.tabs.setCurrentIndex(1)
    dlg.editors["mail"].setPlainText(dlg.editors["mail"].toPlainText().replace(
        "[subject]\n", "[subject]\nZX-9981 ", 1))
    qtbot.mouseClick(dlg.save_button, qtbot_left())
    letter_copy = data_dir / "letters" / p.language / f"{p.template}.txt"
    mail_copy = data_dir / "letters" / p.language / f"mail_{p.template}.txt"
    assert letter_copy.is_file() and sentence in letter_copy.read_text(encoding="utf-8")
    assert mail_copy.is_file()
    assert not dlg.is_dirty() and not dlg.save_button.isEnabled()
    row = STAGE_TEMPLATES.index(p.template)
    assert "Your letter and e-mail" in dlg.stage_model.item(row).text()
    assert dlg.stage_model.item(row).font().bold()
    # the next letter issued through the dunning run prints it, its e-mail carries the subject
    template, language, pdf, action_id = issue_for_first_customer(ctx)
    assert (template, language) == (p.template, p.language)
    assert squeeze(sentence) in pdf_text(pdf)
    with ctx.db.engine.connect() as conn:
        subject, _body = mail.mail_text(conn, action_id)
    assert subject.startswith("ZX-9981 ")


def test_revert_asks_then_removes_the_copy(qtbot, open_dialog, data_dir, monkeypatch):
    TP.save_user_template("handover", "en", TP.default_template_text("handover", "en") + "\nExtra.\n")
    dlg = open_dialog("handover", "en")
    assert "Extra." in dlg.editors["letter"].toPlainText()
    assert "saved in" in dlg.origin.text() and dlg.revert_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    dlg.revert()
    assert asked and TP.has_user_copy("handover", "en")        # cancelled: kept
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dlg.revert()
    assert not TP.has_user_copy("handover", "en")
    assert not (data_dir / "letters" / "en" / "handover.txt").exists()
    assert dlg.editors["letter"].toPlainText() == TP.default_template_text("handover", "en")
    assert "Default texts" in dlg.stage_model.item(STAGE_TEMPLATES.index("handover")).text()
    assert not dlg.revert_button.isEnabled()


def test_unsaved_changes_are_asked_about_when_switching_or_closing(qtbot, open_dialog, monkeypatch):
    dlg = open_dialog("demand", "en")
    add_to_body(dlg, "Unsaved words.")
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "exec", lambda self: answers.pop(0))
    dlg.stage_list.setCurrentIndex(dlg.stage_model.index(0, 0))        # to "reminder": cancelled
    assert dlg.template == "demand" and dlg.stage_list.currentIndex().row() == 2
    assert "Unsaved words." in dlg.editors["letter"].toPlainText()
    answers.append(QMessageBox.StandardButton.Cancel)
    dlg.lang_buttons["zh"].click()                                      # language: cancelled
    assert dlg.language == "en" and dlg.lang_buttons["en"].isChecked()
    answers.append(QMessageBox.StandardButton.Cancel)
    dlg.reject()                                                        # closing: cancelled
    assert dlg.isVisible()
    answers.append(QMessageBox.StandardButton.Discard)
    dlg.lang_buttons["zh"].click()                                      # discarded: switched
    assert dlg.language == "zh" and dlg.template == "demand"
    assert dlg.editors["letter"].toPlainText() == TP.default_template_text("demand", "zh")
    assert not TP.has_user_copy("demand", "en")
    add_to_body(dlg, "保存这句话。")
    answers.append(QMessageBox.StandardButton.Save)
    dlg.reject()                                                        # closing: saved first
    assert not dlg.isVisible()
    assert "保存这句话。" in TP.load_template("demand", "zh").text


def test_reachable_from_the_collections_tab_and_the_menu(qtbot, window, monkeypatch, data_dir):
    from app.ui.dialogs.letter_templates import LetterTemplatesDialog

    opened = []
    monkeypatch.setattr(LetterTemplatesDialog, "exec", lambda self: opened.append(self) or 0)
    window.acts.letter_templates.trigger()
    assert len(opened) == 1 and window.acts.letter_templates.text() == "&Letter templates…"
    assert window.acts.letter_templates in window.edit_menu.actions()
    tab = window.tab("collections")
    tab.templates_action.trigger()
    assert len(opened) == 2 and opened[1].parent() is tab


def qtbot_left():
    from PySide6.QtCore import Qt
    return Qt.MouseButton.LeftButton
