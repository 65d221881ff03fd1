"""Shared test set-up: headless Qt, and user folders redirected into a temporary directory."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user data folder: settings, logs and default databases go here.
_DATA = tempfile.mkdtemp(prefix="ardesk-tests-")
os.environ["ARDESK_DATA_DIR"] = _DATA

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples"

AS_OF = date(2026, 11, 23)


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated database in a temporary folder (closed afterwards)."""
    from app.storage.db import Database

    d = Database.open(tmp_path / "test.db", create=True)
    yield d
    d.close()


@pytest.fixture
def samples_dir() -> Path:
    """../shared/samples when present (CI, developer machines); the test skips otherwise."""
    if not SAMPLES.is_dir():
        pytest.skip("../shared/samples is not available on this machine")
    return SAMPLES
