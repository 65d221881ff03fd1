"""A small image field: thumbnail, Choose… and Remove (the company logo, signature and seal).

    picker = ImagePicker(self.tr("Logo"), max_side=1200)
    picker.set_bytes(data_or_None); picker.bytes()      # PNG/JPEG bytes or None
    picker.changed                                      # Signal()

A chosen file is read with Qt, so anything Qt can open works (PNG, JPEG, BMP, GIF, WebP…); it
is stored as PNG (transparency kept: a seal prints over the signature) scaled down to
``max_side`` pixels on its longer side; with ``clear_white`` (the seal) a scan without
transparency gets its white paper made transparent. A file Qt cannot read is refused with a message naming it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget


def white_to_transparent(image: QImage, threshold: int = 235) -> QImage:
    """A scanned seal on white paper: near-white pixels become transparent, so the seal prints
    over the signature like a stamp."""
    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    buf = img.bits()
    raw = bytearray(buf)
    for i in range(0, len(raw), 4):              # B, G, R, A in memory (little-endian ARGB32)
        if raw[i] >= threshold and raw[i + 1] >= threshold and raw[i + 2] >= threshold:
            raw[i + 3] = 0
            raw[i] = raw[i + 1] = raw[i + 2] = 0
    out = QImage(bytes(raw), img.width(), img.height(), img.bytesPerLine(), QImage.Format.Format_ARGB32)
    return out.copy()                             # own the pixels (the bytes object goes away)


def image_to_png(image: QImage, max_side: int, *, clear_white: bool = False) -> bytes:
    if max(image.width(), image.height()) > max_side:
        image = image.scaled(max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if clear_white and not image.hasAlphaChannel():
        image = white_to_transparent(image)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


class ImagePicker(QWidget):
    changed = Signal()

    def __init__(self, what: str, *, max_side: int = 1200, clear_white: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what, self.max_side, self.clear_white = what, max_side, clear_white
        self._bytes: bytes | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.thumb = QLabel()
        self.thumb.setFixedSize(132, 56)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid palette(mid); background: white;")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(lambda: self.choose())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.clear)
        lay.addWidget(self.thumb)
        lay.addWidget(self.choose_button)
        lay.addWidget(self.remove_button)
        lay.addStretch(1)
        self._show()

    def bytes(self) -> bytes | None:
        return self._bytes

    def set_bytes(self, data: bytes | None) -> None:
        self._bytes = data or None
        self._show()

    def clear(self) -> None:
        if self._bytes is not None:
            self._bytes = None
            self._show()
            self.changed.emit()

    def choose(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose an image for: {what}").format(what=self.what), str(Path.home()),
                self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp);;All files (*)"))
            if not path:
                return False
        image = QImage(path)
        if image.isNull():
            QMessageBox.warning(self, self.tr("Image"),
                                self.tr("{file} is not an image ARDesk can read.").format(file=Path(path).name))
            return False
        self._bytes = image_to_png(image, self.max_side, clear_white=self.clear_white)
        self._show()
        self.changed.emit()
        return True

    def _show(self) -> None:
        self.remove_button.setEnabled(self._bytes is not None)
        if self._bytes is None:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("none"))
            return
        pix = QPixmap()
        pix.loadFromData(self._bytes)
        self.thumb.setText("")
        self.thumb.setPixmap(pix.scaled(self.thumb.width() - 4, self.thumb.height() - 4,
                                        Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))
