"""Shared by the letter tests: PDF text and fonts through poppler (skipped when missing), and
small PNG images (logo, signature, a red seal with alpha) drawn with Pillow."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) not installed")
needs_pdffonts = pytest.mark.skipif(shutil.which("pdffonts") is None,
                                    reason="pdffonts (poppler-utils) not installed")


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "x.pdf", layout: bool = False) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    args = ["pdftotext"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, check=True, text=True).stdout


def pdf_fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


def png(size=(200, 200), colour=(210, 20, 20, 200), ring=True) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", size, (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    if ring:
        d.ellipse((4, 4, size[0] - 4, size[1] - 4), outline=colour, width=8)
    else:
        d.rectangle((0, 0, size[0] // 2, size[1]), fill=colour)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()
