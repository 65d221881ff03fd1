"""Open a claim and move it through its statuses.

    OpenClaimDialog(ctx, parent, customer_id=None, policy_id=None).exec()   # open_claim → .result_value
    ClaimActionDialog(ctx, claim_id, "file" | "paid" | "reject" | "recovery", parent).exec()

The open-claim dialog lists the customer's overdue insured invoices under the chosen policy
(``insurance.claim_candidates``), ticked ones make the claim, and the claimable amount is worked
out live (``insurance.preview_claimable``: min(outstanding, insured limit) − deductible − first
loss, × indemnity %). Status moves go through ``file_claim`` / ``mark_paid`` / ``reject_claim`` /
``add_recovery``; a move the claim's status does not allow is refused with the service's message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from ...money import format_minor
from ...services import insurance
from ...services.insurance import CLAIM_STATUS_TEXT, ClaimCandidates, Claimable
from ...services.invoice_filters import customer_choices
from ..context import AppContext
from ..errors import tr_message
from .insurance_forms import FieldProblem, WriteDialog, amount_edit, amount_value, money, pct_text
from .invoice_dialog import CustomerPicker, date_edit, pydate

translate = QCoreApplication.translate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def figures_box(parent: QWidget, title: str) -> tuple[QGroupBox, dict[str, QLabel]]:
    """A group of the claim's figures, step by step; fill with ``show_figures``."""
    box = QGroupBox(title, parent)
    fl = QFormLayout(box)
    labels: dict[str, QLabel] = {}
    rows = (("outstanding", translate("ClaimFigures", "Outstanding on the invoices:")),
            ("limit", translate("ClaimFigures", "Insured limit:")),
            ("base", translate("ClaimFigures", "Lower of the two:")),
            ("deductible", translate("ClaimFigures", "Less deductible:")),
            ("first_loss", translate("ClaimFigures", "Less first loss:")),
            ("net", translate("ClaimFigures", "Loss for indemnity:")),
            ("indemnity", translate("ClaimFigures", "Indemnity:")),
            ("claimable", translate("ClaimFigures", "Claimable amount:")))
    for key, text in rows:
        lab = QLabel()
        lab.setObjectName(f"figure_{key}")
        lab.setAlignment(RIGHT)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if key == "claimable":
            f = lab.font()
            f.setBold(True)
            lab.setFont(f)
        labels[key] = lab
        fl.addRow(text, lab)
    return box, labels


def show_figures(labels: dict[str, QLabel], fig: Claimable | None, currency: str) -> None:
    if fig is None:
        for lab in labels.values():
            lab.setText("—")
        return
    m = lambda v: money(v, currency)           # noqa: E731
    labels["outstanding"].setText(m(fig.outstanding_minor))
    labels["limit"].setText(m(fig.insured_limit_minor))
    labels["base"].setText(m(fig.base_minor))
    labels["deductible"].setText("− " + m(fig.deductible_minor))
    labels["first_loss"].setText("− " + m(fig.first_loss_minor))
    labels["net"].setText(m(fig.net_minor))
    labels["indemnity"].setText(f"× {pct_text(fig.indemnity_bp)} %")
    labels["claimable"].setText(m(fig.claimable_minor))


class OpenClaimDialog(WriteDialog):
    """A draft claim for a customer's overdue insured invoices under one policy."""

    FIELDS = {"customer": "customer", "policy": "policy", "invoice": "invoices", "date": "date"}

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, customer_id: int | None = None,
                 policy_id: int | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Open insurance claim"))
        self.candidates: ClaimCandidates | None = None
        self.preview: Claimable | None = None
        self._filling = False
        with ctx.db.engine.connect() as conn:
            insured = {b.customer_id for b in insurance.list_buyers(conn) if b.status in ("approved", "withdrawn")}
            choices = [c for c in customer_choices(conn) if c.id in insured]
        f = self.form
        self.customer = CustomerPicker(choices)
        self.customer.setObjectName("claim_customer")
        self.customer.setToolTip(self.tr("Only customers with an insured limit are listed"))
        f.add("customer", self.tr("C&ustomer:"), self.customer)
        self.policy = QComboBox()
        self.policy.setObjectName("claim_policy")
        f.add("policy", self.tr("&Policy:"), self.policy)
        self.on = date_edit(ctx.as_of())
        self.on.setObjectName("claim_on")
        self.on.setToolTip(self.tr("The invoices must be overdue and open on this day"))
        f.add("date", self.tr("&Opened on:"), self.on)
        self.model = QStandardItemModel(0, 7, self)
        self.model.setHorizontalHeaderLabels([self.tr("Invoice"), self.tr("Issued"), self.tr("Due"),
                                              self.tr("Days overdue"), self.tr("Open"), self.tr("Insured limit"),
                                              self.tr("In claim")])
        self.table = QTableView()
        self.table.setObjectName("claim_invoices")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(170)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        inv_box = QWidget()
        iv = QVBoxLayout(inv_box)
        iv.setContentsMargins(0, 0, 0, 0)
        iv.addWidget(self.table, 1)
        ticks = QHBoxLayout()
        self.tick_all = QPushButton(self.tr("Tick &all"))
        self.tick_all.setObjectName("claim_tick_all")
        self.tick_all.setAutoDefault(False)
        self.tick_all.clicked.connect(lambda: self._tick_all(True))
        self.tick_none = QPushButton(self.tr("Untick a&ll"))
        self.tick_none.setObjectName("claim_tick_none")
        self.tick_none.setAutoDefault(False)
        self.tick_none.clicked.connect(lambda: self._tick_all(False))
        self.tick_count = QLabel()
        self.tick_count.setObjectName("claim_tick_count")
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.tick_none)
        ticks.addWidget(self.tick_count, 1)
        iv.addLayout(ticks)
        f.add("invoices", self.tr("&Invoices:"), inv_box)
        self.form.widgets["invoices"] = self.table
        self.fig_box, self.fig = figures_box(self, self.tr("Claimable amount if filed on that day"))
        self.outer.addWidget(self.fig_box)
        self.note = QLineEdit()
        self.note.setObjectName("claim_note")
        self.fl2 = QFormLayout()
        self.fl2.addRow(self.tr("N&ote:"), self.note)
        self.outer.addLayout(self.fl2)
        self.finish_layout()
        self.setMinimumWidth(760)
        self.resize(820, 680)
        self.customer.currentIndexChanged.connect(lambda _i: self._customer_changed())
        self.policy.currentIndexChanged.connect(lambda _i: self.reload_invoices())
        self.on.dateChanged.connect(lambda _d: self.reload_invoices())
        self.model.itemChanged.connect(lambda _it: self._update_preview())
        self._policy_wanted = policy_id
        if customer_id is not None:
            self.customer.choose(customer_id)
        self._customer_changed()

    def _customer_changed(self) -> None:
        c = self.customer.chosen()
        self.policy.blockSignals(True)
        self.policy.clear()
        if c is not None:
            with self.ctx.db.engine.connect() as conn:
                for p in insurance.claim_policies(conn, c.id):
                    self.policy.addItem(f"{p.number} · {p.insurer} ({p.currency})", p.policy_id)
            i = self.policy.findData(self._policy_wanted) if self._policy_wanted is not None else -1
            self.policy.setCurrentIndex(max(i, 0) if self.policy.count() else -1)
        self.policy.blockSignals(False)
        self.reload_invoices()

    def reload_invoices(self) -> None:
        c, pid = self.customer.chosen(), self.policy.currentData()
        self.candidates = None
        if c is not None and pid is not None:
            with self.ctx.db.engine.connect() as conn:
                self.candidates = insurance.claim_candidates(conn, pid, c.id, pydate(self.on.date()))
        self._filling = True
        self.model.setRowCount(0)
        if self.candidates is not None:
            cur = self.candidates.currency
            for x in self.candidates.invoices:
                first = QStandardItem(x.number)
                first.setData(x.invoice_id, Qt.ItemDataRole.UserRole)
                first.setCheckable(x.claim is None)
                first.setCheckState(Qt.CheckState.Checked if x.claim is None else Qt.CheckState.Unchecked)
                if x.claim:
                    first.setToolTip(self.tr("In claim {reference} already").format(reference=x.claim))
                cells = [first, QStandardItem(x.issue_date.isoformat()), QStandardItem(x.due_date.isoformat()),
                         QStandardItem(str(x.days_overdue)), QStandardItem(format_minor(x.open_minor, cur)),
                         QStandardItem(format_minor(x.insured_limit_minor, cur)), QStandardItem(x.claim or "")]
                for k in (3, 4, 5):
                    cells[k].setTextAlignment(RIGHT)
                if x.claim:
                    for it in cells:
                        it.setEnabled(False)
                self.model.appendRow(cells)
        self._filling = False
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._update_preview()
        empty = self.candidates is not None and not self.candidates.invoices
        if c is not None and (pid is None or empty):
            self.show_problems({"invoices": self.tr("This customer has no overdue insured invoice open on that "
                                                    "day under the policy.") if pid is not None
                                else self.tr("No policy insures this customer.")})
        else:
            self.show_problems({})

    def chosen_ids(self) -> list[int]:
        out = []
        for r in range(self.model.rowCount()):
            it = self.model.item(r, 0)
            if it.isCheckable() and it.checkState() == Qt.CheckState.Checked:
                out.append(int(it.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, numbers: set[str]) -> None:
        """Tick exactly the invoices numbered ``numbers`` (the others unticked)."""
        for r in range(self.model.rowCount()):
            it = self.model.item(r, 0)
            if it.isCheckable():
                it.setCheckState(Qt.CheckState.Checked if it.text() in numbers else Qt.CheckState.Unchecked)

    def _tick_all(self, on: bool) -> None:
        self._filling = True
        for r in range(self.model.rowCount()):
            it = self.model.item(r, 0)
            if it.isCheckable():
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._filling = False
        self._update_preview()

    def _update_preview(self) -> None:
        if self._filling:
            return
        ids = self.chosen_ids()
        free = sum(1 for r in range(self.model.rowCount()) if self.model.item(r, 0).isCheckable())
        self.tick_count.setText(self.tr("{n} of {total} invoices ticked").format(n=len(ids), total=free))
        if self.candidates is None:
            self.preview = None
            show_figures(self.fig, None, "")
            return
        self.preview = insurance.preview_claimable(self.candidates, self.chosen_ids())
        show_figures(self.fig, self.preview, self.candidates.currency)

    def claimable_text(self) -> str:
        return self.fig["claimable"].text()

    def collect(self):
        c = self.customer.chosen()
        if c is None:
            raise FieldProblem("customer", self.tr("Choose the customer from the list."))
        pid = self.policy.currentData()
        if pid is None:
            raise FieldProblem("policy", self.tr("Choose the policy."))
        ids = self.chosen_ids()
        if not ids:
            raise FieldProblem("invoices", self.tr("Tick at least one invoice."))
        on, note = pydate(self.on.date()), self.note.text().strip()
        return lambda s: insurance.open_claim(s, pid, c.id, on=on, invoice_ids=ids, note=note)

    def write_label(self) -> str:
        return self.tr("Opening claim")


class ClaimActionDialog(WriteDialog):
    """File a draft claim, record the insurer's payment or rejection, or a recovery."""

    ACTIONS = ("file", "paid", "reject", "recovery")
    FIELDS = {"date": "date", "amount": "amount", "reason": "reason", "invoice": "date", "status": "date"}

    def __init__(self, ctx: AppContext, claim_id: int, action: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        assert action in self.ACTIONS
        self.action = action
        with ctx.db.engine.connect() as conn:
            self.info = info = insurance.claim_info(conn, claim_id, ctx.as_of())
        title = {"file": self.tr("File claim {reference}"), "paid": self.tr("Claim {reference} paid"),
                 "reject": self.tr("Claim {reference} rejected"),
                 "recovery": self.tr("Recovery on claim {reference}")}[action]
        self.setWindowTitle(title.format(reference=info.reference))
        self.set_header(self.tr("{reference} · {code} {name} · policy {policy} ({insurer}) · {status}").format(
            reference=info.reference, code=info.code, name=info.name, policy=info.policy_number,
            insurer=info.insurer, status=tr_message(CLAIM_STATUS_TEXT.get(info.status, info.status))))
        earliest = {"file": info.opened_on, "paid": info.filed_on, "reject": info.filed_on,
                    "recovery": info.decided_on}[action] or info.opened_on
        f = self.form
        self.on = date_edit(max(ctx.as_of(), earliest))
        self.on.setObjectName("action_on")
        label = {"file": self.tr("&Filed on:"), "paid": self.tr("&Paid on:"), "reject": self.tr("&Rejected on:"),
                 "recovery": self.tr("&Received on:")}[action]
        f.add("date", label, self.on)
        self.reference = self.amount = self.reason = self.note = None
        if action == "file":
            self.reference = QLineEdit(info.insurer_reference)
            self.reference.setObjectName("action_reference")
            self.reference.setPlaceholderText(self.tr("The insurer's case number, if given"))
            f.add("reference", self.tr("Insurer's &reference:"), self.reference)
            self.fig_box, self.fig = figures_box(self, self.tr("Figures stored at filing"))
            self.outer.addWidget(self.fig_box)
            self.on.dateChanged.connect(lambda _d: self._refresh_figures())
            self._refresh_figures()
        elif action in ("paid", "recovery"):
            row = QWidget()
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            self.amount = amount_edit("action_amount")
            h.addWidget(self.amount)
            h.addWidget(QLabel(info.currency))
            h.addStretch(1)
            f.add("amount", self.tr("&Amount:"), row)
            self.form.widgets["amount"] = self.amount
            if action == "paid":
                self.amount.setText(format_minor(info.figures.claimable_minor, info.currency))
                self.amount.setToolTip(self.tr("Claimed: {amount}").format(
                    amount=money(info.figures.claimable_minor, info.currency)))
            else:
                self.note = QLineEdit()
                self.note.setObjectName("action_note")
                f.add("note", self.tr("N&ote:"), self.note)
        else:
            self.reason = QLineEdit()
            self.reason.setObjectName("action_reason")
            self.reason.setPlaceholderText(self.tr("As given in the insurer's decision"))
            f.add("reason", self.tr("Insurer's &reason:"), self.reason)
        self.finish_layout()
        self.setMinimumWidth(560)

    def _refresh_figures(self) -> None:
        with self.ctx.db.engine.connect() as conn:
            fig, _ = insurance.claim_figures(conn, self.info.id, pydate(self.on.date()))
        show_figures(self.fig, fig, self.info.currency)

    def collect(self):
        cid, on = self.info.id, pydate(self.on.date())
        if self.action == "file":
            ref = self.reference.text()
            return lambda s: insurance.file_claim(s, cid, on=on, insurer_reference=ref)
        if self.action == "reject":
            reason = self.reason.text()
            return lambda s: insurance.reject_claim(s, cid, on=on, reason=reason)
        amount = amount_value(self.amount, self.info.currency, "amount", required=True)
        if self.action == "paid":
            return lambda s: insurance.mark_paid(s, cid, on=on, amount_minor=amount)
        note = self.note.text().strip()
        return lambda s: insurance.add_recovery(s, cid, on=on, amount_minor=amount, note=note)

    def write_label(self) -> str:
        return self.windowTitle()

