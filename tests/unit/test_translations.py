"""The shipped Simplified Chinese translation: complete, placeholders intact, .qm up to date.

``test_no_unfinished_entries`` fails as soon as someone adds a UI string or a T() message and
refreshes the .ts without translating it — that is the point: run
``python tools/update_translations.py``, translate (tools/ts_fill.py), and commit .ts and .qm.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
ZH_TS = I18N / "ardesk_zh_CN.ts"
ZH_QM = I18N / "ardesk_zh_CN.qm"
EN_TS = I18N / "ardesk_en.ts"


def _messages(ts: Path):
    """(context, source, [translation texts], type) for every live message of ``ts``."""
    out = []
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.findall("message"):
            tr = m.find("translation")
            kind = tr.get("type") if tr is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            forms = tr.findall("numerusform") if tr is not None else []
            texts = [f.text or "" for f in forms] if forms else [(tr.text or "") if tr is not None else ""]
            out.append((name, m.findtext("source") or "", texts, kind))
    return out


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


_MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


def test_translation_files_exist():
    for path in (ZH_TS, ZH_QM, EN_TS):
        assert path.is_file(), f"{path.relative_to(ROOT)} is missing: run tools/update_translations.py"
    assert len(_messages(ZH_TS)) > 100


def test_qm_translates_through_qcoreapplication():
    """A QCoreApplication with the installed translator, in its own process (no QApplication clash)."""
    script = f"""
import json, sys
from PySide6.QtCore import QCoreApplication, QTranslator
app = QCoreApplication([])
t = QTranslator(app)
if not t.load({str(ZH_QM)!r}):
    sys.exit("cannot load")
app.installTranslator(t)
tr = QCoreApplication.translate
print(json.dumps([
    tr("MainWindow", "&File"),
    tr("MainWindow", "&Help"),
    tr("Tabs", "Customers"),
    tr("messages", "The file {{file}} does not exist."),
    tr("messages", "Customer code {{code}} already exists."),
    tr("MainWindow", "a string nobody wrote"),
]))
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got == ["文件(&F)", "帮助(&H)", "客户", "文件 {file} 不存在。", "客户编号 {code} 已存在。",
                   "a string nobody wrote"]
    # the translated service message still formats with the error's parameters
    assert got[3].format(file="a.csv") == "文件 a.csv 不存在。"


def test_placeholders_match_source():
    wrong = []
    for ctx, source, texts, kind in _messages(ZH_TS):
        if kind == "unfinished":
            continue
        want = _fields(source)
        for text in texts:
            if _fields(text) != want:
                wrong.append(f"[{ctx}] {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_mnemonics_kept():
    """A label with an &-mnemonic keeps exactly one in Chinese ("文件(&F)"); none appear from nowhere."""
    wrong = []
    for ctx, source, texts, kind in _messages(ZH_TS):
        if kind == "unfinished":
            continue
        want = len(_MNEMONIC.findall(source))
        for text in texts:
            if len(_MNEMONIC.findall(text)) != want:
                wrong.append(f"[{ctx}] {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_no_unfinished_entries():
    missing = [f"[{ctx}] {source!r}" for ctx, source, texts, kind in _messages(ZH_TS)
               if kind == "unfinished" or not any(texts)]
    assert not missing, (f"{len(missing)} untranslated zh_CN entries (run tools/update_translations.py, "
                         "then translate them):\n" + "\n".join(missing))


def test_every_service_message_is_in_the_ts():
    """Each T("…") template in app/ has an entry in the 'messages' context (the .ts is refreshed)."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    if spec is None or spec.loader is None:
        pytest.skip("tools/update_translations.py is not available")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    in_ts = {source for ctx, source, _, _ in _messages(ZH_TS) if ctx == "messages"}
    missing = sorted(set(tool.t_messages()) - in_ts)
    assert not missing, "run tools/update_translations.py; not in the .ts:\n" + "\n".join(missing)


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    for lang in ("zh_CN", "en"):
        ts = I18N / f"ardesk_{lang}.ts"
        out = tmp_path / f"{lang}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True, timeout=60)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.with_suffix('.qm').name} is older than {ts.name}: run tools/update_translations.py")
