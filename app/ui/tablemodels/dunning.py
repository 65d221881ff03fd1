"""Editable table models of the dunning settings: a ladder's stages and a rate table (the China
LPR, the EU reference rate), with the delegates their columns edit with.

    model = StageTableModel(stages)          # list[Stage], edited in place (frozen Stages replaced)
    view.setModel(model); install_stage_delegates(view)
    model.edited.connect(...)                # any change; model.problem(str) when a value is refused
    RateTableModel([(date, Decimal), ...])   # kept in date order

A stage name of the default ladders is an English template (T) shown translated; a name the
user typed stays as typed (an edit that leaves the translation unchanged keeps the template).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QDate, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QTableView

from ...models import ACTION_KINDS
from ...services.dunning.presets import ACTION_TEXT, TEMPLATE_TEXT
from ...services.dunning.settings import Stage
from ...services.letters.model import STAGE_TEMPLATES
from ..errors import tr_message
from .base import CENTER, LEFT, RIGHT

translate = QCoreApplication.translate
STAGE_COLUMNS = ("name", "offset_days", "action", "template", "fee", "claim_interest")
PROBLEM = QColor(255, 214, 214)
_Index = QModelIndex | QPersistentModelIndex


def parse_decimal(text: str) -> Decimal:
    """'1,234.5' / '0.05 %' → Decimal (ValueError when not a number); never a float."""
    t = text.strip().replace("%", "").replace(",", "").replace(" ", "").replace("\u00a0", "")
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValueError(text) from None
    if not d.is_finite():
        raise ValueError(text)
    return d


def decimal_text(d: Decimal, places: int = 2) -> str:
    """50 → '50.00'; 0.125 → '0.125' (never fewer than ``places`` decimals, never rounded)."""
    q = Decimal(1).scaleb(-places)
    if d == d.quantize(q):
        return f"{d.quantize(q):,}"
    return f"{d.normalize():,f}"


def action_label(kind: str) -> str:
    return tr_message(ACTION_TEXT[kind]) if kind in ACTION_TEXT else kind


def template_label(template: str) -> str:
    if not template:
        return translate("StageTableModel", "No letter")
    return tr_message(TEMPLATE_TEXT[template]) if template in TEMPLATE_TEXT else template


def offset_label(days: int) -> str:
    return f"+{days}" if days > 0 else (f"−{-days}" if days < 0 else "0")


class StageTableModel(QAbstractTableModel):
    """One ladder's stages; ``stages`` is the caller's list, changed in place."""

    edited = Signal()
    problem = Signal(str)

    def __init__(self, stages: list[Stage] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.stages: list[Stage] = stages if stages is not None else []
        self._bad: tuple[int, int] | None = None

    def set_stages(self, stages: list[Stage]) -> None:
        self.beginResetModel()
        self.stages = stages
        self._bad = None
        self.endResetModel()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Stage name"), self.tr("Days from due"), self.tr("Action"), self.tr("Letter"),
                self.tr("Fee"), self.tr("Claims interest"))

    # ----------------------------------------------------------------- read
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.stages)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(STAGE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return (self.tr("The stage's name, as letters and the worklist show it"),
                        self.tr("Days after the due date when the stage is reached (negative: "
                                "before it)"),
                        self.tr("What is done at this stage"),
                        self.tr("The letter template it sends (in the customer's language)"),
                        self.tr("A fixed fee charged with the letter, in the letter's currency"),
                        self.tr("Whether the letter claims late interest"))[section]
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.stages):
            return None
        s = self.stages[index.row()]
        col = STAGE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"name": tr_message(s.name) if s.name else "",
                    "offset_days": offset_label(s.offset_days),
                    "action": action_label(s.action), "template": template_label(s.template),
                    "fee": decimal_text(s.fee), "claim_interest": None}[col]
        if role == Qt.ItemDataRole.EditRole:
            return {"name": tr_message(s.name) if s.name else "", "offset_days": s.offset_days,
                    "action": s.action, "template": s.template, "fee": decimal_text(s.fee),
                    "claim_interest": s.claim_interest}[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == "claim_interest":
            return Qt.CheckState.Checked if s.claim_interest else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return {"offset_days": RIGHT, "fee": RIGHT, "claim_interest": CENTER}.get(col, LEFT)
        if role == Qt.ItemDataRole.BackgroundRole and self._bad == (index.row(), index.column()):
            return PROBLEM
        if role == Qt.ItemDataRole.ToolTipRole and col in ("name", "action"):
            return tr_message(s.name) if col == "name" else action_label(s.action)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if STAGE_COLUMNS[index.column()] == "claim_interest":
            return f | Qt.ItemFlag.ItemIsUserCheckable
        return f | Qt.ItemFlag.ItemIsEditable

    # ---------------------------------------------------------------- write
    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row, col = index.row(), STAGE_COLUMNS[index.column()]
        s = self.stages[row]
        if col == "claim_interest":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            new = replace(s, claim_interest=Qt.CheckState(value) == Qt.CheckState.Checked
                          if not isinstance(value, bool) else value)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col == "name":
            text = " ".join(str(value).split())
            new = s if text == tr_message(s.name) else replace(s, name=text)
        elif col == "offset_days":
            new = replace(s, offset_days=int(value))
        elif col == "action":
            if value not in ACTION_KINDS:
                return False
            new = replace(s, action=value)
        elif col == "template":
            if value and value not in STAGE_TEMPLATES:
                return False
            new = replace(s, template=value or "")
        else:
            try:
                fee = parse_decimal(str(value)) if str(value).strip() else Decimal(0)
            except ValueError:
                self.problem.emit(self.tr("Stage {n}, Fee: {text} is not an amount.").format(
                    n=row + 1, text=value))
                return False
            new = replace(s, fee=fee)
        if new == s:
            return True
        self.stages[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(STAGE_COLUMNS) - 1))
        self.edited.emit()
        return True

    def set_problem(self, row: int | None, column: str = "") -> None:
        """Mark the cell of a problem (None: no mark)."""
        old = self._bad
        self._bad = (row, STAGE_COLUMNS.index(column)) if row is not None and column in STAGE_COLUMNS else None
        for cell in {old, self._bad} - {None}:
            if cell[0] < len(self.stages):
                idx = self.index(*cell)
                self.dataChanged.emit(idx, idx)

    def insert_stage(self, row: int, stage: Stage) -> None:
        row = max(0, min(row, len(self.stages)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.stages.insert(row, stage)
        self.endInsertRows()
        self.edited.emit()

    def remove_stage(self, row: int) -> None:
        if not 0 <= row < len(self.stages):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.stages[row]
        self.endRemoveRows()
        self.edited.emit()

    def move_stage(self, row: int, delta: int) -> int:
        """Move a stage up (-1) or down (+1); returns its new row."""
        to = row + delta
        if not (0 <= row < len(self.stages) and 0 <= to < len(self.stages)):
            return row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if delta > 0 else to)
        self.stages.insert(to, self.stages.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return to


class ComboDelegate(QStyledItemDelegate):
    """A combo of (text, code) edits a column whose EditRole is the code."""

    def __init__(self, items, parent=None) -> None:
        super().__init__(parent)
        self.items = items              # callable → [(text, code)]

    def createEditor(self, parent, option, index):  # noqa: N802
        box = QComboBox(parent)
        for text, code in self.items():
            box.addItem(text, code)
        box.activated.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OffsetDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(-365, 3650)
        spin.setSuffix(translate("StageTableModel", " days"))
        return spin

    def setEditorData(self, editor, index):  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor, model, index):  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def action_items() -> list[tuple[str, str]]:
    return [(action_label(k), k) for k in ACTION_KINDS]


def template_items() -> list[tuple[str, str]]:
    return [(template_label(""), "")] + [(template_label(t), t) for t in STAGE_TEMPLATES]


def install_stage_delegates(view: QTableView) -> None:
    view.setItemDelegateForColumn(1, OffsetDelegate(view))
    view.setItemDelegateForColumn(2, ComboDelegate(action_items, view))
    view.setItemDelegateForColumn(3, ComboDelegate(template_items, view))


class RateTableModel(QAbstractTableModel):
    """(in force from, annual %) rows, kept in date order; edited in place."""

    edited = Signal()
    problem = Signal(str)

    def __init__(self, rows, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[date, Decimal]] = sorted(rows)

    def table(self) -> tuple[tuple[date, Decimal], ...]:
        return tuple(self.rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self.tr("In force from"), self.tr("Rate % a year"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        d, r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return d.isoformat() if index.column() == 0 else decimal_text(r)
        if role == Qt.ItemDataRole.EditRole:
            return QDate(d.year, d.month, d.day) if index.column() == 0 else decimal_text(r)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
                if index.isValid() else Qt.ItemFlag.NoItemFlags)

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        d, r = self.rows[index.row()]
        if index.column() == 0:
            new_d = value.toPython() if isinstance(value, QDate) else date.fromisoformat(str(value))
            if new_d != d and any(x == new_d for x, _ in self.rows):
                self.problem.emit(self.tr("{date} is already in the table.").format(
                    date=new_d.isoformat()))
                return False
            d = new_d
        else:
            try:
                r = parse_decimal(str(value))
            except ValueError:
                self.problem.emit(self.tr("{text} is not a rate in %.").format(text=value))
                return False
            if not 0 <= r <= 100:
                self.problem.emit(self.tr("A rate must be 0–100 %."))
                return False
        self.beginResetModel()
        self.rows[index.row()] = (d, r)
        self.rows.sort()
        self.endResetModel()
        self.edited.emit()
        return True

    def add_row(self, d: date, rate: Decimal) -> int:
        """Add (or replace) the rate from ``d``; returns its row."""
        self.beginResetModel()
        self.rows = sorted([x for x in self.rows if x[0] != d] + [(d, rate)])
        self.endResetModel()
        self.edited.emit()
        return [x[0] for x in self.rows].index(d)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()
