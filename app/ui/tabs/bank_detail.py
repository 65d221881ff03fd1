"""The pane under the statement lines: the selected line, its candidates and the customer's invoices.

For a line still to be reviewed the candidates come from the tab's ``MatchContext`` (built once
per load in the worker, so they reflect the invoices' current open amounts); each shows its score
and, below the table, the reasons in the user's language. For a reconciled line the pane shows
what was booked, by whom and when (``reconcile.reconciliation_info``). On the right: the open
invoices of the chosen candidate's (or the booked) customer, with what the candidate puts on each.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QFrame, QHeaderView, QLabel, QScrollArea, QSplitter, QStackedWidget,
                               QTableView, QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.matching.engine import LineResult, Proposal
from ...services.queries import customer_detail
from ...services.reconcile import ReconciliationInfo, reconciliation_info, stored_proposals
from ..context import AppContext
from ..errors import tr_message
from ..list_view import list_view
from ..tablemodels.bank import (CandidateRow, OpenRow, candidate_columns, open_item_columns,
                                status_label)
from ..tablemodels.base import RowTableModel, select_row
from ...services.bank_view import BankData, BankRow, line_view
from .customer_detail import status_label as invoice_status_label

translate = QCoreApplication.translate


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _fit(view: QTableView, stretch: str, max_chars: dict[str, int]) -> None:
    """Columns sized to their content (none wider than its share); ``stretch`` takes what is left
    and elides, so the pane never needs a horizontal scroll bar."""
    model = view.model()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    fm = view.fontMetrics()
    for col in range(model.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    view.resizeColumnsToContents()
    for key, chars in max_chars.items():
        col = model.column_index(key)
        view.setColumnWidth(col, min(view.columnWidth(col), fm.horizontalAdvance("0" * chars) + 12))
    header.setSectionResizeMode(model.column_index(stretch), QHeaderView.ResizeMode.Stretch)


def _caption() -> QLabel:
    lab = QLabel()
    lab.setTextFormat(Qt.TextFormat.RichText)
    return lab


def _quiet(text: str = "") -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setEnabled(False)
    lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return lab


class BankLineDetail(QWidget):
    """``show_row(row)`` shows a line; ``selected_proposal()`` is the candidate to accept."""

    accept_requested = Signal()       # double-click / Enter on a candidate
    candidate_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: BankData | None = None
        self.row: BankRow | None = None
        self.result: LineResult | None = None
        self.info: ReconciliationInfo | None = None
        self._open_customer: int | None = None
        self._open_items: list = []

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.placeholder = QLabel(self.tr("Select a statement line to see its candidates."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self.stack.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("bank_detail_splitter")
        self.splitter.setChildrenCollapsible(False)
        # 1. the line itself
        self.facts = QLabel()
        self.facts.setObjectName("bank_line_facts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.facts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 40))
        self.splitter.addWidget(scroll)

        # 2. candidates (open line) or what was booked (reconciled line)
        self.middle = QStackedWidget()
        cand = QWidget()
        cv = QVBoxLayout(cand)
        cv.setContentsMargins(0, 0, 0, 0)
        self.cand_label = _caption()
        cv.addWidget(self.cand_label)
        self.cand_model: RowTableModel[CandidateRow] = RowTableModel(candidate_columns(), parent=self)
        self.cand_view = list_view(self.cand_model, stretch_last=True)
        self.cand_view.setObjectName("bank_candidates")
        cv.addWidget(self.cand_view, 3)
        self.cand_empty = _quiet()
        self.cand_empty.setObjectName("bank_candidates_empty")
        cv.addWidget(self.cand_empty, 3)
        self.reasons = QLabel()
        self.reasons.setObjectName("bank_reasons")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setWordWrap(True)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        cv.addWidget(self.reasons, 2)
        self.middle.addWidget(cand)
        self.cand_page = cand
        self.booked = QLabel()
        self.booked.setObjectName("bank_booked")
        self.booked.setTextFormat(Qt.TextFormat.RichText)
        self.booked.setWordWrap(True)
        self.booked.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.booked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.middle.addWidget(self.booked)
        self.splitter.addWidget(self.middle)

        # 3. the customer's open invoices
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.open_label = _caption()
        rv.addWidget(self.open_label)
        self.open_model: RowTableModel[OpenRow] = RowTableModel(open_item_columns(), parent=self)
        self.open_view = list_view(self.open_model, stretch_last=True)
        self.open_view.setObjectName("bank_open_items")
        rv.addWidget(self.open_view, 1)
        self.open_empty = _quiet()
        rv.addWidget(self.open_empty, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([280, 560, 440])      # the candidates get the most room
        self.stack.addWidget(self.splitter)

        self.cand_view.selectionModel().currentRowChanged.connect(lambda *_: self._candidate_changed())
        self.cand_view.doubleClicked.connect(lambda _i: self.accept_requested.emit())

    # ------------------------------------------------------------ state
    def set_data(self, data: BankData | None) -> None:
        self.data = data
        self._open_customer = None

    def clear(self) -> None:
        self.row = None
        self.result = None
        self.info = None
        self.cand_model.set_rows([])
        self.stack.setCurrentWidget(self.placeholder)

    def candidates(self) -> list[Proposal]:
        return [r.proposal for r in self.cand_model.rows()]

    def selected_proposal(self) -> Proposal | None:
        r = self.cand_model.row_at(self.cand_view.currentIndex())
        return r.proposal if r is not None else None

    def select_candidate(self, n: int) -> bool:
        return select_row(self.cand_view, n)

    # ------------------------------------------------------------ showing
    def show_row(self, row: BankRow | None) -> None:
        if row is None or self.data is None or not self.ctx.has_db:
            self.clear()
            return
        self.row = row
        ln = row.line
        self.result = None
        self.info = None
        if ln.status in ("unmatched", "suggested"):
            self.result = self._propose(row)
            self._show_candidates()
            self.middle.setCurrentWidget(self.cand_page)
        else:
            with self.ctx.db.read_session() as s:
                self.info = reconciliation_info(s, ln.id)
            self.middle.setCurrentWidget(self.booked)
            self._show_booked()
        self.facts.setText(self._facts_html(row))
        self.stack.setCurrentWidget(self.splitter)
        self._candidate_changed()

    def _propose(self, row: BankRow) -> LineResult:
        data = self.data
        if data is not None and data.match is not None:
            return data.match.propose(line_view(row.line))
        with self.ctx.db.engine.connect() as conn:       # no matcher loaded: the last run's proposals
            props = stored_proposals(conn, row.line.id)
        return LineResult(row.line.id, row.line.status, tuple(props))

    def _show_candidates(self) -> None:
        assert self.row is not None and self.data is not None and self.result is not None
        cur = self.row.line.currency
        d = self.data
        rows = [CandidateRow(p, cur, d.customer_label(p.customer_id) or f"#{p.customer_id}",
                             "; ".join(f"{d.invoice_number(i)} {format_minor(a, cur)}" for i, a in p.allocations))
                for p in self.result.proposals]
        self.cand_model.set_rows(rows)
        n = len(rows)
        self.cand_label.setText("<b>" + _e(self.tr("Candidates ({n})").format(n=n)) + "</b>")
        self.cand_view.setVisible(bool(rows))
        self.cand_empty.setVisible(not rows)
        if not rows:
            note = self.result.note
            why = note.text(tr_message) if note is not None else ""
            self.cand_empty.setText(self.tr("No candidate found. {why}\nChoose the customer and invoices "
                                            "yourself, or ignore the line if it is not a customer "
                                            "payment.").format(why=why).strip())
        else:
            _fit(self.cand_view, "customer", {"invoices": 24, "other": 18})
            self.select_candidate(0)

    def _show_booked(self) -> None:
        info = self.info
        row = self.row
        assert row is not None
        cur = row.line.currency
        if info is None:
            self.booked.setText(_e(self.tr("Nothing is booked for this line.")))
            return
        parts: list[str] = []
        when = info.created_at.strftime("%Y-%m-%d %H:%M") if info.created_at else ""
        who = {"auto": self.tr("Matched automatically"), "manual": self.tr("Confirmed by hand"),
               "ignore": self.tr("Ignored")}.get(info.kind, info.kind)
        by = self.tr("by {user} on {when}").format(user=info.user or "?", when=when)
        parts.append(f"<b>{_e(who)}</b> · {_e(by)}")
        if info.kind == "ignore":
            parts.append(_e(self.tr("Reason: {reason}").format(reason=info.note)))
        else:
            parts.append(_e(self.tr("Payment from {customer}").format(customer=self.data.customer_label(
                info.customer_id) if self.data else info.customer_name)))
            items = "".join(f"<li>{_e(number)}: {_e(format_minor(amt, cur))} {_e(cur)}</li>"
                            for _iid, number, amt in info.allocations)
            if items:
                parts.append(_e(self.tr("Applied to:")) + f"<ul style='margin:0'>{items}</ul>")
            kinds = {"bank_charges": self.tr("bank charges"), "discount": self.tr("early-payment discount"),
                     "difference": self.tr("difference written off")}
            numbers = {iid: number for iid, number, _a in info.allocations}
            for iid, kind, amt in info.differences:
                number = numbers.get(iid) or (self.data.invoice_number(iid) if self.data else f"#{iid}")
                parts.append(_e(self.tr("{kind} on {number}: {amount} {cur}").format(
                    kind=kinds.get(kind, kind), number=number,
                    amount=format_minor(amt, cur), cur=cur)))
            if info.credit_minor:
                parts.append(_e(self.tr("Left as customer credit: {amount} {cur}").format(
                    amount=format_minor(info.credit_minor, cur), cur=cur)))
            if info.note:
                parts.append(_e(self.tr("Note: {note}").format(note=info.note)))
        parts.append("<span style='color:#808080'>" + _e(self.tr("Undo (Ctrl+Z) restores the invoices as "
                                                                 "they were before.")) + "</span>")
        self.booked.setText("<br>".join(parts))

    def _facts_html(self, row: BankRow) -> str:
        ln = row.line
        cur = ln.currency
        amount = f"{format_minor(ln.amount_minor, cur)} {cur}"
        red = ln.amount_minor < 0
        facts = [
            (self.tr("Status"), _e(status_label(ln.status))),
            (self.tr("Booked"), _e(ln.booking_date.isoformat())),
            (self.tr("Value date"), _e(ln.value_date.isoformat()) if ln.value_date else ""),
            (self.tr("Amount"), (f"<b style='color:#c02020'>{_e(amount)}</b>" if red else f"<b>{_e(amount)}</b>")
             + (" " + _e(self.tr("(reversal)")) if ln.reversal else "")),
            (self.tr("Payer"), _e(ln.counterparty_name)),
            (self.tr("Account"), _e(ln.counterparty_account)),
            (self.tr("Remittance"), _e(ln.remittance).replace("\n", "<br>")),
            (self.tr("Bank reference"), _e(ln.bank_ref)),
        ]
        rows = "".join(f"<tr><td style='color:#606060; padding-right:10px'>{_e(k)}</td><td>{v}</td></tr>"
                       for k, v in facts if v)
        return f"<table cellspacing='2'>{rows}</table>"

    # ------------------------------------------------------------ candidate
    def _candidate_changed(self) -> None:
        p = self.selected_proposal()
        row = self.row
        if row is None:
            return
        if self.info is not None:
            self._show_open_items(self.info.customer_id, {iid: a for iid, _n, a in self.info.allocations})
            self.reasons.setText("")
        elif p is not None:
            self._show_open_items(p.customer_id, dict(p.allocations))
            items = "".join(f"<li>{_e(r.text(tr_message))}</li>" for r in p.reasons)
            self.reasons.setText("<b>" + _e(self.tr("Why (score {score}):").format(score=p.score))
                                 + f"</b><ul style='margin:0'>{items}</ul>")
        else:
            self._show_open_items(None, {})
            self.reasons.setText("")
        self.candidate_changed.emit()

    def _show_open_items(self, customer_id: int | None, proposed: dict[int, int]) -> None:
        if customer_id is None:
            self.open_label.setText("<b>" + _e(self.tr("Open invoices")) + "</b>")
            self.open_model.set_rows([])
            self.open_view.hide()
            self.open_empty.setText(self.tr("Choose a candidate to see the customer's open invoices."))
            self.open_empty.show()
            return
        if customer_id != self._open_customer:
            with self.ctx.db.engine.connect() as conn:
                d = customer_detail(conn, customer_id, self.ctx.as_of())
            self._open_items = [i for i in d.open_items if i.kind == "invoice"] if d else []
            self._open_customer = customer_id
        rows = [OpenRow(i, proposed.get(i.id), invoice_status_label(i.status)) for i in self._open_items]
        label = self.data.customer_label(customer_id) if self.data else ""
        self.open_label.setText("<b>" + _e(self.tr("Open invoices of {customer} ({n})").format(
            customer=label, n=len(rows))) + "</b>")
        self.open_model.set_rows(rows)
        self.open_view.setVisible(bool(rows))
        self.open_empty.setVisible(not rows)
        self.open_empty.setText(self.tr("Nothing open."))
        if rows:
            _fit(self.open_view, "number", {"open": 16, "proposed": 12})

    def forget_customer_cache(self) -> None:
        self._open_customer = None
