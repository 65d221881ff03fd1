"""Settings → E-mail (saved in the DB, the password in the keyring only) and the letters dialog's
E-mail button (a real SMTP server on 127.0.0.1)."""

from __future__ import annotations

import socket
from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services import dunning as dn
from app.services import mail

AS_OF = date(2026, 11, 23)
SECRET = "kp-9f7Zq-unique-pw"


class FakeKeyring:
    def __init__(self):
        self.store: dict = {}

    def set_password(self, service, user, pw):
        self.store[(service, user)] = pw

    def get_password(self, service, user):
        return self.store.get((service, user))

    def delete_password(self, service, user):
        self.store.pop((service, user), None)


@pytest.fixture
def keyring(monkeypatch):
    kr = FakeKeyring()
    monkeypatch.setattr(mail, "_keyring", lambda: kr)
    return kr


def _dialog(qtbot, ctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog
    dlg = SettingsDialog(ctx, settings, start_tab="mail")
    qtbot.addWidget(dlg)
    return dlg


def test_mail_page_saves_settings_and_password_goes_to_keyring(qtbot, ctx, ui_db, settings, keyring):
    dlg = _dialog(qtbot, ctx, settings)
    form = dlg.mail_form
    assert dlg.tabs.currentWidget() is form
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()                         # nothing set up and nothing typed: fine
    assert "keyring" in form.findChild(type(form.status), "mail_password_note").text()
    form.server.setText("smtp.qiye.example.cn")
    form.security.setCurrentIndex(form.security.findData("ssl"))
    assert form.port.value() == 465               # the usual port follows the security
    form.user.setText("ar@example.cn")
    form.from_address.setText("not an address")
    assert not ok.isEnabled() and "sender address" in form.status.text()
    form.from_address.setText("ar@example.cn")
    form.password_edit.setText(SECRET)
    assert ok.isEnabled() and form.problem() == ""
    dlg.accept()
    with ui_db.engine.connect() as conn:
        st = mail.load_mail_settings(conn)
    assert (st.server, st.port, st.security, st.user) == ("smtp.qiye.example.cn", 465, "ssl",
                                                          "ar@example.cn")
    assert keyring.store == {(mail.KEYRING_SERVICE, st.keyring_user): SECRET}
    ui_db.close()
    blob = b"".join(p.read_bytes() for p in ui_db.path.parent.glob(ui_db.path.name + "*"))
    assert b"smtp.qiye.example.cn" in blob and SECRET.encode() not in blob


def test_mail_page_without_keyring_says_memory_only(qtbot, ctx, settings, monkeypatch):
    monkeypatch.setattr(mail, "_keyring", lambda: None)
    dlg = _dialog(qtbot, ctx, settings)
    note = dlg.mail_form.findChild(type(dlg.mail_form.status), "mail_password_note").text()
    assert "in memory only" in note


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_letters_dialog_emails_the_days_letters(qtbot, ctx, ui_db, monkeypatch, keyring):
    controller = pytest.importorskip("aiosmtpd.controller")

    class Inbox:
        messages: list = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            self.messages.append(envelope)
            return "250 2.0.0 Ok: queued as UI1"

    inbox = Inbox()
    server = controller.Controller(inbox, hostname="127.0.0.1", port=_free_port())
    server.start()
    try:
        with ui_db.engine.connect() as conn:
            res = dn.run(conn, AS_OF)
        with ui_db.session() as s:
            dn.issue(s, res.proposals, AS_OF, render=lambda d: b"%PDF-1.4 " + d.reference.encode())
            mail.save_mail_settings(s, mail.MailSettings(server="127.0.0.1", port=server.port,
                                                         security="none",
                                                         from_address="ar@example.cn", timeout=5))
        monkeypatch.setattr(QMessageBox, "question",
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        from app.ui.dialogs.collections_letters import IssueLettersDialog
        dlg = IssueLettersDialog(ctx)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: not dlg.loading, timeout=10000)
        assert len(dlg.letters) == 3 and dlg.email_button.isEnabled()
        dlg.email_letters()
        qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
        results = dlg.mail_results
        assert [r.ok for r in results].count(True) == 1            # only C001 has an address
        assert all(r.skipped for r in results if not r.ok)          # C003: no address, skipped
        assert len(inbox.messages) == 1 and inbox.messages[0].rcpt_tos == ["ap@acme.test"]
        assert "1 of 3" in dlg.mail_box.text()
        with ui_db.engine.connect() as conn:
            emailed = [a for a in dn.list_actions(conn) if a.sent_via == "email"]
        assert len(emailed) == 1 and "queued as UI1" in emailed[0].proof
        dlg.mail_box.close()
    finally:
        server.stop()
