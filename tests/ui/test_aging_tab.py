"""The Aging tab driven with qtbot: cards, table and footer, filters, as-of change, drill-down,
forecast view, charts with Chinese labels, exports (XLSX, CSV, PDF)."""

from __future__ import annotations

import warnings
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from datetime import date

AS_OF = date(2026, 11, 23)      # the working date of tests/ui/conftest.py


@pytest.fixture
def tab(qtbot, ctx, wait_loaded):
    from app.ui.tabs.aging import AgingTab

    t = AgingTab(ctx)
    qtbot.addWidget(t)
    t.resize(1400, 900)
    t.show()
    wait_loaded(t)
    return t


def rows(tab) -> list[tuple[str, str]]:
    return [(r.customer_code, r.currency) for r in tab.model.rows()]


def cell(model, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, model.column_index(key)), role)


def footer(tab) -> dict[str, str]:
    m = tab.totals_model
    return {cell(m, r, "currency"): cell(m, r, "total") for r in range(m.rowCount())}


def bucket_key(tab, title: str) -> str:
    m = tab.model
    for c in range(m.columnCount()):
        if m.headerData(c, Qt.Orientation.Horizontal) == title:
            return m.column_key(c)
    raise KeyError(title)


def test_loads_rows_buckets_and_totals(tab):
    assert rows(tab) == [("C001", "CNY"), ("C002", "CNY"), ("C003", "EUR"), ("C003", "USD")]
    m = tab.model
    assert cell(m, 0, bucket_key(tab, "Not due")) == "1,500.00"        # 2,500 less 1,000 paid
    assert cell(m, 0, bucket_key(tab, "31–60 days")) == "10,000.00"     # 60 days past due
    assert cell(m, 0, bucket_key(tab, "1–30 days")) == ""               # zero cells stay blank
    assert cell(m, 0, "total") == "11,500.00"
    assert cell(m, 0, "pct_overdue") == "87.0%"
    assert cell(m, 2, bucket_key(tab, "1–30 days")) == "800.00"
    assert cell(m, 0, "total", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "grade" not in [m.column_key(c) for c in range(m.columnCount())]   # no grades yet
    assert footer(tab) == {"CNY": "41,500.00", "EUR": "800.00", "USD": "123.45"}
    assert tab.count_label.text() == "4 rows"
    assert [tab.currency.itemText(i) for i in range(tab.currency.count())] == \
        ["All currencies", "CNY", "EUR", "USD"]


def test_cards_show_values_changes_and_definitions(tab, qtbot):
    qtbot.waitUntil(lambda: bool(tab.figures), timeout=10000)
    cards = tab.cards.cards
    assert cards["ar"].value.text() == "41,500.00 CNY"
    assert cards["ar"].label.text() == "Total AR (CNY)"
    assert cards["overdue_pct"].value.text() == "24.1%"                  # 10,000 / 41,500
    assert cards["over_90"].value.text() == "0.00 CNY"
    assert cards["dso"].value.text().endswith("days")
    previous = (AS_OF - timedelta(days=90)).isoformat()
    assert f"vs {previous}" in cards["overdue_pct"].change.text()
    assert "DSO (days sales outstanding)" in cards["dso"].toolTip()
    assert "collection effectiveness" in cards["cei_pct"].toolTip().lower()


def test_filters_currency_overdue_and_search(tab, qtbot):
    tab.currency.setCurrentIndex(tab.currency.findData("EUR"))
    assert rows(tab) == [("C003", "EUR")]
    assert footer(tab) == {"EUR": "800.00"}
    assert tab.count_label.text() == "1 of 4 rows"
    tab.currency.setCurrentIndex(0)
    tab.overdue_only.setChecked(True)
    assert rows(tab) == [("C001", "CNY"), ("C003", "EUR"), ("C003", "USD")]
    tab.overdue_only.setChecked(False)
    tab.search.setText("华夏")                 # typed text: filtered after the debounce
    qtbot.waitUntil(lambda: rows(tab) == [("C002", "CNY")])
    assert footer(tab) == {"CNY": "30,000.00"}


def test_currency_change_reloads_the_cards(tab, qtbot):
    qtbot.waitUntil(lambda: bool(tab.figures), timeout=10000)
    tab.currency.setCurrentIndex(tab.currency.findData("EUR"))
    qtbot.waitUntil(lambda: tab.block.currency == "EUR" and bool(tab.figures), timeout=10000)
    assert tab.cards.cards["ar"].value.text() == "800.00 EUR"
    assert tab.cards.cards["overdue_pct"].value.text() == "100.0%"


def test_as_of_change_reloads_past_figures(tab, wait_loaded):
    tab.set_as_of(AS_OF - timedelta(days=30))
    assert tab.loading
    wait_loaded(tab)
    # 30 days earlier: INV-002 and INV-003 were not issued yet, INV-001 was 30 days overdue,
    # the EUR invoice was not yet due
    assert rows(tab) == [("C001", "CNY"), ("C003", "EUR"), ("C003", "USD")]
    m = tab.model
    assert cell(m, 0, bucket_key(tab, "1–30 days")) == "10,000.00"
    assert cell(m, 1, bucket_key(tab, "Not due")) == "800.00"
    assert tab.data.as_of == AS_OF - timedelta(days=30)


def test_double_click_lists_the_invoices_of_the_cell(tab, qtbot):
    col = tab.model.column_index(bucket_key(tab, "31–60 days"))
    idx = tab.model.index(0, col)
    tab.view.scrollTo(idx)
    rect = tab.view.visualRect(idx)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.drill_dialog is not None and tab.drill_dialog.loaded_once, timeout=10000)
    dlg = tab.drill_dialog
    assert [r.number for r in dlg.model.rows()] == ["INV-001"]
    assert cell(dlg.model, 0, "days_overdue") == 60
    assert "10,000.00" in dlg.total.text()
    assert "Acme Trading Ltd" in dlg.windowTitle() and "31–60 days" in dlg.windowTitle()
    dlg.close()


def test_double_click_on_total_lists_every_open_item(tab, qtbot):
    tab._drill(tab.model.index(0, tab.model.column_index("total")))
    qtbot.waitUntil(lambda: tab.drill_dialog is not None and tab.drill_dialog.loaded_once, timeout=10000)
    assert sorted(r.number for r in tab.drill_dialog.model.rows()) == ["INV-001", "INV-002"]
    tab.drill_dialog.close()


def test_charts_render_chinese_labels(tab, qtbot):
    qtbot.waitUntil(lambda: tab.aging_chart.ready and tab.trend_chart.ready, timeout=15000)
    texts = tab.aging_chart.texts()
    assert "北京华夏科技有限公司" in texts and "Acme Trading Ltd" in texts
    assert any("CNY" in t for t in texts)
    import matplotlib

    assert "Droid Sans Fallback" in matplotlib.rcParams["font.family"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")           # a missing glyph is a UserWarning in matplotlib
        tab.aging_chart.canvas.draw()


def test_forecast_view_loads_on_demand(tab, qtbot):
    page = tab.forecast
    assert not page.loaded_once
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.loaded_once and not page.loading, timeout=10000)
    assert page.currency.currentText() == "CNY"
    assert page.model.rowCount() == 14                   # 13 weeks + later / unlikely
    assert cell(page.model, 0, "week") == "W1"
    assert cell(page.model, 0, "from") == (AS_OF + timedelta(days=1)).isoformat()
    qtbot.waitUntil(lambda: page.chart.ready, timeout=15000)
    assert "Pays on due date" in page.chart.texts()


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "pdf"])
def test_export_writes_the_visible_rows(tab, qtbot, tmp_path, fmt):
    qtbot.waitUntil(lambda: bool(tab.figures), timeout=10000)
    tab.currency.setCurrentIndex(tab.currency.findData("CNY"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"aging.{fmt}"
    assert tab.export(fmt, target) is not None
    assert not tab.export_button.isEnabled()
    qtbot.waitUntil(lambda: tab.export_job is None, timeout=20000)
    assert tab.last_export == target and tab.export_button.isEnabled()
    assert [p.name for p in out.iterdir()] == [target.name]             # no temp file left
    if fmt == "xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(target).active
        assert ws.freeze_panes == "A2"
        assert [ws.cell(r, 1).value for r in range(2, 4)] == ["C001", "C002"]
        header = [c.value for c in ws[1]]
        total = ws.cell(2, header.index("Total") + 1)
        assert total.value == 11500 and total.number_format == "#,##0.00"      # a number, formatted
    elif fmt == "csv":
        raw = target.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        text = raw.decode("utf-8-sig")
        assert "C002,北京华夏科技有限公司,CNY,30000.00" in text
        assert "EUR" not in text                           # the currency filter applies
    else:
        raw = target.read_bytes()
        assert raw.startswith(b"%PDF-") and b"DroidSansFallback" in raw


def test_empty_database_shows_no_rows(qtbot, tmp_path, wait_loaded):
    from app.storage.db import Database
    from app.ui.context import AppContext
    from app.ui.tabs.aging import AgingTab
    from app.ui.workers import wait_for_all

    db = Database.open(tmp_path / "empty.db", create=True)
    try:
        t = AgingTab(AppContext(db, AS_OF))
        qtbot.addWidget(t)
        t.show()
        wait_loaded(t)
        assert t.model.rowCount() == 0 and not t.footer.isVisible()
        qtbot.waitUntil(lambda: not t.aging_chart.building, timeout=10000)
        assert t.aging_chart.message_text() == "Nothing open for these filters."
        t.close()
        wait_for_all()
    finally:
        db.close()


def test_hidden_tab_waits_until_shown(qtbot, ctx):
    from app.ui.tabs.aging import AgingTab

    t = AgingTab(ctx)
    qtbot.addWidget(t)
    assert not t.loading and t.data is None               # nothing loaded while hidden
    t.show()
    qtbot.waitUntil(lambda: t.loaded_once and not t.loading, timeout=10000)
    assert t.model.rowCount() == 4


def test_window_has_the_aging_tab_after_invoices(window):
    from app.ui.tabs import TABS

    keys = [s.key for s in TABS]
    assert keys.index("aging") == keys.index("invoices") + 1
    assert window.tab("aging") is not None


def test_chart_is_rendered_in_the_worker_not_on_the_gui_thread(qtbot, monkeypatch):
    import threading

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from app.services.chart_figures import AgingBars, aging_bars_figure
    from app.ui.charts import ChartView
    from app.ui.workers import wait_for_all

    threads: list[bool] = []
    real_draw = FigureCanvasAgg.draw

    def draw(self):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_draw(self)

    monkeypatch.setattr(FigureCanvasAgg, "draw", draw)
    view = ChartView("…")
    qtbot.addWidget(view)
    view.resize(600, 320)
    view.show()
    qtbot.waitExposed(view)
    view.build(aging_bars_figure, AgingBars("CNY", ["未到期", "1–30"], ["北京华夏", "Acme"],
                                            [[100_00, 50_00], [70_00, 0]], total_amounts=[170_00, 50_00]))
    qtbot.waitUntil(lambda: view.ready, timeout=15000)
    view.canvas.repaint()
    qtbot.wait(50)
    wait_for_all()
    assert threads and threads[0] is False                 # drawn once, in the worker
    assert not any(threads), "the GUI thread rendered the figure again"
    view.resize(700, 360)                                  # a new size renders as usual
    qtbot.waitUntil(lambda: any(threads), timeout=5000)


def test_home_currency_total_with_rates_and_missing_ones(tab, ctx, wait_loaded):
    from decimal import Decimal

    from app.services.fx import set_rate

    assert tab.home_total.isVisibleTo(tab)
    text = tab.home_total.text()
    assert "open <b>41,500.00</b>" in text and "without EUR, USD" in text   # no rates yet
    with ctx.db.session() as s:
        set_rate(s, AS_OF, "EUR", Decimal("7.8"))
        set_rate(s, AS_OF, "USD", Decimal("7.1"))
    tab.reload()
    wait_loaded(tab)
    # 41,500.00 + 800.00 × 7.8 + 123.45 × 7.1 = 41,500.00 + 6,240.00 + 876.50 (876.495 half up)
    assert "open <b>48,616.50</b>" in tab.home_total.text()
    assert "without" not in tab.home_total.text()
    assert "1 USD = 7.1 CNY" in tab.home_total.toolTip()
