"""LatestLoad: only the newest load's result (or error) reaches the caller."""

import threading

from app.ui.workers import LatestLoad, wait_for_all


def test_an_older_load_is_never_delivered(qtbot):
    slow_may_finish = threading.Event()
    got, errors = [], []
    loads = LatestLoad()
    loads.start(lambda: slow_may_finish.wait(5) and "old", on_done=got.append,
                on_error=lambda e, tb: errors.append(e))
    loads.start(lambda: "new", on_done=got.append, on_error=lambda e, tb: errors.append(e))
    qtbot.waitUntil(lambda: got == ["new"])
    slow_may_finish.set()
    wait_for_all()
    qtbot.wait(50)
    assert got == ["new"] and errors == []


def test_drop_forgets_errors_too(qtbot):
    errors = []
    release = threading.Event()
    loads = LatestLoad()

    def fail():
        release.wait(5)
        raise RuntimeError("stale")

    loads.start(fail, on_done=lambda r: None, on_error=lambda e, tb: errors.append(e))
    loads.drop()
    release.set()
    wait_for_all()
    qtbot.wait(50)
    assert errors == []
