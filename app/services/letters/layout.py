"""Page furniture shared by letters and statements (reportlab platypus). No Qt, no database.

A document is one or more *letters* in one PDF (a batch for printing). Each letter starts with
a ``DocStart`` marker; the canvas remembers which letter every page belongs to and, once the
document is complete, draws per letter "page n of m" at the foot and, from its second page on,
a running head (company · reference · continued). The first page carries the letterhead as
flowables (logo, name, address, contact), then the customer's address block beside the date
and reference.

User text is drawn by ``text.Text`` as it is (no markup is parsed, so ``A&B <Ltd>`` prints as
written), Latin in Helvetica and the rest in the embedded CJK font. Speed (bench/bench_letters.py):
images are decoded, scaled and compressed once per process and only referenced in each PDF;
streams are binary, not ASCII85; a Chinese letter seeds the font's first subset with its
template's characters so that subset is built once per template (see ``DocStart``).
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from .. import fonts
from . import speed
from .labels import labels
from .model import LetterCompany, LetterCustomer
from .text import Stack, Text, _is_cjk, draw_line, width_of

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm
INK_MUTED = colors.Color(0.38, 0.38, 0.40)
RULE = colors.Color(0.55, 0.58, 0.62)
GRID = colors.Color(0.82, 0.82, 0.84)
HEAD_BG = colors.Color(0.92, 0.93, 0.95)
ZEBRA = colors.Color(0.975, 0.975, 0.98)


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the page furniture of one letter needs."""

    company: str
    reference: str
    language: str
    seed: str = ""              # CJK characters to place first in the font subset (see DocStart)


class DocStart(Flowable):
    """Zero-size marker: the pages from here on belong to this letter.

    The first letter of a document also places ``info.seed`` (its template's Chinese
    characters, padded to exactly one font subset) in the CJK font's first subset before any
    text is drawn: that subset is then the same in every letter of the template, so its font
    program is built once per process (``_cached_subsets``), and only the customer's own
    characters make a second, small subset per file."""

    def __init__(self, info: DocInfo) -> None:
        super().__init__()
        self.info = info

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._ardesk_doc = self.info  # noqa: SLF001 - read back by _LetterCanvas
        if self.info.seed:
            name = fonts.register_reportlab()
            font = pdfmetrics.getFont(name) if name else None
            doc = self.canv._doc  # noqa: SLF001
            if font is not None and doc not in font.state:
                font.splitString(self.info.seed, doc)


class _LetterCanvas(rl_canvas.Canvas):
    """Keeps every page until the end, then numbers them per letter."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[tuple[dict, DocInfo | None]] = []
        self._ardesk_doc: DocInfo | None = None

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append((dict(self.__dict__), self._ardesk_doc))
        self._startPage()

    def drawImage(self, image: Any, x: float, y: float, width: float | None = None,  # noqa: N802
                  height: float | None = None, mask: Any = None, **kwargs: Any) -> Any:
        """Images prepared once per process (``speed.image_reader``) are only referenced."""
        if mask == "auto" and width is not None and height is not None \
                and speed.draw_prepared(self, image, x, y, width, height):
            return width, height
        return super().drawImage(image, x, y, width, height, mask=mask, **kwargs)

    def save(self) -> None:
        counts: dict[int, int] = {}
        order: list[tuple[int, int]] = []          # (letter key, page number within it)
        for _state, info in self._pages:
            key = id(info)
            counts[key] = counts.get(key, 0) + 1
            order.append((key, counts[key]))
        for (state, info), (key, n) in zip(self._pages, order):
            self.__dict__.update(state)
            if info is not None:
                self._furniture(info, n, counts[key])
            super().showPage()
        super().save()

    def _furniture(self, info: DocInfo, page: int, pages: int) -> None:
        w, _h = self._pagesize
        lab = labels(info.language)
        self.saveState()
        self.setFillColor(INK_MUTED)
        y = MARGIN_BOTTOM - 9 * mm
        page_text = lab["page"].format(page=page, pages=pages)
        draw_line(self, w - MARGIN_X - width_of(page_text, 7.5), y, page_text, 7.5)
        draw_line(self, MARGIN_X, y, info.reference, 7.5)
        if page > 1:
            top = self._pagesize[1] - MARGIN_TOP + 3 * mm
            draw_line(self, MARGIN_X, top, lab["continued"].format(company=info.company,
                                                                   reference=info.reference), 7.5)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, top - 2 * mm, w - MARGIN_X, top - 2 * mm)
        self.restoreState()


def build(story: list[Any], page_size: str = "A4", *, title: str = "", author: str = "") -> bytes:
    """Lay out ``story`` (letters separated by PageBreaks, each opened by DocStart); PDF bytes."""
    size = PAGE_SIZES.get(page_size, A4)
    with speed.fast_reportlab():
        return _build(story, size, title, author)


def _build(story: list[Any], size: tuple[float, float], title: str, author: str) -> bytes:
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=MARGIN_TOP + 4 * mm, bottomMargin=MARGIN_BOTTOM,
                          title=title, author=author, creator="ARDesk")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame])])
    doc.build(story, canvasmaker=_LetterCanvas)
    return buf.getvalue()


def frame_width(page_size: str = "A4") -> float:
    return PAGE_SIZES.get(page_size, A4)[0] - 2 * MARGIN_X


def write_atomic(path: str | Path, pdf: bytes) -> Path:
    """Write ``pdf`` to a temporary file beside ``path``, then move it into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# ------------------------------------------------------------------ text

# size, leading, bold, colour, alignment, space before/after, first-line indent of each kind of text
_KINDS: dict[str, dict[str, Any]] = {
    "body": dict(size=10, space_after=7),
    "plain": dict(size=10),
    "salutation": dict(size=10, space_after=7),
    "subject": dict(size=13, leading=17, bold=True, space_after=9),
    "company": dict(size=14, leading=17, bold=True),
    "strong": dict(size=10, bold=True),
    "small": dict(size=8, leading=10.5),
    "muted": dict(size=8, leading=10.5, color=INK_MUTED),
    "cell": dict(size=8.5, leading=10.5),
    "cell_r": dict(size=8.5, leading=10.5, align="right"),
    "head": dict(size=8.5, leading=10.5, bold=True),
    "head_r": dict(size=8.5, leading=10.5, bold=True, align="right"),
    "h2": dict(size=10.5, leading=14, bold=True, space_before=8, space_after=4),
    "capitals": dict(size=10, space_before=4, space_after=8),
}


def txt(text: str, kind: str, language: str) -> Text:
    """User text as a flowable of the given kind, in the letter's language: Chinese wraps
    between characters, leads 1.5 and indents its paragraphs by two characters; nothing in
    ``text`` is interpreted (no markup to escape)."""
    spec = dict(_KINDS[kind])
    zh = language == "zh"
    spec.setdefault("leading", spec["size"] * (1.5 if zh else 1.35))
    if kind == "body" and zh:
        spec["first_indent"] = 2 * spec["size"]
    if kind == "subject" and zh:
        spec["align"] = "center"
    return Text(text, cjk_wrap=zh, **spec)


def is_latin(text: str) -> bool:
    return not any(_is_cjk(ch) for ch in text)


def text_width(text: str, size: float, bold: bool = False) -> float:
    return width_of(text, size, bold)


image_reader = speed.image_reader


def image_size(data: bytes, max_w: float, max_h: float) -> tuple[float, float]:
    iw, ih = image_reader(data).getSize()
    scale = min(max_w / iw, max_h / ih)
    return iw * scale, ih * scale


# ------------------------------------------------------------------ letterhead and addresses

class _Picture(Flowable):
    """An image scaled into a box, drawn with its transparency."""

    def __init__(self, data: bytes, max_w: float, max_h: float) -> None:
        super().__init__()
        self.data = data
        self.w, self.h = image_size(data, max_w, max_h)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.w, self.h

    def draw(self) -> None:
        self.canv.drawImage(image_reader(self.data), 0, 0, self.w, self.h, mask="auto")


def letterhead(company: LetterCompany, language: str, width: float) -> Stack:
    """Logo (if any) beside the company's name, address and contact, over a rule."""
    lab = labels(language)
    contact = [f"{lab['phone']} {company.phone}" if company.phone else "",
               f"{lab['email']} {company.email}" if company.email else "",
               f"{lab['tax_id']} {company.tax_id}" if company.tax_id else ""]
    block: list[Any] = [txt(company.name, "company", language)]
    if company.address:
        block.append(txt(company.address, "muted", language))
    line = "  ·  ".join(c for c in contact if c)
    if line:
        block.append(txt(line, "muted", language))
    columns: list[tuple[float, float, list[Any]]] = []
    x = 0.0
    if company.logo:
        pic = _Picture(company.logo, 38 * mm, 18 * mm)
        columns.append((0.0, pic.w, [pic]))
        x = pic.w + 5 * mm
    columns.append((x, width - x, block))
    return Stack(columns, valign="middle", rule_below=RULE, pad_below=5)


def address_block(customer: LetterCustomer, facts: Iterable[tuple[str, str]], language: str,
                  width: float) -> Stack:
    """The customer's address (left, as for a window envelope) and date/reference facts (right)."""
    lab = labels(language)
    left: list[Any] = [txt(customer.name, "strong", language)]
    if customer.address:
        left.append(txt(customer.address, "plain", language))
    if customer.contact:
        left.append(txt(lab["attn"].format(contact=customer.contact), "plain", language))
    rows = [_Fact(txt(k, "muted", language), txt(v, "small", language), 26 * mm) for k, v in facts if v]
    right_x = width - 72 * mm
    return Stack([(0.0, right_x - 6 * mm, left), (right_x, 72 * mm, rows)])


class _Fact(Flowable):
    """A label and its value on one row (the value may wrap; the row grows with it)."""

    def __init__(self, label: Text, value: Text, label_w: float) -> None:
        super().__init__()
        self.label, self.value, self.label_w = label, value, label_w

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _lw, lh = self.label.wrap(self.label_w, avail_height)
        _vw, vh = self.value.wrap(avail_width - self.label_w, avail_height)
        self.width, self.height = avail_width, max(lh, vh)
        return self.width, self.height

    def draw(self) -> None:
        self.label.drawOn(self.canv, 0, self.height - self.label.height)
        self.value.drawOn(self.canv, self.label_w, self.height - self.value.height)


def cell(text: str, kind: str, language: str, width: float | None = None) -> Any:
    """A table cell: the plain string when it is Latin and fits ``width`` (the table draws it in
    Helvetica), else a ``Text``, wrapped, with its CJK runs in the CJK font."""
    if is_latin(text) and (width is None or width_of(text, _KINDS[kind]["size"]) <= width):
        return text
    return txt(text, kind, language)


def grid_table(rows: list[list[Any]], widths: list[float], numeric: Iterable[int], *,
               totals: int = 0, font_size: float = 8.5) -> Table:
    """A table with its header repeated on every page, zebra rows, numbers right-aligned (all
    amounts of a column have the same decimals and Helvetica's digits one width, so the decimal
    points line up), and ``totals`` bold rows at the bottom."""
    t = Table(rows, colWidths=widths, repeatRows=1)
    n = len(rows)
    style: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), fonts.PDF_BASE_FONT, font_size, font_size * 1.25),
        ("FONT", (0, 0), (-1, 0), fonts.PDF_BASE_BOLD, font_size, font_size * 1.25),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
    ]
    body_end = n - 1 - totals
    if body_end >= 1:
        style += [("ROWBACKGROUNDS", (0, 1), (-1, body_end), [colors.white, ZEBRA]),
                  ("LINEBELOW", (0, 1), (-1, body_end), 0.25, GRID)]
    style += [("ALIGN", (i, 0), (i, -1), "RIGHT") for i in numeric]
    if totals:
        first = n - totals
        style += [("FONT", (0, first), (-1, -1), fonts.PDF_BASE_BOLD, font_size, font_size * 1.25),
                  ("LINEABOVE", (0, first), (-1, first), 0.8, colors.black),
                  ("SPAN", (0, first), (-2, first)), ("ALIGN", (0, first), (-2, -1), "RIGHT")]
        style += [("SPAN", (0, r), (-2, r)) for r in range(first + 1, n)]
    t.setStyle(TableStyle(style))
    return t

