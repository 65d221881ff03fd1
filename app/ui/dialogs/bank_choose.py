"""Choose the customer and invoices for a statement line yourself, and split the amount.

    dlg = ChooseMatchDialog(ctx, line, parent, proposal=None, credit_only=False)
    if dlg.exec():       # booked through reconcile.apply_proposal (kind 'manual') in one session
        ...

Tick invoices and edit the amount applied to each (a tick fills in what is open, up to what is
left of the line). What is left of the line stays with the customer as credit. When less than an
invoice's open amount is applied, the rest either stays open (a part payment) or is booked as bank
charges, an early-payment discount, or a difference written off with a reason. With
``credit_only`` the invoice table is hidden: the whole amount becomes the customer's credit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget)

from ...errors import UserError
from ...money import format_minor
from ...services.invoice_filters import customer_choices
from ...services.matching.engine import Proposal
from ...services.queries import OpenItem, customer_detail
from ...services.reconcile import apply_proposal
from ...services.statements.store import StoredLine
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.base import NEGATIVE, RIGHT
from .forms import parse_amount
from .invoice_dialog import CustomerPicker

SHORT_KINDS = ("open", "bank_charges", "discount", "difference")


@dataclass
class _Split:
    item: OpenItem
    ticked: bool = False
    text: str = ""            # the amount applied, as typed


class SplitModel(QAbstractTableModel):
    """The customer's open invoices with a tick and an editable amount each."""

    COLS = ("tick", "number", "issue", "due", "open", "apply")

    def __init__(self, currency: str, line_amount: int, parent=None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.line_amount = line_amount
        self.rows: list[_Split] = []

    def set_items(self, items: list[OpenItem]) -> None:
        self.beginResetModel()
        self.rows = [_Split(i) for i in items]
        self.endResetModel()

    # -- amounts
    def amount(self, r: _Split) -> int | None:
        """The parsed amount of a ticked row (None when unticked, empty or not a valid amount)."""
        if not r.ticked:
            return None
        try:
            return parse_amount(r.text, self.currency)
        except ValueError:
            return None

    def applied(self) -> int:
        return sum(self.amount(r) or 0 for r in self.rows)

    def problems(self) -> list[str]:
        out = []
        for r in self.rows:
            if not r.ticked:
                continue
            try:
                v = parse_amount(r.text, self.currency)
            except ValueError as exc:
                out.append(f"{r.item.number}: {exc}")
                continue
            if v is None or v <= 0:
                out.append(self.tr("{number}: enter an amount greater than zero.").format(number=r.item.number))
            elif v > r.item.open_minor:
                out.append(self.tr("{number}: more than the {open} open.").format(
                    number=r.item.number, open=format_minor(r.item.open_minor, self.currency)))
        return out

    def tick(self, row: int, on: bool) -> None:
        r = self.rows[row]
        r.ticked = on
        if on and not r.text.strip():
            left = max(0, self.line_amount - self.applied())
            r.text = format_minor(min(r.item.open_minor, left), self.currency) if left else ""
        elif not on:
            r.text = ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLS) - 1))

    def set_text(self, row: int, text: str) -> None:
        r = self.rows[row]
        r.text = text.strip()
        r.ticked = bool(r.text)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLS) - 1))

    # -- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {"tick": "", "number": self.tr("Invoice"), "issue": self.tr("Issued"), "due": self.tr("Due"),
                "open": self.tr("Open"), "apply": self.tr("Apply")}[self.COLS[section]]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = self.COLS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and col == "tick":
            return Qt.CheckState.Checked if r.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            it = r.item
            return {"tick": None, "number": it.number + (" " + self.tr("(disputed)") if it.status == "disputed" else ""),
                    "issue": it.issue_date.isoformat(), "due": it.due_date.isoformat(),
                    "open": format_minor(it.open_minor, self.currency), "apply": r.text}[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("open", "apply"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == "apply" and r.ticked:
            v = self.amount(r)
            if v is None or v <= 0 or v > r.item.open_minor:
                return QBrush(NEGATIVE)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = self.COLS[index.column()]
        if col == "tick":
            f |= Qt.ItemFlag.ItemIsUserCheckable
        if col == "apply":
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        col = self.COLS[index.column()]
        if col == "tick" and role == Qt.ItemDataRole.CheckStateRole:
            self.tick(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if col == "apply" and role == Qt.ItemDataRole.EditRole:
            self.set_text(index.row(), str(value))
            return True
        return False


class ChooseMatchDialog(QDialog):
    def __init__(self, ctx: AppContext, line: StoredLine, parent: QWidget | None = None, *,
                 proposal: Proposal | None = None, credit_only: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line = line
        self.credit_only = credit_only
        self.reconciliation_id: int | None = None
        self._prefill = proposal
        cur = line.currency
        with ctx.db.engine.connect() as conn:
            wanted = proposal.customer_id if proposal is not None else None
            choices = [c for c in customer_choices(conn) if c.active or c.id == wanted]
        self.setWindowTitle(self.tr("Leave as customer credit") if credit_only
                            else self.tr("Choose customer and invoices"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("{date} · <b>{amount} {cur}</b> · {payer}<br>{remittance}").format(
            date=line.booking_date.isoformat(), amount=format_minor(line.amount_minor, cur), cur=cur,
            payer=_esc(line.counterparty_name) or "—", remittance=_esc(" ".join(line.remittance.split()))))
        head.setTextFormat(Qt.TextFormat.RichText)
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        self.customer = CustomerPicker(choices)
        self.customer.setObjectName("choose_customer")
        form.addRow(self.tr("C&ustomer:"), self.customer)
        layout.addLayout(form)

        self.model = SplitModel(cur, line.amount_minor, self)
        self.table = QTableView()
        self.table.setObjectName("choose_invoices")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        layout.addWidget(self.table, 1)
        self.no_items = QLabel()
        self.no_items.setEnabled(False)
        layout.addWidget(self.no_items)

        opts = QFormLayout()
        self.short_kind = QComboBox()
        self.short_kind.setObjectName("short_kind")
        for key, text in (("open", self.tr("stays open (part payment)")),
                          ("bank_charges", self.tr("bank charges")),
                          ("discount", self.tr("early-payment discount")),
                          ("difference", self.tr("written off as a difference (give a reason)"))):
            self.short_kind.addItem(text, key)
        self.short_label = QLabel(self.tr("What is not paid on a ticked invoice:"))
        opts.addRow(self.short_label, self.short_kind)
        self.note = QLineEdit()
        self.note.setObjectName("choose_note")
        self.note.setPlaceholderText(self.tr("optional; required for a written-off difference"))
        opts.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(opts)
        self.summary = QLabel()
        self.summary.setObjectName("choose_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book = self.buttons.addButton(self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book.setObjectName("choose_book")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for w in (self.table, self.no_items, self.short_label, self.short_kind):
            w.setVisible(not credit_only)
        self.customer.currentIndexChanged.connect(lambda _i: self._customer_changed())
        self.model.dataChanged.connect(lambda *_: self._refresh())
        self.short_kind.currentIndexChanged.connect(lambda _i: self._refresh())
        self.note.textChanged.connect(lambda _t: self._refresh())
        if wanted is not None:
            self.customer.choose(wanted)
        self._customer_changed()

    # ------------------------------------------------------------------ data
    def chosen_customer_id(self) -> int | None:
        c = self.customer.chosen()
        return c.id if c is not None else None

    def row_of(self, number: str) -> int:
        return next(i for i, r in enumerate(self.model.rows) if r.item.number == number)

    def tick(self, number: str, on: bool = True) -> None:
        self.model.tick(self.row_of(number), on)

    def set_amount(self, number: str, text: str) -> None:
        self.model.set_text(self.row_of(number), text)

    def set_short_kind(self, key: str) -> None:
        self.short_kind.setCurrentIndex(self.short_kind.findData(key))

    def proposal(self) -> Proposal | None:
        cid = self.chosen_customer_id()
        if cid is None or self.problems():
            return None
        allocations: list[tuple[int, int]] = []
        differences: list[tuple[int, str, int]] = []
        kind = self.short_kind.currentData()
        for r in self.model.rows:
            amt = self.model.amount(r)
            if amt is None:
                continue
            allocations.append((r.item.id, amt))
            if kind != "open" and amt < r.item.open_minor:
                differences.append((r.item.id, kind, r.item.open_minor - amt))
        credit = self.line.amount_minor - sum(a for _, a in allocations)
        return Proposal(cid, tuple(allocations), tuple(differences), credit, score=0, fit="manual")

    def problems(self) -> list[str]:
        if self.chosen_customer_id() is None:
            return [self.tr("Choose a customer.")]
        out = self.model.problems()
        applied = self.model.applied()
        if applied > self.line.amount_minor:
            out.append(self.tr("{applied} applied is more than the line's {amount}.").format(
                applied=format_minor(applied, self.line.currency),
                amount=format_minor(self.line.amount_minor, self.line.currency)))
        if self.short_kind.currentData() == "difference" and self._short() and not self.note.text().strip():
            out.append(self.tr("Give a reason for writing off the difference."))
        return out

    def _short(self) -> int:
        return sum(r.item.open_minor - (self.model.amount(r) or 0) for r in self.model.rows
                   if self.model.amount(r) is not None)

    # ------------------------------------------------------------ behaviour
    def _customer_changed(self) -> None:
        cid = self.chosen_customer_id()
        items: list[OpenItem] = []
        if cid is not None and not self.credit_only:
            with self.ctx.db.engine.connect() as conn:
                d = customer_detail(conn, cid, self.ctx.as_of())
            items = [i for i in (d.open_items if d else ()) if i.kind == "invoice"
                     and i.currency == self.line.currency]
        self.model.set_items(items)
        p = self._prefill
        if p is not None and p.customer_id == cid:
            for iid, amt in p.allocations:
                row = next((n for n, r in enumerate(self.model.rows) if r.item.id == iid), None)
                if row is not None:
                    self.model.set_text(row, format_minor(amt, self.line.currency))
            if p.differences:
                self.set_short_kind(p.differences[0][1])
        if not self.credit_only:
            self.no_items.setVisible(cid is not None and not items)
            self.no_items.setText(self.tr("This customer has nothing open in {cur}; the amount stays with it "
                                          "as credit.").format(cur=self.line.currency))
        self._refresh()

    def _refresh(self) -> None:
        cur = self.line.currency
        applied = self.model.applied()
        credit = self.line.amount_minor - applied
        short = self._short()
        parts = [self.tr("Line {amount} · applied {applied} · left as customer credit {credit}").format(
            amount=format_minor(self.line.amount_minor, cur), applied=format_minor(applied, cur),
            credit=format_minor(max(credit, 0), cur))]
        if short and not self.credit_only:
            kind = self.short_kind.currentData()
            text = (self.tr("{short} stays open on the ticked invoices.") if kind == "open"
                    else self.tr("{short} is booked as {kind}.")).format(
                short=format_minor(short, cur), kind=self.short_kind.currentText())
            parts.append(text)
        problems = self.problems()
        if problems and self.chosen_customer_id() is not None:
            parts += [f"<span style='color:#c02020'>{_esc(p)}</span>" for p in problems]
        self.summary.setText("<br>".join(_esc(p) if not p.startswith("<span") else p for p in parts))
        self.book.setEnabled(not problems)
        self.short_kind.setEnabled(bool(short))

    def accept(self) -> None:
        p = self.proposal()
        if p is None:
            return
        try:
            with self.ctx.db.session() as s:
                self.reconciliation_id = apply_proposal(s, self.line.id, p, kind="manual",
                                                        note=self.note.text().strip())
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()


def _esc(text: str) -> str:
    import html
    return html.escape(text)
