"""The Settings dialog's E-mail page: SMTP server, security, login, sender; a test mail.

    form = MailSettingsForm(settings)
    form.settings()        # a MailSettings, or None while a field is wrong (form.problem())
    form.is_changed()      # the settings differ from what was loaded
    form.password()        # the typed password ('' when not typed: the kept one stays)
    form.keep_password()   # after the settings are saved: to the keyring (True) or memory
    # the settings are saved by the Settings dialog through mail.save_mail_settings in its session

The password is never written to the database: it goes to the system keyring when there is one,
otherwise it is kept in memory until ARDesk closes (the page says which).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QWidget)

from ...errors import UserError
from ...services import mail
from ..workers import run_in_worker


class MailSettingsForm(QWidget):
    changed = Signal()

    def __init__(self, settings: mail.MailSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = settings
        fl = QFormLayout(self)
        intro = QLabel(self.tr("Letters can be e-mailed to the customers as PDF attachments through "
                               "your company's mail server (SMTP)."))
        intro.setWordWrap(True)
        fl.addRow(intro)
        self.server = QLineEdit(settings.server)
        self.server.setObjectName("mail_server")
        self.server.setPlaceholderText("smtp.example.com")
        fl.addRow(self.tr("&Server:"), self.server)
        self.security = QComboBox()
        self.security.setObjectName("mail_security")
        for key, label in (("starttls", self.tr("STARTTLS (usually port 587)")),
                           ("ssl", self.tr("SSL/TLS (usually port 465)")),
                           ("none", self.tr("None (not encrypted, port 25)"))):
            self.security.addItem(label, key)
        self.security.setCurrentIndex(max(0, self.security.findData(settings.security)))
        fl.addRow(self.tr("&Connection security:"), self.security)
        self.port = QSpinBox()
        self.port.setObjectName("mail_port")
        self.port.setRange(1, 65535)
        self.port.setValue(settings.port)
        fl.addRow(self.tr("&Port:"), self.port)
        self.user = QLineEdit(settings.user)
        self.user.setObjectName("mail_user")
        self.user.setPlaceholderText(self.tr("empty: the server needs no login"))
        fl.addRow(self.tr("&User name:"), self.user)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("mail_password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        kept = settings.user and mail.get_password(settings)
        self.password_edit.setPlaceholderText(self.tr("kept – type to change") if kept else "")
        fl.addRow(self.tr("Pass&word:"), self.password_edit)
        where = QLabel(self.tr("The password is kept in the system keyring, never in the database.")
                       if mail.keyring_available() else
                       self.tr("There is no system keyring on this computer: the password is kept "
                               "in memory only until ARDesk closes, never in the database."))
        where.setObjectName("mail_password_note")
        where.setWordWrap(True)
        where.setEnabled(False)
        fl.addRow("", where)
        self.from_address = QLineEdit(settings.from_address)
        self.from_address.setObjectName("mail_from")
        fl.addRow(self.tr("&From address:"), self.from_address)
        self.reply_to = QLineEdit(settings.reply_to)
        self.reply_to.setObjectName("mail_reply_to")
        self.reply_to.setPlaceholderText(self.tr("optional"))
        fl.addRow(self.tr("&Reply-to address:"), self.reply_to)
        self.timeout = QSpinBox()
        self.timeout.setObjectName("mail_timeout")
        self.timeout.setRange(1, 300)
        self.timeout.setValue(settings.timeout)
        self.timeout.setSuffix(self.tr(" s"))
        fl.addRow(self.tr("&Timeout:"), self.timeout)

        test = QHBoxLayout()
        self.test_to = QLineEdit(settings.from_address)
        self.test_to.setObjectName("mail_test_to")
        self.test_button = QPushButton(self.tr("Send &test mail"))
        self.test_button.setObjectName("mail_test")
        self.test_button.setAutoDefault(False)
        test.addWidget(self.test_to, 1)
        test.addWidget(self.test_button)
        fl.addRow(self.tr("Test mail to:"), test)
        self.status = QLabel()
        self.status.setObjectName("mail_status")
        self.status.setWordWrap(True)
        fl.addRow("", self.status)

        for e in (self.server, self.user, self.from_address, self.reply_to, self.password_edit):
            e.textChanged.connect(lambda _t: self._changed())
        for w in (self.port, self.timeout):
            w.valueChanged.connect(lambda _v: self._changed())
        self.security.currentIndexChanged.connect(self._security_changed)
        self.test_button.clicked.connect(self.send_test)
        self._changed()

    # ------------------------------------------------------------ values
    def _raw(self) -> mail.MailSettings:
        return replace(self.base, server=self.server.text().strip(), port=self.port.value(),
                       security=self.security.currentData(), user=self.user.text().strip(),
                       from_address=self.from_address.text().strip(),
                       reply_to=self.reply_to.text().strip(), timeout=self.timeout.value())

    def _parsed(self) -> tuple[mail.MailSettings | None, str]:
        raw = self._raw()
        if not self.is_changed() and not raw.configured:
            return raw, ""                       # nothing set up and nothing typed: not an error
        try:
            return mail.validate_settings(raw), ""
        except UserError as exc:
            return None, exc.translated(self._tr_message)

    @staticmethod
    def _tr_message(text: str) -> str:
        from PySide6.QtCore import QCoreApplication
        return QCoreApplication.translate("messages", text)

    def settings(self) -> mail.MailSettings | None:
        return self._parsed()[0]

    def problem(self) -> str:
        return self._parsed()[1]

    def is_changed(self) -> bool:
        return self._raw() != self.base

    def password(self) -> str:
        return self.password_edit.text()

    def keep_password(self) -> bool | None:
        """Keep the typed password for the saved settings; True: in the keyring, False: in memory,
        None: nothing typed."""
        st = self.settings()
        if st is None or not self.password():
            return None
        return mail.save_password(st, self.password())

    # ------------------------------------------------------------ events
    def _security_changed(self) -> None:
        if self.port.value() in mail.DEFAULT_PORTS.values():
            self.port.setValue(mail.DEFAULT_PORTS[self.security.currentData()])
        self._changed()

    def _changed(self) -> None:
        problem = self.problem()
        self.status.setStyleSheet("color: #c02020;" if problem else "")
        self.status.setText(problem)
        self.test_button.setEnabled(not problem and self._raw().configured)
        self.changed.emit()

    def send_test(self) -> None:
        st = self.settings()
        if st is None or not st.configured:
            return
        password = self.password() or mail.get_password(st)
        self.test_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sending a test mail…"))
        run_in_worker(mail.send_test, st, password, self.test_to.text().strip(),
                      now=datetime.now().astimezone(), language=self._language(),
                      on_done=self._test_done, on_error=self._test_failed)

    def _language(self) -> str:
        from PySide6.QtCore import QCoreApplication
        probe = QCoreApplication.translate("MailSettingsForm", "Send &test mail")
        return "en" if probe == "Send &test mail" else "zh"

    def _test_done(self, answer: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setStyleSheet("color: #207020;")
        self.status.setText(self.tr("Test mail sent: {answer}").format(answer=answer))

    def _test_failed(self, exc: BaseException, tb: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setStyleSheet("color: #c02020;")
        if isinstance(exc, UserError):
            self.status.setText(exc.translated(self._tr_message))
        else:
            from ..errors import show_error
            show_error(self, exc, tb)
