"""A generated company and bank statement with ground truth, for measuring the matching engine.

Deterministic: the same ``seed`` and sizes always give the same customers, invoices and lines.

The company: Chinese- and English-named customers (look-alike pairs such as "Shanghai Minghua
Trading Co., Ltd." / "Shanghai Minghui Trading Co., Ltd." and 上海明华… / 上海明辉…), parent
companies registered as name aliases of one or two subsidiaries, customers paying through
支付宝 (their platform account registered as an account alias) or 财付通 (a "财付通-…" payer name
registered as a name alias), some with a learned bank-account alias, some with early-payment
discount terms, a few in USD. Invoices use four numbering styles: INV-2026-000123,
RE-2026-045678, 20-digit 数电票 numbers and 10/12-digit invoice code + 8-digit number.

The statement: every kind of line the issue lists (see ``KINDS``), each with its truth —
``None`` (must never be applied) or a `Truth` (customer, {invoice: amount from the line},
{invoice: (difference kind, amount)}). Lines are in booking-date order (the order the engine
matches them); an invoice is touched by one line only, except the two payments of a ``split``.

``generate(...)`` builds it in memory (ids assigned), ``write(db, company)`` stores it in an
empty database with bulk inserts (no file parsing).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import insert

from app.models import Customer, CustomerAlias, Invoice
from app.models.bank import BankLine, BankStatement

AS_OF = date(2026, 11, 23)
PERIOD = (date(2026, 10, 1), date(2026, 11, 20))      # booking dates of the statement
ISSUED = (date(2026, 3, 1), date(2026, 11, 18))       # issue dates of the invoices
OWN_NAME = "上海申澄进出口贸易有限公司"
OWN_ACCOUNTS = ("31050161393600001234", "1001234509000345678")
ALIPAY = "支付宝（中国）网络技术有限公司"
TENPAY = "财付通支付科技有限公司"

# line kinds and their share of the statement (payable unless in NOT_PAYABLE)
KINDS = {
    "exact_ref": 18, "mangled_ref": 16, "no_ref": 11, "multi": 9, "charges": 7, "discount": 5,
    "partial": 5, "split": 4, "third_party": 8, "lookalike": 5, "noise": 6, "debit": 4,
    "reversal": 1, "unrelated_customer_credit": 1,
}
NOT_PAYABLE = ("noise", "debit", "reversal", "unrelated_customer_credit")


@dataclass(frozen=True)
class Truth:
    customer_id: int
    allocations: dict[int, int]                                   # invoice → amount from the line
    differences: dict[int, tuple[str, int]] = field(default_factory=dict)  # invoice → (kind, amount)
    credit_minor: int = 0


@dataclass
class GenCustomer:
    id: int
    code: str
    name: str
    short_cn: str                 # e.g. 明华贸易 / Minghua Trading (for platform aliases)
    english: bool
    account: str
    currency: str = "CNY"
    discount: tuple[int, int] | None = None              # (days, bp)
    aliases: list[tuple[str, str]] = field(default_factory=list)   # (kind, value)
    parent: str | None = None      # parent company name (a name alias)
    alipay: str | None = None      # Alipay account (an account alias)
    tenpay: str | None = None      # "财付通-…" payer name (a name alias)
    twin: int | None = None        # the look-alike customer
    recurring: bool = False        # the same amount every month


@dataclass
class GenInvoice:
    id: int
    number: str
    customer_id: int
    issue: date
    due: date
    amount: int
    currency: str
    style: str
    disputed: bool = False


@dataclass
class GenLine:
    kind: str
    sub: str
    booking: date
    amount: int                    # signed minor units: credit > 0
    currency: str
    name: str
    account: str
    remittance: str
    truth: Truth | None
    reversal: bool = False
    id: int = 0


@dataclass
class Company:
    seed: int
    customers: list[GenCustomer]
    invoices: list[GenInvoice]
    lines: list[GenLine]

    @property
    def payable(self) -> list[GenLine]:
        return [ln for ln in self.lines if ln.truth is not None]


# ------------------------------------------------------------------------------------- names

_CITIES = [("上海", "Shanghai"), ("北京", "Beijing"), ("深圳", "Shenzhen"), ("广州", "Guangzhou"),
           ("杭州", "Hangzhou"), ("苏州", "Suzhou"), ("南京", "Nanjing"), ("宁波", "Ningbo"),
           ("天津", "Tianjin"), ("成都", "Chengdu"), ("武汉", "Wuhan"), ("厦门", "Xiamen"),
           ("青岛", "Qingdao"), ("无锡", "Wuxi"), ("东莞", "Dongguan"), ("佛山", "Foshan")]
_SYL = [("明", "Ming"), ("华", "hua"), ("辉", "hui"), ("信", "xin"), ("达", "da"), ("通", "tong"),
        ("盛", "sheng"), ("远", "yuan"), ("恒", "heng"), ("泰", "tai"), ("金", "jin"), ("宏", "hong"),
        ("瑞", "rui"), ("丰", "feng"), ("海", "hai"), ("嘉", "jia"), ("永", "yong"), ("安", "an"),
        ("鼎", "ding"), ("润", "run"), ("博", "bo"), ("锦", "jin"), ("诚", "cheng"), ("凯", "kai")]
# look-alike pairs: (Chinese first syllable swap, English swap) — 华/辉 → hua/hui etc.
_TWIN_SWAP = [("华", "辉", "hua", "hui"), ("达", "远", "da", "yuan"), ("盛", "丰", "sheng", "feng"),
              ("泰", "瑞", "tai", "rui")]
_TRADES = [("贸易", "Trading"), ("科技", "Technology"), ("电子", "Electronics"), ("机械", "Machinery"),
           ("物流", "Logistics"), ("进出口", "Import & Export"), ("化工", "Chemical"),
           ("纺织", "Textile"), ("食品", "Foods"), ("建材", "Building Materials"), ("医疗器械", "Medical")]
_CN_FORMS = ["有限公司", "有限公司", "股份有限公司", "有限责任公司"]
_EN_FORMS = ["Co., Ltd.", "Co., Ltd.", "Ltd.", "Corporation", "Company Limited"]
_WESTERN = ["Hansen", "Van Dijk", "Müller", "Schneider", "Rossi", "Dubois", "Andersen", "Novak",
            "Larsen", "Fischer", "Bakker", "Moreau", "Weber", "Ricci", "Jansen", "Kowalski"]
_WESTERN_TRADES = ["Logistik", "Trading", "Components", "Foods", "Textiles", "Machinery", "Imports"]
_WESTERN_FORMS = ["GmbH", "B.V.", "Ltd", "Inc.", "S.r.l.", "AG"]


def _cn_name(city: str, w1: str, w2: str, trade: str, form: str) -> str:
    return f"{city}{w1}{w2}{trade}{form}"


def _en_name(city: str, w1: str, w2: str, trade: str, form: str) -> str:
    return f"{city} {w1}{w2} {trade} {form}"


def _fold(s: str) -> str:
    return "".join(ch for ch in s.casefold() if ch.isalnum())


# ------------------------------------------------------------------------------------ numbers

class _Numbers:
    """Unique invoice numbers in four styles."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.seq = {"INV": 100, "RE": 40_000}
        self.used: set[str] = set()

    def make(self, style: str) -> str:
        while True:
            if style == "inv":
                self.seq["INV"] += self.rng.randint(1, 3)
                n = f"INV-2026-{self.seq['INV']:06d}"
            elif style == "re":
                self.seq["RE"] += self.rng.randint(1, 5)
                n = f"RE-2026-{self.seq['RE']:06d}"
            elif style == "sdp":      # 数电票: 20 digits, year 26 + region + serial
                n = "26" + self.rng.choice(["31", "44", "32", "11"]) + f"{self.rng.randrange(10**16):016d}"
            else:                     # invoice code (10 or 12 digits) + 8-digit number
                code = (f"0{self.rng.randrange(10**11):011d}" if self.rng.random() < 0.5
                        else f"{self.rng.randrange(10**9, 10**10)}")
                n = f"{code}-{self.rng.randrange(10**7, 10**8)}"
            if n not in self.used:
                self.used.add(n)
                return n


def _amount(rng: random.Random) -> int:
    if rng.random() < 0.12:
        return rng.choice([5000, 8000, 10000, 12000, 15000, 20000, 30000, 50000]) * 100
    return int(math.exp(rng.uniform(math.log(800), math.log(300_000)))) * 100 + rng.randint(0, 99)


def _written(amount: int) -> str:
    return f"{amount // 100:,}.{amount % 100:02d}"


# ---------------------------------------------------------------------------------- reference

def mangle(number: str, how: str, rng: random.Random) -> str:
    """The invoice number as a payer might write it."""
    if how == "no_prefix":
        return number.split("-", 1)[1] if number[:1].isalpha() else number
    if how == "separators":
        parts = number.split("-")
        sep = rng.choice(["/", " ", "_", ".", ""])
        if len(parts) == 1:          # 20 digits: groups of four
            return " ".join(number[i:i + 4] for i in range(0, len(number), 4))
        return sep.join(parts)
    if how == "zeros":
        parts = number.split("-")
        if len(parts) == 3:
            return f"{parts[0]}-{parts[1]}-{int(parts[2])}"
        return number
    if how == "lower":
        return number.lower()
    if how == "typo":
        chars = list(number)
        digits = [i for i, c in enumerate(chars) if c.isdigit()]
        # not in the year group of INV/RE numbers (a typo there is a different series)
        digits = [i for i in digits if not (number[:1].isalpha() and i < number.index("-", 3))]
        i = rng.choice(digits[-6:])
        op = rng.choice(["sub", "swap", "drop"])
        if op == "swap" and i + 1 < len(chars) and chars[i + 1].isdigit() and chars[i] != chars[i + 1]:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op == "drop" and len(digits) > 9:
            del chars[i]
        else:
            chars[i] = rng.choice([d for d in "0123456789" if d != chars[i]])
        return "".join(chars)
    return number


def _ref_text(inv: GenInvoice, written: str, cn: bool, rng: random.Random) -> str:
    if inv.style == "code" and written == inv.number and rng.random() < 0.5:
        code, num = inv.number.split("-")
        return f"发票代码{code} 发票号码{num} 货款" if cn else f"Invoice code {code} no {num}"
    templates_cn = ["货款 {r}", "支付发票{r}款项", "{r}", "付货款 发票号{r}", "{r} 货款 合同2026", "往来款 {r}"]
    templates_en = ["{r}", "Payment {r}", "INVOICE {r}", "/INV/{r}", "EREF+NOTPROVIDED SVWZ+{r}",
                    "Inv {r} thank you", "Settlement of {r}"]
    return rng.choice(templates_cn if cn else templates_en).format(r=written)


_NO_REF_CN = ["货款", "10月货款", "付款", "转账", "往来款", "支付货款 2026年10月", "", "结算款"]
_NO_REF_EN = ["Payment", "PAYMENT FOR GOODS", "Transfer", "", "Settlement October 2026", "Invoice payment"]


# --------------------------------------------------------------------------------- generator

class _Gen:
    def __init__(self, seed: int, n_customers: int, n_invoices: int, n_lines: int):
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_customers, self.n_invoices, self.n_lines = n_customers, n_invoices, n_lines
        self.customers: list[GenCustomer] = []
        self.invoices: list[GenInvoice] = []
        self.by_customer: dict[int, list[GenInvoice]] = {}
        self.used: set[int] = set()            # invoices some line already pays
        self.lines: list[GenLine] = []
        self.names: set[str] = set()

    # -- company

    def _account(self) -> str:
        r = self.rng
        return (f"6222{r.randrange(10**15):015d}" if r.random() < 0.5
                else f"{r.choice(['3100', '1001', '4420', '3202'])}{r.randrange(10**16):016d}")

    def _new_name(self, english: bool) -> tuple[str, str, tuple]:
        r = self.rng
        for _ in range(1000):
            if english and r.random() < 0.3:
                trade = r.choice(_WESTERN_TRADES)
                name = f"{r.choice(_WESTERN)} {trade} {r.choice(_WESTERN_FORMS)}"
                parts = None
                short = name.rsplit(" ", 1)[0]
            else:
                city, s1, s2, trade = r.choice(_CITIES), r.choice(_SYL), r.choice(_SYL), r.choice(_TRADES)
                if s1 == s2:
                    continue
                form_cn, form_en = r.choice(_CN_FORMS), r.choice(_EN_FORMS)
                parts = (city, s1, s2, trade, form_cn, form_en)
                if english:
                    name = _en_name(city[1], s1[1], s2[1], trade[1], form_en)
                    short = f"{s1[1]}{s2[1]} {trade[1]}"
                else:
                    name = _cn_name(city[0], s1[0], s2[0], trade[0], form_cn)
                    short = f"{s1[0]}{s2[0]}{trade[0]}"
            if _fold(name) not in self.names:
                self.names.add(_fold(name))
                return name, short, parts
        raise RuntimeError("out of names")

    def _twin_of(self, c: GenCustomer, parts: tuple) -> tuple[str, str] | None:
        city, s1, s2, trade, form_cn, form_en = parts
        for a_cn, b_cn, a_en, b_en in _TWIN_SWAP:
            if s2[0] == a_cn:
                s2t = (b_cn, b_en)
            elif s2[0] == b_cn:
                s2t = (a_cn, a_en)
            else:
                continue
            if c.english:
                name = _en_name(city[1], s1[1], s2t[1], trade[1], form_en)
                short = f"{s1[1]}{s2t[1]} {trade[1]}"
            else:
                name = _cn_name(city[0], s1[0], s2t[0], trade[0], form_cn)
                short = f"{s1[0]}{s2t[0]}{trade[0]}"
            if _fold(name) in self.names:
                return None
            self.names.add(_fold(name))
            return name, short
        return None

    def _add_customer(self, name: str, short: str, english: bool) -> GenCustomer:
        r = self.rng
        cid = len(self.customers) + 1
        c = GenCustomer(cid, f"C{cid:05d}", name, short, english, self._account(),
                        currency="USD" if english and r.random() < 0.25 else "CNY")
        self.customers.append(c)
        return c

    def company(self) -> None:
        r = self.rng
        while len(self.customers) < self.n_customers:
            english = r.random() < 0.4
            name, short, parts = self._new_name(english)
            c = self._add_customer(name, short, english)
            if parts is not None and r.random() < 0.35 and len(self.customers) < self.n_customers:
                twin = self._twin_of(c, parts)
                if twin is not None:
                    t = self._add_customer(twin[0], twin[1], english)
                    t.currency = c.currency
                    c.twin, t.twin = t.id, c.id
        parents = 0
        for c in self.customers:
            x = r.random()
            if x < 0.10:
                c.discount = r.choice([(10, 200), (14, 100), (10, 150)])
            if r.random() < 0.25:
                c.aliases.append(("account", c.account))
            if r.random() < 0.06 and c.currency == "CNY":
                c.alipay = f"2088{r.randrange(10**12):012d}"
                c.aliases.append(("account", c.alipay))
            elif r.random() < 0.05 and c.currency == "CNY":
                c.tenpay = f"财付通-{c.short_cn}"
                c.aliases.append(("name", c.tenpay))
            c.recurring = r.random() < 0.04
        # parent companies: a name alias of one subsidiary, or of two (a group paying for both)
        pool = [c for c in self.customers if c.parent is None]
        r.shuffle(pool)
        for c in pool[: max(2, len(pool) // 12)]:
            if c.parent is not None:
                continue
            parents += 1
            pname = (f"{c.short_cn.split()[0]} Holdings Group Ltd." if c.english
                     else f"{c.short_cn[:2]}控股集团有限公司")
            if _fold(pname) in self.names:
                continue
            self.names.add(_fold(pname))
            group = [c]
            if r.random() < 0.3:
                other = r.choice(self.customers)
                if other.parent is None and other is not c and other.currency == c.currency:
                    group.append(other)
            for g in group:
                g.parent = pname
                g.aliases.append(("name", pname))
        self._invoices()

    def _invoices(self) -> None:
        r = self.rng
        nums = _Numbers(r)
        # customers get a skewed share of the invoices (a few big ones, many small ones)
        weights = [r.paretovariate(1.6) for _ in self.customers]
        total = sum(weights)
        counts = [max(1, round(w / total * self.n_invoices)) for w in weights]
        span = (ISSUED[1] - ISSUED[0]).days
        for c, n in zip(self.customers, counts):
            style = r.choice(["inv", "inv", "re", "sdp", "code"])
            fixed = _amount(r)
            terms = r.choice([30, 30, 45, 60, 90])
            for _ in range(n):
                st = style if r.random() < 0.8 else r.choice(["inv", "re", "sdp", "code"])
                issue = ISSUED[0] + timedelta(days=r.randrange(span + 1))
                inv = GenInvoice(len(self.invoices) + 1, nums.make(st), c.id, issue,
                                 issue + timedelta(days=terms), fixed if c.recurring else _amount(r),
                                 c.currency, st, disputed=r.random() < 0.01)
                self.invoices.append(inv)
        self.invoices.sort(key=lambda i: (i.due, i.issue, i.id))
        for n, inv in enumerate(self.invoices, 1):
            inv.id = n
            self.by_customer.setdefault(inv.customer_id, []).append(inv)

    # -- lines

    def _date(self, after: date = PERIOD[0], before: date = PERIOD[1]) -> date:
        lo = max(after, PERIOD[0])
        if lo > before:
            return lo
        return lo + timedelta(days=self.rng.randrange((before - lo).days + 1))

    def _free(self, c: GenCustomer, before: date = PERIOD[1]) -> list[GenInvoice]:
        return [i for i in self.by_customer.get(c.id, ()) if i.id not in self.used and i.issue <= before]

    def _pick(self, want=1, *, pred=None) -> tuple[GenCustomer, list[GenInvoice]] | None:
        for _ in range(200):
            c = self.rng.choice(self.customers)
            if pred is not None and not pred(c):
                continue
            free = self._free(c)
            if len(free) >= want:
                return c, free
        return None

    def _payer(self, c: GenCustomer, *, need_known: bool = False) -> tuple[str, str, str]:
        """(name, account, how) as the bank shows the payer."""
        r = self.rng
        x = r.random()
        known_acc = ("account", c.account) in c.aliases
        if x < 0.55:
            return c.name, c.account, "name"
        if x < 0.70:
            return (c.name.upper().replace(",", "").replace(".", "") if c.english else c.name), c.account, "name"
        if x < 0.80 and known_acc:
            return "", c.account, "account"
        if x < 0.92 and not need_known:
            # a truncated or shortened name: only a fuzzy match can find it
            if c.english:
                return c.name[: max(12, len(c.name) - r.randint(3, 9))].rstrip(" ,."), c.account, "fuzzy"
            return c.name.replace("有限公司", "公司").replace("有限责任公司", "公司"), c.account, "fuzzy"
        return c.name, c.account, "name"

    def _add(self, kind: str, sub: str, booking: date, amount: int, cur: str, name: str, account: str,
             text: str, truth: Truth | None, reversal: bool = False) -> None:
        self.lines.append(GenLine(kind, sub, booking, amount, cur, name, account, text, truth, reversal))

    def _ref(self, inv: GenInvoice, c: GenCustomer, how: str = "exact") -> str:
        written = inv.number if how == "exact" else mangle(inv.number, how, self.rng)
        if how == "typo":
            # a typo that writes another invoice of the same customer is that invoice's reference
            # for anyone reading it: not generated (typos onto other customers' numbers are)
            own = {i.number.casefold() for i in self.by_customer[c.id]}
            for _ in range(20):
                if written.casefold() not in own:
                    break
                written = mangle(inv.number, how, self.rng)
            else:
                written = inv.number
        return _ref_text(inv, written, not c.english, self.rng)

    def line(self, kind: str) -> None:
        getattr(self, f"_{kind}")()

    def _exact_ref(self) -> None:
        got = self._pick()
        if got is None:
            return
        c, free = got
        inv = self.rng.choice(free)
        self.used.add(inv.id)
        name, acc, how = self._payer(c)
        if self.rng.random() < 0.1:
            name, how = "", "blank"
        self._add("exact_ref", how, self._date(inv.issue), inv.amount, inv.currency, name, acc,
                  self._ref(inv, c), Truth(c.id, {inv.id: inv.amount}))

    def _mangled_ref(self) -> None:
        got = self._pick()
        if got is None:
            return
        c, free = got
        inv = self.rng.choice(free)
        self.used.add(inv.id)
        how = self.rng.choice(["no_prefix", "separators", "zeros", "lower", "typo", "typo"])
        name, acc, _ = self._payer(c, need_known=how == "typo")
        if self.rng.random() < 0.2:
            # a payer the bank does not name, from an account nobody knows: only the reference speaks
            name, acc, how = "", self._account(), f"{how}_unknown_payer"
        self._add("mangled_ref", how, self._date(inv.issue), inv.amount, inv.currency, name, acc,
                  self._ref(inv, c, how), Truth(c.id, {inv.id: inv.amount}))

    def _no_ref(self) -> None:
        got = self._pick()
        if got is None:
            return
        c, free = got
        # customers mostly pay their oldest invoice; sometimes any
        inv = free[0] if self.rng.random() < 0.5 else self.rng.choice(free)
        self.used.add(inv.id)
        name, acc, how = self._payer(c)
        text = self.rng.choice(_NO_REF_EN if c.english else _NO_REF_CN)
        self._add("no_ref", how, self._date(inv.issue), inv.amount, inv.currency, name, acc, text,
                  Truth(c.id, {inv.id: inv.amount}))

    def _multi(self) -> None:
        r = self.rng
        k = r.choice([2, 2, 3, 3, 4])
        got = self._pick(k)
        if got is None:
            return
        c, free = got
        with_refs = r.random() < 0.6
        invs = free[:k] if not with_refs or r.random() < 0.5 else sorted(r.sample(free, k), key=lambda i: i.id)
        if not with_refs and r.random() < 0.4:
            invs = sorted(r.sample(free[:6], min(k, len(free[:6]))), key=lambda i: i.id)
        for i in invs:
            self.used.add(i.id)
        total = sum(i.amount for i in invs)
        name, acc, how = self._payer(c)
        if with_refs:
            sep = r.choice([", ", " ", "; ", "/", "，"])
            text = ("货款 " if not c.english else "Invoices ") + sep.join(
                mangle(i.number, r.choice(["exact", "exact", "lower", "separators"]), r) for i in invs)
        else:
            text = r.choice(_NO_REF_EN if c.english else _NO_REF_CN)
        self._add("multi", "refs" if with_refs else "sum", self._date(max(i.issue for i in invs)),
                  total, c.currency, name, acc, text, Truth(c.id, {i.id: i.amount for i in invs}))

    def _charges(self) -> None:
        r = self.rng
        got = self._pick(pred=lambda c: True)
        if got is None:
            return
        c, free = got
        inv = r.choice(free)
        fee = r.choice([1000, 1500, 2000, 2500, 800, 1250])
        if inv.amount <= fee * 20:
            return
        self.used.add(inv.id)
        name, acc, how = self._payer(c)
        with_ref = r.random() < 0.7
        text = self._ref(inv, c) if with_ref else r.choice(_NO_REF_EN if c.english else _NO_REF_CN)
        self._add("charges", "ref" if with_ref else "no_ref", self._date(inv.issue), inv.amount - fee,
                  inv.currency, name, acc, text,
                  Truth(c.id, {inv.id: inv.amount - fee}, {inv.id: ("bank_charges", fee)}))

    def _discount(self) -> None:
        r = self.rng
        for _ in range(50):
            got = self._pick(pred=lambda c: c.discount is not None)
            if got is None:
                return
            c, free = got
            days, bp = c.discount
            fresh = [i for i in free if i.issue + timedelta(days=days) >= PERIOD[0]]
            if fresh:
                break
        else:
            return
        inv = r.choice(fresh)
        self.used.add(inv.id)
        disc = (inv.amount * bp + 5000) // 10000
        on = self._date(inv.issue, min(PERIOD[1], inv.issue + timedelta(days=days)))
        name, acc, how = self._payer(c)
        with_ref = r.random() < 0.6
        text = self._ref(inv, c) if with_ref else r.choice(_NO_REF_EN if c.english else _NO_REF_CN)
        self._add("discount", "ref" if with_ref else "no_ref", on, inv.amount - disc, inv.currency, name,
                  acc, text, Truth(c.id, {inv.id: inv.amount - disc}, {inv.id: ("discount", disc)}))

    def _partial(self) -> None:
        r = self.rng
        got = self._pick()
        if got is None:
            return
        c, free = got
        with_ref = r.random() < 0.8
        inv = r.choice(free) if with_ref else free[0]
        self.used.add(inv.id)
        part = inv.amount * r.randint(20, 80) // 100
        if c.currency == "CNY" and r.random() < 0.5:
            part = part // 10000 * 10000 or part
        if not with_ref and any(i.amount == part for i in self.by_customer[c.id]):
            # without a reference, a part payment that equals another open invoice exactly is
            # that invoice's payment for anyone reading it: not generated
            part += 1
        name, acc, how = self._payer(c, need_known=not with_ref)
        if with_ref and self.rng.random() < 0.2:
            name, acc = "", self._account()
        text = self._ref(inv, c, self.rng.choice(["exact", "exact", "typo", "no_prefix"])) if with_ref else r.choice(_NO_REF_EN if c.english else _NO_REF_CN)
        self._add("partial", "ref" if with_ref else "no_ref", self._date(inv.issue), part, inv.currency,
                  name, acc, text, Truth(c.id, {inv.id: part}))

    def _split(self) -> None:
        r = self.rng
        got = self._pick()
        if got is None:
            return
        c, free = got
        free = [i for i in free if i.issue < PERIOD[1] - timedelta(days=3)]
        if not free:
            return
        inv = r.choice(free)
        self.used.add(inv.id)
        first = inv.amount * r.randint(30, 70) // 100
        d1 = self._date(inv.issue, PERIOD[1] - timedelta(days=3))
        d2 = self._date(d1 + timedelta(days=1))
        for n, (amt, on) in enumerate(((first, d1), (inv.amount - first, d2))):
            name, acc, how = self._payer(c)
            self._add("split", f"payment{n + 1}", on, amt, inv.currency, name, acc, self._ref(inv, c),
                      Truth(c.id, {inv.id: amt}))

    def _third_party(self) -> None:
        r = self.rng
        x = r.random()
        if x < 0.45:
            got = self._pick(pred=lambda c: c.parent is not None)
            sub = "parent"
        elif x < 0.65:
            got = self._pick(pred=lambda c: c.alipay is not None)
            sub = "alipay_account"
        elif x < 0.85:
            got = self._pick(pred=lambda c: c.tenpay is not None)
            sub = "tenpay_alias"
        else:
            got = self._pick(pred=lambda c: c.currency == "CNY")
            sub = "platform_unknown"
        if got is None:
            return
        c, free = got
        inv = r.choice(free)
        self.used.add(inv.id)
        if sub == "parent":
            name, acc = c.parent, self._account()
        elif sub == "alipay_account":
            name, acc = ALIPAY, c.alipay
        elif sub == "tenpay_alias":
            name, acc = c.tenpay, f"1000{r.randrange(10**12):012d}"
        else:
            name, acc = r.choice([ALIPAY, TENPAY]), f"2088{r.randrange(10**12):012d}"
        with_ref = sub == "platform_unknown" or r.random() < 0.6
        text = self._ref(inv, c, r.choice(["exact", "exact", "no_prefix", "lower"])) if with_ref \
            else r.choice(_NO_REF_CN)
        self._add("third_party", sub + ("" if with_ref else "_noref"), self._date(inv.issue), inv.amount,
                  inv.currency, name, acc, text, Truth(c.id, {inv.id: inv.amount}))

    def _lookalike(self) -> None:
        r = self.rng
        got = self._pick(pred=lambda c: c.twin is not None)
        if got is None:
            return
        c, free = got
        inv = r.choice(free)
        self.used.add(inv.id)
        x = r.random()
        if x < 0.4:
            name, sub = c.name, "exact_name"
        elif x < 0.7:
            name, sub = (c.name.upper().replace(",", "").replace(".", "") if c.english
                         else c.name.replace("有限公司", "")), "variant_name"
        else:
            name, sub = c.name[:-3] if c.english else c.name.replace("有限公司", "公司"), "fuzzy_name"
        with_ref = r.random() < 0.6
        text = self._ref(inv, c, r.choice(["exact", "no_prefix", "zeros"])) if with_ref \
            else r.choice(_NO_REF_EN if c.english else _NO_REF_CN)
        self._add("lookalike", sub + ("_ref" if with_ref else "_noref"), self._date(inv.issue), inv.amount,
                  inv.currency, name, c.account, text, Truth(c.id, {inv.id: inv.amount}))

    def _noise(self) -> None:
        r = self.rng
        sub = r.choice(["interest", "tax_refund", "tax_refund_cn", "own_transfer", "misc", "subsidy"])
        on = self._date()
        if sub == "interest":
            self._add("noise", sub, on, r.randint(300, 50_000), "CNY", "中国工商银行股份有限公司上海分行",
                      "", r.choice(["利息", "INTEREST CREDIT Q3 2026", "结息 2026-09-21"]), None)
        elif sub == "tax_refund":
            self._add("noise", sub, on, r.randint(100_000, 8_000_000), "CNY", "国家税务总局上海市税务局",
                      "", r.choice(["VAT REFUND 2026-10", "VAT REFUND 2026/09", "TAX REFUND 202610"]), None)
        elif sub == "tax_refund_cn":
            self._add("noise", sub, on, r.randint(100_000, 8_000_000), "CNY", "国家金库上海市分库",
                      "", r.choice(["出口退税 2026年10月", "增值税退税 2026-09", "退税款 20261015"]), None)
        elif sub == "own_transfer":
            self._add("noise", sub, on, r.choice([10_000_000, 50_000_000, 20_000_000]), "CNY", OWN_NAME,
                      OWN_ACCOUNTS[1], r.choice(["内部转账", "TRANSFER BETWEEN OWN ACCOUNTS", "资金调拨"]), None)
        elif sub == "subsidy":
            self._add("noise", sub, on, r.randint(1_000_000, 5_000_000), "CNY", "上海市财政局",
                      "", "稳岗补贴 2026", None)
        else:
            # income unrelated to invoices, with an invoice-like amount: a random open invoice's
            inv = r.choice(self.invoices)
            self._add("noise", sub, on, inv.amount, inv.currency, "上海浦东新区物业管理有限公司", self._account(),
                      "押金退还 2026-10", None)

    def _unrelated_customer_credit(self) -> None:
        """A customer sends money that pays no invoice (a deposit refund): must never be applied."""
        r = self.rng
        c = r.choice(self.customers)
        amt = r.randint(10_000, 500_000) + 37
        self._add("unrelated_customer_credit", "deposit_refund", self._date(), amt, c.currency, c.name,
                  c.account, "退还押金 Deposit refund", None)

    def _debit(self) -> None:
        r = self.rng
        c = r.choice(self.customers)
        invs = self.by_customer.get(c.id) or [r.choice(self.invoices)]
        inv = r.choice(invs)
        sub = r.choice(["refund", "supplier", "fee"])
        if sub == "refund":
            text, amt = f"Refund {inv.number}", -inv.amount
        elif sub == "supplier":
            text, amt = f"支付货款 PO-2026-{r.randint(1000, 9999)}", -r.randint(100_000, 9_000_000)
            c = None
        else:
            text, amt = "手续费 Bank charges", -r.randint(500, 5000)
            c = None
        self._add("debit", sub, self._date(), amt, "CNY" if c is None else c.currency,
                  c.name if c else "上海某某供应链有限公司", c.account if c else "", text, None)

    def _reversal(self) -> None:
        r = self.rng
        c = r.choice(self.customers)
        inv = r.choice(self.by_customer.get(c.id) or self.invoices)
        self._add("reversal", "return", self._date(inv.issue), inv.amount, inv.currency, c.name, c.account,
                  f"RETURN {inv.number}", None, reversal=True)

    def statement(self) -> None:
        kinds, weights = zip(*KINDS.items())
        while len(self.lines) < self.n_lines:
            self.line(self.rng.choices(kinds, weights)[0])
        del self.lines[self.n_lines:]
        order = sorted(range(len(self.lines)), key=lambda i: (self.lines[i].booking, self.rng.random()))
        self.lines = [self.lines[i] for i in order]
        for n, ln in enumerate(self.lines, 1):
            ln.id = n


def generate(seed: int = 7, *, customers: int = 400, invoices: int = 4000, lines: int = 1600) -> Company:
    """A company of ``customers`` (about ``invoices`` open invoices) and a statement of ``lines``."""
    g = _Gen(seed, customers, invoices, lines)
    g.company()
    g.statement()
    return Company(seed, g.customers, g.invoices, g.lines)


# ------------------------------------------------------------------------------------ writing

def _chunks(rows: list[dict], n: int = 2000):
    for i in range(0, len(rows), n):
        yield rows[i:i + n]


def write(db, company: Company) -> None:
    """Store ``company`` in the empty database ``db`` (ids as generated), in one transaction."""
    with db.session() as s:
        s.execute(insert(Customer), [
            {"id": c.id, "code": c.code, "name": c.name, "currency": c.currency, "terms_days": 30,
             "language": "en" if c.english else "zh",
             "discount_days": c.discount[0] if c.discount else None,
             "discount_bp": c.discount[1] if c.discount else 0} for c in company.customers])
        aliases = [{"customer_id": c.id, "kind": k, "value": v}
                   for c in company.customers for k, v in c.aliases]
        if aliases:
            s.execute(insert(CustomerAlias), aliases)
        for chunk in _chunks([
                {"id": i.id, "number": i.number, "kind": "invoice", "customer_id": i.customer_id,
                 "issue_date": i.issue, "due_date": i.due, "currency": i.currency,
                 "amount_minor": i.amount, "open_minor": i.amount,
                 "status": "disputed" if i.disputed else "open", "disputed": i.disputed}
                for i in company.invoices]):
            s.execute(insert(Invoice), chunk)
        s.add(BankStatement(id=1, file_sha256=f"generated-{company.seed}", file_name="generated",
                            format="generated", account=OWN_ACCOUNTS[0], currency="CNY"))
        s.flush()
        for chunk in _chunks([
                {"id": ln.id, "statement_id": 1, "account": OWN_ACCOUNTS[0], "bank_ref": f"GEN{ln.id:06d}",
                 "booking_date": ln.booking, "value_date": ln.booking, "amount_minor": ln.amount,
                 "currency": ln.currency, "counterparty_name": ln.name, "counterparty_account": ln.account,
                 "remittance": ln.remittance, "reversal": ln.reversal, "raw": "", "extra": "",
                 "status": "unmatched", "dedupe_key": f"generated-{company.seed}-{ln.id}", "proposals": ""}
                for ln in company.lines]):
            s.execute(insert(BankLine), chunk)
