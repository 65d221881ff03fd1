"""Models for the import dialog: the first rows of the file, and the list of row errors.

``PreviewModel`` shows up to ``PREVIEW_ROWS`` rows of a ``Table`` under the file's own headers,
greys the columns that are not imported and tints the rows the last check rejected.
``RowErrorModel`` lists ``RowError``s (file, row, column, message in the UI language); it holds
the list as it is, so tens of thousands of errors cost nothing until they are scrolled to.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...errors import RowError
from ...services.importers.fields import column_letter
from ...services.importers.values import cell_text
from ..errors import tr_message

PREVIEW_ROWS = 50
MUTED = QColor("#9a9a9a")
REJECTED = QColor(255, 228, 225)
_Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[object]] = []
        self.row_numbers: list[int] = []
        self.mapped: set[int] = set()          # columns some field reads
        self.rejected: set[int] = set()        # table row indexes with errors

    def set_table(self, headers: list[str], rows: list[list[object]], row_numbers: list[int]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = rows[:PREVIEW_ROWS]
        self.row_numbers = row_numbers[:PREVIEW_ROWS]
        self.rejected = set()
        self.endResetModel()

    def set_marks(self, mapped: set[int], rejected: set[int]) -> None:
        self.mapped = set(mapped)
        self.rejected = {r for r in rejected if r < len(self.rows)}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            h = self.headers[section] if section < len(self.headers) else ""
            return f"{column_letter(section)}  {h}" if h else column_letter(section)
        return str(self.row_numbers[section]) if section < len(self.row_numbers) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[r]
            return cell_text(row[c]) if c < len(row) else ""
        if role == Qt.ItemDataRole.ForegroundRole and c not in self.mapped:
            return MUTED
        if role == Qt.ItemDataRole.BackgroundRole and r in self.rejected:
            return REJECTED
        return None


class RowErrorModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.errors: list[RowError] = []
        self._headers = (self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Problem"))

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    @staticmethod
    def message(e: RowError) -> str:
        try:
            return tr_message(e.message).format(**e.params)
        except (KeyError, IndexError, ValueError):
            return e.message.format(**e.params)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.errors[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (e.file, str(e.row), e.column, self.message(e))[c]
        if role == Qt.ItemDataRole.TextAlignmentRole and c == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
