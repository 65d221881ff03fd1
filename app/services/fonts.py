"""The CJK TrueType font for PDF reports (reportlab) and charts (matplotlib). No Qt here.

ARDesk ships ``resources/fonts/DroidSansFallbackFull.ttf`` (Apache-2.0, see the license file
next to it) so Chinese prints on any machine; a system copy is the fallback when the shipped one
is missing (a trimmed install). reportlab needs TrueType outlines, not CFF ``.otf``.

That font has CJK glyphs only (no Latin letters or digits), so text is drawn with two fonts:
Latin runs in the base font (Helvetica in PDFs, DejaVu Sans in charts), everything the base font
cannot encode in the CJK font. ``pdf_markup(text)`` escapes user text and wraps its CJK runs in
``<font name=…>`` for a reportlab ``Paragraph``; charts get a family list so matplotlib falls
back glyph by glyph.

    register_reportlab() -> str | None      # font name registered with reportlab, or None
    register_matplotlib() -> str | None     # family name added to matplotlib's font manager
    pdf_markup(text, bold=False) -> str     # escaped Paragraph markup with font runs
"""

from __future__ import annotations

import threading
from pathlib import Path
from xml.sax.saxutils import escape

from ..config import RESOURCES

FONT_FILE_NAME = "DroidSansFallbackFull.ttf"
SHIPPED_FONT = RESOURCES / "fonts" / FONT_FILE_NAME
SYSTEM_FONTS = (
    Path("/usr/share/fonts/truetype/droid") / FONT_FILE_NAME,
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("C:/Windows/Fonts/simhei.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)

#: name under which reportlab knows the CJK font (the PDF embeds it as a subset)
PDF_CJK_FONT = "ARDeskCJK"
PDF_BASE_FONT = "Helvetica"
PDF_BASE_BOLD = "Helvetica-Bold"
#: matplotlib's sans-serif list: Latin from DejaVu (bundled with matplotlib), CJK from ours
CHART_BASE_FAMILY = "DejaVu Sans"

_lock = threading.Lock()
_reportlab_name: str | None = None
_reportlab_done = False
_mpl_family: str | None = None
_mpl_done = False
_cjk_chars: frozenset[int] | None = None


def cjk_font_path() -> Path | None:
    """The shipped font, else a system CJK TrueType font, else None."""
    for p in (SHIPPED_FONT, *SYSTEM_FONTS):
        if p.is_file():
            return p
    return None


def register_reportlab() -> str | None:
    """Register the CJK font with reportlab once; its name, or None when no font was found."""
    global _reportlab_name, _reportlab_done, _cjk_chars
    with _lock:
        if _reportlab_done:
            return _reportlab_name
        _reportlab_done = True
        path = cjk_font_path()
        if path is None:
            return None
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font = TTFont(PDF_CJK_FONT, str(path), subfontIndex=0)
        pdfmetrics.registerFont(font)
        _cjk_chars = frozenset(font.face.charToGlyph)
        _reportlab_name = PDF_CJK_FONT
        return _reportlab_name


def register_matplotlib() -> str | None:
    """Add the CJK font to matplotlib's font manager once; its family name, or None."""
    global _mpl_family, _mpl_done
    with _lock:
        if _mpl_done:
            return _mpl_family
        _mpl_done = True
        path = cjk_font_path()
        if path is None:
            return None
        from matplotlib import font_manager

        font_manager.fontManager.addfont(str(path))
        _mpl_family = font_manager.FontProperties(fname=str(path)).get_name()
        return _mpl_family


def chart_families() -> list[str]:
    """matplotlib ``font.sans-serif`` list: Latin first, then the CJK font when there is one."""
    cjk = register_matplotlib()
    return [CHART_BASE_FAMILY] + ([cjk] if cjk else [])


def _in_base_font(ch: str) -> bool:
    """Helvetica (a standard PDF font) draws what cp1252 encodes."""
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


# characters the base font lacks but that have a plain stand-in
_STAND_INS = str.maketrans({"\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "})


def font_runs(text: str) -> list[tuple[bool, str]]:
    """Split ``text`` into (needs_cjk_font, chunk) runs."""
    text = text.translate(_STAND_INS)
    runs: list[tuple[bool, str]] = []
    for ch in text:
        cjk = not _in_base_font(ch)
        if runs and runs[-1][0] == cjk:
            runs[-1] = (cjk, runs[-1][1] + ch)
        else:
            runs.append((cjk, ch))
    return runs


def pdf_markup(text: str, *, bold: bool = False) -> str:
    """User text → reportlab Paragraph markup: escaped (``A&B <Ltd>`` prints as written), CJK
    runs in the CJK font, the rest in the base font; bold applies to the Latin runs (the CJK
    font has no bold face)."""
    cjk_font = register_reportlab()
    out = []
    for cjk, chunk in font_runs(str(text)):
        esc = escape(chunk)
        if cjk and cjk_font:
            out.append(f'<font name="{cjk_font}">{esc}</font>')
        elif bold:
            out.append(f"<b>{esc}</b>")
        else:
            out.append(esc)
    return "".join(out).replace("\n", "<br/>")


def cjk_coverage(text: str) -> bool:
    """True when every character the base font cannot draw is in the CJK font."""
    register_reportlab()
    chars = _cjk_chars or frozenset()
    return all(ord(ch) in chars for cjk, run in font_runs(text) if cjk for ch in run)
