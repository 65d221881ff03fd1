"""Item 8: no CSV or XLSX cell ARDesk writes starts a live formula (= + - @, also after
leading spaces, tabs, line breaks or non-breaking/ideographic spaces)."""

from __future__ import annotations

import csv
import io
from datetime import date

import openpyxl
import pytest

import killharness
from app import cli
from app.services import exports
from app.services.importers.writing import safe_cell
from hostile_company import FORMULAS, HOSTILE, make_company

_BLANKS = " \t\r\n\u00a0\u3000"


def live_formula(cell: str) -> bool:
    """What a spreadsheet would run: first non-blank character is = + - or @, not quoted."""
    return cell.lstrip(_BLANKS)[:1] in ("=", "+", "-", "@") and not cell.startswith("'")


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
        return True
    except ValueError:
        return False


@pytest.mark.parametrize("text", FORMULAS)
def test_guards_quote_every_formula_start(text):
    for guard in (exports.neutralise, safe_cell):
        out = guard(text)
        assert not live_formula(out), (guard.__name__, text, out)
        assert out.endswith(text)                      # nothing else changes


@pytest.mark.parametrize("text", ["-12.50", "+3", "-1,234.56", "Acme", "", "  plain", "A=B"])
def test_guards_leave_plain_text_and_numbers(text):
    assert exports.neutralise(text) in (text, "'" + text)
    assert safe_cell(text) == text


def _table() -> exports.ExportTable:
    cols = [exports.ExportColumn(t) for t in ("=Name", " Note", "Plain")]
    return exports.ExportTable("T", cols, [[h, h, "x"] for h in HOSTILE], totals=[["@total", "-", "+"]],
                               notes=["=note"])


def test_export_csv_has_no_live_formula(tmp_path):
    path = exports.write_csv(tmp_path / "t.csv", _table())
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    cells = [c for r in rows for c in r]
    assert len(rows) == 2 + len(HOSTILE)
    assert not [c for c in cells if live_formula(c)]
    assert not [c for c in csv.reader(io.StringIO(exports.csv_text(_table()))) for c in c if live_formula(c)]


def _xlsx_cells(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                yield c


def test_export_xlsx_stores_text_as_text_and_quotes_formula_starts(tmp_path):
    path = exports.write_xlsx(tmp_path / "t.xlsx", [_table()])
    seen = 0
    for c in _xlsx_cells(path):
        assert c.data_type != "f", c.coordinate
        if isinstance(c.value, str) and c.value.lstrip(_BLANKS)[:1] in "=+-@" and c.value.strip():
            assert c.quotePrefix, (c.coordinate, c.value)   # stays text even when edited in Excel
            seen += 1
    assert seen >= len(FORMULAS)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    return make_company(tmp_path_factory.mktemp("formula") / "h.db")


def test_aging_exports_from_the_cli(hostile_db, tmp_path):
    out_csv, out_xlsx = tmp_path / "a.csv", tmp_path / "a.xlsx"
    assert cli.main(["--db", str(hostile_db), "--as-of", "2026-11-23", "aging", "--csv", str(out_csv)]) == 0
    assert cli.main(["--db", str(hostile_db), "--as-of", "2026-11-23", "aging", "--xlsx", str(out_xlsx)]) == 0
    cells = [c for r in csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))) for c in r]
    assert not [c for c in cells if live_formula(c) and not _is_number(c)]
    assert any(c.startswith("'") for c in cells)        # the hostile names are there, quoted
    for c in _xlsx_cells(out_xlsx):
        assert c.data_type != "f"
        if isinstance(c.value, str) and c.value.lstrip(_BLANKS)[:1] in "=+-@" and c.value.strip():
            assert c.quotePrefix, c.value


def test_rejected_rows_file_has_no_live_formula(hostile_db, tmp_path):
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["number", "customer_code", "issue_date", "due_date", "currency", "amount"])
        for k, h in enumerate(FORMULAS):
            w.writerow([h, h, "2026-01-05", h, "CNY", h])
    rej = tmp_path / "rejected.csv"
    rc = cli.main(["--db", str(hostile_db), "import", "invoices", str(bad), "--rejected", str(rej)])
    assert rc == cli.EXIT_USER
    cells = [c for r in csv.reader(io.StringIO(rej.read_text(encoding="utf-8-sig"))) for c in r]
    assert len(cells) > len(FORMULAS)
    assert not [c for c in cells if live_formula(c) and not _is_number(c)]
