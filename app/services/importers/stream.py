"""Reading a big CSV or XLSX file in parts, again and again, without holding it in memory.

``open_streamed`` (called by ``read_table(..., stream_above=N)``) returns None for a file of at
most N bytes or a legacy XLS (at most 65,536 rows: read whole as before). Otherwise it reads
the file once in 1 MB blocks: its SHA-256, and for CSV its encoding, chosen by the same rules as
``table.decode_text`` (the candidates are decoded incrementally over the whole file, so a byte
that is not UTF-8 at the very end still makes it GB18030). Then the header row is found as for
a loaded file and the first ``PREVIEW_ROWS`` data rows are kept for the preview. The returned
``Table`` has a ``source`` (``CsvSource`` / ``XlsxSource``) whose ``rows()`` reads every data
row again - row numbers, trimming and blank-row rules as for a loaded table - and fails with a
clear ``UnreadableFile`` if the file is no longer the one first read (size, modification time,
SHA-256), so the rows checked are the rows written.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ...i18n import T
from .table import (_OLE, _ZIP, CHUNK_ROWS, HEADER_SEARCH_ROWS, PREVIEW_ROWS, XLSX_SHEET_ERRORS, Table,
                    UnreadableFile, _find_header, _latin_rather_than_gbk, _looks_binary, _read_xlsx,
                    _sniff_delimiter, clean_rows, close_workbook, damaged, file_error, header_texts,
                    open_workbook)

BLOCK = 1 << 20
_HEAD_CHARS = 70_000          # decoded text kept from the start of the file (delimiter sniffing)


@dataclass(frozen=True)
class Stamp:
    """What identifies the file as read: size, modification time and SHA-256."""

    size: int
    mtime_ns: int
    sha256: str


def changed(p: Path) -> UnreadableFile:
    return UnreadableFile(T("{file} was changed while ARDesk was reading it; nothing was imported. "
                            "Check the file again."), file=p.name)


def _stat(p: Path) -> os.stat_result:
    try:
        if p.is_dir():
            raise UnreadableFile(T("{file} is a folder, not a file."), file=str(p))
        return p.stat()
    except OSError as exc:
        raise file_error(p, exc) from None


def _open(p: Path):
    """The file opened for reading; gone since it was first read: it changed."""
    try:
        return p.open("rb")
    except FileNotFoundError:
        raise changed(p) from None
    except OSError as exc:
        raise file_error(p, exc) from None


def _same_stat(p: Path, stamp: Stamp) -> None:
    try:
        st = p.stat()
    except OSError:
        raise changed(p) from None
    if st.st_size != stamp.size or st.st_mtime_ns != stamp.mtime_ns:
        raise changed(p)


def file_sha256(p: Path) -> str:
    h = hashlib.sha256()
    with _open(p) as f:
        while block := f.read(BLOCK):
            h.update(block)
    return h.hexdigest()


def open_streamed(p: Path, sheet: str | int | None, header_row: int | None, extra: frozenset[str],
                  stream_above: int, chunk_rows: int = CHUNK_ROWS) -> Table | None:
    st = _stat(p)
    if st.st_size <= stream_above:
        return None
    with _open(p) as f:
        magic = f.read(8)
    if magic.startswith(_OLE) or not magic.strip(b" \t\r\n\x00"):
        return None                    # XLS (small by nature) and empty files: the ordinary path
    if magic.startswith(_ZIP):
        table = _open_xlsx(p, st, sheet, header_row, extra)
    else:
        table = _open_csv(p, st, header_row, extra)
    table.chunk_rows = chunk_rows
    return table


# ----------------------------------------------------------------------------- CSV

def _candidates(first: bytes) -> tuple[list[str], bool]:
    """(encodings to try in order, whether the BOM / byte pattern fixed it) - as decode_text."""
    if first.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"], True
    if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"], True
    if len(first) >= 4 and first[1:2] == b"\x00" and first[3:4] == b"\x00" and first[0:1] != b"\x00":
        return ["utf-16-le"], True
    if len(first) >= 4 and first[0:1] == b"\x00" and first[2:3] == b"\x00" and first[1:2] != b"\x00":
        return ["utf-16-be"], True
    if _latin_rather_than_gbk(first):
        return ["utf-8", "cp1252", "latin-1"], False
    return ["utf-8", "gb18030"], False


def _scan_csv(p: Path) -> tuple[str, str, str]:
    """One pass over the bytes: (SHA-256, encoding, the first decoded characters)."""
    h = hashlib.sha256()
    with _open(p) as f:
        block = f.read(BLOCK)
        candidates, _fixed = _candidates(block)
        decoders = {e: codecs.getincrementaldecoder(e)("strict") for e in candidates}
        head = {e: [] for e in candidates}
        head_len = dict.fromkeys(candidates, 0)
        alive = list(candidates)
        while True:
            final = not block
            h.update(block)
            for e in list(alive):
                try:
                    text = decoders[e].decode(block, final)
                except UnicodeDecodeError:
                    alive.remove(e)
                    continue
                if head_len[e] < _HEAD_CHARS and text:
                    head[e].append(text[:_HEAD_CHARS])
                    head_len[e] += min(len(text), _HEAD_CHARS)
            if final:
                break
            block = f.read(BLOCK)
    for e in candidates:
        if e not in alive:
            continue
        text = "".join(head[e])[:_HEAD_CHARS]
        if _looks_binary(text):
            break
        return h.hexdigest(), e, text
    raise UnreadableFile(T("{file} is not a CSV or Excel file (it looks like binary data)."), file=p.name)


class CsvSource:
    """Reads the data rows of a CSV again: text decoded as it is read, bytes hashed on the way."""

    def __init__(self, p: Path, stamp: Stamp, encoding: str, delimiter: str, header_idx: int,
                 width: int) -> None:
        self.path, self.stamp, self.encoding, self.delimiter = p, stamp, encoding, delimiter
        self.header_idx, self.width = header_idx, width

    def records(self, f, h) -> Iterator[list[str]]:
        """Every CSV record of the open binary file ``f`` (hashing the bytes into ``h``)."""
        text = io.TextIOWrapper(io.BufferedReader(_Hashing(f, h), BLOCK), encoding=self.encoding,
                                newline="")
        lines = (line.replace("\x00", "") if "\x00" in line else line for line in text)
        try:
            yield from csv.reader(lines, delimiter=self.delimiter)
        except csv.Error as exc:
            raise UnreadableFile(T("{file} cannot be read as CSV: {reason}"), file=self.path.name,
                                 reason=str(exc)) from None
        except UnicodeDecodeError:
            raise changed(self.path) from None

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        _same_stat(self.path, self.stamp)
        h = hashlib.sha256()
        with _open(self.path) as f:
            records = self.records(f, h)
            for _ in range(self.header_idx + 1):
                if next(records, None) is None:
                    raise changed(self.path)
            yield from clean_rows(records, self.header_idx + 1, self.width)  # type: ignore[arg-type]
            f.read()                     # nothing may be left unhashed
        if h.hexdigest() != self.stamp.sha256:
            raise changed(self.path)


class _Hashing(io.RawIOBase):
    def __init__(self, f, h) -> None:
        self.f, self.h = f, h

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.f.read(len(b))
        n = len(data)
        b[:n] = data
        self.h.update(data)
        return n


def _open_csv(p: Path, st: os.stat_result, header_row: int | None, extra: frozenset[str]) -> Table:
    sha, enc, head_text = _scan_csv(p)
    delimiter = _sniff_delimiter(head_text.replace("\x00", ""), extra)
    stamp = Stamp(st.st_size, st.st_mtime_ns, sha)
    src = CsvSource(p, stamp, enc, delimiter, 0, 0)
    with _open(p) as f:
        records = src.records(f, hashlib.sha256())
        head: list[list[object]] = list(itertools.islice(records, HEADER_SEARCH_ROWS))  # type: ignore[arg-type]
        idx = _find_header(head, header_row, extra, p, "")
        headers = header_texts(head[idx])
        preview = list(itertools.islice(
            clean_rows(itertools.chain(head[idx + 1:], records), idx + 1, len(headers)), PREVIEW_ROWS))
    src.header_idx, src.width = idx, len(headers)
    return Table(path=p, headers=headers, rows=[c for _, c in preview], row_numbers=[n for n, _ in preview],
                 header_row=idx + 1, format="csv", sha256=sha, encoding=enc, delimiter=delimiter,
                 source=src)


# ----------------------------------------------------------------------------- XLSX

class XlsxSource:
    """Reads the data rows of one worksheet again (openpyxl read-only streams the sheet XML)."""

    def __init__(self, p: Path, stamp: Stamp, sheet: str, header_idx: int, width: int) -> None:
        self.path, self.stamp, self.sheet = p, stamp, sheet
        self.header_idx, self.width = header_idx, width

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        _same_stat(self.path, self.stamp)
        if file_sha256(self.path) != self.stamp.sha256:
            raise changed(self.path)
        wb = open_workbook(self.path, self.path)
        try:
            ws = wb[self.sheet]
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()
            it = ws.iter_rows(values_only=True)
            try:
                for _ in range(self.header_idx + 1):
                    next(it, None)
                yield from clean_rows(it, self.header_idx + 1, self.width)
            except XLSX_SHEET_ERRORS as exc:
                raise damaged(self.path, exc) from None
        finally:
            close_workbook(wb)
        _same_stat(self.path, self.stamp)


def _open_xlsx(p: Path, st: os.stat_result, sheet: str | int | None, header_row: int | None,
               extra: frozenset[str]) -> Table:
    sha = file_sha256(p)
    stamp = Stamp(st.st_size, st.st_mtime_ns, sha)

    def build(p: Path, rows, head, idx: int, **meta: object) -> Table:
        headers = header_texts(head[idx])
        preview = list(itertools.islice(
            clean_rows(itertools.chain(head[idx + 1:], rows), idx + 1, len(headers)), PREVIEW_ROWS))
        src = XlsxSource(p, stamp, str(meta["sheet"]), idx, len(headers))
        return Table(path=p, headers=headers, rows=[c for _, c in preview],
                     row_numbers=[n for n, _ in preview], header_row=idx + 1, source=src,
                     **meta)  # type: ignore[arg-type]

    return _read_xlsx(p, p, sha, sheet, header_row, extra, build=build)
