"""The page a tab shows while it has nothing to list: a title, a hint, and the buttons that
start (import, or enter the first item), the last one the default.

    page, buttons = empty_page("customers_empty", title, hint,
                               [(self.tr("Import customers…"), self.import_customers),
                                (self.tr("New customer…"), self.new_item)])
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def empty_page(name: str, title: str, hint: str, actions: Sequence[tuple[str, Callable[[], object]]]
               ) -> tuple[QWidget, list[QPushButton]]:
    page = QWidget()
    page.setObjectName(name)
    v = QVBoxLayout(page)
    v.addStretch(2)
    head = QLabel(title)
    head.setAlignment(Qt.AlignmentFlag.AlignCenter)
    head.setStyleSheet("font-size: 16pt; font-weight: 600;")
    v.addWidget(head)
    text = QLabel(hint)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setWordWrap(True)
    v.addWidget(text)
    row = QHBoxLayout()
    row.addStretch(1)
    buttons = []
    for label, slot in actions:
        b = QPushButton(label)
        b.clicked.connect(lambda _c=False, f=slot: f())
        row.addWidget(b)
        buttons.append(b)
    if buttons:
        buttons[-1].setDefault(True)
    row.addStretch(1)
    v.addLayout(row)
    v.addStretch(3)
    return page, buttons
