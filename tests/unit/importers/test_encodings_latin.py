"""A European bank's CSV in Windows-1252 is read as such, a Chinese one in GBK as GBK."""

from pathlib import Path

from app.services.importers.table import decode_text


def test_cp1252_german_text_keeps_its_umlauts():
    raw = "Buchungstag;Auftraggeber;Verwendungszweck;Betrag\n03.11.2026;Müller Straßenbau GmbH;Rechnung Nr. 4711 für Oktober;1.234,56\n"
    text, enc = decode_text(raw.encode("cp1252"), Path("umsatz.csv"))
    assert enc == "cp1252"
    assert "Müller Straßenbau" in text and "für" in text


def test_gbk_chinese_text_stays_gbk():
    raw = "交易日期,对方户名,摘要,收入金额\n2026-11-03,上海明华贸易有限公司,货款 INV-2026-000123,1234.56\n"
    text, enc = decode_text(raw.encode("gbk"), Path("流水.csv"))
    assert enc == "gb18030"
    assert "上海明华贸易有限公司" in text


def test_utf8_first():
    raw = "Name;Betrag\nMüller;1,00\n上海;2,00\n"
    assert decode_text(raw.encode("utf-8"), Path("x.csv")) == (raw, "utf-8")
