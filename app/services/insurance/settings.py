"""Insurance settings: how many days before a deadline it is shown as a warning.

Stored as JSON in ``company_setting`` under ``"insurance"`` (missing keys keep their defaults);
``save_settings`` validates and writes an audit row.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ..stored_settings import read_setting, write_setting

SETTINGS_KEY = "insurance"
DEFAULT_WARNING_DAYS = 14


@dataclass(frozen=True)
class InsuranceSettings:
    warning_days: int = DEFAULT_WARNING_DAYS      # a deadline this close (or closer) warns

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def validate(st: InsuranceSettings) -> InsuranceSettings:
    if not isinstance(st.warning_days, int) or isinstance(st.warning_days, bool) \
            or not 0 <= st.warning_days <= 365:
        raise ValidationError(T("The warning window must be 0 to 365 days."), field="warning_days")
    return st


def load_settings(source: Connection | Session) -> InsuranceSettings:
    raw = read_setting(source, SETTINGS_KEY)
    if not raw:
        return InsuranceSettings()
    try:
        data = json.loads(raw)
        return validate(InsuranceSettings(warning_days=data.get("warning_days", DEFAULT_WARNING_DAYS)))
    except (ValueError, AttributeError, TypeError, ValidationError):
        return InsuranceSettings()         # unreadable settings: the defaults, never a crash


def save_settings(s: Session, st: InsuranceSettings, reason: str = "") -> None:
    validate(st)
    write_setting(s, SETTINGS_KEY, st.to_json(), reason)
