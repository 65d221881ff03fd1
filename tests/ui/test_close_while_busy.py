"""Closing the window while data is being changed asks first, then finishes the work or rolls it
back before closing; 'Keep working' leaves everything running."""

import threading
import time

from sqlalchemy import text

from app.services.progress import Cancelled
from app.ui.workers import busy_jobs, run_in_worker, wait_for_all


def _long_write(db, release: threading.Event, progress=None):
    """Insert an audit row, then wait (checking for Cancel) before committing."""
    with db.session() as s:
        s.execute(text("INSERT INTO audit_log (at, user, entity, entity_id, field, reason) "
                       "VALUES ('2026-11-23 10:00:00', 't', 'test', 1, 'long_write', '')"))
        while not release.wait(0.01):
            progress.check()
    return "done"


def _rows(db):
    with db.engine.connect() as c:
        return c.execute(text("SELECT COUNT(*) FROM audit_log WHERE field = 'long_write'")).scalar()


def _start(window, release, results):
    return run_in_worker(_long_write, window.ctx.db, release, progress=True, label="Importing big.csv",
                         on_done=lambda r: results.append(r), on_error=lambda e, tb: results.append(type(e)))


def test_keep_working_then_finish_and_close(qtbot, window, monkeypatch):
    release, results, asked = threading.Event(), [], []
    window.show()
    _start(window, release, results)
    qtbot.waitUntil(lambda: bool(busy_jobs()))
    monkeypatch.setattr(window, "ask_close_while_busy", lambda labels: asked.append(labels) or "keep")
    window.close()
    assert asked == [["Importing big.csv"]] and window.isVisible() and busy_jobs()
    monkeypatch.setattr(window, "ask_close_while_busy", lambda labels: "wait")
    window.close()
    assert window.isVisible()                       # waits for the work, the window stays usable
    release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert results == ["done"] and _rows(window.ctx.db) == 1


def test_cancel_rolls_back_then_closes(qtbot, window, monkeypatch):
    release, results = threading.Event(), []
    window.show()
    _start(window, release, results)
    qtbot.waitUntil(lambda: bool(busy_jobs()))
    monkeypatch.setattr(window, "ask_close_while_busy", lambda labels: "cancel")
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    wait_for_all()
    assert results == [Cancelled] and _rows(window.ctx.db) == 0      # nothing of it kept


def test_reads_do_not_ask(qtbot, window, monkeypatch):
    release = threading.Event()
    window.show()
    run_in_worker(lambda: release.wait(1) or time.sleep(0))      # a load: no label
    monkeypatch.setattr(window, "ask_close_while_busy", lambda labels: (_ for _ in ()).throw(AssertionError))
    release.set()
    window.close()
    assert not window.isVisible()
