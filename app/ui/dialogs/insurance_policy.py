"""New / edit a credit-insurance policy, and the deadline warning window.

    PolicyDialog(ctx, parent, policy=None).exec()     # policy: a PolicyRow to edit
    WarningWindowDialog(ctx, parent).exec()

Written through ``insurance.add_policy`` / ``update_policy`` / ``save_settings`` in one
``db.session()`` (audited there); the service's messages appear under the field they name.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...models import CLAIM_FROM, PERIOD_UNITS
from ...money import format_minor, is_known_currency
from ...services import insurance
from ...services.insurance import InsuranceSettings, PolicyData, PolicyRow
from ..context import AppContext
from .forms import currency_combo
from .insurance_forms import (FieldProblem, WriteDialog, amount_edit, amount_value, claim_from_text,
                              parse_percent, pct_text, unit_text)
from .invoice_dialog import date_edit, pydate

INSURERS = ("中国出口信用保险公司 Sinosure", "Allianz Trade", "Coface", "Atradius", "人保财险 PICC",
            "平安产险 Ping An")


def _period_row(spin: QSpinBox, unit: QComboBox | None, tail: QWidget | None = None) -> QWidget:
    w = QWidget()
    h = QHBoxLayout(w)
    h.setContentsMargins(0, 0, 0, 0)
    h.addWidget(spin)
    if unit is not None:
        h.addWidget(unit)
    if tail is not None:
        h.addWidget(tail, 1)
    else:
        h.addStretch(1)
    return w


def _spin(name: str, value: int) -> QSpinBox:
    s = QSpinBox()
    s.setObjectName(name)
    s.setRange(0, 3650)
    s.setValue(value)
    s.setMinimumWidth(80)
    return s


class PolicyDialog(WriteDialog):
    """Insurer, number, currency, period, indemnity %, maximum extension period, when an overdue
    must be notified, when the claim must be filed, deductible, aggregate first loss, note."""

    FIELDS = {"insurer": "insurer", "number": "number", "currency": "currency", "ends_on": "ends_on",
              "starts_on": "starts_on", "indemnity_bp": "indemnity", "extension_days": "extension",
              "notify_after": "notify", "claim_after": "claim", "unit": "notify", "claim_from": "claim",
              "deductible_minor": "deductible", "first_loss_minor": "first_loss", "policy": "number"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, policy: PolicyRow | None = None) -> None:
        super().__init__(ctx, parent)
        self.policy = policy
        self.setWindowTitle(self.tr("Edit policy {number}").format(number=policy.number) if policy
                            else self.tr("New credit-insurance policy"))
        as_of = ctx.as_of()
        f = self.form
        self.insurer = QComboBox()
        self.insurer.setObjectName("policy_insurer")
        self.insurer.setEditable(True)
        self.insurer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.insurer.addItems(INSURERS)
        self.insurer.setMinimumContentsLength(32)
        self.insurer.setCurrentIndex(-1)
        self.insurer.lineEdit().setPlaceholderText(self.tr("Choose or type the insurer"))
        f.add("insurer", self.tr("&Insurer:"), self.insurer)
        self.number = QLineEdit()
        self.number.setObjectName("policy_number")
        self.number.setMaxLength(64)
        f.add("number", self.tr("Policy &number:"), self.number)
        self.currency = currency_combo("CNY")
        self.currency.setObjectName("policy_currency")
        self.currency.setToolTip(self.tr("Invoices in this currency are insured; limits, deductible "
                                         "and claims are in it."))
        f.add("currency", self.tr("C&urrency:"), self.currency)
        self.starts_on = date_edit(date(as_of.year, 1, 1))
        self.starts_on.setObjectName("policy_starts")
        f.add("starts_on", self.tr("Period &from:"), self.starts_on)
        self.ends_on = date_edit(date(as_of.year, 12, 31))
        self.ends_on.setObjectName("policy_ends")
        f.add("ends_on", self.tr("Period &to:"), self.ends_on)
        self.indemnity = QLineEdit("90")
        self.indemnity.setObjectName("policy_indemnity")
        self.indemnity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.indemnity.setMaximumWidth(100)
        self.indemnity.setToolTip(self.tr("The share of the insured loss the insurer pays, e.g. 90 or 87.5"))
        f.add("indemnity", self.tr("In&demnity %:"), _period_row(self.indemnity, None, QLabel("%")))
        self.extension = _spin("policy_extension", 0)
        self.extension.setToolTip(self.tr("How long past the due date the insurer allows extending "
                                          "payment terms without asking"))
        f.add("extension", self.tr("Maximum &extension:"), _period_row(self.extension, None, QLabel(unit_text("days"))))
        self.notify_after = _spin("policy_notify_after", 60)
        self.notify_unit = self._unit_combo("policy_notify_unit", "days")
        f.add("notify", self.tr("&Notify an overdue within:"),
              _period_row(self.notify_after, self.notify_unit, QLabel(self.tr("after the due date"))))
        self.claim_after = _spin("policy_claim_after", 4)
        self.claim_unit = self._unit_combo("policy_claim_unit", "months")
        self.claim_from = QComboBox()
        self.claim_from.setObjectName("policy_claim_from")
        for k in CLAIM_FROM:
            self.claim_from.addItem(claim_from_text(k), k)
        f.add("claim", self.tr("File the &claim within:"),
              _period_row(self.claim_after, self.claim_unit, self.claim_from))
        self.deductible = amount_edit("policy_deductible")
        self.deductible.setToolTip(self.tr("Excess borne by you on each claim"))
        f.add("deductible", self.tr("Dedu&ctible per claim:"), self.deductible)
        self.first_loss = amount_edit("policy_first_loss")
        self.first_loss.setToolTip(self.tr("Aggregate first loss of the policy period borne by you "
                                           "before the insurer pays (leave empty if none)"))
        f.add("first_loss", self.tr("&Aggregate first loss:"), self.first_loss)
        self.note = QLineEdit()
        self.note.setObjectName("policy_note")
        f.add("note", self.tr("N&ote:"), self.note)
        if policy is not None:
            self._fill(policy)
        self.finish_layout()
        self.setMinimumWidth(620)
        self.insurer.setFocus()

    def _unit_combo(self, name: str, unit: str) -> QComboBox:
        c = QComboBox()
        c.setObjectName(name)
        for u in PERIOD_UNITS:
            c.addItem(unit_text(u), u)
        c.setCurrentIndex(c.findData(unit))
        return c

    def _fill(self, p: PolicyRow) -> None:
        self.insurer.setCurrentText(p.insurer)
        self.number.setText(p.number)
        self.currency.setCurrentText(p.currency)
        self.starts_on.setDate(date_edit(p.starts_on).date())
        self.ends_on.setDate(date_edit(p.ends_on).date())
        self.indemnity.setText(pct_text(p.indemnity_bp))
        self.extension.setValue(p.extension_days)
        self.notify_after.setValue(p.notify_after)
        self.notify_unit.setCurrentIndex(self.notify_unit.findData(p.notify_unit))
        self.claim_after.setValue(p.claim_after)
        self.claim_unit.setCurrentIndex(self.claim_unit.findData(p.claim_unit))
        self.claim_from.setCurrentIndex(self.claim_from.findData(p.claim_from))
        self.deductible.setText(format_minor(p.deductible_minor, p.currency) if p.deductible_minor else "")
        self.first_loss.setText(format_minor(p.first_loss_minor, p.currency) if p.first_loss_minor else "")
        self.note.setText(p.note)

    def data(self) -> PolicyData:
        """The policy as entered (FieldProblem / ValidationError naming the field)."""
        cur = self.currency.currentText().strip().upper()
        if not is_known_currency(cur):
            raise FieldProblem("currency", self.tr("Choose a known currency (e.g. CNY, USD)."))
        d = PolicyData(
            insurer=self.insurer.currentText(), number=self.number.text(), currency=cur,
            starts_on=pydate(self.starts_on.date()), ends_on=pydate(self.ends_on.date()),
            indemnity_bp=parse_percent(self.indemnity.text(), "indemnity"),
            extension_days=self.extension.value(), notify_after=self.notify_after.value(),
            notify_unit=self.notify_unit.currentData(), claim_after=self.claim_after.value(),
            claim_unit=self.claim_unit.currentData(), claim_from=self.claim_from.currentData(),
            deductible_minor=amount_value(self.deductible, cur, "deductible") or 0,
            first_loss_minor=amount_value(self.first_loss, cur, "first_loss") or 0,
            note=self.note.text().strip())
        return insurance.validate_policy(d)

    def collect(self):
        d = self.data()
        if self.policy is None:
            return lambda s: insurance.add_policy(s, d)
        pid = self.policy.id
        return lambda s: insurance.update_policy(s, pid, d, reason="edited in the Credit tab") or pid

    def write_label(self) -> str:
        return self.tr("Saving policy")


class WarningWindowDialog(WriteDialog):
    """How many days before a deadline it shows as a warning (insurance settings)."""

    FIELDS = {"warning_days": "warning_days"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Deadline warning window"))
        with ctx.db.engine.connect() as conn:
            current = insurance.load_settings(conn)
        self.days = QSpinBox()
        self.days.setObjectName("insurance_warning_days")
        self.days.setRange(0, 365)
        self.days.setValue(current.warning_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setMinimumWidth(110)
        self.form.add("warning_days", self.tr("&Warn before a deadline:"), self.days)
        hint = QLabel(self.tr("A notification, extension or claim deadline this close or closer is "
                              "shown in amber in the deadlines list and counted in the Insurance tab's title."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.outer.addWidget(hint)
        self.finish_layout()

    def collect(self):
        st = InsuranceSettings(warning_days=self.days.value())
        return lambda s: insurance.save_settings(s, st, reason="Credit tab")

    def write_label(self) -> str:
        return self.tr("Saving the warning window")
