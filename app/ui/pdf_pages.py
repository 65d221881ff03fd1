"""PDF pages as images, for on-screen previews and for printing through Qt.

The letters and statements are PDFs made with reportlab. Showing them in the window (the
template editor's live preview) and printing them through the Qt print dialog (with its print
preview) needs the pages as pixels: pdfium renders them, so what is seen and printed is exactly
the PDF that is stored and mailed — there is no second drawing of the letter.
"""

from __future__ import annotations

import threading
from typing import Iterable, Iterator

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

POINTS_PER_INCH = 72.0
# pdfium is not thread-safe (nor is reportlab's font state): every call into it, from any
# thread, holds this lock; a worker rendering a letter and its pages holds it for the whole job
RENDER_LOCK = threading.RLock()


class PdfPagesError(Exception):
    """The PDF cannot be rendered (damaged or not a PDF)."""


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium
    with RENDER_LOCK:
        try:
            doc = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise PdfPagesError(str(exc)) from None
        try:
            return len(doc)
        finally:
            doc.close()


def page_images(pdf: bytes, dpi: float = 96.0, *, first: int = 0, last: int | None = None
                ) -> Iterator[QImage]:
    """Each page of ``pdf`` (bytes) from ``first`` to ``last`` (inclusive, 0-based) as an opaque
    RGB QImage at ``dpi``. The images own their pixels (safe after the document is closed)."""
    import pypdfium2 as pdfium
    with RENDER_LOCK:
        try:
            doc = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError as exc:
            raise PdfPagesError(str(exc)) from None
        end = len(doc) - 1 if last is None else min(last, len(doc) - 1)
    try:
        for i in range(first, end + 1):
            with RENDER_LOCK:                      # not held while the caller uses the image
                image = _render(doc[i], dpi)
            yield image
    finally:
        with RENDER_LOCK:
            doc.close()


def _render(page, dpi: float) -> QImage:
    try:
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                             fill_color=(255, 255, 255, 255))
        try:
            fmt = (QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                   else QImage.Format.Format_RGBX8888)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
            image = image.copy()          # own the pixels before pdfium frees them
        finally:
            bitmap.close()
    finally:
        page.close()
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image


def paint_pdfs(printer, pdfs: Iterable[bytes], *, dpi: float | None = None,
               should_stop=lambda: False, on_page=lambda n: None) -> int:
    """Paint every page of every PDF in ``pdfs`` on ``printer`` (a QPrinter, or any
    QPagedPaintDevice), one sheet per page, each fitted into the printable area keeping its
    proportions. Renders at the printer's resolution (at most 300 dpi). Returns the pages
    painted; ``on_page(n)`` after each; stops early (between pages) when ``should_stop()``
    turns true."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PdfPagesError("the printer cannot be opened")
    pages = 0
    try:
        res = dpi or min(float(printer.resolution()), 300.0)
        for pdf in pdfs:
            for image in page_images(pdf, res):
                if should_stop():
                    return pages
                if pages:
                    printer.newPage()
                area = QRectF(painter.viewport())
                size = image.size().toSizeF()
                size.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRectF(area.topLeft(), size)
                painter.drawImage(target, image)
                pages += 1
                on_page(pages)
    finally:
        painter.end()
    return pages


def preview_dialog(parent: QWidget | None, pdfs: list[bytes], title: str):
    """A QPrintPreviewDialog showing every page of ``pdfs`` in order, ready to ``exec()``;
    its Print button opens the system print dialog and prints the same pages."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrinter
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)                      # the PDFs carry their own margins
    dlg = QPrintPreviewDialog(printer, parent)
    dlg.setWindowTitle(title)
    dlg.printer_ = printer                         # keep it alive with the dialog

    total = sum(page_count(pdf) for pdf in pdfs)

    def paint(p) -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog
        bar = None
        if total > 8:                       # ~0.1 s a page: show progress, allow stopping
            bar = QProgressDialog(QApplication.translate("PdfPages", "Preparing {count} page(s)…")
                                  .format(count=total),
                                  QApplication.translate("PdfPages", "Stop"), 0, total, dlg)
            bar.setWindowModality(Qt.WindowModality.WindowModal)
            bar.setMinimumDuration(300)

        def step(n: int) -> None:
            if bar is not None:
                bar.setValue(n)
                QApplication.processEvents()

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dlg.pages_painted = paint_pdfs(p, pdfs, dpi=min(float(p.resolution()), 200.0), on_page=step,
                                           should_stop=lambda: bar is not None and bar.wasCanceled())
        finally:
            QGuiApplication.restoreOverrideCursor()
            if bar is not None:
                bar.close()

    dlg.paintRequested.connect(paint)
    return dlg


def print_with_preview(parent: QWidget | None, pdfs: list[bytes], title: str) -> bool:
    """The Qt print preview for ``pdfs``; returns whether the user printed."""
    dlg = preview_dialog(parent, pdfs, title)
    return bool(dlg.exec())
