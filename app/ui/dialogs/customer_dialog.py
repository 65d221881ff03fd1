"""Add or edit one customer: validated as you type, saved through the customers service.

    dlg = CustomerDialog(ctx, customer_id=None, parent=self)   # None → new customer
    if dlg.exec():
        dlg.customer_id                                          # the saved customer's id

Problems appear under their field; OK stays disabled while anything is wrong. Edits go through
``update_customer``, which writes an audit row per changed field (with the optional reason).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget)

from ...errors import UserError, ValidationError
from ...money import format_minor
from ...services import customers as svc
from ..context import AppContext
from ..errors import show_error, user_error_text
from .forms import ProblemForm, currency_combo, parse_amount, problem_text

# service field name → form field
_FIELD = {"code": "code", "name": "name", "currency": "currency", "terms_days": "terms",
          "credit_limit": "credit_limit", "email": "email", "language": "language",
          "customer": "code"}


class CustomerDialog(QDialog):
    def __init__(self, ctx: AppContext, customer_id: int | None = None, parent: QWidget | None = None,
                 default_currency: str = "CNY") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self._touched: set[str] = set()
        self._server_problems: dict[str, str] = {}
        original = None
        if customer_id is not None:
            with ctx.db.session() as s:      # one row: quick, and gone before the dialog shows
                original = svc.get_customer_data(s, customer_id)
        self._original = original
        self.setWindowTitle(self.tr("New customer") if original is None
                            else self.tr("Edit customer {code}").format(code=original.code))
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        fl = QFormLayout()
        fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = ProblemForm(fl)
        layout.addLayout(fl)
        f = self.form
        self.code = f.add("code", self.tr("&Code:"), QLineEdit())
        self.code.setMaxLength(64)
        self.code.setPlaceholderText(self.tr("e.g. C0001"))
        self.name = f.add("name", self.tr("&Name:"), QLineEdit())
        self.aliases = f.add("aliases", self.tr("Other &names:"), QPlainTextEdit())
        self.aliases.setPlaceholderText(self.tr("Names it also pays under, one per line"))
        self.aliases.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.currency = f.add("currency", self.tr("C&urrency:"), currency_combo(default_currency))
        self.terms = f.add("terms", self.tr("Payment &terms:"), QSpinBox())
        self.terms.setRange(0, svc.MAX_TERMS_DAYS)
        self.terms.setSuffix(self.tr(" days"))
        self.terms.setValue(30)
        self.credit_limit = f.add("credit_limit", self.tr("Credit &limit:"), QLineEdit())
        self.credit_limit.setPlaceholderText(self.tr("empty = no limit"))
        self.contact = f.add("contact", self.tr("Contact &person:"), QLineEdit())
        self.email = f.add("email", self.tr("&E-mail:"), QLineEdit())
        self.phone = f.add("phone", self.tr("&Phone:"), QLineEdit())
        self.address = f.add("address", self.tr("&Address:"), QPlainTextEdit())
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.language = f.add("language", self.tr("Letter lan&guage:"), QComboBox())
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.notes = f.add("notes", self.tr("N&otes:"), QPlainTextEdit())
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.active = f.add("active", "", QCheckBox(self.tr("Active (shown in lists and reminders)")))
        self.active.setChecked(True)
        self.reason = None
        if original is not None:
            self.reason = f.add("reason", self.tr("&Reason for change:"), QLineEdit())
            self.reason.setPlaceholderText(self.tr("optional; kept in the change history"))
            self._fill(original)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for key, w in (("code", self.code), ("name", self.name), ("credit_limit", self.credit_limit),
                       ("email", self.email), ("contact", self.contact), ("phone", self.phone)):
            w.textChanged.connect(lambda _t, k=key: self._edited(k))
        self.currency.currentTextChanged.connect(lambda _t: self._edited("currency"))
        self.currency.currentTextChanged.connect(lambda _t: self._edited("credit_limit"))
        self.terms.valueChanged.connect(lambda _v: self._edited("terms"))
        self.language.currentIndexChanged.connect(lambda _i: self._edited("language"))
        self.aliases.textChanged.connect(lambda: self._edited("aliases"))
        self.address.textChanged.connect(lambda: self._edited("address"))
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self.active.toggled.connect(lambda _b: self._edited("active"))
        self._revalidate()

    # ------------------------------------------------------------------ data
    def _fill(self, d: svc.CustomerData) -> None:
        self.code.setText(d.code)
        self.name.setText(d.name)
        self.aliases.setPlainText("\n".join(d.aliases))
        self.currency.setCurrentText(d.currency)
        self.terms.setValue(d.terms_days)
        self.credit_limit.setText("" if d.credit_limit_minor is None
                                  else format_minor(d.credit_limit_minor, d.currency))
        self.contact.setText(d.contact)
        self.email.setText(d.email)
        self.phone.setText(d.phone)
        self.address.setPlainText(d.address)
        self.language.setCurrentIndex(max(0, self.language.findData(d.language)))
        self.notes.setPlainText(d.notes)
        self.active.setChecked(d.active)

    def _collect(self) -> tuple[svc.CustomerData, dict[str, str]]:
        """The entered data and the problems the form itself finds (amount parsing)."""
        problems: dict[str, str] = {}
        currency = self.currency.currentText().strip().upper()
        try:
            limit = parse_amount(self.credit_limit.text(), currency)
        except ValueError as exc:
            problems["credit_limit"] = str(exc)
            limit = None
        data = svc.CustomerData(
            code=self.code.text(), name=self.name.text(), currency=currency,
            terms_days=self.terms.value(), credit_limit_minor=limit,
            aliases=tuple(self.aliases.toPlainText().splitlines()), contact=self.contact.text(),
            email=self.email.text(), phone=self.phone.text(), address=self.address.toPlainText(),
            language=self.language.currentData() or "zh", notes=self.notes.toPlainText(),
            active=self.active.isChecked()).cleaned()
        return data, problems

    def data(self) -> svc.CustomerData:
        return self._collect()[0]

    def problems(self) -> dict[str, str]:
        """Every current problem, field → translated text (shown or not)."""
        data, problems = self._collect()
        for p in svc.validate(data):
            problems.setdefault(_FIELD.get(p.field, p.field), problem_text(p))
        for k, v in self._server_problems.items():
            problems.setdefault(k, v)
        return problems

    # ------------------------------------------------------------ validation
    def _edited(self, key: str) -> None:
        self._touched.add(key)
        self._server_problems.pop(key, None)
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.problems()
        # a new, untouched form does not shout "required" at the user; OK just stays disabled
        shown = {k: v for k, v in problems.items()
                 if k in self._touched or k in self._server_problems or self._original is not None}
        self.form.show(shown)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        ok.setToolTip("\n".join(problems.values()))

    # ------------------------------------------------------------------ save
    def accept(self) -> None:
        if self.problems():
            self._touched.update(self.form.labels)
            self._revalidate()
            return
        data = self.data()
        try:
            with self.ctx.db.session() as s:
                if self.customer_id is None:
                    new_id = svc.create_customer(s, data)
                else:
                    new_id = self.customer_id
                    svc.update_customer(s, self.customer_id, data,
                                        reason=self.reason.text().strip() if self.reason else "")
        except ValidationError as exc:
            key = _FIELD.get(exc.field, "")
            if key in self.form.labels:
                self._server_problems[key] = user_error_text(exc)
                self._revalidate()
                self.form.widgets[key].setFocus()
                return
            show_error(self, exc)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self.customer_id = new_id
        super().accept()


def set_customer_active(ctx: AppContext, customer_id: int, active: bool, reason: str = "") -> None:
    """Activate or deactivate one customer (audited like any other change)."""
    with ctx.db.session() as s:
        data = svc.get_customer_data(s, customer_id)
        if data.active != active:
            svc.update_customer(s, customer_id, replace(data, active=active), reason=reason)
