"""Report exports: XLSX, CSV and PDF from plain tables. No Qt here (the CLI uses it too).

A report is one or more ``ExportTable`` (typed columns, rows, total rows); the same tables go to
every format:

- **XLSX** (openpyxl, write-only): amounts are real numbers with a number format of the
  currency's decimals, percentages real fractions formatted ``0.0%``, dates real dates; the
  header row is frozen and has an autofilter; text is always stored as text (never a formula).
- **CSV**: UTF-8 with a BOM (Excel then opens Chinese correctly), plain decimal amounts; a text
  cell that starts with ``= + - @`` (or a tab / carriage return) gets a leading ``'`` so a
  spreadsheet never runs it as a formula.
- **PDF** (reportlab platypus): A4 landscape, company name and as-of date on every page,
  "page x of y", key figures, chart images (PNG bytes), then the tables with amounts
  right-aligned and the header repeated on each page. Every user string is escaped before it
  enters a ``Paragraph``; Chinese runs use the embedded CJK font (``fonts.pdf_markup``).

Every writer writes a temporary file next to the target and moves it into place with
``os.replace``, so a failed or cancelled export never leaves half a file under the real name.

    write_xlsx(path, tables)                 write_csv(path, table)
    write_pdf(path, PdfReport(...))
    neutralise(text) -> str                   # the CSV formula guard

Column titles and labels arrive already translated (the UI passes ``tr``-ed text, the CLI its
translator); the builders for the aging report are in ``app.services.aging_export``.
"""

from __future__ import annotations

import csv
import io
import os
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Sequence

from ..errors import UserError
from ..i18n import T
from ..money import Money, currency_exponent, format_minor

TEXT = "text"
AMOUNT = "amount"          # cells are Money (or None)
PERCENT = "percent"        # cells are Decimal percentage points (12.5 means 12.5 %) or None
INTEGER = "int"
DECIMAL = "decimal"        # cells are Decimal shown with 2 decimals (days, ratios)
DATE = "date"

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ExportColumn:
    title: str
    kind: str = TEXT
    width: float = 1.0          # relative width in the PDF; XLSX width derives from it
    blank_zero: bool = False    # the PDF leaves zero amounts blank (files keep the 0)


@dataclass(frozen=True)
class ExportTable:
    title: str                                   # sheet name / PDF section heading
    columns: Sequence[ExportColumn]
    rows: Sequence[Sequence[Any]]
    totals: Sequence[Sequence[Any]] = ()         # shown bold after the rows
    notes: Sequence[str] = ()                    # warnings printed under the table


@dataclass(frozen=True)
class PdfLabels:
    """Translated texts the PDF prints around the content."""

    page: str = "Page {page} of {pages}"
    as_of: str = "As of {date}"
    printed: str = "Printed {date}"


@dataclass(frozen=True)
class PdfReport:
    title: str
    company: str
    as_of: date
    labels: PdfLabels = field(default_factory=PdfLabels)
    facts: Sequence[tuple[str, ...]] = ()         # key figures: (label, value[, note])
    images: Sequence[bytes] = ()                  # PNG charts, scaled to the page width
    tables: Sequence[ExportTable] = ()
    printed_on: date | None = None                # shown in the footer when given


# ------------------------------------------------------------------ helpers
_BLANKS = " \t\r\n\u00a0\u3000"


def starts_formula(text: str) -> bool:
    """Would a spreadsheet take ``text`` for a formula (also after leading blanks, which Excel
    and LibreOffice skip)?"""
    return text.startswith(_FORMULA_START) or (
        text[:1] in _BLANKS and text.lstrip(_BLANKS).startswith(_FORMULA_START))


def neutralise(text: str) -> str:
    """A text cell a spreadsheet would take for a formula gets a leading apostrophe."""
    return "'" + text if starts_formula(text) else text


class ExportError(UserError):
    """The file cannot be written (folder missing, no permission, disk full, file open in Excel)."""


def _atomic(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Run ``write(tmp)`` on a temporary file next to ``path``, then move it into place.

    An ``OSError`` becomes an ``ExportError`` naming the file; the target is left untouched."""
    target = Path(path)
    # a fresh name the writer creates itself, so the file gets the usual permissions (umask),
    # not mkstemp's owner-only ones
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        write(tmp)
        if target.exists():
            shutil.copymode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(T("Could not write {path}: {reason}"), path=str(target),
                          reason=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


write_atomically = _atomic          # the same, for other services' files


def _amount_format(currency: str) -> str:
    exp = currency_exponent(currency)
    return "#,##0" + ("." + "0" * exp if exp else "")


def _plain(value: Any, kind: str) -> str:
    """A cell as CSV text: numbers as plain decimals, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return value.plain()
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}" if kind in (PERCENT, DECIMAL) else str(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return neutralise(str(value))


def display_text(value: Any, kind: str) -> str:
    """A cell as printed (PDF): grouped amounts, percentages with a % sign."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return format_minor(value.minor, value.currency)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        if kind == PERCENT:
            return f"{value:.1f}%"
        return f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if kind in (AMOUNT, INTEGER) else str(value)
    return str(value)


# ---------------------------------------------------------------------- CSV
def write_csv(path: str | os.PathLike[str], table: ExportTable) -> Path:
    """One table as CSV: UTF-8 with BOM, header row, rows, total rows."""

    def write(tmp: Path) -> None:
        kinds = [c.kind for c in table.columns]
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow([neutralise(c.title) for c in table.columns])
            for row in (*table.rows, *table.totals):
                w.writerow([_plain(v, k) for v, k in zip(row, kinds)])

    return _atomic(path, write)


def csv_text(table: ExportTable) -> str:
    """The CSV body (without BOM) as a string — for tests and the clipboard."""
    buf = io.StringIO()
    w = csv.writer(buf)
    kinds = [c.kind for c in table.columns]
    w.writerow([neutralise(c.title) for c in table.columns])
    for row in (*table.rows, *table.totals):
        w.writerow([_plain(v, k) for v, k in zip(row, kinds)])
    return buf.getvalue()


# --------------------------------------------------------------------- XLSX
_SHEET_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})


def _sheet_title(title: str, used: set[str]) -> str:
    base = (title.translate(_SHEET_BAD).strip() or "Sheet")[:31]
    name, n = base, 2
    while name.casefold() in used:
        suffix = f" ({n})"
        name = base[:31 - len(suffix)] + suffix
        n += 1
    used.add(name.casefold())
    return name


def write_xlsx(path: str | os.PathLike[str], tables: Sequence[ExportTable]) -> Path:
    """Each table on its own sheet: typed cells, frozen header, autofilter over the rows."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    def write(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        used: set[str] = set()
        bold = Font(bold=True)
        right = Alignment(horizontal="right")
        formats: dict[str, str] = {}
        for table in tables:
            ws = wb.create_sheet(_sheet_title(table.title, used))
            ncol = len(table.columns)
            ws.freeze_panes = "A2"
            last = get_column_letter(max(ncol, 1))
            ws.auto_filter.ref = f"A1:{last}{1 + len(table.rows)}"
            for i, c in enumerate(table.columns, start=1):
                chars = {TEXT: 14, AMOUNT: 15, PERCENT: 10, INTEGER: 9, DECIMAL: 10, DATE: 12}[c.kind]
                ws.column_dimensions[get_column_letter(i)].width = max(
                    chars * c.width, min(len(c.title) * 1.3 + 4, 40))

            def cell(value: Any, kind: str, is_bold: bool = False) -> Any:
                if isinstance(value, Money):
                    fmt = formats.setdefault(value.currency, _amount_format(value.currency))
                    c = WriteOnlyCell(ws, value=value.amount)
                    c.number_format = fmt
                elif kind == PERCENT and isinstance(value, Decimal):
                    c = WriteOnlyCell(ws, value=value / 100)
                    c.number_format = "0.0%"
                elif kind == DECIMAL and isinstance(value, Decimal):
                    c = WriteOnlyCell(ws, value=value)
                    c.number_format = "#,##0.00"
                elif isinstance(value, (date, datetime)):
                    c = WriteOnlyCell(ws, value=value)
                    c.number_format = "yyyy-mm-dd"
                elif value is None or isinstance(value, (int, float, Decimal)):
                    c = WriteOnlyCell(ws, value=value)
                else:
                    text = str(value)
                    c = WriteOnlyCell(ws, value=text)
                    c.data_type = "s"           # never a formula, whatever it starts with
                    if starts_formula(text):
                        c.quotePrefix = True
                if is_bold:
                    c.font = bold
                return c

            header = []
            for col in table.columns:
                h = cell(col.title, TEXT, True)
                if col.kind != TEXT:
                    h.alignment = right
                header.append(h)
            ws.append(header)
            kinds = [c.kind for c in table.columns]
            for row in table.rows:
                ws.append([cell(v, k) for v, k in zip(row, kinds)])
            for row in table.totals:
                ws.append([cell(v, k, True) for v, k in zip(row, kinds)])
            for note in table.notes:
                ws.append([])
                ws.append([cell(note, TEXT)])
        if not tables:
            wb.create_sheet("Sheet")
        # built in memory, then written with a handle closed whatever happens: openpyxl keeps
        # its zip file open when saving to a path fails (disk full), and Windows cannot delete
        # an open file, so the temporary file would stay behind
        buf = io.BytesIO()
        wb.save(buf)
        tmp.write_bytes(buf.getvalue())

    return _atomic(path, write)


# ---------------------------------------------------------------------- PDF
def write_pdf(path: str | os.PathLike[str], report: PdfReport) -> Path:
    from .pdf_report import build_pdf

    def write(tmp: Path) -> None:
        buf = io.BytesIO()                 # reportlab too keeps its file open when a write fails
        build_pdf(buf, report)
        tmp.write_bytes(buf.getvalue())

    return _atomic(path, write)
