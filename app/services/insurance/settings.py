"""Insurance settings: how many days before a deadline it is shown as a warning.

Stored as JSON in ``company_setting`` under ``"insurance"`` (missing keys keep their defaults);
``save_settings`` validates and writes an audit row.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...i18n import T
from ...models import CompanySetting
from ..audit import audit

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
    conn = source.connection() if isinstance(source, Session) else source
    raw = conn.execute(text("SELECT value_json FROM company_setting WHERE key = :k"),
                       {"k": SETTINGS_KEY}).scalar()
    if not raw:
        return InsuranceSettings()
    try:
        data = json.loads(raw)
        return validate(InsuranceSettings(warning_days=data.get("warning_days", DEFAULT_WARNING_DAYS)))
    except (ValueError, AttributeError, TypeError, ValidationError):
        return InsuranceSettings()         # unreadable settings: the defaults, never a crash


def save_settings(s: Session, st: InsuranceSettings, reason: str = "") -> None:
    validate(st)
    row = s.get(CompanySetting, SETTINGS_KEY)
    before = row.value_json if row is not None else None
    after = st.to_json()
    if row is None:
        s.add(CompanySetting(key=SETTINGS_KEY, value_json=after))
    else:
        row.value_json = after
    audit(s, "setting", 0, SETTINGS_KEY, before, after, reason)
