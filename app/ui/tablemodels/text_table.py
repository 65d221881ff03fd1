"""A small read-only table of texts for dialogs (a few rows: events, overrides…).

    table = TextTable([self.tr("Date"), self.tr("Event")])
    table.set_rows([("2026-11-23", "Litigation"), …])
    table.currentRow(); table.rowCount(); table.item(r, c).text()

A QTableView over a QStandardItemModel (no item widget): rows are replaced whole, never
edited in place, and whole rows are selected.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class TextTable(QTableView):
    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(0, len(headers), self)
        self._model.setHorizontalHeaderLabels(list(headers))
        self.setModel(self._model)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()

    def set_rows(self, rows: Iterable[Sequence[str]]) -> None:
        self._model.setRowCount(0)
        for cells in rows:
            self._model.appendRow([QStandardItem(text) for text in cells])
        header = self.horizontalHeader()
        last = self._model.columnCount() - 1
        for c in range(self._model.columnCount()):     # stretched sections keep stretching
            if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch and not (
                    c == last and header.stretchLastSection()):
                self.resizeColumnToContents(c)

    def rowCount(self) -> int:  # noqa: N802 - the Qt-style name the callers know
        return self._model.rowCount()

    def item(self, row: int, column: int) -> QStandardItem | None:
        return self._model.item(row, column)

    def currentRow(self) -> int:  # noqa: N802
        idx = self.currentIndex()
        return idx.row() if idx.isValid() else -1
