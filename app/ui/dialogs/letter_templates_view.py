"""Pieces of the letter templates editor: the syntax colouring of a template, the letter preview
(the PDF's pages as images, fitted to the width) and the e-mail preview.

    TemplateHighlighter(document, mail=False)   # sections, placeholders, comments; errors in red
    PagesView()                                 # .set_images([QImage]) · .render_dpi()
    MailPreview()                               # .show_mail(subject, body, attachment)
    render_pages(text, template, language, data, dpi) -> (problems, pdf, [QImage])   # a worker
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPalette, QPixmap, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import (QFrame, QLabel, QPlainTextEdit, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from ...services.letters.templates import MAIL_SECTIONS, PLACEHOLDERS, SECTIONS, scan_line

_SECTION = re.compile(r"^\s*\[([^\]]*)\]\s*$")
A4_WIDTH_INCH = 210 / 25.4
PAGE_GAP = 12


def render_pages(text: str, template: str, language: str, data, dpi: float):
    """Worker side of the live preview: the letter printed with ``text`` and its pages as
    images at ``dpi`` — or the text's problems (then no PDF and no images)."""
    from ...services.letters.pdf import preview_template
    from ..pdf_pages import RENDER_LOCK, page_images

    # one rendering at a time (a newer one waits; LatestLoad drops the older result)
    with RENDER_LOCK:
        problems, pdf = preview_template(text, template, language, data)
        return problems, pdf, list(page_images(pdf, dpi)) if pdf is not None else []


def _fmt(colour: str | None = None, *, bold: bool = False, italic: bool = False,
         wave: str | None = None) -> QTextCharFormat:
    f = QTextCharFormat()
    if colour:
        f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    if wave:
        f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        f.setUnderlineColor(QColor(wave))
    return f


class TemplateHighlighter(QSyntaxHighlighter):
    """Section headers bold, known placeholders coloured, comments grey; an unknown section,
    an unknown or broken placeholder and a lone brace red with a wavy underline."""

    def __init__(self, document, *, mail: bool = False) -> None:
        super().__init__(document)
        self.sections = MAIL_SECTIONS if mail else SECTIONS
        self.known = frozenset(PLACEHOLDERS)
        self.f_section = _fmt("#1f4e8c", bold=True)
        self.f_field = _fmt("#00796b", bold=True)
        self.f_comment = _fmt("#8a8a8a", italic=True)
        self.f_error = _fmt("#c62828", bold=True, wave="#c62828")

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text.lstrip().startswith("#"):
            self.setFormat(0, len(text), self.f_comment)
            return
        m = _SECTION.match(text)
        if m:
            ok = m.group(1).strip().lower() in self.sections
            self.setFormat(0, len(text), self.f_section if ok else self.f_error)
            return
        for start, end, kind in scan_line(text, self.known):
            self.setFormat(start, end - start, self.f_field if kind == "field" else self.f_error)


class PagesView(QScrollArea):
    """The pages of a PDF one under the other, each as wide as the view (fit to width).
    ``widthChanged`` asks for a sharper rendering after the view was resized."""

    widthChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QWidget()
        inner.setAutoFillBackground(True)
        pal = inner.palette()
        pal.setColor(QPalette.ColorRole.Window, QColor("#8d939a"))
        inner.setPalette(pal)
        self._layout = QVBoxLayout(inner)
        self._layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self._layout.setSpacing(PAGE_GAP)
        self._layout.addStretch(1)
        self.setWidget(inner)
        self.images: list[QImage] = []
        self.labels: list[QLabel] = []
        self._last_width = 0

    def page_width(self) -> int:
        return max(120, self.viewport().width() - 2 * PAGE_GAP)

    def render_dpi(self) -> float:
        """The resolution at which an A4 page fills the view's width (sharp on HiDPI screens)."""
        px = self.page_width() * self.devicePixelRatioF()
        return max(40.0, min(300.0, px / A4_WIDTH_INCH))

    def set_images(self, images: list[QImage]) -> None:
        self.images = list(images)
        while len(self.labels) < len(self.images):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._layout.insertWidget(len(self.labels), label)
            self.labels.append(label)
        while len(self.labels) > len(self.images):
            self.labels.pop().deleteLater()
        self._fit()

    def _fit(self) -> None:
        width = self.page_width()
        dpr = self.devicePixelRatioF()
        for label, image in zip(self.labels, self.images):
            if image.width() <= 0:
                continue
            height = round(image.height() * width / image.width())
            pix = QPixmap.fromImage(image).scaled(QSize(round(width * dpr), round(height * dpr)),
                                                  Qt.AspectRatioMode.IgnoreAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation)
            pix.setDevicePixelRatio(dpr)
            label.setPixmap(pix)
            label.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.viewport().width() != self._last_width:
            self._last_width = self.viewport().width()
            self._fit()
            self.widthChanged.emit()


class MailPreview(QFrame):
    """The e-mail as the customer receives it: subject, body, the attached letter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        self.subject = QLabel()
        self.subject.setObjectName("mail_preview_subject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = self.subject.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.subject.setFont(f)
        self.attachment = QLabel()
        self.attachment.setObjectName("mail_preview_attachment")
        self.attachment.setStyleSheet("color: palette(mid);")
        self.body = QPlainTextEdit()
        self.body.setObjectName("mail_preview_body")
        self.body.setReadOnly(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        lay.addWidget(self.subject)
        lay.addWidget(self.attachment)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)
        lay.addWidget(self.body, 1)

    def show_mail(self, subject: str, body: str, attachment: str) -> None:
        self.subject.setText(subject)
        self.attachment.setText(attachment)
        self.body.setPlainText(body)
