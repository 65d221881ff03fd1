"""Fault 1: kill -9 at random moments during an auto-reconciliation (``reconcile --auto``).

One transaction: afterwards ``integrity_check`` is ok and either no line or every sure line is
reconciled, with its payment and allocations; the command then completes."""

from __future__ import annotations

import random

import pytest

import killharness

if not killharness.reconcile_available():  # pragma: no cover - before the reconcile command existed
    pytest.skip("no 'reconcile' command", allow_module_level=True)


@pytest.fixture(scope="module")
def reconcile_case(tmp_path_factory):
    return killharness.prepare_reconcile(tmp_path_factory.mktemp("kill-reconcile"), 30)


@pytest.mark.parametrize("run", range(1))      # bench/stress.py runs 50
def test_kill_during_auto_reconciliation_leaves_all_or_nothing(reconcile_case, tmp_path, run):
    assert reconcile_case.after["reconciliations"] and not reconcile_case.before["reconciliations"]
    rnd = random.Random(3000 + run)
    low, high = [(0.6, 1.0)][run]
    out = killharness.kill_once(reconcile_case, tmp_path, rnd.uniform(low, high) * reconcile_case.duration)
    assert out.passed, out
    assert not out.data_lost
