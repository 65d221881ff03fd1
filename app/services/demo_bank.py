"""The demo company's latest bank statement: receipts of the last days, not yet reconciled.

Written at the end of the demo (its own random stream, so the rest of the demo is unchanged):
one CNY statement of the company's main account with about 45 lines booked in the five days up
to the as-of date — what a bookkeeper finds on a Monday morning:

* customers paying open invoices with the number in the text, exactly or written differently
  (without prefix, lower case, other separators), one with a typo;
* payments without a reference of exactly one open invoice, a payment run for two invoices;
* short payments (bank charges of the payer's bank), part payments;
* a payer under another name (a trading name or a slightly different spelling);
* money that is not a customer payment (interest, a tax refund, a transfer between own
  accounts) and debits (bank fees, a supplier, taxes, salaries).

Nothing is matched: the Bank tab's Auto-match (or ``reconcile --auto``) does that.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, timedelta

from sqlalchemy import Connection, insert, text

from ..models import BankLine, BankStatement

ACCOUNT = "31050161373600001234"


def _mangle(number: str, rng: random.Random) -> str:
    """The invoice number as a payer might type it."""
    head, _, tail = number.partition("-")
    style = rng.randrange(4)
    if style == 0:
        return number.lower()
    if style == 1:
        return number.replace("-", "")
    if style == 2 and tail:
        return tail                                 # without the prefix
    return number.replace("-", " ")


def _typo(number: str) -> str:
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    i = digits[-2]
    ch = "7" if number[i] != "7" else "3"
    return number[:i] + ch + number[i + 1:]


def write_demo_statement(conn: Connection, as_of: date, seed: int) -> int:
    """Store the statement; returns the number of lines."""
    rng = random.Random(seed * 31 + 7)
    rows = conn.execute(text(
        "SELECT i.id, i.number, i.open_minor, i.customer_id, c.name, i.issue_date "
        "FROM invoice i JOIN customer c ON c.id = i.customer_id "
        "WHERE i.kind = 'invoice' AND i.currency = 'CNY' AND i.open_minor > 0 AND i.disputed = 0 "
        "AND i.status IN ('open', 'partly_paid') AND i.issue_date <= :d ORDER BY i.id"),
        {"d": (as_of - timedelta(days=5)).isoformat()}).all()
    by_customer: dict[int, list] = {}
    for r in rows:
        by_customer.setdefault(r[3], []).append(r)
    single = [v[0] for v in by_customer.values() if len(v) == 1]
    multi = [v for v in by_customer.values() if len(v) >= 2]
    if not single:
        return 0                                    # nothing open: no statement
    rng.shuffle(single)
    rng.shuffle(multi)
    lines: list[dict] = []

    def add(amount: int, name: str, remittance: str, account: str = "") -> None:
        lines.append({"amount": amount, "name": name, "remittance": remittance, "account": account})

    pick = iter(single * (1 + 40 // len(single)))   # a small demo repeats customers
    for _ in range(14):                            # the number as written on the invoice
        r = next(pick)
        add(r[2], r[4], rng.choice(["货款 {n}", "付{n}货款", "{n}", "支付发票{n}"]).format(n=r[1]))
    for _ in range(6):                             # written differently
        r = next(pick)
        add(r[2], r[4], f"货款 {_mangle(r[1], rng)}")
    r = next(pick)                                 # one typo
    add(r[2], r[4], f"付款 {_typo(r[1])}")
    for _ in range(4):                             # no reference, the exact amount
        r = next(pick)
        add(r[2], r[4], rng.choice(["货款", "往来款", "", "转账"]))
    for _ in range(3):                             # the payer's bank took its fee
        r = next(pick)
        fee = rng.choice([500, 1000, 1500, 2000])
        if r[2] > fee * 10:
            add(r[2] - fee, r[4], f"{r[1]} 货款")
    for _ in range(3):                             # part payments
        r = next(pick)
        part = max(100, r[2] // 200 * 100)
        add(part, r[4], f"{r[1]} 部分付款")
    for _ in range(2):                             # a trading name / a different spelling
        r = next(pick)
        short = r[4].replace("有限公司", "").replace("Co., Ltd.", "").strip()
        add(r[2], short, f"{r[1]}")
    for group in multi[:3]:                        # one payment for two invoices
        a, b = group[0], group[1]
        add(a[2] + b[2], a[4], rng.choice([f"{a[1]},{b[1]}", "货款", f"{a[1]} {b[1]}"]))
    for group in multi[3:5]:                       # a payment run without references
        a, b = group[0], group[1]
        add(a[2] + b[2], a[4], "")
    add(123_45, "上海浦东发展银行", "结息 利息收入")
    add(8_650_00, "国家税务总局上海市税务局", "出口退税 VAT REFUND 2026-10")
    add(200_000_00, "上海申澄进出口贸易有限公司", "内部转账 基本户划入", "31050161373600009999")
    add(-35_00, "上海浦东发展银行", "手续费")
    add(-12_800_00, "宁波华茂包装材料有限公司", "付包装材料款 PO-2026-118")
    add(-46_210_17, "国家税务总局上海市税务局", "增值税 2026-10")
    add(-185_400_00, "工资代发", "10月工资")
    rng.shuffle(lines)
    sha = hashlib.sha256(f"demo-statement-{seed}-{as_of.isoformat()}".encode()).hexdigest()
    start = as_of - timedelta(days=4)
    st = conn.execute(insert(BankStatement.__table__).values(
        file_sha256=sha, file_name="demo-statement.xml", format="demo", account=ACCOUNT, currency="CNY",
        statement_id=f"DEMO-{as_of:%Y%m%d}", period_start=start, period_end=as_of,
        imported_at=_stamp(as_of), import_batch_id=None)).inserted_primary_key[0]
    out = []
    for k, ln in enumerate(lines):
        day = start + timedelta(days=k * 5 // len(lines))
        ref = f"{day:%Y%m%d}{k + 1:06d}"
        out.append({
            "statement_id": st, "account": ACCOUNT, "bank_ref": ref, "booking_date": day, "value_date": day,
            "amount_minor": ln["amount"], "currency": "CNY", "counterparty_name": ln["name"],
            "counterparty_account": ln["account"], "remittance": ln["remittance"], "reversal": False,
            "raw": "", "extra": "", "status": "unmatched", "proposals": "",
            "dedupe_key": hashlib.sha256(f"{sha}:{ref}".encode()).hexdigest()})
    conn.execute(insert(BankLine.__table__), out)
    return len(out)


def _stamp(d: date):
    from datetime import datetime, time
    return datetime.combine(d, time(8, 30))
