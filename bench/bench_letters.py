"""Dunning letters as PDF with the embedded CJK font (target ≥ 150 letters/s).

    python bench/bench_letters.py [--letters 500] [--invoices 4] [--repeat 3]

Renders ``--letters`` letters (half Chinese, half English, every stage, each with its own
customer name, reference and amounts, logo, signature and seal images) two ways:

- one PDF per letter (``render_letter``: what ``dunning run --letters DIR`` writes), each file
  embedding its own subset of the CJK font;
- all of them in one PDF for printing (``render_letters``).

Best of ``--repeat``; the pass mark is on one PDF per letter, the slower of the two. The first
letter (font registration, template loading) is timed apart as the warm-up. Wall-clock and
process CPU time are both printed: on a shared machine (load average above its cores) the
wall clock measures the neighbours, and the CPU time is what an idle machine would take; the
pass mark is on the CPU-time rate, with the load average printed beside it.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.services import fonts  # noqa: E402
from app.services.letters.model import STAGE_TEMPLATES  # noqa: E402
from app.services.letters.pdf import render_letter, render_letters  # noqa: E402
from app.services.letters.sample import sample_letter, with_images  # noqa: E402

TARGET = 150.0


def _png(size: tuple[int, int], colour: tuple[int, int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(im).ellipse((4, 4, size[0] - 4, size[1] - 4), outline=colour, width=10)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def letters(n: int, invoices: int):
    logo, sig, seal = _png((240, 96), (30, 80, 160, 255)), _png((240, 80), (20, 20, 90, 255)), \
        _png((400, 400), (210, 20, 20, 200))
    out = []
    names = ("北京恒远科技股份有限公司", "深圳市华南电子有限公司", "A&B <Ltd>", "Müller & Söhne GmbH")
    for i in range(n):
        lang = "zh" if i % 2 == 0 else "en"
        tpl = STAGE_TEMPLATES[i % len(STAGE_TEMPLATES)]
        d = with_images(sample_letter(tpl, lang, invoices=invoices), logo=logo, signature=sig, seal=seal)
        inv = tuple(replace(x, open_minor=x.open_minor + i * 101) for x in d.invoices)
        out.append(replace(d, reference=f"DN-2026-{i:06d}", invoices=inv,
                           customer=replace(d.customer, name=f"{names[i % 4]} {i}", code=f"C{i:05d}")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--letters", type=int, default=500)
    ap.add_argument("--invoices", type=int, default=4, help="invoices per letter")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    font = fonts.cjk_font_path()
    print(f"CJK font: {font} ({font.stat().st_size / 1e6:.1f} MB)" if font else "CJK font: none (FAIL)")
    datas = letters(args.letters, args.invoices)
    t0 = time.perf_counter()
    first = render_letter(datas[0])
    print(f"warm-up (font registration, templates, first letter): {time.perf_counter() - t0:.3f} s")

    each, batch, each_cpu, batch_cpu = [], [], [], []
    size_each = size_batch = 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        size_each = sum(len(render_letter(d)) for d in datas)
        each.append(time.perf_counter() - t0)
        each_cpu.append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        size_batch = len(render_letters(datas))
        batch.append(time.perf_counter() - t0)
        batch_cpu.append(time.process_time() - c0)
    n = len(datas)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{n} letters ({args.invoices} invoices each, zh + en, logo, signature, seal); "
          f"load average {load:.1f} on {os.cpu_count()} cores:")
    print(f"  one PDF per letter: wall {min(each):.2f} s = {n / min(each):,.0f} letters/s, "
          f"CPU {min(each_cpu):.2f} s = {n / min(each_cpu):,.0f} letters/s "
          f"({size_each / n / 1024:.0f} KB per file; first letter {len(first) / 1024:.0f} KB)")
    print(f"  one PDF for all:    wall {min(batch):.2f} s = {n / min(batch):,.0f} letters/s, "
          f"CPU {min(batch_cpu):.2f} s = {n / min(batch_cpu):,.0f} letters/s ({size_batch / 1e6:.1f} MB)")
    rate = n / max(min(each_cpu), min(batch_cpu))
    ok = font is not None and rate >= TARGET
    print(f"{'PASS' if ok else 'FAIL'}: {rate:,.0f} letters/s on CPU time, one PDF per letter "
          f"(target >= {TARGET:.0f}); wall clock {n / max(min(each), min(batch)):,.0f} letters/s "
          f"at load {load:.1f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
