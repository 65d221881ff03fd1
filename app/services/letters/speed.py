"""What makes a letter cost milliseconds, not tens of them (``bench/bench_letters.py``).

Measured on 500 letters with logo, signature, seal and Chinese text, reportlab 4.5 without its
C accelerator: 9 letters/s at first. What it took, besides plain-text flowables (``text.py``):

- **Images** (logo, signature, seal) are decoded, scaled to at most ``MAX_IMAGE_PX`` and
  compressed once per process (``image_reader``); every PDF only references the prepared
  image object (``draw_prepared``). reportlab otherwise re-decodes, re-hashes and re-compresses
  each image in every file.
- **Binary streams**: no ASCII85 (reportlab's pure-Python encoder was a third of the time).
- **The CJK font subset**: our Latin text is in Helvetica, so the CJK font's first subset is not
  reserved for ASCII (254 Chinese characters fit in one subset instead of ~128); a Chinese letter
  seeds that subset with its template's characters (``layout.DocStart``), which makes it the same
  in every letter of the template: its font program is built (``makeSubset``) and compressed once
  per process; only the customer's own characters make a small second subset per file.

``fast_reportlab()`` applies these settings for the time of one build, under a lock, and puts
everything back; each is transparent (the PDFs are valid and the same whatever the settings),
so another module building a PDF at the same time is not affected.
"""

from __future__ import annotations

import copy
import io
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator

from reportlab import rl_config
from reportlab.lib.utils import ImageReader, _digester
from reportlab.pdfbase import pdfdoc, pdfmetrics

from .. import fonts

MAX_IMAGE_PX = 600          # logo, signature and seal print at most ~45 mm wide: 600 px is ~340 dpi
_lock = threading.RLock()          # image_reader may run inside a build
_subset_cache: dict[tuple[int, ...], bytes] = {}
_compressed: dict[int, tuple[bytes, bytes]] = {}
_CACHE_SIZE = 32


@contextmanager
def fast_reportlab() -> Iterator[None]:
    with _lock:
        a85, rl_config.useA85 = rl_config.useA85, 0
        cjk = pdfmetrics.getFont(fonts.register_reportlab() or fonts.PDF_BASE_FONT)
        readable = getattr(cjk, "_asciiReadable", None)
        face = getattr(cjk, "face", None)
        if readable is not None:
            cjk._asciiReadable = 0          # noqa: SLF001 - reportlab's per-font switch
        if face is not None:
            face.makeSubset = _cached_subsets(face)
        zc = pdfdoc.PDFZCompress
        zc.encode = _cached_compress(type(zc).encode.__get__(zc))
        try:
            yield
        finally:
            rl_config.useA85 = a85
            if readable is not None:
                cjk._asciiReadable = readable  # noqa: SLF001
            if face is not None:
                del face.makeSubset             # back to the class's method
            del zc.encode


def _cached_subsets(face: Any) -> Any:
    """``face.makeSubset`` remembering its last results (a subset's font program depends only
    on its characters)."""
    make = type(face).makeSubset

    def make_subset(subset: list[int]) -> bytes:
        key = tuple(subset)
        data = _subset_cache.get(key)
        if data is None:
            data = make(face, subset)
            if len(_subset_cache) >= _CACHE_SIZE:
                _subset_cache.pop(next(iter(_subset_cache)))
            _subset_cache[key] = data
        return data
    return make_subset


def _cached_compress(encode: Any) -> Any:
    """The Flate filter, remembering what it made of a cached font subset (the same bytes
    object every time, so it is compressed once, not in every letter)."""
    def cached(data: Any) -> bytes:
        hit = _compressed.get(id(data))
        if hit is not None and hit[0] is data:
            return hit[1]
        out = encode(data)
        if any(v is data for v in _subset_cache.values()):
            if len(_compressed) >= _CACHE_SIZE:
                _compressed.pop(next(iter(_compressed)))
            _compressed[id(data)] = (data, out)
        return out
    return cached


@lru_cache(maxsize=32)
def image_reader(data: bytes) -> ImageReader:
    """One reader per image (logo, signature, seal), reused across letters: scaled down to
    ``MAX_IMAGE_PX`` once, and its PDF image object (with its alpha mask) prepared once."""
    from PIL import Image as PILImage

    im = PILImage.open(io.BytesIO(data))
    im.load()
    if max(im.size) > MAX_IMAGE_PX:
        im.thumbnail((MAX_IMAGE_PX, MAX_IMAGE_PX))
    if im.mode not in ("RGB", "RGBA", "L"):
        im = im.convert("RGBA" if "A" in im.getbands() or "transparency" in im.info else "RGB")
    reader = ImageReader(im)
    with _lock:
        a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            rgb = reader.getRGBData()                  # also splits off the alpha channel
            alpha = getattr(reader, "_dataA", None)
            name = _digester(rgb + (alpha.getRGBData() if alpha else b"auto"))
            xobj = pdfdoc.PDFImageXObject(name, reader, mask="auto")
            xobj.name = name
            smask = getattr(xobj, "_smask", None)
            if smask is not None:
                del xobj._smask
            reader._ardesk_prepared = (name, xobj, smask)  # noqa: SLF001 - read by draw_prepared
        finally:
            rl_config.useA85 = a85
    return reader


def draw_prepared(canv: Any, image: Any, x: float, y: float, width: float, height: float) -> bool:
    """Draw an ``image_reader`` image by reference to its prepared object (registered in this
    document on first use); False when ``image`` was not prepared here."""
    prepared = getattr(image, "_ardesk_prepared", None)
    if prepared is None:
        return False
    name, xobj, smask = prepared
    doc = canv._doc                                    # noqa: SLF001 - reportlab's document
    reg = doc.getXObjectName(name)
    if doc.idToObject.get(reg) is None:
        obj = copy.copy(xobj)
        canv._setXObjects(obj)                         # noqa: SLF001
        doc.Reference(obj, reg)
        doc.addForm(name, obj)
        if smask is not None:
            mask_obj = copy.copy(smask)
            canv._setXObjects(mask_obj)                # noqa: SLF001
            obj.smask = doc.Reference(mask_obj, doc.getXObjectName(smask.name))
    canv._currentPageHasImages = 1                     # noqa: SLF001
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{reg} Do")                    # noqa: SLF001
    canv.restoreState()
    canv._formsinuse.append(name)                      # noqa: SLF001
    return True
