"""Letter commands (issue 6): customer statements as PDF.

    python main.py letters statement --customer CODE --pdf FILE [--language zh|en] [--as-of DATE]
                                     [--page-size A4|Letter]
    python main.py letters statement --all (--dir DIR | --pdf FILE) [--language zh|en] [--as-of DATE]

``--customer`` writes one customer's statement (open items, recent payments, aging summary as
of the date) to FILE. ``--all`` writes one for every customer with open items: one PDF each in
DIR (``<code>-statement-<date>.pdf``) and/or all of them in one FILE for printing. The language
is the customer's letter language unless ``--language`` says otherwise. Files are written to a
temporary name and moved into place. Exit codes: 0 ok, 2 bad input, 1 a bug.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli import EXIT_OK, ArgumentError, _as_of, _open, tr
from .i18n import T


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    grp = sub.add_parser("letters", parents=[common], help="customer statements and letters as PDF")
    gsub = grp.add_subparsers(dest="action", metavar="ACTION", required=True)
    st = gsub.add_parser("statement", parents=[common],
                         help="statement of account (open items, payments, aging) as PDF")
    who = st.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", metavar="CODE", help="the customer's code")
    who.add_argument("--all", action="store_true", help="every customer with open items")
    st.add_argument("--pdf", type=Path, metavar="FILE", help="the PDF to write (with --all: all in one file)")
    st.add_argument("--dir", type=Path, metavar="DIR", help="with --all: one PDF per customer in DIR")
    st.add_argument("--language", choices=["zh", "en"], help="default: each customer's letter language")
    st.add_argument("--page-size", choices=["A4", "Letter"], default="A4")


def cmd_letters(args: argparse.Namespace) -> int:
    from .services.letters.layout import write_atomic
    from .services.letters.statement import render_statement, render_statements

    as_of = _as_of(args)
    if args.customer is not None:
        if args.pdf is None or args.dir is not None:
            raise ArgumentError(T("letters statement --customer needs --pdf FILE (and no --dir)."))
        with _open(args) as db, db.engine.connect() as conn:
            cid = conn.exec_driver_sql("SELECT id FROM customer WHERE code = ?", (args.customer,)).scalar()
            if cid is None:
                raise ArgumentError(T("Unknown customer code {code}."), code=args.customer)
            pdf = render_statement(conn, cid, as_of, args.language, page_size=args.page_size)
        path = write_atomic(args.pdf, pdf)
        print(tr(T("Wrote {path}")).format(path=path))
        return EXIT_OK
    if args.pdf is None and args.dir is None:
        raise ArgumentError(T("letters statement --all needs --dir DIR or --pdf FILE."))
    with _open(args) as db, db.engine.connect() as conn:
        written = render_statements(conn, as_of, directory=args.dir, path=args.pdf,
                                    language=args.language, page_size=args.page_size)
    count = len(written) - (1 if args.pdf is not None and written else 0)
    if args.dir is not None:
        print(tr(T("Wrote {count} statements to {dir}")).format(count=count, dir=args.dir))
    if args.pdf is not None:
        if written:
            print(tr(T("Wrote {path}")).format(path=written[-1]))
        else:
            print(tr(T("No customer has open items on {date}; nothing was written.")).format(
                date=as_of.isoformat()))
    return EXIT_OK


COMMANDS = {"letters": cmd_letters}
