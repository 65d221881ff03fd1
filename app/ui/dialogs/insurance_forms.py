"""What the insurance dialogs share: ``WriteDialog`` (a form whose OK runs one service write in
one ``db.session()`` off the GUI thread, problems shown under the field the service names),
percentage and amount inputs, and the translated words for statuses and period units.

    class MyDialog(WriteDialog):
        FIELDS = {"valid_to": "valid_to"}          # service field → form key
        def collect(self):                         # raise FieldProblem(key, text) for bad input
            return lambda s: insurance.end_buyer(s, …)
    dlg.exec(); dlg.result_value                    # what the write returned
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from ...errors import UserError, ValidationError
from ...money import format_minor
from ..context import AppContext
from ..errors import show_error, tr_message
from ..workers import run_in_worker
from .forms import ProblemForm, parse_amount

translate = QCoreApplication.translate


def buyer_status_text(status: str) -> str:
    return {"approved": translate("InsuranceForms", "Approved"),
            "requested": translate("InsuranceForms", "Requested"),
            "refused": translate("InsuranceForms", "Refused"),
            "withdrawn": translate("InsuranceForms", "Withdrawn")}.get(status, status)


def unit_text(unit: str) -> str:
    return {"days": translate("InsuranceForms", "days"),
            "months": translate("InsuranceForms", "months")}.get(unit, unit)


def claim_from_text(kind: str) -> str:
    return {"notification": translate("InsuranceForms", "after the overdue notification"),
            "due": translate("InsuranceForms", "after the due date"),
            "extension_end": translate("InsuranceForms", "after the extension period ends")}.get(kind, kind)


def pct_text(bp: int) -> str:
    return f"{bp // 100}.{bp % 100:02d}".rstrip("0").rstrip(".") if bp % 100 else str(bp // 100)


def money(minor: int | None, currency: str) -> str:
    return "" if minor is None else f"{currency} {format_minor(minor, currency)}"


class FieldProblem(Exception):
    """Input the dialog itself refuses (not a number …): shown under form field ``key``."""

    def __init__(self, key: str, text: str) -> None:
        super().__init__(text)
        self.key, self.text = key, text


def parse_percent(text: str, key: str) -> int:
    """'90' / '87.5' / '87,5 %' → basis points (9000 / 8750); FieldProblem otherwise."""
    t = text.strip().rstrip("%").strip().replace(",", ".")
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise FieldProblem(key, translate("InsuranceForms", "Enter a percentage such as 90 or 87.5.")) from None
    bp = d * 100
    if not d.is_finite() or bp != bp.to_integral_value():
        raise FieldProblem(key, translate("InsuranceForms",
                                          "Enter a percentage such as 90 or 87.5 (at most two decimals)."))
    return int(bp)


def amount_value(edit: QLineEdit, currency: str, key: str, *, required: bool = False,
                 default: int | None = 0) -> int | None:
    """The amount typed in ``edit`` in minor units of ``currency`` (FieldProblem when unreadable)."""
    try:
        v = parse_amount(edit.text(), currency)
    except ValueError as exc:
        raise FieldProblem(key, str(exc)) from None
    if v is None:
        if required:
            raise FieldProblem(key, translate("InsuranceForms", "Enter the amount."))
        return default
    return v


def amount_edit(name: str, placeholder: str = "0.00") -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    e.setPlaceholderText(placeholder)
    e.setAlignment(Qt.AlignmentFlag.AlignRight)
    e.setMinimumWidth(160)
    return e


def _write(db, op: Callable[[Any], Any]) -> Any:
    with db.session() as s:
        return op(s)


class WriteDialog(QDialog):
    """A form dialog whose OK runs ``collect()``'s write in a worker (one ``db.session()``)."""

    FIELDS: dict[str, str] = {}         # service ValidationError.field → ProblemForm key

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.result_value: Any = None
        self.outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setObjectName("insurance_dialog_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.hide()
        self.outer.addWidget(self.header)
        self.fl = QFormLayout()
        self.fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form = ProblemForm(self.fl)
        self.outer.addLayout(self.fl)
        self.problem = QLabel()
        self.problem.setObjectName("insurance_problem")
        self.problem.setStyleSheet("color: #c02020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._tail_added = False

    def finish_layout(self) -> None:
        """Add the problem line and the buttons under whatever the subclass built."""
        if not self._tail_added:
            self.outer.addWidget(self.problem)
            self.outer.addWidget(self.buttons)
            self._tail_added = True
        self.setMinimumWidth(max(self.minimumWidth(), 480))

    def set_header(self, text: str) -> None:
        self.header.setText(text)
        self.header.setVisible(bool(text))

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # --------------------------------------------------------------- to override
    def collect(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def write_label(self) -> str:
        return self.windowTitle()

    # -------------------------------------------------------------------- flow
    def show_problems(self, problems: dict[str, str], general: str = "") -> None:
        self.form.show(problems)
        self.problem.setText(general)
        self.problem.setVisible(bool(general))

    def accept(self) -> None:
        if self.busy:
            return
        try:
            op = self.collect()
        except FieldProblem as p:
            self._show_problem(p.key, p.text)
            return
        except ValidationError as exc:
            self._show_problem(self.FIELDS.get(exc.field, exc.field), exc.translated(tr_message))
            return
        self.show_problems({})
        self.busy = True
        self.ok_button().setEnabled(False)
        run_in_worker(_write, self.ctx.db, op, label=self.write_label(), on_done=self._written,
                      on_error=self._failed)

    def reject(self) -> None:
        if not self.busy:          # a write under way finishes first (then the dialog closes itself)
            super().reject()

    def _show_problem(self, key: str, text: str) -> None:
        if key in self.form.labels:
            self.show_problems({key: text})
            w = self.form.widgets.get(key)
            if w is not None:
                w.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.show_problems({}, text)

    def _written(self, value: Any) -> None:
        self.busy = False
        self.ok_button().setEnabled(True)
        self.result_value = value
        super().accept()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.busy = False
        self.ok_button().setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problem(self.FIELDS.get(exc.field, exc.field), exc.translated(tr_message))
        elif isinstance(exc, UserError):
            self.show_problems({}, exc.translated(tr_message))
        else:
            show_error(self, exc, tb)

