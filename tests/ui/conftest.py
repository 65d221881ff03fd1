"""UI test fixtures: a small database made through the services, a context, the main window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

AS_OF = date(2026, 11, 23)      # the same working date as tests/conftest.py


def _fill(db) -> dict[str, int]:
    from app.services import ledger
    from app.services.company import CompanyData, save_company
    from app.services.customers import CustomerData, create_customer

    ids: dict[str, int] = {}
    with db.session() as s:
        save_company(s, CompanyData(name="测试贸易有限公司", home_currency="CNY"))
        ids["C001"] = create_customer(s, CustomerData("C001", "Acme Trading Ltd", "CNY", 30,
                                                      credit_limit_minor=5_000_000,
                                                      aliases=("ACME HK",), email="ap@acme.test"))
        ids["C002"] = create_customer(s, CustomerData("C002", "北京华夏科技有限公司", "CNY", 60))
        ids["C003"] = create_customer(s, CustomerData("C003", "Zenith GmbH", "EUR", 14))
        ids["C004"] = create_customer(s, CustomerData("C004", "Dormant Co", "USD", 30, active=False))

        def inv(number, cust, issue, amount, currency="CNY", due=None):
            return ledger.create_invoice(s, ledger.InvoiceData(number, ids[cust], issue, currency,
                                                               amount, due_date=due))

        inv("INV-001", "C001", AS_OF - timedelta(days=90), 1_000_000)     # 60 days overdue
        i2 = inv("INV-002", "C001", AS_OF - timedelta(days=10), 250_000)   # not yet due
        inv("INV-003", "C002", AS_OF - timedelta(days=20), 3_000_000)      # not yet due (60 days)
        inv("INV-004", "C003", AS_OF - timedelta(days=40), 80_000, "EUR")  # 26 days overdue
        inv("INV-005", "C003", AS_OF - timedelta(days=40), 12_345, "USD")  # other currency
        p = ledger.record_payment(s, customer_id=ids["C001"], on=AS_OF - timedelta(days=2),
                                  currency="CNY", amount_minor=100_000, reference="TT 1234")
        ledger.allocate_payment(s, p, i2, 100_000, AS_OF - timedelta(days=2))
    return ids


@pytest.fixture
def ui_db(tmp_path):
    """A migrated database with 4 customers (one inactive), 5 invoices and one payment."""
    from app.storage.db import Database
    from app.ui.workers import wait_for_all

    db = Database.open(tmp_path / "ui.db", create=True)
    db.customer_ids = _fill(db)
    yield db
    wait_for_all()
    db.close()


@pytest.fixture
def ctx(qtbot, ui_db):
    from app.ui.context import AppContext

    c = AppContext(ui_db, AS_OF)
    yield c
    from app.ui.workers import wait_for_all
    wait_for_all()


@pytest.fixture
def settings():
    from app.config import Settings

    return Settings()


@pytest.fixture
def window(qtbot, ctx, settings):
    """The main window on ``ui_db``, shown, with its first loads finished."""
    from app.ui.main_window import MainWindow

    w = MainWindow(ctx, settings, fixed_as_of=True)
    qtbot.addWidget(w)
    w.show()
    tab = w.tab("customers")
    qtbot.waitUntil(lambda: tab.loaded_once and not tab.loading)
    qtbot.waitUntil(lambda: w.counts is not None)
    yield w
    from app.ui.workers import wait_for_all
    wait_for_all()


@pytest.fixture
def wait_loaded(qtbot):
    """wait_loaded(tab): block (processing events) until the tab's worker load has landed."""

    def wait(tab) -> None:
        qtbot.waitUntil(lambda: tab.loaded_once and not tab.loading, timeout=10000)

    return wait



@pytest.fixture(autouse=True)
def english_settings():
    """Every UI test starts from settings.json = English, no recent files."""
    from app.config import Settings

    Settings(language="en").save()
    yield
