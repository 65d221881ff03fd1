"""The detail pane under the customer list: contact, balances, open items, recent payments."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QScrollArea, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.queries import CustomerDetail, OpenItem, PaymentItem, customer_detail
from ..context import AppContext
from ..tablemodels.base import NEGATIVE, RIGHT, Column, RowTableModel
from ..tablemodels.customers import other_balances_text
from ..workers import run_in_worker

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {
        "open": translate("Status", "Open"),
        "partly_paid": translate("Status", "Partly paid"),
        "paid": translate("Status", "Paid"),
        "cancelled": translate("Status", "Cancelled"),
        "disputed": translate("Status", "Disputed"),
        "written_off": translate("Status", "Written off"),
    }.get(status, status)


def _item_columns() -> list[Column[OpenItem]]:
    credit = translate("CustomerDetail", "Credit note")
    return [
        Column("number", translate("CustomerDetail", "Number"),
               lambda r: r.number if r.kind == "invoice" else f"{r.number} ({credit})"),
        Column("issue", translate("CustomerDetail", "Issued"), lambda r: r.issue_date.isoformat()),
        Column("due", translate("CustomerDetail", "Due"), lambda r: r.due_date.isoformat()),
        Column("amount", translate("CustomerDetail", "Amount"),
               lambda r: format_minor(r.amount_minor, r.currency), sort_key=lambda r: r.amount_minor,
               align=RIGHT),
        Column("open", translate("CustomerDetail", "Open"),
               lambda r: format_minor(-r.open_minor if r.kind != "invoice" else r.open_minor, r.currency),
               sort_key=lambda r: r.open_minor, align=RIGHT,
               foreground=lambda r: NEGATIVE if r.kind != "invoice" else None),
        Column("cur", translate("CustomerDetail", "Cur."), lambda r: r.currency),
        Column("days", translate("CustomerDetail", "Days overdue"), lambda r: r.days_overdue or "",
               sort_key=lambda r: r.days_overdue, align=RIGHT,
               foreground=lambda r: NEGATIVE if r.days_overdue > 0 else None),
        Column("status", translate("CustomerDetail", "Status"), lambda r: status_label(r.status)),
    ]


def _payment_columns() -> list[Column[PaymentItem]]:
    return [
        Column("date", translate("CustomerDetail", "Date"), lambda r: r.date.isoformat()),
        Column("amount", translate("CustomerDetail", "Amount"),
               lambda r: format_minor(r.amount_minor, r.currency), sort_key=lambda r: r.amount_minor,
               align=RIGHT),
        Column("cur", translate("CustomerDetail", "Cur."), lambda r: r.currency),
        Column("unallocated", translate("CustomerDetail", "Unallocated"),
               lambda r: format_minor(r.unallocated_minor, r.currency) if r.unallocated_minor else "",
               sort_key=lambda r: r.unallocated_minor, align=RIGHT),
        Column("applied", translate("CustomerDetail", "Applied to"), lambda r: r.applied_to),
        Column("reference", translate("CustomerDetail", "Reference"), lambda r: r.reference),
    ]


def _small_table(model: RowTableModel, sort_key: str, order: Qt.SortOrder) -> QTableView:
    v = QTableView()
    v.setModel(model)
    v.horizontalHeader().setSortIndicator(model.column_index(sort_key), order)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.setSortingEnabled(True)
    v.setWordWrap(False)
    v.verticalHeader().hide()
    v.verticalHeader().setDefaultSectionSize(v.fontMetrics().height() + 8)
    v.horizontalHeader().setStretchLastSection(True)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return v


def _titled(label: QLabel, view: QTableView, empty: QLabel) -> QWidget:
    """A bold caption over a table, with a quiet line instead of the table when it is empty."""
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    label.setTextFormat(Qt.TextFormat.RichText)
    v.addWidget(label)
    v.addWidget(view, 1)
    empty.setEnabled(False)
    empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    empty.hide()
    v.addWidget(empty, 1)
    return box


def _load(engine, customer_id: int, as_of: date) -> CustomerDetail | None:
    with engine.connect() as conn:
        return customer_detail(conn, customer_id, as_of)


class CustomerDetailPane(QWidget):
    """Shows one customer; ``show_customer(id)`` loads in a worker, ``clear()`` empties it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: int | None = None
        self.detail: CustomerDetail | None = None
        self._generation = 0
        self.loading = False

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.placeholder = QLabel(self.tr("Select a customer to see the details."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setEnabled(False)
        self.stack.addWidget(self.placeholder)

        # three columns side by side under the list: facts | open items | recent payments
        page = QWidget()
        lay = QHBoxLayout(page)
        lay.setContentsMargins(4, 4, 4, 0)
        facts = QWidget()
        fl = QVBoxLayout(facts)
        fl.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fl.addWidget(self.title)
        self.info = QLabel()
        self.info.setObjectName("detail_info")
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.info.setOpenExternalLinks(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        fl.addWidget(self.info, 1)
        scroll = QScrollArea()
        scroll.setWidget(facts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 44))
        scroll.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 60))
        lay.addWidget(scroll, 2)

        self.items_label = QLabel()
        self.items_model: RowTableModel[OpenItem] = RowTableModel(_item_columns(), parent=self)
        self.items_view = _small_table(self.items_model, "due", Qt.SortOrder.AscendingOrder)
        self.items_empty = QLabel(self.tr("Nothing open: every invoice is settled."))
        lay.addWidget(_titled(self.items_label, self.items_view, self.items_empty), 4)
        self.payments_label = QLabel()
        self.payments_model: RowTableModel[PaymentItem] = RowTableModel(_payment_columns(), parent=self)
        self.payments_view = _small_table(self.payments_model, "date",
                                          Qt.SortOrder.DescendingOrder)
        self.payments_empty = QLabel(self.tr("No payments received yet."))
        lay.addWidget(_titled(self.payments_label, self.payments_view, self.payments_empty), 3)
        self.stack.addWidget(page)
        self.page = page

    # ------------------------------------------------------------ loading
    def clear(self) -> None:
        self._generation += 1
        self.customer_id = None
        self.detail = None
        self.loading = False
        self.stack.setCurrentWidget(self.placeholder)

    def show_customer(self, customer_id: int) -> None:
        if not self.ctx.has_db:
            self.clear()
            return
        self._generation += 1
        gen = self._generation
        self.customer_id = customer_id
        self.loading = True
        run_in_worker(_load, self.ctx.db.engine, customer_id, self.ctx.as_of(),
                      on_done=lambda d: self._loaded(gen, d), on_error=lambda e, tb: self._failed(gen, e, tb))

    def _failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if gen != self._generation:
            return
        self.loading = False
        from ..errors import show_error
        show_error(self, exc, tb)

    def _loaded(self, gen: int, d: CustomerDetail | None) -> None:
        if gen != self._generation:
            return            # the user moved on; a newer load is under way
        self.loading = False
        self.detail = d
        if d is None:
            self.stack.setCurrentWidget(self.placeholder)
            return
        self._render(d)
        self.stack.setCurrentWidget(self.page)

    # ---------------------------------------------------------- rendering
    def _render(self, d: CustomerDetail) -> None:
        e = html.escape
        r = d.row
        state = "" if r.active else " <span style='color:#808080'>(" + e(self.tr("inactive")) + ")</span>"
        self.title.setText(f"<span style='font-size:14pt; font-weight:600'>{e(r.name)}</span>"
                           f"&nbsp;&nbsp;<span style='color:#606060'>{e(r.code)}</span>{state}")
        b = r.balance
        red = "color:#c02020"
        facts = [
            (self.tr("Open balance"), f"<b>{e(format_minor(b.open_minor, r.currency))} {e(r.currency)}</b>"),
            (self.tr("Overdue"), (f"<b style='{red}'>" if b.overdue_minor else "<b>")
             + e(format_minor(b.overdue_minor, r.currency)) + "</b>"
             + (" " + e(self.tr("(oldest {days} days)").format(days=b.oldest_overdue_days))
                if b.oldest_overdue_days else "")),
            (self.tr("Terms"), e(self.tr("{days} days").format(days=r.terms_days))),
            (self.tr("Credit limit"),
             (f"<span style='{red}'>" + e(self._limit_text(d)) + "</span>") if self._over_limit(d)
             else e(self._limit_text(d))),
        ]
        if r.other_balances:
            facts.append((self.tr("Other currencies"), e(other_balances_text(r))))
        contact = [
            (self.tr("Contact"), e(d.contact)),
            (self.tr("E-mail"), f"<a href='mailto:{e(d.email, quote=True)}'>{e(d.email)}</a>" if d.email else ""),
            (self.tr("Phone"), e(d.phone)),
            (self.tr("Address"), e(d.address).replace("\n", "<br>")),
            (self.tr("Letters in"), "中文" if d.language == "zh" else "English"),
            (self.tr("Also pays as"), e(r.aliases)),
            (self.tr("Notes"), e(d.notes).replace("\n", "<br>")),
        ]
        rows = "".join(f"<tr><td style='color:#606060; padding-right:12px'>{e(k)}</td><td>{v}</td></tr>"
                       for k, v in facts + [c for c in contact if c[1]])
        self.info.setText(f"<table cellspacing='2'>{rows}</table>")
        self.items_label.setText("<b>" + e(self.tr("Open invoices and credit notes ({n})").format(
            n=len(d.open_items))) + "</b>")
        self.items_model.set_rows(d.open_items)
        self.items_view.setVisible(bool(d.open_items))
        self.items_empty.setVisible(not d.open_items)
        self.payments_label.setText("<b>" + e(self.tr("Recent payments ({n})").format(
            n=len(d.payments))) + "</b>")
        self.payments_model.set_rows(d.payments)
        self.payments_view.setVisible(bool(d.payments))
        self.payments_empty.setVisible(not d.payments)
        for view in (self.items_view, self.payments_view):
            view.resizeColumnsToContents()

    @staticmethod
    def _over_limit(d: CustomerDetail) -> bool:
        limit = d.row.credit_limit_minor
        return limit is not None and d.row.balance.open_minor > limit

    def _limit_text(self, d: CustomerDetail) -> str:
        r = d.row
        if r.credit_limit_minor is None:
            return self.tr("none")
        text = f"{format_minor(r.credit_limit_minor, r.currency)} {r.currency}"
        if r.credit_limit_minor > 0:
            pct = r.balance.open_minor * 100 // r.credit_limit_minor
            text += " " + self.tr("({pct}% used)").format(pct=pct)
        return text
