"""OFX bank and credit-card statements: 1.x (SGML, leaf tags left unclosed) and 2.x (XML).

Both versions are read by one tolerant tag reader (no XML parser, so no entities or DTDs are
ever expanded; a DOCTYPE or ENTITY declaration is refused outright). One ``ParsedStatement``
per STMTRS / CCSTMTRS block, so a file with several accounts gives several statements.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from ...i18n import T
from ...money import MoneyError, normalize_currency, to_minor
from .model import ParsedLine, ParsedStatement, StatementError

MAX_BYTES = 50 * 1024 * 1024
MAX_TAGS = 2_000_000
MAX_DEPTH = 200

_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9_.]*)\s*/?>|<\?.*?\?>|<!--.*?-->", re.S)
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:\d{2}(?:\d{2}(?:\d{2}(?:[.:]\d{1,3})?)?)?)?"
                   r"\s*(?:\[[^\]]*\])?")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_NUMBER = re.compile(r"[+-]?(\d{1,18}(\.\d{0,18})?|\.\d{1,18})")


def looks_like_ofx(data: bytes) -> bool:
    head = bytes(data[:4096]).upper()
    return b"OFXHEADER" in head or b"<OFX>" in head


@dataclass(slots=True, eq=False)
class _Node:
    name: str
    value: str | None = None                 # leaf text; None for an aggregate
    children: list["_Node"] = field(default_factory=list)
    start: int = 0
    end: int = 0

    def find(self, *path: str) -> "_Node | None":
        node: _Node | None = self
        for name in path:
            node = next((c for c in node.children if c.name == name), None) if node else None
        return node

    def text(self, *path: str) -> str:
        node = self.find(*path)
        return (node.value or "").strip() if node is not None else ""

    def iter(self, name: str):
        for c in self.children:
            if c.name == name:
                yield c
            else:
                yield from c.iter(name)


def _decode(data: bytes) -> str:
    head = bytes(data[:1024])
    m = re.search(rb"CHARSET:\s*(\S+)", head) or re.search(rb'encoding="([^"]+)"', head)
    names = []
    if m:
        cs = m.group(1).decode("ascii", "replace").strip().lower()
        names.append({"1252": "cp1252", "none": "utf-8", "iso-8859-1": "latin-1",
                      "8859-1": "latin-1", "us-ascii": "utf-8", "usascii": "utf-8"}.get(cs, cs))
    names += ["utf-8", "cp1252", "latin-1"]
    for name in names:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError, ValueError):
            # an unknown or garbled charset name (even one with a NUL in it) is just not used
            continue
    return data.decode("latin-1")  # pragma: no cover - latin-1 decodes any bytes


def _flatten(parent: _Node, node: _Node) -> None:
    at = parent.children.index(node) + 1
    parent.children[at:at] = node.children
    node.children = []
    node.value = ""
    node.end = node.start


def _tree(text: str, file_name: str) -> _Node:
    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.I):
        raise StatementError(T("{file}: the OFX file contains a DTD or entity declaration, "
                               "which is refused for safety."), file=file_name)
    start = text.upper().find("<OFX>")
    if start < 0:
        raise StatementError(T("{file}: not an OFX file (no <OFX> element)."), file=file_name)
    root = _Node("ROOT")
    stack = [root]
    tokens = list(_TOKEN.finditer(text, start))
    if len(tokens) > MAX_TAGS:
        raise StatementError(T("{file}: the OFX file has too many tags ({count})."),
                             file=file_name, count=len(tokens))
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        closing, name = tok.group(1), (tok.group(2) or "").upper()
        i += 1
        if not name:        # processing instruction or comment
            continue
        if closing:
            # close the nearest open aggregate of that name (and any left open inside it)
            for depth in range(len(stack) - 1, 0, -1):
                if stack[depth].name == name:
                    # tags opened inside it and never closed were empty SGML leaves
                    # (e.g. "<CURDEF><BANKACCTFROM>"): hand their children back to the parent
                    for k in range(len(stack) - 1, depth, -1):
                        _flatten(stack[k - 1], stack[k])
                    stack[depth].end = tok.end()
                    del stack[depth:]
                    break
            continue
        nxt = tokens[i] if i < len(tokens) else None
        value = text[tok.end(): nxt.start() if nxt else len(text)]
        node = _Node(name, start=tok.start())
        stack[-1].children.append(node)
        if value.strip() or (nxt is not None and nxt.group(1) and nxt.group(2).upper() == name):
            node.value = html.unescape(value.strip())           # a leaf, closed or not
            node.end = tok.end() + len(value)
            if nxt is not None and nxt.group(1) and nxt.group(2).upper() == name:
                node.end = nxt.end()
                i += 1
        else:
            stack.append(node)
            if len(stack) > MAX_DEPTH:
                raise StatementError(T("{file}: the OFX file is nested too deeply."),
                                     file=file_name)
    ofx = root.find("OFX")
    if ofx is None or len(stack) > 1 and any(n.name == "OFX" for n in stack):
        raise StatementError(T("{file}: the OFX file is truncated (the <OFX> element is never "
                               "closed)."), file=file_name)
    return ofx


class _Reader:
    def __init__(self, text: str, file_name: str) -> None:
        self.src = text
        self.file = file_name

    def fail(self, where: str, template: str, **params: object) -> StatementError:
        """``template`` is a T() message with {file} and {where} (the block / entry) in it."""
        return StatementError(template, file=self.file, where=where, **params)

    def date(self, txt: str, where: str) -> date | None:
        if not txt:
            return None
        m = _DATE.fullmatch(txt.strip())
        try:
            if m is None:
                raise ValueError
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            raise self.fail(where, T("{file}: {where}: \"{value}\" is not an OFX date (YYYYMMDD…)."),
                            value=txt) from None

    def currency(self, code: str, where: str) -> str:
        try:
            return normalize_currency(code)
        except MoneyError:
            raise self.fail(where, T("{file}: {where}: unknown currency \"{value}\"."), value=code) from None

    def amount(self, txt: str, ccy: str, where: str) -> int:
        t = txt.replace(" ", "").replace("\u00a0", "")
        if "," in t and "." in t:   # the later separator is the decimal one
            t = t.replace(",", "") if t.rfind(".") > t.rfind(",") else t.replace(".", "").replace(",", ".")
        elif "," in t:
            t = t.replace(",", ".")
        if not _NUMBER.fullmatch(t):
            raise self.fail(where, T("{file}: {where}: \"{value}\" is not an amount."), value=txt)
        try:
            return to_minor(Decimal(t), ccy, strict=True)
        except (MoneyError, InvalidOperation):
            raise self.fail(where, T("{file}: {where}: \"{value}\" is not a valid {currency} amount."),
                            value=txt, currency=ccy) from None


def _line(r: _Reader, trn: _Node, pos: int, acct: str, curdef: str, where0: str) -> ParsedLine:
    fitid = trn.text("FITID")
    where = f"{where0}, transaction " + (f"FITID {fitid}" if fitid else f"{pos + 1}")
    ccy_code = trn.text("CURRENCY", "CURSYM") or curdef
    if not ccy_code:
        raise r.fail(where, T("{file}: {where}: no currency (CURDEF) is given."))
    ccy = r.currency(ccy_code, where)
    amt_txt = trn.text("TRNAMT")
    if not amt_txt:
        raise r.fail(where, T("{file}: {where}: no amount (TRNAMT)."))
    amount = r.amount(amt_txt, ccy, where)
    booking = r.date(trn.text("DTPOSTED"), where) or r.date(trn.text("DTUSER"), where)
    if booking is None:
        raise r.fail(where, T("{file}: {where}: no posting date (DTPOSTED)."))
    value = r.date(trn.text("DTUSER"), where) or r.date(trn.text("DTAVAIL"), where)
    raw = r.src[trn.start:trn.end].strip()
    ref = fitid or "SYN-" + hashlib.sha1(f"{acct}\x1f{pos}\x1f{raw}".encode()).hexdigest()[:20]
    name = trn.text("NAME") or trn.text("PAYEE", "NAME")
    extra = tuple((k.lower(), v) for k in ("TRNTYPE", "CHECKNUM", "REFNUM", "SIC")
                  if (v := trn.text(k)))
    return ParsedLine(bank_ref=ref, booking_date=booking, value_date=value, amount_minor=amount,
                      currency=ccy, counterparty_name=name,
                      counterparty_account=trn.text("BANKACCTTO", "ACCTID")
                      or trn.text("CCACCTTO", "ACCTID"),
                      remittance=trn.text("MEMO"), raw=raw, extra=extra)


def _statement(r: _Reader, rs: _Node, index: int) -> ParsedStatement:
    acct = rs.text("BANKACCTFROM", "ACCTID") or rs.text("CCACCTFROM", "ACCTID")
    where = f"statement {index + 1}" + (f" (account {acct})" if acct else "")
    curdef = rs.text("CURDEF")
    trnlist = rs.find("BANKTRANLIST")
    trns = list(trnlist.iter("STMTTRN")) if trnlist is not None else []
    lines = [_line(r, t, i, acct, curdef, where) for i, t in enumerate(trns)]
    if curdef:
        ccy = r.currency(curdef, where)
    elif lines:
        ccy = lines[0].currency
    else:
        raise r.fail(where, T("{file}: {where}: no currency (CURDEF) is given."))
    bal = r.amount(b, ccy, f"{where}, LEDGERBAL") if (b := rs.text("LEDGERBAL", "BALAMT")) else None
    return ParsedStatement(
        format="ofx", account=acct, currency=ccy,
        period_start=r.date(trnlist.text("DTSTART"), where) if trnlist else None,
        period_end=r.date(trnlist.text("DTEND"), where) if trnlist else None,
        closing_balance_minor=bal, lines=tuple(lines))


def parse_ofx(data: bytes, file_name: str) -> list[ParsedStatement]:
    """All bank / credit-card statements of an OFX 1.x or 2.x file (StatementError otherwise)."""
    if len(data) > MAX_BYTES:
        raise StatementError(T("{file}: the file is larger than {limit} MB; it is not read."),
                             file=file_name, limit=MAX_BYTES // (1024 * 1024))
    text = _CDATA.sub(lambda m: html.escape(m.group(1), quote=False), _decode(bytes(data)))
    ofx = _tree(text, file_name)
    r = _Reader(text, file_name)
    blocks = [n for name in ("STMTRS", "CCSTMTRS") for n in ofx.iter(name)]
    if not blocks:
        raise StatementError(T("{file}: the OFX file contains no bank or credit-card statement "
                               "(STMTRS)."), file=file_name)
    blocks.sort(key=lambda n: n.start)
    return [_statement(r, b, i) for i, b in enumerate(blocks)]
