"""The PDF report layout (reportlab platypus) behind ``exports.write_pdf``. No Qt here.

A4 landscape. Every page: company name (left) and report title + as-of date (right) at the
top, "page x of y" (right) and the printed date (left) at the bottom — the page count is known
only at the end, so the canvas keeps each page's state and draws the footers when it saves.
Body: key figures in a strip, chart images (two side by side), then each table with its header
repeated on every page, amounts right-aligned in a font whose digits all have the same width.
Text that the base font cannot draw (Chinese) goes through ``fonts.pdf_markup``/``draw_mixed``
in the embedded CJK font.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Flowable, Image, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from . import fonts
from .exports import TEXT, display_text

if TYPE_CHECKING:
    from .exports import ExportColumn, ExportTable, PdfReport

PAGE = landscape(A4)
MARGIN = 14 * mm
HEADER_H = 12 * mm
FOOTER_H = 9 * mm
BODY_SIZE = 8
FRAME_PAD = 6                    # SimpleDocTemplate's frame padding on each side
GRID = colors.Color(0.80, 0.80, 0.80)
HEAD_BG = colors.Color(0.92, 0.93, 0.95)
ZEBRA = colors.Color(0.97, 0.97, 0.98)
INK_MUTED = colors.Color(0.35, 0.35, 0.35)


def draw_mixed(c: rl_canvas.Canvas, x: float, y: float, text: str, size: float, *,
               bold: bool = False, align: str = "left") -> float:
    """Draw ``text`` on the canvas, Latin runs in Helvetica, the rest in the CJK font."""
    cjk = fonts.register_reportlab()
    base = fonts.PDF_BASE_BOLD if bold else fonts.PDF_BASE_FONT
    runs = [((cjk if (is_cjk and cjk) else base), chunk) for is_cjk, chunk in fonts.font_runs(text)]
    width = sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, chunk in runs:
        c.setFont(font, size)
        c.drawString(x, y, chunk)
        x += pdfmetrics.stringWidth(chunk, font, size)
    return width


def text_width(text: str, size: float = BODY_SIZE, bold: bool = False) -> float:
    """Width of ``text`` as ``draw_mixed``/``pdf_markup`` would set it (two fonts)."""
    cjk = fonts.register_reportlab()
    base = fonts.PDF_BASE_BOLD if bold else fonts.PDF_BASE_FONT
    return sum(pdfmetrics.stringWidth(chunk, cjk if (is_cjk and cjk) else base, size)
               for is_cjk, chunk in fonts.font_runs(text))


def _numbered_canvas(report: "PdfReport"):
    """A canvas class that draws header and "page x of y" once the page count is known."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for i, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(i, total)
                super().showPage()
            super().save()

        def _decorate(self, page: int, pages: int) -> None:
            w, h = PAGE
            top = h - MARGIN + 2
            self.saveState()
            self.setFillColor(colors.black)
            draw_mixed(self, MARGIN, top - 11, report.company, 11, bold=True)
            right = f"{report.title}  \u00b7  " + report.labels.as_of.format(date=report.as_of.isoformat())
            draw_mixed(self, w - MARGIN, top - 11, right, 9, align="right")
            self.setStrokeColor(GRID)
            self.setLineWidth(0.6)
            self.line(MARGIN, top - 16, w - MARGIN, top - 16)
            self.line(MARGIN, MARGIN + FOOTER_H - 4, w - MARGIN, MARGIN + FOOTER_H - 4)
            self.setFillColor(INK_MUTED)
            draw_mixed(self, w - MARGIN, MARGIN, report.labels.page.format(page=page, pages=pages), 8,
                       align="right")
            if report.printed_on is not None:
                draw_mixed(self, MARGIN, MARGIN,
                           report.labels.printed.format(date=report.printed_on.isoformat()), 8)
            self.restoreState()

    return NumberedCanvas


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=fonts.PDF_BASE_FONT, fontSize=BODY_SIZE,
                          leading=BODY_SIZE * 1.25, alignment=TA_LEFT)
    return {
        "cell": base,
        "head": ParagraphStyle("head", parent=base, fontName=fonts.PDF_BASE_BOLD),
        "head_r": ParagraphStyle("head_r", parent=base, fontName=fonts.PDF_BASE_BOLD, alignment=TA_RIGHT),
        "total": ParagraphStyle("total", parent=base, fontName=fonts.PDF_BASE_BOLD),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.PDF_BASE_BOLD, fontSize=11,
                             leading=14, spaceBefore=6, spaceAfter=4),
        "note": ParagraphStyle("note", parent=base, textColor=INK_MUTED, fontSize=7.5, leading=9.5,
                               spaceBefore=3),
        "fact_label": ParagraphStyle("fact_label", parent=base, textColor=INK_MUTED, fontSize=7.5,
                                     leading=9.5),
        "fact_value": ParagraphStyle("fact_value", parent=base, fontName=fonts.PDF_BASE_BOLD,
                                     fontSize=12, leading=15),
    }


def _facts(report: "PdfReport", width: float, st: dict[str, ParagraphStyle]) -> Table:
    n = len(report.facts)
    notes = [f[2] if len(f) > 2 else "" for f in report.facts]
    cells = [[Paragraph(fonts.pdf_markup(f[0]), st["fact_label"]) for f in report.facts],
             [Paragraph(fonts.pdf_markup(f[1], bold=True), st["fact_value"]) for f in report.facts]]
    if any(notes):
        cells.append([Paragraph(fonts.pdf_markup(note), st["fact_label"]) for note in notes])
    t = Table(cells, colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
        ("LINEAFTER", (0, 0), (-2, -1), 0.6, GRID),
        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return t


def _images(images: list[bytes], width: float, max_h: float) -> Table | Image:
    per_row = 2 if len(images) > 1 else 1
    gap = 6 * mm
    each = (width - gap * (per_row - 1)) / per_row
    flow = []
    for png in images:
        img = Image(io.BytesIO(png))
        scale = min(each / img.imageWidth, max_h / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        flow.append(img)
    if per_row == 1:
        return flow[0]
    rows = [flow[i:i + 2] + [""] * (2 - len(flow[i:i + 2])) for i in range(0, len(flow), 2)]
    t = Table(rows, colWidths=[each + gap / 2, each + gap / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


PAD = 3


def _cell_text(v: Any, c: "ExportColumn") -> str:
    if c.blank_zero and (getattr(v, "minor", None) == 0 or (isinstance(v, int) and v == 0)):
        return ""
    return display_text(v, c.kind)


MIN_FLEX = 150                   # points the long text column (customer name) should keep
SIZES = (8, 7.5, 7, 6.5, 6)      # body font sizes tried, largest first, until the columns fit


def _column_layout(table: "ExportTable", width: float) -> tuple[list[float], float]:
    """Column widths and the body font size.

    Numbers and short codes get the width of their widest cell (bold totals included; a header
    may wrap, but its longest word must fit); long text columns share what is left by weight.
    When that leaves the long text less than ``MIN_FLEX`` the font gets smaller; at the smallest
    size, plain weights decide."""
    cols = list(table.columns)
    unit: dict[int, float] = {}              # width at font size 1 (widths scale with size)
    for i, c in enumerate(cols):
        title = max((text_width(word, 1, bold=True) for word in c.title.split()), default=0.0)
        if c.kind != TEXT:
            w = max((pdfmetrics.stringWidth(_cell_text(r[i], c), fonts.PDF_BASE_FONT, 1)
                     for r in table.rows), default=0.0)
            w = max([w] + [pdfmetrics.stringWidth(_cell_text(r[i], c), fonts.PDF_BASE_BOLD, 1)
                           for r in table.totals])
            unit[i] = max(w, title, 3.0)
        elif all(r[i] is None or (len(str(r[i])) <= 10 and _is_latin(str(r[i]))) for r in table.rows):
            w = max((pdfmetrics.stringWidth(str(r[i]), fonts.PDF_BASE_FONT, 1)
                     for r in table.rows if r[i] is not None), default=0.0)
            unit[i] = max(w, title)
    flex = [i for i, c in enumerate(cols) if i not in unit]
    flex_weight = sum(cols[i].width for i in flex)
    for size in SIZES:
        need = {i: u * size + 2 * PAD + 2 for i, u in unit.items()}
        left = width - sum(need.values())
        if flex and left >= MIN_FLEX * flex_weight / max(flex_weight, 1e-9) * min(1, len(flex)):
            return [need[i] if i in need else left * cols[i].width / flex_weight
                    for i in range(len(cols))], size
        if not flex and left >= 0:
            return [need[i] + left / len(cols) for i in range(len(cols))], size
    weights = [c.width for c in cols]
    return [w * width / sum(weights) for w in weights], SIZES[-1]


def _is_latin(text: str) -> bool:
    return not any(cjk for cjk, _ in fonts.font_runs(text))


class _Line(Flowable):
    """One line of text in two fonts (Latin + CJK) — far cheaper than a Paragraph in a table."""

    def __init__(self, text: str, bold: bool, size: float) -> None:
        super().__init__()
        self.text, self.bold, self.size = text, bold, size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, self.size * 1.25

    def draw(self) -> None:
        draw_mixed(self.canv, 0, self.size * 0.25, self.text, self.size, bold=self.bold)


ROW_PAD = 2                      # top and bottom padding of a table cell
SAFETY = 3                       # points kept free per page against rounding


class _TableParts:
    """A table's header and rows as cells, with every row's height, ready to be paginated."""

    def __init__(self, table: "ExportTable", width: float, st: dict[str, ParagraphStyle]) -> None:
        cols = list(table.columns)
        self.widths, self.size = _column_layout(table, width)
        size = self.size
        self.leading = leading = size * 1.25
        sized = {k: ParagraphStyle(f"{k}_{size}", parent=st[k], fontSize=size, leading=leading)
                 for k in ("cell", "head", "head_r", "total")}
        self.numeric = [i for i, c in enumerate(cols) if c.kind != TEXT]
        room = [w - 2 * PAD for w in self.widths]
        self.header = [Paragraph(fonts.pdf_markup(c.title), sized["head"] if c.kind == TEXT else sized["head_r"])
                       for c in cols]
        self.header_h = max(p.wrap(room[i], 1e6)[1] for i, p in enumerate(self.header)) + 2 * ROW_PAD

        def text_cell(text: str, col: int, bold: bool) -> tuple[Any, float]:
            """A string or a one-line ``_Line`` when it fits the column, else a Paragraph."""
            latin = _is_latin(text)
            if text_width(text, size, bold=bold) <= room[col] and (latin or fonts.cjk_coverage(text)):
                return (text if latin else _Line(text, bold, size)), leading
            para = Paragraph(fonts.pdf_markup(text, bold=bold), sized["total" if bold else "cell"])
            return para, para.wrap(room[col], 1e6)[1]

        def row(values, bold: bool) -> tuple[list[Any], float]:
            cells: list[Any] = []
            height = leading
            for i, (v, c) in enumerate(zip(values, cols)):
                if c.kind == TEXT:
                    cell, h = text_cell("" if v is None else str(v), i, bold)
                    height = max(height, h)
                    cells.append(cell)
                else:
                    cells.append(_cell_text(v, c))
            return cells, height + 2 * ROW_PAD

        self.rows: list[list[Any]] = []
        self.heights: list[float] = []
        for values in table.rows:
            cells, h = row(values, False)
            self.rows.append(cells)
            self.heights.append(h)
        self.first_total = len(self.rows)
        for values in table.totals:
            cells, h = row(values, True)
            self.rows.append(cells)
            self.heights.append(h)

    def chunk(self, start: int, end: int) -> Table:
        """Rows ``start:end`` under the header, styled (zebra, right-aligned numbers, bold totals)."""
        t = Table([self.header] + self.rows[start:end], colWidths=self.widths, repeatRows=1)
        n = end - start
        style: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), fonts.PDF_BASE_FONT, self.size, self.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), ROW_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PAD),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.Color(0.5, 0.5, 0.5)),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ]
        style += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i in self.numeric]
        body_end = min(end, self.first_total) - start          # data rows in this chunk
        if body_end > 0:
            style.append(("ROWBACKGROUNDS", (0, 1), (-1, body_end), [colors.white, ZEBRA]))
        if end > self.first_total:
            first = max(self.first_total - start, 0) + 1
            style += [("FONT", (0, first), (-1, n), fonts.PDF_BASE_BOLD, self.size, self.leading)]
            if start <= self.first_total:
                style.append(("LINEABOVE", (0, first), (-1, first), 0.8, colors.black))
        t.setStyle(TableStyle(style))
        return t

    def paginate(self, room: float, page_room: float) -> tuple[list[Any], float]:
        """Flowables for the whole table starting with ``room`` points left on the page: one
        table per page (each with the header), so reportlab never splits a long table — that is
        quadratic in the number of rows. Returns them and the height used on the last page."""
        out: list[Any] = []
        start, total = 0, len(self.rows)
        if total == 0:
            return [self.chunk(0, 0)], self.header_h
        while start < total:
            avail = room - self.header_h - SAFETY
            end, used = start, 0.0
            while end < total and (used + self.heights[end] <= avail or end == start):
                used += self.heights[end]
                end += 1
            out.append(self.chunk(start, end))
            if end < total:
                out.append(PageBreak())
            start, room = end, page_room
            last_used = self.header_h + used
        return out, last_used


def _flow_height(f: Any, width: float) -> float:
    return f.getSpaceBefore() + f.wrap(width, 1e6)[1] + f.getSpaceAfter()


def build_pdf(path: "Path | BinaryIO", report: "PdfReport") -> None:
    """Write ``report`` to ``path`` (a file name, or a binary file object such as BytesIO)."""
    fonts.register_reportlab()
    st = _styles()
    doc = SimpleDocTemplate(
        str(path) if isinstance(path, Path) else path, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H, bottomMargin=MARGIN + FOOTER_H,
        title=report.title, author=report.company, creator="ARDesk")
    width = doc.width - 2 * FRAME_PAD
    page_room = doc.height - 2 * FRAME_PAD
    story: list[Any] = []
    used = 0.0

    def add(f: Any) -> None:
        nonlocal used
        story.append(f)
        used += _flow_height(f, width)

    if report.facts:
        add(_facts(report, width, st))
        add(Spacer(1, 5 * mm))
    if report.images:
        add(_images(list(report.images), width, page_room * 0.5))
        add(Spacer(1, 4 * mm))
    for n, table in enumerate(report.tables):
        if n:
            add(Spacer(1, 4 * mm))
        parts = _TableParts(table, width, st)
        head = Paragraph(fonts.pdf_markup(table.title), st["h2"])
        head_h = _flow_height(head, width)
        need = head_h + parts.header_h + sum(parts.heights[:3]) + SAFETY
        if used and page_room - used < need:          # not even a few rows fit: a new page
            story.append(PageBreak())
            used = 0.0
        add(head)
        flows, last = parts.paginate(page_room - used, page_room)
        story.extend(flows)
        used = last if len(flows) > 1 else used + last
        for note in table.notes:
            add(Paragraph(fonts.pdf_markup(note), st["note"]))
    if not story:
        story.append(Spacer(1, 1))
    doc.build(story, canvasmaker=_numbered_canvas(report))
