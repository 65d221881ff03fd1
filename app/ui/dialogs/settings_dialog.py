"""Settings: the interface language (kept in settings.json) and the company's details (in the DB).

    dlg = SettingsDialog(ctx, settings, parent)
    if dlg.exec() and dlg.language_changed:
        ...  # the window installs the new translators and rebuilds its texts

The company row and its bank accounts are saved together in one ``db.session()``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QTabWidget, QVBoxLayout, QWidget)

from ...config import Settings
from ...errors import UserError
from ...i18n import T
from ...services.company import get_company, save_company
from ..context import AppContext
from ..errors import show_error
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
                self.company_form.set_data(get_company(s))
            self._company_before = self.company_form.data()
            self.tabs.addTab(self.company_form, self.tr("Company"))
            self.company_form.changed.connect(self._update_ok)
            if start_tab == "company":
                self.tabs.setCurrentWidget(self.company_form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        problems = {}
        if self.company_form is not None and self.company_form.data() != self._company_before:
            problems = self.company_form.problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        ok.setToolTip("\n".join(problems.values()))

    def accept(self) -> None:
        if self.company_form is not None and self.company_form.data() != self._company_before:
            if self.company_form.problems():
                self.company_form.refresh_problems(show_all=True)
                self.tabs.setCurrentWidget(self.company_form)
                return
            try:
                with self.ctx.db.session() as s:
                    save_company(s, self.company_form.data())
            except UserError as exc:
                show_error(self, exc)
                return
            self.ctx.notify_changed()
        lang = self.language.currentData() or ""
        if lang != self.settings.language:
            self.settings.language = lang
            self.language_changed = True
        try:
            self.settings.save()
        except OSError as exc:
            show_error(self, UserError(T("Could not save the settings: {reason}"), reason=str(exc)))
        super().accept()
