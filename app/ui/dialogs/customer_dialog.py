"""Add or edit one customer: validated as you type, saved through the customers service.

    dlg = CustomerDialog(ctx, customer_id=None, parent=self)   # None → new customer
    if dlg.exec():
        dlg.customer_id                                          # the saved customer's id

Problems appear under their field; OK stays disabled while anything is wrong. Edits go through
``update_customer``, which writes an audit row per changed field (with the optional reason).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from ...errors import UserError, ValidationError
from ...money import format_minor
from ...services import customers as svc
from ...services.reconcile import remove_alias
from ..context import AppContext
from ..errors import show_error, user_error_text
from ...services.bank_view import learned_aliases
from .bank_aliases import LearnedAliasList
from .forms import ProblemForm, currency_combo, parse_amount, problem_text

translate = QCoreApplication.translate

# service field name → form field
_FIELD = {"grace_days": "grace_days", "approved_by": "grace_approved_by", "code": "code", "name": "name", "currency": "currency", "terms_days": "terms",
          "credit_limit": "credit_limit", "email": "email", "language": "language",
          "customer": "code", "discount": "discount"}

GRACE_MAX_DAYS = 90      # as dunning.set_grace_days allows


def parse_percent_bp(text: str) -> int:
    """'2.5' → 250 basis points ('' → 0); Decimal, never float. ValueError with a translated text."""
    t = text.strip().replace("%", "").replace(",", ".").replace(" ", "")
    if not t:
        return 0
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValueError(translate("CustomerDialog", "{text} is not a percentage.").format(text=text)) from None
    if not d.is_finite() or d < 0 or d > 50:
        raise ValueError(translate("CustomerDialog", "The early-payment discount must be between 0 and 50 %."))
    bp = d * 100
    if bp != bp.to_integral_value():
        raise ValueError(translate("CustomerDialog", "At most two decimals, e.g. 2.25 %."))
    return int(bp)


def format_bp(bp: int) -> str:
    """250 → '2.50'; 0 → ''."""
    return f"{bp // 100}.{bp % 100:02d}" if bp else ""


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
        self.discount_pct = QLineEdit()
        self.discount_pct.setObjectName("discount_pct")
        self.discount_pct.setPlaceholderText(self.tr("none"))
        self.discount_pct.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.discount_pct.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
        self.discount_days = QSpinBox()
        self.discount_days.setObjectName("discount_days")
        self.discount_days.setRange(0, svc.MAX_TERMS_DAYS)
        self.discount_days.setSuffix(self.tr(" days"))
        self.discount_days.setValue(10)
        disc = QWidget()
        dh = QHBoxLayout(disc)
        dh.setContentsMargins(0, 0, 0, 0)
        dh.addWidget(self.discount_pct)
        dh.addWidget(QLabel(self.tr("% if paid within")))
        dh.addWidget(self.discount_days)
        dh.addWidget(QLabel(self.tr("of the invoice date")))
        dh.addStretch(1)
        f.add("discount", self.tr("Early-payment &discount:"), disc)
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
        self.learned: LearnedAliasList | None = None
        self._learned_names: set[str] = set()
        if customer_id is not None:
            with ctx.db.engine.connect() as conn:
                learned = learned_aliases(conn, customer_id)
            if learned:
                self.learned = f.add("learned", self.tr("Learned from the &bank:"), LearnedAliasList(learned))
                self.learned.setToolTip(self.tr("Payer names and accounts taught by matches you confirmed on "
                                                "the Bank tab"))
                self._learned_names = self.learned.names()
        self.grace_before = None
        if customer_id is not None:
            self._add_grace_fields(f)
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
        self.discount_pct.textChanged.connect(lambda _t: self._edited("discount"))
        self.discount_pct.textChanged.connect(lambda t: self.discount_days.setEnabled(bool(t.strip())))
        self.discount_days.setEnabled(bool(self.discount_pct.text().strip()))
        self.discount_days.valueChanged.connect(lambda _v: self._edited("discount"))
        if self.learned is not None:
            self.learned.remove_button.clicked.connect(lambda: self._edited("learned"))
        self._revalidate()

    # ------------------------------------------------------------ grace days
    def _add_grace_fields(self, f: ProblemForm) -> None:
        """Dunning grace days: extra days before the overdue stages (and interest) start,
        approved by someone and audited (``dunning.set_grace_days``)."""
        from ...services.dunning.presets import grace_terms

        with self.ctx.db.engine.connect() as conn:
            self.grace_before = grace_terms(conn, self.customer_id)
        g = self.grace_before
        self.grace_days = QSpinBox()
        self.grace_days.setObjectName("grace_days")
        self.grace_days.setRange(0, GRACE_MAX_DAYS)
        self.grace_days.setSuffix(self.tr(" days"))
        self.grace_days.setValue(g.days)
        self.grace_days.setToolTip(self.tr("Extra days after the due date before the overdue dunning "
                                           "stages and late interest start (usually 5–10)"))
        self.grace_current = QLabel(self._grace_text(g))
        self.grace_current.setObjectName("grace_current")
        self.grace_current.setEnabled(False)
        self.grace_current.setWordWrap(True)
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.grace_days)
        h.addWidget(self.grace_current, 1)
        f.add("grace_days", self.tr("Dunn&ing grace:"), box)
        self.grace_by = f.add("grace_approved_by", self.tr("Grace appro&ved by:"), QLineEdit())
        self.grace_by.setObjectName("grace_approved_by")
        self.grace_by.setMaxLength(100)
        self.grace_by.setPlaceholderText(self.tr("required when the grace days change"))
        self.grace_note = f.add("grace_note", self.tr("Grace &justification:"), QLineEdit())
        self.grace_note.setObjectName("grace_note")
        self.grace_note.setPlaceholderText(self.tr("optional, e.g. agreed in the annual contract"))
        self.grace_days.valueChanged.connect(lambda _v: self._edited("grace_approved_by"))
        self.grace_by.textChanged.connect(lambda _t: self._edited("grace_approved_by"))

    def _grace_text(self, g) -> str:
        if not g.days and not g.approved_by:
            return self.tr("None so far.")
        text = self.tr("Now {days} days, approved by {who}").format(days=g.days, who=g.approved_by or "—")
        if g.approved_on:
            text += self.tr(" on {date}").format(date=g.approved_on.isoformat())
        return text + (f" ({g.note})" if g.note else "")

    def grace_changed(self) -> bool:
        return self.grace_before is not None and self.grace_days.value() != self.grace_before.days

    def _grace_problems(self) -> dict[str, str]:
        if self.grace_changed() and not self.grace_by.text().strip():
            return {"grace_approved_by": self.tr("Say who approved the new grace days.")}
        return {}

    # ------------------------------------------------------------------ data
    def _fill(self, d: svc.CustomerData) -> None:
        self.code.setText(d.code)
        self.name.setText(d.name)
        self.aliases.setPlainText("\n".join(a for a in d.aliases if a not in self._learned_names))
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
        self.discount_pct.setText(format_bp(d.discount_bp))
        if d.discount_days is not None:
            self.discount_days.setValue(d.discount_days)

    def _collect(self) -> tuple[svc.CustomerData, dict[str, str]]:
        """The entered data and the problems the form itself finds (amount parsing)."""
        problems: dict[str, str] = {}
        currency = self.currency.currentText().strip().upper()
        try:
            limit = parse_amount(self.credit_limit.text(), currency)
        except ValueError as exc:
            problems["credit_limit"] = str(exc)
            limit = None
        try:
            bp = parse_percent_bp(self.discount_pct.text())
        except ValueError as exc:
            problems["discount"] = str(exc)
            bp = 0
        data = svc.CustomerData(
            code=self.code.text(), name=self.name.text(), currency=currency,
            terms_days=self.terms.value(), credit_limit_minor=limit,
            aliases=self._alias_names(), contact=self.contact.text(),
            email=self.email.text(), phone=self.phone.text(), address=self.address.toPlainText(),
            language=self.language.currentData() or "zh", notes=self.notes.toPlainText(),
            active=self.active.isChecked(), discount_bp=bp,
            discount_days=self.discount_days.value() if bp else None).cleaned()
        return data, problems

    def _alias_names(self) -> tuple[str, ...]:
        """The typed other names plus the learned names still kept, in their stored order."""
        typed = [t.strip() for t in self.aliases.toPlainText().splitlines() if t.strip()]
        keep = set(typed) | set(self.learned.kept_names() if self.learned is not None else ())
        before = list(self._original.aliases) if self._original is not None else []
        ordered = [a for a in before if a in keep]
        return tuple(ordered + [a for a in typed if a not in ordered])

    def data(self) -> svc.CustomerData:
        return self._collect()[0]

    def problems(self) -> dict[str, str]:
        """Every current problem, field → translated text (shown or not)."""
        data, problems = self._collect()
        for p in svc.validate(data):
            problems.setdefault(_FIELD.get(p.field, p.field), problem_text(p))
        for k, v in self._server_problems.items():
            problems.setdefault(k, v)
        for k, v in self._grace_problems().items():
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
                    for alias_id in (self.learned.removed_ids() if self.learned is not None else ()):
                        remove_alias(s, alias_id)
                    s.flush()
                    svc.update_customer(s, self.customer_id, data,
                                        reason=self.reason.text().strip() if self.reason else "")
                    if self.grace_changed():
                        from ...services.dunning import set_grace_days
                        set_grace_days(s, self.customer_id, self.grace_days.value(),
                                       self.grace_by.text(), self.ctx.as_of(), self.grace_note.text())
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
