"""Allocate a customer's unallocated payments and credit notes to its open invoices, oldest first.

    AllocateDialog(ctx, customer_id, parent).exec()

Shows the plan of ``services.allocation.plan_oldest_first`` (which payment or credit note goes
to which invoice, how much, dated when) before anything is written; the user can date the
allocations by payment (default) or on the working date, and include disputed invoices. Apply
writes every step through the ledger in one ``ctx.db.session()``; a plan that went stale fails
as a whole with the ledger's message, and nothing is written.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox,
                               QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget)

from ...errors import UserError
from ...money import format_minor
from ...services.allocation import AllocationPlan, AllocationStep, apply_allocation_plan, plan_oldest_first
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.base import RIGHT, Column, RowTableModel


class AllocateDialog(QDialog):
    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.plan: AllocationPlan | None = None
        self.applied: list[int] = []
        with ctx.db.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT code, name FROM customer WHERE id = ?", (customer_id,)).first()
        code, name = row if row else ("?", "")
        self.setWindowTitle(self.tr("Allocate oldest first — {code} {name}").format(code=code, name=name))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Unallocated payments and credit notes go to the open invoices with the oldest due date "
            "first, in the same currency. Nothing is written until you press Allocate."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        opts = QHBoxLayout()
        self.dated = QComboBox()
        self.dated.setObjectName("dated")
        self.dated.addItem(self.tr("dated when the money came in"), "payment")
        self.dated.addItem(self.tr("dated {date}").format(date=ctx.as_of().isoformat()), "as_of")
        self.dated.currentIndexChanged.connect(lambda _i: self.refresh())
        self.disputed = QCheckBox(self.tr("Include &disputed invoices"))
        self.disputed.toggled.connect(lambda _on: self.refresh())
        opts.addWidget(QLabel(self.tr("Allocations:")))
        opts.addWidget(self.dated)
        opts.addSpacing(12)
        opts.addWidget(self.disputed)
        opts.addStretch(1)
        layout.addLayout(opts)

        self.model: RowTableModel[AllocationStep] = RowTableModel([
            Column("source", self.tr("From"), self._source_text),
            Column("invoice", self.tr("Invoice"), lambda st: st.invoice_number),
            Column("due", self.tr("Due"), lambda st: st.due_date.isoformat()),
            Column("amount", self.tr("Amount"), lambda st: f"{format_minor(st.amount_minor, st.currency)} "
                                                           f"{st.currency}", align=RIGHT),
            Column("date", self.tr("Dated"), lambda st: st.date.isoformat()),
        ], parent=self)
        self.view = QTableView()
        self.view.setObjectName("steps")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("&Allocate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("allocate")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()

    def _source_text(self, st: AllocationStep) -> str:
        if st.source_kind == "credit_note":
            return self.tr("Credit note {label}").format(label=st.source_label)
        return self.tr("Payment {label}").format(label=st.source_label)

    def refresh(self) -> None:
        with self.ctx.db.engine.connect() as conn:
            self.plan = plan_oldest_first(conn, self.customer_id, as_of=self.ctx.as_of(),
                                          dated=self.dated.currentData(),
                                          include_disputed=self.disputed.isChecked())
        plan = self.plan
        self.model.set_rows(plan.steps)
        parts = []
        if plan.empty:
            parts.append(self.tr("Nothing to allocate: no unallocated money meets an open invoice in its "
                                 "currency."))
        else:
            total = "  ".join(f"{format_minor(v, c)} {c}" for c, v in sorted(plan.total().items()))
            parts.append(self.tr("{n} allocation(s), {total} in all.").format(n=len(plan.steps), total=total))
        if plan.credit_left:
            parts.append(self.tr("Left unallocated: {amounts}.").format(
                amounts="  ".join(f"{format_minor(v, c)} {c}" for c, v in plan.credit_left)))
        if plan.open_left:
            parts.append(self.tr("Still open afterwards: {amounts}.").format(
                amounts="  ".join(f"{format_minor(v, c)} {c}" for c, v in plan.open_left)))
        if plan.disputed_skipped:
            parts.append(self.tr("{n} disputed invoice(s) left alone.").format(n=plan.disputed_skipped))
        self.summary.setText(" ".join(parts))
        self.apply_button.setEnabled(not plan.empty)

    def accept(self) -> None:
        if self.plan is None or self.plan.empty:
            return
        try:
            with self.ctx.db.session() as s:
                self.applied = apply_allocation_plan(s, self.plan)
        except UserError as exc:
            show_error(self, exc)
            self.refresh()
            return
        super().accept()
        self.ctx.notify_changed()
