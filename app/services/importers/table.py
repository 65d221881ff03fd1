"""Reading a spreadsheet file into a ``Table``: header texts plus data rows.

The format is recognised from the content, not the extension: a ZIP is read as XLSX
(openpyxl, read-only), an OLE2 compound file as legacy XLS (xlrd), anything else as CSV text.
CSV text is decoded as UTF-8 (BOM or not), UTF-16 (BOM), else GB18030 (a superset of GBK and
GB2312), and its delimiter (, ; tab |) is the one under which a known header row appears.
The header row is the first of the first 30 rows with at least two known column names, so
title rows above it are skipped; blank rows are skipped; text cells are trimmed. Row numbers
are the ones Excel shows for the same file. Whatever cannot be read is a ``UserError`` that
names the file.

Big files (``stream_above``): a CSV or XLSX larger than that many bytes is not loaded. The
``Table`` then holds the header and the first ``PREVIEW_ROWS`` rows (``streamed`` is true) and
``chunks()`` reads the data rows again, part by part, each time it is called, checking that the
file is still the one first read (size, time and SHA-256; see ``stream.py``).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import struct
import zipfile
from zlib import error as zlib_error
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ...errors import UserError
from ...i18n import T
from .fields import known_header, normalize_header
from .values import cell_text

HEADER_SEARCH_ROWS = 30
DELIMITERS = (",", ";", "\t", "|")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
CHUNK_ROWS = 20_000               # rows per part when a streamed table is read
PREVIEW_ROWS = 1000               # rows a streamed table keeps for the preview


class UnreadableFile(UserError):
    """The file cannot be read as a table (missing, empty, corrupt, no header …)."""


@dataclass
class Table:
    """A sheet as read: header texts and data rows (cells trimmed, blank rows dropped)."""

    path: Path
    headers: list[str]
    rows: list[list[object]]          # str for CSV; str/int/float/datetime/bool for Excel
    row_numbers: list[int]            # the Excel row number of each data row
    header_row: int                   # 1-based
    format: str                       # csv | xlsx | xls
    sha256: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    # streamed: ``rows`` are the first PREVIEW_ROWS only; ``source`` reads them all again
    source: object | None = field(default=None, repr=False, compare=False)
    chunk_rows: int = CHUNK_ROWS

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def streamed(self) -> bool:
        return self.source is not None

    def __len__(self) -> int:
        return len(self.rows)

    def chunks(self, size: int | None = None) -> Iterator[tuple[int, list[list[object]], list[int]]]:
        """The data rows in parts: (index of the first row, rows, their Excel row numbers).

        A streamed table reads the file again (and raises ``UnreadableFile`` if it changed
        since it was first read); an ordinary one slices ``rows``.
        """
        size = max(1, size or self.chunk_rows)
        if self.source is None:
            for k in range(0, len(self.rows), size):
                yield k, self.rows[k:k + size], self.row_numbers[k:k + size]
            return
        start, rows, numbers = 0, [], []
        for excel_row, cells in self.source.rows():  # type: ignore[attr-defined]
            rows.append(cells)
            numbers.append(excel_row)
            if len(rows) >= size:
                yield start, rows, numbers
                start += len(rows)
                rows, numbers = [], []
        if rows:
            yield start, rows, numbers

    def loaded(self) -> "Table":
        """This table with every data row in memory (itself when it is not streamed)."""
        if self.source is None:
            return self
        rows: list[list[object]] = []
        numbers: list[int] = []
        for _start, part, nums in self.chunks():
            rows.extend(part)
            numbers.extend(nums)
        return Table(path=self.path, headers=self.headers, rows=rows, row_numbers=numbers,
                     header_row=self.header_row, format=self.format, sha256=self.sha256,
                     encoding=self.encoding, delimiter=self.delimiter, sheet=self.sheet,
                     sheets=self.sheets, chunk_rows=self.chunk_rows)


def read_table(path: str | Path, *, sheet: str | int | None = None, header_row: int | None = None,
               extra_headers: Iterable[str] = (), stream_above: int | None = None,
               chunk_rows: int = CHUNK_ROWS) -> Table:
    """Read CSV / XLSX / XLS at ``path``.

    ``sheet`` picks a worksheet by name or 0-based index (default: the first sheet with a header
    row); ``header_row`` (1-based) overrides header detection; ``extra_headers`` are more header
    texts to recognise (those of a saved mapping profile). ``stream_above``: a CSV or XLSX file
    larger than this many bytes gives a streamed table (see the module docstring), read
    ``chunk_rows`` rows at a time; None (the default) always loads the whole file.
    """
    p = Path(path)
    extra = frozenset(normalize_header(h) for h in extra_headers if h)
    if stream_above is not None:
        from .stream import open_streamed
        table = open_streamed(p, sheet, header_row, extra, stream_above, chunk_rows)
        if table is not None:
            return table
    data = _read_bytes(p)
    sha = hashlib.sha256(data).hexdigest()
    if data.startswith(_ZIP):
        table = _read_xlsx(p, data, sha, sheet, header_row, extra)
    elif data.startswith(_OLE):
        table = _read_xls(p, data, sha, sheet, header_row, extra)
    else:
        table = _read_csv(p, data, sha, header_row, extra)
    table.chunk_rows = chunk_rows
    return table


def file_error(p: Path, exc: OSError) -> UnreadableFile:
    """The user's words for a file that cannot be opened or read."""
    if isinstance(exc, FileNotFoundError):
        return UnreadableFile(T("The file {file} does not exist."), file=str(p))
    if isinstance(exc, PermissionError):
        return UnreadableFile(T("The file {file} cannot be read (permission denied)."), file=str(p))
    return UnreadableFile(T("The file {file} cannot be read: {reason}"), file=str(p),
                          reason=exc.strerror or str(exc))


def _read_bytes(p: Path) -> bytes:
    try:
        if p.is_dir():
            raise UnreadableFile(T("{file} is a folder, not a file."), file=str(p))
        data = p.read_bytes()
    except OSError as exc:
        raise file_error(p, exc) from None
    if not data.strip(b" \t\r\n\x00"):
        raise UnreadableFile(T("The file {file} is empty."), file=str(p))
    return data


# ----------------------------------------------------------------------------- header row

def _header_score(cells: list[object], extra: frozenset[str]) -> int:
    return sum(1 for c in cells if isinstance(c, str) and c.strip() and known_header(c, extra))


def _find_header(rows: list[list[object]], header_row: int | None, extra: frozenset[str],
                 p: Path, where: str) -> int:
    """0-based index of the header row in ``rows`` (the first rows of the sheet)."""
    if header_row is not None:
        if header_row < 1 or header_row > len(rows) or not any(cell_text(c) for c in rows[header_row - 1]):
            raise UnreadableFile(T("{file}: row {row} is empty or missing; it cannot be the header row."),
                                 file=p.name, row=header_row)
        return header_row - 1
    for i, r in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if _header_score(r, extra) >= 2:
            return i
    if not any(any(cell_text(c) for c in r) for r in rows):
        raise UnreadableFile(T("{file}{where} contains no data."), file=p.name, where=where)
    raise UnreadableFile(
        T("{file}{where}: no header row found in the first {n} rows. The header row needs column "
          "names such as 发票号码 / Invoice number, 客户编号 / Customer code, 金额 / Amount."),
        file=p.name, where=where, n=HEADER_SEARCH_ROWS)


def header_texts(cells: list[object]) -> list[str]:
    headers = [cell_text(c) for c in cells]
    while headers and not headers[-1]:
        headers.pop()
    return headers


def clean_rows(rows: Iterable[Iterable[object]], excel_row: int, width: int) -> Iterator[tuple[int, list[object]]]:
    """(Excel row number, cells) of the non-blank rows after Excel row ``excel_row``: text
    trimmed, None as '', short rows padded to ``width``."""
    for r in rows:
        excel_row += 1
        cells = [c.strip() if isinstance(c, str) else ("" if c is None else c) for c in r]
        if not any(c != "" for c in cells):
            continue
        if len(cells) < width:
            cells.extend([""] * (width - len(cells)))
        yield excel_row, cells


def _build(p: Path, rows: Iterator[list[object]], head: list[list[object]], header_idx: int,
           **meta: object) -> Table:
    """Table from the rows after the header (``head`` holds the rows already read)."""
    headers = header_texts(head[header_idx])
    out_rows: list[list[object]] = []
    numbers: list[int] = []
    for excel_row, cells in clean_rows(itertools.chain(head[header_idx + 1:], rows), header_idx + 1,
                                       len(headers)):
        out_rows.append(cells)
        numbers.append(excel_row)
    return Table(path=p, headers=headers, rows=out_rows, row_numbers=numbers,
                 header_row=header_idx + 1, **meta)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- CSV

def decode_text(data: bytes, p: Path) -> tuple[str, str]:
    """Bytes → (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        enc = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        enc = "utf-16"
    elif len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00" and data[0:1] != b"\x00":
        enc = "utf-16-le"              # UTF-16 without BOM (ASCII-heavy text): every other byte 0
    elif len(data) >= 4 and data[0:1] == b"\x00" and data[2:3] == b"\x00" and data[1:2] != b"\x00":
        enc = "utf-16-be"
    else:
        enc = ""
    if enc:
        candidates = [enc]
    elif _latin_rather_than_gbk(data):
        candidates = ["utf-8", "cp1252", "latin-1"]
    else:
        candidates = ["utf-8", "gb18030"]
    for e in candidates:
        try:
            text = data.decode(e)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        return text, e
    raise UnreadableFile(T("{file} is not a CSV or Excel file (it looks like binary data)."),
                         file=p.name)


def _latin_rather_than_gbk(data: bytes) -> bool:
    """A file that is not UTF-8: Windows-1252 (a European bank's export) rather than GBK?

    In GBK/GB18030 text a byte ≥ 0x80 starts a pair whose second byte is almost always ≥ 0x80
    too (the GB2312 area); in Windows-1252 an accented letter stands alone between ASCII letters
    ("M\xfcller", "Stra\xdfe"). Whichever pattern is more frequent decides.
    """
    single = pairs = 0
    i, n = 0, min(len(data), 200_000)
    while i < n:
        if data[i] >= 0x80:
            if i + 1 < n and data[i + 1] >= 0x80:
                pairs += 1
                i += 2
                continue
            single += 1
        i += 1
    return single > pairs


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\t\r\n\f") or ch == "\ufffd")
    return bad > max(2, len(sample) // 200)


def _sniff_delimiter(text: str, extra: frozenset[str]) -> str:
    head = text[:65536]
    best, best_score = ",", 0
    for d in DELIMITERS:
        rows = list(_csv_rows(io.StringIO(head), d, HEADER_SEARCH_ROWS))
        score = max((_header_score(r, extra) for r in rows), default=0)
        if score > best_score:
            best, best_score = d, score
    if best_score:
        return best
    first = next((r for r in _csv_rows(io.StringIO(head), ",", HEADER_SEARCH_ROWS) if any(r)), [""])
    line = ",".join(first)
    counts = {d: line.count(d) if d != "," else len(first) - 1 for d in DELIMITERS}
    return max(DELIMITERS, key=lambda d: counts[d]) if max(counts.values()) else ","


def _csv_rows(f: io.StringIO, delimiter: str, limit: int | None = None) -> Iterator[list[str]]:
    reader = csv.reader(f, delimiter=delimiter)
    try:
        for i, r in enumerate(reader):
            if limit is not None and i >= limit:
                return
            yield r
    except csv.Error:
        return


def _read_csv(p: Path, data: bytes, sha: str, header_row: int | None, extra: frozenset[str]) -> Table:
    text, enc = decode_text(data, p)
    if "\x00" in text:
        text = text.replace("\x00", "")
    delimiter = _sniff_delimiter(text, extra)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    head: list[list[object]] = []
    try:
        for r in reader:
            head.append(r)  # type: ignore[arg-type]
            if len(head) >= HEADER_SEARCH_ROWS:
                break
        idx = _find_header(head, header_row, extra, p, "")
        return _build(p, reader, head, idx, format="csv", sha256=sha, encoding=enc,  # type: ignore[arg-type]
                      delimiter=delimiter)
    except csv.Error as exc:
        raise UnreadableFile(T("{file} cannot be read as CSV: {reason}"), file=p.name,
                             reason=str(exc)) from None


# ----------------------------------------------------------------------------- Excel

def _pick_sheets(names: list[str], sheet: str | int | None, p: Path) -> list[int]:
    if sheet is None:
        return list(range(len(names)))
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return [sheet]
    elif sheet in names:
        return [names.index(sheet)]
    else:
        folded = [n.strip().lower() for n in names]
        if sheet.strip().lower() in folded:
            return [folded.index(sheet.strip().lower())]
    raise UnreadableFile(T("{file} has no sheet {sheet}; its sheets are: {sheets}."), file=p.name,
                         sheet=str(sheet), sheets=", ".join(names))


def _first_table(p: Path, names: list[str], order: list[int], sheet: str | int | None,
                 header_row: int | None, extra: frozenset[str], open_rows, build=_build,
                 **meta: object) -> Table:
    """The first sheet in ``order`` with a header row (or the one asked for)."""
    first_error: UnreadableFile | None = None
    for i in order:
        rows = open_rows(i)
        head = []
        for r in rows:
            head.append(list(r))
            if len(head) >= HEADER_SEARCH_ROWS:
                break
        where = f" (sheet {names[i]})" if len(names) > 1 else ""
        try:
            idx = _find_header(head, header_row, extra, p, where)
        except UnreadableFile as exc:
            first_error = first_error or exc
            continue
        return build(p, (list(r) for r in rows), head, idx, sheet=names[i], sheets=names, **meta)
    assert first_error is not None
    if sheet is None and len(names) > 1:
        raise UnreadableFile(T("{file}: no sheet has a header row in its first {n} rows ({sheets})."),
                             file=p.name, n=HEADER_SEARCH_ROWS, sheets=", ".join(names))
    raise first_error


# An XLSX is a ZIP of XML parts. A hostile one can declare gigabytes of XML in a few kilobytes
# (zip bomb) or carry a DTD with entities (billion laughs, external entities); neither is ever
# in a spreadsheet a person saved. Checked on the ZIP directory and each part's first bytes,
# before openpyxl reads anything.
XLSX_MAX_UNCOMPRESSED = 1024 * 1024 * 1024      # all parts together
XLSX_MAX_PARTS = 10_000
XLSX_MAX_RATIO = 200                             # uncompressed / compressed, for parts > 1 MB


def check_xlsx_container(data: bytes | Path, p: Path) -> None:
    """Refuse zip bombs and XML with a DTD in an XLSX (its bytes or its path), quickly and with
    bounded memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as zf:
            infos = zf.infolist()
            if len(infos) > XLSX_MAX_PARTS:
                raise UnreadableFile(T("{file} is not a normal Excel workbook ({reason}); it is not read."),
                                     file=p.name, reason=f"{len(infos)} parts")
            total = sum(i.file_size for i in infos)
            if total > XLSX_MAX_UNCOMPRESSED:
                raise UnreadableFile(T("{file} is not a normal Excel workbook ({reason}); it is not read."),
                                     file=p.name, reason=f"{total // (1024 * 1024)} MB when unpacked")
            for i in infos:
                if i.file_size > 1024 * 1024 and i.file_size > XLSX_MAX_RATIO * max(i.compress_size, 1):
                    raise UnreadableFile(
                        T("{file} is not a normal Excel workbook ({reason}); it is not read."),
                        file=p.name, reason=f"{i.filename} packed {i.file_size // max(i.compress_size, 1)}:1")
                if i.filename.lower().endswith((".xml", ".rels", ".vml")) and i.file_size:
                    with zf.open(i) as fh:
                        head = fh.read(4096).lower()
                    if b"<!doctype" in head or b"<!entity" in head:
                        raise UnreadableFile(
                            T("{file} is not a normal Excel workbook ({reason}); it is not read."),
                            file=p.name, reason=f"{i.filename} declares a DTD or entities")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, NotImplementedError,
            RuntimeError, ValueError, zlib_error) as exc:
        raise UnreadableFile(T("{file} is not a readable Excel workbook ({reason})."), file=p.name,
                             reason=_reason(exc)) from None


def open_workbook(data: bytes | Path, p: Path):
    """An openpyxl read-only workbook (UnreadableFile when it cannot be opened)."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    # a path is opened here (openpyxl judges a path by its extension, the content decides here)
    fh = io.BytesIO(data) if isinstance(data, bytes) else open(data, "rb")
    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, TypeError,
            IndexError, AttributeError, EOFError, LookupError, zlib_error) as exc:
        fh.close()
        raise UnreadableFile(T("{file} is not a readable Excel workbook ({reason})."), file=p.name,
                             reason=_reason(exc)) from None
    wb._ardesk_file = fh        # closed by close_workbook
    return wb


def close_workbook(wb) -> None:
    wb.close()
    fh = getattr(wb, "_ardesk_file", None)
    if fh is not None:
        fh.close()


# openpyxl reports damaged sheet XML with many exception types (xml ParseError is a SyntaxError);
# all mean the same to the user
XLSX_SHEET_ERRORS = (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError,
                     EOFError, OSError, SyntaxError, zlib_error)


def damaged(p: Path, exc: BaseException) -> UnreadableFile:
    return UnreadableFile(T("{file} is damaged and cannot be read ({reason})."), file=p.name,
                          reason=_reason(exc))


def _read_xlsx(p: Path, data: bytes | Path, sha: str, sheet: str | int | None, header_row: int | None,
               extra: frozenset[str], build=_build) -> Table:
    check_xlsx_container(data, p)
    wb = open_workbook(data, p)
    try:
        names = list(wb.sheetnames)
        if not names:
            raise UnreadableFile(T("{file} has no worksheets."), file=p.name)
        order = _pick_sheets(names, sheet, p)

        def open_rows(i: int) -> Iterator[tuple]:
            ws = wb[names[i]]
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()          # some writers store a wrong sheet size
            return ws.iter_rows(values_only=True)

        try:
            return _first_table(p, names, order, sheet, header_row, extra, open_rows, build=build,
                                format="xlsx", sha256=sha)
        except XLSX_SHEET_ERRORS as exc:
            raise damaged(p, exc) from None
    finally:
        close_workbook(wb)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _read_xls(p: Path, data: bytes, sha: str, sheet: str | int | None, header_row: int | None,
              extra: frozenset[str]) -> Table:
    import xlrd

    try:
        # xlrd writes its warnings to stdout unless given a log file (stdout may carry JSON)
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
    except (xlrd.XLRDError, xlrd.compdoc.CompDocError, AssertionError, ValueError, IndexError,
            KeyError, TypeError, EOFError, OSError, struct.error) as exc:
        raise UnreadableFile(T("{file} is not a readable Excel 97-2003 workbook (it may be damaged "
                               "or password-protected): {reason}"), file=p.name,
                             reason=_reason(exc)) from None
    try:
        names = book.sheet_names()
        if not names:
            raise UnreadableFile(T("{file} has no worksheets."), file=p.name)
        order = _pick_sheets(names, sheet, p)

        def open_rows(i: int) -> Iterator[list[object]]:
            sh = book.sheet_by_index(i)
            return iter([_xls_row(sh, r, book.datemode) for r in range(sh.nrows)])

        try:
            return _first_table(p, names, order, sheet, header_row, extra, open_rows,
                                format="xls", sha256=sha)
        except (xlrd.XLRDError, AssertionError, ValueError, IndexError, KeyError, TypeError,
                EOFError, struct.error) as exc:
            raise UnreadableFile(T("{file} is damaged and cannot be read ({reason})."), file=p.name,
                                 reason=_reason(exc)) from None
    finally:
        book.release_resources()


def _xls_row(sh, r: int, datemode: int) -> list[object]:
    import xlrd

    out: list[object] = []
    for c in sh.row(r):
        t = c.ctype
        if t == xlrd.XL_CELL_DATE:
            try:
                out.append(xlrd.xldate_as_datetime(c.value, datemode))
            except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                out.append(c.value)
        elif t == xlrd.XL_CELL_NUMBER:
            v = c.value
            out.append(int(v) if v.is_integer() and abs(v) < 1e15 else v)
        elif t == xlrd.XL_CELL_BOOLEAN:
            out.append(bool(c.value))
        elif t == xlrd.XL_CELL_ERROR:
            out.append(xlrd.error_text_from_code.get(c.value, "#ERR"))
        elif t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            out.append("")
        else:
            out.append(c.value)
    return out
