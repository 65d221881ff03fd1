"""The Aging tab's Forecast view: expected receipts per week next to the due-date baseline.

``cash_forecast`` runs in a worker when the view is first shown (and again when the as-of date
or the data change while it is visible); the chart is built in a worker too. One currency at a
time — amounts of different currencies are never added.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QSplitter, QTableView, QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.aging_export import forecast_series
from ...services.chart_figures import forecast_figure
from ...services.forecast import CurrencyForecast, Forecast, cash_forecast
from ..charts import ChartView
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.base import RIGHT, Column, RowTableModel
from ..workers import run_in_worker

WEEKS = 13


@dataclass(frozen=True)
class WeekLine:
    label: str
    start: date | None
    end: date | None
    forecast: int
    baseline: int
    currency: str


def _load(engine, as_of: date) -> Forecast:
    with engine.connect() as conn:
        return cash_forecast(conn, as_of, weeks=WEEKS)


class ForecastPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forecast: Forecast | None = None
        self.as_of: date | None = None
        self.loading = False
        self.loaded_once = False
        self._generation = 0
        self._preferred: str | None = None

        self.currency = QComboBox()
        self.currency.setObjectName("forecast_currency")
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLabel()
        self.summary.setObjectName("forecast_summary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Currency:")))
        top.addWidget(self.currency)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)

        self.chart = ChartView(self.tr("Loading chart…"))
        self.chart.setObjectName("forecast_chart")
        self.model = RowTableModel(self._columns(), parent=self)
        self.view = QTableView()
        self.view.setObjectName("forecast_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.chart)
        split.addWidget(self.view)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        split.setSizes([1000, self.fontMetrics().horizontalAdvance("0" * 62)])
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 4, 0, 0)
        v.addLayout(top)
        v.addWidget(split, 1)
        self.currency.currentIndexChanged.connect(lambda _i: self._show_currency())

    def _columns(self) -> list[Column]:
        return [
            Column("week", self.tr("Week"), lambda r: r.label),
            Column("from", self.tr("From"), lambda r: r.start.isoformat() if r.start else ""),
            Column("to", self.tr("To"), lambda r: r.end.isoformat() if r.end else ""),
            Column("forecast", self.tr("Forecast"), lambda r: format_minor(r.forecast, r.currency),
                   sort_key=lambda r: r.forecast, align=RIGHT,
                   header_tooltip=self.tr("Expected from each customer's own payment habit "
                                          "(days beyond terms); disputed invoices left out.")),
            Column("baseline", self.tr("Pays on due date"), lambda r: format_minor(r.baseline, r.currency),
                   sort_key=lambda r: r.baseline, align=RIGHT,
                   header_tooltip=self.tr("The baseline: every open invoice paid on its due date "
                                          "(overdue ones in week 1).")),
        ]

    # ------------------------------------------------------------ loading
    def load(self, as_of: date, preferred_currency: str | None = None) -> None:
        self._generation += 1
        gen = self._generation
        self.as_of = as_of
        if preferred_currency:
            self._preferred = preferred_currency
        if not self.ctx.has_db:
            self.forecast = None
            self.model.set_rows([])
            self.chart.show_message("")
            return
        self.loading = True
        self.summary.setText(self.tr("Loading…"))
        run_in_worker(_load, self.ctx.db.engine, as_of,
                      on_done=lambda f: self._loaded(gen, f),
                      on_error=lambda exc, tb: self._failed(gen, exc, tb))

    def prefer_currency(self, currency: str | None) -> None:
        """Follow the tab's currency filter when this currency has a forecast."""
        if not currency:
            return
        self._preferred = currency
        i = self.currency.findText(currency)
        if i >= 0:
            self.currency.setCurrentIndex(i)

    def _loaded(self, gen: int, forecast: Forecast) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:
            return
        self.loading = False
        self.loaded_once = True
        self.forecast = forecast
        keep = self._preferred or self.currency.currentText()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItems([c.currency for c in forecast.currencies])
        i = self.currency.findText(keep) if keep else -1
        self.currency.setCurrentIndex(i if i >= 0 else (0 if forecast.currencies else -1))
        self.currency.blockSignals(False)
        self._show_currency()

    def _failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if not shiboken6.isValid(self) or gen != self._generation:
            return
        self.loading = False
        self.summary.setText("")
        self.chart.show_message("")
        show_error(self, exc, tb)

    def current(self) -> CurrencyForecast | None:
        if self.forecast is None:
            return None
        return self.forecast.currency(self.currency.currentText())

    def _show_currency(self) -> None:
        f = self.forecast
        cf = self.current()
        if f is None or cf is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("Nothing open to forecast."))
            self.chart.show_message(self.tr("Nothing open to forecast."))
            return
        lines = [WeekLine(self.tr("W{n}").format(n=i + 1), w.start, w.end, fc, bl, cf.currency)
                 for i, (w, fc, bl) in enumerate(zip(f.weeks, cf.weeks, cf.baseline))]
        lines.append(WeekLine(self.tr("Later / unlikely"), None, None, cf.later_unlikely_minor,
                              cf.baseline_later_minor, cf.currency))
        self.model.set_rows(lines)
        cur = cf.currency
        parts = [self.tr("{n} open invoices, {amount} {currency}").format(
            n=cf.invoice_count, amount=format_minor(cf.open_minor, cur), currency=cur)]
        if cf.unlikely_minor:
            parts.append(self.tr("unlikely {amount}").format(amount=format_minor(cf.unlikely_minor, cur)))
        if cf.disputed_count:
            parts.append(self.tr("{n} disputed left out ({amount})").format(
                n=cf.disputed_count, amount=format_minor(cf.disputed_minor, cur)))
        if cf.unapplied_minor:
            parts.append(self.tr("unapplied payments {amount}").format(
                amount=format_minor(cf.unapplied_minor, cur)))
        self.summary.setText(" · ".join(parts))
        self.chart.build(forecast_figure, forecast_series(cf, f.weeks, tr=tr_message))
