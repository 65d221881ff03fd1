"""Statement lines, matching candidates and open invoices as table columns for the Bank tab.

The rows come from ``app.services.bank_view`` (plain frozen dataclasses); the model is the
generic ``RowTableModel`` plus a coloured dot in the status column.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ...money import format_minor
from ...services.queries import OpenItem
from ...services.matching.engine import Proposal
from .base import CENTER, MUTED, NEGATIVE, RIGHT, Column, RowTableModel

translate = QCoreApplication.translate

#: the statuses in the order the filter and the totals list them
STATUS_ORDER = ("unmatched", "suggested", "auto", "matched", "ignored")

STATUS_COLOR = {
    "unmatched": QColor(200, 60, 40),      # needs a human
    "suggested": QColor(210, 140, 0),      # a proposal waits for review
    "auto": QColor(30, 140, 60),           # applied automatically
    "matched": QColor(30, 100, 190),       # confirmed by hand
    "ignored": QColor(128, 128, 128),      # not a customer payment
}


def status_label(status: str) -> str:
    return {
        "unmatched": translate("BankStatus", "Unmatched"),
        "suggested": translate("BankStatus", "Suggested"),
        "auto": translate("BankStatus", "Auto-matched"),
        "matched": translate("BankStatus", "Matched"),
        "ignored": translate("BankStatus", "Ignored"),
    }.get(status, status)


_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small filled dot in the status colour (made once per status)."""
    icon = _ICONS.get(status)
    if icon is None:
        pm = QPixmap(12, 12)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(STATUS_COLOR.get(status, MUTED))
        p.drawEllipse(1, 1, 10, 10)
        p.end()
        icon = _ICONS[status] = QIcon(pm)
    return icon


def money(minor: int, currency: str) -> str:
    return format_minor(minor, currency)


def one_line(text: str) -> str:
    return " ".join(text.split())


class BankLineModel(RowTableModel):
    """``RowTableModel`` of ``BankRow`` with a status dot and the status colour."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DecorationRole and index.isValid()
                and self.column_key(index.column()) == "status"):
            row = self.row_at(index.row())
            return status_icon(row.line.status) if row is not None else None
        return super().data(index, role)

    def row_of_line(self, line_id: int) -> int:
        return self.find_row(lambda r: r.line.id == line_id)


def line_columns() -> list[Column]:
    def amount_fg(r):
        return NEGATIVE if r.line.amount_minor < 0 else None

    def status_fg(r):
        return STATUS_COLOR.get(r.line.status)

    return [
        Column("date", translate("BankLineModel", "Date"), lambda r: r.line.booking_date.isoformat()),
        Column("amount", translate("BankLineModel", "Amount"),
               lambda r: money(r.line.amount_minor, r.line.currency), sort_key=lambda r: r.line.amount_minor,
               align=RIGHT, foreground=amount_fg),
        Column("currency", translate("BankLineModel", "Cur."), lambda r: r.line.currency),
        Column("status", translate("BankLineModel", "Status"), lambda r: status_label(r.line.status),
               sort_key=lambda r: STATUS_ORDER.index(r.line.status) if r.line.status in STATUS_ORDER else 9,
               foreground=status_fg),
        Column("customer", translate("BankLineModel", "Customer"), lambda r: r.customer,
               tooltip=lambda r: r.customer or None,
               foreground=lambda r: MUTED if r.line.status == "suggested" else None),
        Column("score", translate("BankLineModel", "Score"), lambda r: "" if r.score is None else r.score,
               sort_key=lambda r: -1 if r.score is None else r.score, align=CENTER,
               header_tooltip=translate("BankLineModel", "How sure the match is (0–100)")),
        Column("payer", translate("BankLineModel", "Payer"), lambda r: one_line(r.line.counterparty_name),
               tooltip=lambda r: "\n".join(x for x in (r.line.counterparty_name, r.line.counterparty_account)
                                           if x) or None),
        Column("remittance", translate("BankLineModel", "Remittance"), lambda r: one_line(r.line.remittance),
               tooltip=lambda r: r.line.remittance or None),
        Column("reference", translate("BankLineModel", "Bank reference"), lambda r: r.line.bank_ref),
    ]


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """One proposal for the selected line, labelled for display."""

    proposal: Proposal
    currency: str
    customer: str                   # "C001  Acme Trading Ltd"
    invoices: str                   # "INV-001 1,000.00; INV-002 500.00"

    @property
    def score(self) -> int:
        return self.proposal.score


def _difference_text(r: CandidateRow) -> str:
    kinds = {"bank_charges": translate("BankCandidates", "bank charges"),
             "discount": translate("BankCandidates", "discount"),
             "difference": translate("BankCandidates", "difference")}
    parts = [f"{kinds.get(k, k)} {format_minor(a, r.currency)}" for _, k, a in r.proposal.differences]
    if r.proposal.credit_minor:
        parts.append(translate("BankCandidates", "credit {amount}").format(
            amount=format_minor(r.proposal.credit_minor, r.currency)))
    return ", ".join(parts)


def candidate_columns() -> list[Column[CandidateRow]]:
    return [
        Column("score", translate("BankCandidates", "Score"), lambda r: r.score, align=CENTER),
        Column("customer", translate("BankCandidates", "Customer"), lambda r: r.customer,
               tooltip=lambda r: r.customer),
        Column("invoices", translate("BankCandidates", "Invoices"), lambda r: r.invoices or "—",
               tooltip=lambda r: r.invoices or None),
        Column("other", translate("BankCandidates", "Difference / credit"), _difference_text),
    ]


@dataclass(frozen=True, slots=True)
class OpenRow:
    """One open invoice of the chosen customer, with what the selected candidate puts on it."""

    item: OpenItem
    proposed: int | None = None
    status_text: str = ""


def open_item_columns() -> list[Column[OpenRow]]:
    def bold_if_proposed(r: OpenRow):
        return STATUS_COLOR["auto"] if r.proposed is not None else None

    return [
        Column("number", translate("BankOpenItems", "Invoice"),
               lambda r: r.item.number if r.item.status in ("open", "") or not r.status_text
               else f"{r.item.number} ({r.status_text})",
               foreground=bold_if_proposed, tooltip=lambda r: r.status_text or None),
        Column("due", translate("BankOpenItems", "Due"), lambda r: r.item.due_date.isoformat()),
        Column("open", translate("BankOpenItems", "Open"),
               lambda r: f"{format_minor(r.item.open_minor, r.item.currency)} {r.item.currency}",
               sort_key=lambda r: r.item.open_minor, align=RIGHT),
        Column("proposed", translate("BankOpenItems", "This payment"),
               lambda r: "" if r.proposed is None else format_minor(r.proposed, r.item.currency),
               sort_key=lambda r: r.proposed or 0, align=RIGHT, foreground=bold_if_proposed),
    ]
