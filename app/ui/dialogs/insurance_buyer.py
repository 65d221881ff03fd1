"""Insured buyers (the insurer's approved limit on a customer) and overdue notifications.

    BuyerDialog(ctx, parent, customer_id=None, policy_id=None).exec()    # add_buyer
    EndBuyerDialog(ctx, buyer_row, parent).exec()                        # end_buyer
    NotifyDialog(ctx, deadline_row, parent).exec()                       # notify_overdue

Each writes one ``db.session()`` through ``app.services.insurance`` (audited there).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...models import BUYER_STATUSES
from ...services import insurance
from ...services.insurance import BuyerRow, Deadline
from ...services.invoice_filters import customer_choices
from ..context import AppContext
from .insurance_forms import FieldProblem, WriteDialog, amount_edit, amount_value, buyer_status_text, money
from .invoice_dialog import CustomerPicker, date_edit, pydate, qdate


class BuyerDialog(WriteDialog):
    """Record the insurer's decision on a buyer: policy, approved limit, validity, status,
    the insurer's reference and a note."""

    FIELDS = {"customer": "customer", "policy": "policy", "status": "status", "limit": "limit",
              "valid_to": "valid_to", "valid_from": "valid_from"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None,
                 policy_id: int | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add insured buyer"))
        with ctx.db.engine.connect() as conn:
            choices = [c for c in customer_choices(conn) if c.active or c.id == customer_id]
            self.policies = insurance.list_policies(conn)
        f = self.form
        self.customer = CustomerPicker(choices)
        self.customer.setObjectName("buyer_customer")
        self.customer.setToolTip(self.tr("Type part of the customer's code or name"))
        f.add("customer", self.tr("C&ustomer:"), self.customer)
        self.policy = QComboBox()
        self.policy.setObjectName("buyer_policy")
        for p in self.policies:
            self.policy.addItem(f"{p.number} · {p.insurer} ({p.currency}, {p.starts_on} – {p.ends_on})", p.id)
        f.add("policy", self.tr("&Policy:"), self.policy)
        limit_row = QWidget()
        h = QHBoxLayout(limit_row)
        h.setContentsMargins(0, 0, 0, 0)
        self.limit = amount_edit("buyer_limit")
        self.limit.setToolTip(self.tr("The credit limit the insurer approved for this buyer"))
        self.limit_currency = QLabel()
        h.addWidget(self.limit)
        h.addWidget(self.limit_currency)
        h.addStretch(1)
        f.add("limit", self.tr("Approved &limit:"), limit_row)
        self.form.widgets["limit"] = self.limit
        as_of = ctx.as_of()
        self.valid_from = date_edit(as_of)
        self.valid_from.setObjectName("buyer_valid_from")
        f.add("valid_from", self.tr("Valid &from:"), self.valid_from)
        to_row = QWidget()
        h2 = QHBoxLayout(to_row)
        h2.setContentsMargins(0, 0, 0, 0)
        self.valid_to = date_edit(as_of)
        self.valid_to.setObjectName("buyer_valid_to")
        self.open_ended = QCheckBox(self.tr("Until further notice"))
        self.open_ended.setObjectName("buyer_open_ended")
        self.open_ended.setChecked(True)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.valid_to.setEnabled(False)
        h2.addWidget(self.valid_to)
        h2.addWidget(self.open_ended)
        h2.addStretch(1)
        f.add("valid_to", self.tr("Valid &to:"), to_row)
        self.form.widgets["valid_to"] = self.valid_to
        self.status = QComboBox()
        self.status.setObjectName("buyer_status")
        for s in BUYER_STATUSES:
            self.status.addItem(buyer_status_text(s), s)
        self.status.setToolTip(self.tr("Requested and refused decisions give no cover; a withdrawn limit "
                                       "covers invoices issued up to the day it ended"))
        f.add("status", self.tr("&Status:"), self.status)
        self.reference = QLineEdit()
        self.reference.setObjectName("buyer_reference")
        self.reference.setPlaceholderText(self.tr("e.g. the insurer's limit decision number"))
        f.add("reference", self.tr("Insurer's &reference:"), self.reference)
        self.note = QLineEdit()
        self.note.setObjectName("buyer_note")
        f.add("note", self.tr("N&ote:"), self.note)
        self.policy.currentIndexChanged.connect(lambda _i: self._policy_changed())
        if policy_id is not None and self.policy.findData(policy_id) >= 0:
            self.policy.setCurrentIndex(self.policy.findData(policy_id))
        self._policy_changed()
        if customer_id is not None:
            self.customer.choose(customer_id)
        self.finish_layout()
        self.setMinimumWidth(600)
        if not self.policies:
            self.show_problems({}, self.tr("Enter a policy first (Policies → New policy…)."))
            self.ok_button().setEnabled(False)

    def selected_policy(self):
        pid = self.policy.currentData()
        return next((p for p in self.policies if p.id == pid), None)

    def _policy_changed(self) -> None:
        p = self.selected_policy()
        self.limit_currency.setText(p.currency if p else "")
        if p is not None:
            d = pydate(self.valid_from.date())
            if not p.starts_on <= d <= p.ends_on:
                self.valid_from.setDate(qdate(p.starts_on))

    def collect(self):
        c = self.customer.chosen()
        if c is None:
            raise FieldProblem("customer", self.tr("Choose the customer from the list."))
        p = self.selected_policy()
        if p is None:
            raise FieldProblem("policy", self.tr("Choose the policy."))
        limit = amount_value(self.limit, p.currency, "limit", required=True)
        valid_from = pydate(self.valid_from.date())
        valid_to = None if self.open_ended.isChecked() else pydate(self.valid_to.date())
        status, ref, note = self.status.currentData(), self.reference.text(), self.note.text().strip()
        return lambda s: insurance.add_buyer(s, p.id, c.id, limit_minor=limit, valid_from=valid_from,
                                             valid_to=valid_to, status=status, reference=ref, note=note)

    def write_label(self) -> str:
        return self.tr("Saving insured buyer")


class EndBuyerDialog(WriteDialog):
    """End an insured buyer's limit on a day (optionally marking it withdrawn), with a reason."""

    FIELDS = {"valid_to": "valid_to", "status": "status", "buyer": "valid_to"}

    def __init__(self, ctx: AppContext, buyer: BuyerRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.buyer = buyer
        self.setWindowTitle(self.tr("End insured limit — {code}").format(code=buyer.code))
        self.set_header(self.tr("{code} {name}: {limit} under policy {policy}, valid from {start} ({status}).").format(
            code=buyer.code, name=buyer.name, limit=money(buyer.limit_minor, buyer.currency),
            policy=buyer.policy_number, start=buyer.valid_from.isoformat(), status=buyer_status_text(buyer.status)))
        f = self.form
        self.valid_to = date_edit(max(ctx.as_of(), buyer.valid_from))
        self.valid_to.setObjectName("end_valid_to")
        self.valid_to.setToolTip(self.tr("The last day the limit covers invoices issued"))
        f.add("valid_to", self.tr("Cover &ends on:"), self.valid_to)
        self.status = QComboBox()
        self.status.setObjectName("end_status")
        self.status.addItem(self.tr("Unchanged ({status})").format(status=buyer_status_text(buyer.status)), None)
        for s in BUYER_STATUSES:
            if s != buyer.status:
                self.status.addItem(buyer_status_text(s), s)
        w = self.status.findData("withdrawn")
        if w >= 0:
            self.status.setCurrentIndex(w)
        f.add("status", self.tr("&Status:"), self.status)
        self.reason = QLineEdit()
        self.reason.setObjectName("end_reason")
        self.reason.setPlaceholderText(self.tr("e.g. limit withdrawn by the insurer"))
        f.add("reason", self.tr("&Reason:"), self.reason)
        self.finish_layout()

    def collect(self):
        bid, to, status, reason = (self.buyer.id, pydate(self.valid_to.date()), self.status.currentData(),
                                   self.reason.text().strip())
        if not reason:
            raise FieldProblem("reason", self.tr("Give a reason (it is kept in the audit log)."))
        return lambda s: insurance.end_buyer(s, bid, valid_to=to, status=status, reason=reason)

    def write_label(self) -> str:
        return self.tr("Ending insured limit")


class NotifyDialog(WriteDialog):
    """Record that an overdue insured invoice was notified to the insurer."""

    FIELDS = {"date": "date", "invoice": "date", "policy": "date"}

    def __init__(self, ctx: AppContext, row: Deadline, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.row = row
        self.setWindowTitle(self.tr("Overdue notified — {number}").format(number=row.number))
        self.set_header(self.tr("Invoice {number} of {code} {name}, due {due}, {open} open; policy {policy} "
                                "({insurer}). Notify by {notify_by}.").format(
            number=row.number, code=row.code, name=row.name, due=row.due_date.isoformat(),
            open=money(row.open_minor, row.currency), policy=row.policy_number, insurer=row.insurer,
            notify_by=row.notify_by.isoformat()))
        f = self.form
        self.on = date_edit(max(ctx.as_of(), row.due_date))
        self.on.setObjectName("notify_on")
        f.add("date", self.tr("Notified &on:"), self.on)
        self.reference = QLineEdit()
        self.reference.setObjectName("notify_reference")
        self.reference.setPlaceholderText(self.tr("e.g. the insurer's acknowledgement number"))
        f.add("reference", self.tr("&Reference:"), self.reference)
        self.note = QLineEdit()
        self.note.setObjectName("notify_note")
        f.add("note", self.tr("N&ote:"), self.note)
        self.finish_layout()
        self.setMinimumWidth(560)

    def collect(self):
        iid, pid, on = self.row.invoice_id, self.row.policy_id, pydate(self.on.date())
        ref, note = self.reference.text(), self.note.text().strip()
        return lambda s: insurance.notify_overdue(s, iid, on=on, policy_id=pid, reference=ref, note=note)

    def write_label(self) -> str:
        return self.tr("Recording the notification")

