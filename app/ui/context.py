"""What every tab and dialog shares: the open database and the 'today' the user works on.

Tabs receive an ``AppContext``; they never hold a session across events. The context emits
``data_changed`` after any write so every tab reloads what it shows, and ``database_changed``
when File → Open/New switches files.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from ..storage.db import Database


class AppContext(QObject):
    data_changed = Signal()
    database_changed = Signal()

    def __init__(self, db: Database | None = None, as_of: date | None = None) -> None:
        super().__init__()
        self._db = db
        self._as_of = as_of

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("no database open")
        return self._db

    @property
    def has_db(self) -> bool:
        return self._db is not None

    def set_db(self, db: Database | None) -> None:
        self._db = db
        self.database_changed.emit()

    def as_of(self) -> date:
        """The working date: fixed when given (tests, --as-of), else today at the edge."""
        return self._as_of or date.today()

    def notify_changed(self) -> None:
        self.data_changed.emit()
