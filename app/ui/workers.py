"""Run slow work off the GUI thread (QThreadPool) and get the result back as a signal.

    job = run_in_worker(fn, *args, on_done=self._loaded, on_error=self._failed,
                        progress=True)
    # fn receives a ``Progress`` as keyword ``progress`` when progress=True

``on_done`` runs on the GUI thread with fn's return value; ``on_error`` with the exception
(UserError for the user's mistakes, anything else is a bug the caller hands to the crash
handler). Each job has ``cancel()``. When ``on_done`` is a method of a widget (or ``owner`` is
given) that is deleted before the job ends — a dialog closed, a window gone — nothing is
delivered.

A job that changes data and may take long (an import, auto-match, issuing letters) gets a
``label`` ("Importing statement.csv"): ``busy_jobs()`` lists them, and closing the window while
one runs asks whether to wait for it or cancel it (its transaction then rolls back).
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..services.progress import Progress


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)


class Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, with_progress: bool,
                 label: str = "") -> None:
        super().__init__()
        self.label = label
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.progress = Progress(self._report)
        if with_progress:
            self.kwargs = dict(kwargs, progress=self.progress)
        self.finished = False

    def _report(self, done: int, total: int, what: str) -> None:
        self.signals.progress.emit(done, total, what)

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never swallowed
            self.finished = True
            self.signals.failed.emit(exc, traceback.format_exc())
            return
        self.finished = True
        self.signals.done.emit(result)


_live: set[Job] = set()


def _owner_of(callback) -> QObject | None:
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


def run_in_worker(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                  on_error: Callable[[BaseException, str], None] | None = None,
                  on_progress: Callable[[int, int, str], None] | None = None,
                  progress: bool = False, label: str = "", owner: QObject | None = None,
                  **kwargs: Any) -> Job:
    job = Job(fn, args, kwargs, progress, label)
    _live.add(job)  # keep the Python object (and its signals) alive until it reports
    owner = owner if owner is not None else (_owner_of(on_done) or _owner_of(on_error))

    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def _finish_ok(result: Any) -> None:
        _live.discard(job)
        if on_done is not None and not gone():
            on_done(result)

    def _finish_err(exc: BaseException, tb: str) -> None:
        _live.discard(job)
        if gone():                          # nobody to tell; a bug still reaches the handler
            from ..errors import UserError
            if not isinstance(exc, UserError):
                from .errors import show_error
                show_error(None, exc, tb)
            return
        if on_error is not None:
            on_error(exc, tb)
        else:
            from .errors import show_error
            show_error(None, exc, tb)

    job.signals.done.connect(_finish_ok)
    job.signals.failed.connect(_finish_err)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return job


class LatestLoad:
    """Loads of which only the newest counts (a tab reloading on every data change): the result
    or error of a load started before the latest ``start`` (or ``drop``) is never delivered.

        self.loads = LatestLoad()
        self.loads.start(load_fn, engine, on_done=self._loaded, on_error=self._load_failed)
    """

    def __init__(self) -> None:
        self.generation = 0

    def start(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
              on_error: Callable[[BaseException, str], None], **kwargs: Any) -> Job:
        gen = self.drop()
        kwargs.setdefault("owner", _owner_of(on_done))
        return run_in_worker(fn, *args, **kwargs,
                             on_done=lambda result: on_done(result) if gen == self.generation else None,
                             on_error=lambda exc, tb: on_error(exc, tb) if gen == self.generation else None)

    def drop(self) -> int:
        """Forget the loads under way (their results will not be delivered)."""
        self.generation += 1
        return self.generation


def busy_jobs() -> list[Job]:
    """Running jobs that change data (those started with a ``label``)."""
    return [j for j in _live if j.label and not j.finished]


def wait_for_all(msecs: int = 30000) -> bool:
    """Block until queued jobs finished (tests and shutdown only)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
