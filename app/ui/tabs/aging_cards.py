"""KPI cards across the top of the Aging tab: label, value, change against the previous period.

Each card shows one ``KeyFigure`` (``app.services.aging_export.key_figures``); its tooltip is
the figure's definition (``KPI_DEFINITIONS``). A change that reads well is green, one that
reads badly red; the total AR's change is neutral.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...services.aging_export import KeyFigure

GOOD = "#2e7d32"
BAD = "#c62828"
CARD_KEYS = ("ar", "overdue_pct", "dso", "cei_pct", "over_90")


class KpiCard(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpi_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label = QLabel()
        self.label.setStyleSheet("color: #5f6368;")
        self.value = QLabel("\u2014")
        self.value.setObjectName("kpi_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change = QLabel(" ")
        self.change.setObjectName("kpi_change")
        small = self.change.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.change.setFont(small)
        v = QVBoxLayout(self)
        v.setContentsMargins(10, 6, 10, 6)
        v.setSpacing(1)
        v.addWidget(self.label)
        v.addWidget(self.value)
        v.addWidget(self.change)
        self.figure: KeyFigure | None = None

    def set_figure(self, fig: KeyFigure | None, label: str = "") -> None:
        self.figure = fig
        if fig is None:
            if label:
                self.label.setText(label)
            self.value.setText("\u2014")
            self.change.setText(" ")
            self.change.setStyleSheet("")
            return
        self.label.setText(fig.label)
        self.value.setText(fig.value)
        self.change.setText(fig.change or " ")
        colour = {"good": GOOD, "bad": BAD}.get(fig.tone)
        self.change.setStyleSheet(f"color: {colour};" if colour else "color: #5f6368;")
        self.setToolTip(fig.tooltip)


class KpiStrip(QWidget):
    """The five cards in a row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = {key: KpiCard(key) for key in CARD_KEYS}
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(8)
        for card in self.cards.values():
            h.addWidget(card)

    def set_figures(self, figures: Sequence[KeyFigure]) -> None:
        by_key = {f.key: f for f in figures}
        for key, card in self.cards.items():
            card.set_figure(by_key.get(key))

    def clear(self, labels: dict[str, str]) -> None:
        for key, card in self.cards.items():
            card.set_figure(None, labels.get(key, ""))
            card.setToolTip("")
