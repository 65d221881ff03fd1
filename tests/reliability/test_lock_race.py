"""Fault 3: one ARDesk per database, even when several start and stop at the same moment.

Three processes take and release the lock of one file in tight loops; each marks its tenure
with an O_EXCL file, so two holders at once are caught."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import killharness


def test_lock_is_exclusive_under_contention(tmp_path):
    db = tmp_path / "a.db"
    marker = tmp_path / "holder"
    script = textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(killharness.ROOT)!r})
        from pathlib import Path
        from app.errors import DatabaseInUse
        from app.storage.lock import DbLock
        db, marker = Path({str(db)!r}), {str(marker)!r}
        got = clashes = 0
        deadline = time.time() + 2.5
        while time.time() < deadline:
            try:
                lock = DbLock.acquire(db)
            except DatabaseInUse:
                continue
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                clashes += 1
                lock.release()
                continue
            got += 1
            os.close(fd)
            os.unlink(marker)
            lock.release()
        print(got, clashes)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
             for _ in range(3)]
    results = [tuple(map(int, p.communicate(timeout=60)[0].split())) for p in procs]
    assert sum(r[0] for r in results) > 0
    assert sum(r[1] for r in results) == 0, f"two processes held the lock at once: {results}"
