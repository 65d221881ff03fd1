"""Editable tables of the credit settings' curve points and external rating scale.

``CurvePointsModel`` holds one factor curve (value → share of the factor's points). Every edit
is checked by ``credit.settings.check_curve`` before it is taken: a point out of order, out of
the curve's range or a share outside 0–100 % is refused and ``refused`` carries the message
naming the factor, the curve and the point. The rows therefore always stay in order of the
value. ``add_point`` puts a point on the current line (the curve keeps its shape) and
``remove_point`` refuses to remove the last one.

    model = CurvePointsModel("days_beyond_terms", points)
    model.refused.connect(label.setText)
    model.edited.connect(update_plot)
    model.points()            # the curve: a tuple of (Decimal value, Decimal share)

``RatingScaleModel`` holds (external grade, share %) rows in the order given; rows may be
wrong while they are edited (an empty new row): ``problem()`` gives the message and ``scale()``
the dict once they are right.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...errors import UserError
from ...services.credit.scoring import FACTOR_TEXT
from ...services.credit.settings import (CURVE_FACTOR, CURVE_PLACES, CURVE_TEXT, CURVE_X_RANGE,
                                         MAX_CURVE_POINTS, Curve, check_curve, check_rating_scale,
                                         curve_share, plain)
from ..errors import tr_message
from .base import MUTED, RIGHT

Index = QModelIndex | QPersistentModelIndex
_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable


def parse_decimal(text: object) -> Decimal | None:
    """A typed number as an exact decimal ('15', '0.45', '80 %', '1,5'); None if it is not one."""
    raw = str(text).strip().rstrip("%").strip().replace(",", ".")
    try:
        d = Decimal(raw)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


class CurvePointsModel(QAbstractTableModel):
    """The points of one factor curve: column 0 the value (x), column 1 the share (%)."""

    refused = Signal(str)       # a translated message: why an edit was not taken
    edited = Signal()           # the points changed (edit, add, remove, reset)

    def __init__(self, name: str, points: Curve, parent=None) -> None:
        super().__init__(parent)
        self.name = name
        self._points: list[tuple[Decimal, Decimal]] = list(points)
        self._titles = ("", "")

    # ---------------------------------------------------------------- content
    def set_titles(self, value: str, share: str) -> None:
        self._titles = (value, share)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def set_curve(self, name: str, points: Curve) -> None:
        self.beginResetModel()
        self.name = name
        self._points = list(points)
        self.endResetModel()
        self.edited.emit()

    def points(self) -> Curve:
        return tuple(self._points)

    def _check(self, pts: list[tuple[Decimal, Decimal]]) -> bool:
        try:
            check_curve(self.name, pts)
        except UserError as exc:
            self.refused.emit(exc.translated(tr_message))
            return False
        self.refused.emit("")
        return True

    def add_point(self, after: int = -1) -> int:
        """Add a point after row ``after`` (-1: at the end) on the current line, halfway to
        the next point (or one step beyond the last); the row added, or -1 if refused."""
        pts = self._points
        if len(pts) >= MAX_CURVE_POINTS:
            self._check(pts + pts[-1:])                     # refused: too many points
            return -1
        lo, hi = CURVE_X_RANGE[self.name]
        candidates: list[Decimal] = []
        if not pts:
            candidates.append(max(lo, Decimal(0)))
        else:
            i = len(pts) - 1 if after < 0 or after >= len(pts) else after
            if i + 1 < len(pts):
                candidates.append(_between(pts[i][0], pts[i + 1][0]))
            else:
                step = pts[i][0] - pts[i - 1][0] if i > 0 else max(Decimal(1), abs(pts[i][0]))
                candidates.append(min(hi, pts[i][0] + step))
            if i > 0:
                candidates.append(_between(pts[i - 1][0], pts[i][0]))
            candidates.append(max(lo, pts[0][0] - 1))
        for x in candidates:
            if any(p[0] == x for p in pts):
                continue
            share = _round(curve_share(tuple(pts), x)) if pts else Decimal(100)
            new = sorted(pts + [(x, share)])
            try:
                check_curve(self.name, new)
            except UserError:
                continue
            row = new.index((x, share))
            self.beginInsertRows(QModelIndex(), row, row)
            self._points = new
            self.endInsertRows()
            self.refused.emit("")
            self.edited.emit()
            return row
        self.refused.emit(self.tr("There is no room for another point between these values: "
                                  "change a value first."))
        return -1

    def remove_point(self, row: int) -> bool:
        if not 0 <= row < len(self._points):
            return False
        pts = self._points[:row] + self._points[row + 1:]
        if not self._check(pts):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._points = pts
        self.endRemoveRows()
        self.edited.emit()
        return True

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._points[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return plain(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        d = parse_decimal(value)
        if d is None:
            self.refused.emit(self.tr("{factor} – {name}, point {point}: {value} is not a number.").format(
                factor=tr_message(FACTOR_TEXT[CURVE_FACTOR[self.name]]), name=tr_message(CURVE_TEXT[self.name]),
                point=index.row() + 1, value=str(value).strip() or "\u2014"))
            return False
        d = Decimal(plain(d)) if d.as_tuple().exponent >= -CURVE_PLACES else d
        r, c = index.row(), index.column()
        x, y = self._points[r]
        new = (d, y) if c == 0 else (x, d)
        if new == self._points[r]:
            return True
        pts = self._points[:r] + [new] + self._points[r + 1:]
        if not self._check(pts):
            return False
        self._points = pts
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _EDITABLE if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._titles[section] if 0 <= section < 2 else None


def _between(a: Decimal, b: Decimal) -> Decimal:
    """Halfway from ``a`` to ``b``, a whole number when both are whole and far enough apart."""
    mid = (a + b) / 2
    if a == a.to_integral_value() and b == b.to_integral_value() and b - a >= 2:
        mid = mid.to_integral_value(rounding="ROUND_FLOOR")
    return Decimal(plain(_round(mid, CURVE_PLACES)))


def _round(d: Decimal, places: int = 2) -> Decimal:
    return Decimal(plain(d.quantize(Decimal(1).scaleb(-places))))


class RatingScaleModel(QAbstractTableModel):
    """External grades and their share of the external factor's points; column 2 (optional)
    shows the points at ``weight``."""

    edited = Signal()

    def __init__(self, scale: dict[str, int], weight: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[list] = [[k, v] for k, v in scale.items()]
        self.weight = weight
        self._titles = ("", "", "")

    def set_titles(self, grade: str, share: str, points: str) -> None:
        self._titles = (grade, share, points)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)

    def set_scale(self, scale: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = [[k, v] for k, v in scale.items()]
        self.endResetModel()
        self.edited.emit()

    def rows(self) -> list[tuple[str, object]]:
        return [(g, v) for g, v in self._rows]

    def problem(self) -> str:
        try:
            check_rating_scale(self.rows())
        except UserError as exc:
            return exc.translated(tr_message)
        return ""

    def scale(self) -> dict[str, int] | None:
        try:
            return check_rating_scale(self.rows())
        except UserError:
            return None

    def add_row(self, after: int = -1) -> int:
        row = len(self._rows) if after < 0 else min(after + 1, len(self._rows))
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, ["", 50])
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.edited.emit()
        return True

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        grade, share = self._rows[index.row()]
        c = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if c == 0:
                return grade
            if c == 1:
                return share if role == Qt.ItemDataRole.EditRole else str(share)
            if role == Qt.ItemDataRole.DisplayRole and isinstance(share, int):
                # as the score counts them: whole points, rounded half up
                pts = (Decimal(self.weight * share) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
                return str(pts)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and c > 0:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and c == 2:
            return MUTED
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() > 1:
            return False
        r, c = index.row(), index.column()
        if c == 0:
            self._rows[r][0] = str(value).strip()
        else:
            try:
                self._rows[r][1] = int(value)
            except (TypeError, ValueError):
                return False
        self.dataChanged.emit(index, self.index(r, 2))
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == 2:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return _EDITABLE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self._titles[section] if 0 <= section < 3 else None
