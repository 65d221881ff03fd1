"""Holidays and make-up working days of one region (the dunning working-day rule), by year:
Add…, Remove, Import CSV…. Each change is saved at once in its own session through
``app.services.dunning.calendar`` (audited); the calendar is its own data, not part of the
Settings dialog's OK.

    DunningCalendarDialog(ctx, "CN", parent).exec()
    dlg.changes        # how many changes were saved while it was open
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...errors import ImportRejected, UserError
from ...i18n import T
from ...models import DAY_KINDS
from ...services.dunning.calendar import CalendarDay, add_day, import_csv, list_days, remove_day
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.base import Column, RowTableModel

translate = QCoreApplication.translate
HOLIDAY = QColor(190, 40, 40)
WORKDAY = QColor(30, 100, 190)
MAX_LISTED_ERRORS = 12


def weekday_name(d: date) -> str:
    return (translate("DunningCalendarDialog", "Mon"), translate("DunningCalendarDialog", "Tue"),
            translate("DunningCalendarDialog", "Wed"), translate("DunningCalendarDialog", "Thu"),
            translate("DunningCalendarDialog", "Fri"), translate("DunningCalendarDialog", "Sat"),
            translate("DunningCalendarDialog", "Sun"))[d.weekday()]


def kind_label(kind: str) -> str:
    return {"holiday": translate("DunningCalendarDialog", "Holiday"),
            "workday": translate("DunningCalendarDialog", "Make-up working day")}.get(kind, kind)


def rejected_text(exc: ImportRejected) -> str:
    """Every row problem of a refused import, naming the file and row (the first few)."""
    lines = [translate("DunningCalendarDialog", "{file}, row {row}, {column}: {problem}").format(
        file=e.file, row=e.row, column=e.column, problem=_row_problem(e))
        for e in exc.errors[:MAX_LISTED_ERRORS]]
    if len(exc.errors) > MAX_LISTED_ERRORS:
        lines.append(translate("DunningCalendarDialog", "… and {count} more").format(
            count=len(exc.errors) - MAX_LISTED_ERRORS))
    return "\n".join(lines)


def _row_problem(e) -> str:
    try:
        return tr_message(e.message).format(**e.params)
    except (KeyError, IndexError, ValueError):
        return e.message.format(**e.params)


class CalendarDayDialog(QDialog):
    """Add (or replace) one day: date, holiday or make-up working day, name."""

    def __init__(self, region: str, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a day to the {region} calendar").format(region=region))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 48))
        fl = QFormLayout(self)
        self.date = QDateEdit(QDate(on.year, on.month, on.day))
        self.date.setObjectName("day_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        fl.addRow(self.tr("&Date:"), self.date)
        self.kind = QComboBox()
        self.kind.setObjectName("day_kind")
        for k in DAY_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setToolTip(self.tr("A holiday is a day off even on a weekday; a make-up working day "
                                     "(调休) is worked even on a weekend"))
        fl.addRow(self.tr("&Kind:"), self.kind)
        self.name = QLineEdit()
        self.name.setObjectName("day_name")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. 国庆节 National Day"))
        fl.addRow(self.tr("&Name:"), self.name)
        self.weekday = QLabel()
        self.weekday.setEnabled(False)
        fl.addRow("", self.weekday)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        fl.addRow(self.buttons)
        self.date.dateChanged.connect(lambda _d: self._hint())
        self.kind.currentIndexChanged.connect(lambda _i: self._hint())
        self._hint()

    def _hint(self) -> None:
        d = self.date.date().toPython()
        weekend = d.weekday() >= 5
        text = self.tr("{weekday}, a weekend day").format(weekday=weekday_name(d)) \
            if weekend else self.tr("{weekday}, a weekday").format(weekday=weekday_name(d))
        if self.kind.currentData() == "workday" and not weekend:
            text += " — " + self.tr("a weekday is a working day anyway")
        if self.kind.currentData() == "holiday" and weekend:
            text += " — " + self.tr("a weekend day is a day off anyway")
        self.weekday.setText(text)

    def values(self) -> tuple[date, str, str]:
        return self.date.date().toPython(), self.kind.currentData(), self.name.text().strip()


class DunningCalendarDialog(QDialog):
    def __init__(self, ctx: AppContext, region: str = "CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.region = region.strip().upper() or "CN"
        self.changes = 0
        self.last_rejected = ""        # the row problems of the last refused import
        self.setWindowTitle(self.tr("Holidays and working days — {region}").format(region=self.region))
        v = QVBoxLayout(self)
        intro = QLabel(self.tr("Days that differ from the plain week: holidays (no work, even on a "
                               "weekday) and make-up working days (调休, work even on a weekend). "
                               "Dunning actions that fall on a non-working day move to the next "
                               "working day. Each change is saved at once."))
        intro.setWordWrap(True)
        v.addWidget(intro)
        top = QHBoxLayout()
        self.year = QComboBox()
        self.year.setObjectName("calendar_year")
        lab = QLabel(self.tr("&Year:"))
        lab.setBuddy(self.year)
        top.addWidget(lab)
        top.addWidget(self.year)
        self.count_label = QLabel()
        self.count_label.setObjectName("calendar_count")
        top.addWidget(self.count_label, 1)
        v.addLayout(top)

        self.model: RowTableModel[CalendarDay] = RowTableModel([
            Column("date", self.tr("Date"), lambda d: d.date.isoformat(),
                   sort_key=lambda d: d.date),
            Column("weekday", self.tr("Weekday"), lambda d: weekday_name(d.date),
                   sort_key=lambda d: d.date.weekday()),
            Column("kind", self.tr("Kind"), lambda d: kind_label(d.kind),
                   foreground=lambda d: HOLIDAY if d.kind == "holiday" else WORKDAY),
            Column("name", self.tr("Name"), lambda d: d.name, tooltip=lambda d: d.name or None),
        ], parent=self)
        self.view = QTableView()
        self.view.setObjectName("calendar_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setStretchLastSection(True)
        v.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.setToolTip(self.tr("A CSV file with the columns date,kind[,region[,name]] "
                                              "(kind: holiday or workday; a header row is optional). "
                                              "Nothing is imported when a row is wrong."))
        for b in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        buttons.addWidget(self.close_buttons)
        v.addLayout(buttons)
        self.add_button.clicked.connect(self.ask_add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.ask_import)
        self.year.currentIndexChanged.connect(lambda _i: self._show_year())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(self.fontMetrics().horizontalAdvance("0" * 80), self.fontMetrics().lineSpacing() * 32)
        self.days: list[CalendarDay] = []
        self.reload(select_year=ctx.as_of().year)

    # ---------------------------------------------------------------- data
    def reload(self, select_year: int | None = None) -> None:
        with self.ctx.db.engine.connect() as conn:
            self.days = list_days(conn, self.region)
        want = select_year if select_year is not None else self.year.currentData()
        years = sorted({d.date.year for d in self.days} | {self.ctx.as_of().year,
                                                            self.ctx.as_of().year + 1})
        if want is not None and want not in years:
            years = sorted(set(years) | {want})
        self.year.blockSignals(True)
        self.year.clear()
        for y in years:
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(want)))
        self.year.blockSignals(False)
        self._show_year()

    def _show_year(self) -> None:
        year = self.year.currentData()
        rows = [d for d in self.days if d.date.year == year]
        self.model.set_rows(rows)
        hol = sum(1 for d in rows if d.kind == "holiday")
        self.count_label.setText(self.tr("{holidays} holiday(s), {workdays} make-up working day(s)")
                                 .format(holidays=hol, workdays=len(rows) - hol))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def selected_days(self) -> list[CalendarDay]:
        return [self.model.row_at(i) for i in self.view.selectionModel().selectedRows()]

    # ------------------------------------------------------------- changes
    def add(self, on: date, kind: str, name: str = "") -> bool:
        try:
            with self.ctx.db.session() as s:
                add_day(s, self.region, on, kind, name)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.changes += 1
        self.reload(select_year=on.year)
        row = self.model.find_row(lambda d: d.date == on)
        if row >= 0:
            self.view.selectRow(row)
        return True

    def ask_add(self) -> None:
        year = self.year.currentData() or self.ctx.as_of().year
        as_of = self.ctx.as_of()
        dlg = CalendarDayDialog(self.region, as_of if as_of.year == year else date(year, 1, 1), self)
        if dlg.exec():
            self.add(*dlg.values())

    def remove(self, days: list[date]) -> int:
        try:
            with self.ctx.db.session() as s:
                n = sum(1 for d in days if remove_day(s, self.region, d))
        except UserError as exc:
            show_error(self, exc)
            return 0
        self.changes += n
        self.reload()
        return n

    def remove_selected(self) -> None:
        days = self.selected_days()
        if not days:
            return
        text = (self.tr("Remove {date} ({name}) from the calendar?").format(
            date=days[0].date.isoformat(), name=days[0].name or kind_label(days[0].kind))
            if len(days) == 1 else
            self.tr("Remove these {count} days from the calendar?").format(count=len(days)))
        if QMessageBox.question(self, self.tr("Remove days"), text) == QMessageBox.StandardButton.Yes:
            self.remove([d.date for d in days])

    def import_file(self, path: Path) -> int | None:
        """Import a CSV (all or nothing); the number of days written, or None (problem shown)."""
        try:
            data = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            show_error(self, UserError(T("Could not read {file}: {reason}"), file=path.name,
                                       reason=str(exc)))
            return None
        try:
            with self.ctx.db.session() as s:
                n = import_csv(s, data, path.name, default_region=self.region)
        except ImportRejected as exc:
            self.last_rejected = rejected_text(exc)
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import CSV"),
                              self.tr("Nothing was imported from {file}: {count} row(s) are wrong.")
                              .format(file=path.name, count=len(exc.errors)), parent=self)
            box.setInformativeText(self.last_rejected)
            box.exec()
            return None
        except UserError as exc:
            show_error(self, exc)
            return None
        self.changes += n
        self.reload()
        QMessageBox.information(self, self.tr("Import CSV"),
                                self.tr("{count} day(s) imported from {file}.").format(
                                    count=n, file=path.name))
        return n

    def ask_import(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Import holidays and working days"), "",
                                               self.tr("CSV files (*.csv);;All files (*)"))
        if name:
            self.import_file(Path(name))
