"""An insured book for the insurance tests (imported by them; not a conftest, whose module name
other test folders import): a company, a policy, an insured buyer with overdue invoices."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Company
from app.money import to_minor
from app.services import customers as cs
from app.services import insurance as ins
from app.services import ledger
from app.storage.db import Database


class Book:
    def __init__(self, db: Database):
        self.db = db
        self.customers: dict[str, int] = {}
        self.invoices: dict[str, int] = {}
        with db.session() as s:
            s.add(Company(name="示例贸易有限公司 Example Trading Ltd", address="上海市浦东新区世纪大道 1 号",
                          phone="021-1234 5678", tax_id="91310000MA1FL0000X"))

    def customer(self, code: str, name: str | None = None, *, currency: str = "CNY",
                 limit: str | None = None) -> int:
        with self.db.session() as s:
            cid = cs.create_customer(s, cs.CustomerData(
                code=code, name=name or f"客户 {code}", currency=currency,
                credit_limit_minor=None if limit is None else to_minor(limit, currency)))
        self.customers[code] = cid
        return cid

    def invoice(self, number: str, code: str, amount: str, issue: date, due: date,
                currency: str = "CNY") -> int:
        with self.db.session() as s:
            iid = ledger.create_invoice(s, ledger.InvoiceData(
                number=number, customer_id=self.customers[code], issue_date=issue, currency=currency,
                amount_minor=to_minor(amount, currency), due_date=due))
        self.invoices[number] = iid
        return iid

    def pay(self, number: str, amount: str, on: date) -> None:
        iid = self.invoices[number]
        with self.db.session() as s:
            from app.models import Invoice
            inv = s.get(Invoice, iid)
            pid = ledger.record_payment(s, customer_id=inv.customer_id, on=on, currency=inv.currency,
                                        amount_minor=to_minor(amount, inv.currency))
            ledger.allocate_payment(s, pid, iid, to_minor(amount, inv.currency), on)

    def policy(self, number: str = "SINO-2026-001", **kw) -> int:
        data = dict(insurer="中国出口信用保险公司 Sinosure", number=number, currency="CNY",
                    starts_on=date(2026, 1, 1), ends_on=date(2026, 12, 31), indemnity_bp=9000,
                    extension_days=60, notify_after=60, notify_unit="days", claim_after=4,
                    claim_unit="months", claim_from="notification",
                    deductible_minor=to_minor("5000", "CNY"))
        data.update(kw)
        with self.db.session() as s:
            return ins.add_policy(s, ins.PolicyData(**data))

    def buyer(self, policy_id: int, code: str, limit: str, valid_from: date = date(2026, 1, 1),
              valid_to: date | None = None) -> int:
        with self.db.session() as s:
            return ins.add_buyer(s, policy_id, self.customers[code], limit_minor=to_minor(limit, "CNY"),
                                 valid_from=valid_from, valid_to=valid_to, reference="LMT-88")


@pytest.fixture
def db(tmp_path):
    with Database.open(tmp_path / "ins.db", create=True) as d:
        yield d


@pytest.fixture
def book(db) -> Book:
    return Book(db)


@pytest.fixture
def insured(book: Book) -> tuple[Book, int]:
    """Buyer BUY (insured limit 100,000.00 under a 90 % policy with a 5,000.00 deductible)
    owes 120,000.00 on two overdue invoices; OTHER is not insured."""
    book.customer("BUY", "Acme & <Sons> 贸易公司")
    book.customer("OTHER")
    pid = book.policy()
    book.buyer(pid, "BUY", "100000")
    book.invoice("INV-2026-0001", "BUY", "70000", date(2026, 3, 1), date(2026, 4, 30))
    book.invoice("INV-2026-0002", "BUY", "50000", date(2026, 4, 1), date(2026, 5, 31))
    book.invoice("INV-2026-0003", "BUY", "8000", date(2026, 11, 1), date(2026, 12, 31))   # not due
    book.invoice("OTH-1", "OTHER", "9000", date(2026, 3, 1), date(2026, 4, 30))
    return book, pid
