"""Named column mappings (import profiles), stored by header text.

A profile maps each field to the *header text* of its column (or ``#N``, the 1-based column
position, when that header cell is empty), plus the other options (date order, decimal mark,
defaults), so it applies to any later file with the same layout.

Bank statement mappings are profiles of kind ``statement``; their field list, the columns they
may combine and their options belong to ``services/statements/generic.py``, which stores them
through ``save_profile_data`` (the other functions here serve every kind).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...errors import UserError
from ...i18n import T
from ...models import ImportProfile
from .fields import STATEMENT, check_kind, check_profile_kind, field_names, headers_to_mapping
from .planning import ImportOptions
from .table import Table

_POSITION = re.compile(r"^#(\d+)$")


class ProfileError(UserError):
    pass


@dataclass(frozen=True)
class Profile:
    kind: str
    name: str
    mapping: dict[str, str | None]      # field → header text ('#N' = column N when untitled);
                                        # a statement field may list several headers
    settings: dict[str, object]

    def headers(self) -> list[str]:
        out: list[str] = []
        for h in self.mapping.values():
            for one in (h if isinstance(h, list) else [h]):
                if isinstance(one, str) and one and not _POSITION.match(one):
                    out.append(one)
        return out

    def options_for(self, table: Table) -> ImportOptions:
        """The options with the mapping resolved against ``table``'s headers."""
        if self.kind == STATEMENT:
            raise ValueError("statement mappings resolve with statements.generic.mapping_from_profile")
        by_header = {f: h for f, h in self.mapping.items() if h is None or not _POSITION.match(h)}
        mapping, missing = headers_to_mapping(by_header, table.headers)
        for f, h in self.mapping.items():
            m = _POSITION.match(h) if h else None
            if m:
                mapping[f] = int(m[1]) - 1
        if missing:
            raise ProfileError(
                T("{file} does not match the mapping {name}: no column named {columns}."),
                file=table.name, name=self.name, columns=", ".join(h for _, h in missing))
        for f in field_names(self.kind):
            mapping.setdefault(f, None)
        return ImportOptions.from_settings(self.settings, mapping)


def _check_name(name: str) -> str:
    n = (name or "").strip()
    if not n:
        raise ProfileError(T("Give the mapping a name."))
    if len(n) > 100:
        raise ProfileError(T("The mapping name is longer than 100 characters."))
    return n


def save_profile(s: Session, kind: str, name: str, headers: list[str],
                 mapping: dict[str, int | None], options: ImportOptions | None = None) -> Profile:
    """Save (or replace) the mapping ``field → column index`` of a file with ``headers``."""
    check_kind(kind)
    name = _check_name(name)
    by_header: dict[str, str | None] = {}
    for f in field_names(kind):
        col = mapping.get(f)
        if col is None:
            by_header[f] = None
        elif 0 <= col < len(headers) and headers[col]:
            by_header[f] = headers[col]
        else:
            by_header[f] = f"#{col + 1}"
    return save_profile_data(s, kind, name, by_header, (options or ImportOptions()).settings())


def save_profile_data(s: Session, kind: str, name: str, mapping: dict[str, object],
                      settings: dict[str, object]) -> Profile:
    """Save (or replace) a profile given as its stored form (field → header text(s), settings)."""
    check_profile_kind(kind)
    name = _check_name(name)
    row = s.scalar(select(ImportProfile).where(ImportProfile.kind == kind, ImportProfile.name == name))
    if row is None:
        row = ImportProfile(kind=kind, name=name)
        s.add(row)
    row.mapping_json = json.dumps(mapping, ensure_ascii=False)
    row.options_json = json.dumps(settings, ensure_ascii=False, sort_keys=True)
    s.flush()
    return Profile(kind, name, dict(mapping), dict(settings))  # type: ignore[arg-type]


def _profile(row: ImportProfile) -> Profile:
    try:
        mapping = json.loads(row.mapping_json or "{}")
        settings = json.loads(row.options_json or "{}")
    except ValueError:
        raise ProfileError(T("The saved mapping {name} is damaged; save it again."), name=row.name) from None
    return Profile(row.kind, row.name, mapping, settings)


def load_profile(s: Session, kind: str, name: str) -> Profile:
    check_profile_kind(kind)
    row = s.scalar(select(ImportProfile).where(ImportProfile.kind == kind,
                                               ImportProfile.name == (name or "").strip()))
    if row is None:
        names = [p.name for p in list_profiles(s, kind)]
        raise ProfileError(T("There is no saved {kind} mapping named {name} (saved: {names})."),
                           kind=kind, name=name, names=", ".join(names) or "-")
    return _profile(row)


def list_profiles(s: Session, kind: str | None = None) -> list[Profile]:
    q = select(ImportProfile).order_by(ImportProfile.kind, ImportProfile.name)
    if kind is not None:
        q = q.where(ImportProfile.kind == check_profile_kind(kind))
    return [_profile(r) for r in s.scalars(q)]


def delete_profile(s: Session, kind: str, name: str) -> bool:
    """True when a profile was deleted."""
    res = s.execute(delete(ImportProfile).where(ImportProfile.kind == check_profile_kind(kind),
                                                ImportProfile.name == (name or "").strip()))
    return bool(res.rowcount)
