"""The Dunning page's "Late interest" tab: the kind (none, annual %, daily %, China LPR + markup,
EU reference + points) with only its own fields enabled, the LPR and EU rate tables (editable),
and an example computed live by the interest service (``presets.example_interest``).

    form = InterestForm(rule, as_of, currency)
    form.rule()          # an InterestRule, or None while a value cannot be read (form.problem())
    form.changed         # any edit
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.dunning.interest import annual_rate_on
from ...services.dunning.presets import INTEREST_TEXT, example_interest
from ...services.dunning.settings import INTEREST_KINDS, InterestRule
from ..errors import tr_message
from ..tablemodels.dunning import RateTableModel, decimal_text, parse_decimal

EXAMPLE_MINOR = 10_000_000          # 100,000.00
EXAMPLE_DAYS = 30


class RateTableBox(QGroupBox):
    """A titled rate table with Add / Remove."""

    def __init__(self, title: str, rows, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.model = RateTableModel(rows, self)
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a rate in force from a later date (a copy of the "
                                           "newest row, one month later; edit it in the table)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        v = QVBoxLayout(self)
        v.addWidget(self.view)
        h = QHBoxLayout()
        h.addWidget(self.add_button)
        h.addWidget(self.remove_button)
        h.addStretch(1)
        v.addLayout(h)
        self.view.scrollToBottom()                 # the rates in force now

    def add(self) -> None:
        rows = self.model.rows
        if rows:
            last, rate = rows[-1]
            d = date(last.year + last.month // 12, last.month % 12 + 1, min(last.day, 28))
        else:
            d, rate = date.today().replace(day=1), Decimal("0")
        row = self.model.add_row(d, rate)
        idx = self.model.index(row, 0)
        self.view.setCurrentIndex(idx)
        self.view.edit(idx)

    def remove(self) -> None:
        idx = self.view.currentIndex()
        if idx.isValid():
            self.model.remove_row(idx.row())


class InterestForm(QWidget):
    changed = Signal()

    def __init__(self, rule: InterestRule, as_of: date, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = rule
        self.as_of = as_of
        self.currency = currency
        self._table_problem = ""
        v = QVBoxLayout(self)
        top = QGroupBox(self.tr("Late interest on overdue invoices"))
        fl = QFormLayout(top)
        self.kind = QComboBox()
        self.kind.setObjectName("interest_kind")
        for k in INTEREST_KINDS:
            self.kind.addItem(tr_message(INTEREST_TEXT[k]), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind)))
        fl.addRow(self.tr("&Kind:"), self.kind)
        self.rate = QLineEdit(decimal_text(rule.rate, 2) if rule.rate else "")
        self.rate.setObjectName("interest_rate")
        self.rate.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12))
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.rate_unit = QLabel()
        fl.addRow(self.tr("Ra&te:"), self._with_unit(self.rate, self.rate_unit))
        self.markup = QLineEdit(decimal_text(rule.markup_pct, 0))
        self.markup.setObjectName("interest_markup")
        self.markup.setMaximumWidth(self.rate.maximumWidth())
        self.markup.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.markup.setToolTip(self.tr("Where the contract sets no rate, courts allow the one-year "
                                       "LPR at the time of the breach plus 30–50 %"))
        fl.addRow(self.tr("LPR &markup:"), self._with_unit(
            self.markup, QLabel(self.tr("% on top of the LPR (30–50)"))))
        self.points = QLineEdit(decimal_text(rule.points, 2))
        self.points.setObjectName("interest_points")
        self.points.setMaximumWidth(self.rate.maximumWidth())
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.points.setToolTip(self.tr("Directive 2011/7/EU: the reference rate plus 8 points"))
        fl.addRow(self.tr("&Points above the EU reference:"), self._with_unit(
            self.points, QLabel(self.tr("points (0–20)"))))
        self.example = QLabel()
        self.example.setObjectName("interest_example")
        self.example.setWordWrap(True)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fl.addRow(self.tr("Example:"), self.example)
        v.addWidget(top)

        tables = QGridLayout()
        self.lpr = RateTableBox(self.tr("China one-year LPR (贷款市场报价利率)"), rule.lpr_table,
                                "lpr_table")
        self.eu = RateTableBox(self.tr("EU reference rate (ECB main refinancing rate)"),
                               rule.eu_table, "eu_table")
        tables.addWidget(self.lpr, 0, 0)
        tables.addWidget(self.eu, 0, 1)
        v.addLayout(tables, 1)
        note = QLabel(self.tr("Interest runs from the day after the due date (plus the customer's "
                              "grace days) on each day's open balance, and is rounded once for the "
                              "letter. Add a new rate to its table when it is published."))
        note.setWordWrap(True)
        note.setEnabled(False)
        v.addWidget(note)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("interest_problem")
        self.problem_label.setStyleSheet("color: #c02020;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        v.addWidget(self.problem_label)

        self.kind.currentIndexChanged.connect(lambda _i: self._changed())
        for w in (self.rate, self.markup, self.points):
            w.textChanged.connect(lambda _t: self._changed())
        for box in (self.lpr, self.eu):
            box.model.edited.connect(self._table_edited)
            box.model.problem.connect(self._table_refused)
        self._changed()

    @staticmethod
    def _with_unit(edit: QWidget, unit: QLabel) -> QWidget:
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(edit)
        h.addWidget(unit)
        h.addStretch(1)
        return w

    # ---------------------------------------------------------------- values
    def _parsed(self) -> tuple[InterestRule | None, str]:
        kind = self.kind.currentData()
        values = {}
        for key, edit, label, used in (
                ("rate", self.rate, self.tr("Rate"), kind in ("annual", "daily")),
                ("markup_pct", self.markup, self.tr("LPR markup"), kind == "cn_lpr"),
                ("points", self.points, self.tr("Points above the EU reference"),
                 kind == "eu_reference")):
            text = edit.text().strip()
            if not used and not text:
                values[key] = getattr(self.base, key)
                continue
            try:
                value = parse_decimal(text)
                # the stored value when equal ("8.00" shown for 8): no change to save
                values[key] = getattr(self.base, key) if value == getattr(self.base, key) else value
            except ValueError:
                if not used:                 # a field of another kind: keep the stored value
                    values[key] = getattr(self.base, key)
                    continue
                return None, self.tr("{field}: {text} is not a number.").format(
                    field=label, text=text or self.tr("(empty)"))
        rule = replace(self.base, kind=kind, lpr_table=self.lpr.model.table(),
                       eu_table=self.eu.model.table(), **values)
        return rule, ""

    def rule(self) -> InterestRule | None:
        return self._parsed()[0]

    def problem(self) -> str:
        return self._parsed()[1]

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # ----------------------------------------------------------------- live
    def _table_edited(self) -> None:
        self._table_problem = ""
        self._changed()

    def _table_refused(self, text: str) -> None:
        self._table_problem = text
        self.show_problem(text)

    def _changed(self) -> None:
        kind = self.kind.currentData()
        self.rate.setEnabled(kind in ("annual", "daily"))
        self.rate_unit.setText(self.tr("% a day (0.05 = 万分之五)") if kind == "daily"
                               else self.tr("% a year"))
        self.rate_unit.setEnabled(kind in ("annual", "daily"))
        self.markup.setEnabled(kind == "cn_lpr")
        self.points.setEnabled(kind == "eu_reference")
        self.lpr.setEnabled(kind == "cn_lpr")
        self.eu.setEnabled(kind == "eu_reference")
        self.example.setText(self.example_text())
        self.changed.emit()

    def example_text(self) -> str:
        rule, problem = self._parsed()
        if rule is None:
            return problem
        if rule.kind == "none":
            return self.tr("No interest is claimed.")
        minor = example_interest(rule, EXAMPLE_MINOR, EXAMPLE_DAYS, self.as_of)
        breach = self.as_of - timedelta(days=EXAMPLE_DAYS - 1)
        annual = annual_rate_on(rule, self.as_of, breach)
        return self.tr("{amount} {currency} overdue {days} days → {interest} {currency} "
                       "(at {rate} % a year, as of {date})").format(
            amount=format_minor(EXAMPLE_MINOR, self.currency), days=EXAMPLE_DAYS,
            interest=format_minor(minor, self.currency), currency=self.currency,
            rate=decimal_text(annual.quantize(Decimal("0.0001")).normalize(), 2),
            date=self.as_of.isoformat())
