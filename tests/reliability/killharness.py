"""Kill -9 harness shared by the fast reliability tests and ``bench/stress.py``.

A *case* prepares a database (and an input file), runs one ARDesk command in a subprocess,
kills it with SIGKILL after a random delay, and then checks the file from the outside:

- ``PRAGMA integrity_check`` is ``ok``;
- the database holds the whole operation or none of it (``fingerprint`` equals the state
  before or the state a complete, unkilled run leaves);
- ARDesk opens it again (stale lock taken over) and the same command then completes.

Each case is a ``KillCase`` with ``prepare(folder) -> Prepared``; ``KILL_CASES`` lists them
(the stress command runs every entry; add kill -9 during auto-reconciliation there once
``python main.py reconcile --auto`` exists).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"
AS_OF = "2026-11-23"


# ------------------------------------------------------------------------ inspection

def integrity(db: Path) -> str:
    con = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(r[0]) for r in rows[:5])
    finally:
        con.close()


_FINGERPRINT_SQL = {
    "revision": "SELECT version_num FROM alembic_version",
    "customers": "SELECT COUNT(*), COALESCE(SUM(terms_days), 0) FROM customer",
    "invoices": "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0), COALESCE(SUM(open_minor), 0) FROM invoice",
    "payments": "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM payment",
    "allocations": "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM allocation",
    "audit": "SELECT COUNT(*) FROM audit_log",
    "batches": "SELECT COUNT(*) FROM import_batch",
}


# tables of later schema revisions: a missing table counts as empty (an old revision has none)
_OPTIONAL_SQL = {
    "bank_lines": ("bank_line", "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0), "
                                "(SELECT group_concat(s || ':' || n) FROM (SELECT status AS s, COUNT(*) AS n "
                                "FROM bank_line GROUP BY status ORDER BY status)) FROM bank_line"),
    "reconciliations": ("reconciliation", "SELECT COUNT(*), COALESCE(SUM(undone_at IS NULL), 0) FROM reconciliation"),
    "write_offs": ("write_off", "SELECT COUNT(*), COALESCE(SUM(amount_minor), 0) FROM write_off"),
}


def fingerprint(db: Path, *, with_revision: bool = True) -> dict[str, tuple]:
    """Counts and sums of what matters in ``db`` (opened read-only, WAL applied)."""
    con = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        out = {}
        for key, sql in _FINGERPRINT_SQL.items():
            if key == "revision" and not with_revision:
                continue
            out[key] = tuple(con.execute(sql).fetchone())
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for key, (table, sql) in _OPTIONAL_SQL.items():
            row = tuple(con.execute(sql).fetchone()) if table in tables else ()
            out[key] = row if any(row) else ()
        return out
    finally:
        con.close()


def data_only(fp: dict[str, tuple]) -> dict[str, tuple]:
    return {k: v for k, v in fp.items() if k != "revision"}


# ------------------------------------------------------------------------ subprocess

def ardesk(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python main.py ARGS`` to completion."""
    return subprocess.run([sys.executable, str(MAIN), *args], cwd=ROOT, env=_env(env),
                          capture_output=True, text=True, timeout=timeout)


def _env(extra: dict[str, str] | None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("ARDESK_DATA_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "ardesk-killharness"))
    if extra:
        env.update(extra)
    return env


def run_and_kill(args: list[str], delay: float, *, env: dict[str, str] | None = None,
                 wal: Path | None = None, wal_bytes: int = 0) -> bool:
    """Start ``python main.py ARGS`` and SIGKILL it after ``delay`` seconds or, with ``wal``,
    as soon as that write-ahead log has grown to ``wal_bytes`` (the operation is then writing
    its transaction). True if it was killed (False when it had already finished)."""
    proc = subprocess.Popen([sys.executable, str(MAIN), *args], cwd=ROOT, env=_env(env),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.perf_counter() + delay
    while proc.poll() is None:
        if time.perf_counter() >= deadline or (wal is not None and _size(wal) >= wal_bytes):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    return False


def _size(p: Path) -> int:
    try:
        return p.stat().st_size
    except OSError:
        return 0


def timed_run(args: list[str], db: Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run to completion; (seconds, the largest size ``<db>-wal`` reached meanwhile)."""
    wal = db.with_name(db.name + "-wal")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(MAIN), *args], cwd=ROOT, env=_env(env),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _size(wal))
        time.sleep(0.002)
    err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"main.py {' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return time.perf_counter() - t0, peak


# ------------------------------------------------------------------------ cases

@dataclass
class Prepared:
    """A prepared template database and the command to run against a copy of it."""

    template: Path                       # copied for each run (with no -wal/-shm next to it)
    args: Callable[[Path], list[str]]    # db path -> main.py arguments
    before: dict[str, tuple]             # fingerprint before (data only)
    after: dict[str, tuple] = field(default_factory=dict)   # after a complete run (data only)
    before_revision: str | None = None
    after_revision: str | None = None
    duration: float = 0.0                # seconds of one complete run
    wal_peak: int = 0                    # bytes the write-ahead log reached during that run
    env: dict[str, str] | None = None    # extra environment of the command


@dataclass
class Outcome:
    killed: bool
    state: str                           # 'none' | 'all' | 'partial' | 'corrupt'
    passed: bool
    data_lost: bool
    detail: str = ""


@dataclass
class KillCase:
    name: str
    prepare: Callable[[Path, int], Prepared]      # (folder, size) -> Prepared
    check_rerun: bool = True                      # after the kill the command completes


def write_customers_csv(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "currency", "payment_terms_days"])
        for k in range(n):
            w.writerow([f"C{k:05d}", f"客户{k} Trading & Co <Ltd>", "CNY", (30, 45, 60)[k % 3]])
    return path


def write_invoices_csv(path: Path, n: int, n_customers: int, seed: int = 7, prefix: str = "INV") -> Path:
    rnd = random.Random(seed)
    start = date(2025, 1, 1)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["number", "customer_code", "issue_date", "due_date", "currency", "amount"])
        for k in range(n):
            issue = start + timedelta(days=rnd.randrange(600))
            minor = rnd.randrange(100, 50_000_000)
            w.writerow([f"{prefix}{k:07d}", f"C{rnd.randrange(n_customers):05d}" if n_customers > 1 else "C1", issue.isoformat(),
                        (issue + timedelta(days=30)).isoformat(), "CNY", f"{minor // 100}.{minor % 100:02d}"])
    return path


def _import_args(invoices: Path) -> Callable[[Path], list[str]]:
    return lambda db: ["--db", str(db), "--as-of", AS_OF, "import", "invoices", str(invoices)]


def prepare_import(folder: Path, rows: int, env: dict[str, str] | None = None) -> Prepared:
    """A database with customers (and one earlier import) and an invoices CSV of ``rows`` rows.
    ``env``: of the import command (``STREAMED`` makes it read the file in parts)."""
    folder.mkdir(parents=True, exist_ok=True)
    n_customers = max(50, rows // 50)
    db = folder / "import-template.db"
    for p in folder.glob("import-template.db*"):
        p.unlink()
    cust = write_customers_csv(folder / "customers.csv", n_customers)
    first = write_invoices_csv(folder / "earlier.csv", 200, n_customers, seed=1, prefix="OLD")
    inv = write_invoices_csv(folder / "invoices.csv", rows, n_customers)
    from app.storage.db import Database
    Database.open(db, create=True).close()
    for args in (["--db", str(db), "import", "customers", str(cust)],
                 ["--db", str(db), "--as-of", AS_OF, "import", "invoices", str(first)]):
        r = ardesk(args)
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
    before = data_only(fingerprint(db))
    probe = folder / "import-probe.db"
    _copy_db(db, probe)
    duration, wal_peak = timed_run(_import_args(inv)(probe), probe, env)
    after = data_only(fingerprint(probe))
    _remove_db(probe)
    return Prepared(db, _import_args(inv), before, after, duration=duration, wal_peak=wal_peak, env=env)


# the import command reads any file in parts (app.services.importers.stream_above)
STREAMED = {"ARDESK_STREAM_ABOVE": "0"}


def prepare_streamed_import(folder: Path, rows: int) -> Prepared:
    return prepare_import(folder, rows, STREAMED)


def prepare_migration(folder: Path, invoices: int) -> Prepared:
    """A demo database taken back to the first schema revision; the command opens (migrates) it."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "migration-template.db"
    for p in folder.glob("migration-template.db*"):
        p.unlink()
    r = ardesk(["--db", str(db), "--as-of", AS_OF, "demo", "--customers", str(max(50, invoices // 20)),
                "--invoices", str(invoices), "--seed", "11"])
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    downgrade(db, "0001")
    before_rev = fingerprint(db)["revision"][0]
    before = data_only(fingerprint(db))
    probe = folder / "migration-probe.db"
    _copy_db(db, probe)
    duration, wal_peak = timed_run(["--db", str(probe), "verify"], probe)
    after_fp = fingerprint(probe)
    _remove_db(probe)
    shutil.rmtree(folder / "migration-probe-backups", ignore_errors=True)
    return Prepared(db, lambda p: ["--db", str(p), "verify"], before, data_only(after_fp),
                    before_revision=before_rev, after_revision=after_fp["revision"][0], duration=duration,
                    wal_peak=wal_peak)


def downgrade(db: Path, revision: str) -> None:
    """Take ``db`` back to an older schema revision (as an older ARDesk would have left it)."""
    code = (
        "import sqlalchemy as sa, sys\n"
        "from alembic import command\n"
        "from app.storage import migrate\n"
        f"engine = sa.create_engine('sqlite:///' + sys.argv[1])\n"
        "cfg = migrate.alembic_config()\n"
        "with engine.begin() as conn:\n"
        "    conn.exec_driver_sql('PRAGMA foreign_keys=OFF')\n"
        "    cfg.attributes['connection'] = conn\n"
        f"    command.downgrade(cfg, {revision!r})\n"
        "engine.dispose()\n"
        "con = __import__('sqlite3').connect(sys.argv[1])\n"
        "con.execute('PRAGMA wal_checkpoint(TRUNCATE)'); con.execute('PRAGMA journal_mode=DELETE'); con.close()\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(db)], cwd=ROOT, env=_env(None),
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)


def _copy_db(src: Path, dst: Path) -> None:
    _remove_db(dst)
    shutil.copyfile(src, dst)


def _remove_db(p: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        q = p.with_name(p.name + suffix)
        if q.exists():
            q.unlink()


def kill_once(prep: Prepared, workdir: Path, delay: float, *, rerun: bool = True,
              wal_bytes: int | None = None) -> Outcome:
    """Copy the template, run the command, kill it after ``delay`` s (or, with ``wal_bytes``,
    once its transaction has written that much to the WAL), and judge the result."""
    db = workdir / "victim.db"
    _copy_db(prep.template, db)
    shutil.rmtree(workdir / "victim-backups", ignore_errors=True)
    wal = db.with_name(db.name + "-wal") if wal_bytes is not None else None
    killed = run_and_kill(prep.args(db), delay, env=prep.env, wal=wal, wal_bytes=wal_bytes or 0)
    try:
        check = integrity(db)
    except sqlite3.DatabaseError as exc:
        return Outcome(killed, "corrupt", False, True, f"cannot read: {exc}")
    if check != "ok":
        return Outcome(killed, "corrupt", False, True, check)
    fp = fingerprint(db)
    data, rev = data_only(fp), fp["revision"][0]
    if data == prep.before and (prep.before_revision is None or rev == prep.before_revision):
        state = "none"
    elif data == prep.after and (prep.after_revision is None or rev == prep.after_revision):
        state = "all"
    else:
        return Outcome(killed, "partial", False, True, f"revision {rev}: {data} (before {prep.before}, "
                                                        f"after {prep.after})")
    detail = ""
    if rerun:
        r = ardesk(prep.args(db), env=prep.env)
        if r.returncode != 0:
            return Outcome(killed, state, False, False, f"re-run failed ({r.returncode}): {r.stderr[-500:]}")
        again = data_only(fingerprint(db))
        # a run may log itself in the audit trail (reconcile --auto does, even with nothing to do)
        same = {k: v for k, v in again.items() if k != "audit"} == {k: v for k, v in prep.after.items() if k != "audit"}
        if not same or again["audit"] < prep.after["audit"] or integrity(db) != "ok":
            return Outcome(killed, state, False, True, "re-run after the kill did not reach the full result: "
                                                       f"{again} (expected {prep.after})")
        leftovers = [p.name for p in (workdir / "victim-backups").glob("*.partial")] \
            if (workdir / "victim-backups").is_dir() else []
        if leftovers:
            return Outcome(killed, state, False, False, f"half-written backup left: {leftovers}")
    return Outcome(killed, state, True, False, detail)


def random_delay(rnd: random.Random, prep: Prepared) -> float:
    """A moment between interpreter start and a little after a normal run would have finished."""
    return rnd.uniform(0.05, prep.duration * 1.05)


def random_wal_point(rnd: random.Random, prep: Prepared) -> int | None:
    """A WAL size at which to kill, somewhere inside the operation's transaction (None when the
    complete run wrote no WAL to watch)."""
    if prep.wal_peak <= 0:
        return None
    return rnd.randint(1, max(1, int(prep.wal_peak * 0.98)))


def prepare_reconcile(folder: Path, lines: int) -> Prepared:
    """Invoices, and an imported bank statement of ``lines`` payments each naming one of them;
    the command is ``reconcile --auto`` (one transaction)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "reconcile-template.db"
    for p in folder.glob("reconcile-template.db*"):
        p.unlink()
    from app.storage.db import Database
    Database.open(db, create=True).close()
    n_customers = max(20, lines // 10)
    cust = write_customers_csv(folder / "customers.csv", n_customers)
    inv = write_invoices_csv(folder / "invoices.csv", lines * 3, n_customers, seed=5)
    for args in (["import", "customers", str(cust)], ["--as-of", AS_OF, "import", "invoices", str(inv)]):
        r = ardesk(["--db", str(db), *args])
        if r.returncode != 0:
            raise RuntimeError(r.stderr)
    con = sqlite3.connect(db)
    rows = con.execute("SELECT i.number, i.amount_minor, c.name FROM invoice i JOIN customer c "
                       "ON c.id = i.customer_id ORDER BY i.id LIMIT ?", (lines,)).fetchall()
    con.close()
    bank = folder / "bank.csv"
    with bank.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Booking date", "Amount", "Currency", "Counterparty name", "Remittance", "Bank reference"])
        for n, (number, minor, name) in enumerate(rows):
            w.writerow([f"2026-10-{1 + n % 28:02d}", f"{minor // 100}.{minor % 100:02d}", "CNY", name,
                        f"Payment {number}", f"REF{n:06d}"])
    r = ardesk(["--db", str(db), "--as-of", AS_OF, "import", "statement", str(bank)])
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    _checkpoint(db)
    args = lambda p: ["--db", str(p), "--as-of", AS_OF, "reconcile", "--auto"]  # noqa: E731
    before = data_only(fingerprint(db))
    probe = folder / "reconcile-probe.db"
    _copy_db(db, probe)
    duration, wal_peak = timed_run(args(probe), probe)
    after = data_only(fingerprint(probe))
    _remove_db(probe)
    if after == before:
        raise RuntimeError("reconcile --auto matched nothing; the case proves nothing")
    return Prepared(db, args, before, after, duration=duration, wal_peak=wal_peak)


def _checkpoint(db: Path) -> None:
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def reconcile_available() -> bool:
    from app import cli
    sub = next(a for a in cli.build_parser()._actions if a.dest == "command")
    return "reconcile" in sub.choices


KILL_CASES: list[KillCase] = [
    KillCase("kill -9 during invoice import", prepare_import),
    KillCase("kill -9 during streamed invoice import", prepare_streamed_import),
    KillCase("kill -9 during migration", prepare_migration),
    KillCase("kill -9 during auto-reconciliation", prepare_reconcile),
]
