"""``imports`` commands: see past imports, undo one.

    python main.py imports list [--json]
    python main.py imports undo ID --reason TEXT

``undo`` removes what the import created (invoices, credit notes, customers, payments with their
allocations) in one transaction, or refuses with the first record built on it since (exit 2).
JSON: one object per import, newest first; amounts as decimal strings, times ISO 8601 UTC.
"""

from __future__ import annotations

import argparse

from .cli import EXIT_OK, _dump_json, _open, _print_table, tr
from .i18n import T


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    grp = sub.add_parser("imports", parents=[common], help="past imports; undo one")
    gsub = grp.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = gsub.add_parser("list", parents=[common], help="list past imports, newest first")
    lst.add_argument("--json", action="store_true", help="JSON output")
    u = gsub.add_parser("undo", parents=[common],
                        help="remove what one import created (refused if anything was built on it)")
    u.add_argument("id", type=int, metavar="ID", help="the import's number (see 'imports list')")
    u.add_argument("--reason", required=True, metavar="TEXT", help="why (kept in the history)")


def _iso(dt) -> str | None:
    return None if dt is None else dt.isoformat(timespec="seconds") + "Z"


def cmd_imports(args: argparse.Namespace) -> int:
    return _undo(args) if args.action == "undo" else _list(args)


def _list(args: argparse.Namespace) -> int:
    from .money import format_minor
    from .services.importers.history import list_batches, local_time

    with _open(args) as db, db.engine.connect() as conn:
        rows = list_batches(conn)
    if args.json:
        _dump_json([{
            "id": b.id, "kind": b.kind, "file": b.name, "path": b.file_name, "at": _iso(b.at),
            "user": b.user, "rows_added": b.rows_added, "rows_unchanged": b.rows_unchanged,
            "rows_rejected": b.rows_rejected, "invoices": b.invoices, "credit_notes": b.credit_notes,
            "customers": b.customers, "payments": b.payments,
            "invoice_totals": [{"currency": cur, "amount": format_minor(m, cur, grouping=False)}
                               for cur, m in b.invoice_totals],
            "undone_at": _iso(b.undone_at), "undo_reason": b.undo_reason, "can_undo": b.can_undo,
            "why_not": None if b.why_not is None or b.undone else b.why_not.text(tr),
        } for b in rows])
        return EXIT_OK

    def state(b) -> str:
        if b.undone:
            return tr(T("undone {date}: {reason}")).format(
                date=local_time(b.undone_at).strftime("%Y-%m-%d %H:%M"), reason=b.undo_reason)
        if b.can_undo:
            return tr(T("can be undone"))
        return b.why_not.text(tr) if b.why_not else ""

    _print_table(
        ["#", tr(T("Imported")), tr(T("Kind")), tr(T("File")), tr(T("User")), tr(T("Added")),
         tr(T("Unchanged")), tr(T("Rejected")), tr(T("Undo"))],
        ([str(b.id), local_time(b.at).strftime("%Y-%m-%d %H:%M"), b.kind, b.name, b.user,
          str(b.rows_added), str(b.rows_unchanged), str(b.rows_rejected), state(b)] for b in rows),
        right={0, 5, 6, 7})
    return EXIT_OK


def _undo(args: argparse.Namespace) -> int:
    from .services.importers.history import undo_batch

    with _open(args) as db, db.session() as s:
        result = undo_batch(s, args.id, args.reason)
    print(result.summary(tr))
    return EXIT_OK


COMMANDS = {"imports": cmd_imports}
