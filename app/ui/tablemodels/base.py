"""A reusable table model over a plain Python list of rows, with its own filter and sort.

``RowTableModel`` is generic: a row is anything (tuple, frozen dataclass, small object) and each
``Column`` says how to show it through plain callables. Any tab may use it — the Customers tab
does, and so can Invoices or later tabs::

    cols = [
        Column("code", tr("Code"), lambda r: r.code),
        Column("open", tr("Open balance"), lambda r: format_minor(r.open, r.cur),
               sort_key=lambda r: r.open, align=RIGHT,
               foreground=lambda r: RED if r.open < 0 else None),
    ]
    model = RowTableModel(cols, search_text=lambda r: f"{r.code} {r.name}")
    model.set_rows(rows)              # a whole new list (from a worker): one model reset
    model.set_search("acme")          # case-insensitive substring on search_text
    model.set_predicate(lambda r: r.active)   # any extra filter; None clears it
    model.sort(2, Qt.DescendingOrder)         # QTableView.setSortingEnabled(True) calls this

Why not ``QSortFilterProxyModel``: it calls back into the model per comparison and is orders
of magnitude slower on big lists (see DESIGN.md). Here sorting is one ``list.sort`` with a key
computed once per row, and filtering is one pass over the (already sorted) list, so the visible
rows are always in sort order. Sorting keeps the selection (persistent indexes follow their rows).

``None`` sort keys go last in ascending order; keys of mixed types are not supported (give a
``sort_key`` that returns one type per column).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Iterable, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

#: Qt.UserRole: the row object itself; SORT_ROLE: the column's sort key.
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

NEGATIVE = QColor(192, 32, 32)   # red for negative / overdue amounts, readable on light and dark
MUTED = QColor(128, 128, 128)    # inactive rows, placeholders


@dataclass
class Column(Generic[R]):
    """How one column shows a row. Only ``key``, ``title`` and ``display`` are required."""

    key: str                                        # stable id (for saved widths, tests)
    title: str                                      # translated header text
    display: Callable[[R], Any]                     # DisplayRole (str/int); None → ""
    sort_key: Callable[[R], Any] | None = None      # defaults to display
    align: Qt.AlignmentFlag = LEFT
    foreground: Callable[[R], QColor | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    header_tooltip: str = ""


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], *, search_text: Callable[[R], str] | None = None,
                 row_foreground: Callable[[R], QColor | None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._search_text = search_text
        self._row_foreground = row_foreground
        self._all: list[R] = []          # every row, kept in the current sort order
        self._rows: list[R] = []         # the visible (filtered) rows, same order
        self._haystack: dict[int, str] | None = None   # id(row) → lower-cased search text
        self._needle = ""
        self._predicate: Callable[[R], bool] | None = None
        self._sort_col = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # ---------------------------------------------------------------- content
    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row (keeps the search, predicate and sort)."""
        self.beginResetModel()
        self._all = list(rows)
        self._haystack = None
        if self._sort_col >= 0:
            self._sort_all()
        self._rows = self._filtered()
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column[R]]) -> None:
        """New column definitions (e.g. retranslated titles); same rows."""
        self.beginResetModel()
        self._columns = list(columns)
        if self._sort_col >= len(self._columns):
            self._sort_col = -1
        self.endResetModel()

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self._needle = needle
        self._refilter()

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        self._predicate = predicate
        self._refilter()

    def rows(self) -> list[R]:
        """The visible rows in display order (do not modify)."""
        return self._rows

    def all_rows(self) -> list[R]:
        return self._all

    def row_at(self, index: QModelIndex | int) -> R | None:
        r = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def find_row(self, match: Callable[[R], bool]) -> int:
        """Visible position of the first row for which ``match`` is true, or -1."""
        for i, r in enumerate(self._rows):
            if match(r):
                return i
        return -1

    def column_key(self, section: int) -> str:
        return self._columns[section].key

    def column_index(self, key: str) -> int:
        for i, c in enumerate(self._columns):
            if c.key == key:
                return i
        raise KeyError(key)

    @property
    def sort_column(self) -> int:
        return self._sort_col

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    # --------------------------------------------------------------- filter
    def _matches(self, row: R) -> bool:
        if self._predicate is not None and not self._predicate(row):
            return False
        if self._needle and self._search_text is not None:
            hay = self._haystack
            if hay is None:
                hay = self._haystack = {id(r): self._search_text(r).casefold() for r in self._all}
            return self._needle in hay[id(row)]
        return True

    def _filtered(self) -> list[R]:
        if self._predicate is None and not (self._needle and self._search_text is not None):
            return list(self._all)
        return [r for r in self._all if self._matches(r)]

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = self._filtered()
        self.endResetModel()

    # ----------------------------------------------------------------- sort
    def _sort_all(self) -> None:
        col = self._columns[self._sort_col]
        keyf = col.sort_key or col.display
        reverse = self._sort_order == Qt.SortOrder.DescendingOrder
        keyed = []
        nones = []
        for r in self._all:
            k = keyf(r)
            (nones if k is None else keyed).append((k, r))
        keyed.sort(key=lambda kr: kr[0], reverse=reverse)
        # None keys always last, whatever the direction
        self._all = [r for _, r in keyed] + [r for _, r in nones]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)):
            return
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_rows = [self._rows[i.row()] if 0 <= i.row() < len(self._rows) else None
                    for i in old_persistent]
        self._sort_col, self._sort_order = column, order
        self._sort_all()
        self._rows = self._filtered()
        if old_persistent:
            pos = {id(r): i for i, r in enumerate(self._rows)}
            new = []
            for idx, r in zip(old_persistent, old_rows):
                p = pos.get(id(r)) if r is not None else None
                new.append(self.index(p, idx.column()) if p is not None else QModelIndex())
            self.changePersistentIndexList(old_persistent, new)
        self.layoutChanged.emit()

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = col.display(row)
            return "" if v is None else v
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        if role == Qt.ItemDataRole.ForegroundRole:
            color = col.foreground(row) if col.foreground is not None else None
            if color is None and self._row_foreground is not None:
                color = self._row_foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip is not None else None
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return (col.sort_key or col.display)(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        col = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return col.align
        if role == Qt.ItemDataRole.ToolTipRole and col.header_tooltip:
            return col.header_tooltip
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def select_row(view, row: int, *, scroll: bool = True) -> bool:
    """Make model row ``row`` of ``view`` the current, only selected row (and show it)."""
    from PySide6.QtCore import QItemSelectionModel

    model = view.model()
    if model is None or not 0 <= row < model.rowCount():
        return False
    idx = model.index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(idx, flags)
    if scroll:
        view.scrollTo(idx)
    return True
