"""Item 9: names and texts with & < > " ', right-to-left marks, emoji, 50-character words and
very long addresses in every PDF ARDesk writes (the aging report; dunning letters will join
``PDF_WRITERS``): no crash, no markup injection, nothing cut off."""

from __future__ import annotations

import base64
import re
import zlib
from datetime import date

import pytest

from app import cli
from app.services import exports
from hostile_company import HOSTILE, make_company


def _pdf_text(path) -> str:
    """The Latin text drawn on the pages: every string shown by Tj/TJ in the (deflated) content
    streams, joined (enough to see that a text is printed whole and as written)."""
    data = path.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\s*endstream", data, re.S):
        raw = m.group(1).strip()
        if raw.endswith(b"~>"):                              # reportlab: ASCII85 then Flate
            try:
                raw = base64.a85decode(raw[:-2].replace(b"\n", b""), adobe=False)
            except ValueError:
                continue
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.finditer(rb"\((?:[^()\\]|\\.)*\)", raw):
            body = s.group(0)[1:-1]
            body = re.sub(rb"\\([()\\])", rb"\1", body)
            out.append(body.decode("latin-1"))
    return "".join(out)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    return make_company(tmp_path_factory.mktemp("pdf") / "h.db")


def _aging_pdf(db, out):
    assert cli.main(["--db", str(db), "--as-of", "2026-11-23", "aging", "--pdf", str(out)]) == 0
    return out


def _statement_letters_pdf(db, out):
    from app import cli as cli_mod
    sub = next(a for a in cli_mod.build_parser()._actions if a.dest == "command")
    if "letters" not in sub.choices:
        pytest.skip("no letters command yet")
    for lang in ("en", "zh"):
        assert cli.main(["--db", str(db), "--as-of", "2026-11-23", "letters", "statement", "--all",
                         "--language", lang, "--pdf", str(out)]) == 0
    return out


# every PDF the app writes: name -> fn(db, out path) -> written path (dunning letters: add here)
PDF_WRITERS = {"aging report": _aging_pdf, "statement of account letters": _statement_letters_pdf}


@pytest.mark.parametrize("writer", sorted(PDF_WRITERS))
def test_every_pdf_survives_hostile_texts(hostile_db, tmp_path, writer):
    out = PDF_WRITERS[writer](hostile_db, tmp_path / f"{writer}.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    text = _pdf_text(out)
    assert "A & B <Ltd>" in text                           # a customer name, printed as written


def _report(rows) -> exports.PdfReport:
    cols = [exports.ExportColumn("Code", width=0.5), exports.ExportColumn("Name & <Address>", width=3),
            exports.ExportColumn("Note")]
    return exports.PdfReport("Report <i>&</i>", "Company & <Co> \u202eevil", date(2026, 11, 23),
                             facts=[("A & B", "<b>1</b>")],
                             tables=[exports.ExportTable("Hostile <table>", cols, rows,
                                                         notes=["note <with> & markup"])])


def test_pdf_writer_prints_markup_as_text_and_never_crashes(tmp_path):
    rows = [[f"H{k}", h, h] for k, h in enumerate(HOSTILE)]
    out = exports.write_pdf(tmp_path / "t.pdf", _report(rows))
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdf_text(out)
    assert "A & B <Ltd>" in text.replace("\n", " ")
    assert "<b>bold</b>" in text                           # shown, not interpreted


def test_long_words_and_addresses_are_wrapped_not_cut(tmp_path):
    word = "W" * 50 + "END"
    address = " ".join(f"Street{k}" for k in range(400)) + " LASTWORD"   # taller than a page
    rows = [["A", word, word], ["B", address, "x"]]
    out = exports.write_pdf(tmp_path / "w.pdf", _report(rows))
    text = _pdf_text(out).replace("\n", "")
    assert "END" in text and "LASTWORD" in text
    assert text.count("W") >= 100
