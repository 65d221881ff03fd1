"""A chart area for tabs: a matplotlib ``Figure`` in a ``FigureCanvasQTAgg``, built off the GUI thread.

matplotlib (and its Qt backend) is imported only when a chart is first shown, so the window
starts without it. The figure itself is built in a worker by a builder from
``app.services.chart_figures`` (plain data and translated labels in, ``Figure`` out); the GUI
thread only wraps it in a canvas. Never the global-state plotting interface.

    view = ChartView(placeholder=self.tr("Loading chart…"))
    view.build(aging_bars_figure, AgingBars(...))     # worker builds, then the canvas shows it
    view.show_message(self.tr("No data"))

A newer ``build`` wins over one still running (generation counter). ``figure`` is the figure on
screen (tests read its texts), ``ready`` tells whether it is there.
"""

from __future__ import annotations

from typing import Any, Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from .workers import run_in_worker

_canvas_class: Any = None


def canvas_class() -> Any:
    """A ``FigureCanvasQTAgg`` that can take a figure already rendered in a worker.

    The canvas normally renders on the GUI thread when it is first shown (~90 ms for one of our
    charts). ``ChartView`` renders the figure in the worker at the size the canvas will have and
    hands over the Agg renderer; the first ``draw`` then only copies that buffer when the size
    still matches (any later resize renders as usual). Imported on first use."""
    global _canvas_class
    if _canvas_class is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class PrerenderedCanvas(FigureCanvasQTAgg):
            _prerendered = False

            def adopt(self, renderer: Any, key: tuple) -> None:
                self.renderer, self._lastKey, self._prerendered = renderer, key, True

            def draw(self) -> None:
                if self._prerendered:
                    self._prerendered = False
                    w, h = self.figure.bbox.size
                    if self._lastKey == (w, h, self.figure.dpi):
                        self.update()          # the worker's buffer is the right one
                        return
                super().draw()

        _canvas_class = PrerenderedCanvas
    return _canvas_class


def _build(builder: Callable[[Any], Any], data: Any, size: tuple[int, int, float] | None) -> Any:
    """Worker: build the figure (imports matplotlib the first time) and, when the canvas size
    is known, render it at that size so the GUI thread only copies pixels."""
    fig = builder(data)
    if size is None:
        return fig, None, None
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    w, h, ratio = size
    fig.set_dpi(ratio * fig._original_dpi)
    fig.set_size_inches(w * ratio / fig.dpi, h * ratio / fig.dpi, forward=False)
    agg = FigureCanvasAgg(fig)
    agg.draw()
    return fig, agg.renderer, agg._lastKey


class ChartView(QWidget):
    """Shows one figure at a time, or a message while there is none."""

    shown = Signal()          # a new figure is on screen

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self.figure: Any = None
        self.canvas: QWidget | None = None
        self.ready = False
        self.building = False
        self._message = QLabel(placeholder)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._message.setStyleSheet("color: palette(mid);")
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self._message)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)

    def build(self, builder: Callable[[Any], Any], data: Any) -> None:
        """Build ``builder(data)`` in a worker and show it when it lands."""
        self._generation += 1
        gen = self._generation
        self.building = True
        size = None
        if self.isVisible() and self.width() > 0 and self.height() > 0:
            size = (self.width(), self.height(), self.devicePixelRatioF())
        run_in_worker(_build, builder, data, size,
                      on_done=lambda built: self._landed(gen, *built),
                      on_error=lambda exc, tb: self._failed(gen, exc, tb))

    def show_figure(self, fig: Any) -> None:
        """Put ``fig`` on screen now (GUI thread; it renders when painted)."""
        self._generation += 1
        self._landed(self._generation, fig)

    def show_message(self, text: str) -> None:
        self._generation += 1
        self.building = False
        self.ready = False
        self._message.setText(text)
        self._stack.setCurrentWidget(self._message)

    def message_text(self) -> str:
        return self._message.text()

    # ----------------------------------------------------------- internals
    def _landed(self, gen: int, fig: Any, renderer: Any = None, key: tuple | None = None) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:      # closed while building
            return
        self.building = False
        cls = canvas_class()
        old = self.canvas
        canvas = cls(fig)
        if renderer is not None and key is not None:
            canvas.adopt(renderer, key)
        canvas.setParent(self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(120, 120)
        self._stack.addWidget(canvas)
        self._stack.setCurrentWidget(canvas)
        self.canvas, self.figure = canvas, fig
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()
        self.ready = True
        self.shown.emit()

    def _failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:
            return
        self.building = False
        from .errors import show_error

        self.show_message("")
        show_error(self, exc, tb)

    def texts(self) -> list[str]:
        """Every text drawn in the figure (titles, tick labels, legend) — for tests."""
        if self.figure is None:
            return []
        from matplotlib.text import Text

        return [t.get_text() for t in self.figure.findobj(Text) if t.get_text()]
