"""Aging tab (账龄): KPI cards, the aging table per customer with totals, charts, forecast, exports.

Everything slow runs in workers: the report (``aging.aging``) and the KPI block
(``kpis.compute_kpis`` now and one period earlier, ``kpi_trend``) load together; a currency
change reloads only the KPI block; charts are built by ``app.services.chart_figures`` in
workers and shown by ``ChartView``; exports write through ``aging_export.export_aging`` (a
temporary file moved into place). Filters (currency, overdue only, search) work on the loaded
rows; the footer adds up what is visible, per currency. Double-click an amount to list the
invoices behind it. Follows the tab interface in ``app.ui.tabs``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QSplitter,
                               QTableView, QTabWidget, QToolButton, QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.aging import AgingReport, aging
from ...services.aging_export import (KeyFigure, KpiBlock, aging_bars, bucket_titles, export_aging,
                                      key_figures, kpi_block, trend_series)
from ...services.chart_figures import aging_bars_figure, trend_figure
from ..charts import ChartView
from ..context import AppContext
from ..errors import show_error, tr_message
from ..file_ops import ui_settings
from ..tablemodels.aging import AgingTableModel, AgingTotalsModel, aging_columns, total_lines
from ..workers import Job, run_in_worker
from .aging_cards import KpiStrip
from .aging_drill import AgingItemsDialog
from .aging_forecast import ForecastPage

SEARCH_DEBOUNCE_MS = 150
DATE_DEBOUNCE_MS = 350
CHART_DEBOUNCE_MS = 200


@dataclass(frozen=True)
class AgingData:
    as_of: date
    report: AgingReport
    company: str
    home: str
    block: KpiBlock


def load_aging_data(engine, as_of: date, currency: str | None) -> AgingData:
    """Worker: the whole report, the company, and the KPI block of ``currency`` (None: home)."""
    with engine.connect() as conn:
        company = conn.exec_driver_sql("SELECT name, home_currency FROM company ORDER BY id LIMIT 1").first()
        name, home = (company[0] or "", company[1] or "CNY") if company else ("", "CNY")
        report = aging(conn, as_of, home_currency=home)
        block = kpi_block(conn, as_of, currency or home, report)
    return AgingData(as_of, report, name, home, block)


def load_kpi_block(engine, as_of: date, currency: str, report: AgingReport) -> KpiBlock:
    with engine.connect() as conn:
        return kpi_block(conn, as_of, currency, report)


class AgingTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generation = 0
        self._block_generation = 0
        self.loading = False
        self.loaded_once = False
        self.data: AgingData | None = None
        self.block: KpiBlock | None = None
        self.figures: tuple[KeyFigure, ...] = ()
        self.drill_dialog: AgingItemsDialog | None = None
        self.export_job: Job | None = None
        self.last_export: Path | None = None
        self._stale = True
        self._forecast_as_of: date | None = None

        # --- top bar
        self.as_of_edit = QDateEdit()
        self.as_of_edit.setObjectName("aging_as_of")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self._set_date_edit(ctx.as_of())
        self.currency = QComboBox()
        self.currency.setObjectName("aging_currency")
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currency.addItem(self.tr("All currencies"), None)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.search = QLineEdit()
        self.search.setObjectName("aging_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search code or name…  (Ctrl+F)"))
        self.search.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 30))
        self.count_label = QLabel()
        self.count_label.setObjectName("aging_count")
        self.export_button = QToolButton()
        self.export_button.setObjectName("aging_export")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Excel workbook (.xlsx)…"), lambda: self.export("xlsx"))
        menu.addAction(self.tr("CSV for Excel (.csv)…"), lambda: self.export("csv"))
        menu.addAction(self.tr("PDF report (.pdf)…"), lambda: self.export("pdf"))
        self.export_button.setMenu(menu)
        top = QHBoxLayout()
        as_of_label = QLabel(self.tr("&As of:"))
        as_of_label.setBuddy(self.as_of_edit)
        top.addWidget(as_of_label)
        top.addWidget(self.as_of_edit)
        top.addSpacing(8)
        cur_label = QLabel(self.tr("C&urrency:"))
        cur_label.setBuddy(self.currency)
        top.addWidget(cur_label)
        top.addWidget(self.currency)
        top.addWidget(self.overdue_only)
        top.addWidget(self.search)
        top.addSpacing(8)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.export_button)

        # --- cards and warnings
        self.cards = KpiStrip()
        self.warnings = QLabel()
        self.warnings.setObjectName("aging_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 4px;")
        self.warnings.hide()
        self.home_total = QLabel()
        self.home_total.setObjectName("aging_home_total")
        self.home_total.setWordWrap(True)
        self.home_total.hide()

        # --- table + footer
        self.model = AgingTableModel(self)
        self.view = self._table("aging_table")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setMinimumHeight(60)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.totals_model = AgingTotalsModel(self)
        self.footer = self._table("aging_totals")
        self.footer.setModel(self.totals_model)
        self.footer.horizontalHeader().hide()
        self.footer.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.footer.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bold = self.footer.font()
        bold.setBold(True)
        self.footer.setFont(bold)
        self.view.horizontalHeader().sectionResized.connect(
            lambda i, _old, new: self.footer.setColumnWidth(i, new))
        self.view.horizontalScrollBar().valueChanged.connect(self.footer.horizontalScrollBar().setValue)
        table_box = QWidget()
        tv = QVBoxLayout(table_box)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.setSpacing(0)
        tv.addWidget(self.view, 1)
        tv.addWidget(self.footer)

        # --- charts
        self.aging_chart = ChartView(self.tr("Loading chart…"))
        self.aging_chart.setObjectName("aging_chart")
        self.trend_chart = ChartView(self.tr("Loading chart…"))
        self.trend_chart.setObjectName("trend_chart")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.aging_chart)
        charts.addWidget(self.trend_chart)
        charts.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("aging_splitter")
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(charts)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.forecast = ForecastPage(ctx)
        self.pages = QTabWidget()
        self.pages.setObjectName("aging_pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, self.tr("Aging"))
        self.pages.addTab(self.forecast, self.tr("Cash-in forecast"))

        self.status = QLabel()
        self.status.setObjectName("aging_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.cards)
        layout.addWidget(self.warnings)
        layout.addWidget(self.home_total)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)

        # --- wiring
        self._search_timer = self._timer(SEARCH_DEBOUNCE_MS, self._apply_filters)
        self._date_timer = self._timer(DATE_DEBOUNCE_MS, self.reload)
        self._chart_timer = self._timer(CHART_DEBOUNCE_MS, self._rebuild_aging_chart)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_filters)
        self.overdue_only.toggled.connect(lambda _c: self._apply_filters())
        self.currency.currentIndexChanged.connect(lambda _i: self._currency_changed())
        self.as_of_edit.dateChanged.connect(lambda _d: self._date_timer.start())
        self.view.doubleClicked.connect(self._drill)
        self.pages.currentChanged.connect(lambda _i: self._page_changed())
        ctx.data_changed.connect(self.reload)
        ctx.database_changed.connect(self._database_changed)

        self._restore_splitter()
        self._clear_cards()
        self._update_count()
        self.reload()

    # ------------------------------------------------------- tab interface
    def reload(self) -> None:
        """Load the report and KPIs for the picked date in a worker (filters stay).

        A hidden tab only notes that it is stale and loads when it is shown, so matplotlib and
        the KPI queries cost nothing until the user opens the tab."""
        self._date_timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        gen = self._generation
        self._forecast_as_of = None
        if not self.ctx.has_db:
            self.loading = False
            self.data = None
            self.model.set_rows([])
            self.totals_model.set_rows([])
            self._clear_cards()
            self._update_count()
            return
        self.loading = True
        self._update_count()
        run_in_worker(load_aging_data, self.ctx.db.engine, self.as_of(), self.selected_currency(),
                      on_done=lambda d: self._loaded(gen, d),
                      on_error=lambda exc, tb: self._load_failed(gen, exc, tb))
        if self.pages.currentWidget() is self.forecast:
            self._load_forecast()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------ queries
    def as_of(self) -> date:
        d = self.as_of_edit.date()
        return date(d.year(), d.month(), d.day())

    def set_as_of(self, day: date) -> None:
        """Pick ``day`` and reload now (the date box itself waits for typing to settle)."""
        self._set_date_edit(day)
        self.reload()

    def selected_currency(self) -> str | None:
        return self.currency.currentData()

    def kpi_currency(self) -> str:
        return self.selected_currency() or (self.data.home if self.data else "CNY")

    def chart_currency(self) -> str | None:
        """The selected currency, else the home currency when it has rows, else the first shown."""
        rows = self.model.rows()
        cur = self.kpi_currency()
        if any(r.currency == cur for r in rows) or not rows:
            return cur
        return rows[0].currency

    # ----------------------------------------------------------- loading
    def _loaded(self, gen: int, data: AgingData) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:   # rebuilt/closed meanwhile
            return
        self.loading = False
        first = not self.loaded_once
        self.loaded_once = True
        self.data = data
        report = data.report
        titles = bucket_titles(report.buckets, tr_message)
        grades = any(getattr(r, "grade", None) for r in report.rows)
        if first or self.model.columnCount() != len(aging_columns(report.buckets, titles, grades=grades)):
            self.model.set_report_columns(report.buckets, titles, grades=grades)
            self.totals_model.set_columns(aging_columns(report.buckets, titles, grades=grades))
        self._fill_currencies([t.currency for t in report.totals])
        self.model.set_rows(report.rows)
        self._apply_predicate()
        self._update_totals()
        if first:
            self._fit_columns()
        self._update_count()
        warnings = [w.text(tr_message) for w in report.warnings]
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self._show_home_total(report)
        self._show_block(data.block)
        self._rebuild_aging_chart()

    def _show_home_total(self, report: AgingReport) -> None:
        """All currencies converted to the home currency, when there is more than one."""
        home = report.home
        if home is None or len(report.totals) < 2:
            self.home_total.hide()
            return
        cur = home.currency
        text = self.tr("All currencies in {home} at the rates of {date}: open <b>{total}</b>, "
                       "overdue <b>{overdue}</b>").format(
            home=cur, date=report.as_of.isoformat(), total=format_minor(home.total, cur),
            overdue=format_minor(home.overdue, cur))
        if home.missing:
            text += " " + self.tr("(without {currencies}: no rate)").format(
                currencies=", ".join(home.missing))
        self.home_total.setText(text)
        self.home_total.setToolTip("\n".join(f"1 {c} = {r} {cur}" for c, r in home.rates))
        self.home_total.show()

    def _load_failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:
            return
        self.loading = False
        self._update_count()
        show_error(self, exc, tb)

    def _reload_block(self) -> None:
        if self.data is None or not self.ctx.has_db:
            return
        self._block_generation += 1
        gen = self._block_generation
        run_in_worker(load_kpi_block, self.ctx.db.engine, self.data.as_of, self.kpi_currency(),
                      self.data.report, on_done=lambda b: self._block_loaded(gen, b),
                      on_error=lambda exc, tb: self._load_failed(self._generation, exc, tb))

    def _block_loaded(self, gen: int, block: KpiBlock) -> None:
        if shiboken6.isValid(self) and gen == self._block_generation:
            self._show_block(block)

    def _show_block(self, block: KpiBlock) -> None:
        self.block = block
        if block.kpis is None:
            self.figures = ()
            self._clear_cards()
        else:
            self.figures = key_figures(block.kpis, block.previous, block.over90, block.over90_previous,
                                       tr=tr_message)
            self.cards.set_figures(self.figures)
        if block.trend:
            self.trend_chart.build(trend_figure, trend_series(block.trend, block.currency, tr=tr_message))
        else:
            self.trend_chart.show_message(self.tr("No history yet."))

    def _database_changed(self) -> None:
        self.search.clear()
        self.model.set_search("")
        self.loaded_once = False
        self.data = None
        self.currency.blockSignals(True)
        while self.currency.count() > 1:
            self.currency.removeItem(1)
        self.currency.setCurrentIndex(0)
        self.currency.blockSignals(False)
        self.as_of_edit.blockSignals(True)
        self._set_date_edit(self.ctx.as_of())
        self.as_of_edit.blockSignals(False)
        self.reload()

    # --------------------------------------------------------- filtering
    def _apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text())
        self._apply_predicate()
        self._update_totals()
        self._update_count()
        self._chart_timer.start()

    def _apply_predicate(self) -> None:
        cur = self.selected_currency()
        overdue = self.overdue_only.isChecked()
        if cur is None and not overdue:
            self.model.set_predicate(None)
        else:
            self.model.set_predicate(lambda r: (cur is None or r.currency == cur)
                                     and (not overdue or r.overdue > 0))

    def _currency_changed(self) -> None:
        self._apply_filters()
        if self.data is not None and (self.block is None or self.block.currency != self.kpi_currency()):
            self._clear_cards()
            self._reload_block()
        self.forecast.prefer_currency(self.selected_currency())

    def _fill_currencies(self, currencies: list[str]) -> None:
        keep = self.selected_currency()
        self.currency.blockSignals(True)
        while self.currency.count() > 1:
            self.currency.removeItem(1)
        for c in currencies:
            self.currency.addItem(c, c)
        i = self.currency.findData(keep) if keep else 0
        self.currency.setCurrentIndex(max(i, 0))
        self.currency.blockSignals(False)

    def _update_totals(self) -> None:
        nb = len(self.model.buckets)
        lines = total_lines(self.model.rows(), nb) if nb else []
        self.totals_model.set_rows(lines)
        h = self.footer.verticalHeader().defaultSectionSize()
        self.footer.setFixedHeight(max(1, len(lines)) * h + 2 * self.footer.frameWidth())
        self.footer.setVisible(bool(lines))
        for i in range(self.model.columnCount()):
            self.footer.setColumnWidth(i, self.view.columnWidth(i))

    def _update_count(self) -> None:
        if self.loading and not self.loaded_once:
            self.count_label.setText(self.tr("Loading…"))
            return
        shown, total = self.model.rowCount(), len(self.model.all_rows())
        if shown == total:
            self.count_label.setText(self.tr("{n} rows").format(n=total))
        else:
            self.count_label.setText(self.tr("{shown} of {total} rows").format(shown=shown, total=total))

    # ------------------------------------------------------------- charts
    def _rebuild_aging_chart(self) -> None:
        self._chart_timer.stop()
        if self.data is None:
            return
        cur = self.chart_currency()
        if cur is None or not self.model.rows():
            self.aging_chart.show_message(self.tr("Nothing open for these filters."))
            return
        self.aging_chart.build(aging_bars_figure, aging_bars(self.model.rows(), self.data.report.buckets,
                                                             cur, tr=tr_message))

    # ------------------------------------------------------------- cards
    def _clear_cards(self) -> None:
        cur = self.kpi_currency()
        self.cards.clear({"ar": self.tr("Total AR ({currency})").format(currency=cur),
                          "overdue_pct": self.tr("Overdue %"), "dso": self.tr("DSO"),
                          "cei_pct": self.tr("CEI"), "over_90": self.tr(">90 days overdue")})

    # ---------------------------------------------------------- drill-down
    def _drill(self, index) -> None:
        row = self.model.row_at(index)
        if row is None or self.data is None:
            return
        report = self.data.report
        bucket = self.model.bucket_of_column(index.column())     # None: every open item
        bucket_title = "" if bucket is None else bucket_titles(report.buckets, tr_message)[bucket]
        bounds = tuple(b.hi for b in report.buckets if b.lo is not None and b.hi is not None)
        dlg = AgingItemsDialog(self.ctx, as_of=report.as_of, customer_id=row.customer_id,
                               customer=f"{row.customer_code} {row.customer_name}", currency=row.currency,
                               bucket=bucket, bucket_title=bucket_title, basis=report.basis,
                               bounds=bounds, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.drill_dialog = dlg
        dlg.destroyed.connect(lambda *_: setattr(self, "drill_dialog", None))
        dlg.show()

    # ------------------------------------------------------------ forecast
    def _page_changed(self) -> None:
        if self.pages.currentWidget() is self.forecast and self._forecast_as_of != self.as_of():
            self._load_forecast()

    def _load_forecast(self) -> None:
        self._forecast_as_of = self.as_of()
        self.forecast.load(self.as_of(), self.selected_currency() or (self.data.home if self.data else None))

    # -------------------------------------------------------------- export
    def export(self, fmt: str, path: str | Path | None = None) -> Job | None:
        """Write what the table shows as ``fmt`` (xlsx, csv, pdf) in a worker; asks for a file."""
        if self.data is None or self.export_job is not None:
            return None
        if path is None:
            filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "csv": self.tr("CSV file (*.csv)"),
                       "pdf": self.tr("PDF file (*.pdf)")}
            folder = ui_settings().value("aging/export_dir", str(Path.home()))
            suggested = str(Path(folder) / f"aging-{self.data.as_of.isoformat()}.{fmt}")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export aging"), suggested, filters[fmt])
            if not name:
                return None
            path = name if name.lower().endswith("." + fmt) else f"{name}.{fmt}"
            ui_settings().setValue("aging/export_dir", str(Path(path).parent))
        data = self.data
        visible = list(self.model.rows())
        rows = None if len(visible) == len(self.model.all_rows()) else visible
        block = self.block
        trend = block.trend if block else ()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        target = Path(path)
        self.export_job = run_in_worker(
            export_aging, target, fmt, data.report, company=data.company, rows=rows,
            figures=self.figures, trend=trend, chart_currency=self.chart_currency(), tr=tr_message,
            printed_on=date.today(),
            on_done=lambda p: self._exported(p), on_error=self._export_failed)
        return self.export_job

    def _exported(self, path: Path) -> None:
        if not shiboken6.isValid(self):
            return
        self.export_job = None
        self.last_export = Path(path)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved {path}").format(path=str(path)))

    def _export_failed(self, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self):
            show_error(None, exc, tb)
            return
        self.export_job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Export failed."))
        show_error(self, exc, tb)      # ExportError (a UserError) for an unwritable file

    # ------------------------------------------------------------- helpers
    def _table(self, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setHighlightSections(False)
        return view

    def _timer(self, ms: int, slot) -> QTimer:
        t = QTimer(self)
        t.setSingleShot(True)
        t.setInterval(ms)
        t.timeout.connect(slot)
        return t

    def _set_date_edit(self, day: date) -> None:
        self.as_of_edit.setDate(QDate(day.year, day.month, day.day))

    def _fit_columns(self) -> None:
        """Columns fit their content and the (bold) totals; the name takes a bounded share."""
        fm = self.view.fontMetrics()
        # the widest amounts are in the footer's totals; a sample of rows is enough for the rest
        # (every row of 12,000 took a quarter of a second on the GUI thread)
        self.view.horizontalHeader().setResizeContentsPrecision(60)
        self.view.resizeColumnsToContents()
        self.footer.resizeColumnsToContents()
        name = self.model.column_index("name")
        self.view.setColumnWidth(name, min(max(self.view.columnWidth(name), fm.horizontalAdvance("0" * 14)),
                                           fm.horizontalAdvance("0" * 22)))
        for col in range(self.model.columnCount()):
            if col != name:
                width = max(self.view.columnWidth(col), self.footer.columnWidth(col)) + 6
                self.view.setColumnWidth(col, max(width, fm.horizontalAdvance("0" * 6)))

    def _restore_splitter(self) -> None:
        state = ui_settings().value("aging/splitter_v")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([420, 300])

    def save_state(self) -> None:
        ui_settings().setValue("aging/splitter_v", self.splitter.saveState())
