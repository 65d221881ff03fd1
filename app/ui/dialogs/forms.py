"""Form helpers shared by dialogs: a problem label under each field, amount and currency inputs."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...money import MoneyError, is_known_currency, known_currencies, to_minor
from ..errors import tr_message

translate = QCoreApplication.translate


class ProblemForm:
    """A QFormLayout whose fields each have a (hidden until needed) red message under them."""

    def __init__(self, layout: QFormLayout) -> None:
        self.layout = layout
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        problem = QLabel()
        problem.setObjectName(f"problem_{key}")
        problem.setStyleSheet("color: #c02020;")
        problem.setWordWrap(True)
        problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problem.hide()
        v.addWidget(problem)
        self.layout.addRow(label, box)
        self.labels[key] = problem
        self.widgets[key] = widget
        return widget

    def show(self, problems: dict[str, str]) -> None:
        """Show ``problems`` (field → translated text); clear the others."""
        for key, lab in self.labels.items():
            text = problems.get(key, "")
            lab.setText(text)
            lab.setVisible(bool(text))

    def text(self, key: str) -> str:
        return self.labels[key].text() if key in self.labels else ""


def problem_text(p) -> str:
    """A services ``FieldProblem`` in the UI language."""
    try:
        return tr_message(p.message).format(**p.params)
    except (KeyError, IndexError, ValueError):
        return p.message.format(**p.params)


def currency_combo(current: str = "CNY") -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    common = ["CNY", "USD", "EUR", "HKD", "JPY", "GBP"]
    box.addItems(common + [c for c in known_currencies() if c not in common])
    box.setCurrentText(current)
    return box


def parse_amount(text: str, currency: str) -> int | None:
    """'1,234.50' → minor units; '' → None; raises ValueError with a translated message."""
    t = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not t:
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValueError(translate("forms", "{text} is not an amount.").format(text=text)) from None
    if not is_known_currency(currency):
        raise ValueError(translate("forms", "Choose a currency first."))
    try:
        return to_minor(d, currency, strict=True)
    except MoneyError:
        raise ValueError(translate("forms", "Too many decimals for {currency}.").format(
            currency=currency)) from None
