"""Results of background jobs reach their widget, and never a widget that is gone."""

import threading

from PySide6.QtWidgets import QWidget

from app.errors import UserError
from app.ui.workers import LatestLoad, run_in_worker, wait_for_all


class Receiver(QWidget):
    def __init__(self):
        super().__init__()
        self.got = []

    def done(self, result):
        self.got.append(result)

    def failed(self, exc, tb):
        self.got.append(exc)


def test_result_is_delivered_to_a_live_widget(qtbot):
    w = Receiver()
    qtbot.addWidget(w)
    run_in_worker(lambda: 42, on_done=w.done)
    qtbot.waitUntil(lambda: w.got == [42], timeout=5000)


def test_nothing_is_delivered_to_a_deleted_widget(qtbot):
    gate = threading.Event()
    seen = []
    w = Receiver()
    w.done = lambda r: seen.append(r)            # noqa: E731 - a plain function: owner given below
    loads = LatestLoad()
    job = loads.start(lambda: gate.wait(5) and 1, on_done=Receiver.done.__get__(w), on_error=w.failed)
    other = run_in_worker(lambda: gate.wait(5) and 2, on_done=lambda r: seen.append(r), owner=w)
    err = run_in_worker(lambda: (gate.wait(5), (_ for _ in ()).throw(UserError("x")))[1],
                        on_error=w.failed)
    w.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(w), timeout=5000)
    gate.set()
    assert wait_for_all(5000)
    qtbot.wait(50)                               # let the queued signals arrive
    assert job.finished and other.finished and err.finished
    assert seen == [] and w.got == []            # nothing delivered to what is gone
