"""The invoice list model: the columnar ``InvoiceTable`` plus the permutation of an ``InvoiceView``.

No row objects are built: ``data()`` reads the arrays for the few rows on screen. Sorting and
filtering happen on the view's arrays (see ``app.services.invoice_filters``); the model only
resets. Never a ``QSortFilterProxyModel`` over 200,000 rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...money import format_minor
from ...services.invoice_filters import COLUMNS, InvoiceView
from ...services.queries import KINDS, STATUSES, InvoiceTable, day_to_date

InvoiceIdRole = Qt.ItemDataRole.UserRole + 1

OVERDUE = QColor("#c62828")
CREDIT = QColor("#6a1b9a")
MUTED = QColor("#8a8a8a")
DISPUTED = QColor("#b26a00")

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_AMOUNT_COLUMNS = frozenset(COLUMNS.index(c) for c in ("amount", "open", "days_overdue"))
_C = {name: i for i, name in enumerate(COLUMNS)}
_DISPUTED_CODE = STATUSES.index("disputed")
_CANCELLED_CODES = frozenset((STATUSES.index("cancelled"), STATUSES.index("written_off")))
_Index = QModelIndex | QPersistentModelIndex


class InvoiceTableModel(QAbstractTableModel):
    """Rows of an ``InvoiceView`` in its order; ``sort()`` re-sorts the view's arrays."""

    sorted = Signal(str, bool)        # column key, descending

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._view: InvoiceView | None = None
        self._rows = ()
        self._headers = (
            self.tr("Number"), self.tr("Customer"), self.tr("Kind"), self.tr("Issued"), self.tr("Due"),
            self.tr("Currency"), self.tr("Amount"), self.tr("Open", "amount still owed"), self.tr("Status"),
            self.tr("Days overdue"))
        self._kinds = (self.tr("Invoice"), self.tr("Credit note"))
        self._statuses = {
            "open": self.tr("Open"), "partly_paid": self.tr("Partly paid"), "paid": self.tr("Paid"),
            "cancelled": self.tr("Cancelled"), "disputed": self.tr("Disputed"),
            "written_off": self.tr("Written off")}
        self._status_labels = tuple(self._statuses[s] for s in STATUSES)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._strike = QFont()
        self._strike.setStrikeOut(True)

    # ------------------------------------------------------------ contents
    @property
    def view(self) -> InvoiceView | None:
        return self._view

    @property
    def table(self) -> InvoiceTable | None:
        return self._view.table if self._view is not None else None

    def set_view(self, view: InvoiceView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = view.rows if view is not None else ()
        self.endResetModel()

    def refresh(self) -> None:
        """The view's rows changed (filter or sort): show them."""
        self.beginResetModel()
        self._rows = self._view.rows if self._view is not None else ()
        self.endResetModel()

    def status_label(self, status: str) -> str:
        return self._statuses.get(status, status)

    def kind_label(self, kind: str) -> str:
        return self._kinds[KINDS.index(kind)]

    def row_of(self, index: int) -> int:
        """Table row index (into the arrays) shown at model row ``index``."""
        return self._rows[index]

    def invoice_id(self, model_row: int) -> int:
        return self.table.id[self._rows[model_row]]  # type: ignore[union-attr]

    def model_row_of_id(self, invoice_id: int) -> int:
        """Model row showing ``invoice_id``, or -1 when it is filtered out (or gone)."""
        t = self.table
        if t is None:
            return -1
        try:
            table_row = t.id.index(invoice_id)
        except ValueError:
            return -1
        try:
            return self._rows.index(table_row)
        except ValueError:
            return -1

    # ---------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if section in _AMOUNT_COLUMNS else _LEFT
            if role == Qt.ItemDataRole.InitialSortOrderRole:
                # amounts and days overdue: the biggest first on the first click
                return (Qt.SortOrder.DescendingOrder if section in _AMOUNT_COLUMNS
                        else Qt.SortOrder.AscendingOrder)
        return None

    def display_text(self, r: int, col: int) -> str:
        """Text of table row ``r`` (array index) in column ``col`` as shown (also for Copy)."""
        t = self.table
        assert t is not None
        if col == 0:
            return t.number[r]
        if col == 1:
            c = t.customer[r]
            return f"{t.customer_codes[c]}  {t.customer_names[c]}"
        if col == 2:
            return self._kinds[t.kind[r]]
        if col == 3:
            return day_to_date(t.issue[r]).isoformat()
        if col == 4:
            return day_to_date(t.due[r]).isoformat()
        if col == 5:
            return t.currency[r]
        if col in (6, 7):
            v = t.amount[r] if col == 6 else t.open[r]
            text = format_minor(v, t.currency[r])
            return "\u2212" + text if t.kind[r] == 1 and v else text
        if col == 8:
            return self._status_labels[t.status[r]]
        if col == 9:
            d = t.days_overdue(r)
            return str(d) if d else ""
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        t = self._view.table  # type: ignore[union-attr]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if col in _AMOUNT_COLUMNS else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if t.status[r] in _CANCELLED_CODES:
                return MUTED
            if t.kind[r] == 1:
                return CREDIT
            if col in (4, 7, 9) and t.is_overdue(r):
                return OVERDUE
            if col == 8 and t.status[r] == _DISPUTED_CODE:
                return DISPUTED
            return None
        if role == Qt.ItemDataRole.FontRole:
            if t.kind[r] == 1:
                return self._italic
            if col == 0 and t.status[r] in _CANCELLED_CODES:
                return self._strike
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return self.display_text(r, col)
            if t.kind[r] == 1 and col in (6, 7):
                return self.tr("Credit note: reduces what the customer owes")
            return None
        if role == InvoiceIdRole:
            return t.id[r]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._view is None or not 0 <= column < len(COLUMNS):
            return
        desc = order == Qt.SortOrder.DescendingOrder
        self.beginResetModel()
        self._view.sort(COLUMNS[column], desc)
        self._rows = self._view.rows
        self.endResetModel()
        self.sorted.emit(COLUMNS[column], desc)
