"""PDF pages rendered to images and painted on a paged device (what printing does)."""

import io

import pytest
from PySide6.QtGui import QPdfWriter, QColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.ui.pdf_pages import PdfPagesError, page_count, page_images, paint_pdfs


def _pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for i in range(pages):
        c.setFillColorRGB(0, 0, 0)
        c.rect(0, A4[1] - 100, 100, 100, fill=1, stroke=0)   # a black square, top left
        c.drawString(200, 400, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pages_render_at_the_asked_resolution(qapp):
    images = list(page_images(_pdf(3), dpi=72))
    assert len(images) == 3
    w, h = images[0].width(), images[0].height()
    assert abs(w - A4[0]) <= 1 and abs(h - A4[1]) <= 1            # 1 px = 1 pt at 72 dpi
    assert QColor(images[0].pixel(10, 10)) == QColor(0, 0, 0)          # the square
    assert QColor(images[0].pixel(w - 10, h - 10)) == QColor(255, 255, 255)  # paper, not transparent


def test_a_range_of_pages(qapp):
    assert len(list(page_images(_pdf(5), dpi=20, first=1, last=2))) == 2
    assert page_count(_pdf(4)) == 4


def test_not_a_pdf_is_a_clean_error(qapp):
    with pytest.raises(PdfPagesError):
        page_count(b"%PDF-1.4 broken")
    with pytest.raises(PdfPagesError):
        list(page_images(b"hello"))


def test_every_page_of_every_pdf_is_printed_in_order(qapp, tmp_path):
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setResolution(60)
    assert paint_pdfs(writer, [_pdf(2), _pdf(3)]) == 5
    assert page_count(out.read_bytes()) == 5


def test_printing_stops_when_cancelled(qapp, tmp_path):
    writer = QPdfWriter(str(tmp_path / "p.pdf"))
    writer.setResolution(60)
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 2

    assert paint_pdfs(writer, [_pdf(5)], should_stop=stop) == 2


def _printer(path):
    from PySide6.QtPrintSupport import QPrinter
    p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    p.setOutputFileName(str(path))
    return p


def test_preview_of_many_pages_shows_progress_and_can_be_stopped(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    from app.ui.pdf_pages import preview_dialog

    seen = []
    real = QProgressDialog.setValue
    monkeypatch.setattr(QProgressDialog, "setValue", lambda self, v: (seen.append(v), real(self, v)))
    dlg = preview_dialog(None, [_pdf(1)] * 10, "ten")
    dlg.paintRequested.emit(_printer(tmp_path / "a.pdf"))
    assert dlg.pages_painted == 10 and seen[-1] == 10
    assert page_count((tmp_path / "a.pdf").read_bytes()) == 10

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: len(seen) >= 13)
    dlg.paintRequested.emit(_printer(tmp_path / "b.pdf"))
    assert dlg.pages_painted == 3                     # stopped after the third page
