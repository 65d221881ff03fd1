"""Fixtures for the reliability suite: prepared kill -9 cases (built once per module)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import killharness  # noqa: E402

FAST_KILL_RUNS = 3          # per case in the normal suite; bench/stress.py runs >= 50


@pytest.fixture(scope="module")
def import_case(tmp_path_factory) -> killharness.Prepared:
    return killharness.prepare_import(tmp_path_factory.mktemp("kill-import"), 8_000)


@pytest.fixture(scope="module")
def streamed_import_case(tmp_path_factory) -> killharness.Prepared:
    """The same import with the file read in parts (the path big files take)."""
    return killharness.prepare_streamed_import(tmp_path_factory.mktemp("kill-streamed-import"), 8_000)


@pytest.fixture(scope="module")
def migration_case(tmp_path_factory) -> killharness.Prepared:
    return killharness.prepare_migration(tmp_path_factory.mktemp("kill-migration"), 5_000)
