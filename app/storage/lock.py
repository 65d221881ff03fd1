"""One running ARDesk per database file.

The lock is an OS-level lock on ``<db>.lock`` (flock on POSIX, a byte-range lock on Windows),
so a crashed process never leaves a lock that blocks the next start: the OS drops it with the
process. The file also records who holds it, for the "in use" message, and a left-over file
from a crash is reported as recovered.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import DatabaseError, DatabaseInUse
from ..i18n import T

_WIN_LOCK_OFFSET = 0x7FFF0000  # lock a byte far past the text, so the text stays readable


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


@dataclass
class DbLock:
    path: Path
    _fh: object | None = None
    recovered_stale: bool = False

    @classmethod
    def lock_path_for(cls, db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".lock")

    @classmethod
    def acquire(cls, db_path: Path) -> "DbLock":
        lp = cls.lock_path_for(db_path)
        existed = lp.exists()
        for _attempt in range(100):
            try:
                fh = open(lp, "a+", encoding="utf-8")
            except OSError as exc:
                raise DatabaseError(T("Cannot create the lock file {path}: {reason}"),
                                    path=str(lp), reason=exc.strerror or str(exc)) from None
            if not _try_lock(fh):
                holder = _read_holder(lp)
                fh.close()
                raise DatabaseInUse(
                    T("{db} is already open in another ARDesk window ({holder}). "
                      "Close it there first, or open a different file."),
                    db=str(db_path), holder=holder or "?")
            # The holder we waited behind may have removed the lock file between our open and
            # our lock: then we hold a lock on a deleted file while a third process locks a new
            # one. Only a lock on the file that is still at ``lp`` counts; otherwise try again.
            if _same_file(fh, lp):
                break
            _unlock(fh)
            fh.close()
        else:  # pragma: no cover - a hundred lost races in a row
            raise DatabaseInUse(T("{db} is already open in another ARDesk window ({holder}). "
                                  "Close it there first, or open a different file."),
                                db=str(db_path), holder="?")
        fh.seek(0)
        fh.truncate()
        fh.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                             "user": current_user(),
                             "since": datetime.now().isoformat(timespec="seconds")}))
        fh.flush()
        return cls(lp, fh, recovered_stale=existed)

    def release(self) -> None:
        fh = self._fh
        if fh is None:
            return
        self._fh = None
        try:
            fh.seek(0)
            fh.truncate()
            if sys.platform != "win32":
                # remove the file while still holding its lock: whoever opened it meanwhile
                # finds, once they get the lock, that it is no longer at the path (_same_file)
                try:
                    self.path.unlink()
                except OSError:
                    pass
            _unlock(fh)
        finally:
            fh.close()
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            try:
                self.path.unlink()
            except OSError:
                pass

    @property
    def held(self) -> bool:
        return self._fh is not None


def _same_file(fh, lp: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - the file cannot be removed while open
        return True
    try:
        a, b = os.fstat(fh.fileno()), os.stat(lp)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _read_holder(lp: Path) -> str:
    try:
        info = json.loads(lp.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return ""
    parts = [str(info.get(k)) for k in ("user", "host") if info.get(k)]
    if info.get("pid"):
        parts.append(f"pid {info['pid']}")
    if info.get("since"):
        parts.append(str(info["since"]))
    return ", ".join(parts)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fh) -> bool:
        try:
            fh.seek(_WIN_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fh) -> None:
        try:
            fh.seek(_WIN_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fh) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
