"""Collections and dunning commands (issue 6).

    python main.py dunning run --as-of DATE [--json] [--issue [--sent-via HOW] [--proof TEXT]]
                               [--letters DIR]
    python main.py dunning promise INVOICE --date D [--amount A] [--grace DAYS] [--note TEXT]
    python main.py dunning dispute INVOICE --reason TEXT [--resolve]
    python main.py dunning hold INVOICE|--customer CODE --reason TEXT [--until D] | --list | --lift ID
    python main.py dunning plan INVOICE… --parts N --first D [--every DAYS] | --list | --cancel ID
    python main.py dunning limitation --as-of DATE [--within DAYS] [--json]
    python main.py dunning mail --as-of DATE [--resend]      (app/cli_mail.py does the sending)
    python main.py dunning delivered REFERENCE [--proof TEXT] [--on D] [--via HOW]
    python main.py dunning delivered REFERENCE --returned D [--reason TEXT]   (came back / bounced)
    python main.py dunning cancel REFERENCE --reason TEXT
    python main.py dunning settings [--load FILE.json [--reason TEXT]]
    python main.py dunning grace CODE --days N --approved-by NAME [--note TEXT]
    python main.py dunning calendar list [--region CN] [--year Y] [--json]
                                    add DATE --kind holiday|workday [--name TEXT] [--region CN]
                                    remove DATE [--region CN] | import FILE [--region CN]

``run --json`` prints ``{"as_of", "proposals": [{"customer_code", "stage", "action", "invoices":
[{"number", "days_overdue", "open_amount", "stage"}], "fee", "interest", "total_due"}]}`` (stages
numbered from 1 in ladder order, amounts as decimal strings). ``--issue`` issues the proposals
(idempotent for the day); ``--letters DIR`` writes one PDF per letter,
``<customer_code>-<stage>-<date>.pdf`` (the issued PDF when issued, else a preview).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from .cli import EXIT_OK, ArgumentError, _as_of, _dump_json, _open, _parse_date, _print_table, tr
from .i18n import T

HOLD_HELP = "stop dunning one invoice (or --customer) with a reason, until a date"


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    dn = sub.add_parser("dunning", parents=[common], help="collections: dunning run, promises, "
                        "disputes, holds, instalments, limitation, holiday calendar")
    ds = dn.add_subparsers(dest="dunning_cmd", metavar="ACTION", required=True)

    r = ds.add_parser("run", parents=[common], help="propose (and issue) today's dunning steps")
    r.add_argument("--json", action="store_true", help="JSON output (amounts as decimal strings)")
    r.add_argument("--issue", action="store_true", help="issue the proposals (idempotent per day)")
    r.add_argument("--letters", type=Path, metavar="DIR", help="write the letters as PDF files here")
    r.add_argument("--sent-via", default="post", dest="sent_via",
                   choices=["post", "registered", "ems", "email", "hand", "none"],
                   help="with --issue: how the letters are sent (default post)")
    r.add_argument("--proof", default="", help="with --issue: delivery proof for every letter")
    r.add_argument("--customer", metavar="CODE", help="only this customer")

    p = ds.add_parser("promise", parents=[common], help="record a promise to pay")
    p.add_argument("invoice", metavar="INVOICE")
    p.add_argument("--date", type=_parse_date, required=True, dest="promise_date")
    p.add_argument("--amount", help="promised amount (default: all that is open)")
    p.add_argument("--grace", type=int, default=None, help="grace days after the date")
    p.add_argument("--note", default="")

    d = ds.add_parser("dispute", parents=[common], help="flag an invoice as disputed")
    d.add_argument("invoice", metavar="INVOICE")
    d.add_argument("--reason", default="")
    d.add_argument("--resolve", action="store_true", help="end the dispute instead")

    h = ds.add_parser("hold", parents=[common], help=HOLD_HELP)
    h.add_argument("invoice", nargs="?", metavar="INVOICE")
    h.add_argument("--customer", metavar="CODE", help="hold all of this customer's invoices")
    h.add_argument("--reason", default="")
    h.add_argument("--until", type=_parse_date, help="last day of the hold (default: until lifted)")
    h.add_argument("--list", action="store_true", help="list holds")
    h.add_argument("--lift", type=int, metavar="ID", help="lift hold ID")

    pl = ds.add_parser("plan", parents=[common], help="instalment plan (分期) over invoices")
    pl.add_argument("invoices", nargs="*", metavar="INVOICE")
    pl.add_argument("--parts", type=int, help="number of instalments (equal parts)")
    pl.add_argument("--first", type=_parse_date, help="due date of the first instalment")
    pl.add_argument("--every", type=int, default=30, help="days between instalments (default 30)")
    pl.add_argument("--grace", type=int, default=0, help="grace days per instalment")
    pl.add_argument("--note", default="")
    pl.add_argument("--list", action="store_true", help="list active plans and their state")
    pl.add_argument("--cancel", type=int, metavar="ID", help="cancel plan ID")
    pl.add_argument("--reason", default="")

    lim = ds.add_parser("limitation", parents=[common],
                        help="claims (诉讼时效) expiring within DAYS, and what last restarted them")
    lim.add_argument("--within", type=int, default=None, metavar="DAYS",
                     help="expiring within this many days (default: the setting, 90)")
    lim.add_argument("--json", action="store_true")

    ml = ds.add_parser("mail", parents=[common], help="e-mail the letters issued on --as-of DATE "
                                                     "(SMTP settings: `mail settings`)")
    ml.add_argument("--resend", action="store_true", help="send again letters already e-mailed")

    dv = ds.add_parser("delivered", parents=[common], help="add a letter's delivery proof")
    dv.add_argument("reference", metavar="REFERENCE")
    dv.add_argument("--proof", default=None, help="e.g. EMS tracking number")
    dv.add_argument("--on", type=_parse_date, default=None, dest="delivered_on",
                    help="delivery date")
    dv.add_argument("--via", default=None, choices=["post", "registered", "ems", "email", "hand"])
    dv.add_argument("--returned", type=_parse_date, default=None, metavar="DATE",
                    help="the letter came back or the e-mail bounced on DATE (restarts nothing)")
    dv.add_argument("--reason", default="", help="with --returned: why (e.g. addressee unknown)")

    c = ds.add_parser("cancel", parents=[common], help="cancel an issued dunning action")
    c.add_argument("reference", metavar="REFERENCE")
    c.add_argument("--reason", default="")

    se = ds.add_parser("settings", parents=[common],
                       help="show the dunning settings as JSON, or load them from a JSON file")
    se.add_argument("--load", type=Path, metavar="FILE", help="validate and save these settings")
    se.add_argument("--reason", default="", help="why (kept in the audit log)")

    gr = ds.add_parser("grace", parents=[common], help="a customer's grace days (approved)")
    gr.add_argument("customer", metavar="CODE")
    gr.add_argument("--days", type=int, required=True)
    gr.add_argument("--approved-by", required=True, dest="approved_by")
    gr.add_argument("--note", default="")

    cal = ds.add_parser("calendar", parents=[common], help="holidays and make-up working days")
    cs = cal.add_subparsers(dest="calendar_cmd", metavar="ACTION", required=True)
    cl = cs.add_parser("list", parents=[common])
    cl.add_argument("--region", default=None)
    cl.add_argument("--year", type=int, default=None)
    cl.add_argument("--json", action="store_true")
    ca = cs.add_parser("add", parents=[common])
    ca.add_argument("day", type=_parse_date, metavar="DATE")
    ca.add_argument("--kind", required=True, choices=["holiday", "workday"])
    ca.add_argument("--name", default="")
    ca.add_argument("--region", default="CN")
    cr = cs.add_parser("remove", parents=[common])
    cr.add_argument("day", type=_parse_date, metavar="DATE")
    cr.add_argument("--region", default="CN")
    ci = cs.add_parser("import", parents=[common], help="CSV: date,kind[,region[,name]]")
    ci.add_argument("file", type=Path)
    ci.add_argument("--region", default="CN", help="region for rows without one")


# --------------------------------------------------------------------------- helpers

def _m(minor: int, currency: str) -> str:
    from .money import format_minor
    return format_minor(minor, currency, grouping=False)


def _invoice_id(s, number: str) -> int:
    from sqlalchemy import select

    from .models import Invoice
    iid = s.scalar(select(Invoice.id).where(Invoice.number == number.strip()))
    if iid is None:
        raise ArgumentError(T("Unknown invoice {number}."), number=number)
    return iid


def _customer_id(s, code: str) -> int:
    from sqlalchemy import select

    from .models import Customer
    cid = s.scalar(select(Customer.id).where(Customer.code == code.strip()))
    if cid is None:
        raise ArgumentError(T("Unknown customer code {code}."), code=code)
    return cid


def _amount(text: str, currency: str) -> int:
    from .money import MoneyError, to_minor
    try:
        v = to_minor(text, currency, strict=True)
    except MoneyError:
        raise ArgumentError(T("{value} is not an amount in {currency}."), value=text,
                            currency=currency) from None
    return v


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)     # mkstemp makes it private; a letter is a normal file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- commands

def proposals_json(result) -> dict:
    """The JSON contract of ``dunning run --json``."""
    return {"as_of": result.as_of.isoformat(), "proposals": [{
        "customer_code": p.customer_code, "stage": p.stage, "action": p.action,
        "invoices": [{"number": i.number, "days_overdue": i.days_overdue,
                      "open_amount": _m(i.open_minor, p.currency), "stage": i.stage}
                     for i in p.invoices],
        "fee": _m(p.fee_minor, p.currency), "interest": _m(p.interest_minor, p.currency),
        "total_due": _m(p.total_due_minor, p.currency),
    } for p in result.proposals]}


def _run(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    as_of = _as_of(args)
    with _open(args) as db:
        cid = None
        if args.customer:
            with db.session() as s:
                cid = _customer_id(s, args.customer)
        with db.engine.connect() as conn:
            result = dn.run(conn, as_of, customer_id=cid)
        pdfs: dict[int, bytes | None] = {}
        if args.issue:
            with db.session() as s:
                issued = dn.issue(s, result.proposals, as_of, sent_via=args.sent_via,
                                  proof=args.proof)
            with db.engine.connect() as conn:
                for p, i in zip(result.proposals, issued):
                    pdfs[id(p)] = dn.action_pdf(conn, i.action_id)
        if args.letters is not None:
            render = None
            names = dn.letter_file_names([(p.customer_code, p.stage, p.action_date, p.currency)
                                          for p in result.proposals])
            for p, name in zip(result.proposals, names):
                data = pdfs.get(id(p))
                if data is None and p.letter is not None:
                    render = render or dn.issuing.default_renderer()
                    data = render(p.letter)
                if data is not None:
                    _write(args.letters / name, data)
    if args.json:
        _dump_json(proposals_json(result))
        return EXIT_OK
    _print_table([tr(T("Customer")), tr(T("Stage")), tr(T("Action")), tr(T("Invoices")),
                  tr(T("Cur.")), tr(T("Open")), tr(T("Fee")), tr(T("Interest")), tr(T("Total due"))],
                 ([p.customer_code, str(p.stage), p.action, ", ".join(i.number for i in p.invoices),
                   p.currency, _m(p.open_minor, p.currency), _m(p.fee_minor, p.currency),
                   _m(p.interest_minor, p.currency), _m(p.total_due_minor, p.currency)]
                  for p in result.proposals), right={1, 5, 6, 7, 8})
    if args.issue:
        print(tr(T("{count} dunning action(s) issued for {date}.")).format(
            count=len(result.proposals), date=result.action_date.isoformat()))
    return EXIT_OK


def _promise(args: argparse.Namespace) -> int:
    from .models import Invoice
    from .services import dunning as dn

    as_of = _as_of(args)
    with _open(args) as db, db.session() as s:
        iid = _invoice_id(s, args.invoice)
        inv = s.get(Invoice, iid)
        amount = _amount(args.amount, inv.currency) if args.amount else None
        pid = dn.add_promise(s, [iid], args.promise_date, as_of, amount_minor=amount,
                             grace_days=args.grace, note=args.note)
    print(tr(T("Promise {id} recorded: {number} by {date}.")).format(
        id=pid, number=args.invoice, date=args.promise_date.isoformat()))
    return EXIT_OK


def _dispute(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    with _open(args) as db, db.session() as s:
        iid = _invoice_id(s, args.invoice)
        if args.resolve:
            dn.resolve_dispute(s, [iid], args.reason)
        else:
            dn.dispute(s, [iid], args.reason)
    print((tr(T("{number}: dispute resolved.")) if args.resolve
           else tr(T("{number} is disputed and leaves the dunning ladder."))).format(
        number=args.invoice))
    return EXIT_OK


def _hold(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    as_of = _as_of(args)
    with _open(args) as db:
        if args.list:
            with db.engine.connect() as conn:
                holds = dn.load_holds(conn)
            _print_table(["ID", tr(T("Customer")), tr(T("Invoice")), tr(T("From")),
                          tr(T("Until")), tr(T("Lifted")), tr(T("Reason"))],
                         ([str(h.id), str(h.customer_id or ""), str(h.invoice_id or ""),
                           h.starts_on.isoformat(), h.until.isoformat() if h.until else "",
                           h.lifted_on.isoformat() if h.lifted_on else "", h.reason]
                          for h in holds), right={0})
            return EXIT_OK
        with db.session() as s:
            if args.lift is not None:
                dn.lift_hold(s, args.lift, as_of, args.reason)
                print(tr(T("Hold {id} lifted.")).format(id=args.lift))
                return EXIT_OK
            if bool(args.invoice) == bool(args.customer):
                raise ArgumentError(T("Name one invoice, or --customer CODE."))
            hid = dn.set_hold(s, reason=args.reason, starts_on=as_of, until=args.until,
                              customer_id=_customer_id(s, args.customer) if args.customer else None,
                              invoice_id=_invoice_id(s, args.invoice) if args.invoice else None)
    print(tr(T("Hold {id} set.")).format(id=hid))
    return EXIT_OK


def _plan(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    as_of = _as_of(args)
    with _open(args) as db:
        if args.list:
            with db.engine.connect() as conn:
                rows = [(pl, dn.plan_status(conn, pl, as_of)) for pl in dn.load_plans(conn)]
            _print_table(["ID", tr(T("Customer")), tr(T("Cur.")), tr(T("Total")), tr(T("Parts")),
                          tr(T("Status"))],
                         ([str(pl.id), str(pl.customer_id), pl.currency, _m(pl.total_minor, pl.currency),
                           "; ".join(f"{d.isoformat()} {_m(a, pl.currency)}" for _, d, a in pl.parts),
                           st] for pl, st in rows), right={0, 3})
            return EXIT_OK
        with db.session() as s:
            if args.cancel is not None:
                dn.cancel_plan(s, args.cancel, args.reason, as_of)
                print(tr(T("Instalment plan {id} cancelled.")).format(id=args.cancel))
                return EXIT_OK
            if not args.invoices or not args.parts or args.first is None:
                raise ArgumentError(T("Name the invoices, --parts N and --first DATE."))
            ids = [_invoice_id(s, n) for n in args.invoices]
            opens = dn.promises.open_invoices_of(s, ids, as_of)[2]
            parts = dn.split_parts(sum(opens.values()), args.parts, args.first, args.every)
            pid = dn.create_plan(s, ids, as_of, parts, grace_days=args.grace, note=args.note)
    print(tr(T("Instalment plan {id}: {count} parts.")).format(id=pid, count=len(parts)))
    return EXIT_OK


def _limitation(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        found = dn.expiring(conn, as_of, args.within)
        within = args.within if args.within is not None else dn.load_settings(conn).limitation_warn_days
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "within_days": within, "claims": [{
            "invoice": c.number, "customer": c.customer_code, "currency": c.currency,
            "open_amount": _m(c.open_minor, c.currency), "due_date": c.due_date.isoformat(),
            "expires_on": c.expires_on.isoformat(), "days_left": c.days_left,
            "restarted_by": c.restarted_by, "restarted_on": c.restarted_on.isoformat(),
        } for c in found]})
        return EXIT_OK
    _print_table([tr(T("Invoice")), tr(T("Customer")), tr(T("Open")), tr(T("Expires")),
                  tr(T("Days left")), tr(T("Restarted by"))],
                 ([c.number, c.customer_code, _m(c.open_minor, c.currency), c.expires_on.isoformat(),
                   str(c.days_left), f"{c.restarted_by} {c.restarted_on.isoformat()}"]
                  for c in found), right={2, 4})
    return EXIT_OK


def _action_id(s, reference: str) -> int:
    from sqlalchemy import select

    from .models import DunningAction
    aid = s.scalar(select(DunningAction.id).where(DunningAction.reference == reference.strip()))
    if aid is None:
        raise ArgumentError(T("Unknown dunning letter {reference}."), reference=reference)
    return aid


def _delivered(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    with _open(args) as db, db.session() as s:
        dn.record_delivery(s, _action_id(s, args.reference), proof=args.proof,
                           delivered_on=args.delivered_on, sent_via=args.via,
                           returned_on=args.returned, reason=args.reason)
    done = (T("{reference}: recorded as returned; it restarts nothing.") if args.returned
            else T("{reference}: delivery recorded."))
    print(tr(done).format(reference=args.reference))
    return EXIT_OK


def _cancel(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    with _open(args) as db, db.session() as s:
        dn.cancel_action(s, _action_id(s, args.reference), args.reason)
    print(tr(T("{reference} cancelled.")).format(reference=args.reference))
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    with _open(args) as db:
        if args.calendar_cmd == "list":
            with db.engine.connect() as conn:
                days = dn.list_days(conn, args.region.upper() if args.region else None, args.year)
            if args.json:
                _dump_json([{"region": d.region, "date": d.date.isoformat(), "kind": d.kind,
                             "name": d.name} for d in days])
            else:
                _print_table([tr(T("Region")), tr(T("Date")), tr(T("Kind")), tr(T("Name"))],
                             ([d.region, d.date.isoformat(), d.kind, d.name] for d in days), set())
            return EXIT_OK
        with db.session() as s:
            if args.calendar_cmd == "add":
                dn.add_day(s, args.region, args.day, args.kind, args.name)
                print(tr(T("{date} added to the {region} calendar.")).format(
                    date=args.day.isoformat(), region=args.region.upper()))
            elif args.calendar_cmd == "remove":
                if not dn.remove_day(s, args.region, args.day):
                    raise ArgumentError(T("{date} is not in the {region} calendar."),
                                        date=args.day.isoformat(), region=args.region.upper())
                print(tr(T("{date} removed from the {region} calendar.")).format(
                    date=args.day.isoformat(), region=args.region.upper()))
            else:
                try:
                    data = args.file.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeDecodeError):
                    raise ArgumentError(T("Cannot read {path} as UTF-8 text."),
                                        path=str(args.file)) from None
                n = dn.import_csv(s, data, args.file.name, default_region=args.region)
                print(tr(T("{count} calendar day(s) imported.")).format(count=n))
    return EXIT_OK


def _settings(args: argparse.Namespace) -> int:
    import json

    from .services import dunning as dn

    with _open(args) as db:
        if args.load is not None:
            try:
                raw = args.load.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                raise ArgumentError(T("Cannot read {path} as UTF-8 text."),
                                    path=str(args.load)) from None
            with db.session() as s:
                dn.save_settings(s, dn.DunningSettings.from_json(raw), args.reason)
        with db.engine.connect() as conn:
            st = dn.load_settings(conn)
    _dump_json(json.loads(st.to_json()))
    return EXIT_OK


def _grace(args: argparse.Namespace) -> int:
    from .services import dunning as dn

    with _open(args) as db, db.session() as s:
        dn.set_grace_days(s, _customer_id(s, args.customer), args.days, args.approved_by,
                          _as_of(args), args.note)
    print(tr(T("{code}: {days} grace days.")).format(code=args.customer, days=args.days))
    return EXIT_OK


def _mail(args: argparse.Namespace) -> int:
    from .cli_mail import dunning_mail
    return dunning_mail(args)


def cmd_dunning(args: argparse.Namespace) -> int:
    return {"run": _run, "mail": _mail, "promise": _promise, "dispute": _dispute, "hold": _hold, "plan": _plan,
            "limitation": _limitation, "delivered": _delivered, "cancel": _cancel,
            "settings": _settings, "grace": _grace, "calendar": _calendar}[args.dunning_cmd](args)


COMMANDS = {"dunning": cmd_dunning}
