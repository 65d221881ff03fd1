"""The customer dialog's list of aliases learned from confirmed bank matches, each removable.

    box = LearnedAliasList(learned_aliases(conn, customer_id))
    box.removed_ids()        # what the user removed; the dialog removes them on OK
                             # (reconcile.remove_alias, in the same session as the other changes)

A learned alias is a payer name or account a confirmed match taught (``learned_from_line_id``);
the matcher then recognises that payer as this customer. Removing one stops that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...services.bank_view import LearnedAlias


class LearnedAliasList(QWidget):
    def __init__(self, aliases: list[LearnedAlias], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aliases = list(aliases)
        self._removed: list[int] = []
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("learned_aliases")
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        lay.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("remove_alias")
        self.remove_button.setToolTip(self.tr("Stop recognising this payer as the customer (when you "
                                              "press OK)"))
        self.remove_button.clicked.connect(self.remove_selected)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        lay.addLayout(side)
        for a in self.aliases:
            item = QListWidgetItem(self.describe(a))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(lambda _r: self._update())
        if self.aliases:
            self.list.setCurrentRow(0)
        self._update()

    def describe(self, a: LearnedAlias) -> str:
        kind = self.tr("Account") if a.kind == "account" else self.tr("Name")
        when = a.booking_date.isoformat() if a.booking_date else ""
        return self.tr("{kind}: {value} — learned from line {ref} ({date})").format(
            kind=kind, value=a.value, ref=a.bank_ref or f"#{a.line_id}", date=when)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        self._removed.append(int(item.data(Qt.ItemDataRole.UserRole)))
        self._update()

    def remove_value(self, value: str) -> None:
        """Select the alias with ``value`` and remove it (tests, keyboard users)."""
        for i in range(self.list.count()):
            aid = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            if any(a.id == aid and a.value == value for a in self.aliases):
                self.list.setCurrentRow(i)
                self.remove_selected()
                return

    def removed_ids(self) -> list[int]:
        return list(self._removed)

    def kept_names(self) -> list[str]:
        """Learned payer names still kept (they are name aliases of the customer too)."""
        gone = set(self._removed)
        return [a.value for a in self.aliases if a.kind == "name" and a.id not in gone]

    def names(self) -> set[str]:
        return {a.value for a in self.aliases if a.kind == "name"}

    def _update(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
