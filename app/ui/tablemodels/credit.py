"""The Credit tab's lists: one ``CreditRow`` per customer (its ``Standing`` and alerts) and the
review worklist (``ReviewDue`` rows from ``credit.reviews_due``).

Grades are coloured (A green … D red) through the BackgroundRole of the grade column; the
utilisation column is painted as a bar by ``credit_delegate.UtilisationDelegate``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...money import format_minor
from ...services.credit import ALERT_KINDS, ALERT_TEXT, Alert, ReviewDue, Standing
from ..errors import tr_message
from .base import CENTER, MUTED, NEGATIVE, RIGHT, Column, RowTableModel

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") literally

#: background and text colour per grade
GRADE_COLORS: dict[str, tuple[QColor, QColor]] = {
    "A": (QColor(46, 125, 50), QColor(255, 255, 255)),
    "B": (QColor(124, 179, 66), QColor(0, 0, 0)),
    "C": (QColor(249, 168, 37), QColor(0, 0, 0)),
    "D": (QColor(198, 40, 40), QColor(255, 255, 255)),
}


@dataclass(frozen=True, slots=True)
class CreditRow:
    standing: Standing
    alerts: tuple[Alert, ...]

    @property
    def id(self) -> int:
        return self.standing.customer_id

    @property
    def grade(self) -> str:
        return self.standing.grade

    def review_due(self, as_of: date) -> bool:
        nxt = self.standing.next_review
        return self.standing.active and nxt is not None and nxt <= as_of


def money(minor: int | None, currency: str) -> str:
    return "" if minor is None else format_minor(minor, currency)


def alert_kinds_text(alerts: tuple[Alert, ...]) -> str:
    kinds = sorted({a.kind for a in alerts}, key=ALERT_KINDS.index)
    return ", ".join(tr_message(ALERT_TEXT[k]) for k in kinds)


def alerts_tooltip(alerts: tuple[Alert, ...]) -> str | None:
    if not alerts:
        return None
    return "\n".join(f"{tr_message(ALERT_TEXT[a.kind])}: {a.reason.text(tr_message)}" for a in alerts)


def limit_source_text(source: str) -> str:
    return {"override": translate("CreditTableModel", "Limit set by an override"),
            "rule": translate("CreditTableModel", "Limit follows the grade rule"),
            "manual": translate("CreditTableModel", "Limit entered by hand")}.get(source, source)


def _util_text(r: CreditRow) -> str:
    e = r.standing.exposure
    if e.utilisation_pct is None:
        if e.status == "over_limit":
            return translate("CreditTableModel", "over limit")
        return translate("CreditTableModel", "no limit") if e.limit is None else ""
    return f"{e.utilisation_pct} %"


def _util_key(r: CreditRow):
    e = r.standing.exposure
    if e.utilisation_pct is not None:
        return float(e.utilisation_pct)
    return 1e9 if e.status == "over_limit" else None


def _grade_tooltip(r: CreditRow) -> str | None:
    sc = r.standing.score
    parts = []
    if sc.grade != sc.score_grade:
        parts.append(translate("CreditTableModel", "Score alone gives {grade}").format(grade=sc.score_grade))
    if r.standing.saved_grade and r.standing.saved_grade != sc.grade:
        parts.append(translate("CreditTableModel", "Saved grade: {grade}").format(grade=r.standing.saved_grade))
    return "\n".join(parts) or None


def credit_columns(as_of: date) -> list[Column[CreditRow]]:
    def overdue_review(r: CreditRow):
        nxt = r.standing.next_review
        return NEGATIVE if nxt is not None and nxt < as_of and r.standing.active else None

    return [
        Column("code", translate("CreditTableModel", "Code"), lambda r: r.standing.code),
        Column("name", translate("CreditTableModel", "Name"), lambda r: r.standing.name,
               sort_key=lambda r: r.standing.name.casefold()),
        Column("grade", translate("CreditTableModel", "Grade"), lambda r: r.grade, align=CENTER,
               sort_key=lambda r: (r.grade, -r.standing.score.score), tooltip=_grade_tooltip),
        Column("score", translate("CreditTableModel", "Score"), lambda r: r.standing.score.score,
               align=RIGHT),
        Column("currency", translate("CreditTableModel", "Currency"), lambda r: r.standing.currency),
        Column("limit", translate("CreditTableModel", "Limit"),
               lambda r: money(r.standing.exposure.limit, r.standing.currency),
               sort_key=lambda r: r.standing.exposure.limit, align=RIGHT,
               tooltip=lambda r: limit_source_text(r.standing.limit_source)),
        Column("exposure", translate("CreditTableModel", "Exposure"),
               lambda r: money(r.standing.exposure.exposure, r.standing.currency),
               sort_key=lambda r: r.standing.exposure.exposure, align=RIGHT,
               header_tooltip=translate("CreditTableModel", "Open invoices less unapplied credit "
                                                            "notes and payments")),
        Column("utilisation", translate("CreditTableModel", "Utilisation"), _util_text,
               sort_key=_util_key, align=RIGHT),
        Column("next_review", translate("CreditTableModel", "Next review"),
               lambda r: r.standing.next_review.isoformat() if r.standing.next_review else "",
               sort_key=lambda r: r.standing.next_review, foreground=overdue_review),
        Column("alerts", translate("CreditTableModel", "Alerts"), lambda r: alert_kinds_text(r.alerts),
               sort_key=lambda r: (min(a.rank for a in r.alerts) if r.alerts else 99, -len(r.alerts)),
               foreground=lambda r: NEGATIVE if r.alerts else None, tooltip=lambda r: alerts_tooltip(r.alerts)),
    ]


def credit_search_text(r: CreditRow) -> str:
    return f"{r.standing.code}\n{r.standing.name}"


class CreditTableModel(RowTableModel[CreditRow]):
    def __init__(self, as_of: date, parent=None) -> None:
        super().__init__(credit_columns(as_of), search_text=credit_search_text,
                         row_foreground=lambda r: None if r.standing.active else MUTED, parent=parent)
        self._grade_col = self.column_index("grade")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self._grade_col and role in (
                Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index.row())
            colors = GRADE_COLORS.get(row.grade) if row is not None else None
            if colors is not None:
                return QBrush(colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1])
        return super().data(index, role)

    def row_by_id(self, customer_id: int) -> int:
        return self.find_row(lambda r: r.id == customer_id)


def review_columns() -> list[Column[ReviewDue]]:
    return [
        Column("due", translate("ReviewTableModel", "Due"), lambda r: r.due.isoformat(),
               sort_key=lambda r: r.due),
        Column("days_overdue", translate("ReviewTableModel", "Days overdue"),
               lambda r: r.days_overdue or "", sort_key=lambda r: r.days_overdue, align=RIGHT,
               foreground=lambda r: NEGATIVE if r.days_overdue else None),
        Column("code", translate("ReviewTableModel", "Code"), lambda r: r.code),
        Column("name", translate("ReviewTableModel", "Name"), lambda r: r.name,
               sort_key=lambda r: r.name.casefold()),
        Column("grade", translate("ReviewTableModel", "Saved grade"), lambda r: r.grade or "",
               align=CENTER),
        Column("score", translate("ReviewTableModel", "Score"),
               lambda r: "" if r.score is None else r.score, sort_key=lambda r: r.score, align=RIGHT),
        Column("last_review", translate("ReviewTableModel", "Last review"),
               lambda r: r.last_review.isoformat() if r.last_review else "",
               sort_key=lambda r: r.last_review),
    ]


class ReviewTableModel(RowTableModel[ReviewDue]):
    def __init__(self, parent=None) -> None:
        super().__init__(review_columns(), search_text=lambda r: f"{r.code}\n{r.name}", parent=parent)
        self._grade_col = self.column_index("grade")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == self._grade_col and role in (
                Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            row = self.row_at(index.row())
            colors = GRADE_COLORS.get(row.grade or "") if row is not None else None
            if colors is not None:
                return QBrush(colors[0] if role == Qt.ItemDataRole.BackgroundRole else colors[1])
        return super().data(index, role)
