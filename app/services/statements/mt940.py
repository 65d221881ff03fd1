"""SWIFT MT940 (customer statement) and MT942 (interim report) files → ``ParsedStatement``.

Tolerant of real bank variants: optional SWIFT block headers ``{1:…}{2:…}{4: … -}``, bank
preamble lines before ``:20:``, several messages per file (with or without the ``-``
terminator), ``:86:`` continuation lines, German/Polish ``?20``-style and Dutch ``/REMI/``-style
structured ``:86:`` fields, missing optional tags. Anything that cannot be read is a
``StatementError`` naming the file and the line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ...i18n import T
from ...money import MoneyError, known_currencies, normalize_currency, to_minor
from .model import ParsedLine, ParsedStatement, StatementError

MAX_BYTES = 64 * 1024 * 1024

_TAG = re.compile(r"^:(\d{2,3}[A-Z]?):(.*)$")
_BLOCK = re.compile(r"\{[1235]:(?:[^{}]|\{[^{}]*\})*\}")
_BALANCE = re.compile(r"^([CD])(\d{6})([A-Z]{3})(\d[\d,]*)$")
_LINE61 = re.compile(
    r"^(?P<vd>\d{6})(?P<ed>\d{4}|\s{4})?(?P<mark>RC|RD|EC|ED|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>\d[\d,]*)(?P<type>[A-Z][A-Z0-9]{3})(?P<rest>.*)$")
_SLASH_KEYS = ("EREF", "REMI", "NAME", "IBAN", "BIC", "ADDR", "CNTP", "BENM", "ORDP", "MARF",
               "CSID", "PREF", "RTRN", "ISDT", "TRTP", "TRCD", "BUSP", "PURP", "ULTC", "ULTD",
               "ULTB", "ULTE", "CDTRREF", "CDTRREFTP", "ISSR", "ACCW", "SVCL", "CHGS", "EXCH",
               "OCMT", "ID")
_SLASH = re.compile(r"/(" + "|".join(sorted(_SLASH_KEYS, key=len, reverse=True)) + r")/")
_BAD_BALANCE = T("{file}, line {line}: the field :{tag}: {text} is not readable.")
_BAD_61 = T("{file}, line {line}: the transaction :61:{text} is not readable.")
_REK_NAAM = re.compile(r"\bREK:\s*([A-Z]{2}\d{2}[A-Z0-9]{8,30})\s*/\s*NAAM:\s*(.+)$")
_KNOWN_CCY = frozenset(known_currencies())
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")


def looks_like_mt940(data: bytes) -> bool:
    """True when ``data`` starts like an MT940/MT942 file (a ``:20:`` and a ``:25:`` tag)."""
    head = data[:16384].decode("latin-1").replace("\r", "\n")
    return bool(re.search(r"(^|\n|\{4:)\s*:20:", head)) and bool(re.search(r"\n:25[A-Z]?:", head))


# ----------------------------------------------------------------------------- tokenising

@dataclass
class _Field:
    tag: str
    lines: list[str]
    line_no: int


@dataclass
class _Message:
    fields: list[_Field] = field(default_factory=list)


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _messages(text: str) -> list[_Message]:
    text = _BLOCK.sub("", text).replace("{4:", "\n")
    msgs: list[_Message] = []
    cur: _Message | None = None
    last: _Field | None = None
    for no, raw in enumerate(text.split("\n"), start=1):
        line = raw.replace("\x01", "").replace("\x03", "").rstrip("\x00")
        m = _TAG.match(line)
        if m:
            tag = m.group(1)
            if tag == "20" or cur is None:
                cur = _Message()
                msgs.append(cur)
            last = _Field(tag, [m.group(2)], no)
            cur.fields.append(last)
            continue
        if not line.strip():
            continue
        if line.startswith("-") and len(line.strip()) <= 4:
            last = None                       # message terminator: '-', '-}', '-XXX'
            cur = None
            continue
        if last is not None:
            last.lines.append(line)
    return [m for m in msgs if any(f.tag == "20" for f in m.fields)]


# ----------------------------------------------------------------------------- values

def _err(file: str, no: int, template: str, **params: object) -> StatementError:
    """``template`` is a T()-marked message with {file} and {line} and ``params``."""
    return StatementError(template, file=file, line=no, **params)


def _yymmdd(s: str) -> date:
    yy, mm, dd = int(s[0:2]), int(s[2:4]), int(s[4:6])
    return date(2000 + yy if yy < 80 else 1900 + yy, mm, dd)


def _amount(text: str, currency: str) -> int:
    t = text.strip()
    if t.count(",") > 1 or not t or not t[0].isdigit():
        raise ValueError(f"not an amount: {text!r}")
    d = Decimal(t.replace(",", "."))
    return to_minor(d, currency, strict=True)


def _currency(code: str, file: str, no: int) -> str:
    try:
        return normalize_currency(code)
    except MoneyError:
        raise _err(file, no, T("{file}, line {line}: the currency {code} is unknown or no longer "
                               "in use."), code=code) from None


@dataclass
class _Balance:
    minor: int
    on: date
    currency: str


def _balance(f: _Field, file: str) -> _Balance:
    m = _BALANCE.match(f.lines[0].strip())
    if not m:
        raise _err(file, f.line_no, _BAD_BALANCE, tag=f.tag, text=f.lines[0].strip()[:40])
    cur = _currency(m.group(3), file, f.line_no)
    try:
        minor = _amount(m.group(4), cur)
        on = _yymmdd(m.group(2))
    except (ValueError, ArithmeticError) as exc:
        raise _err(file, f.line_no, _BAD_BALANCE, tag=f.tag, text=f.lines[0].strip()[:40]) from None
    return _Balance(-minor if m.group(1) == "D" else minor, on, cur)


def _entry_date(value: date, mmdd: str) -> date:
    """Booking date from MMDD next to the value date, across a year end when needed."""
    month, day = int(mmdd[:2]), int(mmdd[2:])
    year = value.year
    if month - value.month > 6:
        year -= 1                              # value 2011-01-02, entry 12-31 → 2010
    elif value.month - month > 6:
        year += 1                              # value 2010-12-31, entry 01-02 → 2011
    return date(year, month, day)


# ----------------------------------------------------------------------------- :86:

def _join(lines: list[str], structured: bool) -> str:
    if structured:
        return "".join(lines)
    out = lines[0].rstrip() if len(lines[0]) < 65 else lines[0]
    for prev, ln in zip(lines, lines[1:]):
        if len(prev) >= 65:
            out += ln if len(ln) >= 65 else ln.rstrip()
        else:
            out += " " + ln.strip()
    return out.strip()


def _info(lines: list[str]) -> tuple[str, str, str, list[tuple[str, str]]]:
    """(name, account, remittance, extra) from the lines of a ``:86:`` field."""
    first = lines[0].lstrip()
    m = re.match(r"^(\d{3})\s*([?>])\d\d", first)
    if m:
        return _info_question(_join([first] + lines[1:], True), m.group(1), m.group(2))
    if first.startswith("/") and _SLASH.match(first):
        return _info_slash(_join([first] + lines[1:], True))
    text = " ".join(_join(lines, False).split())
    m = _REK_NAAM.search(text)                 # Knab and other Dutch banks: 'REK: NL…/NAAM: …'
    if m:
        return m.group(2).strip(), m.group(1), text[:m.start()].strip() or text, []
    return "", "", text, []


def _info_question(text: str, code: str, sep: str) -> tuple[str, str, str, list[tuple[str, str]]]:
    parts: dict[str, list[str]] = {}
    for m in re.finditer(re.escape(sep) + r"(\d\d)([^" + re.escape(sep) + r"]*)", text):
        parts.setdefault(m.group(1), []).append(m.group(2))

    def get(*keys: str) -> str:
        return "".join("".join(parts.get(k, [])) for k in keys)

    remittance = get(*(f"{n}" for n in range(20, 30)), "60", "61", "62", "63")
    name = " ".join(get("32", "33").split())
    account = (get("38") or get("31")).strip()
    extra = [("gv_code", code)]
    for key, label in (("00", "posting_text"), ("30", "counterparty_bank"), ("10", "primanota")):
        v = get(key).strip()
        if v:
            extra.append((label, v))
    return name, account, " ".join(remittance.split()), extra


def _info_slash(text: str) -> tuple[str, str, str, list[tuple[str, str]]]:
    found = list(_SLASH.finditer(text))
    values: dict[str, str] = {}
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        values.setdefault(m.group(1), text[m.end():end].strip().strip("/").strip())
    name = values.get("NAME", "")
    account = values.get("IBAN", "")
    if "CNTP" in values and not (name and account):
        cntp = values["CNTP"].split("/")
        account = account or cntp[0].strip()
        if len(cntp) > 2:
            name = name or cntp[2].strip()
    remittance = values.get("REMI", "")
    extra = [(k.lower(), values[k]) for k in ("EREF", "TRTP", "BIC", "MARF", "CSID") if values.get(k)]
    return " ".join(name.split()), account, " ".join(remittance.split()), extra


# ----------------------------------------------------------------------------- :61:

def _line(f61: _Field, f86: _Field | None, currency: str, account: str, seen: dict[str, int],
          file: str) -> ParsedLine:
    first = f61.lines[0]
    m = _LINE61.match(first)
    if not m:
        raise _err(file, f61.line_no, _BAD_61, text=first.strip()[:40])
    try:
        value = _yymmdd(m.group("vd"))
        ed = (m.group("ed") or "").strip()
        booking = _entry_date(value, ed) if ed else value
        minor = _amount(m.group("amount"), currency)
    except (ValueError, ArithmeticError) as exc:
        raise _err(file, f61.line_no, _BAD_61, text=first.strip()[:40]) from None
    mark = m.group("mark")
    credit = mark in ("C", "EC", "RD")          # RD: reversal of a debit = money back in
    reversal = mark in ("RC", "RD")
    rest = m.group("rest")
    cust_ref, _, bank_ref = rest.partition("//")
    bank_ref = bank_ref.strip()
    supplementary = " ".join(" ".join(f61.lines[1:]).split())
    name, acct, remittance, extra = _info(f86.lines) if f86 else ("", "", "", [])
    if not acct and _IBAN.match(supplementary.replace(" ", "")):
        acct = supplementary.replace(" ", "")
    raw = ":61:" + "\n".join(f61.lines) + ("\n:86:" + "\n".join(f86.lines) if f86 else "")
    if not bank_ref or bank_ref.upper() == "NONREF":
        key = f"{account}|{raw}"
        n = seen.get(key, 0)
        seen[key] = n + 1
        bank_ref = "MT-" + hashlib.sha1(f"{key}|{n}".encode()).hexdigest()[:20]
    extras = [("tx_type", m.group("type"))]
    if cust_ref.strip() and cust_ref.strip().upper() != "NONREF":
        extras.append(("customer_ref", cust_ref.strip()))
    if supplementary:
        extras.append(("supplementary", supplementary))
    return ParsedLine(bank_ref=bank_ref, booking_date=booking, value_date=value,
                      amount_minor=minor if credit else -minor, currency=currency,
                      counterparty_name=name, counterparty_account=acct, remittance=remittance,
                      reversal=reversal, raw=raw, extra=tuple(extras + extra))


# ----------------------------------------------------------------------------- messages

_BIC = re.compile(r"^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$")


def _own_account(text: str) -> str:
    """':25:' without a leading BIC ('BPHKPLPK/320…') or a trailing currency ('NL91…EUR')."""
    acct = text.strip()
    head, sep, tail = acct.partition("/")
    if sep and _BIC.match(head) and tail.strip():
        acct = tail.strip()
    m = re.match(r"^(.*\d)\s*([A-Z]{3})$", acct)
    if m and m.group(2) in _KNOWN_CCY:
        acct = m.group(1)
    return acct


def _statement(msg: _Message, file: str) -> ParsedStatement:
    first = {}
    for f in msg.fields:
        first.setdefault(f.tag, f)
    start_no = msg.fields[0].line_no
    ref = first["20"].lines[0].strip()
    acct_f = first.get("25")
    if acct_f is None:
        raise _err(file, start_no, T("{file}, line {line}: statement {ref} has no account (:25:); "
                                     "the file may be truncated."), ref=ref)
    account = _own_account(acct_f.lines[0])
    seq_f = first.get("28C") or first.get("28")
    statement_id = ref + ("/" + seq_f.lines[0].strip() if seq_f and seq_f.lines[0].strip() else "")
    opening = _balance(first["60F"] if "60F" in first else first["60M"], file) \
        if ("60F" in first or "60M" in first) else None
    closing = _balance(first["62F"] if "62F" in first else first["62M"], file) \
        if ("62F" in first or "62M" in first) else None
    mt942 = "34F" in first or "13D" in first
    currency = opening.currency if opening else ""
    if not currency and "34F" in first:
        m = re.match(r"^([A-Z]{3})", first["34F"].lines[0].strip())
        if m:
            currency = _currency(m.group(1), file, first["34F"].line_no)
    if not currency and not mt942:
        raise _err(file, start_no, T("{file}, line {line}: statement {ref} has no opening balance "
                                     "(:60F:); the file may be truncated."), ref=ref)
    if not currency:
        raise _err(file, start_no, T("{file}, line {line}: interim report {ref} has no currency "
                                     "(:34F:)."), ref=ref)
    if closing and closing.currency != currency:
        raise _err(file, first["62F" if "62F" in first else "62M"].line_no,
                   T("{file}, line {line}: the closing balance is in {closing}, the opening "
                     "balance in {opening}."), closing=closing.currency, opening=currency)
    lines: list[ParsedLine] = []
    seen: dict[str, int] = {}
    fields = msg.fields
    for i, f in enumerate(fields):
        if f.tag != "61":
            continue
        nxt = fields[i + 1] if i + 1 < len(fields) and fields[i + 1].tag == "86" else None
        lines.append(_line(f, nxt, currency, account, seen, file))
    period_end = closing.on if closing else None
    if mt942 and "13D" in first:
        try:
            period_end = _yymmdd(first["13D"].lines[0].strip()[:6])
        except ValueError:
            raise _err(file, first["13D"].line_no, _BAD_BALANCE, tag="13D",
                       text=first["13D"].lines[0].strip()[:40]) from None
    return ParsedStatement(
        format="mt942" if mt942 else "mt940", account=account, currency=currency,
        statement_id=statement_id, period_start=opening.on if opening else None,
        period_end=period_end, opening_balance_minor=opening.minor if opening else None,
        closing_balance_minor=closing.minor if closing else None, lines=tuple(lines))


def parse_mt940(data: bytes, file_name: str) -> list[ParsedStatement]:
    """Every statement / interim report in an MT940 or MT942 file, in file order."""
    if len(data) > MAX_BYTES:
        raise StatementError(T("{file} is too large for a statement file ({size} MB)."),
                             file=file_name, size=len(data) // (1024 * 1024))
    if not looks_like_mt940(data):
        raise StatementError(T("{file} is not an MT940/MT942 statement (no :20: and :25: tags "
                               "at the start)."), file=file_name)
    msgs = _messages(_decode(data))
    if not msgs:
        raise StatementError(T("{file} contains no MT940/MT942 statement."), file=file_name)
    return [_statement(m, file_name) for m in msgs]


__all__ = ["parse_mt940", "looks_like_mt940", "MAX_BYTES"]
