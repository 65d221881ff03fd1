"""The demo company: a deterministic, realistic receivables ledger for an empty database.

Public API (the CLI's ``demo --customers N --invoices M`` and ``--demo`` call it)::

    generate_demo(db: Database, *, customers: int = 300, invoices: int = 6000, months: int = 18,
                  as_of: date, seed: int = DEFAULT_SEED,
                  progress: Progress | None = None) -> DemoSummary

It fills an empty, freshly migrated database (refusing with a ``UserError`` when it already holds
customers, invoices or payments) with 上海申澄进出口贸易有限公司 and its customers, invoices,
credit notes, payments and allocations over the ``months`` before ``as_of``. The same ``seed`` and
``as_of`` always give the same database content, timestamps included (they are derived from the
business dates, never from the clock). Everything is written in one transaction with SQLAlchemy
Core ``executemany`` in chunks, so 20,000 customers × 200,000 invoices fit in bounded memory; a
``Cancelled`` raised by ``progress`` rolls it all back.

How the ledger is simulated: invoices are issued day by day (working days, a seasonal dip around
the Spring Festival, slow growth); each customer has a payment habit — prompt (around the due
date, some in monthly payment runs that settle several invoices at once), slow (15–60 days late),
erratic (late, in instalments, or partly) and bad (stopped paying some months ago, so old invoices
stay open). A few invoices get a credit note (return or price correction) allocated to them, a
few are disputed, a couple are cancelled. Payments dated after ``as_of`` are not created, so
recent invoices are open and the aging spreads over every bucket. Random draws (``random.Random``
floats) only choose sizes and dates; every amount is an integer number of minor units.
"""

from __future__ import annotations

import calendar
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate

from sqlalchemy import Connection, delete, func, insert, select, update

from ..errors import UserError, ValidationError
from ..i18n import T
from ..models import (Allocation, AuditLog, Company, CompanyBankAccount, CreditEvent, Customer,
                      CustomerAlias, CustomerFinancials, ExchangeRate, ExternalRating, Invoice, Payment,
                      derive_status)
from ..money import split_minor
from ..storage.db import Database
from . import demo_names as names
from .demo_bank import write_demo_statement
from .progress import Progress

DEFAULT_SEED = 20261123
HABITS = ("prompt", "slow", "erratic", "bad")
_HABIT_SHARES = (50, 25, 15, 10)
_CHUNK = 20_000                              # rows buffered before an executemany
_CNY_PER_100 = {"CNY": 100, "USD": 710, "EUR": 780, "HKD": 92}
_LIMIT_UNIT = {"CNY": 10_000_00, "USD": 1_000_00, "EUR": 1_000_00, "HKD": 10_000_00}
_SEASON = {1: 95, 2: 60, 3: 105, 4: 100, 5: 100, 6: 105, 7: 95, 8: 95, 9: 105, 10: 90,
           11: 110, 12: 120}
BUCKETS = ("current", "1-30", "31-60", "61-90", "90+")
COMPANY_NAME_EN = "Shanghai Shencheng Import & Export Trading Co., Ltd."


@dataclass(frozen=True)
class DemoSummary:
    seed: int
    as_of: date
    start: date                      # first possible issue date
    customers: int
    inactive_customers: int
    aliases: int
    invoices: int                    # invoices only (credit notes counted apart)
    credit_notes: int
    cancelled: int
    disputed: int
    payments: int
    allocations: int
    open_total: dict[str, int] = field(default_factory=dict)      # currency → minor units
    overdue_total: dict[str, int] = field(default_factory=dict)   # currency → minor units
    aging_counts: dict[str, int] = field(default_factory=dict)    # bucket → open invoices


@dataclass(slots=True)
class _Cust:
    id: int
    currency: str
    language: str
    terms: int
    habit: str
    size: int            # typical invoice, minor units of its currency
    first: int           # ordinal days: first and last day it may be invoiced
    last: int
    stopped: int         # 'bad' customers pay nothing from this day on
    run_day: int         # day of month of its payment run (0: pays invoice by invoice)
    bank_fee: int        # charge its bank sometimes deducts (foreign currencies), minor units
    po_prefix: str


class _Facts:
    """What ``derive_status`` looks at, without an ORM object."""

    __slots__ = ("status", "open_minor", "amount_minor", "disputed")

    def __init__(self, open_minor: int, amount_minor: int, disputed: bool) -> None:
        self.status, self.open_minor = "open", open_minor
        self.amount_minor, self.disputed = amount_minor, disputed


def generate_demo(db: Database, *, customers: int = 300, invoices: int = 6000, months: int = 18,
                  as_of: date, seed: int = DEFAULT_SEED,
                  progress: Progress | None = None) -> DemoSummary:
    """Fill the empty database ``db`` with the demo company; see the module docstring."""
    if customers < 1:
        raise ValidationError(T("The demo needs at least one customer."), field="customers")
    if invoices < 0:
        raise ValidationError(T("The number of invoices cannot be negative."), field="invoices")
    if not 1 <= months <= 120:
        raise ValidationError(T("The demo covers 1 to 120 months."), field="months")
    with db.session() as s:
        conn = s.connection()
        _check_empty(conn, db)
        gen = _Generator(conn, random.Random(seed), as_of, months, seed, progress)
        return gen.run(customers, invoices)


def _check_empty(conn: Connection, db: Database) -> None:
    for table in (Customer.__table__, Invoice.__table__, Payment.__table__):
        if conn.execute(select(func.count()).select_from(table)).scalar():
            raise UserError(T("{path} already has customers, invoices or payments; the demo "
                              "company is only written into an empty database."), path=str(db.path))


def months_back(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _round_major(minor: int, step: int) -> int:
    """Round down to ``step`` whole units of a 2-decimal currency, never below one step."""
    unit = step * 100
    return max(unit, minor // unit * unit)


class _Generator:
    def __init__(self, conn: Connection, rng: random.Random, as_of: date, months: int, seed: int,
                 progress: Progress | None) -> None:
        self.conn, self.rng, self.as_of, self.seed = conn, rng, as_of, seed
        self.progress = progress
        self.end = as_of.toordinal()
        self.start = (months_back(as_of, months) + timedelta(days=1)).toordinal()
        self.events: dict[int, list[tuple]] = defaultdict(list)
        self.docs: list[dict] = []
        self.pays: list[dict] = []
        self.allocs: list[dict] = []
        self.next_doc = self.next_pay = self.next_alloc = 1
        self.seq: dict[tuple[str, int], int] = {}
        self._dates: dict[int, date] = {}
        self.n_cn = self.n_cancel = self.n_disp = 0
        self.open_total: dict[str, int] = defaultdict(int)
        self.overdue_total: dict[str, int] = defaultdict(int)
        self.aging = dict.fromkeys(BUCKETS, 0)
        self.company_id = 0

    # ------------------------------------------------------------------ helpers
    def day(self, o: int) -> date:
        d = self._dates.get(o)
        if d is None:
            d = self._dates[o] = date.fromordinal(o)
        return d

    def stamp(self, o: int, hour: int) -> datetime:
        return datetime.combine(self.day(o), time(hour, 0))

    def number(self, prefix: str, o: int) -> str:
        year = self.day(o).year
        n = self.seq[prefix, year] = self.seq.get((prefix, year), 0) + 1
        return f"{prefix}-{year}-{n:06d}"

    def flush(self, force: bool = False) -> None:
        if not force and len(self.docs) + len(self.pays) + len(self.allocs) < _CHUNK:
            return
        for table, rows in ((Invoice.__table__, self.docs), (Payment.__table__, self.pays),
                            (Allocation.__table__, self.allocs)):
            if rows:
                self.conn.execute(insert(table), rows)
                rows.clear()

    # ------------------------------------------------------------------ run
    def run(self, n_customers: int, n_invoices: int) -> DemoSummary:
        if self.progress is not None:
            self.progress.start(n_customers + n_invoices, T("Creating the demo company"))
        self._company()
        custs, weights, n_alias, n_inactive = self._customers(n_customers, n_invoices)
        if self.progress is not None:
            self.progress.step(n_customers)
        per_day = self._invoices_per_day(n_invoices)
        special = self._special_invoices(per_day, n_invoices)
        cum = list(accumulate(weights))
        always = [c for c in custs if c.first <= self.start and c.last >= self.end] or custs[:1]
        rng, idx, step_every = self.rng, 0, max(500, n_invoices // 100)
        for o, k in zip(range(self.start, self.end + 1), per_day):
            for c in rng.choices(custs, cum_weights=cum, k=k) if k else ():
                tries = 0
                while not c.first <= o <= c.last:
                    tries += 1
                    c = rng.choices(custs, cum_weights=cum)[0] if tries < 8 else rng.choice(always)
                self._issue(o, c, special.get(idx))
                idx += 1
                if self.progress is not None and idx % step_every == 0:
                    self.progress.step(n_customers + idx)
            self._fire(o)
            self.flush()
        self.flush(force=True)
        self._exchange_rates()
        self._credit_data(custs)
        write_demo_statement(self.conn, self.as_of, self.seed)   # own random stream
        self._insurance()
        self.conn.execute(insert(AuditLog.__table__), [{
            "at": self.stamp(self.end, 18), "user": "demo", "entity": "company",
            "entity_id": self.company_id,
            "field": "demo generated", "before": None,
            "after": f"seed={self.seed} as_of={self.as_of.isoformat()} customers={n_customers} "
                     f"invoices={n_invoices}", "reason": "demo company"}])
        if self.progress is not None:
            self.progress.step(n_customers + n_invoices)
        return DemoSummary(
            seed=self.seed, as_of=self.as_of, start=self.day(self.start), customers=n_customers,
            inactive_customers=n_inactive, aliases=n_alias, invoices=n_invoices,
            credit_notes=self.n_cn, cancelled=self.n_cancel, disputed=self.n_disp,
            payments=self.next_pay - 1, allocations=self.next_alloc - 1,
            open_total=dict(sorted(self.open_total.items())),
            overdue_total=dict(sorted(self.overdue_total.items())), aging_counts=dict(self.aging))

    def _insurance(self) -> None:
        from sqlalchemy.orm import Session

        from .demo_insurance import write_demo_insurance
        last = self.conn.execute(select(func.max(AuditLog.id))).scalar() or 0
        s = Session(bind=self.conn)        # joins the demo's transaction; services need a Session
        write_demo_insurance(s, self.as_of)
        s.flush()
        # the demo is one audited event ("demo generated"), not a user's entries
        self.conn.execute(delete(AuditLog.__table__).where(AuditLog.id > last))

    # ------------------------------------------------------------------ credit data
    def _credit_data(self, custs: list[_Cust]) -> None:
        """Financial ratios, external ratings and negative events for a share of the customers,
        derived from the customer id and habit (no random draw: the other data stay as they were)."""
        fin, ratings, events = [], [], []
        stamp = self.stamp(self.end, 17)
        dta_base = {"prompt": 35, "slow": 50, "erratic": 62, "bad": 80}
        cr_base = {"prompt": 160, "slow": 120, "erratic": 95, "bad": 60}
        grade = {"prompt": ("AA", "A"), "slow": ("BBB", "A"), "erratic": ("BB", "BBB"), "bad": ("CCC", "B")}
        sources = ("中国信保 Sinosure", "Dun & Bradstreet", "Coface")
        for c in custs:
            cid = c.id
            if cid % 5 == 1:            # every fifth: a statement 1–18 months old (some stale)
                on = months_back(self.as_of, 1 + cid % 18)
                on = date(on.year, on.month, calendar.monthrange(on.year, on.month)[1])
                dta = Decimal(dta_base[c.habit] + cid * 37 % 15) / 100
                cr = Decimal(cr_base[c.habit] + cid * 53 % 40) / 100
                fin.append({"customer_id": cid, "statement_date": on, "debt_to_assets": format(dta, "f"),
                            "current_ratio": format(cr, "f"), "note": "", "user": "demo",
                            "created_at": stamp})
            if cid % 7 == 3:            # every seventh: an insurer's or bureau's grade
                ratings.append({"customer_id": cid, "source": sources[cid % 3],
                                "grade": grade[c.habit][cid % 2],
                                "rated_on": months_back(self.as_of, 1 + cid % 11), "note": "",
                                "user": "demo", "created_at": stamp})
            if c.habit == "bad" and cid % 3 == 0 and c.stopped + 30 <= self.end:
                kind = "litigation" if cid % 2 else "returned_payment"
                events.append({"customer_id": cid, "kind": kind, "date": self.day(c.stopped + 30),
                               "note": "", "cleared_on": None, "user": "demo", "created_at": stamp})
        for table, rows in ((CustomerFinancials.__table__, fin), (ExternalRating.__table__, ratings),
                            (CreditEvent.__table__, events)):
            if rows:
                self.conn.execute(insert(table), rows)

    # ------------------------------------------------------------------ exchange rates
    def _exchange_rates(self) -> None:
        """Month-end and as-of rates (CNY per unit) for the foreign currencies, a gentle random
        walk from a separate generator so the rest of the demo does not depend on it."""
        rng = random.Random(self.seed + 7)
        level = {"USD": Decimal("7.1200"), "EUR": Decimal("7.7800"), "HKD": Decimal("0.9120")}
        first, last = self.day(self.start), self.as_of
        days = []
        y, m = first.year, first.month
        while True:
            end = date(y, m, calendar.monthrange(y, m)[1])
            if end >= last:
                break
            days.append(end)
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        days.append(last)
        rows = []
        for d in days:
            for cur in ("EUR", "HKD", "USD"):
                step = Decimal(rng.randint(-60, 60)) / Decimal(10000)
                level[cur] = (level[cur] * (1 + step)).quantize(Decimal("0.0001"))
                rows.append({"date": d, "currency": cur, "rate": format(level[cur], "f"),
                             "source": "demo"})
        self.conn.execute(insert(ExchangeRate.__table__), rows)

    # ------------------------------------------------------------------ company
    def _company(self) -> None:
        rng = self.rng
        values = {
            "name": "上海申澄进出口贸易有限公司",
            "address": "上海市浦东新区张杨路1688号申澄大厦12楼 (200122)\n"
                       "12/F Shencheng Tower, 1688 Zhangyang Road, Pudong, Shanghai 200122, China",
            "tax_id": names.make_uscc(rng, "310115"), "phone": "021-5888 6120",
            "email": "ar@shencheng-trading.example.cn", "home_currency": "CNY",
            "signature_name": "周敏 Zhou Min", "signature_title": "财务经理 Finance Manager",
        }
        existing = self.conn.execute(select(Company.__table__.c.id).order_by("id")).scalar()
        # a settings dialog may have saved an (empty) company row already: fill that one
        if existing is None:
            result = self.conn.execute(insert(Company.__table__).values(**values))
            existing = result.inserted_primary_key[0]
        else:
            self.conn.execute(update(Company.__table__).where(Company.__table__.c.id == existing)
                              .values(**values))
        self.company_id = existing
        self.conn.execute(insert(CompanyBankAccount.__table__), [
            {"company_id": existing, "bank_name": "招商银行上海张江支行",
             "account_no": "1219 0657 1010 801", "currency": "CNY"},
            {"company_id": existing, "bank_name": "中国银行上海市浦东分行 (USD)",
             "account_no": "4536 5920 1348", "currency": "USD"},
        ])

    # ------------------------------------------------------------------ customers
    def _customers(self, n: int, n_invoices: int) -> tuple[list[_Cust], list[float], int, int]:
        rng, span = self.rng, self.end - self.start
        habits = [h for h, k in zip(HABITS, split_minor(n, _HABIT_SHARES)) for _ in range(k)]
        rng.shuffle(habits)
        if habits[0] == "bad":      # the first customer is always there to take invoices
            j = next((i for i, h in enumerate(habits) if h != "bad"), 0)
            habits[0], habits[j] = habits[j], habits[0]
        weights = [min(60.0, rng.paretovariate(1.2)) for _ in range(n)]
        wsum = sum(weights)
        width = max(4, len(str(n)))
        taken: set[str] = set()
        custs: list[_Cust] = []
        rows: list[dict] = []
        aliases: list[dict] = []
        n_alias = n_inactive = 0
        for i in range(n):
            cid = i + 1
            cn = self._unique_name(taken)
            habit = habits[i]
            first, last, active, stopped = self.start, self.end, True, self.end + 10_000
            if i and rng.random() < 0.15:
                first = self.start + rng.randint(0, span * 2 // 3)
            if i and rng.random() < 0.03 and span > 240:      # a former customer
                last = max(first, min(self.end - 60, first + rng.randint(90, span)))
                active = False
            if habit == "bad":
                stopped = max(first + 45, self.end - rng.randint(100, 330))
                last = min(last, stopped + rng.randint(20, 75))
                if rng.random() < 0.4:
                    active = False
            if not active:
                n_inactive += 1
            terms = rng.choices((0, 15, 30, 45, 60, 90),
                                weights=(5, 10, 40, 15, 20, 10) if cn.language == "zh"
                                else (5, 5, 40, 10, 30, 10))[0]
            size_cny = int(rng.lognormvariate(9.1, 0.9) * 100)            # minor units
            size_cny = min(max(size_cny, 60_000), 25_000_000)
            size = size_cny * 100 // _CNY_PER_100[cn.currency]
            run_day = (rng.choice((5, 10, 15, 20, 25, 28))
                       if habit in ("prompt", "slow") and rng.random() < 0.35 else 0)
            fee = rng.choice((1500, 2000, 2500, 3500)) if cn.currency != "CNY" else 0
            po = ""
            if rng.random() < 0.4:
                po = "4500" if cn.language == "en" else "CG"
            custs.append(_Cust(cid, cn.currency, cn.language, terms, habit, size, first, last,
                               stopped, run_day, fee, po))
            limit = None
            if rng.random() < 0.9:
                per_month = n_invoices * weights[i] / wsum / max(1, span / 30)
                unit = _LIMIT_UNIT[cn.currency]
                raw = int(size * per_month * (terms + 30) / 30 * 1.5)
                limit = max(5 * unit, raw // unit * unit)
            notes = ""
            if habit == "bad":
                notes = rng.choice(("多次催款未回复。", "资金紧张，承诺下月付款未兑现。")) \
                    if cn.language == "zh" else rng.choice(
                        ("Several reminders unanswered.", "Promised to pay next month; did not."))
            rows.append({
                "id": cid, "code": f"C{cid:0{width}d}", "name": cn.name, "contact": cn.contact,
                "email": cn.email, "phone": cn.phone, "address": cn.address,
                "currency": cn.currency, "terms_days": terms, "credit_limit_minor": limit,
                "language": cn.language, "notes": notes, "active": active,
                # every 17th customer has "2/10" early-payment terms (no random draw: the rest of
                # the demo stays as it was)
                "discount_days": 10 if cid % 17 == 0 else None, "discount_bp": 200 if cid % 17 == 0 else 0,
                "created_at": self.stamp(first, 9)})
            for kind, value in self._aliases(cn):
                n_alias += 1
                aliases.append({"id": n_alias, "customer_id": cid, "kind": kind, "value": value,
                                "created_at": self.stamp(first, 9)})
            if len(rows) >= _CHUNK:
                self._insert_customers(rows, aliases)
        self._insert_customers(rows, aliases)
        return custs, weights, n_alias, n_inactive

    def _insert_customers(self, rows: list[dict], aliases: list[dict]) -> None:
        if rows:
            self.conn.execute(insert(Customer.__table__), rows)
        if aliases:
            self.conn.execute(insert(CustomerAlias.__table__), aliases)
        rows.clear()
        aliases.clear()

    def _unique_name(self, taken: set[str]) -> names.CompanyName:
        rng = self.rng
        english = rng.random() < 0.3
        hong_kong = not english and rng.random() < 0.04
        for tries in range(1000):
            cn = (names.english_company(rng, extra=tries // 3) if english else
                  names.chinese_company(rng, hong_kong=hong_kong, extra_district=tries >= 3))
            if cn.name not in taken:
                taken.add(cn.name)
                return cn
        raise AssertionError("no unique demo name found")  # pragma: no cover

    def _aliases(self, cn: names.CompanyName) -> list[tuple[str, str]]:
        rng, out = self.rng, []
        if cn.language == "zh":
            if rng.random() < 0.8:
                out.append(("name", cn.short))
            if rng.random() < 0.5:
                out.append(("name", cn.english))
        else:
            if rng.random() < 0.6:
                out.append(("name", cn.short))
            if rng.random() < 0.3:
                out.append(("name", cn.bank_name))
        if rng.random() < 0.3:
            out.append(("account", names.bank_account(rng, cn.country)))
        seen: list[tuple[str, str]] = []
        for a in out:
            if a not in seen and a[1] != cn.name:
                seen.append(a)
        return seen

    # ------------------------------------------------------------------ invoice plan
    def _invoices_per_day(self, n: int) -> list[int]:
        span = max(1, self.end - self.start)
        weights = []
        for o in range(self.start, self.end + 1):
            d = self.day(o)
            wd = d.weekday()
            w = 100 if wd < 5 else 12 if wd == 5 else 0
            weights.append(w * _SEASON[d.month] * (100 + 30 * (o - self.start) // span))
        if not any(weights):
            weights = [1] * len(weights)
        return split_minor(n, weights)

    def _special_invoices(self, per_day: list[int], n: int) -> dict[int, str]:
        """Invoice index → 'dispute' | 'credit' | 'cancel', chosen in fitting date ranges."""
        first_idx = list(accumulate([0] + per_day))      # index of the first invoice of day i

        def idx_range(from_o: int, to_o: int) -> range:
            lo = min(max(from_o - self.start, 0), len(per_day))
            hi = min(max(to_o - self.start + 1, 0), len(per_day))
            return range(first_idx[lo], first_idx[hi]) if hi > lo else range(0)

        out: dict[int, str] = {}
        plan = (("cancel", max(2, n // 600), idx_range(self.start, self.end - 3)),
                ("dispute", max(2, n // 160), idx_range(self.end - 200, self.end - 5)),
                ("credit", max(3, n // 80), idx_range(self.start, self.end - 35)))
        for kind, k, pool in plan:
            k = min(k, max(0, len(pool) - len(out)))
            if k <= 0:
                continue
            picked = 0
            for i in self.rng.sample(pool, min(len(pool), k + len(out))):
                if i not in out:
                    out[i] = kind
                    picked += 1
                    if picked == k:
                        break
        return out

    # ------------------------------------------------------------------ issuing
    def _amount(self, c: _Cust) -> int:
        rng = self.rng
        target = int(c.size * rng.lognormvariate(0.0, 0.55))
        lo = 20_000 * 100 // _CNY_PER_100[c.currency]
        hi = 95_000_000 * 100 // _CNY_PER_100[c.currency]
        target = min(max(target, lo), hi)
        if rng.random() < 0.3:                       # quantity × unit price, to the cent
            qty = rng.choice((1, 2, 5, 10, 12, 20, 24, 50, 100, 200, 500))
            return max(1, target // qty) * qty
        step = 100 if target >= 1_000_000 else 10 if target >= 100_000 else 1
        return _round_major(target, step)

    def _issue(self, o: int, c: _Cust, special: str | None) -> None:
        rng = self.rng
        doc_id = self.next_doc
        self.next_doc += 1
        number = self.number("INV", o)
        amount = self._amount(c)
        due = o + c.terms
        row = {"id": doc_id, "number": number, "kind": "invoice", "customer_id": c.id,
               "issue_date": self.day(o), "due_date": self.day(due), "currency": c.currency,
               "amount_minor": amount, "disputed": False, "dispute_reason": "",
               "po": f"{c.po_prefix}{rng.randint(100000, 999999)}" if c.po_prefix else "",
               "corrects_invoice_id": None, "cancelled_on": None, "cancel_reason": "",
               "notes": "", "created_at": self.stamp(o, 9), "import_batch_id": None}
        if special == "cancel":
            self.n_cancel += 1
            row.update(open_minor=0, status="cancelled",
                       cancelled_on=self.day(min(self.end, o + rng.randint(0, 7))),
                       cancel_reason=rng.choice(names.CANCEL_REASONS[c.language]))
            self.docs.append(row)
            return
        credited = 0
        if special == "credit":
            on = min(self.end, o + rng.randint(3, 30))
            full = rng.random() < 0.3 or amount < 1000
            credited = amount if full else min(amount - 1, _round_major(
                amount * rng.randint(3, 30) // 100, 1))
            reasons = names.RETURN_REASONS if full else names.PRICE_REASONS
            reason = rng.choice(reasons[c.language])
            self.events[on].append(("c", c, doc_id, number, credited, reason))
        rest = amount - credited
        disputed = special == "dispute"
        if disputed:
            self.n_disp += 1
            row.update(disputed=True, dispute_reason=rng.choice(names.DISPUTE_REASONS[c.language]))
            plan = []
            if rng.random() < 0.4:                    # the undisputed part is paid
                part = _round_major(rest * rng.randint(50, 90) // 100, 1)
                if part < rest:
                    plan = [(self._pay_day(c, max(o, due + rng.randint(-3, 20))), part)]
        else:
            plan = self._habit_plan(c, o, due, rest) if rest > 0 else []
        paid = 0
        for on, amt in plan:
            if on <= self.end and amt > 0:
                self.events[on].append(("p", c, doc_id, number, amt))
                paid += amt
        open_minor = amount - credited - paid
        row["open_minor"] = open_minor
        facts = _Facts(open_minor, amount, disputed)
        row["status"] = derive_status(facts)  # type: ignore[arg-type]
        self.docs.append(row)
        if open_minor:
            self.open_total[c.currency] += open_minor
            late = self.end - due
            if late > 0:
                self.overdue_total[c.currency] += open_minor
            self.aging[BUCKETS[0 if late <= 0 else 1 if late <= 30 else 2 if late <= 60
                               else 3 if late <= 90 else 4]] += 1

    def _pay_day(self, c: _Cust, o: int) -> int:
        """The customer's payment run on or after ``o``, moved off the weekend."""
        if c.run_day:
            d = self.day(o)
            y, m = d.year, d.month
            while True:
                target = date(y, m, min(c.run_day, calendar.monthrange(y, m)[1])).toordinal()
                if target >= o:
                    o = target
                    break
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        wd = self.day(o).weekday()
        return o + (7 - wd if wd >= 5 else 0)

    def _habit_plan(self, c: _Cust, issue: int, due: int, amount: int) -> list[tuple[int, int]]:
        """(day, amount) of the payments the customer makes for ``amount``, future ones too."""
        rng, h = self.rng, c.habit
        if h == "prompt":
            plan = [(self._pay_day(c, max(issue, due + rng.randint(-6, 3))), amount)]
        elif h == "slow":
            plan = [(self._pay_day(c, due + rng.randint(12, 60)), amount)]
        elif h == "erratic":
            x = rng.random()
            if x < 0.40:
                plan = [(self._pay_day(c, max(issue, due + rng.randint(-10, 75))), amount)]
            elif x < 0.75:                                 # instalments
                n = rng.randint(2, 3)
                parts = [p * 100 for p in split_minor(amount // 100,
                                                      [rng.randint(1, 5) for _ in range(n)])]
                parts[-1] += amount % 100
                on = max(issue, due + rng.randint(-5, 20))
                plan = []
                for p in parts:
                    plan.append((self._pay_day(c, on), p))
                    on += rng.randint(10, 45)
            elif x < 0.90:                                 # pays part, the rest stays open
                step = 10 if amount > 100_000 else 1
                part = _round_major(amount * rng.randint(30, 80) // 100, step)
                plan = [(self._pay_day(c, max(issue, due + rng.randint(0, 40))), min(part, amount))]
            else:
                plan = []
        else:                                              # bad: pays late until it stops
            on = self._pay_day(c, due + rng.randint(10, 45))
            if on < c.stopped:
                plan = [(on, amount)]
            elif issue < c.stopped - 1 and rng.random() < 0.3:
                part = _round_major(amount * rng.randint(20, 50) // 100, 1)
                plan = [(max(issue, c.stopped - rng.randint(1, 20)), min(part, amount))]
            else:
                plan = []
        if (c.bank_fee and len(plan) == 1 and plan[0][1] == amount and amount > 20 * c.bank_fee
                and rng.random() < 0.1):
            plan = [(plan[0][0], amount - c.bank_fee)]     # the bank's charge, left open
        return plan

    # ------------------------------------------------------------------ events of a day
    def _fire(self, o: int) -> None:
        evs = self.events.pop(o, None)
        if not evs:
            return
        groups: dict[int, list[tuple]] = {}
        for ev in evs:
            if ev[0] == "c":
                self._credit_note(o, ev)
            else:
                groups.setdefault(ev[1].id, []).append(ev)
        for items in groups.values():
            self._payment(o, items)

    def _credit_note(self, o: int, ev: tuple) -> None:
        _, c, inv_id, inv_number, amount, reason = ev
        cn_id = self.next_doc
        self.next_doc += 1
        self.n_cn += 1
        d = self.day(o)
        self.docs.append({
            "id": cn_id, "number": self.number("CN", o), "kind": "credit_note",
            "customer_id": c.id, "issue_date": d, "due_date": d, "currency": c.currency,
            "amount_minor": amount, "open_minor": 0,
            "status": derive_status(_Facts(0, amount, False)),  # type: ignore[arg-type]
            "disputed": False, "dispute_reason": "", "po": "", "corrects_invoice_id": inv_id,
            "cancelled_on": None, "cancel_reason": "", "notes": f"{reason} ({inv_number})",
            "created_at": self.stamp(o, 11), "import_batch_id": None})
        self._allocation(o, None, cn_id, inv_id, amount)

    def _payment(self, o: int, items: list[tuple]) -> None:
        rng = self.rng
        c = items[0][1]
        allocated = sum(ev[4] for ev in items)
        extra = 0
        if c.habit == "erratic" and rng.random() < 0.08:   # rounds up: the rest waits on account
            unit = 1000 * 100
            extra = (allocated + unit - 1) // unit * unit - allocated
        pid = self.next_pay
        self.next_pay += 1
        self.pays.append({
            "id": pid, "customer_id": c.id, "date": self.day(o), "currency": c.currency,
            "amount_minor": allocated + extra, "unallocated_minor": extra, "source": "import",
            "reference": self._reference(c, [ev[3] for ev in items])[:200], "notes": "",
            "created_at": self.stamp(o, 16)})
        for ev in items:
            self._allocation(o, pid, None, ev[2], ev[4])

    def _allocation(self, o: int, payment_id: int | None, credit_note_id: int | None,
                    invoice_id: int, amount: int) -> None:
        self.allocs.append({
            "id": self.next_alloc, "payment_id": payment_id, "credit_note_id": credit_note_id,
            "invoice_id": invoice_id, "amount_minor": amount, "date": self.day(o),
            "undone_at": None, "created_at": self.stamp(o, 17)})
        self.next_alloc += 1

    def _reference(self, c: _Cust, numbers: list[str]) -> str:
        joined = ",".join(numbers)
        x = self.rng.random()
        if c.language == "zh":
            return ("货款" if x < 0.3 else joined if x < 0.6 else f"付{joined}货款" if x < 0.85 else "")
        return (joined if x < 0.35 else " ".join(n.replace("-", "") for n in numbers)
                if x < 0.55 else f"Payment {joined}" if x < 0.8 else "Invoice payment" if x < 0.9
                else "")

