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
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Image, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table,
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


def text_width(text: str, size: float = BODY_SIZE, *, bold: bool = False) -> float:
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


def _column_widths(table: "ExportTable", width: float) -> list[float]:
    """Numbers get the width of their widest cell (bold totals included); text columns share
    what is left in proportion to their weights. Falls back to plain weights when numbers alone
    would not fit."""
    cols = list(table.columns)
    need: dict[int, float] = {}
    for i, c in enumerate(cols):
        if c.kind == TEXT:
            continue
        w = max((pdfmetrics.stringWidth(_cell_text(r[i], c), fonts.PDF_BASE_FONT, BODY_SIZE)
                 for r in table.rows), default=0.0)
        w = max([w] + [pdfmetrics.stringWidth(_cell_text(r[i], c), fonts.PDF_BASE_BOLD, BODY_SIZE)
                       for r in table.totals])
        # the header may wrap onto two lines, but its longest word must fit
        longest = max((text_width(word, bold=True) for word in c.title.split()), default=0.0)
        need[i] = max(w, longest, 24.0) + 2 * PAD + 2
    for i, c in enumerate(cols):
        if c.kind != TEXT:
            continue
        # short codes (customer code, currency) get exactly their width; long text shares the rest
        longest = max([pdfmetrics.stringWidth(str(r[i] or ""), fonts.PDF_BASE_FONT, BODY_SIZE)
                       for r in table.rows if r[i] is not None and _is_latin(str(r[i]))] or [0.0])
        if all(r[i] is None or (len(str(r[i])) <= 10 and _is_latin(str(r[i]))) for r in table.rows):
            word = max((text_width(w, bold=True) for w in c.title.split()), default=0.0)
            need[i] = max(longest, word) + 2 * PAD + 2
    text = [i for i, c in enumerate(cols) if c.kind == TEXT and i not in need]
    left = width - sum(need.values())
    text_weight = sum(cols[i].width for i in text)
    if not text or left < 40 * len(text):
        weights = [c.width for c in cols]
        return [w * width / sum(weights) for w in weights]
    return [need[i] if i in need else left * cols[i].width / text_weight for i in range(len(cols))]


def _is_latin(text: str) -> bool:
    return not any(cjk for cjk, _ in fonts.font_runs(text))


def _table(table: "ExportTable", width: float, st: dict[str, ParagraphStyle]) -> Table:
    cols = list(table.columns)
    col_widths = _column_widths(table, width)
    numeric = [i for i, c in enumerate(cols) if c.kind != TEXT]
    header = [Paragraph(fonts.pdf_markup(c.title), st["head"] if c.kind == TEXT else st["head_r"])
              for c in cols]
    body: list[list[Any]] = [header]

    def row_cells(row, bold: bool) -> list[Any]:
        out: list[Any] = []
        for v, c in zip(row, cols):
            if c.kind == TEXT:
                text = "" if v is None else str(v)
                out.append(Paragraph(fonts.pdf_markup(text, bold=bold), st["total" if bold else "cell"]))
            else:
                out.append(_cell_text(v, c))
        return out

    for row in table.rows:
        body.append(row_cells(row, False))
    first_total = len(body)
    for row in table.totals:
        body.append(row_cells(row, True))
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.PDF_BASE_FONT, BODY_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.Color(0.5, 0.5, 0.5)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
    ]
    for i in numeric:
        style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for r in range(2, first_total, 2):
        style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    if table.totals:
        style += [("FONT", (0, first_total), (-1, -1), fonts.PDF_BASE_BOLD, BODY_SIZE),
                  ("LINEABOVE", (0, first_total), (-1, first_total), 0.8, colors.black)]
    t = Table(body, colWidths=col_widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def build_pdf(path: Path, report: "PdfReport") -> None:
    fonts.register_reportlab()
    st = _styles()
    doc = SimpleDocTemplate(
        str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H, bottomMargin=MARGIN + FOOTER_H,
        title=report.title, author=report.company, creator="ARDesk")
    width = PAGE[0] - 2 * MARGIN
    story: list[Any] = []
    if report.facts:
        story += [_facts(report, width, st), Spacer(1, 5 * mm)]
    if report.images:
        story += [_images(list(report.images), width, (PAGE[1] - 2 * MARGIN - HEADER_H - FOOTER_H) * 0.5),
                  Spacer(1, 4 * mm)]
    for n, table in enumerate(report.tables):
        if n:
            story.append(Spacer(1, 4 * mm))
        head = Paragraph(fonts.pdf_markup(table.title), st["h2"])
        flow = _table(table, width, st)
        story.append(KeepTogether([head, flow]) if len(table.rows) < 15 else head)
        if len(table.rows) >= 15:
            story.append(flow)
        for note in table.notes:
            story.append(Paragraph(fonts.pdf_markup(note), st["note"]))
    if not story:
        story.append(Spacer(1, 1))
    doc.build(story, canvasmaker=_numbered_canvas(report))
