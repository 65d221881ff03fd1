"""“Why B?”: a customer's score broken down factor by factor, as read-only rich text.

    view = ScoreBreakdown()
    view.show_detail(detail, thresholds=(80, 60, 40), as_of=date)   # a credit.CreditDetail
    view.plain_text()                                                 # for tests

Each factor shows what was measured, the points out of its maximum and the reason (translated
from the service's T() template); flags such as “little history, neutral” follow the reason.
Caps from negative events, a grade override and a limit override (reason, expiry) come after the
table, then exposure, limit and the policy of the grade.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from ...money import format_minor
from ...services.credit import FACTOR_TEXT, CreditDetail, Standing
from ..errors import tr_message
from ..tablemodels.credit import GRADE_COLORS, limit_source_text


def grade_html(grade: str) -> str:
    bg, fg = GRADE_COLORS.get(grade, GRADE_COLORS["C"])
    return (f'<span style="background-color:{bg.name()}; color:{fg.name()}; font-weight:bold;">'
            f"&nbsp;{escape(grade)}&nbsp;</span>")


class ScoreBreakdown(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credit_breakdown")
        self.setOpenLinks(False)
        self.detail: CreditDetail | None = None

    # ------------------------------------------------------------- texts
    def value_names(self) -> dict[str, str]:
        return {"days_beyond_terms": self.tr("Days beyond terms"),
                "late_share_pct": self.tr("Paid late (%)"),
                "paid_invoices": self.tr("Invoices paid"),
                "overdue_share_pct": self.tr("Overdue share (%)"),
                "oldest_overdue_days": self.tr("Oldest overdue (days)"),
                "utilisation_pct": self.tr("Utilisation (%)"),
                "months": self.tr("Months"), "first_invoice": self.tr("First invoice"),
                "statement_date": self.tr("Statement"), "debt_to_assets": self.tr("Debt-to-assets"),
                "current_ratio": self.tr("Current ratio"), "source": self.tr("Source"),
                "grade": self.tr("Grade"), "rated_on": self.tr("Rated on")}

    def flag_text(self, flag: str) -> str:
        return {"little_history": self.tr("little history, neutral"),
                "no_limit": self.tr("no limit, neutral"),
                "no_financials": self.tr("no financials, neutral"),
                "stale_financials": self.tr("financials out of date, neutral"),
                "no_rating": self.tr("no rating, neutral"),
                "stale_rating": self.tr("rating out of date, neutral"),
                "unknown_rating": self.tr("rating not in the scale, neutral")}.get(flag, flag)

    def status_text(self, status: str) -> str:
        return {"ok": self.tr("within the limit"), "warning": self.tr("over the warning line"),
                "over_limit": self.tr("over the limit"), "no_limit": self.tr("no limit set")}.get(status, status)

    # ------------------------------------------------------------- render
    def clear_detail(self, message: str = "") -> None:
        self.detail = None
        self.setHtml(f"<p style='color:gray'>{escape(message)}</p>")

    def show_detail(self, detail: CreditDetail, *, thresholds: tuple[int, int, int], as_of: date,
                    warning_pct: int = 80) -> None:
        self.detail = detail
        self.setHtml(self.html(detail, thresholds, as_of, warning_pct))

    def plain_text(self) -> str:
        return self.toPlainText()

    def html(self, d: CreditDetail, thresholds: tuple[int, int, int], as_of: date,
             warning_pct: int) -> str:
        x: Standing = d.standing
        sc = x.score
        a, b, c = thresholds
        parts = [f"<h3>{escape(x.code)} · {escape(x.name)}</h3>",
                 "<p>" + self.tr("Grade {grade} — score {score} / 100").format(
                     grade=grade_html(sc.grade), score=f"<b>{sc.score}</b>")
                 + " &nbsp; <span style='color:gray'>"
                 + escape(self.tr("(A ≥ {a}, B ≥ {b}, C ≥ {c})").format(a=a, b=b, c=c)) + "</span></p>"]
        parts.append("<p><b>" + escape(self.tr("Why {grade}?").format(grade=sc.grade)) + "</b></p>")
        names = self.value_names()
        rows = []
        for f in sc.factors:
            values = "; ".join(f"{escape(names.get(k, k))}: {escape(v)}" for k, v in f.values if v != "")
            reason = escape(f.reason.text(tr_message))
            if f.flags:
                reason += " <i style='color:#8a6d00'>(" + escape(", ".join(
                    self.flag_text(fl) for fl in f.flags)) + ")</i>"
            rows.append(
                f"<tr><td><b>{escape(tr_message(FACTOR_TEXT.get(f.key, f.key)))}</b></td>"
                f"<td>{values}</td><td align='right'><b>{f.points}</b>&nbsp;/&nbsp;{f.max_points}</td>"
                f"<td>{reason}</td></tr>")
        heads = [escape(t) for t in (self.tr("Factor"), self.tr("Measured"), self.tr("Points"),
                                       self.tr("Reason"), self.tr("Total"))]
        parts.append(
            "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse; "
            "border-color:#c8c8c8' width='100%'><tr style='background-color:#eeeeee'>"
            f"<th align='left'>{heads[0]}</th><th align='left'>{heads[1]}</th>"
            f"<th align='right'>{heads[2]}</th><th align='left'>{heads[3]}</th></tr>" + "".join(rows)
            + f"<tr><td colspan='2'><b>{heads[4]}</b></td>"
              f"<td align='right'><b>{sc.score}</b>&nbsp;/&nbsp;100</td><td></td></tr></table>")
        notes = []
        if sc.cap is not None:
            for r in sc.caps:
                notes.append(escape(r.text(tr_message)))
            if sc.score_grade != sc.grade and sc.override is None:
                notes.append(escape(self.tr("The score alone gives {score_grade}; the negative events "
                                            "cap it at {grade}.").format(score_grade=sc.score_grade,
                                                                         grade=sc.grade)))
        if sc.override is not None:
            notes.append("<b>" + escape(sc.override.text(tr_message)) + "</b>")
        for o in d.overrides:
            if o.in_force(as_of) and o.limit_minor is not None:
                notes.append("<b>" + escape(self.tr("Limit set to {limit} by hand until {date}: {reason}").format(
                    limit=format_minor(o.limit_minor, x.currency), date=o.valid_until.isoformat(),
                    reason=o.reason)) + "</b>")
        if "missing_rate" in sc.flags:
            notes.append(escape(self.tr("Some amounts could not be converted (no exchange rate for {list}).")
                                .format(list=", ".join(x.missing_rates))))
        if notes:
            parts.append("<p style='color:#b00020'>" + "<br>".join(notes) + "</p>")
        parts.append(self._exposure_html(x, warning_pct))
        return "".join(parts)

    def _exposure_html(self, x: Standing, warning_pct: int) -> str:
        e = x.exposure
        m = lambda v: format_minor(v, x.currency)  # noqa: E731
        lines = []
        if e.limit is None:
            lines.append(self.tr("Exposure {exposure} {currency}; no credit limit set.").format(
                exposure=m(e.exposure), currency=x.currency))
        else:
            pct = "–" if e.utilisation_pct is None else f"{e.utilisation_pct} %"
            lines.append(self.tr("Exposure {exposure} of a limit of {limit} {currency} ({pct}, {status}; "
                                 "warning line {line} %).").format(
                exposure=m(e.exposure), limit=m(e.limit), currency=x.currency, pct=pct,
                status=self.status_text(e.status), line=warning_pct))
        lines.append(self.tr("Open invoices {open}, unapplied credit notes {credits}, unapplied "
                             "payments {payments}.").format(open=m(e.open_invoices),
                                                            credits=m(e.unapplied_credits),
                                                            payments=m(e.unapplied_payments)))
        src = limit_source_text(x.limit_source)
        if x.rule_limit is not None:
            lines.append(self.tr("{source}; the grade rule gives {limit}.").format(source=src,
                                                                                 limit=m(x.rule_limit)))
        else:
            lines.append(self.tr("{source}.").format(source=src))
        if x.prepayment:
            lines.append(self.tr("Grade {grade} policy: {days} days' terms; new invoices need prepayment.")
                         .format(grade=x.grade, days=x.policy_terms_days))
        else:
            lines.append(self.tr("Grade {grade} policy: {days} days' terms.").format(grade=x.grade,
                                                                                   days=x.policy_terms_days))
        if x.next_review is not None:
            lines.append(self.tr("Next review: {date}.").format(date=x.next_review.isoformat()))
        else:
            lines.append(self.tr("Not scored yet: re-score to set the next review date."))
        return "<p>" + "<br>".join(escape(t) for t in lines) + "</p>"
