"""Credit commands (issue 5): scores and grades, re-scoring, alerts, reviews, and the data they use.

    python main.py credit score [--customer CODE] [--as-of D] [--json]
    python main.py credit rescore [--as-of D] [--apply] [--json]
    python main.py credit alerts [--as-of D] [--json]
    python main.py credit reviews-due [--as-of D] [--within DAYS] [--json]
    python main.py credit financials CODE --date D [--debt-to-assets X] [--current-ratio Y] [--note T]
    python main.py credit rating CODE --source S --grade G --date D [--note T]
    python main.py credit event CODE --kind litigation|insolvency|returned_payment|other --date D
                                     [--note T] [--cleared D]
    python main.py credit override CODE [--grade G] [--limit AMOUNT] --reason T --until D
    python main.py credit review CODE --decision T [--grade G] [--limit AMOUNT] [--note T] [--next D]
    python main.py credit settings [--load FILE.json [--check] [--reason T]]

``--as-of`` defaults to today; an override starts and a review is dated on it. JSON amounts are
decimal strings in the customer's currency, dates ISO, reasons in the terminal's language.
Exit codes: 0 ok, 2 the input was wrong (nothing changed), 1 a bug.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .cli import (EXIT_OK, ArgumentError, _as_of, _dump_json, _open, _parse_date, _positive,
                  _print_table, tr)
from .i18n import T
from .models import EVENT_KINDS


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    cr = sub.add_parser("credit", parents=[common], help="credit scores, grades, limits, alerts and reviews")
    csub = cr.add_subparsers(dest="action", metavar="ACTION", required=True)

    sc = csub.add_parser("score", parents=[common], help="score and grade, factor by factor")
    sc.add_argument("--customer", metavar="CODE", help="only this customer")
    sc.add_argument("--json", action="store_true", help="JSON output")

    rs = csub.add_parser("rescore", parents=[common], help="re-score everyone; show who changes grade")
    rs.add_argument("--apply", action="store_true", help="save the new grades, rule limits and review dates")
    rs.add_argument("--json", action="store_true", help="JSON output")

    al = csub.add_parser("alerts", parents=[common], help="over limit, over warning line, grade dropped, …")
    al.add_argument("--json", action="store_true", help="JSON output")

    rd = csub.add_parser("reviews-due", parents=[common], help="the review worklist, by due date")
    rd.add_argument("--within", type=_positive, default=0, metavar="DAYS",
                    help="also reviews due within this many days")
    rd.add_argument("--json", action="store_true", help="JSON output")

    fi = csub.add_parser("financials", parents=[common], help="enter ratios from a financial statement")
    fi.add_argument("code", metavar="CODE")
    fi.add_argument("--date", type=_parse_date, required=True, help="the statement's date")
    fi.add_argument("--debt-to-assets", dest="debt_to_assets", metavar="X", help="e.g. 0.62")
    fi.add_argument("--current-ratio", dest="current_ratio", metavar="Y", help="e.g. 1.4")
    fi.add_argument("--note", default="")

    ra = csub.add_parser("rating", parents=[common], help="enter an insurer's or bureau's rating")
    ra.add_argument("code", metavar="CODE")
    ra.add_argument("--source", required=True)
    ra.add_argument("--grade", required=True)
    ra.add_argument("--date", type=_parse_date, required=True)
    ra.add_argument("--note", default="")

    ev = csub.add_parser("event", parents=[common], help="record a negative event (caps the grade)")
    ev.add_argument("code", metavar="CODE")
    ev.add_argument("--kind", required=True, choices=EVENT_KINDS)
    ev.add_argument("--date", type=_parse_date, required=True)
    ev.add_argument("--note", default="")
    ev.add_argument("--cleared", type=_parse_date, default=None, help="the day it stopped counting")

    ov = csub.add_parser("override", parents=[common], help="set grade and/or limit by hand until a date")
    ov.add_argument("code", metavar="CODE")
    ov.add_argument("--grade")
    ov.add_argument("--limit", metavar="AMOUNT", help="in the customer's currency, e.g. 500000.00")
    ov.add_argument("--reason", required=True)
    ov.add_argument("--until", type=_parse_date, required=True)

    rv = csub.add_parser("review", parents=[common], help="record a credit review")
    rv.add_argument("code", metavar="CODE")
    rv.add_argument("--decision", required=True)
    rv.add_argument("--grade")
    rv.add_argument("--limit", metavar="AMOUNT")
    rv.add_argument("--note", default="")
    rv.add_argument("--next", type=_parse_date, default=None, dest="next_review",
                    help="next review date (default: from the grade policy)")

    se = csub.add_parser("settings", parents=[common],
                         help="print the credit settings as JSON, or load them from a JSON file")
    se.add_argument("--load", type=Path, metavar="FILE.json",
                    help="weights, thresholds, curves, grade policies … (keys left out keep their values)")
    se.add_argument("--check", action="store_true",
                    help="with --load: validate and show who would change grade; save nothing")
    se.add_argument("--reason", default="", help="kept in the audit log")


def _money(minor: int | None, currency: str) -> str | None:
    from .money import format_minor
    return None if minor is None else format_minor(minor, currency, grouping=False)


def _amount(text: str | None, currency: str) -> int | None:
    from .money import MoneyError, to_minor
    if text is None:
        return None
    try:
        v = to_minor(text.replace(",", ""), currency, strict=True)
    except MoneyError:
        raise ArgumentError(T("Not an amount in {currency}: {value}"), currency=currency, value=text) from None
    if v < 0:
        raise ArgumentError(T("A credit limit cannot be negative."))
    return v


def _standing_json(x) -> dict:
    sc, e = x.score, x.exposure
    return {
        "code": x.code, "name": x.name, "currency": x.currency, "score": sc.score, "grade": sc.grade,
        "score_grade": sc.score_grade, "cap": sc.cap,
        "caps": [r.text(tr) for r in sc.caps],
        "override": sc.override.text(tr) if sc.override else None,
        "factors": [{"factor": f.key, "points": f.points, "max_points": f.max_points,
                     "values": dict(f.values), "reason": f.reason.text(tr), "flags": list(f.flags)}
                    for f in sc.factors],
        "flags": list(sc.flags),
        "limit": _money(e.limit, x.currency), "limit_source": x.limit_source,
        "rule_limit": _money(x.rule_limit, x.currency),
        "exposure": _money(e.exposure, x.currency),
        "open_invoices": _money(e.open_invoices, x.currency),
        "unapplied_credits": _money(e.unapplied_credits, x.currency),
        "unapplied_payments": _money(e.unapplied_payments, x.currency),
        "utilisation_pct": None if e.utilisation_pct is None else str(e.utilisation_pct),
        "limit_status": e.status, "prepayment": x.prepayment, "terms_days": x.terms_days,
        "policy_terms_days": x.policy_terms_days,
        "saved_grade": x.saved_grade,
        "next_review": x.next_review.isoformat() if x.next_review else None,
    }


def _score(args: argparse.Namespace) -> int:
    from .services.credit import FACTOR_TEXT, customer_id_for, evaluate

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        cid = customer_id_for(conn, args.customer) if args.customer else None
        rows = evaluate(conn, as_of, customer_id=cid)
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "customers": [_standing_json(x) for x in rows]})
        return EXIT_OK
    if args.customer and rows:
        x = rows[0]
        print(f"{x.code}  {x.name}: {tr(T('score'))} {x.score.score}, {tr(T('grade'))} {x.grade}")
        _print_table([tr(T("Factor")), tr(T("Points")), tr(T("Reason"))],
                     ([tr(FACTOR_TEXT[f.key]), f"{f.points}/{f.max_points}", f.reason.text(tr)] for f in x.score.factors),
                     right={1})
        for r in x.score.caps + ((x.score.override,) if x.score.override else ()):
            print(r.text(tr))
        return EXIT_OK
    _print_table([tr(T("Code")), tr(T("Name")), tr(T("Score")), tr(T("Grade")), tr(T("Credit limit")),
                  tr(T("Exposure")), tr(T("Used %"))],
                 ([x.code, x.name, str(x.score.score), x.grade, _money(x.exposure.limit, x.currency) or "",
                   _money(x.exposure.exposure, x.currency),
                   "" if x.exposure.utilisation_pct is None else str(x.exposure.utilisation_pct)]
                  for x in rows), right={2, 4, 5, 6})
    return EXIT_OK


def _rescore(args: argparse.Namespace) -> int:
    from .services.credit import rescore

    as_of = _as_of(args)
    with _open(args) as db, db.session() as s:
        r = rescore(s, as_of, apply=args.apply)
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "applied": r.applied, "customers": r.customers,
                    "grades": r.counts,
                    "changes": [{"code": c.code, "name": c.name, "old_grade": c.old_grade,
                                 "new_grade": c.new_grade, "old_score": c.old_score,
                                 "new_score": c.new_score, "currency": c.currency,
                                 "old_limit": _money(c.old_limit, c.currency),
                                 "new_limit": _money(c.new_limit, c.currency)} for c in r.changes]})
        return EXIT_OK
    _print_table([tr(T("Code")), tr(T("Name")), tr(T("Grade")), tr(T("New grade")), tr(T("Score")),
                  tr(T("Credit limit")), tr(T("New limit"))],
                 ([c.code, c.name, c.old_grade or "", c.new_grade, str(c.new_score),
                   _money(c.old_limit, c.currency) or "", _money(c.new_limit, c.currency) or ""]
                  for c in r.changes), right={4, 5, 6})
    msg = (T("{customers} customers re-scored as of {date}: {grades} grade changes saved.") if r.applied
           else T("{customers} customers as of {date}: {grades} would change grade; nothing saved "
                  "(use --apply)."))
    print(tr(msg).format(customers=r.customers, date=as_of.isoformat(), grades=len(r.grade_changes)))
    return EXIT_OK


def _alerts(args: argparse.Namespace) -> int:
    from .services.credit import ALERT_TEXT, alert_counts, credit_alerts

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        alerts = credit_alerts(conn, as_of)
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "counts": alert_counts(alerts),
                    "alerts": [{"kind": a.kind, "code": a.code, "name": a.name,
                                "message": a.reason.text(tr)} for a in alerts]})
        return EXIT_OK
    _print_table([tr(T("Alert")), tr(T("Code")), tr(T("Name")), tr(T("Details"))],
                 ([tr(ALERT_TEXT[a.kind]), a.code, a.name, a.reason.text(tr)] for a in alerts), right=set())
    return EXIT_OK


def _reviews_due(args: argparse.Namespace) -> int:
    from .services.credit import reviews_due

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        rows = reviews_due(conn, as_of, within_days=args.within)
    if args.json:
        _dump_json({"as_of": as_of.isoformat(), "reviews": [
            {"code": r.code, "name": r.name, "grade": r.grade, "score": r.score, "due": r.due.isoformat(),
             "days_overdue": r.days_overdue,
             "last_review": r.last_review.isoformat() if r.last_review else None} for r in rows]})
        return EXIT_OK
    _print_table([tr(T("Due")), tr(T("Code")), tr(T("Name")), tr(T("Grade")), tr(T("Days overdue")),
                  tr(T("Last review"))],
                 ([r.due.isoformat(), r.code, r.name, r.grade or "", str(r.days_overdue or ""),
                   r.last_review.isoformat() if r.last_review else ""] for r in rows), right={4})
    return EXIT_OK


def _customer(s, code: str):
    from .models import Customer
    from .services.credit import customer_id_for
    cid = customer_id_for(s, code)
    return cid, s.get(Customer, cid).currency


def _financials(args: argparse.Namespace) -> int:
    from .services.credit import set_financials

    with _open(args) as db, db.session() as s:
        cid, _cur = _customer(s, args.code)
        set_financials(s, cid, args.date, debt_to_assets=args.debt_to_assets,
                       current_ratio=args.current_ratio, note=args.note)
    print(tr(T("Financials of {code} dated {date} saved.")).format(code=args.code, date=args.date.isoformat()))
    return EXIT_OK


def _rating(args: argparse.Namespace) -> int:
    from .services.credit import add_rating

    with _open(args) as db, db.session() as s:
        cid, _cur = _customer(s, args.code)
        add_rating(s, cid, source=args.source, grade=args.grade, rated_on=args.date, note=args.note)
    print(tr(T("Rating {grade} from {source} saved for {code}.")).format(
        grade=args.grade, source=args.source, code=args.code))
    return EXIT_OK


def _event(args: argparse.Namespace) -> int:
    from .services.credit import add_event

    with _open(args) as db, db.session() as s:
        cid, _cur = _customer(s, args.code)
        eid = add_event(s, cid, kind=args.kind, on=args.date, note=args.note, cleared_on=args.cleared)
    print(tr(T("Event {id} recorded for {code}.")).format(id=eid, code=args.code))
    return EXIT_OK


def _override(args: argparse.Namespace) -> int:
    from .services.credit import set_override

    as_of = _as_of(args)
    with _open(args) as db, db.session() as s:
        cid, cur = _customer(s, args.code)
        oid = set_override(s, cid, grade=args.grade, limit_minor=_amount(args.limit, cur),
                           reason=args.reason, starts_on=as_of, until=args.until)
    print(tr(T("Override {id} for {code} in force from {start} until {until}.")).format(
        id=oid, code=args.code, start=as_of.isoformat(), until=args.until.isoformat()))
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from .services.credit import record_review, review_history

    as_of = _as_of(args)
    with _open(args) as db, db.session() as s:
        cid, cur = _customer(s, args.code)
        rid = record_review(s, cid, on=as_of, decision=args.decision, note=args.note, grade=args.grade,
                            limit_minor=_amount(args.limit, cur), next_review=args.next_review)
        last = next(r for r in review_history(s.connection(), cid) if r.id == rid)
    print(tr(T("Review of {code} recorded: grade {grade}, next review {date}.")).format(
        code=args.code, grade=last.new_grade, date=last.next_review.isoformat() if last.next_review else ""))
    return EXIT_OK


def _settings(args: argparse.Namespace) -> int:
    from .errors import ValidationError
    from .services.credit import CreditSettings, load_settings, preview_settings, save_settings

    as_of = _as_of(args)
    if args.load is None:
        with _open(args) as db, db.engine.connect() as conn:
            print(json.dumps(json.loads(load_settings(conn).to_json()), ensure_ascii=False, indent=1))
        return EXIT_OK
    try:
        raw = args.load.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArgumentError(T("Cannot read {path}: {error}"), path=str(args.load), error=str(exc)) from None
    with _open(args) as db, db.session() as s:
        current = load_settings(s)
        merged = json.loads(current.to_json())
        try:
            merged.update(json.loads(raw))
        except (ValueError, AttributeError, TypeError):
            raise ValidationError(T("{path} is not a JSON object of credit settings."),
                                  path=str(args.load)) from None
        new = CreditSettings.from_json(json.dumps(merged))
        matrix, moved = preview_settings(s.connection(), as_of, new, current)
        if not args.check:
            save_settings(s, new, args.reason)
    for (old, grade), n in sorted(matrix.items()):
        if old != grade:
            print(f"{old} → {grade}: {n}")
    msg = (T("Credit settings saved; as of {date} {moved} customers change grade.") if not args.check
           else T("Credit settings are valid; as of {date} {moved} customers would change grade. "
                  "Nothing saved."))
    print(tr(msg).format(date=as_of.isoformat(), moved=len(moved)))
    return EXIT_OK


def cmd_credit(args: argparse.Namespace) -> int:
    return {"settings": _settings, "score": _score, "rescore": _rescore, "alerts": _alerts, "reviews-due": _reviews_due,
            "financials": _financials, "rating": _rating, "event": _event, "override": _override,
            "review": _review}[args.action](args)


COMMANDS = {"credit": cmd_credit}
