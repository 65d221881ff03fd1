"""Plain text as a reportlab flowable: wrapped and drawn in two fonts, no markup at all.

Letters are mostly short lines and a few paragraphs of user text. A platypus ``Paragraph``
parses markup (so user text must be escaped) and breaks Chinese lines one fragment at a time,
which was most of a letter's time. ``Text`` takes the text as it is — ``A&B <Ltd>`` prints as
written because nothing is parsed — measures each character once per process, and breaks lines:

- Chinese (``cjk=True``): between any two CJK characters, never before closing punctuation
  (，。、；：！？）》」』” …) nor after opening punctuation (（《「『“ …); a run of Latin letters
  and digits (an amount, a contract number) stays whole when it fits a line;
- otherwise at spaces (a Chinese name inside an English letter breaks between its characters).

Latin runs print in Helvetica (bold when asked), everything else in the embedded CJK font
(``fonts.register_reportlab``); the CJK font has no bold face.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from .. import fonts

NO_LINE_START = set("，。、；：！？）》」』”’〉】〕…—,.;:!?)]}%")
NO_LINE_END = set("（《「『“‘〈【〔([{")
_STAND_INS = str.maketrans({"\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " "})

_SPACES = re.compile(r"( )")
_font_of: dict[str, bool] = {}                 # char → needs the CJK font
_widths: dict[tuple[str, bool], float] = {}    # (char, bold) → width at size 1


def _is_cjk(ch: str) -> bool:
    v = _font_of.get(ch)
    if v is None:
        try:
            ch.encode("cp1252")
            v = False
        except UnicodeEncodeError:
            v = True
        _font_of[ch] = v
    return v


def _font(cjk: bool, bold: bool) -> str:
    if cjk:
        return fonts.register_reportlab() or fonts.PDF_BASE_FONT
    return fonts.PDF_BASE_BOLD if bold else fonts.PDF_BASE_FONT


def char_width(ch: str, bold: bool = False) -> float:
    key = (ch, bold)
    w = _widths.get(key)
    if w is None:
        w = pdfmetrics.stringWidth(ch, _font(_is_cjk(ch), bold), 1)
        _widths[key] = w
    return w


_text_widths: dict[tuple[str, bool], float] = {}


def width_of(text: str, size: float, bold: bool = False) -> float:
    """Width of ``text`` at ``size`` as drawn in two fonts (words are measured once)."""
    key = (text, bold)
    w = _text_widths.get(key)
    if w is None:
        w = sum(char_width(ch, bold) for ch in text.translate(_STAND_INS))
        if len(_text_widths) > 100_000:
            _text_widths.clear()
        _text_widths[key] = w
    return w * size


def _tokens(line: str, cjk_wrap: bool) -> list[str]:
    """Units a line may break between: words (Latin runs), single CJK characters, spaces."""
    if line.isascii():                                  # no CJK: words and spaces
        return [t for t in _SPACES.split(line) if t]
    out: list[str] = []
    word = ""
    last = len(line) - 1
    for i, ch in enumerate(line):
        if ch == " ":
            if word:
                out.append(word)
                word = ""
            out.append(" ")
        elif ch.isascii() and word and i < last and word[-1].isalnum() and line[i + 1].isalnum():
            word += ch                  # inside a number or code: 20,000.00 · INV-2026-000308
        elif _is_cjk(ch) or (cjk_wrap and ch in NO_LINE_START | NO_LINE_END):
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        else:
            word += ch
    if word:
        out.append(word)
    # glue: closing punctuation to what precedes it, opening punctuation to what follows
    glued: list[str] = []
    for tok in out:
        if glued and (tok[0] in NO_LINE_START or glued[-1][-1] in NO_LINE_END) and tok != " ":
            glued[-1] += tok
        else:
            glued.append(tok)
    return glued


def wrap_lines(text: str, width: float, size: float, *, bold: bool = False, cjk_wrap: bool = False,
               first_indent: float = 0.0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (explicit line breaks kept)."""
    lines: list[str] = []
    for n, raw in enumerate(text.translate(_STAND_INS).split("\n")):
        room = (width - first_indent) if n == 0 else width
        cur, cur_w = "", 0.0
        for tok in _tokens(raw, cjk_wrap):
            w = width_of(tok, size, bold)
            if cur and cur_w + w > room + 0.01 and tok != " ":
                lines.append(cur.rstrip())
                cur, cur_w, room = "", 0.0, width
            if not cur and tok == " ":
                continue
            if w > room and not cur:                      # longer than a line: cut it
                for ch in tok:
                    cw = char_width(ch, bold) * size
                    if cur and cur_w + cw > room + 0.01:
                        lines.append(cur)
                        cur, cur_w, room = "", 0.0, width
                    cur += ch
                    cur_w += cw
                continue
            cur += tok
            cur_w += w
        lines.append(cur.rstrip())
        first_indent = 0.0
    return lines


def draw_line(canv: Any, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw one line at (x, y) in runs of one font each; returns its width."""
    draw_lines(canv, [(x, y, text)], size, bold)
    return width_of(text, size, bold)


def _runs(text: str) -> list[tuple[bool, str]]:
    if text.isascii():
        return [(False, text)]
    runs: list[tuple[bool, str]] = []
    run, run_cjk = "", False
    for ch in text:
        cjk = _is_cjk(ch)
        if run and cjk != run_cjk:
            runs.append((run_cjk, run))
            run = ""
        run_cjk = cjk
        run += ch
    if run:
        runs.append((run_cjk, run))
    return runs


def draw_lines(canv: Any, lines: list[tuple[float, float, str]], size: float, bold: bool = False) -> None:
    """Several lines, each at its own (x, y), as one PDF text object written directly: Latin
    runs in Helvetica (WinAnsi), the rest in the CJK font's subsets. (reportlab's text object
    measured and formatted every run again; this was a third of a letter's time.)"""
    doc = canv._doc                                      # noqa: SLF001 - reportlab's document
    esc = canv._escape                                   # noqa: SLF001
    base = doc.getInternalFontName(_font(False, bold))
    cjk_name = fonts.register_reportlab()
    cjk_font = pdfmetrics.getFont(cjk_name) if cjk_name else None
    out = ["BT"]
    current = None
    tf = f"{size:.2f} Tf"
    for x, y, text in lines:
        for cjk, run in _runs(text.translate(_STAND_INS)):
            if cjk and cjk_font is not None:
                pos = 0
                for subset, chunk in cjk_font.splitString(run, doc):
                    name = cjk_font.getSubsetInternalName(subset, doc)
                    if name != current:
                        out.append(f"{name} {tf}")
                        current = name
                    out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(chunk)}) Tj")
                    x += width_of(run[pos:pos + len(chunk)], size)
                    pos += len(chunk)
            else:
                if current != base:
                    out.append(f"{base} {tf}")
                    current = base
                out.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({esc(run.encode('cp1252', 'replace'))}) Tj")
                x += width_of(run, size, bold)
    out.append("ET")
    canv._code.append(" ".join(out))                     # noqa: SLF001


class Stack(Flowable):
    """Columns of flowables side by side, each stacked from the top (a letterhead, an address
    block) — drawn directly, far cheaper than a platypus Table."""

    def __init__(self, columns: list[tuple[float, float, list[Flowable]]], *, valign: str = "top",
                 rule_below: Any = None, pad_below: float = 0.0) -> None:
        super().__init__()
        self.columns = columns          # (x offset, width, flowables)
        self.valign = valign
        self.rule_below = rule_below    # a colour: a rule under the block
        self.pad_below = pad_below

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = []
        height = 0.0
        for _x, w, flows in self.columns:
            sizes = [f.wrap(w, 1e6) for f in flows]
            h = sum(sh + f.getSpaceBefore() + f.getSpaceAfter() for f, (_sw, sh) in zip(flows, sizes))
            self._sizes.append((sizes, h))
            height = max(height, h)
        self.width, self.height = avail_width, height + self.pad_below
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Taller than a page (an address of a hundred lines): the columns one after the other."""
        if self.wrap(avail_width, avail_height)[1] <= avail_height:
            return []
        return [f for _x, _w, flows in self.columns for f in flows]

    def draw(self) -> None:
        top = self.height - self.pad_below
        for (x, w, flows), (sizes, h) in zip(self.columns, self._sizes):
            y = top - ((top - h) / 2 if self.valign == "middle" else 0.0)
            for f, (_sw, sh) in zip(flows, sizes):
                y -= f.getSpaceBefore() + sh
                f.drawOn(self.canv, x, y)
                y -= f.getSpaceAfter()
        if self.rule_below is not None:
            self.canv.setStrokeColor(self.rule_below)
            self.canv.setLineWidth(0.9)
            self.canv.line(0, 0, self.width, 0)


class Text(Flowable):
    """A block of plain text: wrapped to the available width, splittable across pages."""

    def __init__(self, text: str, size: float = 10, *, leading: float | None = None,
                 bold: bool = False, color: Any = colors.black, align: str = "left",
                 cjk_wrap: bool = False, first_indent: float = 0.0, space_before: float = 0.0,
                 space_after: float = 0.0, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = str(text)
        self.size = size
        self.leading = leading or size * 1.3
        self.bold, self.color, self.align = bold, color, align
        self.cjk_wrap, self.first_indent = cjk_wrap, first_indent
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self._lines = lines
        self._for_width: float | None = None if lines is None else -1.0
        self._avail = 0.0

    def _layout(self, avail_width: float) -> list[str]:
        if self._lines is None or (self._for_width != -1.0 and self._for_width != avail_width):
            self._lines = wrap_lines(self.text, avail_width, self.size, bold=self.bold,
                                     cjk_wrap=self.cjk_wrap, first_indent=self.first_indent)
            self._for_width = avail_width
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self._layout(avail_width)
        self._avail = avail_width
        if self.align == "left" and self.first_indent == 0:
            w = max((width_of(ln, self.size, self.bold) for ln in lines), default=0.0)
            self.width = min(w, avail_width) if w <= avail_width else avail_width
        else:
            self.width = avail_width
        self.height = len(lines) * self.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._layout(avail_width)
        fit = int((avail_height + 0.01) // self.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        kw = dict(size=self.size, leading=self.leading, bold=self.bold, color=self.color,
                  align=self.align, cjk_wrap=self.cjk_wrap)
        head = Text(self.text, first_indent=self.first_indent, space_before=self.spaceBefore,
                    lines=lines[:fit], **kw)
        tail = Text(self.text, space_after=self.spaceAfter, lines=lines[fit:], **kw)
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(self.color)
        y = self.height - self.size
        placed = []
        for n, line in enumerate(self._lines or []):
            x = self.first_indent if n == 0 else 0.0
            if self.align != "left":
                w = width_of(line, self.size, self.bold)
                x = (self.width - w) if self.align == "right" else (self.width - w) / 2
            placed.append((x, y, line))
            y -= self.leading
        draw_lines(canv, placed, self.size, self.bold)
