"""Errors the user can fix (bad file, value, locked database) versus bugs.

A ``UserError`` carries an English message template (marked for translation) and its
parameters; ``str()`` gives the English text, ``translated(tr)`` the text in the UI language.
The CLI prints it and exits 2; the GUI shows it in a dialog. Anything else is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping


class UserError(Exception):
    exit_code = 2

    def __init__(self, template: str, /, details: list[str] | None = None, **params: object) -> None:
        self.template = template
        self.params: Mapping[str, object] = params
        self.details = list(details or [])
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def translated(self, tr: Callable[[str], str]) -> str:
        try:
            return tr(self.template).format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message


class DatabaseError(UserError):
    """The database file cannot be used as asked (missing, read-only, newer, broken, in use)."""


class DatabaseInUse(DatabaseError):
    pass


class DatabaseTooNew(DatabaseError):
    pass


class ValidationError(UserError):
    """A value the user entered is not acceptable; ``field`` names it."""

    def __init__(self, template: str, /, field: str = "", **params: object) -> None:
        self.field = field
        super().__init__(template, **params)


@dataclass(frozen=True)
class RowError:
    """One problem in an input file: where and what."""

    file: str
    row: int            # 1-based row number as the user sees it in Excel (header is row 1)
    column: str         # header text as in the file ('' when it concerns the whole row)
    message: str        # English template
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, tr: Callable[[str], str] | None = None) -> str:
        tmpl = tr(self.message) if tr else self.message
        try:
            msg = tmpl.format(**self.params)
        except (KeyError, IndexError, ValueError):
            msg = self.message.format(**self.params)
        col = f", column {self.column}" if self.column else ""
        return f"{self.file}, row {self.row}{col}: {msg}"


class ImportRejected(UserError):
    """An import found errors; nothing was written. ``errors`` lists every one of them."""

    def __init__(self, file: str, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("{file}: {count} row error(s), nothing was imported",
                         details=[e.text() for e in errors], file=file, count=len(errors))
