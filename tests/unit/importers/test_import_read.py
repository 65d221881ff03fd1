"""Reading files: encodings, delimiters, header rows, Excel formats, and every bad input."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from app.errors import UserError
from app.services.importers import UnreadableFile, read_table

DATA = Path(__file__).resolve().parents[2] / "data"

HEADER = "发票号码,客户编号,开票日期,金额\n"
BODY = "INV-1,C1,2026-11-23,\"1,234.56\"\nINV-2,北京甲公司,2026-11-24,99\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gbk", "gb18030"), ("gb18030", "gb18030"),
    ("utf-16", "utf-16"),
])
def test_encodings(tmp_path, encoding, expected):
    p = write(tmp_path, "i.csv", (HEADER + BODY).encode(encoding))
    t = read_table(p)
    assert t.encoding == expected
    assert t.headers == ["发票号码", "客户编号", "开票日期", "金额"]
    assert t.rows[1][1] == "北京甲公司"
    assert t.rows[0][3] == "1,234.56"


def test_utf16_without_bom(tmp_path):
    p = write(tmp_path, "i.csv", "number,customer,date,amount\nA,C1,2026-11-23,5\n".encode("utf-16-le"))
    t = read_table(p)
    assert t.encoding == "utf-16-le" and t.rows == [["A", "C1", "2026-11-23", "5"]]


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_delimiters_with_quotes(tmp_path, delim):
    text = delim.join(["Invoice number", "Customer", "Issue date", "Amount"]) + "\n"
    text += delim.join(['"A;1,\tx"', "C1", "2026-11-23", '"1.234,56"']) + "\n"
    t = read_table(write(tmp_path, "i.csv", text.encode()))
    assert t.delimiter == delim
    assert t.rows == [["A;1,\tx", "C1", "2026-11-23", "1.234,56"]]


def test_title_rows_blank_lines_trimming_and_row_numbers(tmp_path):
    text = ("应收账款明细表,,,\n"
            "导出日期：2026-11-23,,,\n"
            "\n"
            "  发票号码 , 客户编号 ,开票日期,金额\n"
            "  INV-1 ,C1, 2026-11-23 ,5\n"
            ",,,\n"
            "\n"
            "INV-2,C1,2026-11-23,\"multi\nline\"\n"
            "INV-3,C1,2026-11-23,7\n")
    t = read_table(write(tmp_path, "i.csv", text.encode()))
    assert t.header_row == 4
    assert t.headers == ["发票号码", "客户编号", "开票日期", "金额"]
    assert t.rows[0] == ["INV-1", "C1", "2026-11-23", "5"]
    assert t.row_numbers == [5, 8, 9]      # as Excel numbers them (a quoted line break stays one row)


def test_short_rows_are_padded(tmp_path):
    t = read_table(write(tmp_path, "i.csv", "发票号码,客户编号,开票日期,金额\nA,C1\n".encode()))
    assert t.rows == [["A", "C1", "", ""]]


def test_explicit_header_row_and_profile_headers(tmp_path):
    text = "Beleg,Kunde,Datum,Betrag\nA,C1,23.11.2026,\"1,50\"\n"
    p = write(tmp_path, "i.csv", text.encode())
    with pytest.raises(UnreadableFile, match="no header row"):
        read_table(p)
    assert read_table(p, header_row=1).headers == ["Beleg", "Kunde", "Datum", "Betrag"]
    t = read_table(p, extra_headers=["Beleg", "Betrag"])
    assert t.header_row == 1 and t.rows[0][3] == "1,50"


# ----------------------------------------------------------------------------- Excel

def make_xlsx(path: Path, rows: list[list], sheet: str = "Sheet1", first_sheet: str | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if first_sheet:
        ws.title = first_sheet
        ws["A1"] = "notes only"
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_xlsx_with_date_and_numeric_cells(tmp_path):
    p = make_xlsx(tmp_path / "i.xlsx", [
        ["ACME 2026 应收"], [],
        ["发票号码", "客户编号", "开票日期", "到期日", "价税合计"],
        [1001, "C1", datetime(2026, 11, 23), date(2026, 12, 23), 1234.56],
        ["INV-2", " C1 ", 46349, None, 7],
    ], first_sheet="说明")
    t = read_table(p)
    assert (t.format, t.sheet, t.sheets, t.header_row) == ("xlsx", "Sheet1", ["说明", "Sheet1"], 3)
    assert t.rows[0] == [1001, "C1", datetime(2026, 11, 23), datetime(2026, 12, 23), 1234.56]
    assert t.rows[1] == ["INV-2", "C1", 46349, "", 7]
    assert t.row_numbers == [4, 5]
    assert read_table(p, sheet="sheet1").sheet == "Sheet1"
    assert read_table(p, sheet=1).sheet == "Sheet1"


def test_xlsx_wrong_sheet_and_sheet_without_header(tmp_path):
    p = make_xlsx(tmp_path / "i.xlsx", [["发票号码", "金额"], ["A", 1]], first_sheet="说明")
    with pytest.raises(UnreadableFile, match="no sheet Nope; its sheets are: 说明, Sheet1"):
        read_table(p, sheet="Nope")
    with pytest.raises(UnreadableFile, match="sheet 说明"):
        read_table(p, sheet="说明")
    with pytest.raises(UnreadableFile):
        read_table(p, sheet=7)


def test_legacy_xls_fixture():
    t = read_table(DATA / "invoices_legacy.xls")
    assert (t.format, t.sheet, t.header_row) == ("xls", "发票", 2)
    assert t.headers[:6] == ["发票号码", "客户编号", "开票日期", "到期日", "币种", "价税合计"]
    assert t.rows[0][:6] == ["X-001", "C1", datetime(2026, 11, 1), datetime(2026, 12, 1), "CNY", 1234.56]
    assert t.rows[1][0] == 10002 and t.rows[1][3] == ""
    assert t.rows[3][5] == -50.25
    assert t.row_numbers == [3, 4, 5, 6]


@pytest.mark.parametrize("keep", [64, 448, 1100, 3000, 4672, 5000])
def test_truncated_xls_is_a_clear_error(tmp_path, keep, capsys):
    data = (DATA / "invoices_legacy.xls").read_bytes()
    p = tmp_path / "cut.xls"
    p.write_bytes(data[:keep])
    with pytest.raises(UserError) as ei:
        read_table(p)
    assert "cut.xls" in str(ei.value)
    assert capsys.readouterr().out == ""     # nothing leaks onto stdout


def test_format_comes_from_content_not_extension(tmp_path):
    p = make_xlsx(tmp_path / "really-xlsx.csv", [["发票号码", "金额"], ["A", 1]])
    assert read_table(p).format == "xlsx"
    q = write(tmp_path, "text.xlsx", (HEADER + BODY).encode())
    assert read_table(q).format == "csv"


# ----------------------------------------------------------------------------- bad inputs

def bad_zip(tmp_path: Path) -> Path:
    p = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "not a workbook")
    return p


def truncated_xlsx(tmp_path: Path) -> Path:
    good = make_xlsx(tmp_path / "good.xlsx", [["发票号码", "金额"]] + [[f"A{i}", i] for i in range(500)])
    data = good.read_bytes()
    return write(tmp_path, "cut.xlsx", data[: len(data) // 2])


def damaged_sheet_xml(tmp_path: Path) -> Path:
    good = make_xlsx(tmp_path / "good.xlsx", [["发票号码", "金额"], ["A", 1]])
    out = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    return out


@pytest.mark.parametrize("make,message", [
    (lambda t: t / "missing.csv", "does not exist"),
    (lambda t: t, "is a folder"),
    (lambda t: write(t, "empty.csv", b""), "is empty"),
    (lambda t: write(t, "blank.csv", b"\r\n\r\n  \n"), "is empty"),
    (lambda t: write(t, "commas.csv", b",,,\n,,\n"), "contains no data"),
    (lambda t: write(t, "garbage.bin", bytes(range(256)) * 40), "binary"),
    (lambda t: write(t, "png.csv", b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\xff" * 500), "binary"),
    (lambda t: write(t, "noheader.csv", b"a,b,c\n1,2,3\n"), "no header row"),
    (lambda t: write(t, "fake.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), "Excel 97-2003"),
    (bad_zip, "not a readable Excel workbook"),
    (truncated_xlsx, "Excel workbook"),
    (damaged_sheet_xml, "damaged"),
])
def test_unreadable_inputs_are_user_errors_naming_the_file(tmp_path, make, message):
    p = make(tmp_path)
    with pytest.raises(UserError) as e:
        read_table(p)
    assert message in str(e.value)
    assert p.name in str(e.value)
