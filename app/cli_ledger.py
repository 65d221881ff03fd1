"""Command-line commands for write-offs and exchange rates (``import payments`` is in cli.py).

    python main.py writeoff INVOICE_NUMBER --reason TEXT [--date D]
    python main.py writeoff reverse INVOICE_NUMBER --reason TEXT
    python main.py rates import FILE [--only-valid] [--check]
    python main.py rates set DATE CUR RATE
    python main.py rates remove DATE CUR
    python main.py rates list [--currency CUR] [--json]

The write-off date defaults to ``--as-of`` (else today). Rates are home-currency units per one
unit of the currency, written with a decimal point (7.1234). Exit codes as everywhere: 0 ok,
2 the input was wrong (nothing changed), 1 a bug.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .cli import EXIT_OK, ArgumentError, _as_of, _dump_json, _err, _open, _parse_date, _print_table, tr
from .errors import ImportRejected
from .i18n import T


def _rate(text: str) -> Decimal:
    try:
        d = Decimal(text.strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not a rate (e.g. 7.1234): {text!r}") from None
    if not d.is_finite():
        raise argparse.ArgumentTypeError(f"not a rate (e.g. 7.1234): {text!r}")
    return d


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    wo = sub.add_parser("writeoff", parents=[common],
                        help="write off an invoice's open balance as bad debt, or reverse a write-off",
                        usage="%(prog)s [reverse] INVOICE_NUMBER --reason TEXT [--date D]")
    wo.add_argument("target", nargs="+", metavar="INVOICE_NUMBER",
                    help="the invoice number; 'reverse INVOICE_NUMBER' reverses its write-off")
    wo.add_argument("--reason", required=True, help="why (kept in the history)")
    wo.add_argument("--date", type=_parse_date, default=None,
                    help="write-off date (YYYY-MM-DD), default --as-of or today")

    rates = sub.add_parser("rates", parents=[common], help="exchange rates for home-currency totals")
    rsub = rates.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = rsub.add_parser("import", parents=[common], help="import rates from CSV/XLSX: date,currency,rate")
    imp.add_argument("file", type=Path)
    imp.add_argument("--only-valid", action="store_true", help="import the valid rows even if others have errors")
    imp.add_argument("--check", action="store_true", help="validate only; write nothing")
    st = rsub.add_parser("set", parents=[common], help="set the rate of a currency for a day")
    st.add_argument("date", type=_parse_date)
    st.add_argument("currency")
    st.add_argument("rate", type=_rate, help="home-currency units per unit of CUR, e.g. 7.1234")
    rm = rsub.add_parser("remove", parents=[common], help="remove the rate of a currency for a day")
    rm.add_argument("date", type=_parse_date)
    rm.add_argument("currency")
    ls = rsub.add_parser("list", parents=[common], help="list the stored rates")
    ls.add_argument("--currency", metavar="CUR")
    ls.add_argument("--json", action="store_true", help="JSON output (rates as decimal strings)")


# --------------------------------------------------------------------------- writeoff

def cmd_writeoff(args: argparse.Namespace) -> int:
    from .models import utcnow
    from .money import format_minor
    from .services.writeoffs import invoice_id_by_number, live_write_off, reverse_write_off, write_off

    words = list(args.target)
    if len(words) == 2 and words[0] == "reverse":
        if args.date is not None:
            raise ArgumentError(T("--date does not apply to reversing a write-off."))
        with _open(args) as db, db.session() as s:
            iid = invoice_id_by_number(s, words[1])
            wo = live_write_off(s, iid)
            if wo is None:
                raise ArgumentError(T("{number} is not written off."), number=words[1])
            reverse_write_off(s, wo.id, args.reason, utcnow())
        print(tr(T("Reversed the write-off of {number}: {amount} {currency} is open again.")).format(
            number=wo.invoice_number, amount=format_minor(wo.amount_minor, wo.currency), currency=wo.currency))
        return EXIT_OK
    if len(words) != 1:
        raise ArgumentError(T("Give one invoice number, or 'reverse' and one invoice number."))
    on: date = args.date or _as_of(args)
    with _open(args) as db, db.session() as s:
        iid = invoice_id_by_number(s, words[0])
        write_off(s, iid, on, args.reason)
        wo = live_write_off(s, iid)
    assert wo is not None
    print(tr(T("Wrote off {amount} {currency} on {number}, dated {date}.")).format(
        amount=format_minor(wo.amount_minor, wo.currency), currency=wo.currency, number=wo.invoice_number,
        date=wo.date.isoformat()))
    return EXIT_OK


# --------------------------------------------------------------------------- rates

def cmd_rates(args: argparse.Namespace) -> int:
    return {"import": _rates_import, "set": _rates_set, "remove": _rates_remove,
            "list": _rates_list}[args.action](args)


def _rates_import(args: argparse.Namespace) -> int:
    from .services.fx_import import import_rates

    with _open(args) as db:
        try:
            result = import_rates(db, args.file, only_valid=args.only_valid, check_only=args.check)
        except ImportRejected as exc:
            for e in exc.errors:
                _err(e.text(tr))
            raise
    print(result.summary(tr))
    return EXIT_OK


def _rates_set(args: argparse.Namespace) -> int:
    from .services.fx import check_currency, home_currency, rate_text, set_rate

    with _open(args) as db, db.session() as s:
        code = check_currency(args.currency, home_currency(s))
        changed = set_rate(s, args.date, code, args.rate)
    text = T("{currency} on {date}: {rate}") if changed else T("{currency} on {date}: {rate} (unchanged)")
    print(tr(text).format(currency=code, date=args.date.isoformat(), rate=rate_text(args.rate.normalize())))
    return EXIT_OK


def _rates_remove(args: argparse.Namespace) -> int:
    from .services.fx import delete_rate

    code = args.currency.strip().upper()
    with _open(args) as db, db.session() as s:
        if not delete_rate(s, args.date, code):
            raise ArgumentError(T("There is no rate of {currency} on {date}."), currency=code,
                                date=args.date.isoformat())
    print(tr(T("Removed the rate of {currency} on {date}.")).format(currency=code, date=args.date.isoformat()))
    return EXIT_OK


def _rates_list(args: argparse.Namespace) -> int:
    from .services.fx import home_currency, list_rates, rate_text

    cur = args.currency.strip().upper() if args.currency else None
    with _open(args) as db, db.engine.connect() as conn:
        rows = list_rates(conn, cur)
        home = home_currency(conn)
    if args.json:
        _dump_json([{"date": r.date.isoformat(), "currency": r.currency, "rate": rate_text(r.rate),
                     "home_currency": home, "source": r.source} for r in rows])
        return EXIT_OK
    _print_table([tr(T("Date")), tr(T("Currency")), tr(T("Rate")), tr(T("Source"))],
                 ([r.date.isoformat(), r.currency, rate_text(r.rate), r.source] for r in rows), right={2})
    return EXIT_OK


COMMANDS = {"writeoff": cmd_writeoff, "rates": cmd_rates}
