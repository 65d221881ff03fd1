"""Command-line reports: aging and receivables KPIs, as of any date.

    python main.py aging [--as-of DATE] [--basis due|issue] [--buckets 30,60,90,180,365]
                         [--currency CUR] [--customer CODE] [--overdue-only]
                         [--json | --csv FILE | --xlsx FILE | --pdf FILE]
    python main.py kpis  [--as-of DATE] [--period-days 90] [--currency CUR] [--no-trend]
                         [--per-customer] [--json]

``aging --json``: ``{"as_of", "basis", "buckets": [labels], "rows": [{"customer_code",
"customer_name", "currency", "amounts": [per bucket], "total", "overdue", "invoices",
"unapplied_credits", "unapplied_payments", "net"}], "totals": [{"currency", "amounts", "total",
…, "customers"}], "home": {"currency", "amounts", "total", …, "rates", "missing"} | null,
"warnings": [{"code", "currency", "amount", "message"}]}``; amounts are decimal strings in the
currency's units, bucket labels "not due", "1-30", …, ">365" ("0-30", … with ``--basis issue``).

``kpis --json``: ``ar``, ``credit_sales``, ``dso``, ``dso_countback``, ``best_possible_dso``,
``average_days_delinquent``, ``cei_pct``, ``overdue_pct``, ``bad_debt_pct`` (days and
percentages rounded half-up to 2 decimals, as strings; null when undefined, with the reason in
``reasons``), plus ``as_of``, ``currency``, ``period_days``, ``period_start``, ``ar_start``,
``current``, ``written_off``, ``trend`` (12 month ends) and with ``--per-customer``
``customers``. Definitions: app/services/kpis.py. Exit codes: 0 ok, 2 bad input, 1 a bug.
"""

from __future__ import annotations

import argparse
import sys

from .cli import EXIT_OK, ArgumentError, _as_of, _dump_json, _open, _print_table, tr
from .i18n import T


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    a = sub.add_parser("aging", parents=[common],
                       help="open invoices per customer and currency in age buckets")
    a.add_argument("--basis", choices=["due", "issue"], default="due",
                   help="age from the due date (default) or the issue date")
    a.add_argument("--buckets", metavar="30,60,90,180,365", default=None,
                   help="upper ends of the age buckets in days")
    a.add_argument("--currency", metavar="CUR", help="only this currency")
    a.add_argument("--customer", metavar="CODE", help="only this customer")
    a.add_argument("--overdue-only", action="store_true", help="only customers with something overdue")
    out = a.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="JSON output (amounts as decimal strings)")
    out.add_argument("--csv", metavar="FILE", help="write a CSV file (UTF-8 with BOM, for Excel)")
    out.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook")
    out.add_argument("--pdf", metavar="FILE", help="write a PDF report (A4 landscape)")

    k = sub.add_parser("kpis", parents=[common], help="DSO, CEI, overdue and bad-debt ratios")
    k.add_argument("--period-days", type=int, default=90, metavar="N",
                   help="length of the period ending on the as-of date (default 90)")
    k.add_argument("--currency", metavar="CUR", help="currency (default: the home currency)")
    k.add_argument("--no-trend", action="store_true", help="skip the 12-month trend")
    k.add_argument("--per-customer", action="store_true",
                   help="add average days to pay and beyond terms per customer")
    k.add_argument("--json", action="store_true", help="JSON output (figures as decimal strings)")


def _money(minor: int, currency: str) -> str:
    from .money import format_minor
    return format_minor(minor, currency, grouping=False)


def _customer_id(conn, code: str | None) -> int | None:
    if code is None:
        return None
    cid = conn.exec_driver_sql("SELECT id FROM customer WHERE code = ?", (code,)).scalar()
    if cid is None:
        raise ArgumentError(T("Unknown customer code {code}."), code=code)
    return cid


# --------------------------------------------------------------------------- aging

def cmd_aging(args: argparse.Namespace) -> int:
    from .services.aging import DEFAULT_BOUNDS, aging, parse_bounds

    bounds = DEFAULT_BOUNDS if args.buckets is None else parse_bounds(args.buckets)
    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        report = aging(conn, as_of, basis=args.basis, bounds=bounds, currency=args.currency,
                       customer_id=_customer_id(conn, args.customer),
                       overdue_only=args.overdue_only)
        fmt = next((f for f in ("csv", "xlsx", "pdf") if getattr(args, f, None)), None)
        if fmt is not None:         # a file (app.services.aging_export; temp file + os.replace)
            from datetime import date

            from .services.aging_export import write_aging_file
            path = write_aging_file(conn, getattr(args, fmt), fmt, report, tr=tr, printed_on=date.today())
            print(tr(T("Wrote {path}")).format(path=path))
            return EXIT_OK
    if args.json:
        _dump_json(aging_json(report))
        return EXIT_OK
    _print_aging(report)
    return EXIT_OK


def aging_json(report) -> dict:
    """The ``aging --json`` document of an ``AgingReport``."""
    def amounts(values, cur):
        return [_money(a, cur) for a in values]

    def money_fields(x, cur) -> dict:
        return {"total": _money(x.total, cur), "overdue": _money(x.overdue, cur),
                "unapplied_credits": _money(x.unapplied_credits, cur),
                "unapplied_payments": _money(x.unapplied_payments, cur), "net": _money(x.net, cur)}

    home = report.home
    return {
        "as_of": report.as_of.isoformat(),
        "basis": report.basis,
        "buckets": [b.label for b in report.buckets],
        "rows": [{"customer_code": r.customer_code, "customer_name": r.customer_name,
                  "currency": r.currency, "amounts": amounts(r.amounts, r.currency),
                  **money_fields(r, r.currency), "invoices": r.invoices} for r in report.rows],
        "totals": [{"currency": t.currency, "amounts": amounts(t.amounts, t.currency),
                    **money_fields(t, t.currency), "invoices": t.invoices, "customers": t.customers}
                   for t in report.totals],
        "home": None if home is None else {
            "currency": home.currency, "amounts": amounts(home.amounts, home.currency),
            **money_fields(home, home.currency),
            "rates": {cur: format(rate, "f") for cur, rate in home.rates},
            "missing": list(home.missing)},
        "warnings": [{"code": w.code, "currency": w.currency,
                      "amount": _money(w.amount_minor, w.currency), "message": w.text()}
                     for w in report.warnings],
    }


def _print_aging(report) -> None:
    from .money import format_minor
    from .services.aging import bucket_text

    heads = [tr(T("Code")), tr(T("Cur."))] + [bucket_text(b, tr) for b in report.buckets] + [
        tr(T("Total")), tr(T("Unapplied")), tr(T("Net"))]
    nb = len(report.buckets)

    def line(code, cur, x):
        return [code, cur, *(format_minor(a, cur) for a in x.amounts), format_minor(x.total, cur),
                format_minor(x.unapplied_credits + x.unapplied_payments, cur), format_minor(x.net, cur)]

    body = [line(r.customer_code, r.currency, r) for r in report.rows]
    body += [line(tr(T("Total")), t.currency, t) for t in report.totals]
    if report.home is not None and len(report.totals) > 1:
        body.append(line(tr(T("Total in {currency} (converted)")).format(currency=report.home.currency),
                         report.home.currency, report.home))
    _print_table(heads, body, right=set(range(2, nb + 5)))
    for w in report.warnings:
        print(w.text(tr), file=sys.stderr)


# --------------------------------------------------------------------------- kpis

def cmd_kpis(args: argparse.Namespace) -> int:
    from .services.kpis import compute_kpis, customer_payment_stats, kpi_trend

    as_of = _as_of(args)
    with _open(args) as db, db.engine.connect() as conn:
        k = compute_kpis(conn, as_of, currency=args.currency, period_days=args.period_days)
        trend = () if args.no_trend else kpi_trend(conn, as_of, currency=k.currency,
                                                   period_days=k.period_days)
        stats = customer_payment_stats(conn, as_of, currency=k.currency) if args.per_customer else None
    doc = kpis_json(k, trend, stats)
    if args.json:
        if args.no_trend:
            doc.pop("trend")
        _dump_json(doc)
        return EXIT_OK
    _print_kpis(k, trend, stats)
    return EXIT_OK


_FIGURES = ("dso", "dso_countback", "best_possible_dso", "average_days_delinquent", "cei_pct",
            "overdue_pct", "bad_debt_pct")


def kpis_json(k, trend=(), stats=None) -> dict:
    """The ``kpis --json`` document."""
    from .services.kpis import kpi_text

    cur = k.currency
    doc = {
        "as_of": k.as_of.isoformat(), "currency": cur, "period_days": k.period_days,
        "period_start": k.period_start.isoformat(),
        "ar": _money(k.ar_minor, cur), "ar_start": _money(k.ar_start_minor, cur),
        "current": _money(k.current_minor, cur), "credit_sales": _money(k.credit_sales_minor, cur),
        "written_off": _money(k.written_off_minor, cur),
        **{key: kpi_text(getattr(k, key)) for key in _FIGURES},
        "reasons": dict(k.reasons),
        "trend": [{"month_end": p.month_end.isoformat(), "ar": _money(p.ar_minor, cur),
                   "current": _money(p.current_minor, cur),
                   "credit_sales": _money(p.credit_sales_minor, cur),
                   "dso": kpi_text(p.dso), "overdue_pct": kpi_text(p.overdue_pct)} for p in trend],
    }
    if stats is not None:
        doc["customers"] = [{
            "customer_code": s.customer_code, "customer_name": s.customer_name,
            "invoices": s.invoices, "amount": _money(s.amount_minor, cur),
            "avg_days_to_pay": kpi_text(s.avg_days_to_pay),
            "avg_days_beyond_terms": kpi_text(s.avg_days_beyond_terms)} for s in stats]
    return doc


def _print_kpis(k, trend, stats) -> None:
    from .money import format_minor
    from .services.kpis import kpi_text

    cur = k.currency
    print(tr(T("KPIs in {currency} as of {date}, period of {days} days from {start}"))
          .format(currency=cur, date=k.as_of.isoformat(), days=k.period_days,
                  start=k.period_start.isoformat()))
    rows = [[tr(T("Credit sales (S)")), format_minor(k.credit_sales_minor, cur)],
            [tr(T("AR")), format_minor(k.ar_minor, cur)],
            [tr(T("AR at start")), format_minor(k.ar_start_minor, cur)],
            [tr(T("Current (not due)")), format_minor(k.current_minor, cur)],
            [tr(T("Written off in period")), format_minor(k.written_off_minor, cur)]]
    labels = {"dso": T("DSO"), "dso_countback": T("Countback DSO"),
              "best_possible_dso": T("Best possible DSO"),
              "average_days_delinquent": T("Average days delinquent"), "cei_pct": T("CEI %"),
              "overdue_pct": T("Overdue %"), "bad_debt_pct": T("Bad-debt %")}
    for key in _FIGURES:
        v = getattr(k, key)
        rows.append([tr(labels[key]), kpi_text(v) if v is not None else "— " + tr(k.reason(key) or "")])
    _print_table([tr(T("Figure")), tr(T("Value"))], rows, right=set())
    if trend:
        print()
        _print_table([tr(T("Month end")), tr(T("AR")), tr(T("DSO")), tr(T("Overdue %"))],
                     [[p.month_end.isoformat(), format_minor(p.ar_minor, cur), kpi_text(p.dso) or "—",
                       kpi_text(p.overdue_pct) or "—"] for p in trend], right={1, 2, 3})
    if stats:
        print()
        _print_table([tr(T("Code")), tr(T("Paid invoices")), tr(T("Avg. days to pay")),
                      tr(T("Avg. days beyond terms"))],
                     [[s.customer_code, str(s.invoices), kpi_text(s.avg_days_to_pay),
                       kpi_text(s.avg_days_beyond_terms)] for s in stats], right={1, 2, 3})


COMMANDS = {"aging": cmd_aging, "kpis": cmd_kpis}
