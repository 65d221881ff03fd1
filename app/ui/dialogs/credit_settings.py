"""The Settings dialog's Credit page: factor weights, grade thresholds, the warning line, the
neutral share, history and staleness limits, and the grade policies (terms, limit rule, review
frequency, prepayment, dunning ladder). "Factor curves, ratings and events…" opens
``credit_curves.CreditCurvesDialog`` for the factor curves, the external rating scale and the
negative-event caps and durations; what it returns is kept on the page (a line tells what
differs from the defaults) and is part of ``settings()``. "Preview" shows, in a worker, how many
customers would move grade with everything on the page (``credit.preview_settings``) before
anything is saved.

    form = CreditSettingsForm(settings, ctx, home_currency)
    form.settings()     # a CreditSettings, or None while a value is wrong (form.problem())
    form.edit_curves()  # the curves dialog (modal); OK takes its values
    # saved by the Settings dialog through credit.save_settings in its session (audited)
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...errors import UserError
from ...money import format_minor
from ...services.credit import FACTOR_TEXT, FACTORS, CreditSettings, GradePolicy, preview_settings, validate
from ...services.credit.settings import (DEFAULT_CURVES, DEFAULT_EVENT_CAPS, DEFAULT_EVENT_MONTHS,
                                         DEFAULT_RATING_SCALE)
from ..context import AppContext
from ..errors import show_error, tr_message
from ..workers import run_in_worker
from .forms import parse_amount

POLICY_COLUMNS = ("terms", "share", "floor", "cap", "review", "prepay", "ladder")
CURVE_KEYS = ("curves", "rating_scale", "event_caps", "event_months")


def run_preview(engine, as_of, new: CreditSettings, current: CreditSettings):
    with engine.connect() as conn:
        return preview_settings(conn, as_of, new, current)


def _spin(lo: int, hi: int, value: int, name: str = "") -> QSpinBox:
    w = QSpinBox()
    w.setRange(lo, hi)
    w.setValue(value)
    if name:
        w.setObjectName(name)
    return w


def dunning_ladders(ctx: AppContext) -> list[str]:
    """The names of the dunning ladders (Settings → Dunning), for the grade policies."""
    from ...services import dunning
    try:
        with ctx.db.engine.connect() as conn:
            return list(dunning.load_settings(conn).ladders)
    except UserError:
        return []


class CreditSettingsForm(QWidget):
    changed = Signal()

    def __init__(self, settings: CreditSettings, ctx: AppContext, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = settings
        self.ctx = ctx
        self.currency = currency
        self.preview_result = None
        self.previewing = False
        v = QVBoxLayout(self)

        weights = QGroupBox(self.tr("Factor weights (points out of 100)"))
        grid = QGridLayout(weights)
        self.weights: dict[str, QSpinBox] = {}
        for i, key in enumerate(FACTORS):
            spin = _spin(0, 100, settings.weights.get(key, 0), f"weight_{key}")
            self.weights[key] = spin
            grid.addWidget(QLabel(tr_message(FACTOR_TEXT[key])), i // 3, (i % 3) * 2)
            grid.addWidget(spin, i // 3, (i % 3) * 2 + 1)
        self.weight_total = QLabel()
        self.weight_total.setObjectName("weight_total")
        grid.addWidget(self.weight_total, 2, 0, 1, 6)
        # the curves, rating scale and event caps: edited in their own dialog, kept here
        self.curve_values = {k: getattr(settings, k) for k in CURVE_KEYS}
        self.curves_button = QPushButton(self.tr("Factor &curves, ratings and events…"))
        self.curves_button.setObjectName("credit_curves")
        self.curves_button.setToolTip(self.tr("How each factor's measured value turns into points, "
                                              "the external rating scale and the grade caps of "
                                              "negative events."))
        self.curves_button.clicked.connect(self.edit_curves)
        self.curves_summary = QLabel()
        self.curves_summary.setObjectName("curves_summary")
        self.curves_summary.setWordWrap(True)
        grid.addWidget(self.curves_button, 3, 0, 1, 2)
        grid.addWidget(self.curves_summary, 3, 2, 1, 4)
        v.addWidget(weights)

        grades = QGroupBox(self.tr("Grades and limits"))
        fl = QFormLayout(grades)
        a, b, c = settings.thresholds
        self.thr_a, self.thr_b, self.thr_c = (_spin(1, 100, a, "threshold_a"), _spin(1, 100, b, "threshold_b"),
                                              _spin(1, 100, c, "threshold_c"))
        row = QHBoxLayout()
        for label, spin in (("A ≥", self.thr_a), ("B ≥", self.thr_b), ("C ≥", self.thr_c)):
            row.addWidget(QLabel(label))
            row.addWidget(spin)
        row.addWidget(QLabel(self.tr("(below: D)")))
        row.addStretch(1)
        fl.addRow(self.tr("Minimum score:"), row)
        self.warning = _spin(1, 100, settings.warning_pct, "warning_pct")
        self.warning.setSuffix(" %")
        fl.addRow(self.tr("&Warning line (share of the limit):"), self.warning)
        self.neutral = _spin(0, 100, settings.neutral_pct, "neutral_pct")
        self.neutral.setSuffix(" %")
        fl.addRow(self.tr("&Neutral share (a factor without data):"), self.neutral)
        self.min_paid = _spin(0, 1000, settings.min_paid_invoices, "min_paid")
        fl.addRow(self.tr("Fewest invoices &paid for a payment history:"), self.min_paid)
        self.stale = _spin(1, 120, settings.stale_months, "stale_months")
        self.stale.setSuffix(self.tr(" months"))
        for spin in (self.warning, self.neutral, self.min_paid, self.stale):
            spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14) + 40)
        fl.addRow(self.tr("Financials and ratings out of date &after:"), self.stale)
        v.addWidget(grades)

        pol = QGroupBox(self.tr("Grade policies"))
        pl = QVBoxLayout(pol)
        # a grid of editors, one row per grade (a layout, not a table of cell widgets)
        self.policies = QWidget()
        self.policies.setObjectName("credit_policies")
        grid = QGridLayout(self.policies)
        grid.setContentsMargins(0, 0, 0, 0)
        headers = [self.tr("Terms\n(days)"), self.tr("Limit: % of\n12 months' sales"),
                   self.tr("Floor ({currency})").format(currency=currency),
                   self.tr("Cap ({currency})").format(currency=currency), self.tr("Review every\n(months)"),
                   self.tr("Prepay-\nment"), self.tr("Dunning ladder")]
        for j, text in enumerate(headers):
            head = QLabel(text)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, 0, j + 1)
        self._cells: list[dict[str, QWidget]] = []
        for i, p in enumerate(settings.policies):
            cells: dict[str, QWidget] = {
                "terms": _spin(0, 3650, p.terms_days), "share": _spin(0, 1000, p.limit_share_pct),
                "floor": QLineEdit(format_minor(p.limit_floor_minor, currency)),
                "cap": QLineEdit("" if p.limit_cap_minor is None else format_minor(p.limit_cap_minor, currency)),
                "review": _spin(1, 60, p.review_months), "prepay": QCheckBox(),
                "ladder": self._ladder_box(p.dunning_ladder)}
            cells["prepay"].setChecked(p.prepayment)
            cells["cap"].setPlaceholderText(self.tr("no cap"))
            grade = QLabel(f"<b>{'ABCD'[i]}</b>")
            grid.addWidget(grade, i + 1, 0)
            for j, key in enumerate(POLICY_COLUMNS):
                grid.addWidget(cells[key], i + 1, j + 1,
                               alignment=Qt.AlignmentFlag.AlignCenter if key == "prepay" else Qt.AlignmentFlag(0))
            self._cells.append(cells)
        grid.setColumnStretch(len(POLICY_COLUMNS), 1)
        pl.addWidget(self.policies)
        v.addWidget(pol)

        prev = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("credit_preview")
        self.preview_button.clicked.connect(self.preview)
        self.preview_label = QLabel(self.tr("Preview shows how many customers would move grade with "
                                            "these values, before you save them."))
        self.preview_label.setObjectName("credit_preview_label")
        self.preview_label.setWordWrap(True)
        prev.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        prev.addWidget(self.preview_label, 1)
        v.addLayout(prev)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("credit_settings_problem")
        self.problem_label.setStyleSheet("color: #c02020;")
        self.problem_label.setWordWrap(True)
        v.addWidget(self.problem_label)
        v.addStretch(1)

        for spin in [*self.weights.values(), self.thr_a, self.thr_b, self.thr_c, self.warning,
                     self.neutral, self.min_paid, self.stale]:
            spin.valueChanged.connect(lambda _v: self._changed())
        for cells in self._cells:
            for w in cells.values():
                sig = getattr(w, "valueChanged", None) or getattr(w, "currentTextChanged", None) \
                    or getattr(w, "textChanged", None) or getattr(w, "toggled", None)
                sig.connect(lambda *_: self._changed())
        self._changed()

    # ------------------------------------------------------------ values
    def _ladder_box(self, current: str) -> QComboBox:
        """The dunning ladders to choose from; a name no ladder has (any more) stays, marked."""
        if not hasattr(self, "_ladder_names"):
            self._ladder_names = dunning_ladders(self.ctx)
        box = QComboBox()
        box.addItems(self._ladder_names)
        if current not in self._ladder_names:
            box.addItem(current)
            box.setItemData(box.count() - 1, self.tr("No dunning ladder has this name: customers of this "
                                                     "grade follow the default ladder"),
                            Qt.ItemDataRole.ToolTipRole)
        box.setCurrentText(current)
        box.setToolTip(self.tr("The dunning ladder for this grade (Settings → Dunning)"))
        return box

    def _parsed(self) -> tuple[CreditSettings | None, str]:
        total = sum(s.value() for s in self.weights.values())
        self.weight_total.setText(self.tr("Total: {total} of 100").format(total=total))
        self.weight_total.setStyleSheet("" if total == 100 else "color: #c02020;")
        policies = []
        for grade, cells, base in zip("ABCD", self._cells, self.base.policies):
            try:
                floor = parse_amount(cells["floor"].text(), self.currency) or 0
                cap = parse_amount(cells["cap"].text(), self.currency)
            except ValueError as exc:
                return None, self.tr("Grade {grade}: {problem}").format(grade=grade, problem=str(exc))
            policies.append(GradePolicy(grade, cells["terms"].value(), cells["share"].value(), floor, cap,
                                        cells["review"].value(), cells["prepay"].isChecked(),
                                        cells["ladder"].currentText() or base.dunning_ladder))
        st = replace(self.base, weights={k: s.value() for k, s in self.weights.items()},
                     thresholds=(self.thr_a.value(), self.thr_b.value(), self.thr_c.value()),
                     warning_pct=self.warning.value(), neutral_pct=self.neutral.value(),
                     min_paid_invoices=self.min_paid.value(), stale_months=self.stale.value(),
                     policies=tuple(policies), **self.curve_values)
        try:
            validate(st)
        except UserError as exc:
            return None, exc.translated(tr_message)
        return st, ""

    def settings(self) -> CreditSettings | None:
        return self._parsed()[0]

    def problem(self) -> str:
        return self._parsed()[1]

    def is_changed(self) -> bool:
        st = self.settings()
        return st is not None and st.to_json() != self.base.to_json()

    # ------------------------------------------------------------ curves
    def curves_dialog(self):
        """The curves dialog over the values on the page (not shown)."""
        from .credit_curves import CreditCurvesDialog

        weights = {k: s.value() for k, s in self.weights.items()}
        return CreditCurvesDialog(replace(self.base, weights=weights, **self.curve_values), self)

    def edit_curves(self) -> None:
        dlg = self.curves_dialog()
        if dlg.exec():
            self.take_curves(dlg.values())

    def take_curves(self, values: dict) -> None:
        """Keep the curves dialog's values on the page (``values`` as ``dlg.values()``)."""
        if values.get("rating_scale") is None:
            return
        self.curve_values = {k: values[k] for k in CURVE_KEYS}
        self._changed()

    def _curves_text(self) -> str:
        v = self.curve_values
        changed = []
        curves = sum(1 for k, c in v["curves"].items() if DEFAULT_CURVES.get(k) != c)
        if curves:
            changed.append(self.tr("{count} of {total} factor curves").format(
                count=curves, total=len(DEFAULT_CURVES)))
        if v["rating_scale"] != DEFAULT_RATING_SCALE:
            changed.append(self.tr("the external rating scale"))
        if v["event_caps"] != DEFAULT_EVENT_CAPS or v["event_months"] != DEFAULT_EVENT_MONTHS:
            changed.append(self.tr("the negative-event caps"))
        text = (self.tr("Changed from the defaults: {what}.").format(what=self.tr(", ").join(changed))
                if changed else self.tr("Default curves, rating scale and event caps."))
        if any(v[k] != getattr(self.base, k) for k in CURVE_KEYS):
            text += " " + self.tr("Not saved yet.")
        return text

    def _changed(self) -> None:
        self.curves_summary.setText(self._curves_text())
        p = self.problem()
        self.problem_label.setText(p)
        self.problem_label.setVisible(bool(p))
        self.preview_button.setEnabled(not p and not self.previewing and self.ctx.has_db)
        self.changed.emit()

    # ----------------------------------------------------------- preview
    def preview(self) -> None:
        st = self.settings()
        if st is None or self.previewing or not self.ctx.has_db:
            return
        self.previewing = True
        self.preview_result = None
        self.preview_button.setEnabled(False)
        self.preview_label.setText(self.tr("Scoring every customer with the new values…"))
        run_in_worker(run_preview, self.ctx.db.engine, self.ctx.as_of(), st, self.base,
                      on_done=self._previewed, on_error=self._preview_failed)

    def _previewed(self, result) -> None:
        self.previewing = False
        self.preview_result = result
        matrix, moved = result
        up = sum(n for (a, b), n in matrix.items() if b < a)
        down = sum(n for (a, b), n in matrix.items() if b > a)
        total = sum(matrix.values())
        text = self.tr("{moved} of {total} customers would move grade: {up} up, {down} down.").format(
            moved=len(moved), total=total, up=up, down=down)
        if moved:
            sample = ", ".join(f"{c.code} {c.old_grade}→{c.new_grade}" for c in moved[:8])
            text += " " + sample + (" …" if len(moved) > 8 else "")
        self.preview_label.setText(text)
        self._changed()

    def _preview_failed(self, exc: BaseException, tb: str) -> None:
        self.previewing = False
        self.preview_label.setText("")
        self._changed()
        show_error(self, exc, tb)
