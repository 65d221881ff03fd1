"""Table columns for the Collections tab: the worklist, a customer's timeline, expiring claims,
and the letters proposed for today (with a check box per letter).

Rows are the plain frozen dataclasses of ``app.services.dunning`` (WorkItem, TimelineEntry, Claim,
Proposal); kinds are the services' English T() templates, shown through ``tr_message``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...money import format_minor
from ...services.dunning import TIMELINE_KINDS, TIMELINE_STATUS, WORK_KINDS
from ..errors import tr_message
from .base import RIGHT, Column, RowTableModel

translate = QCoreApplication.translate

URGENT = QColor(200, 60, 40)        # expiring claims, handovers
WARN = QColor(210, 140, 0)          # promises due, disputes
CALM = QColor(30, 100, 190)         # letters, calls

KIND_COLOR = {"limitation": URGENT, "handover": URGENT, "promise_due": WARN, "dispute": WARN,
              "follow_up": WARN, "letter": CALM, "call": CALM}


def work_kind_label(kind: str) -> str:
    t = WORK_KINDS.get(kind)
    return tr_message(t) if t else kind


def timeline_kind_label(kind: str) -> str:
    t = TIMELINE_KINDS.get(kind)
    return tr_message(t) if t else kind


def timeline_detail(e) -> str:
    """What the timeline's Detail column says: the note or reference with the status in words."""
    status = tr_message(TIMELINE_STATUS[e.status]) if e.status in TIMELINE_STATUS else e.status
    detail = " ".join(e.detail.split())
    if e.kind == "promise":
        return translate("CollectionsModel", "pay by {date} · {status}").format(date=detail, status=status)
    if not status:
        return detail
    if e.kind == "letter":
        return f"{detail} · {status}"
    return f"{status}: {detail}" if detail else status


def money(minor: int | None, currency: str) -> str:
    if minor is None:
        return ""
    if not currency:
        return format_minor(minor, "CNY") if minor else ""
    return f"{format_minor(minor, currency)} {currency}"


def _days_text(w) -> str:
    if w.kind == "limitation":
        return translate("CollectionsModel", "{days} days left").format(days=w.days)
    return str(w.days)


def _weight_tip(w) -> str:
    return translate("CollectionsModel", "Priority {rank}: {amount:,} (home currency, whole units) × "
                                         "{days} day(s) = {weight:,}").format(
        rank=w.rank, amount=w.home_amount, days=max(w.age, 1), weight=w.weight)


def work_columns() -> list[Column]:
    return [
        Column("kind", translate("CollectionsModel", "To do"), lambda w: work_kind_label(w.kind),
               foreground=lambda w: KIND_COLOR.get(w.kind)),
        Column("customer", translate("CollectionsModel", "Customer"),
               lambda w: f"{w.customer_code}  {w.customer_name}",
               tooltip=lambda w: f"{w.customer_code}  {w.customer_name}"),
        Column("grade", translate("CollectionsModel", "Grade"), lambda w: w.grade or "",
               sort_key=lambda w: w.grade or "~"),
        Column("stage", translate("CollectionsModel", "Stage"),
               lambda w: str(w.stage) if w.stage else "", sort_key=lambda w: w.stage, align=RIGHT),
        Column("amount", translate("CollectionsModel", "Amount"),
               lambda w: money(w.amount_minor, w.currency) if w.amount_minor else "",
               sort_key=lambda w: w.amount_minor, align=RIGHT),
        Column("days", translate("CollectionsModel", "Days"), _days_text,
               sort_key=lambda w: w.days, align=RIGHT,
               header_tooltip=translate("CollectionsModel", "Days overdue (the oldest invoice), or days left before a claim "
                                                          "expires")),
        Column("weight", translate("CollectionsModel", "Priority"),
               lambda w: str(w.rank), sort_key=lambda w: w.weight, align=RIGHT, tooltip=_weight_tip,
               header_tooltip=translate("CollectionsModel", "The default order, 1 first: the amount "
                                                            "in the home currency times its age in "
                                                            "days")),
        Column("invoices", translate("CollectionsModel", "Invoices"),
               lambda w: ", ".join(w.invoices), tooltip=lambda w: ", ".join(w.invoices) or None),
        # a stage name of the default ladders is an English template: shown translated
        Column("detail", translate("CollectionsModel", "Detail"),
               lambda w: " ".join(tr_message(w.detail).split()),
               tooltip=lambda w: w.detail or None),
    ]


def timeline_columns() -> list[Column]:
    return [
        Column("date", translate("CollectionsModel", "Date"), lambda e: e.date.isoformat(),
               sort_key=lambda e: (e.date, e.ref or 0)),
        Column("kind", translate("CollectionsModel", "What"), lambda e: timeline_kind_label(e.kind)),
        Column("amount", translate("CollectionsModel", "Amount"),
               lambda e: money(e.amount_minor, e.currency), sort_key=lambda e: e.amount_minor or 0,
               align=RIGHT),
        Column("detail", translate("CollectionsModel", "Detail"), timeline_detail,
               tooltip=lambda e: timeline_detail(e) or None),
    ]


def claim_columns(warn_days: int = 30) -> list[Column]:
    def fg(c):
        return URGENT if c.days_left <= warn_days else WARN

    return [
        Column("expires", translate("CollectionsModel", "Expires on"), lambda c: c.expires_on.isoformat(),
               foreground=fg),
        Column("days_left", translate("CollectionsModel", "Days left"), lambda c: c.days_left,
               align=RIGHT, foreground=fg),
        Column("customer", translate("CollectionsModel", "Customer"), lambda c: c.customer_code),
        Column("invoice", translate("CollectionsModel", "Invoice"), lambda c: c.number),
        Column("open", translate("CollectionsModel", "Open"), lambda c: money(c.open_minor, c.currency),
               sort_key=lambda c: c.open_minor, align=RIGHT),
        Column("due", translate("CollectionsModel", "Due"), lambda c: c.due_date.isoformat()),
        Column("restarted", translate("CollectionsModel", "Last restarted"),
               lambda c: f"{c.restarted_on.isoformat()} ({c.restarted_by})"),
    ]


def template_label(template: str, language: str) -> str:
    names = {"reminder": translate("CollectionsModel", "Friendly reminder"),
             "first_reminder": translate("CollectionsModel", "First reminder"),
             "demand": translate("CollectionsModel", "Formal demand"),
             "final_notice": translate("CollectionsModel", "Final notice"),
             "handover": translate("CollectionsModel", "Handover notice")}
    langs = {"zh": translate("CollectionsModel", "Chinese"), "en": translate("CollectionsModel", "English")}
    return f"{names.get(template, template)} · {langs.get(language, language)}"


def proposal_columns() -> list[Column]:
    return [
        Column("customer", translate("CollectionsModel", "Customer"),
               lambda p: f"{p.customer_code}  {p.customer_name}"),
        Column("stage", translate("CollectionsModel", "Stage"), lambda p: f"{p.stage} {tr_message(p.stage_name)}",
               sort_key=lambda p: p.stage),
        Column("letter", translate("CollectionsModel", "Letter"),
               lambda p: template_label(p.template, p.language) if p.letter is not None
               else translate("CollectionsModel", "no letter (call)")),
        Column("invoices", translate("CollectionsModel", "Invoices"),
               lambda p: ", ".join(i.number for i in p.invoices),
               tooltip=lambda p: "\n".join(i.number for i in p.invoices)),
        Column("total", translate("CollectionsModel", "Total due"),
               lambda p: money(p.total_due_minor, p.currency), sort_key=lambda p: p.total_due_minor,
               align=RIGHT),
    ]


class CheckableModel(RowTableModel):
    """A ``RowTableModel`` with a check box in the first column (all checked at first)."""

    def __init__(self, columns, **kw) -> None:
        super().__init__(columns, **kw)
        self._unchecked: set[int] = set()

    def set_rows(self, rows) -> None:
        self._unchecked = set()
        super().set_rows(rows)

    def checked(self) -> list:
        return [r for r in self.all_rows() if id(r) not in self._unchecked]

    def set_all(self, on: bool) -> None:
        self._unchecked = set() if on else {id(r) for r in self.all_rows()}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def set_checked(self, row: int, on: bool) -> None:
        self.setData(self.index(row, 0), Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            r = self.row_at(index.row())
            return Qt.CheckState.Unchecked if id(r) in self._unchecked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        r = self.row_at(index.row())
        on = value if isinstance(value, bool) else Qt.CheckState(value) == Qt.CheckState.Checked
        (self._unchecked.discard if on else self._unchecked.add)(id(r))
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f
