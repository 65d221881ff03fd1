"""Fault 1: kill -9 at random moments during a large invoice import.

Afterwards the file passes ``integrity_check`` and holds all of the import or none of it, and
the same command, run again, completes - for a file loaded whole and for one read in parts
(the path of big files). ``bench/stress.py`` runs the same check >= 50 times.
"""

from __future__ import annotations

import random

import pytest

import killharness
from conftest import FAST_KILL_RUNS


@pytest.fixture(params=["loaded", "streamed"])
def any_import_case(request):
    return request.getfixturevalue("import_case" if request.param == "loaded" else "streamed_import_case")


def test_complete_import_changes_the_fingerprint(any_import_case):
    """The harness can tell 'none' from 'all' (otherwise the kill test proves nothing)."""
    import_case = any_import_case
    assert import_case.before != import_case.after
    assert import_case.after["invoices"][0] == import_case.before["invoices"][0] + 8_000


@pytest.mark.parametrize("run", range(FAST_KILL_RUNS))
def test_kill_during_import_leaves_all_or_nothing(any_import_case, tmp_path, run):
    import_case = any_import_case
    rnd = random.Random(1000 + run)
    # spread the kills: early (start-up / reading), middle (checking), late (writing)
    low, high = [(0.05, 0.4), (0.4, 0.75), (0.75, 1.05)][run % 3]
    delay = rnd.uniform(low, high) * import_case.duration
    # the last run kills while the transaction is being written (WAL grown to a random size)
    wal = killharness.random_wal_point(rnd, import_case) if run == FAST_KILL_RUNS - 1 else None
    out = killharness.kill_once(import_case, tmp_path, delay if wal is None else import_case.duration * 3,
                                wal_bytes=wal)
    assert out.passed, out
    assert not out.data_lost
    assert out.state in ("none", "all")
