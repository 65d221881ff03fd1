"""A small company whose names and texts attack every export: formulas, markup, RTL, emoji."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services import customers as cs
from app.services import ledger as L
from app.storage.db import Database

FORMULAS = [
    "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "=cmd|' /C calc'!A0", " =1+1", "\t=1+1", "  \t+SUM(1)",
    "\r\n=HYPERLINK(\"http://x\")", "\u00a0-2+3", "\u3000@A1", "=", "-", "+", "@",
]
MARKUP = [
    "A & B <Ltd> \"quoted\" 'single'", "<b>bold</b> <font name=x>f</font> <img src=x/>", "&amp; &lt; &#x41; &bogus;",
    "\u202eRTL override\u202c and \u200fmark", "שלום עולם Ltd", "شركة الاختبار", "😀🚀 Emoji 🇨🇳 Co.",
    "Supercalifragilisticexpialidociouswordwithoutbreaks1", "北京" * 30 + "有限公司",
    "Very long address, " * 40, "Zero\u200bwidth\u200bspaces", "Tab\tand\nnewline",
]
HOSTILE = FORMULAS + MARKUP
AS_OF = date(2026, 11, 23)


def make_company(path: Path) -> Path:
    with Database.open(path, create=True) as db, db.session() as s:
        for k, name in enumerate(HOSTILE):
            cid = cs.create_customer(s, cs.CustomerData(code=f"H{k:02d}", name=name, address=name,
                                                        contact=name[:60], notes=name))
            L.create_invoice(s, L.InvoiceData(f"N{k:02d}", cid, date(2026, 7, 1 + k % 28), "CNY", 123_456 + k))
            L.create_invoice(s, L.InvoiceData(f"M{k:02d}", cid, date(2026, 11, 1), "USD", 99_00))
    return path
