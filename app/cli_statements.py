"""Bank statement commands (issue 7).

    python main.py import statement FILE [--format auto|camt|mt940|ofx|csv]
    python main.py statement lines [--status unmatched|auto|suggested|matched|ignored|all] [--json]

``import statement`` stores the file's new lines in one transaction and prints how many were
imported and how many skipped as duplicates (the same file again imports nothing). A file that
cannot be read exits 2 with a message naming it; the database is untouched.
JSON of ``statement lines``: one object per line; ``line_id`` is the bank's own line reference,
``id`` the database row; amounts signed (credit > 0) as decimal strings, dates ISO 8601.
"""

from __future__ import annotations

import argparse

from .cli import EXIT_OK, ArgumentError, _dump_json, _open, _print_table, tr
from .i18n import T
from .models.bank import LINE_STATUSES
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


def cmd_import_statement(args: argparse.Namespace) -> int:
    from .services.statements.store import import_statement, read_statement_file

    if getattr(args, "mapping", None):
        raise ArgumentError(T("--mapping does not apply to bank statements yet; use --format."))
    if getattr(args, "check", False):
        statements = read_statement_file(args.file, getattr(args, "format", "auto"))
        print(tr(T("{file}: {lines} lines in {statements} statements; nothing was written.")).format(
            file=args.file.name, lines=sum(len(s.lines) for s in statements),
            statements=len(statements)))
        return EXIT_OK
    with _open(args) as db:
        r = import_statement(db, args.file, fmt=getattr(args, "format", "auto"))
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


COMMANDS = {"statement": cmd_statement}
