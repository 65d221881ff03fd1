"""The small plot of one credit factor curve for the curve editor (matplotlib ``Figure``, never
the global-state plotting interface; no Qt here, it is built in a worker by ``ChartView``).

The line joins the points and stays flat before the first and after the last point, as the
score reads it (``credit.settings.curve_share``); the default curve is drawn thin and grey
behind it when it differs, and the selected point is ringed.

    fig = curve_figure(CurvePlot(points, default, x_label, y_label, selected=1))
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from matplotlib.figure import Figure

LINE_COLOUR = "#1f4e8c"
DEFAULT_COLOUR = "#b0b7c0"
SELECTED_COLOUR = "#c62828"


@dataclass(frozen=True)
class CurvePlot:
    points: Sequence[tuple[Decimal, Decimal]]          # (value, share %) in order
    default: Sequence[tuple[Decimal, Decimal]]         # the default curve, for comparison
    x_label: str
    y_label: str
    default_label: str = "Default"
    current_label: str = "Curve"
    selected: int = -1                                 # row ringed in the plot, -1: none
    width_in: float = 3.8
    height_in: float = 2.7


def _span(pts: Sequence[tuple[float, float]]) -> tuple[float, float]:
    lo, hi = pts[0][0], pts[-1][0]
    pad = (hi - lo) * 0.15 if hi > lo else max(1.0, abs(lo) * 0.5)
    return lo - pad, hi + pad


def _line(pts: Sequence[tuple[float, float]], lo: float, hi: float) -> tuple[list[float], list[float]]:
    xs = [min(lo, pts[0][0])] + [x for x, _ in pts] + [max(hi, pts[-1][0])]
    ys = [pts[0][1]] + [y for _, y in pts] + [pts[-1][1]]
    return xs, ys


def curve_figure(data: CurvePlot) -> "Figure":
    from app.services.chart_figures import configure

    configure()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(data.width_in, data.height_in), dpi=100, layout="constrained")
    fig.patch.set_facecolor("white")
    ax = fig.add_subplot()
    pts = [(float(x), float(y)) for x, y in data.points]
    ref = [(float(x), float(y)) for x, y in data.default]
    both = sorted(pts + ref) if ref else pts
    lo, hi = _span(both) if both else (0.0, 1.0)
    if ref and ref != pts:
        xs, ys = _line(ref, lo, hi)
        ax.plot(xs, ys, color=DEFAULT_COLOUR, linewidth=1.2, linestyle="--", label=data.default_label)
    if pts:
        xs, ys = _line(pts, lo, hi)
        ax.plot(xs, ys, color=LINE_COLOUR, linewidth=1.8, label=data.current_label)
        ax.plot([x for x, _ in pts], [y for _, y in pts], "o", color=LINE_COLOUR, markersize=4.5)
        if 0 <= data.selected < len(pts):
            x, y = pts[data.selected]
            ax.plot([x], [y], "o", markersize=10, markerfacecolor="none",
                    markeredgecolor=SELECTED_COLOUR, markeredgewidth=1.6)
    if ref and ref != pts:
        ax.legend(fontsize=7, loc="best", frameon=False)
    ax.set_xlim(lo, hi)
    ax.set_ylim(-4, 104)
    ax.set_yticks([0, 25, 50, 75, 100])
    ax.set_xlabel(data.x_label, fontsize=8)
    ax.set_ylabel(data.y_label, fontsize=8)
    ax.grid(True, color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=7)
    return fig
