"""Settings: company details (saved in one transaction, audited), language; the company service."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.config import Settings
from app.errors import ValidationError
from app.models import AuditLog, CompanyBankAccount
from app.services.company import BankAccountData, CompanyData, get_company, save_company


def _ok(dlg):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_settings_dialog_saves_company_and_bank_accounts(qtbot, ctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx, settings, start_tab="company")
    qtbot.addWidget(dlg)
    form = dlg.company_form
    assert dlg.tabs.currentWidget() is form
    assert form.name.text() == "测试贸易有限公司"
    form.name.setText("华东贸易有限公司")
    form.tax_id.setText("91310000MA1234567X")
    form.signature_name.setText("王芳")
    form.signature_title.setText("财务经理")
    form._add_account(BankAccountData("招商银行上海分行", "6225 8888 0000 1234", "CNY"))
    form._add_account(BankAccountData("HSBC Hong Kong", "808-123456-838", "USD"))
    assert _ok(dlg).isEnabled()
    dlg.accept()
    assert dlg.result() == 1
    with ctx.db.session() as s:
        c = get_company(s)
        audit = {a.field: a.after for a in s.scalars(select(AuditLog).where(AuditLog.entity == "company"))}
    assert c.name == "华东贸易有限公司" and c.tax_id == "91310000MA1234567X"
    assert (c.signature_name, c.signature_title) == ("王芳", "财务经理")
    assert [(a.bank_name, a.account_no, a.currency) for a in c.bank_accounts] == [
        ("招商银行上海分行", "6225 8888 0000 1234", "CNY"), ("HSBC Hong Kong", "808-123456-838", "USD")]
    assert audit["name"] == "华东贸易有限公司"
    assert "808-123456-838" in audit["bank_accounts"]


def test_settings_blocks_invalid_company(qtbot, ctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx, settings, start_tab="company")
    qtbot.addWidget(dlg)
    dlg.company_form.name.clear()
    assert not _ok(dlg).isEnabled()
    assert "required" in dlg.company_form.form.text("name")
    dlg.company_form.name.setText("X")
    dlg.company_form._add_account(BankAccountData("Bank", "", "CNY"))
    assert not _ok(dlg).isEnabled()
    assert "no account number" in dlg.company_form.form.text("bank_accounts")
    dlg.company_form.accounts.model().removeRow(0)
    dlg.company_form._edited("bank_accounts")
    assert _ok(dlg).isEnabled()


def test_language_is_saved(qtbot, ctx):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    s = Settings(language="en")
    dlg = SettingsDialog(ctx, s)
    qtbot.addWidget(dlg)
    labels = [dlg.language.itemText(i) for i in range(dlg.language.count())]
    assert "中文" in labels and "English" in labels
    dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
    dlg.accept()
    assert dlg.language_changed
    assert Settings.load().language == "zh_CN"


def test_language_change_rebuilds_window_live(window, qtbot, monkeypatch):
    """Changing the language installs the translators and rebuilds menus and tabs at once."""
    from app.ui import app as appmod
    from app.ui.dialogs import settings_dialog

    applied = []
    monkeypatch.setattr(appmod, "apply_language", lambda lang: applied.append(lang) or "en")

    def choose_zh(dlg):
        dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose_zh)
    old_tab = window.tab("customers")
    window.open_settings()
    assert applied == ["zh_CN"]
    assert window.tab("customers") is not old_tab
    assert window.tab_widget.count() == len(window.tabs)
    qtbot.waitUntil(lambda: window.tab("customers").loaded_once)


def test_apply_language_installs_qt_translations(qtbot):
    from PySide6.QtCore import QCoreApplication

    from app.ui.app import apply_language

    try:
        assert apply_language("zh_CN") == "zh_CN"
        # Qt's own strings (standard buttons) come from qtbase_zh_CN.qm
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        apply_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_first_run_company_dialog(qtbot, db):
    from app.ui.context import AppContext
    from app.ui.dialogs.company_dialog import CompanyDialog

    ctx = AppContext(db)
    dlg = CompanyDialog(ctx)
    qtbot.addWidget(dlg)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dlg.form.name.setText("A&B <Ltd>")
    dlg.form.home_currency.setCurrentText("HKD")
    assert save.isEnabled()
    dlg.accept()
    with db.session() as s:
        c = get_company(s)
    assert (c.name, c.home_currency) == ("A&B <Ltd>", "HKD")


# ------------------------------------------------------------- the service itself

def test_company_service_replaces_accounts_in_one_transaction(db):
    with db.session() as s:
        save_company(s, CompanyData(name="One", bank_accounts=(BankAccountData("B1", "111"),
                                                              BankAccountData("B2", "222"))))
    with db.session() as s:
        save_company(s, CompanyData(name="One", bank_accounts=(BankAccountData("B3", "333", "usd"),)))
    with db.session() as s:
        c = get_company(s)
        n = len(s.scalars(select(CompanyBankAccount)).all())
    assert [(a.account_no, a.currency) for a in c.bank_accounts] == [("333", "USD")]
    assert n == 1


def test_company_service_rejects_bad_data_and_changes_nothing(db):
    with db.session() as s:
        save_company(s, CompanyData(name="Kept"))
    with pytest.raises(ValidationError):
        with db.session() as s:
            save_company(s, CompanyData(name="New", home_currency="XXX"))
    with pytest.raises(ValidationError):
        with db.session() as s:
            save_company(s, CompanyData(name=" "))
    with db.session() as s:
        assert get_company(s).name == "Kept"


def test_empty_company_defaults(db):
    from app.services.company import has_company

    with db.session() as s:
        assert get_company(s) == CompanyData()
        assert not has_company(s)
