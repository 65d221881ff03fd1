"""A table delegate that paints credit-limit utilisation as a bar with the warning line.

The bar spans 0–``scale_pct`` % of the limit (120 % by default, so an overdrawn limit still
shows by how much); green below the warning line, amber from it, red over the limit. A thin
dark tick marks the warning line, a second one the limit (100 %). The text of the cell
(e.g. "85.2 %") is drawn on top. Rows are ``CreditRow`` (ROW_ROLE)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .base import ROW_ROLE

OK_COLOR = QColor(102, 187, 106)
WARN_COLOR = QColor(255, 179, 0)
OVER_COLOR = QColor(229, 57, 53)
TRACK_COLOR = QColor(0, 0, 0, 28)
LINE_COLOR = QColor(60, 60, 60)


def bar_color(pct: float, warning_pct: float, over: bool) -> QColor:
    if over or pct > 100:
        return OVER_COLOR
    return WARN_COLOR if pct >= warning_pct else OK_COLOR


class UtilisationDelegate(QStyledItemDelegate):
    def __init__(self, warning_pct: int = 80, scale_pct: int = 120, parent=None) -> None:
        super().__init__(parent)
        self.warning_pct = warning_pct
        self.scale_pct = scale_pct

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row = index.data(ROW_ROLE)
        e = getattr(getattr(row, "standing", None), "exposure", None)
        if e is None or (e.utilisation_pct is None and e.status != "over_limit"):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        text = opt.text
        opt.text = ""
        if style is not None:      # background, selection, focus
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        pct = float(e.utilisation_pct) if e.utilisation_pct is not None else float(self.scale_pct)
        cell = QRectF(option.rect).adjusted(3, 4, -3, -4)
        text_w = opt.fontMetrics.horizontalAdvance("0000.0 %") + 6
        r = QRectF(cell.left(), cell.top(), max(10.0, cell.width() - text_w), cell.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK_COLOR)
        painter.drawRect(r)
        w = r.width() * min(pct, self.scale_pct) / self.scale_pct
        painter.setBrush(bar_color(pct, self.warning_pct, e.status == "over_limit"))
        painter.drawRect(QRectF(r.left(), r.top(), w, r.height()))
        pen = QPen(LINE_COLOR)
        pen.setWidth(1)
        painter.setPen(pen)
        for mark in (self.warning_pct, 100):
            x = r.left() + r.width() * mark / self.scale_pct
            painter.drawLine(int(x), int(r.top()) - 2, int(x), int(r.bottom()) + 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(opt.palette.color(opt.palette.ColorRole.HighlightedText if selected
                                         else opt.palette.ColorRole.Text))
        painter.drawText(QRectF(r.right(), cell.top(), cell.right() - r.right(), cell.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
