"""Settings → Exchange rates (汇率): list the dated rates, set or remove one, import a CSV.

    ExchangeRatesDialog(ctx, parent).exec()

A rate is home-currency units per one unit of the currency on a date; reports use the latest
rate on or before each date (``services.fx``). Every change is audited by the service and
``ctx.notify_changed()`` tells the tabs to recompute converted totals. The list is small (a few
rates per currency and month), so it is read on the GUI thread; a CSV import runs in a worker.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ...errors import UserError
from ...money import normalize_currency
from ...services import fx
from ...services.fx_import import RatesImportResult, import_rates
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.base import RIGHT, Column, RowTableModel
from ..workers import Job, run_in_worker
from .forms import currency_combo


class ExchangeRatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._job: Job | None = None
        self.last_import: RatesImportResult | None = None
        self.changed = False
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(640, 520)
        with ctx.db.engine.connect() as conn:
            self.home = fx.home_currency(conn)
        layout = QVBoxLayout(self)
        self.intro = intro = QLabel(self.tr(
            "Rates in {home} per one unit of each currency. Reports use the latest rate on or before "
            "each date; an amount without a rate is left out of converted totals, with a warning.").format(
                home=self.home))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        sources = {"manual": self.tr("entered"), "import": self.tr("imported")}
        self.model: RowTableModel[fx.RateRow] = RowTableModel([
            Column("date", self.tr("Date"), lambda r: r.date.isoformat()),
            Column("currency", self.tr("Currency"), lambda r: r.currency),
            Column("rate", self.tr("Rate"), lambda r: fx.rate_text(r.rate), sort_key=lambda r: r.rate,
                   align=RIGHT),
            Column("source", self.tr("Source"), lambda r: sources.get(r.source, r.source)),
        ], parent=self)
        self.view = QTableView()
        self.view.setObjectName("rates")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("rate_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        d = ctx.as_of()
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self.currency = currency_combo("USD" if self.home != "USD" else "EUR")
        self.currency.setObjectName("rate_currency")
        self.rate_edit = QLineEdit()
        self.rate_edit.setObjectName("rate_value")
        self.rate_edit.setPlaceholderText("7.1234")
        self.rate_edit.returnPressed.connect(self.set_rate)
        self.set_button = QPushButton(self.tr("&Set rate"))
        self.set_button.clicked.connect(self.set_rate)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        cur_label = QLabel(self.tr("C&urrency:"))
        cur_label.setBuddy(self.currency)
        rate_label = QLabel(self.tr("&Rate:"))
        rate_label.setBuddy(self.rate_edit)
        for w in (date_label, self.date_edit, cur_label, self.currency, rate_label, self.rate_edit,
                  self.set_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #c02020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button = self.buttons.addButton(self.tr("&Remove selected"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button = self.buttons.addButton(self.tr("&Import CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        with self.ctx.db.engine.connect() as conn:
            self.model.set_rows(fx.list_rates(conn))
        self._update_buttons()

    def rate_count(self) -> int:
        return self.model.rowCount()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())
        self.import_button.setEnabled(self._job is None)

    def _selected_rows(self) -> list[fx.RateRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _changed(self, message: str) -> None:
        self.changed = True
        self.problem.clear()
        self.status.setText(message)
        self.reload()
        self.ctx.notify_changed()

    # -------------------------------------------------------------- commands
    def set_rate(self) -> None:
        text = self.rate_edit.text().strip().replace(" ", "")
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation:
            self.problem.setText(self.tr("{text} is not a rate; write it like 7.1234.").format(
                text=self.rate_edit.text()))
            return
        q = self.date_edit.date()
        on = date(q.year(), q.month(), q.day())
        currency = self.currency.currentText().strip()
        try:
            with self.ctx.db.session() as s:
                changed = fx.set_rate(s, on, currency, value)
        except UserError as exc:
            self.problem.setText(exc.translated(tr_message))
            return
        code = normalize_currency(currency)
        if changed:
            self.rate_edit.clear()
            self._changed(self.tr("{currency} on {date}: {rate}").format(
                currency=code, date=on.isoformat(), rate=fx.rate_text(value.normalize())))
        else:
            self.problem.clear()
            self.status.setText(self.tr("{currency} on {date} already has this rate.").format(
                currency=code, date=on.isoformat()))

    def remove_selected(self) -> None:
        rows = self._selected_rows()
        if not rows:
            return
        with self.ctx.db.session() as s:
            for r in rows:
                fx.delete_rate(s, r.date, r.currency)
        self._changed(self.tr("{n} rate(s) removed.").format(n=len(rows)))

    def import_file(self, path: str | None = None) -> None:
        if self._job is not None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import exchange rates"), "",
                                                  self.tr("CSV or Excel files (*.csv *.txt *.xlsx *.xls)"))
            if not path:
                return
        self.status.setText(self.tr("Importing {file}…").format(file=Path(path).name))
        self._job = run_in_worker(import_rates, self.ctx.db, path, on_done=self._imported,
                                  on_error=self._import_failed)
        self._update_buttons()

    def is_busy(self) -> bool:
        return self._job is not None

    def _imported(self, result: RatesImportResult) -> None:
        self._job = None
        self.last_import = result
        if result.written:
            self._changed(result.summary(tr_message))
        else:
            self.status.setText(result.summary(tr_message))
            self._update_buttons()

    def _import_failed(self, exc: BaseException, tb: str) -> None:
        self._job = None
        self.status.clear()
        self._update_buttons()
        if isinstance(exc, UserError):
            self.problem.setText(exc.translated(tr_message))
        show_error(self, exc, tb)

    def reject(self) -> None:
        if self._job is not None:
            return                          # let the import finish: it is one short transaction
        super().reject()
