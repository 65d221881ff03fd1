"""Settings: the interface language (kept in settings.json), the company's details, the bank
matching thresholds, the credit settings and the e-mail (SMTP) settings (in the DB; the Credit
page is ``credit_settings.CreditSettingsForm``, the E-mail page ``mail_settings.MailSettingsForm``
whose password goes to the system keyring, never the DB).

    dlg = SettingsDialog(ctx, settings, parent)
    if dlg.exec() and dlg.language_changed:
        ...  # the window installs the new translators and rebuilds its texts

The company row, its bank accounts, the matching and the credit settings are saved together in
one ``db.session()`` (the credit settings audited).
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QTabWidget, QVBoxLayout, QWidget)

from ...config import Settings
from ...errors import UserError
from ...i18n import T
from ...services.company import get_company, save_company
from ...services.reconcile import load_settings, save_settings
from ..context import AppContext
from ..errors import show_error
from .bank_settings import MatchingSettingsForm
from .credit_settings import CreditSettingsForm
from .mail_settings import MailSettingsForm
from .company_dialog import CompanyForm

LANGUAGES = (("", None), ("zh_CN", "中文"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None,
                 start_tab: str = "general") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.language_changed = False
        self.company_form: CompanyForm | None = None
        self.matching_form: MatchingSettingsForm | None = None
        self.credit_form: CreditSettingsForm | None = None
        self.mail_form: MailSettingsForm | None = None
        self.dunning_form = None           # dunning_settings.DunningSettingsForm
        self._matching_before = None
        self._company_before = None
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        general = QWidget()
        gl = QFormLayout(general)
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label or self.tr("System language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        gl.addRow(self.tr("&Language:"), self.language)
        note = QLabel(self.tr("Menus and tabs switch language when you press OK; letters use each "
                              "customer's own language."))
        note.setWordWrap(True)
        note.setEnabled(False)
        gl.addRow("", note)
        self.tabs.addTab(general, self.tr("General"))

        if ctx.has_db:
            self.company_form = CompanyForm()
            with ctx.db.session() as s:
                company = get_company(s)
                self.company_form.set_data(company)
                self._matching_before = load_settings(s)
            self._company_before = self.company_form.data()
            self.tabs.addTab(self.company_form, self.tr("Company"))
            self.company_form.changed.connect(self._update_ok)
            self.matching_form = MatchingSettingsForm(self._matching_before, company.home_currency or "CNY")
            self.tabs.addTab(self.matching_form, self.tr("Bank matching"))
            self.matching_form.changed.connect(self._update_ok)
            self._add_credit_page(company.home_currency or "CNY")
            self._add_mail_page()
            self._add_dunning_page(company.home_currency or "CNY")
            if start_tab == "credit" and self.credit_form is not None:
                self.tabs.setCurrentWidget(self.credit_page)
            if start_tab == "company":
                self.tabs.setCurrentWidget(self.company_form)
            elif start_tab == "matching":
                self.tabs.setCurrentWidget(self.matching_form)
            elif start_tab == "mail" and self.mail_form is not None:
                self.tabs.setCurrentWidget(self.mail_form)
            elif start_tab == "dunning" and self.dunning_form is not None:
                self.tabs.setCurrentWidget(self.dunning_form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _add_credit_page(self, currency: str) -> None:
        """The Credit page (weights, thresholds, warning line, grade policies, preview)."""
        from PySide6.QtWidgets import QScrollArea

        from ...services import credit

        try:
            with self.ctx.db.engine.connect() as conn:
                current = credit.load_settings(conn)
        except UserError:          # unreadable: start from the defaults, saving repairs them
            current = credit.CreditSettings()
        self.credit_form = CreditSettingsForm(current, self.ctx, currency)
        self.credit_form.changed.connect(self._update_ok)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.credit_form)
        # wide enough for the page (no sideways scrolling); it scrolls down on small screens
        scroll.setMinimumWidth(self.credit_form.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth())
        self.credit_page = scroll
        self.tabs.addTab(scroll, self.tr("Credit"))

    def _add_mail_page(self) -> None:
        """The E-mail page (SMTP server, login, sender; the password in the keyring)."""
        from ...services import mail

        with self.ctx.db.engine.connect() as conn:
            current = mail.load_mail_settings(conn)
        self.mail_form = MailSettingsForm(current)
        self.mail_form.changed.connect(self._update_ok)
        self.tabs.addTab(self.mail_form, self.tr("E-mail"))

    def _add_dunning_page(self, currency: str) -> None:
        """The Dunning page (ladders, rules, late interest; the holiday calendar dialog)."""
        from ...services import dunning
        from ...services.dunning.presets import credit_policy_ladders
        from .dunning_settings import DunningSettingsForm

        with self.ctx.db.engine.connect() as conn:
            try:
                current = dunning.load_settings(conn)
            except UserError:      # unreadable: start from the defaults, saving repairs them
                current = dunning.DunningSettings()
            credit_ladders = credit_policy_ladders(conn)
        self.dunning_form = DunningSettingsForm(current, self.ctx, currency, credit_ladders)
        self.dunning_form.changed.connect(self._update_ok)
        self.tabs.addTab(self.dunning_form, self.tr("Dunning"))

    def _update_ok(self) -> None:
        problems = {}
        if self.company_form is not None and self.company_form.data() != self._company_before:
            problems = self.company_form.problems()
        if self.matching_form is not None and self.matching_form.problem():
            problems = {**problems, "matching": self.matching_form.problem()}
        if self.credit_form is not None and self.credit_form.problem():
            problems = {**problems, "credit": self.credit_form.problem()}
        if self.mail_form is not None and self.mail_form.problem():
            problems = {**problems, "mail": self.mail_form.problem()}
        if self.dunning_form is not None and self.dunning_form.problem():
            problems = {**problems, "dunning": self.dunning_form.problem()}
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        ok.setToolTip("\n".join(problems.values()))

    def accept(self) -> None:
        company_changed = self.company_form is not None and self.company_form.data() != self._company_before
        if company_changed and self.company_form.problems():
            self.company_form.refresh_problems(show_all=True)
            self.tabs.setCurrentWidget(self.company_form)
            return
        matching = self.matching_form.settings() if self.matching_form is not None else None
        if self.matching_form is not None and matching is None:
            self.tabs.setCurrentWidget(self.matching_form)
            return
        matching_changed = matching is not None and matching != self._matching_before
        credit_settings = self.credit_form.settings() if self.credit_form is not None else None
        credit_changed = self.credit_form is not None and self.credit_form.is_changed()
        mail_settings = self.mail_form.settings() if self.mail_form is not None else None
        if self.mail_form is not None and mail_settings is None:
            self.tabs.setCurrentWidget(self.mail_form)
            return
        mail_changed = self.mail_form is not None and self.mail_form.is_changed()
        dunning_settings = self.dunning_form.settings() if self.dunning_form is not None else None
        if self.dunning_form is not None and dunning_settings is None:
            self.tabs.setCurrentWidget(self.dunning_form)
            self.dunning_form.show_problem_page()
            return
        dunning_changed = self.dunning_form is not None and self.dunning_form.is_changed()
        if company_changed or matching_changed or credit_changed or mail_changed or dunning_changed:
            try:
                with self.ctx.db.session() as s:
                    if company_changed:
                        save_company(s, self.company_form.data())
                    if matching_changed:
                        save_settings(s, matching)
                    if credit_changed:
                        from ...services import credit
                        credit.save_settings(s, credit_settings, "settings dialog")
                    if mail_changed:
                        from ...services import mail
                        mail.save_mail_settings(s, mail_settings, "settings dialog")
                    if dunning_changed:
                        from ...services import dunning
                        dunning.save_settings(s, dunning_settings, "settings dialog")
            except UserError as exc:
                show_error(self, exc)
                return
            self.ctx.notify_changed()
        if self.mail_form is not None:
            self.mail_form.keep_password()       # keyring or memory, never the database
        lang = self.language.currentData() or ""
        if lang != self.settings.language:
            self.settings.language = lang
            self.language_changed = True
        try:
            self.settings.save()
        except OSError as exc:
            show_error(self, UserError(T("Could not save the settings: {reason}"), reason=str(exc)))
        super().accept()
