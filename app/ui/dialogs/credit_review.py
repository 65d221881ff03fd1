"""The credit review dialog: the score breakdown, exposure, a 12-month payment history chart and
the last reviews on the left; the review itself on the right (date, reviewer, decision, new
grade and limit, next review, note), recorded with ``credit.record_review`` (audited).

    dlg = ReviewDialog(ctx, customer_id, parent)     # loads credit.credit_detail
    dlg.exec()                                        # accepted: a review was recorded
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSplitter,
                               QVBoxLayout, QWidget)

from ...errors import UserError
from ...money import format_minor
from ...services import credit
from ...services.credit import CreditDetail, PaidMonth
from ...services.credit.dates import add_months
from ...storage.lock import current_user
from ..charts import ChartView
from ..context import AppContext
from ..errors import tr_message
from ..tablemodels.text_table import TextTable
from .credit_breakdown import ScoreBreakdown
from .forms import parse_amount
from .invoice_dialog import date_edit, pydate, qdate


@dataclass(frozen=True)
class HistoryChart:
    months: tuple[PaidMonth, ...]
    on_time: str
    late: str
    days: str
    title: str


def payment_history_figure(c: HistoryChart):
    """Invoices paid per month (on time / late, stacked) and the amount-weighted days beyond
    terms as a line on a second axis. Runs in a worker (a matplotlib Figure)."""
    from matplotlib.figure import Figure

    from ...services.chart_figures import configure

    configure()
    fig = Figure(figsize=(6, 2.6), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    labels = [m.month[2:] for m in c.months]
    xs = list(range(len(labels)))
    on_time = [m.paid - m.late for m in c.months]
    late = [m.late for m in c.months]
    ax.bar(xs, on_time, color="#5b9e5f", label=c.on_time)
    ax.bar(xs, late, bottom=on_time, color="#df5a36", label=c.late)
    ax.set_xticks(xs)
    ax.set_xticklabels(labels, fontsize=7, rotation=45)
    ax.tick_params(axis="y", labelsize=7)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(c.title, fontsize=9)
    ax2 = ax.twinx()
    pts = [(x, float(m.days_beyond_terms)) for x, m in zip(xs, c.months) if m.days_beyond_terms is not None]
    if pts:
        ax2.plot([p[0] for p in pts], [p[1] for p in pts], color="#1f4e8c", marker="o", markersize=3,
                 linewidth=1.2, label=c.days)
    ax2.tick_params(axis="y", labelsize=7, colors="#1f4e8c")
    ax2.axhline(0, color="#1f4e8c", linewidth=0.5, alpha=0.4)
    handles = ax.get_legend_handles_labels()
    h2 = ax2.get_legend_handles_labels()
    ax.legend(handles[0] + h2[0], handles[1] + h2[1], fontsize=7, loc="lower center", ncol=3,
              bbox_to_anchor=(0.5, 1.0), frameon=False)
    for spine in ("top",):
        ax.spines[spine].set_visible(False)
        ax2.spines[spine].set_visible(False)
    fig.tight_layout()
    return fig


class ReviewDialog(QDialog):
    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.review_id: int | None = None
        with ctx.db.engine.connect() as conn:
            self.settings = credit.load_settings(conn)
            self.detail: CreditDetail = credit.credit_detail(conn, customer_id, ctx.as_of(),
                                                             settings=self.settings)
        x = self.detail.standing
        self.setWindowTitle(self.tr("Credit review — {code} · {name}").format(code=x.code, name=x.name))
        self.resize(1180, 760)

        # ---- left: breakdown, chart, last reviews
        self.breakdown = ScoreBreakdown()
        self.breakdown.show_detail(self.detail, thresholds=self.settings.thresholds, as_of=ctx.as_of(),
                                   warning_pct=self.settings.warning_pct)
        self.chart = ChartView(self.tr("Loading chart…"))
        self.chart.setObjectName("review_chart")
        self.chart.setMinimumHeight(200)
        self.history = TextTable([
            self.tr("Date"), self.tr("Reviewer"), self.tr("Grade"), self.tr("Limit"), self.tr("Score"),
            self.tr("Decision"), self.tr("Next review"), self.tr("Note")])
        self.history.setObjectName("review_history")
        self._fill_history()
        hist_box = QGroupBox(self.tr("Last reviews"))
        hl = QVBoxLayout(hist_box)
        hl.addWidget(self.history)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.breakdown)
        left.addWidget(self.chart)
        left.addWidget(hist_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setStretchFactor(2, 1)

        # ---- right: the review
        form_box = QGroupBox(self.tr("This review"))
        fl = QFormLayout(form_box)
        self.on = date_edit(ctx.as_of())
        self.on.setObjectName("review_date")
        fl.addRow(self.tr("Review &date:"), self.on)
        self.reviewer = QLineEdit(current_user())
        self.reviewer.setObjectName("review_reviewer")
        fl.addRow(self.tr("Re&viewer:"), self.reviewer)
        fl.addRow(self.tr("Current grade:"), QLabel(self.tr("{saved} saved, {grade} computed (score {score})").format(
            saved=x.saved_grade or "–", grade=x.grade, score=x.score.score)))
        self.decision = QComboBox()
        self.decision.setObjectName("review_decision")
        self.decision.setEditable(True)
        self.decision.addItems([self.tr("Confirmed"), self.tr("Upgraded"), self.tr("Downgraded"),
                                self.tr("Limit changed"), self.tr("Put on watch"),
                                self.tr("Prepayment only")])
        fl.addRow(self.tr("D&ecision:"), self.decision)
        self.grade = QComboBox()
        self.grade.setObjectName("review_grade")
        self.grade.addItem(self.tr("Keep {grade} (computed)").format(grade=x.grade), "")
        for g in "ABCD":
            self.grade.addItem(g, g)
        fl.addRow(self.tr("New &grade:"), self.grade)
        self.limit = QLineEdit()
        self.limit.setObjectName("review_limit")
        current = "" if x.exposure.limit is None else format_minor(x.exposure.limit, x.currency)
        self.limit.setPlaceholderText(self.tr("blank: keep {limit}").format(limit=current or self.tr("no limit")))
        fl.addRow(self.tr("New &limit ({currency}):").format(currency=x.currency), self.limit)
        self.next_by_hand = QCheckBox(self.tr("Set the &next review by hand"))
        self.next_by_hand.setObjectName("review_next_by_hand")
        self.next_review = date_edit(self._policy_next())
        self.next_review.setObjectName("review_next")
        self.next_review.setEnabled(False)
        self.next_by_hand.toggled.connect(self.next_review.setEnabled)
        self.grade.currentIndexChanged.connect(lambda _i: self._sync_next())
        self.on.dateChanged.connect(lambda _d: self._sync_next())
        fl.addRow(self.next_by_hand)
        fl.addRow(self.tr("Next re&view:"), self.next_review)
        self.note = QPlainTextEdit()
        self.note.setObjectName("review_note")
        self.note.setPlaceholderText(self.tr("What was looked at, who was spoken to, conditions…"))
        fl.addRow(self.tr("&Note:"), self.note)
        self.problem = QLabel()
        self.problem.setObjectName("review_problem")
        self.problem.setStyleSheet("color: #c02020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        fl.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.addButton(self.tr("&Record review"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(form_box, 1)
        rv.addWidget(buttons)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self._build_chart()

    # ------------------------------------------------------------- parts
    def _policy_next(self):
        g = self.grade.currentData() if hasattr(self, "grade") else ""
        g = g or self.detail.standing.grade
        return add_months(pydate(self.on.date()), self.settings.policy(g).review_months)

    def _sync_next(self) -> None:
        if not self.next_by_hand.isChecked():
            self.next_review.setDate(qdate(self._policy_next()))

    def _build_chart(self) -> None:
        months = self.detail.history
        if not any(m.paid for m in months):
            self.chart.show_message(self.tr("No invoices paid in the last 12 months."))
            return
        self.chart.build(payment_history_figure, HistoryChart(
            months, self.tr("paid on time"), self.tr("paid late"),
            self.tr("days beyond terms (right)"), self.tr("Invoices paid per month, last 12 months")))

    def _fill_history(self) -> None:
        cur = self.detail.standing.currency
        m = lambda v: "" if v is None else format_minor(v, cur)  # noqa: E731
        cells = []
        for r in self.detail.reviews:
            grade = f"{r.old_grade or '–'} → {r.new_grade or '–'}"
            limit = m(r.new_limit_minor) if r.old_limit_minor == r.new_limit_minor \
                else f"{m(r.old_limit_minor) or '–'} → {m(r.new_limit_minor) or '–'}"
            cells.append((r.review_date.isoformat(), r.reviewer, grade, limit,
                          "" if r.score is None else str(r.score), r.decision,
                          r.next_review.isoformat() if r.next_review else "", r.note))
        self.history.set_rows(cells)

    # ------------------------------------------------------------ record
    def accept(self) -> None:
        x = self.detail.standing
        try:
            limit = parse_amount(self.limit.text(), x.currency)
        except ValueError as exc:
            self._problem(str(exc))
            return
        nxt = pydate(self.next_review.date()) if self.next_by_hand.isChecked() else None
        try:
            with self.ctx.db.session() as s:
                self.review_id = credit.record_review(
                    s, self.customer_id, on=pydate(self.on.date()), decision=self.decision.currentText(),
                    note=self.note.toPlainText().strip(), grade=self.grade.currentData() or None,
                    limit_minor=limit, next_review=nxt, reviewer=self.reviewer.text().strip() or None,
                    settings=self.settings)
        except UserError as exc:
            self._problem(exc.translated(tr_message))
            return
        super().accept()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
