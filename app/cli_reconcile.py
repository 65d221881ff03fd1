"""Reconciliation commands (issue 7): match statement lines to invoices, review, undo, export.

    python main.py reconcile --auto [--json]
    python main.py reconcile show LINE [--json]
    python main.py reconcile accept LINE [--proposal N]
    python main.py reconcile apply LINE --customer CODE [--invoice NUMBER[=AMOUNT]]…
                                   [--charges NUMBER=AMOUNT] [--discount NUMBER=AMOUNT]
                                   [--difference NUMBER=AMOUNT --reason TEXT]
    python main.py reconcile ignore LINE --reason TEXT
    python main.py reconcile undo LINE [--reason TEXT]
    python main.py export allocations FILE [--include-suggested]

LINE is the bank's own line reference (``line_id`` of ``statement lines --json``) or ``#ID``,
the database id (``id`` there) — needed when a bank repeated a reference. ``reconcile --auto``
matches every unmatched or suggested line, applies the sure ones in one transaction and prints
the counts (auto, suggested, unmatched). ``apply`` books the line by hand: each ``--invoice``
gets AMOUNT (default: what is open, as far as the line's money goes), differences are booked as
bank charges, discount or a written-off difference, and what is left stays as customer credit.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli import EXIT_OK, ArgumentError, _dump_json, _open, tr
from .i18n import T


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    rc = sub.add_parser("reconcile", parents=[common], help="match bank statement lines to invoices",
                        usage="%(prog)s --auto [--json] | {show,accept,apply,ignore,undo} LINE …")
    rc.add_argument("--auto", action="store_true", help="match all open lines and apply the sure ones")
    rc.add_argument("--json", action="store_true", help="JSON output")
    rc.add_argument("action", nargs="?", choices=["show", "accept", "apply", "ignore", "undo"],
                    help="what to do with one line")
    rc.add_argument("line", nargs="?", metavar="LINE", help="bank line reference, or #ID")
    rc.add_argument("--proposal", type=int, default=1, metavar="N", help="accept: the N-th proposal (default 1)")
    rc.add_argument("--customer", metavar="CODE", help="apply: the customer who paid")
    rc.add_argument("--invoice", action="append", default=[], metavar="NUMBER[=AMOUNT]",
                    help="apply: an invoice and the amount it gets (repeat to split)")
    for kind in ("charges", "discount", "difference"):
        rc.add_argument(f"--{kind}", action="append", default=[], metavar="NUMBER=AMOUNT",
                        help=f"apply: book a {kind.replace('_', ' ')} on an invoice")
    rc.add_argument("--reason", default="", help="why (ignore, undo, a written-off difference)")

    ex = sub.add_parser("export", parents=[common], help="export data as CSV")
    exsub = ex.add_subparsers(dest="what", metavar="WHAT", required=True)
    al = exsub.add_parser("allocations", parents=[common],
                          help="CSV line_id,invoice_number,amount,status of reconciled lines")
    al.add_argument("file", type=Path, metavar="FILE")
    al.add_argument("--include-suggested", action="store_true", help="add the best suggestion of each suggested line")


def _line_id(conn, args: argparse.Namespace) -> int:
    from .services.reconcile import find_line

    if not args.line:
        raise ArgumentError(T("Name the statement line (its reference, or #ID)."))
    return find_line(conn, args.line)


def cmd_reconcile(args: argparse.Namespace) -> int:
    if args.auto:
        if args.action:
            raise ArgumentError(T("--auto matches every line; do not name an action with it."))
        return _auto(args)
    if not args.action:
        raise ArgumentError(T("Say what to do: --auto, or show / accept / apply / ignore / undo LINE."))
    return {"show": _show, "accept": _accept, "apply": _apply, "ignore": _ignore, "undo": _undo}[args.action](args)


def _auto(args: argparse.Namespace) -> int:
    from .services.reconcile import run_auto

    with _open(args) as db:
        r = run_auto(db)
    if args.json:
        _dump_json(r.as_dict())
    else:
        print(tr(T("{lines} lines: {auto} matched automatically, {suggested} with suggestions to review, "
                   "{unmatched} unmatched ({debits} of them debits).")).format(**r.as_dict()))
    return EXIT_OK


def _proposal_json(p, numbers: dict[int, str], codes: dict[int, str], currency: str) -> dict:
    from .money import format_minor

    return {"customer": codes.get(p.customer_id, ""), "score": p.score, "fit": p.fit,
            "allocations": [{"invoice_number": numbers.get(i, str(i)),
                             "amount": format_minor(a, currency, grouping=False)} for i, a in p.allocations],
            "differences": [{"invoice_number": numbers.get(i, str(i)), "kind": k,
                             "amount": format_minor(a, currency, grouping=False)} for i, k, a in p.differences],
            "credit": format_minor(p.credit_minor, currency, grouping=False),
            "reasons": [r.text(tr) for r in p.reasons]}


def _fresh_proposals(conn, line_id: int):
    from .services.matching.engine import MatchContext
    from .services.reconcile import line_view, load_settings

    ctx = MatchContext.load(conn, load_settings(conn))
    return ctx.propose(line_view(conn, line_id))


def _show(args: argparse.Namespace) -> int:
    from sqlalchemy import text

    from .money import format_minor
    from .services.reconcile import reconciliation_info

    with _open(args) as db, db.read_session() as s:
        conn = s.connection()
        lid = _line_id(conn, args)
        row = conn.execute(text("SELECT bank_ref, booking_date, amount_minor, currency, counterparty_name, "
                                "remittance, status FROM bank_line WHERE id = :i"), {"i": lid}).one()
        info = reconciliation_info(s, lid)
        result = _fresh_proposals(conn, lid) if info is None and row[6] != "ignored" else None
        numbers = dict(conn.execute(text("SELECT id, number FROM invoice")).all()) if result else {}
        codes = dict(conn.execute(text("SELECT id, code FROM customer")).all())
    cur = row[3]
    out = {"line_id": row[0], "id": lid, "booking_date": str(row[1]),
           "amount": format_minor(row[2], cur, grouping=False), "currency": cur,
           "counterparty_name": row[4], "remittance": row[5], "status": row[6]}
    if info is not None:
        out["reconciliation"] = {
            "kind": info.kind, "customer": codes.get(info.customer_id, "") if info.customer_id else "",
            "allocations": [{"invoice_number": n, "amount": format_minor(a, cur, grouping=False)}
                            for _, n, a in info.allocations],
            "differences": [{"kind": k, "amount": format_minor(a, cur, grouping=False)} for _, k, a in info.differences],
            "credit": format_minor(info.credit_minor, cur, grouping=False), "note": info.note,
            "user": info.user, "at": info.created_at.isoformat(timespec="seconds")}
    if result is not None:
        out["proposals"] = [_proposal_json(p, numbers, codes, cur) for p in result.proposals]
        if result.note is not None:
            out["note"] = result.note.text(tr)
    if args.json:
        _dump_json(out)
        return EXIT_OK
    print(f"{out['line_id']} (#{lid})  {out['booking_date']}  {out['amount']} {cur}  {row[4]}  [{row[6]}]")
    if row[5]:
        print(f"  {row[5]}")
    if info is not None:
        rec = out["reconciliation"]
        for a in rec["allocations"]:
            print(f"  → {a['invoice_number']}  {a['amount']}")
        for d in rec["differences"]:
            print(f"  ± {d['kind']}  {d['amount']}")
        if info.credit_minor:
            print("  " + tr(T("credit left: {amount}")).format(amount=rec["credit"]))
    for n, p in enumerate(out.get("proposals", []), 1):
        allocs = ", ".join(f"{a['invoice_number']} {a['amount']}" for a in p["allocations"])
        print(f"  {n}. {p['score']:>3}  {p['customer']}  {allocs}")
        for r in p["reasons"]:
            print(f"        - {r}")
    if "note" in out:
        print(f"  {out['note']}")
    return EXIT_OK


def _accept(args: argparse.Namespace) -> int:
    from .services.reconcile import apply_proposal

    with _open(args) as db, db.session() as s:
        conn = s.connection()
        lid = _line_id(conn, args)
        result = _fresh_proposals(conn, lid)
        if not 1 <= args.proposal <= len(result.proposals):
            raise ArgumentError(T("Line {line} has {count} proposal(s); there is no number {n}."),
                                line=args.line, count=len(result.proposals), n=args.proposal)
        apply_proposal(s, lid, result.proposals[args.proposal - 1], kind="manual", note=args.reason)
    print(tr(T("Line {line} reconciled.")).format(line=args.line))
    return EXIT_OK


def _pair(text: str, currency: str, *, need_amount: bool) -> tuple[str, int | None]:
    from .errors import ValidationError
    from .money import MoneyError, to_minor

    number, sep, amount = text.partition("=")
    if not number.strip() or (need_amount and not sep):
        raise ArgumentError(T("Write the invoice and amount as NUMBER=AMOUNT: {value}"), value=text)
    if not sep:
        return number.strip(), None
    try:
        return number.strip(), to_minor(amount.strip(), currency, strict=True)
    except (MoneyError, ValueError):
        raise ValidationError(T("{value} is not an amount in {currency}."), field="amount",
                              value=amount.strip(), currency=currency) from None


def _apply(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .errors import ValidationError
    from .models import BankLine, Customer, Invoice
    from .services.matching.engine import Proposal
    from .services.reconcile import apply_proposal

    if not args.customer:
        raise ArgumentError(T("apply needs --customer CODE."))
    with _open(args) as db, db.session() as s:
        lid = _line_id(s.connection(), args)
        ln = s.get(BankLine, lid)
        cust = s.scalar(select(Customer).where(Customer.code == args.customer.strip()))
        if cust is None:
            raise ValidationError(T("Unknown customer {code}."), field="customer", code=args.customer)

        def invoice(number: str) -> Invoice:
            inv = s.scalar(select(Invoice).where(Invoice.number == number))
            if inv is None:
                raise ValidationError(T("Unknown invoice {number}."), field="invoice", number=number)
            return inv

        diffs = []
        for kind, values in (("bank_charges", args.charges), ("discount", args.discount),
                             ("difference", args.difference)):
            for v in values:
                number, amt = _pair(v, ln.currency, need_amount=True)
                diffs.append((invoice(number).id, kind, amt))
        left = ln.amount_minor
        allocs = []
        for v in args.invoice:
            number, amt = _pair(v, ln.currency, need_amount=False)
            inv = invoice(number)
            if amt is None:
                amt = min(left, inv.open_minor - sum(a for i, _, a in diffs if i == inv.id))
            allocs.append((inv.id, amt))
            left -= amt
        if left < 0:
            raise ValidationError(T("The invoices get more than the line's amount."), field="amount")
        p = Proposal(cust.id, tuple(allocs), tuple(diffs), left)
        apply_proposal(s, lid, p, kind="manual", note=args.reason)
    print(tr(T("Line {line} reconciled.")).format(line=args.line))
    return EXIT_OK


def _ignore(args: argparse.Namespace) -> int:
    from .services.reconcile import ignore_line

    with _open(args) as db, db.session() as s:
        ignore_line(s, _line_id(s.connection(), args), args.reason)
    print(tr(T("Line {line} ignored.")).format(line=args.line))
    return EXIT_OK


def _undo(args: argparse.Namespace) -> int:
    from .services.reconcile import undo_line

    with _open(args) as db, db.session() as s:
        undo_line(s, _line_id(s.connection(), args), args.reason or "undone from the command line")
    print(tr(T("Line {line}: reconciliation undone; the line is unmatched again.")).format(line=args.line))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .services.reconcile import export_allocations

    with _open(args) as db, db.engine.connect() as conn:
        n = export_allocations(conn, args.file, include_suggested=args.include_suggested)
    print(tr(T("{file}: {rows} allocation rows written.")).format(file=args.file, rows=n))
    return EXIT_OK


COMMANDS = {"reconcile": cmd_reconcile, "export": cmd_export}
