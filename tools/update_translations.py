#!/usr/bin/env python3
"""Refresh resources/i18n/*.ts from the code and compile them to .qm.

    python tools/update_translations.py            lupdate + T() messages + lrelease
    python tools/update_translations.py --check    exit 1 if a zh_CN message is untranslated

UI strings are found by pyside6-lupdate (tr(), QCoreApplication.translate). Messages raised by
services are English templates marked with T("…") (app/i18n.py); lupdate does not know T, so
they are collected here with the ast module into the 'messages' context.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")
CONTEXT = "messages"


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}")
    if exe is None:
        sys.exit(f"pyside6-{name} not found: activate the project's virtual environment")
    return exe


def t_messages() -> dict[str, tuple[str, int]]:
    """English templates passed to T(...) anywhere in app/: text → (file, line)."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "T"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.setdefault(node.args[0].value, (path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def known_translations(ts: Path) -> dict[str, str]:
    """Translations of the 'messages' context already in ``ts`` (lupdate would drop them)."""
    if not ts.exists():
        return {}
    out = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if tr is not None and tr.text and tr.get("type") != "unfinished":
                out[m.findtext("source") or ""] = tr.text
    return out


def merge_messages(ts: Path, messages: dict[str, tuple[str, int]], known: dict[str, str]) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    ctx = next((c for c in root.findall("context") if c.findtext("name") == CONTEXT), None)
    if ctx is None:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = CONTEXT
    existing = {m.findtext("source"): m for m in ctx.findall("message")}
    for text, (file, line) in messages.items():
        m = existing.get(text)
        if m is None:
            m = ET.SubElement(ctx, "message")
            ET.SubElement(m, "source").text = text
            ET.SubElement(m, "translation", type="unfinished")
        for loc in m.findall("location"):
            m.remove(loc)
        m.insert(0, ET.Element("location", filename=f"../../{file}", line=str(line)))
        tr = m.find("translation")
        if tr is not None and not tr.text and text in known:
            tr.text = known[text]
            tr.attrib.pop("type", None)
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            if tr.text:
                del tr.attrib["type"]
            else:
                tr.set("type", "unfinished")
    for text, m in existing.items():
        if text not in messages:
            tr = m.find("translation")
            if tr is not None and tr.text:
                tr.set("type", "vanished")
            else:
                ctx.remove(m)
    ET.indent(tree, space="    ")
    with open(ts, "wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
        fh.write(b"\n")


def untranslated(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        for m in ctx.findall("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out.append((ctx.findtext("name") or "", m.findtext("source") or ""))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    if args.check:
        missing = untranslated(I18N / "ardesk_zh_CN.ts")
        for ctx, src in missing:
            print(f"untranslated [{ctx}] {src!r}")
        return 1 if missing else 0
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "app").rglob("*.py"))]
    messages = t_messages()
    for lang in LANGS:
        ts = I18N / f"ardesk_{lang}.ts"
        known = known_translations(ts)
        subprocess.run([_tool("lupdate"), "-locations", "relative", "-no-obsolete", *sources,
                        "-target-language", lang, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        merge_messages(ts, messages, known)
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    left = untranslated(I18N / "ardesk_zh_CN.ts")
    print(f"{len(messages)} service messages; {len(left)} zh_CN entries still untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
