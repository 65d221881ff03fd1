"""The Invoices tab's filter row: search, status, customer and issue-date range.

Emits ``changed`` (the search box debounced) and hands out a ``FilterState`` that names the
customer by id, so it survives a reload; ``FilterState.for_table`` turns it into the
``InvoiceFilter`` of one loaded ``InvoiceTable``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QCompleter, QDateEdit, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QWidget)

from ...services.invoice_filters import STATUS_FILTERS, InvoiceFilter
from ...services.queries import InvoiceTable

SEARCH_DEBOUNCE_MS = 200


@dataclass(frozen=True)
class FilterState:
    status: str = "open"
    customer_id: int | None = None
    issue_from: date | None = None
    issue_to: date | None = None
    text: str = ""

    def for_table(self, t: InvoiceTable) -> InvoiceFilter:
        cust = None
        if self.customer_id is not None:
            try:
                cust = t.customer_ids.index(self.customer_id)
            except ValueError:
                cust = -1          # the customer is gone: show nothing rather than everything
        return InvoiceFilter(status=self.status, customer=cust, issue_from=self.issue_from,
                             issue_to=self.issue_to, text=self.text)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class InvoiceFilterBar(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("invoice_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search number, customer or PO…  (Ctrl+F)"))
        self.search.setMinimumWidth(240)

        self.status = QComboBox()
        self.status.setObjectName("invoice_status_filter")
        labels = {"open": self.tr("Open"), "overdue": self.tr("Overdue"), "paid": self.tr("Paid"),
                  "disputed": self.tr("Disputed"), "cancelled": self.tr("Cancelled"),
                  "all": self.tr("All")}
        for key in STATUS_FILTERS:
            self.status.addItem(labels[key], key)

        self.customer = QComboBox()
        self.customer.setObjectName("invoice_customer_filter")
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.setMinimumContentsLength(22)
        self.customer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._customer_model = QStringListModel(self)
        self.customer.setModel(self._customer_model)
        self.customer.view().setUniformItemSizes(True)
        completer = QCompleter(self._customer_model, self.customer)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.setCompleter(completer)
        self.customer.lineEdit().setPlaceholderText(self.tr("All customers"))
        self._customer_ids: list[int] = []

        self.use_dates = QCheckBox(self.tr("Issued"))
        self.use_dates.setObjectName("invoice_use_dates")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for w, name in ((self.date_from, "invoice_date_from"), (self.date_to, "invoice_date_to")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setEnabled(False)
        self.date_from.setDate(_qdate(today.replace(day=1)))
        self.date_to.setDate(_qdate(today))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("invoice_clear_filters")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 3)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Status")))
        row.addWidget(self.status)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Customer")))
        row.addWidget(self.customer, 2)
        row.addSpacing(8)
        row.addWidget(self.use_dates)
        row.addWidget(self.date_from)
        row.addWidget(QLabel("–"))
        row.addWidget(self.date_to)
        row.addSpacing(8)
        row.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.customer.lineEdit().editingFinished.connect(self._customer_edited)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._date_changed)
        self.date_to.dateChanged.connect(self._date_changed)
        self.clear_button.clicked.connect(self.clear)

    # ------------------------------------------------------------- state
    def state(self) -> FilterState:
        cust_pos = self.customer.currentIndex()
        cid = self._customer_ids[cust_pos - 1] if 0 < cust_pos <= len(self._customer_ids) else None
        d_from = d_to = None
        if self.use_dates.isChecked():
            d_from, d_to = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return FilterState(status=self.status.currentData(), customer_id=cid, issue_from=d_from,
                           issue_to=d_to, text=self.search.text().strip())

    def set_status(self, key: str) -> None:
        self.status.setCurrentIndex(STATUS_FILTERS.index(key))

    def set_customer(self, customer_id: int | None) -> None:
        if customer_id is None:
            self.customer.setCurrentIndex(0)
            return
        try:
            self.customer.setCurrentIndex(self._customer_ids.index(customer_id) + 1)
        except ValueError:
            self.customer.setCurrentIndex(0)

    def set_dates(self, d_from: date | None, d_to: date | None) -> None:
        if d_from is None and d_to is None:
            self.use_dates.setChecked(False)
            return
        blocker = [self.date_from.blockSignals(True), self.date_to.blockSignals(True)]
        if d_from is not None:
            self.date_from.setDate(_qdate(d_from))
        if d_to is not None:
            self.date_to.setDate(_qdate(d_to))
        self.date_from.blockSignals(blocker[0])
        self.date_to.blockSignals(blocker[1])
        if self.use_dates.isChecked():
            self.changed.emit()
        else:
            self.use_dates.setChecked(True)

    def set_customers(self, t: InvoiceTable) -> None:
        """Offer the customers of a freshly loaded table (kept as they are when unchanged)."""
        if t.customer_ids == self._customer_ids:
            return
        keep = self.state().customer_id
        self.customer.blockSignals(True)
        self._customer_ids = list(t.customer_ids)
        self._customer_model.setStringList(
            [self.tr("All customers")]
            + [f"{code}  {name}" for code, name in zip(t.customer_codes, t.customer_names)])
        self.set_customer(keep)
        if keep is None:
            self.customer.lineEdit().clear()
        self.customer.blockSignals(False)

    def clear(self) -> None:
        """Back to the default: open invoices of every customer, any date, no search."""
        widgets = (self.search, self.status, self.customer, self.use_dates)
        old = [w.blockSignals(True) for w in widgets]
        self.search.clear()
        self.set_status("open")
        self.customer.setCurrentIndex(0)
        self.customer.lineEdit().clear()
        self.use_dates.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        for w, was in zip(widgets, old):
            w.blockSignals(was)
        self._timer.stop()
        self.changed.emit()

    # ------------------------------------------------------------ events
    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _customer_changed(self, index: int) -> None:
        if index == 0:
            self.customer.lineEdit().clear()     # the placeholder says "All customers"
        self.changed.emit()

    def _customer_edited(self) -> None:
        text = self.customer.currentText().strip()
        if not text or self.customer.currentIndex() == 0 and text == self.customer.itemText(0):
            if self.customer.currentIndex() != 0:
                self.customer.setCurrentIndex(0)
            else:
                self.customer.lineEdit().clear()
            return
        if text != self.customer.itemText(self.customer.currentIndex()):
            found = self.customer.findText(text, Qt.MatchFlag.MatchContains)
            if found >= 0:
                self.customer.setCurrentIndex(found)
            else:
                self.customer.setEditText(self.customer.itemText(self.customer.currentIndex()))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _date_changed(self, _d: QDate) -> None:
        if self.use_dates.isChecked():
            self.changed.emit()
