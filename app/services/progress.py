"""Progress reporting and cancellation for long operations, without Qt.

A worker in the UI passes a ``Progress`` whose callback emits a signal; the CLI passes one
that prints, or none. Services call ``step()`` now and then; when the user pressed Cancel it
raises ``Cancelled`` inside the service's transaction, which then rolls back.
"""

from __future__ import annotations

import threading
from typing import Callable

from ..errors import UserError
from ..i18n import T


class Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__(T("Cancelled; nothing was changed."))


class Progress:
    def __init__(self, callback: Callable[[int, int, str], None] | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()
        self.total = 0
        self.done = 0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def start(self, total: int, what: str = "") -> None:
        self.total, self.done = total, 0
        if self._callback:
            self._callback(0, total, what)
        self.check()

    def step(self, done: int, what: str = "") -> None:
        self.done = done
        if self._callback:
            self._callback(done, self.total, what)
        self.check()


NULL_PROGRESS = Progress()
