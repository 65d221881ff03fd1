"""Account-detail exports of Chinese banks (ICBC, CCB, CMB, ABC, BOC, BOCOM) → ``ParsedStatement``.

The files are CSV (UTF-8 or GBK/GB18030), XLS or XLSX with title/preamble rows above the header
row; the table is read by ``importers.table.read_table``. The bank is recognised from its name
in the preamble or from the set of column headers it uses. Amounts come from separate
收入/支出 (credit/debit) columns, from an amount with a 借/贷 (Dr/Cr) column, or from one signed
amount column. The bank's serial number (交易流水号, 日志号 …) is the line reference when the
file has one; otherwise a stable reference is made from the row's content.
"""

from __future__ import annotations

import hashlib
import re
import struct
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ...errors import UserError
from ...i18n import T
from ...money import MoneyError, normalize_currency, to_minor
from ..importers.fields import normalize_header
from ..importers.table import Table, decode_text, read_table
from .model import ParsedLine, ParsedStatement, StatementError

# column role → header texts (best first); compared after normalize_header
_COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("记账日期", "记账日", "入账日期", "交易日期", "交易日", "日期"),
    "time": ("交易时间", "记账时间", "时间"),
    "credit": ("记账金额(收入)", "贷方发生额", "贷方金额", "收入金额", "收入", "存入金额", "存入",
               "交易金额(收入)", "贷方"),
    "debit": ("记账金额(支出)", "借方发生额", "借方金额", "支出金额", "支出", "支取金额", "支取",
              "交易金额(支出)", "借方"),
    "drcr": ("借贷", "借贷标志", "借贷方向", "收支", "收支方向", "借贷标识"),
    "amount": ("交易金额", "金额", "发生额", "记账金额"),
    "balance": ("余额", "账户余额", "本次余额", "联机余额", "交易后余额"),
    "currency": ("记账币种", "币种", "币别", "货币", "交易币种"),
    "summary": ("摘要", "交易摘要", "交易名称", "交易类型"),
    "remark": ("附言", "交易附言", "用途", "客户摘要", "备注", "交易详情", "附加信息"),
    "name": ("对方户名", "对方账户名", "对方名称", "对方单位", "收/付方名称", "对方户名称"),
    "account": ("对方账号", "对方账户", "对方卡号/账号", "收/付方账号", "对方帐号"),
    "mixed": ("对手信息",),
    "serial": ("交易流水号", "流水号", "日志号", "交易参考号", "凭证号", "交易序号"),
    "own": ("借记卡号", "本方账号", "账号"),
}
_EXTRA_HEADERS = tuple(h for hs in _COLUMNS.values() for h in hs) + ("交易地点", "交易场所", "渠道",
                                                                 "交易渠道", "网点名称", "对方开户行")

# bank → (names in the preamble, distinctive headers)
_BANKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "icbc": (("工商银行", "ICBC", "Industrial and Commercial Bank", "明细查询文件下载"),
             ("交易金额(收入)", "记账金额(收入)", "记账金额(支出)", "交易场所", "钞/汇")),
    "ccb": (("建设银行", "China Construction Bank", "CCB"), ("记账日", "账户余额")),
    "cmb": (("招商银行", "China Merchants Bank", "CMB"), ("联机余额", "客户摘要")),
    "abc": (("农业银行", "Agricultural Bank", "ABC"), ("本次余额", "日志号", "交易附言")),
    "bocom": (("交通银行", "Bank of Communications", "BOCOM"), ("借贷", "序号", "交易类型")),
    "boc": (("中国银行", "Bank of China", "BOC"), ("对方卡号/账号", "网点名称", "对方开户行", "币别",
                                               "交易名称")),
}
_READER_ERRORS = (struct.error, ValueError, IndexError, KeyError, TypeError, AssertionError,
                  EOFError, OSError)
_PLACEHOLDER = re.compile(r"^[-—_\s*]*$")
_FOOTER = ("合计", "总计", "以上数据", "仅供参考", "说明", "注：", "注:", "笔数")
_ACCOUNT = re.compile(r"(?:账号|帐号|卡号)[:：\s]*([0-9A-Za-z*]{4,}(?:[ *][0-9A-Za-z*]+)*)")


def _norm(text: object) -> str:
    return normalize_header(text)


def _clean(v: object) -> str:
    s = v.strip() if isinstance(v, str) else ("" if v is None else str(v))
    return "" if _PLACEHOLDER.match(s) else s


@dataclass
class _Layout:
    cols: dict[str, int]

    def get(self, row: list[object], role: str) -> object:
        i = self.cols.get(role)
        return row[i] if i is not None and i < len(row) else ""


def _layout(headers: list[str]) -> _Layout:
    keys = [_norm(h) for h in headers]
    cols: dict[str, int] = {}
    used: set[int] = set()
    for role, names in _COLUMNS.items():
        for name in names:
            k = _norm(name)
            hit = next((i for i, h in enumerate(keys) if h == k and i not in used), None)
            if hit is not None:
                cols[role] = hit
                used.add(hit)
                break
    return _Layout(cols)


def _detect(preamble: str, headers: list[str]) -> str | None:
    folded = unicodedata.normalize("NFKC", preamble)
    for bank, (names, _) in _BANKS.items():
        for n in names:
            if (n.isascii() and re.search(r"\b" + re.escape(n) + r"\b", folded)) or \
                    (not n.isascii() and n in folded):
                return bank
    keys = {_norm(h) for h in headers}
    scores = {b: sum(1 for h in hs if _norm(h) in keys) for b, (_, hs) in _BANKS.items()}
    best = max(scores, key=lambda b: scores[b])
    return best if scores[best] else None


# ----------------------------------------------------------------------------- reading

def _read(path: Path, name: str) -> tuple[Table, str]:
    """The table and the text above its header row (title, account, currency …)."""
    try:
        table = read_table(path, extra_headers=_EXTRA_HEADERS)
    except UserError as exc:
        raise StatementError(T("{file} is not a readable bank export: {reason}"), file=name,
                             reason=str(exc)) from None
    except _READER_ERRORS as exc:
        # the Excel readers let some damage through as low-level errors (xlrd: struct.error
        # on a truncated OLE2 header); they all mean a damaged file
        raise StatementError(T("{file} is damaged and cannot be read ({reason})."), file=name,
                             reason=f"{type(exc).__name__}: {exc}") from None
    preamble = ""
    if table.header_row > 1:
        if table.format == "csv":
            text, _ = decode_text(path.read_bytes(), path)
            preamble = "\n".join(text.splitlines()[:table.header_row - 1])
        else:
            try:
                top = read_table(path, sheet=table.sheet, header_row=1)
                rows = [top.headers] + top.rows[:table.header_row]
                preamble = "\n".join(" ".join(str(c) for c in r) for r in rows)
            except (UserError, *_READER_ERRORS):
                preamble = ""
    return table, preamble


def _signature_ok(layout: _Layout) -> bool:
    c = layout.cols
    return "date" in c and ("credit" in c and "debit" in c or "amount" in c)


def looks_like_cn_bank(path_or_bytes: str | Path | bytes, file_name: str = "") -> bool:
    """True when the file reads as a table from one of the supported Chinese banks."""
    try:
        parse_cn_bank(path_or_bytes, file_name or "statement")
    except StatementError:
        return False
    return True


def parse_cn_bank(path_or_bytes: str | Path | bytes, file_name: str) -> list[ParsedStatement]:
    """The statement in a Chinese bank's CSV/XLS/XLSX export (one per file)."""
    if isinstance(path_or_bytes, (bytes, bytearray)):
        with tempfile.TemporaryDirectory(prefix="ardesk-stmt-") as d:
            p = Path(d) / (Path(file_name).name or "statement")
            p.write_bytes(bytes(path_or_bytes))
            return _parse(p, file_name)
    return _parse(Path(path_or_bytes), file_name or Path(path_or_bytes).name)


def _parse(path: Path, name: str) -> list[ParsedStatement]:
    table, preamble = _read(path, name)
    layout = _layout(table.headers)
    if not _signature_ok(layout):
        raise StatementError(T("{file} is not a recognised Chinese bank export: the header row "
                               "(row {row}) has no date and amount (or 收入/支出) columns."),
                             file=name, row=table.header_row)
    bank = _detect(preamble + "\n" + name, table.headers)
    if bank is None:
        raise StatementError(T("{file}: the bank (ICBC, CCB, CMB, ABC, BOC, BOCOM) cannot be "
                               "recognised; use the generic CSV mapping."), file=name)
    pre = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff:])", "",
                 unicodedata.normalize("NFKC", preamble))
    m = _ACCOUNT.search(pre)
    account = m.group(1).strip() if m else ""
    default_ccy = "CNY"
    cm = re.search(r"(?:币种|币别)[:：\s]*([^\s,]+)", pre)
    if cm:
        try:
            default_ccy = normalize_currency(cm.group(1))
        except MoneyError:
            pass
    lines: list[ParsedLine] = []
    balances: list[int | None] = []
    seen_refs: dict[str, int] = {}
    for row, excel_row in zip(table.rows, table.row_numbers):
        line = _row(row, excel_row, layout, bank, account, default_ccy, seen_refs, name)
        if line is not None:
            lines.append(line)
            balances.append(_balance(layout.get(row, "balance"), line.currency))
    if not lines:
        raise StatementError(T("{file} has a header row but no transactions."), file=name)
    if not account:
        own = {_clean(layout.get(r, "own")) for r in table.rows} - {""}
        account = own.pop() if len(own) == 1 else ""
    dates = [ln.booking_date for ln in lines]
    currencies = {ln.currency for ln in lines}
    opening, closing = _ends(lines, balances)
    return [ParsedStatement(format=f"cn:{bank}", account=account,
                            currency=currencies.pop() if len(currencies) == 1 else default_ccy,
                            statement_id="", period_start=min(dates), period_end=max(dates),
                            opening_balance_minor=opening, closing_balance_minor=closing,
                            lines=tuple(lines))]


def _balance(v: object, currency: str) -> int | None:
    try:
        return _money(v, currency)
    except _RowProblem:
        return None


def _ends(lines: list[ParsedLine], balances: list[int | None]) -> tuple[int | None, int | None]:
    """Opening and closing balance from the balance column, when every row has one and they
    chain (balance = previous balance + amount) in file order or in reverse order."""
    if not lines or any(b is None for b in balances) or len({ln.currency for ln in lines}) > 1:
        return None, None
    pairs = list(zip((ln.amount_minor for ln in lines), balances))
    for seq in (pairs, pairs[::-1]):
        if all(seq[i][1] == seq[i - 1][1] + seq[i][0] for i in range(1, len(seq))):  # type: ignore[operator]
            first_amount, first_balance = seq[0]
            return first_balance - first_amount, seq[-1][1]  # type: ignore[operator]
    return None, None


# ----------------------------------------------------------------------------- rows

def _date(v: object) -> date | None:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    s = unicodedata.normalize("NFKC", str(v or "")).strip()
    m = re.match(r"^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:$|[\sT])", s)
    if not m or (len(s) >= 8 and s[:8].isdigit() and not re.match(r"^\d{8}(?:$|\s)", s)):
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class _RowProblem(Exception):
    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template, self.params = template, params


def _money(v: object, currency: str) -> int | None:
    """Minor units, or None for an empty / placeholder cell."""
    bad = _RowProblem(T("{file}, row {row}: the amount {value} is not readable."), value=str(v))
    if isinstance(v, bool):
        raise bad
    if isinstance(v, (int, float)):
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
    else:
        s = _clean(v).replace(",", "").replace("，", "").replace(" ", "").replace("¥", "")
        if not s:
            return None
        try:
            d = Decimal(s)
        except InvalidOperation:
            raise bad from None
    try:
        return to_minor(d, currency, strict=True)
    except MoneyError:
        raise _RowProblem(T("{file}, row {row}: the amount {value} has more decimals than "
                            "{currency} allows (or is not a number)."), value=str(v),
                          currency=currency) from None


def _split_mixed(text: str) -> tuple[str, str]:
    """'北京住房公积金管理中心1111111111' → (name, account)."""
    m = re.match(r"^(.*?)[\s/]*([0-9*]{6,})$", text)
    if m and sum(ch.isdigit() for ch in m.group(2)) >= 4:
        return m.group(1).strip(), m.group(2)
    return text, ""


def _row(row: list[object], excel_row: int, lay: _Layout, bank: str, account: str, default_ccy: str,
         seen: dict[str, int], name: str) -> ParsedLine | None:
    text = " ".join(str(c) for c in row if c not in ("", None))
    when = _date(lay.get(row, "date"))
    if when is None:
        filled = sum(1 for c in row if _clean(c))
        if filled <= 2 or any(f in text for f in _FOOTER):
            return None                                  # totals / notes below the table
        raise StatementError(T("{file}, row {row}: the date {value} is not readable."),
                             file=name, row=excel_row, value=str(lay.get(row, "date")))
    try:
        ccy_cell = _clean(lay.get(row, "currency"))
        try:
            currency = normalize_currency(ccy_cell) if ccy_cell else default_ccy
        except MoneyError:
            raise _RowProblem(T("{file}, row {row}: the currency {value} is unknown."),
                              value=ccy_cell) from None
        if "credit" in lay.cols and "debit" in lay.cols:
            cr = _money(lay.get(row, "credit"), currency)
            dr = _money(lay.get(row, "debit"), currency)
            if cr is None and dr is None:
                raise _RowProblem(T("{file}, row {row}: both the credit (收入) and the debit (支出) "
                                    "amount are empty."))
            amount = (cr or 0) - (dr or 0)
        else:
            a = _money(lay.get(row, "amount"), currency)
            if a is None:
                raise _RowProblem(T("{file}, row {row}: the amount is empty."))
            flag = _clean(lay.get(row, "drcr")).upper()
            if flag:
                if "借" in flag or "DR" in flag or "支" in flag or flag == "D":
                    amount = -abs(a)
                elif "贷" in flag or "CR" in flag or "收" in flag or flag == "C":
                    amount = abs(a)
                else:
                    raise _RowProblem(T("{file}, row {row}: the debit/credit mark {value} is "
                                        "neither 借 (Dr) nor 贷 (Cr)."), value=flag)
            else:
                amount = a
    except _RowProblem as p:
        raise StatementError(p.template, file=name, row=excel_row, **p.params) from None
    cp_name = _clean(lay.get(row, "name"))
    cp_acct = _clean(lay.get(row, "account"))
    mixed = _clean(lay.get(row, "mixed"))
    if mixed and not (cp_name or cp_acct):
        cp_name, cp_acct = _split_mixed(mixed)
    summary = _clean(lay.get(row, "summary"))
    remark = _clean(lay.get(row, "remark"))
    remittance = " ".join(dict.fromkeys(x for x in (remark, summary) if x))
    when_time = _clean(lay.get(row, "time"))
    serial = _clean(lay.get(row, "serial"))
    if serial and set(serial) <= {"0"}:
        serial = ""
    raw = "\t".join(str(c) for c in row)
    if serial:
        n = seen.get(serial, 0)
        seen[serial] = n + 1
        ref = serial if n == 0 else f"{serial}#{n + 1}"
    else:
        key = f"{bank}|{account}|{when}|{when_time}|{amount}|{cp_name}|{cp_acct}|{remittance}"
        n = seen.get(key, 0)
        seen[key] = n + 1
        ref = "CN-" + hashlib.sha1(f"{key}|{n}".encode()).hexdigest()[:20]
    extra = tuple((k, v) for k, v in (("summary", summary), ("time", when_time)) if v)
    return ParsedLine(bank_ref=ref, booking_date=when, value_date=when, amount_minor=amount,
                      currency=currency, counterparty_name=cp_name, counterparty_account=cp_acct,
                      remittance=remittance, raw=raw, extra=extra)


__all__ = ["parse_cn_bank", "looks_like_cn_bank"]
