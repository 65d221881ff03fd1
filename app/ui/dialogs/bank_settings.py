"""The Settings dialog's Matching page: when a bank line is applied by itself, and charges tolerance.

    form = MatchingSettingsForm(settings, home_currency)
    form.settings()       # a MatchSettings, or None while a field is wrong (form.problem())
    # saved by the Settings dialog through reconcile.save_settings in its session

The tolerance percentage is typed as text and parsed with Decimal into basis points (never a
float); the fixed amount is in the company's home currency.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...money import format_minor
from ...services.matching.engine import MatchSettings
from .forms import parse_amount


class MatchingSettingsForm(QWidget):
    changed = Signal()

    def __init__(self, settings: MatchSettings, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = settings
        self.currency = currency
        fl = QFormLayout(self)
        intro = QLabel(self.tr("A bank line is applied automatically only when its best candidate reaches "
                               "the threshold and beats the next one by the margin; otherwise it is a "
                               "suggestion for you to review."))
        intro.setWordWrap(True)
        fl.addRow(intro)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("auto_threshold")
        self.threshold.setRange(1, 100)
        self.threshold.setValue(settings.auto_threshold)
        fl.addRow(self.tr("Automatic &threshold (score):"), self.threshold)
        self.margin = QSpinBox()
        self.margin.setObjectName("auto_margin")
        self.margin.setRange(0, 100)
        self.margin.setValue(settings.auto_margin)
        fl.addRow(self.tr("&Margin over the next candidate:"), self.margin)
        self.charges_pct = QLineEdit(f"{settings.charges_bp // 100}.{settings.charges_bp % 100:02d}")
        self.charges_pct.setObjectName("charges_pct")
        self.charges_pct.setAlignment(Qt.AlignmentFlag.AlignRight)
        fl.addRow(self.tr("Bank charges up to (&%):"), self.charges_pct)
        self.charges_fixed = QLineEdit(format_minor(settings.charges_fixed_minor, currency))
        self.charges_fixed.setObjectName("charges_fixed")
        self.charges_fixed.setAlignment(Qt.AlignmentFlag.AlignRight)
        fl.addRow(self.tr("…or a fixed amount up to ({currency}):").format(currency=currency),
                  self.charges_fixed)
        note = QLabel(self.tr("A payment short by no more than the larger of the two is booked as bank "
                              "charges."))
        note.setWordWrap(True)
        note.setEnabled(False)
        fl.addRow("", note)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("matching_problem")
        self.problem_label.setStyleSheet("color: #c02020;")
        self.problem_label.setWordWrap(True)
        fl.addRow("", self.problem_label)
        for w in (self.threshold, self.margin):
            w.valueChanged.connect(lambda _v: self._changed())
        for e in (self.charges_pct, self.charges_fixed):
            e.textChanged.connect(lambda _t: self._changed())
        self._changed()

    def _parsed(self) -> tuple[MatchSettings | None, str]:
        t = self.charges_pct.text().strip().replace("%", "").replace(",", ".")
        try:
            pct = Decimal(t or "0")
        except InvalidOperation:
            return None, self.tr("{text} is not a percentage.").format(text=self.charges_pct.text())
        bp = pct * 100
        if not pct.is_finite() or pct < 0 or pct > 10 or bp != bp.to_integral_value():
            return None, self.tr("The percentage must be 0–10 with at most two decimals.")
        try:
            fixed = parse_amount(self.charges_fixed.text(), self.currency) or 0
        except ValueError as exc:
            return None, str(exc)
        if fixed < 0:
            return None, self.tr("The fixed amount cannot be negative.")
        s = replace(self.base, auto_threshold=self.threshold.value(), auto_margin=self.margin.value(),
                    charges_bp=int(bp), charges_fixed_minor=fixed)
        if s.suggest_min > s.auto_threshold:
            s = replace(s, suggest_min=s.auto_threshold)
        return s, ""

    def settings(self) -> MatchSettings | None:
        return self._parsed()[0]

    def problem(self) -> str:
        return self._parsed()[1]

    def _changed(self) -> None:
        self.problem_label.setText(self.problem())
        self.problem_label.setVisible(bool(self.problem()))
        self.changed.emit()
