"""Bank statement commands (issue 7).

    python main.py import statement FILE [--format auto|camt|mt940|ofx|csv] [--mapping NAME] [--check]
    python main.py statement lines [--status unmatched|auto|suggested|matched|ignored|all] [--json]
    python main.py statement mapping save NAME FILE [--booking-date COLUMN] [--value-date COLUMN]
                   [--amount COLUMN [--direction COLUMN] | --credit COLUMN --debit COLUMN]
                   [--currency COLUMN | --fixed-currency CCY] [--counterparty-name COLUMN]
                   [--counterparty-account COLUMN] [--remittance COLUMN]… [--bank-ref COLUMN]
                   [--account COLUMN | --fixed-account ACCOUNT] [--date-order auto|DMY|MDY]
                   [--decimal-mark auto|.|,] [--header-row N] [--sheet NAME]
    python main.py statement mapping list [--json] | delete NAME

``import statement`` stores the file's new lines in one transaction and prints how many were
imported and how many skipped as duplicates (the same file again imports nothing). A file that
cannot be read exits 2 with a message naming it; the database is untouched. ``--format csv``
reads a Chinese bank's export, else any CSV/XLSX/XLS whose headers are recognisable (English,
German, Chinese …); ``--mapping NAME`` reads another bank's layout through a saved mapping. A
file with bad rows is refused whole, every error listed (file, row, column).
``statement mapping save`` starts from the columns detected in FILE, applies the columns given
(header text, ``#N`` for the N-th column, ``-`` for none), checks that FILE reads with it, and
saves it under NAME (replacing one of that name).
JSON of ``statement lines``: one object per line; ``line_id`` is the bank's own line reference,
``id`` the database row; amounts signed (credit > 0) as decimal strings, dates ISO 8601.
"""

from __future__ import annotations

import argparse

from pathlib import Path

from .cli import EXIT_OK, _dump_json, _err, _open, _print_table, tr
from .errors import ImportRejected, ValidationError
from .i18n import T
from .models.bank import LINE_STATUSES
from .services.importers.values import DATE_ORDERS, DECIMAL_MARKS
from .services.statements.generic import FIELDS, MULTI_FIELD
from .services.statements.store import FORMATS

_STATUS_TEXT = {"unmatched": T("unmatched"), "auto": T("auto-matched"), "suggested": T("suggested"),
                "matched": T("matched"), "ignored": T("ignored")}


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    imp = sub.choices.get("import")
    if imp is not None:      # `import statement` shares app.cli's `import` command
        imp.add_argument("--format", choices=FORMATS, default="auto",
                         help="statement file format (import statement only; default: detect)")
    grp = sub.add_parser("statement", parents=[common], help="imported bank statement lines")
    gsub = grp.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = gsub.add_parser("lines", parents=[common], help="list imported statement lines")
    lst.add_argument("--status", default="all", choices=[*LINE_STATUSES, "all"])
    lst.add_argument("--json", action="store_true", help="JSON output (amounts as decimal strings)")
    _add_mapping_parsers(gsub, common)


def _add_mapping_parsers(gsub, common: argparse.ArgumentParser) -> None:
    mp = gsub.add_parser("mapping", parents=[common],
                         help="saved column mappings for other banks' CSV/XLSX/XLS statements")
    msub = mp.add_subparsers(dest="mapping_action", metavar="ACTION", required=True)
    ml = msub.add_parser("list", parents=[common], help="list the saved statement mappings")
    ml.add_argument("--json", action="store_true", help="JSON output")
    md = msub.add_parser("delete", parents=[common], help="delete a saved statement mapping")
    md.add_argument("name", metavar="NAME")
    ms = msub.add_parser("save", parents=[common],
                         help="save the columns of FILE (detected, changed by the options) as NAME")
    ms.add_argument("name", metavar="NAME")
    ms.add_argument("file", type=Path, metavar="FILE", help="a statement file of this layout")
    for f in FIELDS:
        flag = "--" + f.name.replace("_", "-")
        if f.name == MULTI_FIELD:
            ms.add_argument(flag, action="append", metavar="COLUMN",
                            help="remittance column (repeat to combine several, in order)")
        else:
            ms.add_argument(flag, metavar="COLUMN", dest=f"col_{f.name}",
                            help=f"{f.label.lower()}: header text, #N or - for none")
    ms.add_argument("--fixed-currency", metavar="CCY", help="currency of every line (no currency column)")
    ms.add_argument("--fixed-account", metavar="ACCOUNT", help="own account (no account column)")
    ms.add_argument("--date-order", choices=DATE_ORDERS, help="how to read a/b/yyyy dates")
    ms.add_argument("--decimal-mark", choices=DECIMAL_MARKS, help="decimal mark of the amounts")
    ms.add_argument("--header-row", type=int, metavar="N", help="row number of the header (default: detect)")
    ms.add_argument("--sheet", metavar="NAME", help="worksheet (XLSX/XLS)")


def _report_rejected(exc: ImportRejected) -> None:
    for e in exc.errors:
        _err(e.text(tr))


def cmd_import_statement(args: argparse.Namespace) -> int:
    from .services.statements.generic import load_statement_mapping
    from .services.statements.store import import_statement, read_statement_file

    fmt = getattr(args, "format", "auto")
    try:
        if getattr(args, "check", False):
            mapping = None
            if getattr(args, "mapping", None):
                with _open(args) as db, db.read_session() as s:
                    mapping = load_statement_mapping(s, args.mapping)
            statements = read_statement_file(args.file, fmt, mapping)
            print(tr(T("{file}: {lines} lines in {statements} statements; nothing was written.")).format(
                file=args.file.name, lines=sum(len(s.lines) for s in statements),
                statements=len(statements)))
            return EXIT_OK
        with _open(args) as db:
            r = import_statement(db, args.file, fmt=fmt, mapping=getattr(args, "mapping", None) or None)
    except ImportRejected as exc:
        _report_rejected(exc)
        raise
    if r.file_already_imported:
        text = T("{file} was imported before: nothing imported, {skipped} lines skipped as duplicates.")
    else:
        text = T("{file}: {imported} lines imported, {skipped} skipped as duplicates "
                 "({statements} statements).")
    print(tr(text).format(file=r.file_name, imported=r.lines_imported,
                          skipped=r.lines_skipped_duplicates, statements=r.statements))
    return EXIT_OK


def cmd_statement(args: argparse.Namespace) -> int:
    from .money import format_minor
    from .services.statements.store import list_lines

    if args.action == "mapping":
        return _mapping(args)

    with _open(args) as db, db.engine.connect() as conn:
        lines = list_lines(conn, None if args.status == "all" else args.status)
    if args.json:
        _dump_json([{
            "line_id": ln.bank_ref, "id": ln.id, "account": ln.account,
            "booking_date": ln.booking_date.isoformat(),
            "value_date": None if ln.value_date is None else ln.value_date.isoformat(),
            "amount": format_minor(ln.amount_minor, ln.currency, grouping=False),
            "currency": ln.currency, "counterparty_name": ln.counterparty_name,
            "counterparty_account": ln.counterparty_account, "remittance": ln.remittance,
            "reversal": ln.reversal, "status": ln.status,
        } for ln in lines])
        return EXIT_OK
    _print_table(
        [tr(T("Line")), tr(T("Booked")), tr(T("Amount")), tr(T("Cur.")), tr(T("Counterparty")),
         tr(T("Remittance")), tr(T("Status"))],
        ([ln.bank_ref, ln.booking_date.isoformat(), format_minor(ln.amount_minor, ln.currency),
          ln.currency, ln.counterparty_name[:40], " ".join(ln.remittance.split())[:60],
          tr(_STATUS_TEXT[ln.status])] for ln in lines),
        right={2})
    return EXIT_OK


def _column(value: str | None, headers: list[str], file: str) -> int | None:
    """A column named on the command line: header text, '#N' (N-th column) or '-' (none)."""
    from .services.importers.fields import column_label, normalize_header

    assert value is not None
    v = value.strip()
    if v == "-":
        return None
    if v.startswith("#") and v[1:].isdigit() and int(v[1:]) >= 1:
        return int(v[1:]) - 1
    key = normalize_header(v)
    for i, h in enumerate(headers):
        if key and normalize_header(h) == key:
            return i
    raise ValidationError(T("{file} has no column {column}; its columns are: {columns}."), field="column",
                          file=file, column=v,
                          columns=", ".join(column_label(headers, i) for i in range(len(headers))))


def _mapping_save(args: argparse.Namespace) -> int:
    from .services.statements.generic import parse_with_mapping, preview_statement, save_statement_mapping

    pv = preview_statement(args.file, header_row=args.header_row, sheet=args.sheet)
    headers, m = pv.table.headers, pv.mapping
    for f in FIELDS:
        value = args.remittance if f.name == MULTI_FIELD else getattr(args, f"col_{f.name}")
        if value is None:
            continue
        if f.name == MULTI_FIELD:
            cols = [_column(v, headers, args.file.name) for v in value]
            m = m.with_column(f.name, [c for c in cols if c is not None])
        else:
            m = m.with_column(f.name, _column(value, headers, args.file.name))
    asked_amount = args.col_amount not in (None, "-")
    asked_split = any(v not in (None, "-") for v in (args.col_credit, args.col_debit))
    if asked_split and not asked_amount:
        m = m.with_column("amount", None).with_column("direction", None)
    if asked_amount and not asked_split:
        m = m.with_column("credit", None).with_column("debit", None)
    options = {k: v for k, v in (("currency", args.fixed_currency), ("account", args.fixed_account),
                                 ("date_order", args.date_order), ("decimal_mark", args.decimal_mark))
               if v is not None}
    m = m.with_options(**options)
    try:
        statements = parse_with_mapping(pv, m)
    except ImportRejected as exc:
        _report_rejected(exc)
        raise
    with _open(args) as db, db.session() as s:
        p = save_statement_mapping(s, args.name, headers, m)
    print(tr(T("Saved the statement mapping {name}; {file} reads as {lines} lines.")).format(
        name=p.name, file=args.file.name, lines=sum(len(st.lines) for st in statements)))
    _print_mapping(p.mapping, p.settings)
    return EXIT_OK


def _print_mapping(mapping: dict, settings: dict) -> None:
    rows = []
    for f in FIELDS:
        v = mapping.get(f.name)
        text = " + ".join(v) if isinstance(v, list) else (v or "")
        if f.name == "currency" and not v and settings.get("currency"):
            text = tr(T("fixed: {value}")).format(value=settings["currency"])
        if f.name == "account" and not v and settings.get("account"):
            text = tr(T("fixed: {value}")).format(value=settings["account"])
        rows.append([tr(f.label), text])
    _print_table([tr(T("Field")), tr(T("Column"))], rows, right=set())


def _mapping(args: argparse.Namespace) -> int:
    from .services.statements.generic import delete_statement_mapping, list_statement_mappings

    if args.mapping_action == "save":
        return _mapping_save(args)
    if args.mapping_action == "delete":
        with _open(args) as db, db.session() as s:
            if not delete_statement_mapping(s, args.name):
                raise ValidationError(T("There is no saved statement mapping named {name}."),
                                      field="name", name=args.name)
        print(tr(T("Deleted the statement mapping {name}.")).format(name=args.name))
        return EXIT_OK
    with _open(args) as db, db.read_session() as s:
        profiles = list_statement_mappings(s)
    if args.json:
        _dump_json([{"name": p.name, "mapping": p.mapping, "settings": p.settings} for p in profiles])
        return EXIT_OK
    for p in profiles:
        print(p.name)
        _print_mapping(p.mapping, p.settings)
        print()
    return EXIT_OK


COMMANDS = {"statement": cmd_statement}
