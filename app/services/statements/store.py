"""Storing imported statements: read a file, keep every line once, list what is stored.

Nothing twice:

* the same file again (same SHA-256) stores nothing;
* a line the bank gave a real reference is identified by (own account, reference); when one file
  repeats a reference for lines of different content, the repeats are told apart by content;
* a line whose reference the parser had to synthesize (``SYN-``/``MT-``/``CN-`` + 20 hex digits,
  because the bank gave none) is identified by (own account, booking date, amount, currency,
  counterparty, remittance) and its occurrence count within the file — so two genuinely identical
  payments in one statement are both kept, and a later overlapping file with the same two lines
  adds neither.

The identity is hashed into ``BankLine.dedupe_key`` (unique in the database).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from ...errors import UserError, ValidationError
from ...i18n import T
from ...models.bank import LINE_STATUSES, BankLine, BankStatement
from ..audit import audit
from .camt import looks_like_camt, parse_camt
from .cn_banks import looks_like_cn_bank
from .generic import MappingArg, load_statement_mapping, parse_bank_table, parse_generic, \
    preview_statement
from .model import ParsedLine, ParsedStatement, StatementError
from .mt940 import looks_like_mt940, parse_mt940
from .ofx import looks_like_ofx, parse_ofx

FORMATS = ("auto", "camt", "mt940", "ofx", "csv")
_SYNTHETIC = re.compile(r"^(SYN|MT|CN)-[0-9a-f]{20}$")
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class StatementImportResult:
    file_name: str
    lines_imported: int
    lines_skipped_duplicates: int
    statements: int                      # statements in the file
    file_already_imported: bool
    statement_ids: tuple[int, ...] = ()  # rows created (none when the file was imported before)


@dataclass(frozen=True, slots=True)
class StoredLine:
    id: int                              # database id
    bank_ref: str                        # the bank's own line reference (the CLI's line_id)
    statement_id: int
    account: str
    booking_date: date
    value_date: date | None
    amount_minor: int                    # signed: credit > 0
    currency: str
    counterparty_name: str
    counterparty_account: str
    remittance: str
    reversal: bool
    status: str
    extra: tuple[tuple[str, str], ...] = ()   # what the parser kept besides (tx code, customer ref…)


# ----------------------------------------------------------------------------- reading

def detect_format(data: bytes, file_name: str) -> str:
    """'camt' | 'ofx' | 'mt940' | 'csv' (a Chinese bank's CSV/XLS/XLSX export, or a table whose
    headers map date, amount and currency), else StatementError (``MappingIncomplete`` for a
    table with some recognisable statement columns)."""
    if looks_like_camt(data):
        return "camt"
    if looks_like_ofx(data):
        return "ofx"
    if looks_like_mt940(data):
        return "mt940"
    if looks_like_cn_bank(data, file_name):
        return "csv"
    _generic_or_refuse(data, file_name)
    return "csv"


def _generic_or_refuse(data: bytes, file_name: str) -> None:
    try:
        pv = preview_statement(data, file_name)
    except UserError:
        pv = None
    if pv is not None and pv.complete:
        return
    if pv is not None and pv.mapping.used_columns():      # a table with some statement columns
        pv.raise_incomplete()
    raise StatementError(T("{file}: not a bank statement ARDesk can read (camt.052/053/054, "
                           "MT940/MT942, OFX or a Chinese bank's CSV/XLS/XLSX export)."),
                         file=file_name)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise StatementError(T("{file}: the file cannot be read ({reason})."),
                             file=str(path), reason=exc.strerror or type(exc).__name__) from None


def _parse(data: bytes, path: Path, fmt: str, mapping: MappingArg | None = None) -> list[ParsedStatement]:
    name = path.name
    if mapping is not None:
        if fmt not in ("auto", "csv"):
            raise ValidationError(T("A column mapping applies only to CSV/XLSX/XLS statements "
                                    "(format csv or auto), not to {format}."), field="format", format=fmt)
        fmt = "mapped"
    if fmt == "auto":
        fmt = detect_format(data, name)
    if fmt == "camt":
        statements = parse_camt(data, name)
    elif fmt == "ofx":
        statements = parse_ofx(data, name)
    elif fmt == "mt940":
        statements = parse_mt940(data, name)
    elif fmt == "csv":
        statements = parse_bank_table(data, name)
    elif fmt == "mapped":
        statements = parse_generic(data, name, mapping=mapping)
    else:
        raise ValidationError(T("Unknown statement format {format}."), field="format", format=fmt)
    if not statements:
        raise StatementError(T("{file}: the file contains no statement."), file=name)
    return statements


def read_statement_file(path: str | Path, fmt: str = "auto",
                        mapping: MappingArg | None = None) -> list[ParsedStatement]:
    """The statements in one file (StatementError naming the file when it cannot be read).

    ``mapping`` (a ``StatementMapping`` or a saved statement ``Profile``) reads a CSV/XLSX/XLS
    file through it; without one, ``csv`` is a Chinese bank's export or recognisable headers.
    """
    path = Path(path)
    return _parse(_read_bytes(path), path, fmt, mapping)


# ----------------------------------------------------------------------------- identity

def _norm_account(account: str) -> str:
    return "".join(account.split()).upper()


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _content(account: str, ln: ParsedLine) -> tuple[str, ...]:
    return (account, ln.booking_date.isoformat(), str(ln.amount_minor), ln.currency,
            ln.counterparty_name.strip(), _norm_account(ln.counterparty_account),
            " ".join(ln.remittance.split()), "R" if ln.reversal else "")


def line_keys(statements: list[ParsedStatement]) -> list[list[str]]:
    """The dedupe key of every line of one file, per statement (see the module docstring)."""
    first_content: dict[tuple[str, str], tuple[str, ...]] = {}
    seen: dict[tuple, int] = {}
    out: list[list[str]] = []
    for st in statements:
        account = _norm_account(st.account)
        keys: list[str] = []
        for ln in st.lines:
            content = _content(account, ln)
            if _SYNTHETIC.match(ln.bank_ref):
                n = seen.get(("syn",) + content, 0)
                seen[("syn",) + content] = n + 1
                keys.append(_digest("syn", *content, n))
                continue
            ref_id = (account, ln.bank_ref)
            first = first_content.setdefault(ref_id, content)
            n = seen.get(ref_id + content, 0)
            seen[ref_id + content] = n + 1
            if content == first and n == 0:
                keys.append(_digest("ref", account, ln.bank_ref))
            else:                          # the bank repeated its reference in this file
                keys.append(_digest("ref", account, ln.bank_ref, *content, n))
        out.append(keys)
    return out


# ----------------------------------------------------------------------------- storing

def import_statement(db, path: str | Path, *, fmt: str = "auto",
                     mapping: MappingArg | str | None = None) -> StatementImportResult:
    """Store the file's statements and its new lines in one transaction (see module docstring).

    ``mapping``: a saved statement mapping's name, a ``Profile`` or a ``StatementMapping``.
    A file that cannot be read is refused with a StatementError before anything is written.
    """
    path = Path(path)
    if isinstance(mapping, str):
        with db.read_session() as s:
            mapping = load_statement_mapping(s, mapping)
    data = _read_bytes(path)
    statements = _parse(data, path, fmt, mapping)
    sha = hashlib.sha256(data).hexdigest()
    total = sum(len(st.lines) for st in statements)
    with db.session() as s:
        if s.scalar(select(BankStatement.id).where(BankStatement.file_sha256 == sha).limit(1)):
            return StatementImportResult(path.name, 0, total, len(statements), True)
        return _store(s, path, sha, statements, total)


def _existing_keys(s: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i:i + _CHUNK]
        found.update(s.scalars(select(BankLine.dedupe_key).where(BankLine.dedupe_key.in_(chunk))))
    return found


def _store(s: Session, path: Path, sha: str, statements: list[ParsedStatement],
           total: int) -> StatementImportResult:
    all_keys = line_keys(statements)
    known = _existing_keys(s, [k for keys in all_keys for k in keys])
    imported = 0
    ids: list[int] = []
    for st, keys in zip(statements, all_keys):
        row = BankStatement(file_sha256=sha, file_name=path.name, format=st.format,
                            account=st.account, currency=st.currency, statement_id=st.statement_id,
                            period_start=st.period_start, period_end=st.period_end,
                            opening_balance_minor=st.opening_balance_minor,
                            closing_balance_minor=st.closing_balance_minor)
        s.add(row)
        s.flush()
        ids.append(row.id)
        account = _norm_account(st.account)
        rows = []
        for ln, key in zip(st.lines, keys):
            if key in known:
                continue
            known.add(key)
            rows.append({
                "statement_id": row.id, "account": account, "bank_ref": ln.bank_ref,
                "booking_date": ln.booking_date, "value_date": ln.value_date,
                "amount_minor": ln.amount_minor, "currency": ln.currency,
                "counterparty_name": ln.counterparty_name,
                "counterparty_account": ln.counterparty_account, "remittance": ln.remittance,
                "reversal": ln.reversal, "raw": ln.raw, "status": "unmatched", "dedupe_key": key,
                "extra": json.dumps(dict(ln.extra), ensure_ascii=False) if ln.extra else "",
            })
        if rows:
            s.execute(insert(BankLine), rows)
        imported += len(rows)
    audit(s, "bank_statement", ids[0], "import", None,
          f"{imported} lines imported, {total - imported} skipped as duplicates, "
          f"{len(statements)} statements", reason=str(path))
    return StatementImportResult(path.name, imported, total - imported, len(statements), False,
                                 tuple(ids))


# ----------------------------------------------------------------------------- reading back

def list_lines(conn: Connection, status: str | None = None) -> list[StoredLine]:
    """Every stored line (or those with ``status``), by booking date then import order."""
    t = BankLine.__table__
    q = select(t.c.id, t.c.bank_ref, t.c.statement_id, t.c.account, t.c.booking_date,
               t.c.value_date, t.c.amount_minor, t.c.currency, t.c.counterparty_name,
               t.c.counterparty_account, t.c.remittance, t.c.reversal, t.c.status, t.c.extra)
    if status is not None:
        if status not in LINE_STATUSES:
            raise ValidationError(T("Unknown line status {status}."), field="status", status=status)
        q = q.where(t.c.status == status)
    return [StoredLine(*r[:-1], tuple(json.loads(r[-1]).items()) if r[-1] else ())
            for r in conn.execute(q.order_by(t.c.booking_date, t.c.id))]
