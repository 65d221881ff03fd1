"""Your company's details: a form used by the first-run dialog and by Settings → Company.

    form = CompanyForm(); form.set_data(company_data); form.data(); form.problems()
    CompanyDialog(ctx, parent).exec()      # loads, validates and saves in one db.session()
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from ...errors import UserError
from ...services.company import (BankAccountData, CompanyData, get_company, save_company,
                                 validate_company)
from ..context import AppContext
from ..errors import show_error
from .forms import ProblemForm, currency_combo, problem_text
from .image_picker import ImagePicker


class CompanyForm(QWidget):
    """Name, address, tax id, contact, home currency, bank accounts, letter signature."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._touched: set[str] = set()
        fl = QFormLayout(self)
        fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = f = ProblemForm(fl)
        self.name = f.add("name", self.tr("Company &name:"), QLineEdit())
        self.address = f.add("address", self.tr("&Address:"), QPlainTextEdit())
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.tax_id = f.add("tax_id", self.tr("&Tax ID:"), QLineEdit())
        self.tax_id.setPlaceholderText(self.tr("e.g. unified social credit code"))
        self.phone = f.add("phone", self.tr("&Phone:"), QLineEdit())
        self.email = f.add("email", self.tr("&E-mail:"), QLineEdit())
        self.home_currency = f.add("home_currency", self.tr("&Home currency:"), currency_combo("CNY"))
        self.signature_name = f.add("signature_name", self.tr("Letters signed &by:"), QLineEdit())
        self.signature_title = f.add("signature_title", self.tr("Signer's &title:"), QLineEdit())
        self.logo = f.add("logo", self.tr("Logo:"), ImagePicker(self.tr("Logo")))
        self.signature_image = f.add("signature_image", self.tr("Signature image:"),
                                     ImagePicker(self.tr("Signature image"), max_side=800,
                                                 clear_white=True))
        self.seal_image = f.add("seal_image", self.tr("Company seal:"), ImagePicker(self.tr("Company seal"),
                                                                                 max_side=800, clear_white=True))
        self.seal_image.setToolTip(self.tr("The company seal (公章) printed over the signature: a PNG "
                                           "with a transparent background looks best"))

        # a handful of editable rows: a standard item model behind a plain view
        self._accounts_model = QStandardItemModel(0, 3, self)
        self._accounts_model.setHorizontalHeaderLabels([self.tr("Bank"), self.tr("Account number"),
                                                        self.tr("Currency")])
        self.accounts = QTableView()
        self.accounts.setModel(self._accounts_model)
        self.accounts.verticalHeader().hide()
        self.accounts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.accounts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        add = QPushButton(self.tr("Add account"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self._add_account(BankAccountData("", "", self.home_currency
                                                                      .currentText())))
        remove.clicked.connect(self._remove_account)
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.addWidget(self.accounts)
        h = QHBoxLayout()
        h.addWidget(add)
        h.addWidget(remove)
        h.addStretch(1)
        v.addLayout(h)
        f.add("bank_accounts", self.tr("Bank accounts:"), box)

        for key, w in (("name", self.name), ("tax_id", self.tax_id), ("phone", self.phone),
                       ("email", self.email), ("signature_name", self.signature_name),
                       ("signature_title", self.signature_title)):
            w.textChanged.connect(lambda _t, k=key: self._edited(k))
        self.address.textChanged.connect(lambda: self._edited("address"))
        self.home_currency.currentTextChanged.connect(lambda _t: self._edited("home_currency"))
        self._accounts_model.itemChanged.connect(lambda _i: self._edited("bank_accounts"))
        for key, picker in (("logo", self.logo), ("signature_image", self.signature_image),
                            ("seal_image", self.seal_image)):
            picker.changed.connect(lambda k=key: self._edited(k))

    def _add_account(self, a: BankAccountData) -> None:
        self._accounts_model.appendRow(
            [QStandardItem(text) for text in (a.bank_name, a.account_no, a.currency)])
        self._edited("bank_accounts")

    def _remove_account(self) -> None:
        rows = sorted({i.row() for i in self.accounts.selectedIndexes()}, reverse=True)
        for r in rows:
            self._accounts_model.removeRow(r)
        self._edited("bank_accounts")

    def set_data(self, d: CompanyData) -> None:
        self.name.setText(d.name)
        self.address.setPlainText(d.address)
        self.tax_id.setText(d.tax_id)
        self.phone.setText(d.phone)
        self.email.setText(d.email)
        self.home_currency.setCurrentText(d.home_currency)
        self.signature_name.setText(d.signature_name)
        self.signature_title.setText(d.signature_title)
        self.logo.set_bytes(d.logo)
        self.signature_image.set_bytes(d.signature_image)
        self.seal_image.set_bytes(d.seal_image)
        self._accounts_model.setRowCount(0)
        for a in d.bank_accounts:
            self._add_account(a)
        self._touched.clear()
        self.refresh_problems()

    def data(self) -> CompanyData:
        def cell(r: int, c: int) -> str:
            it = self._accounts_model.item(r, c)
            return it.text() if it is not None else ""

        accounts = tuple(BankAccountData(cell(r, 0), cell(r, 1), cell(r, 2))
                         for r in range(self._accounts_model.rowCount()))
        return CompanyData(
            name=self.name.text(), address=self.address.toPlainText(), tax_id=self.tax_id.text(),
            phone=self.phone.text(), email=self.email.text(),
            home_currency=self.home_currency.currentText(), signature_name=self.signature_name.text(),
            signature_title=self.signature_title.text(), bank_accounts=accounts,
            logo=self.logo.bytes(), signature_image=self.signature_image.bytes(),
            seal_image=self.seal_image.bytes()).cleaned()

    def problems(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in validate_company(self.data()):
            out.setdefault(p.field, problem_text(p))
        return out

    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self.refresh_problems()
        self.changed.emit()

    def refresh_problems(self, show_all: bool = False) -> None:
        problems = self.problems()
        self.form.show({k: v for k, v in problems.items() if show_all or k in self._touched})


class CompanyDialog(QDialog):
    """First run (and File → New): who is sending the invoices and reminders."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, first_run: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Your company"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if first_run:
            intro = QLabel(self.tr("Welcome to ARDesk. Tell it about your own company: the name, "
                                   "address and bank accounts appear on statements and reminder "
                                   "letters. You can change them later in Settings."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.form = CompanyForm()
        with ctx.db.session() as s:
            self.form.set_data(get_company(s))
        layout.addWidget(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        if first_run:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        problems = self.form.problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setEnabled(not problems)
        ok.setToolTip("\n".join(problems.values()))

    def accept(self) -> None:
        if self.form.problems():
            self.form.refresh_problems(show_all=True)
            return
        try:
            with self.ctx.db.session() as s:
                save_company(s, self.form.data())
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.notify_changed()
        super().accept()
