"""matplotlib figures for the Aging tab and the PDF report. No Qt, and never the global-state plotting interface.

Each builder takes plain data (minor units, dates, ``Decimal``s) and already translated labels
and returns a ``matplotlib.figure.Figure``; amounts become floats here, at the last step. The
same figure object goes into a ``FigureCanvasQTAgg`` on screen (``app.ui.charts``) or through
``figure_png`` into a PDF. matplotlib is imported on first use (it takes a few hundred ms), so
the builders are meant to run in a worker.

Chinese labels: ``configure()`` adds the shipped CJK TrueType font to matplotlib's font manager
and puts it after DejaVu Sans in the sans-serif list; matplotlib then falls back glyph by glyph.

    aging_bars_figure(AgingBars) -> Figure        # top customers, bars stacked by bucket
    trend_figure(TrendSeries) -> Figure            # 12 month ends: AR bars, DSO and overdue % lines
    forecast_figure(ForecastSeries) -> Figure      # weekly forecast next to the baseline
    figure_png(fig, dpi=150) -> bytes
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Sequence

from ..money import currency_exponent
from . import fonts

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# not due → oldest: green, yellow-green, amber, orange, red, dark red, darker
BUCKET_COLOURS = ("#5b9e5f", "#b5c85a", "#f2c14e", "#f0913a", "#df5a36", "#b3262c", "#6e1423")
FORECAST_COLOUR = "#2f6db5"
BASELINE_COLOUR = "#b9c3cf"
LATER_COLOUR = "#8c8c8c"
AR_COLOUR = "#9fb8d6"
DSO_COLOUR = "#1f4e8c"
OVERDUE_COLOUR = "#c62828"

_configured = False
_config_lock = threading.Lock()


def configure() -> None:
    """Fonts for every chart: DejaVu Sans for Latin, the CJK font for the rest (once)."""
    global _configured
    with _config_lock:
        if _configured:
            return
        import matplotlib

        families = fonts.chart_families()
        rest = [f for f in matplotlib.rcParams["font.sans-serif"] if f not in families]
        # a list of families (not the generic "sans-serif") is what makes matplotlib fall back
        # glyph by glyph from DejaVu Sans to the CJK font
        matplotlib.rcParams["font.family"] = families
        matplotlib.rcParams["font.sans-serif"] = families + rest
        matplotlib.rcParams["axes.unicode_minus"] = False
        matplotlib.rcParams["svg.fonttype"] = "none"
        _configured = True


def bucket_colours(n: int) -> list[str]:
    """``n`` colours from green (not due) to dark red (oldest)."""
    if n <= len(BUCKET_COLOURS):
        # keep both ends: not due stays green, the oldest bucket stays dark red
        if n <= 1:
            return list(BUCKET_COLOURS[:n])
        step = (len(BUCKET_COLOURS) - 1) / (n - 1)
        return [BUCKET_COLOURS[round(i * step)] for i in range(n)]
    return [BUCKET_COLOURS[min(i, len(BUCKET_COLOURS) - 1)] for i in range(n)]


def major(minor: int, currency: str) -> float:
    """Minor units → float major units, for plotting only."""
    return minor / (10 ** currency_exponent(currency))


def compact(value: float) -> str:
    """Axis labels: 1,250,000 → '1.25M', 35,000 → '35k'."""
    a = abs(value)
    if a >= 1e9:
        return f"{value / 1e9:.3g}G"
    if a >= 1e6:
        return f"{value / 1e6:.3g}M"
    if a >= 1e3:
        return f"{value / 1e3:.3g}k"
    return f"{value:.0f}"


def _new_figure(width_in: float, height_in: float) -> "Figure":
    configure()
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in), dpi=100, layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _amount_axis(ax, axis: str = "y") -> None:
    from matplotlib.ticker import FuncFormatter

    fmt = FuncFormatter(lambda v, _pos: compact(v))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(fmt)


def _tidy(ax) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)


def _empty(ax, text: str) -> None:
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=10, color="#777777",
            transform=ax.transAxes)


# ------------------------------------------------------------------ aging
@dataclass(frozen=True)
class AgingBars:
    """A strip with the share of each bucket in the total, then horizontal bars for the largest
    customers (largest first), each stacked by bucket."""

    currency: str
    buckets: Sequence[str]                         # bucket labels, not due first
    customers: Sequence[str]                       # bar labels, top to bottom
    amounts: Sequence[Sequence[int]]               # minor units [customer][bucket]
    title: str = ""
    empty_text: str = "No open items"
    total_amounts: Sequence[int] = ()              # every customer's buckets added up
    total_label: str = "All customers"
    note: str = ""                                 # under the bars, e.g. "top 10 of 190"
    width_in: float = 6.4
    height_in: float = 3.6


def aging_bars_figure(data: AgingBars) -> "Figure":
    fig = _new_figure(data.width_in, data.height_in)
    if not data.customers or not any(any(r) for r in data.amounts):
        ax = fig.add_subplot()
        if data.title:
            ax.set_title(data.title, fontsize=10, loc="left")
        _empty(ax, data.empty_text)
        return fig
    colours = bucket_colours(len(data.buckets))
    total = sum(data.total_amounts)
    if total > 0:
        share_ax, ax = fig.subplots(2, 1, height_ratios=[1, 6 + 0.4 * len(data.customers) / 11])
        _share_strip(share_ax, data, colours, total)
        if data.title:
            share_ax.set_title(data.title, fontsize=10, loc="left")
    else:
        ax = fig.add_subplot()
        if data.title:
            ax.set_title(data.title, fontsize=10, loc="left")
    n = len(data.customers)
    ys = list(range(n))[::-1]                      # first customer at the top
    left = [0.0] * n
    for b, (label, colour) in enumerate(zip(data.buckets, colours)):
        widths = [major(row[b], data.currency) for row in data.amounts]
        ax.barh(ys, widths, left=left, color=colour, label=label, height=0.7,
                edgecolor="white", linewidth=0.4)
        left = [l + w for l, w in zip(left, widths)]
    ax.set_yticks(ys, [_shorten(c, 22) for c in data.customers])
    ax.set_xlabel(f"{data.note}   ({data.currency})" if data.note else data.currency, fontsize=8)
    _amount_axis(ax, "x")
    _tidy(ax)
    ax.grid(axis="x", color="#e3e3e3", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(fontsize=7, loc="upper left", frameon=False, bbox_to_anchor=(1.01, 1.0),
              handlelength=1.2, borderaxespad=0.0)
    return fig


def _share_strip(ax, data: AgingBars, colours: Sequence[str], total: int) -> None:
    """One 100 % bar: each bucket's share of the total, labelled when wide enough."""
    left = 0.0
    for amount, colour in zip(data.total_amounts, colours):
        share = 100.0 * amount / total
        ax.barh([0], [share], left=left, color=colour, height=0.8, edgecolor="white", linewidth=0.4)
        if share >= 7:
            dark = colour in BUCKET_COLOURS[4:]
            ax.text(left + share / 2, 0, f"{share:.0f}%", ha="center", va="center", fontsize=7,
                    color="white" if dark else "#222222")
        left += share
    ax.set_xlim(0, 100)
    ax.set_yticks([0], [_shorten(data.total_label, 22)])
    ax.set_xticks([])
    ax.tick_params(labelsize=8, length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)


_GLYPHS: frozenset[int] | None = None


def _chart_glyphs() -> frozenset[int]:
    """Code points the chart fonts can draw (DejaVu Sans and the CJK font), read once."""
    global _GLYPHS
    if _GLYPHS is None:
        from matplotlib import font_manager
        from matplotlib.ft2font import FT2Font
        cover: set[int] = set()
        for family in fonts.chart_families():
            path = font_manager.findfont(font_manager.FontProperties(family=family),
                                         fallback_to_default=False)
            cover.update(FT2Font(path).get_charmap())
        _GLYPHS = frozenset(cover)
    return _GLYPHS


def _shorten(text: str, n: int) -> str:
    """A user's text as a chart label: tabs and line breaks as spaces, characters no chart font
    has (emoji, rare symbols) left out rather than drawn as empty boxes, cut to ``n``."""
    glyphs = _chart_glyphs()
    text = " ".join("".join(ch for ch in text if ord(ch) in glyphs or ch.isspace()).split())
    return text if len(text) <= n else text[: n - 1] + "…"


# ------------------------------------------------------------------ trend
@dataclass(frozen=True)
class TrendSeries:
    """Month ends (oldest first): total AR as bars, DSO and overdue % as lines."""

    currency: str
    months: Sequence[date]
    ar_minor: Sequence[int]
    dso: Sequence[Decimal | None]
    overdue_pct: Sequence[Decimal | None]
    ar_label: str = "Total AR"
    dso_label: str = "DSO (days)"
    overdue_label: str = "Overdue %"
    title: str = ""
    empty_text: str = "No history"
    width_in: float = 6.4
    height_in: float = 3.6


def trend_figure(data: TrendSeries) -> "Figure":
    fig = _new_figure(data.width_in, data.height_in)
    ax = fig.add_subplot()
    if data.title:
        ax.set_title(data.title, fontsize=10, loc="left")
    if not data.months:
        _empty(ax, data.empty_text)
        return fig
    xs = list(range(len(data.months)))
    labels = [f"{m:%m}\n{m:%Y}" if (i == 0 or m.month == 1) else f"{m:%m}"
              for i, m in enumerate(data.months)]
    ax.bar(xs, [major(v, data.currency) for v in data.ar_minor], color=AR_COLOUR, width=0.65,
           label=f"{data.ar_label} ({data.currency})")
    ax.set_xticks(xs, labels)
    _amount_axis(ax)
    _tidy(ax)
    ax.spines["right"].set_visible(True)
    right = ax.twinx()
    right.tick_params(labelsize=8)
    dso = [float(v) if v is not None else float("nan") for v in data.dso]
    od = [float(v) if v is not None else float("nan") for v in data.overdue_pct]
    right.plot(xs, dso, color=DSO_COLOUR, marker="o", markersize=3, linewidth=1.6, label=data.dso_label)
    right.plot(xs, od, color=OVERDUE_COLOUR, marker="s", markersize=3, linewidth=1.3, linestyle="--",
               label=data.overdue_label)
    right.set_ylim(bottom=0)
    for side in ("top",):
        right.spines[side].set_visible(False)
    handles = ax.get_legend_handles_labels()
    more = right.get_legend_handles_labels()
    ax.legend(handles[0] + more[0], handles[1] + more[1], fontsize=7, ncols=3, loc="upper center",
              frameon=False, bbox_to_anchor=(0.5, -0.16))
    return fig


# --------------------------------------------------------------- forecast
@dataclass(frozen=True)
class ForecastSeries:
    """Weekly expected receipts next to the "pays on due date" baseline, plus a later column."""

    currency: str
    week_labels: Sequence[str]
    forecast_minor: Sequence[int]
    baseline_minor: Sequence[int]
    later_label: str = "Later / unlikely"
    forecast_later_minor: int = 0
    baseline_later_minor: int = 0
    forecast_label: str = "Forecast"
    baseline_label: str = "Pays on due date"
    title: str = ""
    empty_text: str = "Nothing open"
    width_in: float = 9.0
    height_in: float = 3.4
    extra: dict = field(default_factory=dict)


def forecast_figure(data: ForecastSeries) -> "Figure":
    fig = _new_figure(data.width_in, data.height_in)
    ax = fig.add_subplot()
    if data.title:
        ax.set_title(data.title, fontsize=10, loc="left")
    total = sum(data.forecast_minor) + data.forecast_later_minor + sum(data.baseline_minor)
    if not data.week_labels or not total:
        _empty(ax, data.empty_text)
        return fig
    n = len(data.week_labels)
    xs = list(range(n + 1))
    w = 0.4
    fc = [major(v, data.currency) for v in data.forecast_minor] + \
         [major(data.forecast_later_minor, data.currency)]
    bl = [major(v, data.currency) for v in data.baseline_minor] + \
         [major(data.baseline_later_minor, data.currency)]
    bars = ax.bar([x - w / 2 for x in xs], fc, width=w, color=FORECAST_COLOUR, label=data.forecast_label)
    bars[-1].set_color(LATER_COLOUR)
    ax.bar([x + w / 2 for x in xs], bl, width=w, color=BASELINE_COLOUR, label=data.baseline_label)
    later = "/\n".join(part.strip() for part in data.later_label.split("/"))
    ax.set_xticks(xs, list(data.week_labels) + [later])
    ax.tick_params(axis="x", labelrotation=0)
    for lab in ax.get_xticklabels():
        lab.set_fontsize(7)
    ax.axvline(n - 0.5, color="#bbbbbb", linewidth=0.8, linestyle=":")
    ax.set_ylabel(data.currency, fontsize=8)
    _amount_axis(ax)
    _tidy(ax)
    ax.grid(axis="y", color="#e3e3e3", linewidth=0.6)
    ax.set_axisbelow(True)
    ax.legend(fontsize=8, loc="upper right", frameon=False)
    return fig


# ------------------------------------------------------------------ output
def figure_png(fig: "Figure", dpi: int = 150) -> bytes:
    """Render a figure to PNG bytes with the Agg backend (no Qt, thread-safe per figure)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    return buf.getvalue()
