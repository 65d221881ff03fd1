"""Read-only lists of a RowTableModel, set up alike in every tab and dialog: whole rows selected
one at a time, alternating colours, compact rows without row numbers, columns the user resizes.

    view = list_view(model, "collections_worklist", sortable=True, grid=False)
    setup_list_view(existing_view)          # the same on a view made elsewhere
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def setup_list_view(view: QTableView, *, stretch_last: bool = False, grid: bool = True) -> QTableView:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setShowGrid(grid)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    return view


def list_view(model: QAbstractItemModel, name: str = "", *, sortable: bool = False,
              stretch_last: bool = False, grid: bool = True) -> QTableView:
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    setup_list_view(view, stretch_last=stretch_last, grid=grid)
    view.setSortingEnabled(sortable)
    return view
