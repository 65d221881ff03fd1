"""Re-score all customers as of a date: a preview (in a worker) of who would change grade or
limit, then Apply saves grades, rule limits and review dates (``credit.rescore``, audited).

    dlg = RescoreDialog(ctx, parent)
    dlg.exec()
    dlg.applied      # True when the new grades were saved
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from ...money import format_minor
from ...services.credit import RescoreResult, rescore
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.text_table import TextTable
from ..workers import run_in_worker
from .invoice_dialog import date_edit, pydate


def run_rescore(db, as_of: date, apply: bool) -> RescoreResult:
    """Worker: one session; a preview writes nothing."""
    with db.session() as s:
        return rescore(s, as_of, apply=apply)


class RescoreDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: RescoreResult | None = None
        self.applied = False
        self.busy = False
        self.setWindowTitle(self.tr("Re-score all customers"))
        self.resize(860, 560)
        v = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Score as of:")))
        self.as_of = date_edit(ctx.as_of())
        self.as_of.setObjectName("rescore_as_of")
        top.addWidget(self.as_of)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("rescore_preview")
        self.preview_button.clicked.connect(self.preview)
        top.addWidget(self.preview_button)
        top.addStretch(1)
        v.addLayout(top)
        self.summary = QLabel(self.tr("Preview shows who would change grade or limit; nothing is saved "
                                      "until you apply."))
        self.summary.setObjectName("rescore_summary")
        self.summary.setWordWrap(True)
        v.addWidget(self.summary)
        self.table = TextTable([self.tr("Code"), self.tr("Name"), self.tr("Grade"),
                                self.tr("Score"), self.tr("Limit"), self.tr("Currency")])
        self.table.setObjectName("rescore_table")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        v.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setObjectName("rescore_apply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        v.addWidget(self.buttons)
        self.as_of.dateChanged.connect(lambda _d: self._invalidate())

    def _invalidate(self) -> None:
        self.result = None
        self.apply_button.setEnabled(False)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.preview_button.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self.result is not None and not self.applied)
        if text:
            self.summary.setText(text)

    def preview(self) -> None:
        if self.busy:
            return
        self.result = None
        self._set_busy(True, self.tr("Scoring every customer…"))
        run_in_worker(run_rescore, self.ctx.db, pydate(self.as_of.date()), False,
                      on_done=self._previewed, on_error=self._failed)

    def apply(self) -> None:
        if self.busy or self.result is None:
            return
        self._set_busy(True, self.tr("Saving the new grades…"))
        run_in_worker(run_rescore, self.ctx.db, self.result.as_of, True,
                      on_done=self._applied, on_error=self._failed)

    def _failed(self, exc: BaseException, tb: str) -> None:
        self._set_busy(False, "")
        show_error(self, exc, tb)

    def _previewed(self, r: RescoreResult) -> None:
        self.result = r
        self._fill(r)
        grades = ", ".join(f"{g}: {n}" for g, n in r.counts.items())
        self.summary.setText(self.tr("As of {date}: {n} customers scored ({grades}). {moved} would change "
                                     "grade, {limits} limit.").format(
            date=r.as_of.isoformat(), n=r.customers, grades=grades, moved=len(r.grade_changes),
            limits=sum(1 for c in r.changes if c.new_limit != c.old_limit)))
        self._set_busy(False)

    def _applied(self, r: RescoreResult) -> None:
        self.result = r
        self.applied = True
        self._fill(r)
        self._set_busy(False, self.tr("Saved: {moved} grade changes and {limits} limit changes as of {date}.")
                       .format(moved=len(r.grade_changes),
                               limits=sum(1 for c in r.changes if c.new_limit != c.old_limit),
                               date=r.as_of.isoformat()))
        self.ctx.notify_changed()

    def _fill(self, r: RescoreResult) -> None:
        self.table.setSortingEnabled(False)

        def arrow(a, b) -> str:
            return str(b) if a == b else f"{'–' if a is None else a} → {b}"

        rows = []
        for c in r.changes:
            m = lambda v: "–" if v is None else format_minor(v, c.currency)  # noqa: E731
            limit = m(c.new_limit) if c.new_limit == c.old_limit else f"{m(c.old_limit)} → {m(c.new_limit)}"
            rows.append((c.code, c.name, arrow(c.old_grade, c.new_grade), arrow(c.old_score, c.new_score),
                         limit, c.currency))
        self.table.set_rows(rows)
        for col in (0, 2, 3, 4, 5):
            self.table.resizeColumnToContents(col)
        self.table.setSortingEnabled(True)
