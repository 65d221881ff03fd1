"""Where things live on this machine, and the few settings kept outside the database."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

from . import APP_NAME

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"


def data_dir() -> Path:
    override = os.environ.get("ARDESK_DATA_DIR")
    p = Path(override) if override else Path(user_data_dir(APP_NAME, APP_NAME))
    p.mkdir(parents=True, exist_ok=True)
    return p


def config_dir() -> Path:
    override = os.environ.get("ARDESK_DATA_DIR")
    p = Path(override) / "config" if override else Path(user_config_dir(APP_NAME, APP_NAME))
    p.mkdir(parents=True, exist_ok=True)
    return p


def log_dir() -> Path:
    override = os.environ.get("ARDESK_DATA_DIR")
    p = Path(override) / "logs" if override else Path(user_log_dir(APP_NAME, APP_NAME))
    p.mkdir(parents=True, exist_ok=True)
    return p


def default_db_path() -> Path:
    return data_dir() / "ardesk.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


@dataclass
class Settings:
    language: str = ""                      # '' = follow the system locale; 'zh_CN' | 'en'
    recent: list[str] = field(default_factory=list)
    last_db: str = ""

    MAX_RECENT = 8

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> "Settings":
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        s = cls()
        if isinstance(raw.get("language"), str):
            s.language = raw["language"]
        if isinstance(raw.get("recent"), list):
            s.recent = [str(x) for x in raw["recent"] if isinstance(x, str)][: cls.MAX_RECENT]
        if isinstance(raw.get("last_db"), str):
            s.last_db = raw["last_db"]
        return s

    def save(self) -> None:
        p = self.path()
        tmp = p.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, p)

    def add_recent(self, path: str | Path, *, make_last: bool = True) -> None:
        s = str(Path(path).resolve())
        self.recent = [s] + [r for r in self.recent if r != s]
        self.recent = self.recent[: self.MAX_RECENT]
        if make_last:
            self.last_db = s
