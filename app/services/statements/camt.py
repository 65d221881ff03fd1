"""ISO 20022 camt.053 (statement), camt.052 (intraday report) and camt.054 (notification).

Any message version (001.02 … 001.08 and later) is read by matching local element names, so
the namespace only decides nothing. One ``ParsedStatement`` per Stmt / Rpt / Ntfctn block.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from datetime import date

from ...i18n import T
from ...money import MoneyError, normalize_currency, to_minor
from .model import ParsedLine, ParsedStatement, StatementError
from .xmlsafe import parse_xml

# message element under Document → (format, block element)
_KINDS = {
    "BkToCstmrStmt": ("camt.053", "Stmt"),
    "BkToCstmrAcctRpt": ("camt.052", "Rpt"),
    "BkToCstmrDbtCdtNtfctn": ("camt.054", "Ntfctn"),
}
_AMOUNT = re.compile(r"\d{1,18}(\.\d{1,18})?")
_OPENING = ("OPBD", "PRCD")
_CLOSING = ("CLBD", "CLAV")


def looks_like_camt(data: bytes) -> bool:
    head = bytes(data[:4096])
    return (b"urn:iso:std:iso:20022:tech:xsd:camt.05" in head
            or any(k.encode() in head for k in _KINDS))


# -- small element helpers (tags are local names, see xmlsafe) --------------------------------

def _child(el: ET.Element | None, *path: str) -> ET.Element | None:
    for name in path:
        if el is None:
            return None
        el = el.find(name)
    return el


def _text(el: ET.Element | None, *path: str) -> str:
    found = _child(el, *path)
    return (found.text or "").strip() if found is not None else ""


class _Ctx:
    def __init__(self, file_name: str) -> None:
        self.file = file_name

    def fail(self, where: str, template: str, **params: object) -> StatementError:
        """``template`` is a T() message with {file} and {where} (the block / entry) in it."""
        return StatementError(template, file=self.file, where=where, **params)

    def date(self, el: ET.Element | None, where: str) -> date | None:
        """<Dt>YYYY-MM-DD</Dt> or <DtTm>YYYY-MM-DDThh:mm:ss…</DtTm> inside ``el``."""
        if el is None:
            return None
        txt = _text(el, "Dt") or _text(el, "DtTm")
        if not txt and (el.tag.endswith("DtTm") or el.tag.endswith("Dt")):
            txt = (el.text or "").strip()
        if not txt:
            return None
        try:
            return date.fromisoformat(txt[:10])
        except ValueError:
            raise self.fail(where, T("{file}: {where}: \"{value}\" is not a date."), value=txt) from None

    def currency(self, code: str, where: str) -> str:
        try:
            return normalize_currency(code)
        except MoneyError:
            raise self.fail(where, T("{file}: {where}: unknown currency \"{value}\"."), value=code) from None

    def amount(self, amt: ET.Element, default_ccy: str, where: str) -> tuple[int, str]:
        ccy = self.currency(amt.get("Ccy") or default_ccy, where)
        txt = (amt.text or "").strip()
        if not _AMOUNT.fullmatch(txt):   # ISO 20022 decimals: digits, optional fraction
            raise self.fail(where, T("{file}: {where}: \"{value}\" is not a valid {currency} amount."),
                            value=txt, currency=ccy)
        try:
            return to_minor(txt, ccy, strict=True), ccy
        except MoneyError:
            raise self.fail(where, T("{file}: {where}: \"{value}\" is not a valid {currency} amount."),
                            value=txt, currency=ccy) from None


def _sign(el: ET.Element, default: int = 1) -> int:
    ind = _text(el, "CdtDbtInd")
    if ind == "DBIT":
        return -1
    if ind == "CRDT":
        return 1
    return default


def _account(acct: ET.Element | None) -> str:
    if acct is None:
        return ""
    return _text(acct, "Id", "IBAN") or _text(acct, "Id", "Othr", "Id")


def _party_name(p: ET.Element | None) -> str:
    # v2–v7: <Dbtr><Nm>; v8+: <Dbtr><Pty><Nm> (or <Agt>…)
    return _text(p, "Nm") or _text(p, "Pty", "Nm") if p is not None else ""


def _counterparty(tx: ET.Element | None, credit: bool) -> tuple[str, str]:
    parties = _child(tx, "RltdPties")
    if parties is None:
        return "", ""
    side = "Dbtr" if credit else "Cdtr"
    name = _party_name(parties.find(side)) or _party_name(parties.find("Ultmt" + side))
    return name, _account(parties.find(side + "Acct"))


def _remittance(tx: ET.Element | None) -> list[str]:
    parts: list[str] = []
    for rmt in (tx.findall("RmtInf") if tx is not None else []):
        parts += [(u.text or "").strip() for u in rmt.findall("Ustrd")]
        for strd in rmt.findall("Strd"):
            parts += [_text(r, "Ref") for r in strd.findall("CdtrRefInf")]
    return [p for p in parts if p]


def _tx_amount(tx: ET.Element) -> ET.Element | None:
    amt = tx.find("Amt")   # v3+
    if amt is None:
        amt = _child(tx, "AmtDtls", "TxAmt", "Amt")
    if amt is None:
        amt = _child(tx, "AmtDtls", "InstdAmt", "Amt")
    return amt


def _bank_tx_code(ntry: ET.Element) -> str:
    code = _child(ntry, "BkTxCd")
    if code is None:
        return ""
    domn = code.find("Domn")
    if domn is not None:
        bits = [_text(domn, "Cd"), _text(domn, "Fmly", "Cd"), _text(domn, "Fmly", "SubFmlyCd")]
        return "/".join(b for b in bits if b)
    return _text(code, "Prtry", "Cd")


def _raw(el: ET.Element) -> str:
    return ET.tostring(el, encoding="unicode").strip()


def _synthetic_ref(stmt_id: str, raw: str, pos: int) -> str:
    digest = hashlib.sha1(f"{stmt_id}\x1f{pos}\x1f{raw}".encode()).hexdigest()[:20]
    return f"SYN-{digest}"


def _entry_lines(ctx: _Ctx, ntry: ET.Element, pos: int, stmt_id: str, stmt_ccy: str,
                 where: str) -> list[ParsedLine]:
    amt_el = ntry.find("Amt")
    if amt_el is None:
        raise ctx.fail(where, T("{file}: {where}: the entry has no amount (Amt)."))
    minor, ccy = ctx.amount(amt_el, stmt_ccy, where)
    sign = _sign(ntry)
    booking = ctx.date(ntry.find("BookgDt"), where)
    value = ctx.date(ntry.find("ValDt"), where)
    if booking is None:
        booking = value
    if booking is None:
        raise ctx.fail(where, T("{file}: {where}: the entry has no booking or value date."))
    reversal = _text(ntry, "RvslInd").lower() in ("true", "1")
    raw = _raw(ntry)
    ref = _text(ntry, "AcctSvcrRef") or _text(ntry, "NtryRef") or _synthetic_ref(stmt_id, raw, pos)
    extra: list[tuple[str, str]] = []
    for key, val in (("status", _text(ntry, "Sts") or _text(ntry, "Sts", "Cd")),
                     ("bank_tx_code", _bank_tx_code(ntry)),
                     ("additional_info", _text(ntry, "AddtlNtryInf"))):
        if val:
            extra.append((key, val))
    txs = [tx for d in ntry.findall("NtryDtls") for tx in d.findall("TxDtls")]

    def line(ref_: str, amount: int, tx_list: list[ET.Element], raw_: str) -> ParsedLine:
        credit = amount > 0 or (amount == 0 and sign > 0)
        name = acct = ""
        for tx in tx_list:
            name, acct = _counterparty(tx, credit)
            if name or acct:
                break
        rem = [r for tx in tx_list for r in _remittance(tx)]
        ids = dict.fromkeys(e for tx in tx_list
                            if (e := _text(tx, "Refs", "EndToEndId")) and e != "NOTPROVIDED")
        tx_extra = [("end_to_end_id", e) for e in ids]
        return ParsedLine(bank_ref=ref_, booking_date=booking, value_date=value,
                          amount_minor=amount, currency=ccy, counterparty_name=name,
                          counterparty_account=acct, remittance=" ".join(rem),
                          reversal=reversal, raw=raw_, extra=tuple(extra + tx_extra))

    # A batch entry is split when every transaction carries its own amount in the entry's
    # currency and those amounts add up to the entry; otherwise it stays one line.
    if len(txs) > 1:
        split: list[int] = []
        for i, tx in enumerate(txs):
            tx_amt = _tx_amount(tx)
            if tx_amt is None:
                break
            m, c = ctx.amount(tx_amt, ccy, f"{where}, transaction {i + 1}")
            if c != ccy:
                break
            split.append(m * _sign(tx, sign))
        if len(split) == len(txs) and sum(split) == minor * sign:
            out = []
            for i, (tx, m) in enumerate(zip(txs, split)):
                tx_ref = _text(tx, "Refs", "AcctSvcrRef")
                out.append(line(tx_ref if tx_ref and tx_ref != ref else f"{ref}/{i + 1}",
                                m, [tx], _raw(tx)))
            return out
    return [line(ref, minor * sign, txs, raw)]


def _balance(ctx: _Ctx, block: ET.Element, codes: tuple[str, ...], ccy: str,
             where: str) -> int | None:
    found: dict[str, int] = {}
    for bal in block.findall("Bal"):
        code = _text(bal, "Tp", "CdOrPrtry", "Cd")
        amt = bal.find("Amt")
        if code not in codes or code in found or amt is None:
            continue
        minor, bal_ccy = ctx.amount(amt, ccy, f"{where}, balance {code}")
        if bal_ccy == ccy:   # a balance in another currency cannot be stated in this one
            found[code] = minor * _sign(bal)
    for code in codes:
        if code in found:
            return found[code]
    return None


def _statement(ctx: _Ctx, fmt: str, block: ET.Element, index: int) -> ParsedStatement:
    stmt_id = _text(block, "Id")
    where = f"{fmt} block {index + 1}" + (f" ({stmt_id})" if stmt_id else "")
    acct = block.find("Acct")
    ccy_code = _text(acct, "Ccy")
    if not ccy_code:
        first = block.find("Ntry/Amt")
        if first is None:
            first = block.find("Bal/Amt")
        ccy_code = first.get("Ccy", "") if first is not None else ""
    ccy = ctx.currency(ccy_code, where) if ccy_code else ""
    lines: list[ParsedLine] = []
    for pos, ntry in enumerate(block.findall("Ntry")):
        lines += _entry_lines(ctx, ntry, pos, stmt_id, ccy, f"{where}, entry {pos + 1}")
    if not ccy and lines:
        ccy = lines[0].currency
    period = block.find("FrToDt")
    return ParsedStatement(
        format=fmt, account=_account(acct), currency=ccy, statement_id=stmt_id,
        period_start=ctx.date(_child(period, "FrDtTm"), where) or ctx.date(_child(period, "FrDt"), where),
        period_end=ctx.date(_child(period, "ToDtTm"), where) or ctx.date(_child(period, "ToDt"), where),
        opening_balance_minor=_balance(ctx, block, _OPENING, ccy, where),
        closing_balance_minor=_balance(ctx, block, _CLOSING, ccy, where),
        lines=tuple(lines))


def parse_camt(data: bytes, file_name: str) -> list[ParsedStatement]:
    """All statements / reports / notifications of a camt.05x file (StatementError otherwise)."""
    root = parse_xml(data, file_name)
    ctx = _Ctx(file_name)
    msg = root if root.tag in _KINDS else None
    if msg is None and root.tag == "Document":
        msg = next((c for c in root if c.tag in _KINDS), None)
    if msg is None:
        raise StatementError(T("{file}: not a camt.052, camt.053 or camt.054 file "
                               "(root element {root})."), file=file_name, root=root.tag)
    fmt, block_tag = _KINDS[msg.tag]
    blocks = msg.findall(block_tag)
    if not blocks:
        raise StatementError(T("{file}: the {format} file contains no {block} block."),
                             file=file_name, format=fmt, block=block_tag)
    return [_statement(ctx, fmt, b, i) for i, b in enumerate(blocks)]
