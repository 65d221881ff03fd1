"""What the user enters for credit scoring: financial ratios, an external rating, negative events
(add and clear), and manual overrides of grade or limit (with reason and expiry; revoke).

Each dialog writes through ``app.services.credit`` in one ``db.session()`` (audited there).
Ratios are parsed with ``Decimal`` from the text typed (never a float); a limit with
``forms.parse_amount`` in the customer's currency.

    FinancialsDialog(ctx, standing, parent).exec()
    RatingDialog(ctx, standing, parent).exec()
    EventsDialog(ctx, standing, parent).exec()      # .changed: something was added or cleared
    OverrideDialog(ctx, standing, parent).exec()    # .changed: an override was revoked
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ...errors import UserError
from ...models import EVENT_KINDS
from ...money import format_minor
from ...services import credit
from ...services.credit import EVENT_TEXT, Standing
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.text_table import TextTable
from .forms import parse_amount
from .invoice_dialog import date_edit, pydate

translate = QCoreApplication.translate

RATING_SOURCES = ("中国信保 Sinosure", "Allianz Trade", "Coface", "Atradius", "Dun & Bradstreet")


def parse_decimal(text: str) -> Decimal | None:
    """'0.62' → Decimal('0.62') exactly; '' → None; anything else → ValueError (translated)."""
    t = text.strip().replace(",", ".")
    if not t:
        return None
    try:
        d = Decimal(t)
    except InvalidOperation:
        raise ValueError(translate("credit_forms", "{text} is not a number.").format(text=text)) from None
    if not d.is_finite() or d < 0:
        raise ValueError(translate("credit_forms", "{text} is not a number of 0 or more.").format(text=text))
    return d


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    b = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    b.accepted.connect(dialog.accept)
    b.rejected.connect(dialog.reject)
    return b


def _problem_label() -> QLabel:
    lab = QLabel()
    lab.setObjectName("credit_problem")
    lab.setStyleSheet("color: #c02020;")
    lab.setWordWrap(True)
    lab.hide()
    return lab


def _title(standing: Standing) -> str:
    return f"{standing.code} · {standing.name}"


class FinancialsDialog(QDialog):
    """Debt-to-assets (资产负债率) and current ratio (流动比率) from the latest statement."""

    def __init__(self, ctx: AppContext, standing: Standing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.standing = ctx, standing
        self.setWindowTitle(self.tr("Financial ratios — {customer}").format(customer=_title(standing)))
        fl = QFormLayout(self)
        self.statement_date = date_edit(ctx.as_of())
        self.statement_date.setObjectName("fin_date")
        fl.addRow(self.tr("&Statement date:"), self.statement_date)
        self.debt_to_assets = QLineEdit()
        self.debt_to_assets.setObjectName("fin_dta")
        self.debt_to_assets.setPlaceholderText(self.tr("e.g. 0.62"))
        fl.addRow(self.tr("&Debt-to-assets ratio:"), self.debt_to_assets)
        self.current_ratio = QLineEdit()
        self.current_ratio.setObjectName("fin_cr")
        self.current_ratio.setPlaceholderText(self.tr("e.g. 1.35"))
        fl.addRow(self.tr("&Current ratio:"), self.current_ratio)
        self.note = QLineEdit()
        fl.addRow(self.tr("&Note:"), self.note)
        hint = QLabel(self.tr("Enter the ratios as decimals (0.62, not 62 %). A statement older than "
                              "the staleness limit counts as neutral."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        fl.addRow(hint)
        self.problem = _problem_label()
        fl.addRow(self.problem)
        fl.addRow(_buttons(self))

    def values(self) -> tuple[Decimal | None, Decimal | None]:
        """The two ratios (ValueError with a translated message when one is not a number)."""
        return parse_decimal(self.debt_to_assets.text()), parse_decimal(self.current_ratio.text())

    def accept(self) -> None:
        try:
            dta, cr = self.values()
        except ValueError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        try:
            with self.ctx.db.session() as s:
                credit.set_financials(s, self.standing.customer_id, pydate(self.statement_date.date()),
                                      debt_to_assets=dta, current_ratio=cr, note=self.note.text().strip())
        except UserError as exc:
            self.problem.setText(exc.translated(tr_message))
            self.problem.show()
            return
        super().accept()


class RatingDialog(QDialog):
    """An insurer's or bureau's grade of the customer."""

    def __init__(self, ctx: AppContext, standing: Standing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.standing = ctx, standing
        self.setWindowTitle(self.tr("External rating — {customer}").format(customer=_title(standing)))
        fl = QFormLayout(self)
        self.source = QComboBox()
        self.source.setObjectName("rating_source")
        self.source.setEditable(True)
        self.source.addItems(RATING_SOURCES)
        fl.addRow(self.tr("&Source:"), self.source)
        self.grade = QComboBox()
        self.grade.setObjectName("rating_grade")
        self.grade.setEditable(True)
        self.grade.addItems(["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C", "D"])
        self.grade.setCurrentText("BBB")
        fl.addRow(self.tr("&Grade:"), self.grade)
        self.rated_on = date_edit(ctx.as_of())
        fl.addRow(self.tr("&Rated on:"), self.rated_on)
        self.note = QLineEdit()
        fl.addRow(self.tr("&Note:"), self.note)
        self.problem = _problem_label()
        fl.addRow(self.problem)
        fl.addRow(_buttons(self))

    def accept(self) -> None:
        try:
            with self.ctx.db.session() as s:
                credit.add_rating(s, self.standing.customer_id, source=self.source.currentText(),
                                  grade=self.grade.currentText(), rated_on=pydate(self.rated_on.date()),
                                  note=self.note.text().strip())
        except UserError as exc:
            self.problem.setText(exc.translated(tr_message))
            self.problem.show()
            return
        super().accept()


class EventsDialog(QDialog):
    """The customer's negative events (litigation, insolvency notice, returned payment, other):
    the list with Clear…, and a form to add one. Closing keeps what was done (``changed``)."""

    def __init__(self, ctx: AppContext, standing: Standing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.standing = ctx, standing
        self.changed = False
        self.setWindowTitle(self.tr("Negative events — {customer}").format(customer=_title(standing)))
        self.resize(640, 420)
        v = QVBoxLayout(self)
        self.table = TextTable([self.tr("Date"), self.tr("Event"), self.tr("Note"), self.tr("Cleared on")])
        self.table.setObjectName("events_table")
        v.addWidget(self.table, 1)
        self.clear_button = QPushButton(self.tr("&Clear selected…"))
        self.clear_button.clicked.connect(self.clear_selected)
        v.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QGroupBox(self.tr("Add an event"))
        fl = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("event_kind")
        for k in EVENT_KINDS:
            self.kind.addItem(tr_message(EVENT_TEXT.get(k, EVENT_TEXT["other"])), k)
        fl.addRow(self.tr("&Kind:"), self.kind)
        self.on = date_edit(ctx.as_of())
        fl.addRow(self.tr("&Date:"), self.on)
        self.note = QLineEdit()
        self.note.setObjectName("event_note")
        fl.addRow(self.tr("&Note:"), self.note)
        self.add_button = QPushButton(self.tr("&Add event"))
        self.add_button.setObjectName("event_add")
        self.add_button.clicked.connect(self.add_event)
        fl.addRow("", self.add_button)
        v.addWidget(box)
        note = QLabel(self.tr("An uncleared event caps the grade (insolvency at D, litigation and "
                              "returned payments at C by default)."))
        note.setWordWrap(True)
        note.setEnabled(False)
        v.addWidget(note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        v.addWidget(close)
        self.events: list = []
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.db.engine.connect() as conn:
            self.events = list(credit.credit_detail(conn, self.standing.customer_id, self.ctx.as_of()).events)
        self.table.set_rows((e.date.isoformat(), tr_message(EVENT_TEXT.get(e.kind, EVENT_TEXT["other"])), e.note,
                             e.cleared_on.isoformat() if e.cleared_on else "") for e in self.events)
        self.clear_button.setEnabled(bool(self.events))

    def add_event(self) -> None:
        try:
            with self.ctx.db.session() as s:
                credit.add_event(s, self.standing.customer_id, kind=self.kind.currentData(),
                                 on=pydate(self.on.date()), note=self.note.text().strip())
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.note.clear()
        self.refresh()

    def clear_selected(self, *, on=None, note: str | None = None) -> None:
        """Mark the selected event cleared (asks for the date's note unless given)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.events):
            return
        e = self.events[row]
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Clear event"),
                                            self.tr("Cleared on {date}. Note (e.g. case closed):").format(
                                                date=self.ctx.as_of().isoformat()))
            if not ok:
                return
        try:
            with self.ctx.db.session() as s:
                credit.clear_event(s, e.id, on or self.ctx.as_of(), note)
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.refresh()


class OverrideDialog(QDialog):
    """A manual grade and/or limit with a reason, from a start date to an expiry date; the
    overrides in force can be revoked (with a reason). Everything is audited."""

    def __init__(self, ctx: AppContext, standing: Standing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.standing = ctx, standing
        self.changed = False
        self.setWindowTitle(self.tr("Override — {customer}").format(customer=_title(standing)))
        self.resize(620, 460)
        v = QVBoxLayout(self)
        v.addWidget(QLabel(self.tr("Computed grade {grade} (score {score}); limit in force {limit}.").format(
            grade=standing.score.score_grade if standing.score.cap is None else standing.score.grade,
            score=standing.score.score,
            limit=self._money(standing.exposure.limit) or self.tr("none"))))
        self.table = TextTable([self.tr("Grade"), self.tr("Limit"), self.tr("From"),
                                              self.tr("Until"), self.tr("Reason")])
        self.table.setObjectName("override_table")
        v.addWidget(self.table, 1)
        self.revoke_button = QPushButton(self.tr("&Revoke selected…"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        v.addWidget(self.revoke_button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QGroupBox(self.tr("New override"))
        fl = QFormLayout(box)
        self.grade = QComboBox()
        self.grade.setObjectName("override_grade")
        self.grade.addItem(self.tr("(keep the computed grade)"), "")
        for g in "ABCD":
            self.grade.addItem(g, g)
        fl.addRow(self.tr("&Grade:"), self.grade)
        self.limit = QLineEdit()
        self.limit.setObjectName("override_limit")
        self.limit.setPlaceholderText(self.tr("blank: keep the limit"))
        fl.addRow(self.tr("&Limit ({currency}):").format(currency=standing.currency), self.limit)
        self.starts_on = date_edit(ctx.as_of())
        fl.addRow(self.tr("&From:"), self.starts_on)
        self.until = date_edit(ctx.as_of() + timedelta(days=90))
        self.until.setObjectName("override_until")
        fl.addRow(self.tr("&Until:"), self.until)
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        fl.addRow(self.tr("&Reason:"), self.reason)
        v.addWidget(box)
        self.problem = _problem_label()
        v.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        v.addWidget(buttons)
        self.overrides: list = []
        self.refresh()

    def _money(self, minor: int | None) -> str:
        return "" if minor is None else format_minor(minor, self.standing.currency)

    def refresh(self) -> None:
        as_of = self.ctx.as_of()
        with self.ctx.db.engine.connect() as conn:
            rows = credit.list_overrides(conn, self.standing.customer_id)
        self.overrides = [o for o in reversed(rows) if not o.revoked and o.valid_until >= as_of]
        self.table.set_rows((o.grade or "", self._money(o.limit_minor), o.starts_on.isoformat(),
                             o.valid_until.isoformat(), o.reason) for o in self.overrides)
        self.revoke_button.setEnabled(bool(self.overrides))

    def accept(self) -> None:
        try:
            limit = parse_amount(self.limit.text(), self.standing.currency)
        except ValueError as exc:
            self._show_problem(str(exc))
            return
        try:
            with self.ctx.db.session() as s:
                credit.set_override(s, self.standing.customer_id, reason=self.reason.text(),
                                    until=pydate(self.until.date()), starts_on=pydate(self.starts_on.date()),
                                    grade=self.grade.currentData() or None, limit_minor=limit)
        except UserError as exc:
            self._show_problem(exc.translated(tr_message))
            return
        self.changed = True
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def revoke_selected(self, *, reason: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.overrides):
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Revoke override"), self.tr("Reason:"))
            if not ok:
                return
        if not reason.strip():
            QMessageBox.information(self, self.tr("Revoke override"), self.tr("Give a reason."))
            return
        try:
            with self.ctx.db.session() as s:
                credit.revoke_override(s, self.overrides[row].id, reason.strip())
        except UserError as exc:
            show_error(self, exc)
            return
        self.changed = True
        self.refresh()
