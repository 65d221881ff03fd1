"""Command line: the same services as the window, for scripts and tests.

    python main.py [--db PATH] [--demo] [--as-of DATE]      open the window
    python main.py import customers|invoices|payments FILE [--mapping NAME] [--only-valid]
                                                  [--rejected OUT.csv] [--check]
    python main.py import statement FILE [--format auto|camt|mt940|ofx|csv]
    python main.py customers list [--json]
    python main.py invoices list [--status open|overdue|paid|disputed|cancelled|all] [--json]
    python main.py backup FILE | restore FILE | verify
    python main.py demo --customers N --invoices M [--db PATH]
    (command groups in app/cli_*.py: imports, writeoff, rates, aging, kpis, forecast, statement)

Exit codes: 0 ok, 2 the user's input was wrong (message on stderr naming file/row/field; the
database is untouched), 1 a bug (traceback saved to the log folder).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Sequence

from . import APP_NAME, __version__
from .config import Settings, default_db_path, demo_db_path, log_dir
from .errors import ImportRejected, UserError
from .i18n import MESSAGES_CONTEXT, T

EXIT_OK, EXIT_BUG, EXIT_USER = 0, 1, 2

_tr_cache: Callable[[str], str] | None = None


def tr(text: str) -> str:
    """Translate a 'messages' template for the terminal (Qt's translator, QtCore only)."""
    global _tr_cache
    if _tr_cache is None:
        _tr_cache = _load_cli_translator()
    return _tr_cache(text)


def _load_cli_translator() -> Callable[[str], str]:
    lang = Settings.load().language or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    if not lang.lower().startswith("zh"):
        return lambda s: s
    try:
        # A bare QTranslator answers lookups without a Q(Core)Application, so the window can
        # still create its own QApplication later in the same process.
        from PySide6.QtCore import QTranslator

        from .config import RESOURCES
        translator = QTranslator()
        if not translator.load(str(RESOURCES / "i18n" / "ardesk_zh_CN.qm")):
            return lambda s: s
        return lambda s: translator.translate(MESSAGES_CONTEXT, s) or s
    except ImportError:  # pragma: no cover - Qt is a dependency; keep the CLI usable anyway
        return lambda s: s


class ArgumentError(UserError):
    pass


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="database file (default: ARDesk's file in your user data folder)")
    common.add_argument("--as-of", type=_parse_date, default=argparse.SUPPRESS, dest="as_of",
                        help="work as of this date (YYYY-MM-DD), default today")

    p = argparse.ArgumentParser(prog="ardesk", parents=[common],
                                description=f"{APP_NAME} {__version__}: accounts receivable and "
                                            "collections. Without a command, opens the window.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--demo", action="store_true",
                   help="open the demo company (created in its own file the first time)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", parents=[common], help="import customers, invoices or payments from CSV/XLSX/XLS")
    imp.add_argument("kind", choices=["customers", "invoices", "payments", "statement"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--mapping", metavar="NAME", help="use a column mapping saved in the app")
    imp.add_argument("--only-valid", action="store_true",
                     help="import the valid rows even if others have errors")
    imp.add_argument("--rejected", type=Path, metavar="CSV",
                     help="write the rejected rows with their errors to this CSV")
    imp.add_argument("--check", action="store_true", help="validate only; write nothing")
    imp.add_argument("--credit-reason", metavar="TEXT", default="",
                     help="invoices: why customers may go past their credit warning line or limit "
                          "(kept in the audit log); without it such a file is refused")

    for name, helptext in (("customers", "list customers with balances"),
                           ("invoices", "list invoices and credit notes")):
        grp = sub.add_parser(name, parents=[common], help=helptext)
        gsub = grp.add_subparsers(dest="action", metavar="ACTION", required=True)
        lst = gsub.add_parser("list", parents=[common], help=helptext)
        lst.add_argument("--json", action="store_true", help="JSON output (amounts as decimal strings)")
        if name == "invoices":
            lst.add_argument("--status", default="all",
                             choices=["open", "overdue", "paid", "disputed", "cancelled", "all"])
            lst.add_argument("--customer", metavar="CODE", help="only this customer's invoices")

    b = sub.add_parser("backup", parents=[common], help="write a verified backup of the database")
    b.add_argument("file", type=Path)
    r = sub.add_parser("restore", parents=[common],
                       help="replace the database by a backup (verified first; the old file is kept)")
    r.add_argument("file", type=Path)
    sub.add_parser("verify", parents=[common], help="check the database's integrity")

    d = sub.add_parser("demo", parents=[common], help="write a demo company database")
    d.add_argument("--customers", type=_positive, default=300)
    d.add_argument("--invoices", type=_positive, default=6000)
    d.add_argument("--seed", type=int, default=None)
    d.add_argument("--force", action="store_true", help="replace the file if it exists")

    for module in _command_modules():
        module.add_parsers(sub, common)
    return p


# Further command groups live in their own modules (app/cli_*.py), each exposing
# ``add_parsers(subparsers, common_parent)`` and ``COMMANDS: dict[name, fn(args) -> int]``.
COMMAND_MODULES: tuple[str, ...] = ("app.cli_imports", "app.cli_ledger", "app.cli_forecast", "app.cli_reports", "app.cli_statements",
                                     "app.cli_reconcile", "app.cli_credit", "app.cli_letters", "app.cli_dunning", "app.cli_insurance", "app.cli_mail")


def _command_modules():
    import importlib
    return [importlib.import_module(name) for name in COMMAND_MODULES]


# --------------------------------------------------------------------------- helpers

def _db_path(args: argparse.Namespace) -> Path:
    db = getattr(args, "db", None)
    if db is not None:
        return Path(db)
    return demo_db_path() if getattr(args, "demo", False) else default_db_path()


def _as_of(args: argparse.Namespace) -> date:
    return getattr(args, "as_of", None) or date.today()


def _open(args: argparse.Namespace, *, create: bool = False):
    from .storage.db import Database
    db = Database.open(_db_path(args), create=create)
    _warn_location(db.path)
    return db


_warned: set[str] = set()


def _warn_location(path: Path) -> None:
    """Once per file: say so when the database is on a network drive or in a synced folder."""
    from .storage.location import location_warning

    if str(path) in _warned:
        return
    _warned.add(str(path))
    warning = location_warning(path)
    if warning is not None:
        _err(tr(T("Warning:")) + " " + warning.translated(tr))


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _print_table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: set[int]) -> None:
    rows = list(rows)
    widths = [len(h) for h in headers]
    for r in rows:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], _width(c))
    def fmt(r: Sequence[str]) -> str:
        return "  ".join(_pad(c, widths[i], i in right) for i, c in enumerate(r)).rstrip()
    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))


def _width(s: str) -> int:
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s: str, w: int, right: bool) -> str:
    gap = " " * (w - _width(s))
    return gap + s if right else s + gap


# --------------------------------------------------------------------------- commands

def cmd_import(args: argparse.Namespace) -> int:
    if args.kind == "statement":  # bank statements: app/cli_statements.py
        from .cli_statements import cmd_import_statement
        return cmd_import_statement(args)
    from .services.credit.gate import CreditGateRefused
    from .services.importers import import_file, write_rejected_csv

    with _open(args) as db:
        try:
            result = import_file(db, args.kind, args.file, mapping_name=args.mapping,
                                 only_valid=args.only_valid, check_only=args.check,
                                 as_of=_as_of(args), progress=_cli_progress(),
                                 credit_reason=args.credit_reason or "")
        except CreditGateRefused as exc:
            for c in exc.checks:
                template, params = c.message()
                _err(tr(template).format(**params))
            raise
        except ImportRejected as exc:
            for e in exc.errors:
                _err(e.text(tr))
            plan = getattr(exc, "plan", None)
            more = plan.all_error_count() - len(exc.errors) if plan is not None else 0
            if more > 0:        # a big file's plan keeps only its first errors
                _err(tr(T("… and {n} more error(s); --rejected FILE writes every rejected row with its "
                          "errors.")).format(n=f"{more:,}"))
            if args.rejected is not None and getattr(exc, "plan", None) is not None:
                write_rejected_csv(exc.plan, args.rejected)
                _err(tr(T("Rejected rows written to {path}")).format(path=args.rejected))
            raise
    if args.rejected is not None and result.plan is not None and result.rejected:
        write_rejected_csv(result.plan, args.rejected)
    print(result.summary(tr))
    for c in (result.plan.credit_checks if result.plan is not None else ()):
        template, params = c.message()
        print(tr(template).format(**params))
    return EXIT_OK


def _cli_progress():
    from .services.progress import Progress
    if not sys.stderr.isatty():
        return None
    def show(done: int, total: int, what: str) -> None:
        if total:
            print(f"\r{what} {done}/{total}", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)
    return Progress(show)


def cmd_customers(args: argparse.Namespace) -> int:
    from .money import format_minor
    from .services.queries import customer_rows

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        rows = customer_rows(conn, as_of)
    if args.json:
        out = []
        for r in rows:
            b = r.balance
            out.append({
                "code": r.code, "name": r.name, "currency": r.currency, "terms_days": r.terms_days,
                "credit_limit": None if r.credit_limit_minor is None
                else format_minor(r.credit_limit_minor, r.currency, grouping=False),
                "open_balance": format_minor(b.open_minor, r.currency, grouping=False),
                "overdue_balance": format_minor(b.overdue_minor, r.currency, grouping=False),
                "oldest_overdue_days": b.oldest_overdue_days, "active": r.active,
                "aliases": [a for a in r.aliases.split(" | ") if a],
                "other_currencies": [{"currency": o.currency,
                                      "open_balance": format_minor(o.open_minor, o.currency, grouping=False),
                                      "overdue_balance": format_minor(o.overdue_minor, o.currency,
                                                                      grouping=False)}
                                     for o in r.other_balances],
            })
        _dump_json(out)
        return EXIT_OK
    _print_table(
        [tr(T("Code")), tr(T("Name")), tr(T("Cur.")), tr(T("Terms")), tr(T("Credit limit")),
         tr(T("Open")), tr(T("Overdue")), tr(T("Oldest"))],
        ([r.code, r.name, r.currency, str(r.terms_days),
          "" if r.credit_limit_minor is None else format_minor(r.credit_limit_minor, r.currency),
          format_minor(r.balance.open_minor, r.currency), format_minor(r.balance.overdue_minor, r.currency),
          str(r.balance.oldest_overdue_days) if r.balance.overdue_minor else ""] for r in rows),
        right={3, 4, 5, 6, 7})
    return EXIT_OK


def cmd_invoices(args: argparse.Namespace) -> int:
    from .money import format_minor
    from .services.queries import KINDS, STATUSES, day_to_date, load_invoice_table

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        t = load_invoice_table(conn, as_of)
    keep = _invoice_status_filter(t, args.status)
    if args.customer:
        want = {i for i, c in enumerate(t.customer_codes) if c == args.customer}
        if not want:
            raise ArgumentError(T("Unknown customer code {code}."), code=args.customer)
        keep_c = keep
        keep = lambda i: keep_c(i) and t.customer[i] in want  # noqa: E731
    idx = [i for i in range(len(t)) if keep(i)]
    if args.json:
        out = [{
            "number": t.number[i], "kind": KINDS[t.kind[i]],
            "customer_code": t.customer_codes[t.customer[i]],
            "customer_name": t.customer_names[t.customer[i]],
            "issue_date": day_to_date(t.issue[i]).isoformat(),
            "due_date": day_to_date(t.due[i]).isoformat(), "currency": t.currency[i],
            "amount": format_minor(t.amount[i], t.currency[i], grouping=False),
            "open_amount": format_minor(t.open[i], t.currency[i], grouping=False),
            "status": STATUSES[t.status[i]], "days_overdue": t.days_overdue(i), "po": t.po[i],
        } for i in idx]
        _dump_json(out)
        return EXIT_OK
    _print_table(
        [tr(T("Number")), tr(T("Customer")), tr(T("Issued")), tr(T("Due")), tr(T("Cur.")),
         tr(T("Amount")), tr(T("Open")), tr(T("Status")), tr(T("Days overdue"))],
        ([t.number[i], t.customer_codes[t.customer[i]], day_to_date(t.issue[i]).isoformat(),
          day_to_date(t.due[i]).isoformat(), t.currency[i], format_minor(t.amount[i], t.currency[i]),
          format_minor(t.open[i], t.currency[i]), tr(_STATUS_TEXT[STATUSES[t.status[i]]]),
          str(t.days_overdue(i) or "")] for i in idx),
        right={5, 6, 8})
    return EXIT_OK


# the words the terminal shows for a status (JSON keeps the codes)
_STATUS_TEXT = {"open": T("open"), "partly_paid": T("partly paid"), "paid": T("paid"),
                "cancelled": T("cancelled"), "disputed": T("disputed"), "written_off": T("written off")}


def _invoice_status_filter(t, status: str) -> Callable[[int], bool]:
    from .services.queries import STATUSES

    if status == "all":
        return lambda i: True
    if status == "open":
        return t.is_open
    if status == "overdue":
        return t.is_overdue
    code = STATUSES.index(status)
    return lambda i: t.status[i] == code


def cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as db:
        info = db.backup(args.file)
    print(tr(T("Backup written and verified: {path} ({customers} customers, {invoices} invoices)"))
          .format(path=info.path, customers=info.customers, invoices=info.invoices))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .storage.backup import restore_database
    from .storage.lock import DbLock

    target = _db_path(args)
    lock = DbLock.acquire(target)  # nobody else may have it open while we swap files
    try:
        info, saved = restore_database(args.file, target)
    finally:
        lock.release()
    print(tr(T("Restored {path} from {backup} ({customers} customers, {invoices} invoices)."))
          .format(path=target, backup=args.file, customers=info.customers, invoices=info.invoices))
    if saved is not None:
        print(tr(T("The replaced database was saved as {path}")).format(path=saved))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from .storage.backup import verify_backup

    path = _db_path(args)
    with _open(args):
        pass  # opening checks schema version and quick_check, under the lock
    info = verify_backup(path)
    print(tr(T("{path}: integrity ok ({customers} customers, {invoices} invoices)."))
          .format(path=path, customers=info.customers, invoices=info.invoices))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    path = _db_path(args)
    if path.exists():
        if not args.force:
            raise ArgumentError(T("{path} already exists; use --force to replace it."), path=str(path))
        for suffix in ("", "-wal", "-shm"):
            p = path.with_name(path.name + suffix)
            if p.exists():
                p.unlink()
    summary = create_demo_database(path, _as_of(args), customers=args.customers,
                                   invoices=args.invoices, seed=args.seed)
    print(tr(T("Demo company written to {path}: {customers} customers, {invoices} invoices."))
          .format(path=path, customers=summary.customers, invoices=summary.invoices))
    return EXIT_OK


def create_demo_database(path: Path, as_of: date, *, customers: int = 300, invoices: int = 6000,
                         seed: int | None = None, progress=None):
    """Create ``path`` and fill it with the demo company; on any failure no file is left."""
    from .services.demo import generate_demo
    from .storage.db import Database

    kwargs = {} if seed is None else {"seed": seed}
    with Database.create_new(path) as db:
        try:
            return generate_demo(db, customers=customers, invoices=invoices, as_of=as_of,
                                 progress=progress or _cli_progress(), **kwargs)
        except BaseException:
            db.close()
            for suffix in ("", "-wal", "-shm"):
                p = path.with_name(path.name + suffix)
                if p.exists():
                    p.unlink()
            raise


def _dump_json(obj: object) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_gui(args: argparse.Namespace) -> int:
    db_path = getattr(args, "db", None)
    as_of = getattr(args, "as_of", None)
    if args.demo:
        db_path = db_path or demo_db_path()
        if not Path(db_path).exists():
            print(tr(T("Creating the demo company in {path} …")).format(path=db_path), file=sys.stderr)
            create_demo_database(Path(db_path), as_of or date.today())
    from .ui.app import run_gui
    return run_gui(Path(db_path) if db_path else None, demo=args.demo, as_of=as_of)


COMMANDS = {"import": cmd_import, "customers": cmd_customers, "invoices": cmd_invoices,
            "backup": cmd_backup, "restore": cmd_restore, "verify": cmd_verify, "demo": cmd_demo}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return cmd_gui(args)
        commands = dict(COMMANDS)
        for module in _command_modules():
            commands.update(module.COMMANDS)
        return commands[args.command](args)
    except UserError as exc:
        _err(exc.translated(tr))
        if not isinstance(exc, ImportRejected):
            for d in exc.details:
                _err("  " + d)
        return EXIT_USER
    except KeyboardInterrupt:
        _err(tr(T("Interrupted; nothing was changed.")))
        return EXIT_USER
    except BrokenPipeError:
        # output piped into `head` and the like: the reader went away, not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception:  # noqa: BLE001 - a bug: report it, save it, exit 1
        tb = traceback.format_exc()
        path = log_dir() / f"crash-{datetime.now():%Y%m%d-%H%M%S}.log"
        try:
            path.write_text(tb, encoding="utf-8")
        except OSError:
            pass
        _err(tb)
        _err(tr(T("This is a bug in ARDesk; the details were saved to {path}")).format(path=path))
        return EXIT_BUG
