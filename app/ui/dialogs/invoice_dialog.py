"""New invoice and new credit note, validated as you type.

    dlg = InvoiceDialog(ctx, parent, customer_id=None)
    dlg = CreditNoteDialog(ctx, parent, invoice_id=None, customer_id=None)
    if dlg.exec():
        dlg.invoice_id          # the new document's id

Problems appear under their field and OK stays disabled while anything is wrong. Saving is one
``ctx.db.session()`` through ``ledger.create_invoice`` / ``ledger.create_credit_note`` (audited);
the dialog calls ``ctx.notify_changed()`` after it wrote.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateEdit, QDialog,
                               QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from ...errors import UserError, ValidationError
from ...money import format_minor, is_known_currency
from ...services import ledger
from ...services.credit.gate import check_invoice, confirm
from ...services.invoice_filters import (CustomerChoice, DocumentInfo, customer_choices,
                                         document_info, number_in_use, suggest_number)
from ..context import AppContext
from ..errors import show_error, tr_message, user_error_text
from .forms import ProblemForm, currency_combo, parse_amount

# service field name → form field
_FIELD = {"number": "number", "customer": "customer", "currency": "currency", "amount": "amount",
          "due_date": "due", "date": "issue", "invoice": "invoice", "reason": "reason"}


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date) -> QDateEdit:
    w = QDateEdit(qdate(d))
    w.setCalendarPopup(True)
    w.setDisplayFormat("yyyy-MM-dd")
    return w


class CustomerPicker(QComboBox):
    """An editable combo over every customer: type part of the code or name to find one."""

    def __init__(self, choices: list[CustomerChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(30)
        model = QStringListModel([f"{c.code}  {c.name}" for c in choices], self)
        self.setModel(model)
        self.view().setUniformItemSizes(True)
        comp = QCompleter(model, self)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(comp)
        self.lineEdit().setPlaceholderText(self.tr("Type a code or name…"))
        self.setCurrentIndex(-1)
        self.lineEdit().editingFinished.connect(self._resolve)

    def _resolve(self) -> None:
        """Typed text that is not an entry: take the first customer whose entry contains it."""
        text = self.currentText().strip()
        i = self.currentIndex()
        if not text or (i >= 0 and text == self.itemText(i)):
            return
        found = self.findText(text, Qt.MatchFlag.MatchContains)
        if found >= 0:
            self.setCurrentIndex(found)
            if found == i:           # same index: no signal, but the text needs restoring
                self.setEditText(self.itemText(found))
                self.currentIndexChanged.emit(found)

    def chosen(self) -> CustomerChoice | None:
        i = self.currentIndex()
        if i < 0 or i >= len(self.choices):
            return None
        if self.currentText().strip() != self.itemText(i):
            return None          # the text was edited away from the chosen customer
        return self.choices[i]

    def choose(self, customer_id: int | None) -> None:
        for i, c in enumerate(self.choices):
            if c.id == customer_id:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(-1)


class _DocumentDialog(QDialog):
    """What invoices and credit notes share: customer, number, date, currency, amount, PO."""

    kind = "invoice"

    def __init__(self, ctx: AppContext, parent: QWidget | None, customer_id: int | None,
                 target: DocumentInfo | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.invoice_id: int | None = None
        self.target = target
        self._touched: set[str] = set()
        self._server_problems: dict[str, str] = {}
        with ctx.db.engine.connect() as conn:
            choices = [c for c in customer_choices(conn) if c.active or c.id in (customer_id,) or (
                target is not None and c.id == target.customer_id)]
            suggested = suggest_number(conn, self.kind)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.hide()
        layout.addWidget(self.header)
        fl = QFormLayout()
        fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = ProblemForm(fl)
        layout.addLayout(fl)
        f = self.form
        self.customer = f.add("customer", self.tr("C&ustomer:"), CustomerPicker(choices))
        self.number = f.add("number", self.tr("&Number:"), QLineEdit(suggested))
        self.number.setMaxLength(64)
        self.issue = f.add("issue", self._date_label(), date_edit(ctx.as_of()))
        self._build_dates(f)
        self.currency = f.add("currency", self.tr("C&urrency:"), currency_combo("CNY"))
        amount_row = QWidget()
        h = QHBoxLayout(amount_row)
        h.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText("0.00")
        self.amount_hint = QLabel()
        self.amount_hint.setStyleSheet("color: palette(mid);")
        h.addWidget(self.amount, 1)
        h.addWidget(self.amount_hint)
        f.add("amount", self.tr("&Amount:"), amount_row)
        f.widgets["amount"] = self.amount
        self.po = f.add("po", self.tr("&PO / reference:"), QLineEdit())
        self.po.setMaxLength(100)
        self._build_extra(f)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self._ok_text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.customer.currentIndexChanged.connect(lambda _i: self._customer_changed())
        self.customer.lineEdit().textEdited.connect(lambda _t: self._edited("customer"))
        self.number.textChanged.connect(lambda _t: self._edited("number"))
        self.issue.dateChanged.connect(lambda _d: self._issue_changed())
        self.currency.currentTextChanged.connect(lambda _t: self._edited("currency", "amount"))
        self.amount.textChanged.connect(lambda _t: self._edited("amount"))
        self.po.textChanged.connect(lambda _t: self._edited("po"))
        if customer_id is not None:
            self.customer.choose(customer_id)
        self._customer_changed(touched=False)
        (self.amount if self.customer.chosen() else self.customer).setFocus()

    # hooks for the two kinds --------------------------------------------
    def _date_label(self) -> str:
        return self.tr("&Date:")

    def _ok_text(self) -> str:
        return self.tr("OK")

    def _build_dates(self, f: ProblemForm) -> None:
        pass

    def _build_extra(self, f: ProblemForm) -> None:
        pass

    def _extra_problems(self, problems: dict[str, str]) -> None:
        pass

    def _save(self, s) -> int:
        raise NotImplementedError

    # ------------------------------------------------------------- values
    def currency_code(self) -> str:
        return self.currency.currentText().strip().upper()

    def amount_minor(self) -> int | None:
        try:
            return parse_amount(self.amount.text(), self.currency_code())
        except ValueError:
            return None

    def data(self) -> ledger.InvoiceData:
        c = self.customer.chosen()
        return ledger.InvoiceData(
            number=self.number.text().strip(), customer_id=c.id if c else 0,
            issue_date=pydate(self.issue.date()), currency=self.currency_code(),
            amount_minor=self.amount_minor() or 0, due_date=self._due_date(), po=self.po.text().strip())

    def _due_date(self) -> date | None:
        return None

    def problems(self) -> dict[str, str]:
        """Every current problem, form field → translated text (shown or not)."""
        p: dict[str, str] = {}
        if self.customer.chosen() is None:
            p["customer"] = self.tr("Choose a customer from the list.")
        number = self.number.text().strip()
        if not number:
            p["number"] = self.tr("A number is required.")
        elif self._number_taken(number):
            p["number"] = self.tr("Number {number} is already used.").format(number=number)
        cur = self.currency_code()
        if not is_known_currency(cur):
            p["currency"] = self.tr("Unknown currency {code}.").format(code=cur)
        else:
            try:
                minor = parse_amount(self.amount.text(), cur)
            except ValueError as exc:
                p["amount"] = str(exc)
            else:
                if minor is None:
                    p["amount"] = self.tr("Enter the amount.")
                elif minor <= 0:
                    p["amount"] = self.tr("The amount must be greater than zero.")
        self._extra_problems(p)
        for k, v in self._server_problems.items():
            p.setdefault(k, v)
        return p

    def _number_taken(self, number: str) -> bool:
        if number == getattr(self, "_checked_number", (None, False))[0]:
            return self._checked_number[1]
        with self.ctx.db.engine.connect() as conn:
            taken = number_in_use(conn, number)
        self._checked_number = (number, taken)
        return taken

    # --------------------------------------------------------- reactions
    def _customer_changed(self, touched: bool = True) -> None:
        c = self.customer.chosen()
        if c is not None and self.target is None:
            self.currency.setCurrentText(c.currency)
        self._defaults_changed()
        if touched:
            self._edited("customer")
        else:
            self._revalidate()

    def _issue_changed(self) -> None:
        self._defaults_changed()
        self._edited("issue")

    def _defaults_changed(self) -> None:
        pass

    def _edited(self, *keys: str) -> None:
        for key in keys:
            self._touched.add(key)
            self._server_problems.pop(key, None)
        self._revalidate()

    def _revalidate(self) -> None:
        problems = self.problems()
        shown = {k: v for k, v in problems.items() if k in self._touched or k in self._server_problems}
        self.form.show(shown)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        ok.setToolTip("\n".join(problems.values()))
        cur = self.currency_code()
        minor = self.amount_minor() if is_known_currency(cur) else None
        self.amount_hint.setText(f"{format_minor(minor, cur)} {cur}" if minor else cur)

    # --------------------------------------------------------------- save
    def accept(self) -> None:
        if self.problems():
            self._touched.update(self.form.labels)
            self._revalidate()
            return
        try:
            with self.ctx.db.session() as s:
                new_id = self._save(s)
        except ValidationError as exc:
            key = _FIELD.get(exc.field, "")
            if key in self.form.labels:
                self._server_problems[key] = user_error_text(exc)
                self._checked_number = (None, False)
                self._revalidate()
                self.form.widgets[key].setFocus()
                return
            show_error(self, exc)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self.invoice_id = new_id
        super().accept()
        self.ctx.notify_changed()


class InvoiceDialog(_DocumentDialog):
    """A new invoice: due date follows the customer's terms until you change it yourself."""

    kind = "invoice"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 customer_id: int | None = None) -> None:
        self._due_by_hand = False
        super().__init__(ctx, parent, customer_id)
        self.setWindowTitle(self.tr("New invoice"))

    def _date_label(self) -> str:
        return self.tr("Invoice &date:")

    def _ok_text(self) -> str:
        return self.tr("Create invoice")

    def _build_dates(self, f: ProblemForm) -> None:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        self.due = date_edit(self.ctx.as_of())
        self.due.setObjectName("due")
        self.terms_hint = QLabel()
        self.terms_hint.setStyleSheet("color: palette(mid);")
        h.addWidget(self.due)
        h.addWidget(self.terms_hint, 1)
        f.add("due", self.tr("D&ue date:"), row)
        f.widgets["due"] = self.due
        self.due.dateChanged.connect(lambda _d: self._due_edited())

    def _due_date(self) -> date:
        return pydate(self.due.date())

    def _defaults_changed(self) -> None:
        c = self.customer.chosen()
        issue = pydate(self.issue.date())
        if c is not None and not self._due_by_hand:
            self.due.blockSignals(True)
            self.due.setDate(qdate(issue + timedelta(days=c.terms_days)))
            self.due.blockSignals(False)
        self._update_terms_hint()

    def _update_terms_hint(self) -> None:
        days = (pydate(self.due.date()) - pydate(self.issue.date())).days
        c = self.customer.chosen()
        text = self.tr("{days} days after the invoice date").format(days=days)
        if c is not None and days == c.terms_days:
            text = self.tr("{days} days: the customer's terms").format(days=days)
        self.terms_hint.setText(text)

    def _due_edited(self) -> None:
        self._due_by_hand = True
        self._update_terms_hint()
        self._edited("due")

    def _extra_problems(self, p: dict[str, str]) -> None:
        if pydate(self.due.date()) < pydate(self.issue.date()):
            p["due"] = self.tr("The due date is before the invoice date.")

    # the credit gate: past the warning line or the limit, or a prepayment customer, the invoice
    # needs a reason, asked before the write transaction opens and audited with the invoice
    def accept(self) -> None:
        self._credit_ok = None
        if not self.problems():
            data = self.data()
            try:
                with self.ctx.db.engine.connect() as conn:
                    check = check_invoice(conn, self.ctx.as_of(), data.customer_id, data.amount_minor,
                                          data.currency)
            except UserError as exc:
                show_error(self, exc)
                return
            if check is not None and check.needs_reason:
                reason = self.ask_credit_reason(check)
                if reason is None:
                    return
                self._credit_ok = (check, reason)
        super().accept()

    def ask_credit_reason(self, check) -> str | None:
        """The user's reason for going past the credit check, or None (do not save)."""
        from .bank_reason import ReasonDialog

        template, params = check.message()
        title = (self.tr("Prepayment required") if check.prepayment else self.tr("Credit limit"))
        presets = [self.tr("Order confirmed by the sales manager"), self.tr("Customer paid in advance"),
                   self.tr("Security or guarantee received"), self.tr("Limit increase under review")]
        dlg = ReasonDialog(title, tr_message(template).format(**params), self.tr("Save the invoice"),
                           presets, self)
        return dlg.reason() if dlg.exec() else None

    def _save(self, s) -> int:
        data = self.data()
        if getattr(self, "_credit_ok", None) is not None:
            check, reason = self._credit_ok
            confirm(s, [check], reason, what=data.number)
        return ledger.create_invoice(s, data)


class CreditNoteDialog(_DocumentDialog):
    """A credit note for one invoice (applied to it by default) or for a customer."""

    kind = "credit_note"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 invoice_id: int | None = None, customer_id: int | None = None) -> None:
        target = None
        if invoice_id is not None:
            with ctx.db.engine.connect() as conn:
                target = document_info(conn, invoice_id)
            if target is None or target.kind != "invoice":
                target = None
        super().__init__(ctx, parent, target.customer_id if target else customer_id, target)
        if target is None:
            self.setWindowTitle(self.tr("New credit note"))
            return
        self.setWindowTitle(self.tr("Credit note for {number}").format(number=target.number))
        self.header.setText(self.tr(
            "Invoice <b>{number}</b> of {customer} · issued {issue} · amount {amount} {cur} · "
            "open <b>{open} {cur}</b>").format(
                number=_esc(target.number), customer=_esc(f"{target.customer_code} {target.customer_name}"),
                issue=target.issue_date.isoformat(), amount=format_minor(target.amount_minor, target.currency),
                open=format_minor(target.open_minor, target.currency), cur=target.currency))
        self.header.show()
        self.customer.setEnabled(False)
        self.currency.setCurrentText(target.currency)
        self.currency.setEnabled(False)
        if target.open_minor > 0:
            self.amount.setText(format_minor(target.open_minor, target.currency, grouping=False))
        else:
            self.apply.setChecked(False)
        if self.issue.date() < qdate(target.issue_date):
            self.issue.setDate(qdate(target.issue_date))
        self._revalidate()
        self.reason.setFocus()

    def _date_label(self) -> str:
        return self.tr("Credit note &date:")

    def _ok_text(self) -> str:
        return self.tr("Create credit note")

    def _build_extra(self, f: ProblemForm) -> None:
        self.apply = f.add("apply", "", QCheckBox(self.tr("Apply to the invoice (reduces what is open on it)")))
        self.apply.setChecked(True)
        self.apply.setVisible(self.target is not None)
        self.reason = f.add("reason", self.tr("&Reason:"), QLineEdit())
        self.reason.setPlaceholderText(self.tr("e.g. goods returned, price correction"))
        self.reason.textChanged.connect(lambda _t: self._edited("reason"))
        self.apply.toggled.connect(lambda _b: self._edited("amount", "issue"))

    def _extra_problems(self, p: dict[str, str]) -> None:
        if not self.reason.text().strip():
            p["reason"] = self.tr("Give a reason for the credit note.")
        t = self.target
        if t is None or not self.apply.isChecked():
            return
        minor = self.amount_minor()
        if minor is not None and minor > t.open_minor and "amount" not in p:
            p["amount"] = self.tr("Only {open} {cur} is open on {number}; untick “Apply” for a larger "
                                  "credit.").format(open=format_minor(t.open_minor, t.currency),
                                                    cur=t.currency, number=t.number)
        if pydate(self.issue.date()) < t.issue_date:
            p["issue"] = self.tr("The credit note cannot be dated before the invoice ({date}).").format(
                date=t.issue_date.isoformat())

    def _save(self, s) -> int:
        t = self.target
        return ledger.create_credit_note(
            s, self.data(), corrects_invoice_id=t.id if t else None,
            reason=self.reason.text().strip(), allocate=bool(t and self.apply.isChecked()))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
