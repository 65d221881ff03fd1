"""The aging report as export tables, key figures, chart data and a PDF. No Qt here.

The Aging tab and the CLI's ``aging --csv/--xlsx/--pdf`` share these builders, so a file looks
the same whichever wrote it. Texts are English templates marked with ``T()`` and translated by
the ``tr`` the caller passes (the UI's ``tr_message``, the CLI's ``tr``; identity by default).

    aging_table(report, rows=None, tr=...) -> ExportTable      # one row per customer and currency
    key_figures(kpis, previous, over90, over90_previous, tr=...) -> tuple[KeyFigure, ...]
    aging_bars(rows, buckets, currency, tr=...) -> AgingBars    # chart data: top customers
    trend_series(points, currency, tr=...) -> TrendSeries
    forecast_series(currency_forecast, weeks, tr=...) -> ForecastSeries
    kpi_block(conn, as_of, currency, report) -> KpiBlock         # cards + trend data (one currency)
    aging_pdf_report(report, company=..., ...) -> PdfReport
    export_aging(path, fmt, report, ...) -> Path                # fmt: "xlsx" | "csv" | "pdf"
    write_aging_file(conn, path, fmt, report, tr=...) -> Path   # the CLI: adds company, KPIs, trend

``rows`` lets the tab export what it shows (its filters applied); totals are then the sums of
those rows per currency. Amounts never mix currencies; the home-currency line is the service's
converted total and is added only for an unfiltered report with more than one currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from ..i18n import T
from ..money import Money, format_minor
from .exports import AMOUNT, PERCENT, TEXT, ExportColumn, ExportTable, PdfLabels, PdfReport

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from .aging import AgingReport, AgingRow, Bucket
    from .chart_figures import AgingBars, ForecastSeries, TrendSeries
    from .forecast import CurrencyForecast, ForecastWeek
    from .kpis import Kpis, TrendPoint

Tr = Callable[[str], str]
FORMATS = ("xlsx", "csv", "pdf")
OVER_DAYS = 90                   # the ">90 days" key figure
TOP_CUSTOMERS = 10               # bars in the aging chart


def _same(text: str) -> str:
    return text


def _q(value: Decimal, places: str = "0.01") -> Decimal:
    return value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def overdue_pct(overdue: int, total: int) -> Decimal | None:
    """Share of ``total`` past due, in % with 2 decimals; None when nothing is open."""
    if total <= 0:
        return None
    return _q(Decimal(overdue) * 100 / Decimal(total))


def over_days_minor(buckets: Sequence["Bucket"], amounts: Sequence[int], days: int = OVER_DAYS) -> int:
    """What sits in the buckets older than ``days`` (with the default bounds: 91–180, 181–365, >365)."""
    return sum(a for b, a in zip(buckets, amounts) if b.lo is not None and b.lo > days)


def bucket_titles(buckets: Sequence["Bucket"], tr: Tr = _same) -> list[str]:
    from .aging import bucket_text

    return [bucket_text(b, tr) for b in buckets]


# -------------------------------------------------------------------- tables
def aging_columns(buckets: Sequence["Bucket"], tr: Tr = _same) -> list[ExportColumn]:
    cols = [ExportColumn(tr(T("Code")), TEXT, 0.8), ExportColumn(tr(T("Customer")), TEXT, 2.4),
            ExportColumn(tr(T("Currency")), TEXT, 0.75)]
    cols += [ExportColumn(t, AMOUNT, blank_zero=True) for t in bucket_titles(buckets, tr)]
    cols += [ExportColumn(tr(T("Total")), AMOUNT, 1.05), ExportColumn(tr(T("% overdue")), PERCENT, 0.7),
             ExportColumn(tr(T("Unapplied")), AMOUNT, blank_zero=True),
             ExportColumn(tr(T("Net")), AMOUNT, 1.05)]
    return cols


def _line(code: str, name: str, currency: str, amounts: Sequence[int], total: int, overdue: int,
          unapplied: int) -> tuple:
    return (code, name, currency, *(Money(a, currency) for a in amounts), Money(total, currency),
            overdue_pct(overdue, total), Money(unapplied, currency), Money(total - unapplied, currency))


def currency_totals(rows: Iterable["AgingRow"], n_buckets: int) -> list[tuple[str, list[int], int, int, int, int]]:
    """Per currency, sorted: (currency, amounts, total, overdue, unapplied, customers)."""
    acc: dict[str, list] = {}
    for r in rows:
        t = acc.get(r.currency)
        if t is None:
            t = acc[r.currency] = [[0] * n_buckets, 0, 0, 0, 0]
        amounts = t[0]
        for i, a in enumerate(r.amounts):
            amounts[i] += a
        t[1] += r.total
        t[2] += r.overdue
        t[3] += r.unapplied_credits + r.unapplied_payments
        t[4] += 1
    return [(cur, *acc[cur]) for cur in sorted(acc)]


def aging_table(report: "AgingReport", *, rows: Sequence["AgingRow"] | None = None, tr: Tr = _same,
                title: str | None = None) -> ExportTable:
    """The report (or the given ``rows`` of it) with a total line per currency."""
    shown = report.rows if rows is None else rows
    nb = len(report.buckets)
    body = [_line(r.customer_code, r.customer_name, r.currency, r.amounts, r.total, r.overdue,
                  r.unapplied_credits + r.unapplied_payments) for r in shown]
    totals = [_line("", tr(T("Total")), cur, amounts, total, overdue, unapplied)
              for cur, amounts, total, overdue, unapplied, _n in currency_totals(shown, nb)]
    home = report.home
    if rows is None and home is not None and len(report.totals) > 1:
        label = tr(T("Total in {currency} (converted)")).format(currency=home.currency)
        totals.append(_line("", label, home.currency, home.amounts, home.total, home.overdue,
                            home.unapplied_credits + home.unapplied_payments))
    notes = [w.text(tr) for w in report.warnings]
    return ExportTable(title or tr(T("Aging")), aging_columns(report.buckets, tr), body, totals, notes)


# ---------------------------------------------------------------- KPI block
@dataclass(frozen=True)
class KpiBlock:
    """KPIs of one currency now and one period earlier, the >90 days amounts, the trend."""

    currency: str
    kpis: "Kpis | None"
    previous: "Kpis | None"
    over90: int
    over90_previous: int | None
    trend: tuple["TrendPoint", ...]


def kpi_block(conn: "Connection", as_of: date, currency: str, report: "AgingReport", *,
              period_days: int | None = None) -> KpiBlock:
    """What the KPI cards and the trend chart show for ``currency`` on ``as_of``.

    The previous period ends ``period_days`` (default 90) before ``as_of``; ">90 days" comes
    from ``report`` (and from the aging of that earlier day)."""
    from .aging import aging
    from .kpis import DEFAULT_PERIOD_DAYS, compute_kpis, kpi_trend

    period = period_days or DEFAULT_PERIOD_DAYS
    before = as_of - timedelta(days=period)
    now = compute_kpis(conn, as_of, currency=currency, period_days=period)
    previous = compute_kpis(conn, before, currency=currency, period_days=period)
    trend = tuple(kpi_trend(conn, as_of, currency=currency, period_days=period))
    total = next((t for t in report.totals if t.currency == currency), None)
    over90 = over_days_minor(report.buckets, total.amounts) if total else 0
    earlier = aging(conn, before, basis=report.basis, bounds=_bounds(report), currency=currency)
    t0 = next((t for t in earlier.totals if t.currency == currency), None)
    over90_previous = over_days_minor(earlier.buckets, t0.amounts) if t0 else 0
    return KpiBlock(currency, now, previous, over90, over90_previous, trend)


def _bounds(report: "AgingReport") -> tuple[int, ...]:
    return tuple(b.hi for b in report.buckets if b.lo is not None and b.hi is not None)


# -------------------------------------------------------------- key figures
@dataclass(frozen=True)
class KeyFigure:
    """One KPI card: label, value, change against the previous period, definition."""

    key: str              # "ar" | "overdue_pct" | "dso" | "cei_pct" | "over_90"
    label: str
    value: str
    change: str           # "" when there is nothing to compare
    tone: str             # "good" | "bad" | "" (how the change reads)
    tooltip: str


def _signed(value: Decimal, places: str = "0.1") -> str:
    v = _q(value, places)
    return ("+" if v > 0 else "") + f"{v:,}"


def key_figures(kpis: "Kpis", previous: "Kpis | None", over90: int, over90_previous: int | None,
                tr: Tr = _same) -> tuple[KeyFigure, ...]:
    """Total AR, overdue %, DSO, CEI and >90 days, each with its change since ``previous``."""
    from .kpis import KPI_DEFINITIONS

    cur = kpis.currency
    since = tr(T("vs {date}")).format(date=previous.as_of.isoformat()) if previous else ""
    dash = "\u2014"

    def money(v: int) -> str:
        return f"{format_minor(v, cur)} {cur}"

    def pct(v: Decimal | None) -> str:
        return dash if v is None else f"{_q(v, '0.1')}%"

    def days(v: Decimal | None) -> str:
        return dash if v is None else tr(T("{days} days")).format(days=_q(v, "0.1"))

    def tone(delta: Decimal | int, worse_when_up: bool | None) -> str:
        if worse_when_up is None or not delta:
            return ""
        return "bad" if (delta > 0) == worse_when_up else "good"

    def tip(key: str, value: object) -> str:
        text = tr(KPI_DEFINITIONS[key])
        why = kpis.reason(key) if value is None else None
        if why:
            text += "\n" + tr(why)
        return text

    out: list[KeyFigure] = []

    # total AR
    change, t = "", ""
    if previous is not None:
        d = kpis.ar_minor - previous.ar_minor
        change = f"{'+' if d > 0 else ''}{format_minor(d, cur)} {since}"
        t = tone(d, None)
    out.append(KeyFigure("ar", tr(T("Total AR ({currency})")).format(currency=cur), money(kpis.ar_minor),
                         change, t, tip("ar", kpis.ar_minor)))

    def ratio(key: str, label: str, now: Decimal | None, before: Decimal | None, unit: str,
              worse_when_up: bool, fmt: Callable[[Decimal | None], str]) -> None:
        change, t = "", ""
        if previous is not None and now is not None and before is not None:
            d = now - before
            change = f"{_signed(d)}{unit} {since}"
            t = tone(_q(d, "0.1"), worse_when_up)
        out.append(KeyFigure(key, label, fmt(now), change, t, tip(key, now)))

    pts = tr(T(" pts"))
    ratio("overdue_pct", tr(T("Overdue %")), kpis.overdue_pct,
          previous.overdue_pct if previous else None, pts, True, pct)
    ratio("dso", tr(T("DSO")), kpis.dso, previous.dso if previous else None, tr(T(" days")), True, days)
    ratio("cei_pct", tr(T("CEI")), kpis.cei_pct, previous.cei_pct if previous else None, pts, False, pct)

    change, t = "", ""
    if over90_previous is not None and previous is not None:
        d = over90 - over90_previous
        change = f"{'+' if d > 0 else ''}{format_minor(d, cur)} {since}"
        t = tone(d, True)
    share = overdue_pct(over90, kpis.ar_minor)
    over_tip = tr(T("Open invoices more than {days} days past their due date, in {currency}.")).format(
        days=OVER_DAYS, currency=cur)
    if share is not None:
        over_tip += "\n" + tr(T("{pct}% of total AR.")).format(pct=_q(share, "0.1"))
    out.append(KeyFigure("over_90", tr(T(">{days} days overdue")).format(days=OVER_DAYS), money(over90),
                         change, t, over_tip))
    return tuple(out)


# --------------------------------------------------------------- chart data
def aging_bars(rows: Iterable["AgingRow"], buckets: Sequence["Bucket"], currency: str, *,
               tr: Tr = _same, top: int = TOP_CUSTOMERS, width_in: float = 6.4,
               height_in: float = 3.6) -> "AgingBars":
    """The ``top`` largest balances in ``currency``, stacked by bucket; the rest as one bar."""
    from .chart_figures import AgingBars

    mine = sorted((r for r in rows if r.currency == currency and r.total > 0),
                  key=lambda r: (-r.total, r.customer_code))
    names = [r.customer_name or r.customer_code for r in mine[:top]]
    amounts = [list(r.amounts) for r in mine[:top]]
    totals = [sum(col) for col in zip(*(r.amounts for r in mine))] if mine else []
    note = ""
    if len(mine) > top:
        everything = sum(totals)
        shown = sum(r.total for r in mine[:top])
        note = tr(T("largest {top} of {n} customers: {pct}% of the total")).format(
            top=top, n=len(mine), pct=round(100 * shown / everything) if everything else 0)
    return AgingBars(currency, bucket_titles(buckets, tr), names, amounts,
                     title=tr(T("Largest balances by age ({currency})")).format(currency=currency),
                     empty_text=tr(T("Nothing open in {currency}")).format(currency=currency),
                     total_amounts=totals, total_label=tr(T("All customers")), note=note,
                     width_in=width_in, height_in=height_in)


def trend_series(points: Sequence["TrendPoint"], currency: str, *, tr: Tr = _same,
                 width_in: float = 6.4, height_in: float = 3.6) -> "TrendSeries":
    from .chart_figures import TrendSeries

    return TrendSeries(currency, [p.month_end for p in points], [p.ar_minor for p in points],
                       [p.dso for p in points], [p.overdue_pct for p in points],
                       ar_label=tr(T("Total AR")), dso_label=tr(T("DSO (days)")),
                       overdue_label=tr(T("Overdue %")),
                       title=tr(T("Last {n} month ends ({currency})")).format(n=len(points), currency=currency),
                       empty_text=tr(T("No history")), width_in=width_in, height_in=height_in)


def week_label(week: "ForecastWeek") -> str:
    return f"{week.start:%m-%d}"


def forecast_series(cf: "CurrencyForecast", weeks: Sequence["ForecastWeek"], *, tr: Tr = _same,
                    width_in: float = 9.0, height_in: float = 3.4) -> "ForecastSeries":
    from .chart_figures import ForecastSeries

    return ForecastSeries(
        cf.currency, [week_label(w) for w in weeks], list(cf.weeks), list(cf.baseline),
        later_label=tr(T("Later / unlikely")), forecast_later_minor=cf.later_unlikely_minor,
        baseline_later_minor=cf.baseline_later_minor, forecast_label=tr(T("Forecast")),
        baseline_label=tr(T("Pays on due date")),
        title=tr(T("Expected receipts per week ({currency})")).format(currency=cf.currency),
        empty_text=tr(T("Nothing open in {currency}")).format(currency=cf.currency),
        width_in=width_in, height_in=height_in)


# --------------------------------------------------------------------- PDF
def pdf_labels(tr: Tr = _same) -> PdfLabels:
    return PdfLabels(page=tr(T("Page {page} of {pages}")), as_of=tr(T("As of {date}")),
                     printed=tr(T("Printed {date}")))


def aging_pdf_report(report: "AgingReport", *, company: str, rows: Sequence["AgingRow"] | None = None,
                     figures: Sequence[KeyFigure] = (), trend: Sequence["TrendPoint"] = (),
                     chart_currency: str | None = None, charts: bool = True, tr: Tr = _same,
                     printed_on: date | None = None) -> PdfReport:
    """Company, as-of date, key figures, the aging chart (+ the trend when given), the table."""
    images: list[bytes] = []
    shown = report.rows if rows is None else rows
    if charts and shown:
        from .chart_figures import aging_bars_figure, figure_png, trend_figure

        cur = chart_currency or (report.home.currency if report.home else shown[0].currency)
        if not any(r.currency == cur for r in shown):
            cur = shown[0].currency
        images.append(figure_png(aging_bars_figure(aging_bars(shown, report.buckets, cur, tr=tr,
                                                              width_in=6.2, height_in=3.1)), 160))
        if trend:
            images.append(figure_png(trend_figure(trend_series(trend, cur, tr=tr, width_in=6.2,
                                                               height_in=3.1)), 160))
    facts = [(f.label, f.value, f.change) for f in figures]
    basis = tr(T("by due date")) if report.basis == "due" else tr(T("by invoice date"))
    return PdfReport(title=tr(T("Aging report")) + f" ({basis})", company=company or "ARDesk",
                     as_of=report.as_of, labels=pdf_labels(tr), facts=facts, images=images,
                     tables=[aging_table(report, rows=rows, tr=tr)], printed_on=printed_on)


def write_aging_file(conn: "Connection", path: str | Path, fmt: str, report: "AgingReport", *,
                     tr: Tr = _same, printed_on: date | None = None) -> Path:
    """The CLI's ``aging --csv/--xlsx/--pdf FILE``: the whole report; a PDF also gets the company
    name, the KPI figures and trend of the home currency (or of the report's only currency)."""
    if fmt != "pdf":
        return export_aging(path, fmt, report, tr=tr)
    from .fx import home_currency

    row = conn.exec_driver_sql("SELECT name FROM company ORDER BY id LIMIT 1").first()
    currencies = [t.currency for t in report.totals]
    cur = currencies[0] if len(currencies) == 1 else home_currency(conn)
    figures: tuple[KeyFigure, ...] = ()
    trend: tuple = ()
    if report.rows:
        block = kpi_block(conn, report.as_of, cur, report)
        if block.kpis is not None:
            figures = key_figures(block.kpis, block.previous, block.over90, block.over90_previous, tr=tr)
        trend = block.trend
    return export_aging(path, fmt, report, company=(row[0] if row else "") or "", figures=figures,
                        trend=trend, chart_currency=cur, tr=tr, printed_on=printed_on)


def export_aging(path: str | Path, fmt: str, report: "AgingReport", *, company: str = "",
                 rows: Sequence["AgingRow"] | None = None, figures: Sequence[KeyFigure] = (),
                 trend: Sequence["TrendPoint"] = (), chart_currency: str | None = None,
                 tr: Tr = _same, printed_on: date | None = None) -> Path:
    """Write the aging report as ``fmt`` (xlsx, csv or pdf) to ``path`` (temp file + replace)."""
    from .exports import write_csv, write_pdf, write_xlsx

    if fmt == "csv":
        return write_csv(path, aging_table(report, rows=rows, tr=tr))
    if fmt == "xlsx":
        return write_xlsx(path, [aging_table(report, rows=rows, tr=tr)])
    if fmt == "pdf":
        return write_pdf(path, aging_pdf_report(report, company=company, rows=rows, figures=figures,
                                                trend=trend, chart_currency=chart_currency, tr=tr,
                                                printed_on=printed_on))
    raise ValueError(f"unknown export format {fmt!r}")
