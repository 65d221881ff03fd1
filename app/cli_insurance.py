"""Trade-credit insurance commands (issue 5 §4): policies, insured buyers, deadlines, claims and
the claim pack.

    python main.py insurance policy add --insurer NAME --number NO --currency CNY --start D --end D
                   [--indemnity 90] [--extension-days 60] [--notify 60 --notify-unit days|months]
                   [--claim 4 --claim-unit days|months --claim-from notification|due|extension_end]
                   [--deductible AMOUNT] [--first-loss AMOUNT] [--note T]
    python main.py insurance policy list [--json]
    python main.py insurance buyer add CODE --policy NO --limit AMOUNT --from D [--to D]
                   [--status approved|requested|refused|withdrawn] [--reference R] [--note T]
    python main.py insurance buyer end ID --to D [--status withdrawn] [--reason T]
    python main.py insurance buyer list [--policy NO] [--customer CODE] [--json]
    python main.py insurance exposure [--as-of D] [--json]
    python main.py insurance notify INVOICE [--as-of D] [--reference R] [--note T]
    python main.py insurance deadlines [--as-of D] [--warning-days N] [--json]
    python main.py insurance claim open CODE --policy NO [--invoice N]... [--as-of D] [--note T]
    python main.py insurance claim file CLAIM [--as-of D] [--insurer-reference R]
    python main.py insurance claim paid CLAIM --amount A [--as-of D]
    python main.py insurance claim reject CLAIM --reason T [--as-of D]
    python main.py insurance claim recovery CLAIM --amount A --date D [--note T]
    python main.py insurance claim doc CLAIM KIND --present|--missing [--note T]
    python main.py insurance claim list [--json] | show CLAIM [--json]
    python main.py insurance claim-pack CLAIM --pdf FILE [--language zh|en] [--as-of D]
    python main.py insurance settings [--warning-days N] [--reason T]

``--as-of`` defaults to today (a notification, an opening, a filing and a decision are dated on
it). Amounts are decimal strings in the policy's currency; JSON amounts likewise, dates ISO.
Exit codes: 0 ok, 2 the input was wrong (nothing changed), 1 a bug.
"""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .cli import (EXIT_OK, ArgumentError, _as_of, _dump_json, _open, _parse_date, _positive,
                  _print_table, tr)
from .i18n import T
from .models import BUYER_STATUSES, CLAIM_FROM, DOC_KINDS, PERIOD_UNITS


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    ins = sub.add_parser("insurance", parents=[common],
                         help="trade-credit insurance: policies, insured buyers, deadlines, claims")
    isub = ins.add_subparsers(dest="action", metavar="ACTION", required=True)

    po = isub.add_parser("policy", parents=[common], help="add or list policies")
    posub = po.add_subparsers(dest="sub", metavar="ACTION", required=True)
    pa = posub.add_parser("add", parents=[common], help="add a policy")
    pa.add_argument("--insurer", required=True)
    pa.add_argument("--number", required=True)
    pa.add_argument("--currency", default="CNY")
    pa.add_argument("--start", type=_parse_date, required=True)
    pa.add_argument("--end", type=_parse_date, required=True)
    pa.add_argument("--indemnity", default="90", metavar="PCT", help="indemnity %%, e.g. 90 or 87.5")
    pa.add_argument("--extension-days", type=_positive, default=0, dest="extension_days",
                    help="maximum extension period after the due date")
    pa.add_argument("--notify", type=_positive, default=60, help="notify an overdue this long after due")
    pa.add_argument("--notify-unit", choices=PERIOD_UNITS, default="days", dest="notify_unit")
    pa.add_argument("--claim", type=_positive, default=4, help="file the claim this long after --claim-from")
    pa.add_argument("--claim-unit", choices=PERIOD_UNITS, default="months", dest="claim_unit")
    pa.add_argument("--claim-from", choices=CLAIM_FROM, default="notification", dest="claim_from")
    pa.add_argument("--deductible", default="0", metavar="AMOUNT", help="excess per claim")
    pa.add_argument("--first-loss", default="0", metavar="AMOUNT", dest="first_loss",
                    help="aggregate first loss of the policy period")
    pa.add_argument("--note", default="")
    pl = posub.add_parser("list", parents=[common], help="list the policies")
    pl.add_argument("--json", action="store_true")

    bu = isub.add_parser("buyer", parents=[common], help="the insurer's approved buyer limits")
    busub = bu.add_subparsers(dest="sub", metavar="ACTION", required=True)
    ba = busub.add_parser("add", parents=[common], help="record the insurer's limit for a customer")
    ba.add_argument("code", metavar="CODE")
    ba.add_argument("--policy", required=True, metavar="NO")
    ba.add_argument("--limit", required=True, metavar="AMOUNT", help="in the policy's currency")
    ba.add_argument("--from", type=_parse_date, required=True, dest="valid_from")
    ba.add_argument("--to", type=_parse_date, default=None, dest="valid_to")
    ba.add_argument("--status", choices=BUYER_STATUSES, default="approved")
    ba.add_argument("--reference", default="", help="the insurer's decision number")
    ba.add_argument("--note", default="")
    be = busub.add_parser("end", parents=[common], help="end an insured limit on a date")
    be.add_argument("id", type=int, metavar="ID", help="as listed by buyer list --json")
    be.add_argument("--to", type=_parse_date, required=True, dest="valid_to")
    be.add_argument("--status", choices=BUYER_STATUSES, default=None, help="e.g. withdrawn")
    be.add_argument("--reason", default="")
    bl = busub.add_parser("list", parents=[common], help="list insured buyers")
    bl.add_argument("--policy", metavar="NO")
    bl.add_argument("--customer", metavar="CODE")
    bl.add_argument("--json", action="store_true")

    ex = isub.add_parser("exposure", parents=[common], help="exposure against the insured limits")
    ex.add_argument("--json", action="store_true")

    no = isub.add_parser("notify", parents=[common], help="record an overdue notified to the insurer")
    no.add_argument("invoice", metavar="INVOICE")
    no.add_argument("--reference", default="")
    no.add_argument("--note", default="")

    dl = isub.add_parser("deadlines", parents=[common],
                         help="notify-by, extension and claim-by dates of overdue insured invoices")
    dl.add_argument("--warning-days", type=_positive, default=None, dest="warning_days",
                    help="warn this many days ahead (default: the setting, 14)")
    dl.add_argument("--json", action="store_true")

    cl = isub.add_parser("claim", parents=[common], help="open, file and follow claims")
    csub = cl.add_subparsers(dest="sub", metavar="ACTION", required=True)
    co = csub.add_parser("open", parents=[common], help="open a draft claim for a customer")
    co.add_argument("code", metavar="CODE")
    co.add_argument("--policy", required=True, metavar="NO")
    co.add_argument("--invoice", action="append", metavar="NUMBER", dest="invoices",
                    help="an invoice to claim (repeat; default: every overdue insured one)")
    co.add_argument("--note", default="")
    cf = csub.add_parser("file", parents=[common], help="file a draft claim (computes the claimable amount)")
    cf.add_argument("claim", metavar="CLAIM")
    cf.add_argument("--insurer-reference", default="", dest="insurer_reference")
    cp = csub.add_parser("paid", parents=[common], help="the insurer paid a filed claim")
    cp.add_argument("claim", metavar="CLAIM")
    cp.add_argument("--amount", required=True)
    cr = csub.add_parser("reject", parents=[common], help="the insurer rejected a filed claim")
    cr.add_argument("claim", metavar="CLAIM")
    cr.add_argument("--reason", required=True)
    rc = csub.add_parser("recovery", parents=[common], help="money recovered after the claim was paid")
    rc.add_argument("claim", metavar="CLAIM")
    rc.add_argument("--amount", required=True)
    rc.add_argument("--date", type=_parse_date, required=True)
    rc.add_argument("--note", default="")
    cd = csub.add_parser("doc", parents=[common], help="mark a document present or missing")
    cd.add_argument("claim", metavar="CLAIM")
    cd.add_argument("kind", choices=DOC_KINDS)
    g = cd.add_mutually_exclusive_group(required=True)
    g.add_argument("--present", action="store_true")
    g.add_argument("--missing", action="store_true")
    cd.add_argument("--note", default=None)
    cls = csub.add_parser("list", parents=[common], help="list claims")
    cls.add_argument("--json", action="store_true")
    csh = csub.add_parser("show", parents=[common], help="one claim with its figures")
    csh.add_argument("claim", metavar="CLAIM")
    csh.add_argument("--json", action="store_true")

    st = isub.add_parser("settings", parents=[common], help="show or change the deadline warning window")
    st.add_argument("--warning-days", type=_positive, default=None, dest="warning_days")
    st.add_argument("--reason", default="")

    pk = isub.add_parser("claim-pack", parents=[common], help="write a claim's pack as PDF")
    pk.add_argument("claim", metavar="CLAIM")
    pk.add_argument("--pdf", type=Path, required=True, metavar="FILE")
    pk.add_argument("--language", choices=("zh", "en"), default="zh")


# --------------------------------------------------------------------------- helpers

def _m(minor: int | None, currency: str) -> str | None:
    from .money import format_minor
    return None if minor is None else format_minor(minor, currency, grouping=False)


def _amount(text: str, currency: str) -> int:
    from .money import MoneyError, to_minor
    try:
        v = to_minor(text.replace(",", ""), currency, strict=True)
    except MoneyError:
        raise ArgumentError(T("Not an amount in {currency}: {value}"), currency=currency, value=text) from None
    if v < 0:
        raise ArgumentError(T("An amount cannot be negative."))
    return v


def _bp(text: str) -> int:
    try:
        d = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise ArgumentError(T("Not a percentage: {value}"), value=text) from None
    bp = d * 100
    if not d.is_finite() or bp != bp.to_integral_value():
        raise ArgumentError(T("Not a percentage: {value}"), value=text)
    return int(bp)


def _d(v) -> str | None:
    return None if v is None else v.isoformat()


def _customer(conn, code: str) -> int:
    from .services.credit import customer_id_for
    return customer_id_for(conn, code)


def _invoice_id(conn, number: str) -> int:
    from sqlalchemy import text
    iid = conn.execute(text("SELECT id FROM invoice WHERE number = :n AND kind = 'invoice'"),
                       {"n": number}).scalar()
    if iid is None:
        raise ArgumentError(T("Unknown invoice {number}."), number=number)
    return int(iid)


def _claim_currency(conn, claim_id: int) -> str:
    from sqlalchemy import text
    return conn.execute(text("SELECT currency FROM insurance_claim WHERE id = :i"), {"i": claim_id}).scalar()


# --------------------------------------------------------------------------- commands

def _policy(args: argparse.Namespace) -> int:
    from .money import normalize_currency, MoneyError
    from .services import insurance as ins

    if args.sub == "list":
        with _open(args) as db, db.engine.connect() as conn:
            rows = ins.list_policies(conn)
        if args.json:
            _dump_json({"policies": [_policy_json(p) for p in rows]})
            return EXIT_OK
        _print_table([tr(T("Number")), tr(T("Insurer")), tr(T("Period")), tr(T("Indemnity")),
                      tr(T("Deductible")), tr(T("Buyers"))],
                     ([p.number, p.insurer, f"{p.starts_on}–{p.ends_on}", _pct(p.indemnity_bp),
                       f"{p.currency} {_m(p.deductible_minor, p.currency)}", str(p.buyers)] for p in rows),
                     right={3, 5})
        return EXIT_OK
    try:
        cur = normalize_currency(args.currency)
    except MoneyError:
        raise ArgumentError(T("Unknown currency {currency}."), currency=args.currency) from None
    data = ins.PolicyData(
        insurer=args.insurer, number=args.number, currency=cur, starts_on=args.start, ends_on=args.end,
        indemnity_bp=_bp(args.indemnity), extension_days=args.extension_days, notify_after=args.notify,
        notify_unit=args.notify_unit, claim_after=args.claim, claim_unit=args.claim_unit,
        claim_from=args.claim_from, deductible_minor=_amount(args.deductible, cur),
        first_loss_minor=_amount(args.first_loss, cur), note=args.note)
    with _open(args) as db, db.session() as s:
        pid = ins.add_policy(s, data)
    print(tr(T("Policy {number} saved (id {id}).")).format(number=data.number, id=pid))
    return EXIT_OK


def _pct(bp: int) -> str:
    return f"{(Decimal(bp) / 100).normalize():f} %"


def _policy_json(p) -> dict:
    return {"id": p.id, "insurer": p.insurer, "number": p.number, "currency": p.currency,
            "starts_on": _d(p.starts_on), "ends_on": _d(p.ends_on), "indemnity_pct": _pct(p.indemnity_bp)[:-2],
            "extension_days": p.extension_days, "notify_after": p.notify_after, "notify_unit": p.notify_unit,
            "claim_after": p.claim_after, "claim_unit": p.claim_unit, "claim_from": p.claim_from,
            "deductible": _m(p.deductible_minor, p.currency), "first_loss": _m(p.first_loss_minor, p.currency),
            "buyers": p.buyers}


def _buyer(args: argparse.Namespace) -> int:
    from .services import insurance as ins

    if args.sub == "list":
        with _open(args) as db, db.engine.connect() as conn:
            pid = ins.policy_id_for(conn, args.policy) if args.policy else None
            cid = _customer(conn, args.customer) if args.customer else None
            rows = ins.list_buyers(conn, policy_id=pid, customer_id=cid)
        if args.json:
            _dump_json({"buyers": [{"id": b.id, "policy": b.policy_number, "code": b.code, "name": b.name,
                                    "currency": b.currency, "limit": _m(b.limit_minor, b.currency),
                                    "valid_from": _d(b.valid_from), "valid_to": _d(b.valid_to),
                                    "status": b.status, "reference": b.reference} for b in rows]})
            return EXIT_OK
        _print_table([tr(T("Code")), tr(T("Name")), tr(T("Policy")), tr(T("Insured limit")), tr(T("Valid")),
                      tr(T("Status"))],
                     ([b.code, b.name, b.policy_number, f"{b.currency} {_m(b.limit_minor, b.currency)}",
                       f"{b.valid_from}–{b.valid_to or ''}", b.status] for b in rows), right={3})
        return EXIT_OK
    if args.sub == "end":
        with _open(args) as db, db.session() as s:
            ins.end_buyer(s, args.id, valid_to=args.valid_to, status=args.status, reason=args.reason)
        print(tr(T("Insured limit {id} ends on {date}.")).format(id=args.id, date=args.valid_to.isoformat()))
        return EXIT_OK
    with _open(args) as db, db.session() as s:
        conn = s.connection()
        pid = ins.policy_id_for(conn, args.policy)
        cid = _customer(conn, args.code)
        cur = next(p.currency for p in ins.list_policies(conn) if p.id == pid)
        bid = ins.add_buyer(s, pid, cid, limit_minor=_amount(args.limit, cur), valid_from=args.valid_from,
                            valid_to=args.valid_to, status=args.status, reference=args.reference,
                            note=args.note)
    print(tr(T("Insured limit {id} for {code} saved.")).format(id=bid, code=args.code))
    return EXIT_OK


def _exposure(args: argparse.Namespace) -> int:
    from .services.insurance import insured_exposures

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        rows = insured_exposures(conn, as_of)
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "buyers": [
            {"code": e.code, "name": e.name, "policy": e.policy_number, "currency": e.currency,
             "insured_limit": _m(e.insured_limit_minor, e.currency), "exposure": _m(e.exposure_minor, e.currency),
             "over": _m(e.over_minor, e.currency),
             "utilisation_pct": None if e.utilisation_pct is None else str(e.utilisation_pct),
             "status": e.status} for e in rows]})
        return EXIT_OK
    _print_table([tr(T("Code")), tr(T("Name")), tr(T("Policy")), tr(T("Insured limit")), tr(T("Exposure")),
                  tr(T("Over by"))],
                 ([e.code, e.name, e.policy_number, _m(e.insured_limit_minor, e.currency) or "",
                   _m(e.exposure_minor, e.currency) or "", _m(e.over_minor, e.currency) if e.over_minor else ""]
                  for e in rows), right={3, 4, 5})
    return EXIT_OK


def _notify(args: argparse.Namespace) -> int:
    from .services.insurance import notify_overdue

    as_of = _as_of(args)
    with _open(args) as db, db.session() as s:
        iid = _invoice_id(s.connection(), args.invoice)
        notify_overdue(s, iid, on=as_of, reference=args.reference, note=args.note)
    print(tr(T("Invoice {number} notified to the insurer on {date}.")).format(
        number=args.invoice, date=as_of.isoformat()))
    return EXIT_OK


def _deadlines(args: argparse.Namespace) -> int:
    from .services.insurance import DEADLINE_KINDS, deadlines, load_settings

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        warning = args.warning_days if args.warning_days is not None else load_settings(conn).warning_days
        rows = deadlines(conn, as_of, warning_days=warning)
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "warning_days": warning, "deadlines": [
            {"invoice": r.number, "code": r.code, "name": r.name, "policy": r.policy_number,
             "insurer": r.insurer, "currency": r.currency, "open": _m(r.open_minor, r.currency),
             "issue_date": _d(r.issue_date), "due_date": _d(r.due_date), "days_overdue": r.days_overdue,
             "extension_end": _d(r.extension_end), "notify_by": _d(r.notify_by),
             "notified_on": _d(r.notified_on), "claim_by": _d(r.claim_by),
             "claim_by_estimated": r.claim_by_estimated, "draft_claim": r.draft_claim,
             "next": r.next_kind, "next_date": _d(r.next_date), "days_left": r.days_left,
             "level": r.level} for r in rows]})
        return EXIT_OK
    _print_table([tr(T("Next")), tr(T("Date")), tr(T("Days left")), tr(T("Invoice")), tr(T("Code")),
                  tr(T("Open")), tr(T("Notify by")), tr(T("Extension ends")), tr(T("Claim by"))],
                 ([("!! " if r.level == "missed" else "! " if r.level == "warning" else "")
                   + tr(DEADLINE_KINDS[r.next_kind]), _d(r.next_date), str(r.days_left), r.number, r.code,
                   f"{r.currency} {_m(r.open_minor, r.currency)}",
                   f"{_d(r.notify_by)}" + (f" ✓ {_d(r.notified_on)}" if r.notified_on else ""),
                   _d(r.extension_end), _d(r.claim_by) + ("*" if r.claim_by_estimated else "")]
                  for r in rows), right={2, 5})
    return EXIT_OK


def _claim(args: argparse.Namespace) -> int:
    from .services import insurance as ins

    as_of = _as_of(args)
    if args.sub in ("list", "show"):
        return _claim_read(args, as_of)
    with _open(args) as db, db.session() as s:
        conn = s.connection()
        if args.sub == "open":
            pid = ins.policy_id_for(conn, args.policy)
            cid = _customer(conn, args.code)
            ids = [_invoice_id(conn, n) for n in args.invoices] if args.invoices else None
            claim_id = ins.open_claim(s, pid, cid, on=as_of, invoice_ids=ids, note=args.note)
            s.flush()
            info = ins.claim_info(conn, claim_id, as_of)
            msg = tr(T("Claim {reference} opened for {code}: {count} invoice(s), {currency} {amount} "
                       "claimable if filed on {date}.")).format(
                reference=info.reference, code=args.code, count=len(info.invoices), currency=info.currency,
                amount=_m(info.figures.claimable_minor, info.currency), date=as_of.isoformat())
        else:
            claim_id = ins.claim_id_for(conn, args.claim)
            cur = _claim_currency(conn, claim_id)
            if args.sub == "file":
                fig = ins.file_claim(s, claim_id, on=as_of, insurer_reference=args.insurer_reference)
                msg = tr(T("Claim {reference} filed on {date}: {currency} {amount} claimable.")).format(
                    reference=args.claim, date=as_of.isoformat(), currency=cur,
                    amount=_m(fig.claimable_minor, cur))
            elif args.sub == "paid":
                ins.mark_paid(s, claim_id, on=as_of, amount_minor=_amount(args.amount, cur))
                msg = tr(T("Claim {reference} paid on {date}.")).format(reference=args.claim, date=as_of.isoformat())
            elif args.sub == "reject":
                ins.reject_claim(s, claim_id, on=as_of, reason=args.reason)
                msg = tr(T("Claim {reference} rejected on {date}.")).format(reference=args.claim,
                                                                          date=as_of.isoformat())
            elif args.sub == "recovery":
                ins.add_recovery(s, claim_id, on=args.date, amount_minor=_amount(args.amount, cur), note=args.note)
                msg = tr(T("Recovery of {currency} {amount} recorded for claim {reference}.")).format(
                    currency=cur, amount=args.amount, reference=args.claim)
            else:   # doc
                ins.set_document(s, claim_id, args.kind, present=args.present, note=args.note)
                msg = tr(T("Document list of claim {reference} updated.")).format(reference=args.claim)
    print(msg)
    return EXIT_OK


def _claim_json(info) -> dict:
    c, f = info.currency, info.figures
    return {"reference": info.reference, "status": info.status, "policy": info.policy_number,
            "insurer": info.insurer, "code": info.code, "name": info.name, "currency": c,
            "opened_on": _d(info.opened_on), "filed_on": _d(info.filed_on), "decided_on": _d(info.decided_on),
            "insurer_reference": info.insurer_reference,
            "outstanding": _m(f.outstanding_minor, c), "insured_limit": _m(f.insured_limit_minor, c),
            "deductible": _m(f.deductible_minor, c), "first_loss": _m(f.first_loss_minor, c),
            "indemnity_pct": _pct(f.indemnity_bp)[:-2], "claimable": _m(f.claimable_minor, c),
            "paid": _m(info.paid_minor, c), "recovered": _m(info.recovered_minor, c),
            "reject_reason": info.reject_reason,
            "invoices": [{"number": x.number, "issue_date": _d(x.issue_date), "due_date": _d(x.due_date),
                          "amount": _m(x.amount_minor, c), "outstanding": _m(x.outstanding_minor, c)}
                         for x in info.invoices],
            "documents": [{"kind": d.kind, "present": d.present, "note": d.note} for d in info.documents],
            "recoveries": [{"date": _d(r.date), "amount": _m(r.amount_minor, c), "note": r.note}
                           for r in info.recoveries]}


def _claim_read(args: argparse.Namespace, as_of) -> int:
    from .services import insurance as ins

    with _open(args) as db, db.engine.connect() as conn:
        if args.sub == "show":
            info = ins.claim_info(conn, ins.claim_id_for(conn, args.claim), as_of)
            if args.json:
                _dump_json(_claim_json(info))
            else:
                for k, v in _claim_json(info).items():
                    if not isinstance(v, list):
                        print(f"{k}: {'' if v is None else v}")
            return EXIT_OK
        rows = ins.list_claims(conn)
    if args.json:
        _dump_json({"claims": [{"reference": r.reference, "status": r.status, "policy": r.policy_number,
                                "code": r.code, "currency": r.currency, "opened_on": _d(r.opened_on),
                                "filed_on": _d(r.filed_on), "decided_on": _d(r.decided_on),
                                "invoices": r.invoices, "claimable": _m(r.claimable_minor, r.currency),
                                "paid": _m(r.paid_minor, r.currency),
                                "recovered": _m(r.recovered_minor, r.currency)} for r in rows]})
        return EXIT_OK
    _print_table([tr(T("Claim")), tr(T("Status")), tr(T("Code")), tr(T("Opened")), tr(T("Claimable")),
                  tr(T("Paid")), tr(T("Recovered"))],
                 ([r.reference, tr(ins.CLAIM_STATUS_TEXT[r.status]), r.code, _d(r.opened_on),
                   _m(r.claimable_minor, r.currency) or "", _m(r.paid_minor, r.currency) or "",
                   _m(r.recovered_minor, r.currency) if r.recovered_minor else ""] for r in rows),
                 right={4, 5, 6})
    return EXIT_OK


def _claim_pack(args: argparse.Namespace) -> int:
    from .services.insurance import claim_id_for, render_claim_pack

    as_of = getattr(args, "as_of", None)
    with _open(args) as db, db.engine.connect() as conn:
        cid = claim_id_for(conn, args.claim)
        render_claim_pack(conn, cid, args.language, as_of=as_of, path=args.pdf)
    print(tr(T("Claim pack written to {path}")).format(path=args.pdf))
    return EXIT_OK


def _settings(args: argparse.Namespace) -> int:
    from .services.insurance import InsuranceSettings, load_settings, save_settings

    with _open(args) as db, db.session() as s:
        st = load_settings(s)
        if args.warning_days is not None:
            st = InsuranceSettings(warning_days=args.warning_days)
            save_settings(s, st, args.reason)
    _dump_json({"warning_days": st.warning_days})
    return EXIT_OK


def cmd_insurance(args: argparse.Namespace) -> int:
    return {"policy": _policy, "buyer": _buyer, "exposure": _exposure, "notify": _notify,
            "deadlines": _deadlines, "claim": _claim, "claim-pack": _claim_pack,
            "settings": _settings}[args.action](args)


COMMANDS = {"insurance": cmd_insurance}
