"""Hostile and broken input (issue 8, items 6 and 7).

Every importer gets random bytes, mutations of a valid file (overwrite, insert, delete,
truncate), wrong encodings and huge fields: the only acceptable failure is a ``UserError``,
and a failed import writes nothing. XML bombs and XLSX zip bombs are refused before anything
is expanded (bounded memory: the checks read the ZIP directory and a few KB per part)."""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import killharness
from app.errors import UserError
from app.services.importers import import_file, read_table
from app.services.statements.store import read_statement_file
from app.storage.db import Database

sys.path.insert(0, str(killharness.ROOT / "tests" / "unit" / "statements"))
from statement_fuzz import apply_edits, edits_for  # noqa: E402  (the shared file-mutation helper)

AS_OF = date(2026, 11, 23)
FUZZ = settings(max_examples=25, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

VALID_CSV = ("number,customer_code,issue_date,due_date,currency,amount\r\n"
             "INV-1,C00000,2026-01-05,2026-02-04,CNY,\"1,234.56\"\r\n"
             "INV-2,C00001,05.01.2026,,CNY,(12.30)\r\n"
             "发票-3,C00002,2026年1月5日,2026/02/04,USD,¥99\r\n").encode("utf-8-sig")


def _valid_xlsx() -> bytes:
    import openpyxl
    from datetime import datetime
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = datetime(2026, 11, 23, 9, 0)   # same bytes every run
    ws = wb.active
    ws.append(["number", "customer_code", "issue_date", "due_date", "currency", "amount"])
    ws.append(["INV-1", "C00000", date(2026, 1, 5), date(2026, 2, 4), "CNY", 1234.56])
    ws.append(["INV-2", "C00001", 46027, None, "CNY", "12.30"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


VALID_XLSX = _valid_xlsx()
VALID_XLS = (killharness.ROOT / "tests" / "data" / "invoices_legacy.xls").read_bytes()


@pytest.fixture(scope="module")
def company(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    db = Database.open(folder / "h.db", create=True)
    import_file(db, "customers", killharness.write_customers_csv(folder / "c.csv", 5), as_of=AS_OF)
    yield db, folder
    db.close()


def _attempt(company, data: bytes, name: str, kinds=("invoices", "customers", "payments")) -> None:
    """Import ``data`` as each kind: a UserError and no change, or a complete import."""
    db, folder = company
    path = folder / name
    path.write_bytes(data)
    for kind in kinds:
        before = killharness.fingerprint(db.path)
        try:
            import_file(db, kind, path, as_of=AS_OF, only_valid=True)
        except UserError as exc:
            assert str(exc)
            assert killharness.fingerprint(db.path) == before, f"{kind}: partial write on {exc}"


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_as_a_spreadsheet(company, data):
    _attempt(company, data, "random.csv")


@FUZZ
@given(edits_for(VALID_CSV), st.sampled_from(["utf-8", "gb18030", "utf-16", "latin-1", "cp1252"]))
def test_mutated_csv_in_any_encoding(company, edits, encoding):
    text = VALID_CSV.decode("utf-8-sig")
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode(encoding, errors="replace")
    _attempt(company, apply_edits(data, edits), "mutated.csv")


@FUZZ
@given(edits_for(VALID_XLSX))
def test_mutated_xlsx(company, edits):
    _attempt(company, apply_edits(VALID_XLSX, edits), "mutated.xlsx", kinds=("invoices",))


@pytest.mark.parametrize("pos", [749, 750, 774, 778])
def test_xlsx_with_a_damaged_deflate_stream(company, pos):
    """Found by the fuzzer: a damaged deflate stream inside a part raised zlib.error from openpyxl."""
    _attempt(company, apply_edits(VALID_XLSX, [(pos, 0, b"\x01\x02")]), "deflate.xlsx", kinds=("invoices",))


@pytest.mark.parametrize("cut", [1, 10, 100, 1000, 3000])
def test_truncated_workbooks(company, cut):
    _attempt(company, VALID_XLSX[:cut], "cut.xlsx", kinds=("invoices",))
    _attempt(company, VALID_XLS[:cut], "cut.xls", kinds=("invoices",))


def test_huge_fields_and_rows(company):
    big = "A" * 2_000_000
    rows = ["number,customer_code,issue_date,due_date,currency,amount",
            f"{big},C00000,2026-01-05,2026-02-04,CNY,1.00",
            f"INV-9,{big},2026-01-05,2026-02-04,CNY,1.00",
            "INV-10,C00000,2026-01-05,2026-02-04,CNY," + "9" * 5000,
            "INV-11,C00000," + "2026-01-05" * 1000 + ",,CNY,1.00",
            ",".join(["x"] * 100_000)]
    _attempt(company, "\n".join(rows).encode(), "huge.csv", kinds=("invoices",))
    _attempt(company, b'"' + b"never closed" * 100_000, "quote.csv", kinds=("invoices",))


# ------------------------------------------------------------------------ XLSX zip bombs

def _bomb(part: str, size: int, *, declared: int | None = None) -> bytes:
    """A valid XLSX whose ``part`` is replaced by ``size`` bytes of highly compressible XML."""
    src = zipfile.ZipFile(io.BytesIO(VALID_XLSX))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename == part:
                with out.open(part, "w", force_zip64=True) as fh:
                    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                    fh.write(head)
                    fh.write(b'<row>' + b"".join(b'<c t="inlineStr"><is><t>%s</t></is></c>' % h for h in (
                        b"number", b"customer_code", b"issue_date", b"due_date", b"currency", b"amount"))
                        + b"</row>")
                    chunk = b'<row><c t="inlineStr"><is><t>' + b"A" * 4000 + b"</t></is></c></row>"
                    for _ in range(size // len(chunk)):
                        fh.write(chunk)
                    fh.write(b"</sheetData></worksheet>")
            else:
                out.writestr(info, src.read(info.filename))
    return buf.getvalue()


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    return _bomb("xl/worksheets/sheet1.xml", 64 * 1024 * 1024)       # 64 MB of XML in < 1 MB


def test_xlsx_zip_bomb_is_refused_before_expanding(company, zip_bomb, tmp_path):
    assert len(zip_bomb) < 2 * 1024 * 1024
    p = tmp_path / "bomb.xlsx"
    p.write_bytes(zip_bomb)
    import tracemalloc
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match="not a normal Excel workbook"):
            read_table(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB while refusing a zip bomb"
    _attempt(company, zip_bomb, "bomb.xlsx", kinds=("invoices",))
    with pytest.raises(UserError):
        read_statement_file(p)                  # bank exports go through the same reader


def test_xlsx_declaring_more_than_the_limit_is_refused(tmp_path, monkeypatch):
    from app.services.importers import table as table_mod
    monkeypatch.setattr(table_mod, "XLSX_MAX_UNCOMPRESSED", 10_000)
    p = tmp_path / "big.xlsx"
    p.write_bytes(VALID_XLSX)
    with pytest.raises(UserError, match="MB when unpacked"):
        read_table(p)


@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/workbook.xml", "[Content_Types].xml"])
def test_xml_entities_inside_an_xlsx_are_refused(tmp_path, part):
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                      for i in range(1, 10))
           + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    src = zipfile.ZipFile(io.BytesIO(VALID_XLSX))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, lol if info.filename == part else src.read(info.filename))
        if part not in src.namelist():
            out.writestr(part, lol)
    p = tmp_path / "lol.xlsx"
    p.write_bytes(buf.getvalue())
    with pytest.raises(UserError):
        read_table(p)


# ------------------------------------------------------------------------ XML bombs (camt, OFX)

CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
LAUGHS = (b'<!DOCTYPE Document [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                     for i in range(1, 10)) + b"]>")
BOMBS = {
    "billion laughs": LAUGHS,
    "external entity": b'<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    "remote DTD": b'<!DOCTYPE Document SYSTEM "http://127.0.0.1:9/evil.dtd">',
    "parameter entity": b'<!DOCTYPE Document [<!ENTITY % p SYSTEM "http://127.0.0.1:9/p.dtd"> %p;]>',
    "quadratic blowup": b'<!DOCTYPE Document [<!ENTITY a "' + b"x" * 100_000 + b'">]>',
}


def _camt(doctype: bytes, ref: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n' + doctype
            + f'<Document xmlns="{CAMT_NS}"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr>'
              f'<Stmt><Id>S</Id><Acct><Id><IBAN>DE02100100100006820101</IBAN></Id></Acct>'
              f'<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-01-05</Dt>'
              f'</BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>'.encode() + ref
            + b"</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>")


def _ofx(doctype: bytes, ref: bytes) -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n<?OFX OFXHEADER="200" VERSION="220"?>\n' + doctype
            + b"<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><ACCTID>1</ACCTID>"
              b"</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260105</DTPOSTED>"
              b"<TRNAMT>1.00</TRNAMT><FITID>F1</FITID><MEMO>" + ref
            + b"</MEMO></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>")


@pytest.mark.parametrize("bomb", sorted(BOMBS))
@pytest.mark.parametrize("wrap", [_camt, _ofx], ids=["camt", "ofx"])
def test_xml_bombs_are_refused(tmp_path, bomb, wrap):
    ref = {"billion laughs": b"&lol9;", "external entity": b"&xxe;", "quadratic blowup": b"&a;" * 1000}.get(bomb, b"x")
    p = tmp_path / "bank.xml"
    p.write_bytes(wrap(BOMBS[bomb], ref))
    import tracemalloc
    tracemalloc.start()
    try:
        with pytest.raises(UserError) as ei:
            read_statement_file(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "passwd" not in str(ei.value) and "root:" not in str(ei.value)
    assert peak < 32 * 1024 * 1024


def test_the_unbombed_files_do_parse(tmp_path):
    """The bomb files differ from good ones only by the DTD (so the refusals above are the DTD's)."""
    for wrap in (_camt, _ofx):
        p = tmp_path / "ok.xml"
        p.write_bytes(wrap(b"", b"INV-1"))
        (st_,) = read_statement_file(p)
        assert st_.lines[0].amount_minor == 100
