"""The import dialog with a big file (read in parts): preview of the first rows, every row
counted, the first errors listed with the total, valid rows imported, all rejected rows saved."""

from __future__ import annotations

import csv
from datetime import date

import pytest

pytest.importorskip("pytestqt")

from app.services import customers as cs  # noqa: E402
from app.services.importers import plan_stream, stream  # noqa: E402
from app.storage.db import Database  # noqa: E402

AS_OF = date(2026, 11, 23)


@pytest.fixture
def ctx(qtbot, tmp_path):
    from app.ui.context import AppContext
    from app.ui.workers import wait_for_all

    db = Database.open(tmp_path / "ui.db", create=True)
    with db.session() as s:
        cs.create_customer(s, cs.CustomerData(code="C001", name="Acme Trading Ltd", terms_days=30))
        cs.create_customer(s, cs.CustomerData(code="C002", name="北京华夏科技有限公司", terms_days=60))
    yield AppContext(db, AS_OF)
    wait_for_all()
    db.close()


def test_big_file_preview_counts_first_errors_and_rejected_rows(qtbot, ctx, tmp_path, monkeypatch):
    from app.ui.dialogs import import_dialog as mod

    monkeypatch.setenv("ARDESK_STREAM_ABOVE", "0")          # every file counts as big
    monkeypatch.setattr(stream, "PREVIEW_ROWS", 40)
    monkeypatch.setattr(plan_stream, "MAX_KEPT_ERRORS", 5)
    monkeypatch.setattr(mod, "show_error", lambda parent, exc, tb="": pytest.fail(str(exc)))
    p = tmp_path / "big.csv"
    with p.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Invoice number", "Customer code", "Invoice date", "Amount"])
        for k in range(300):
            w.writerow([f"B-{k}", "C999" if k % 15 == 7 else ("C001", "C002")[k % 2], "2026-11-01",
                        f"{k + 1}.50"])
    dlg = mod.ImportDialog(ctx, "invoices")
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load_file(str(p))
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.plan is not None, timeout=20000)
    assert dlg.table.streamed and dlg.preview_model.rowCount() == 40
    assert "300 data rows" in dlg.file_info.text() and "first 40" in dlg.file_info.text()
    plan = dlg.plan
    assert (plan.new, plan.invalid, plan.error_count) == (280, 20, 20)
    assert dlg.errors_model.rowCount() == 5
    assert "first 5 of 20 errors" in dlg.counts.text()
    assert dlg.valid_button.isEnabled() and dlg.rejected_button.isEnabled()
    with qtbot.waitSignal(ctx.data_changed, timeout=20000):
        dlg.valid_button.click()
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.result_ is not None, timeout=20000)
    assert dlg.result_.written and dlg.result_.new == 280
    with ctx.db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT COUNT(*) FROM invoice").scalar_one() == 280
    out = tmp_path / "rejected.csv"
    dlg.save_rejected(str(out))
    qtbot.waitUntil(lambda: not dlg.busy_with and dlg.saved_rejected == str(out), timeout=20000)
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = list(csv.reader(f))
    assert [r[0] for r in got[1:]] == [f"B-{k}" for k in range(300) if k % 15 == 7]
