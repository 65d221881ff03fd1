"""A small ledger for the dunning tests: customers, invoices and payments on chosen dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.models import Company
from app.services import customers as cs
from app.services import ledger
from app.services.dunning import DunningSettings, save_settings


def fake_render(data) -> bytes:
    """Stands in for the PDF writer where a test is about the engine, not the letter."""
    return ("%PDF-fake " + data.reference + " " + data.customer.code).encode()


class Book:
    def __init__(self, db):
        self.db = db
        self.customers: dict[str, int] = {}
        self.invoices: dict[str, int] = {}
        with db.session() as s:
            s.add(Company(name="示例有限公司 Example Ltd", address="上海市 1 号"))
        # the standard ladder for every grade, so the credit scores do not move these tests
        self.settings()

    STANDARD = {g: "standard" for g in "ABCD"}

    def customer(self, code: str, *, language: str = "zh", currency: str = "CNY") -> int:
        with self.db.session() as s:
            cid = cs.create_customer(s, cs.CustomerData(code=code, name=f"客户 {code}",
                                                        language=language, currency=currency))
        self.customers[code] = cid
        return cid

    def invoice(self, number: str, code: str, amount: str, due: date, issue: date | None = None,
                currency: str = "CNY") -> int:
        from app.money import to_minor
        issue = issue or due - timedelta(days=30)
        with self.db.session() as s:
            iid = ledger.create_invoice(s, ledger.InvoiceData(
                number=number, customer_id=self.customers[code], issue_date=issue,
                currency=currency, amount_minor=to_minor(amount, currency), due_date=due))
        self.invoices[number] = iid
        return iid

    def pay(self, number: str, amount: str, on: date) -> None:
        from app.money import to_minor
        iid = self.invoices[number]
        with self.db.session() as s:
            from app.models import Invoice
            inv = s.get(Invoice, iid)
            pid = ledger.record_payment(s, customer_id=inv.customer_id, on=on,
                                        currency=inv.currency,
                                        amount_minor=to_minor(amount, inv.currency))
            ledger.allocate_payment(s, pid, iid, to_minor(amount, inv.currency), on)

    def settings(self, **kw) -> None:
        kw.setdefault("grade_ladders", self.STANDARD)
        with self.db.session() as s:
            save_settings(s, DunningSettings().with_changes(**kw))

    def run(self, on: date):
        from app.services.dunning import run
        with self.db.engine.connect() as conn:
            return run(conn, on)

    def issue(self, on: date, **kw):
        from app.services.dunning import issue
        res = self.run(on)
        with self.db.session() as s:
            kw.setdefault("render", fake_render)
            return res, issue(s, res.proposals, on, **kw)


@pytest.fixture
def book(db) -> Book:
    return Book(db)
