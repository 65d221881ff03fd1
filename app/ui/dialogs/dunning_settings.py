"""The Settings dialog's Dunning page, in three tabs:

- Ladders: choose a ladder (new / rename / delete one not in use), its stages in an editable table
  (name, days from due, action, letter, fee, claims interest; add / remove / move), and which
  ladder each credit grade and the customers without a grade use.
- Rules: minimum interval between two contacts, pay-by days, promise grace days, the working-day
  rule (with "Holidays and working days…", ``dunning_calendar.DunningCalendarDialog``), the
  limitation period and its warning window, the letters' reference prefix.
- Late interest: ``dunning_settings_interest.InterestForm``.

    form = DunningSettingsForm(settings, ctx, home_currency, credit_ladders)
    form.settings()      # a DunningSettings, or None while something is wrong (form.problem())
    form.is_changed()
    # saved by the Settings dialog through dunning.save_settings in its session (audited)

Every value is checked by the service (``presets.check``: a stage's problem names the ladder,
the stage and the field, and its cell is marked); nothing is saved before the dialog's OK.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QRadioButton, QSpinBox, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from ...errors import UserError, ValidationError
from ...models import GRADES
from ...services.dunning.presets import CALENDAR_RULES, StageProblem, check, ladders_in_use
from ...services.dunning.settings import DEFAULT_GRADE_LADDERS, DunningSettings, Stage
from ..context import AppContext
from ..errors import tr_message
from ..tablemodels.dunning import STAGE_COLUMNS, StageTableModel, install_stage_delegates
from .dunning_settings_interest import InterestForm
from .forms import ProblemForm

MAX_LADDER_NAME = 40
# validate()'s field → where its message is shown
_RULE_FIELDS = {"min_interval_days": "min_interval_days", "limitation_years": "limitation_years",
                "calendar_region": "reference_prefix", "page_size": "page_size"}


def _spin(lo: int, hi: int, value: int, name: str, suffix: str = "") -> QSpinBox:
    w = QSpinBox()
    w.setRange(lo, hi)
    w.setValue(value)
    w.setObjectName(name)
    if suffix:
        w.setSuffix(suffix)
    return w


class DunningSettingsForm(QWidget):
    changed = Signal()

    def __init__(self, settings: DunningSettings, ctx: AppContext, currency: str,
                 credit_ladders: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = settings
        self.ctx = ctx
        self.currency = currency
        self.credit_ladders = dict(credit_ladders or {})
        # the ladders being edited: name → the list the stage model edits in place
        self.ladders: dict[str, list[Stage]] = {n: list(st) for n, st in settings.ladders.items()}
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dunning_tabs")
        v.addWidget(self.tabs)
        self.tabs.addTab(self._ladders_tab(), self.tr("&Ladders"))
        self.tabs.addTab(self._rules_tab(), self.tr("&Rules"))
        self.interest = InterestForm(settings.interest, ctx.as_of(), currency)
        self.tabs.addTab(self.interest, self.tr("Late &interest"))
        self.interest.changed.connect(self._changed)
        self._changed()

    # ------------------------------------------------------------ ladders tab
    def _ladders_tab(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        top = QHBoxLayout()
        self.ladder_combo = QComboBox()
        self.ladder_combo.setObjectName("ladder_combo")
        self.ladder_combo.setMinimumContentsLength(14)
        lab = QLabel(self.tr("L&adder:"))
        lab.setBuddy(self.ladder_combo)
        top.addWidget(lab)
        top.addWidget(self.ladder_combo)
        self.new_ladder_button = QPushButton(self.tr("&New…"))
        self.new_ladder_button.setToolTip(self.tr("A new ladder, starting as a copy of the one shown"))
        self.rename_ladder_button = QPushButton(self.tr("Rena&me…"))
        self.delete_ladder_button = QPushButton(self.tr("&Delete"))
        self.delete_ladder_button.setToolTip(self.tr("Only a ladder no grade and no customer uses "
                                                     "can be deleted"))
        for b in (self.new_ladder_button, self.rename_ladder_button, self.delete_ladder_button):
            top.addWidget(b)
        top.addStretch(1)
        v.addLayout(top)
        self.used_label = QLabel()
        self.used_label.setObjectName("ladder_used")
        self.used_label.setEnabled(False)
        v.addWidget(self.used_label)

        table_row = QHBoxLayout()
        self.stage_model = StageTableModel([], self)
        self.stage_view = QTableView()
        self.stage_view.setObjectName("stage_table")
        self.stage_view.setModel(self.stage_model)
        install_stage_delegates(self.stage_view)
        self.stage_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stage_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                        & ~QAbstractItemView.EditTrigger.CurrentChanged)
        hh = self.stage_view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stage_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 10)
        self.stage_view.setWordWrap(False)
        self.stage_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.stage_view.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 90))
        table_row.addWidget(self.stage_view, 1)
        buttons = QVBoxLayout()
        self.add_stage_button = QPushButton(self.tr("Add &stage"))
        self.add_stage_button.setToolTip(self.tr("A new stage after the selected one"))
        self.remove_stage_button = QPushButton(self.tr("Remo&ve stage"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        for b in (self.add_stage_button, self.remove_stage_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        table_row.addLayout(buttons)
        v.addLayout(table_row, 1)
        self.ladder_problem = QLabel()
        self.ladder_problem.setObjectName("ladder_problem")
        self.ladder_problem.setStyleSheet("color: #c02020;")
        self.ladder_problem.setWordWrap(True)
        self.ladder_problem.hide()
        v.addWidget(self.ladder_problem)

        which = QGroupBox(self.tr("Which ladder a customer follows"))
        fl = QFormLayout(which)
        fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.default_combo = QComboBox()
        self.default_combo.setObjectName("default_ladder")
        self.default_combo.setMinimumContentsLength(14)
        fl.addRow(self.tr("Customers with&out a grade:"), self.default_combo)
        self.follow_credit = QRadioButton()
        self.follow_credit.setObjectName("follow_credit")
        self.own_mapping = QRadioButton(self.tr("Chosen &here:"))
        self.own_mapping.setObjectName("own_mapping")
        group = QButtonGroup(self)
        group.addButton(self.follow_credit)
        group.addButton(self.own_mapping)
        fl.addRow(self.tr("By credit grade:"), self.follow_credit)
        row = QHBoxLayout()
        self.grade_combos: dict[str, QComboBox] = {}
        for g in GRADES:
            box = QComboBox()
            box.setObjectName(f"grade_ladder_{g}")
            row.addWidget(QLabel(f"{g}:"))
            row.addWidget(box)
            self.grade_combos[g] = box
        row.addStretch(1)
        mapping = QWidget()
        mh = QHBoxLayout(mapping)
        mh.setContentsMargins(0, 0, 0, 0)
        mh.addWidget(self.own_mapping)
        mh.addLayout(row, 1)
        fl.addRow("", mapping)
        v.addWidget(which)

        current = self.base.grade_ladders
        (self.follow_credit if current is None else self.own_mapping).setChecked(True)
        self._fill_ladder_combos(self.base.default_ladder,
                                 current or self._credit_mapping(), select=self.base.default_ladder)

        self.ladder_combo.currentIndexChanged.connect(lambda _i: self._show_ladder())
        self.new_ladder_button.clicked.connect(self._ask_new_ladder)
        self.rename_ladder_button.clicked.connect(self._ask_rename_ladder)
        self.delete_ladder_button.clicked.connect(self._ask_delete_ladder)
        self.add_stage_button.clicked.connect(self.add_stage)
        self.remove_stage_button.clicked.connect(self.remove_stage)
        self.up_button.clicked.connect(lambda: self.move_stage(-1))
        self.down_button.clicked.connect(lambda: self.move_stage(1))
        self.stage_model.edited.connect(self._changed)
        self.stage_model.problem.connect(self._stage_refused)
        self.stage_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.default_combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.follow_credit.toggled.connect(lambda _b: self._changed())
        for box in self.grade_combos.values():
            box.currentIndexChanged.connect(lambda _i: self._changed())
        self._show_ladder()
        return page

    def _credit_mapping(self) -> dict[str, str]:
        """grade → ladder as the credit grade policies say (as the dunning run reads them)."""
        m = dict(DEFAULT_GRADE_LADDERS)
        m.update({g: n for g, n in self.credit_ladders.items() if n in self.ladders})
        return m

    def _fill_ladder_combos(self, default: str, mapping: dict[str, str], select: str) -> None:
        names = list(self.ladders)
        for box, want in [(self.ladder_combo, select), (self.default_combo, default),
                          *[(self.grade_combos[g], mapping.get(g, default)) for g in GRADES]]:
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(max(0, box.findText(want)))
            box.blockSignals(False)

    def current_ladder(self) -> str:
        return self.ladder_combo.currentText()

    def _show_ladder(self) -> None:
        self.stage_model.set_stages(self.ladders.get(self.current_ladder(), []))
        self._changed()

    def _update_buttons(self) -> None:
        row = self.stage_view.currentIndex().row()
        n = len(self.stage_model.stages)
        self.remove_stage_button.setEnabled(0 <= row < n and n > 1)
        self.up_button.setEnabled(0 < row < n)
        self.down_button.setEnabled(0 <= row < n - 1)
        used = ladders_in_use(self._mapping_settings(), self.credit_ladders).get(self.current_ladder(), [])
        self.used_label.setText(self._used_text(used))
        self.delete_ladder_button.setEnabled(not used and len(self.ladders) > 1)

    def _used_text(self, used: list[str]) -> str:
        if not used:
            return self.tr("Not used by any grade; it can be deleted.")
        parts = []
        for u in used:
            if u == "default":
                parts.append(self.tr("customers without a grade"))
            elif u.startswith("grade "):
                parts.append(self.tr("grade {grade}").format(grade=u[6:]))
            else:
                parts.append(self.tr("grade {grade} (credit grade policy)").format(grade=u[7:]))
        return self.tr("Used by: {uses}").format(uses=", ".join(parts))

    # -------------------------------------------------------------- stages
    def _selected_row(self) -> int:
        return self.stage_view.currentIndex().row()

    def add_stage(self) -> None:
        stages = self.stage_model.stages
        row = self._selected_row()
        row = len(stages) - 1 if row < 0 else row
        after = stages[row] if 0 <= row < len(stages) else None
        before_handover = after is not None and after.action == "handover"
        if before_handover:            # the handover stays last: the new stage goes before it
            row -= 1
            after = stages[row] if row >= 0 else None
        nxt = stages[row + 1] if row + 1 < len(stages) else None
        offset = (after.offset_days if after else -3) + 7
        if nxt is not None and offset >= nxt.offset_days:
            offset = after.offset_days + max(1, (nxt.offset_days - after.offset_days) // 2) \
                if after else nxt.offset_days - 7
        stage = Stage(self.tr("New stage"), offset, "reminder", "first_reminder")
        self.stage_model.insert_stage(row + 1, stage)
        idx = self.stage_model.index(row + 1, 0)
        self.stage_view.setCurrentIndex(idx)
        self.stage_view.edit(idx)

    def remove_stage(self) -> None:
        row = self._selected_row()
        if 0 <= row < len(self.stage_model.stages) and len(self.stage_model.stages) > 1:
            self.stage_model.remove_stage(row)
            self.stage_view.setCurrentIndex(self.stage_model.index(
                min(row, len(self.stage_model.stages) - 1), 0))

    def move_stage(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0:
            to = self.stage_model.move_stage(row, delta)
            self.stage_view.setCurrentIndex(self.stage_model.index(to, 0))

    def _stage_refused(self, text: str) -> None:
        self.ladder_problem.setText(text)
        self.ladder_problem.show()

    # ------------------------------------------------------------- ladders
    def _check_ladder_name(self, name: str, old: str = "") -> str:
        name = name.strip()
        if not name:
            return self.tr("Give the ladder a name.")
        if len(name) > MAX_LADDER_NAME:
            return self.tr("A ladder name has at most {n} characters.").format(n=MAX_LADDER_NAME)
        if name != old and name in self.ladders:
            return self.tr("There is already a ladder called {name}.").format(name=name)
        return ""

    def new_ladder(self, name: str) -> str:
        """Add ladder ``name`` as a copy of the one shown; '' or the problem in words."""
        problem = self._check_ladder_name(name)
        if problem:
            return problem
        name = name.strip()
        self.ladders[name] = list(self.ladders.get(self.current_ladder(), []))
        self._refill(select=name)
        return ""

    def rename_ladder(self, old: str, new: str) -> str:
        problem = self._check_ladder_name(new, old)
        if problem or new.strip() == old:
            return problem
        new = new.strip()
        if self.follow_credit.isChecked():
            credit = sorted(g for g, n in self.credit_ladders.items() if n == old)
            if credit:
                return self.tr("The credit grade policy of grade {grades} names {name}: choose "
                               "the ladders here (Chosen here), or change the Credit page first."
                               ).format(grades=", ".join(credit), name=old)
        self.ladders = {(new if n == old else n): st for n, st in self.ladders.items()}
        default = self.default_combo.currentText()
        mapping = {g: b.currentText() for g, b in self.grade_combos.items()}
        self._fill_ladder_combos(new if default == old else default,
                                 {g: (new if n == old else n) for g, n in mapping.items()}, select=new)
        self._show_ladder()
        return ""

    def delete_ladder(self, name: str) -> str:
        used = ladders_in_use(self._mapping_settings(), self.credit_ladders).get(name, [])
        if used:
            return self.tr("{name} cannot be deleted. {uses}").format(
                name=name, uses=self._used_text(used))
        if len(self.ladders) <= 1 or name not in self.ladders:
            return self.tr("At least one ladder is needed.")
        del self.ladders[name]
        self._refill(select=next(iter(self.ladders)))
        return ""

    def _refill(self, select: str) -> None:
        default = self.default_combo.currentText()
        mapping = {g: b.currentText() for g, b in self.grade_combos.items()}
        self._fill_ladder_combos(default, mapping, select=select)
        self._show_ladder()

    def _ask_new_ladder(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New ladder"),
                                        self.tr("Name of the new ladder (a copy of {name}):").format(
                                            name=self.current_ladder()))
        if ok:
            self._tell(self.new_ladder(name))

    def _ask_rename_ladder(self) -> None:
        old = self.current_ladder()
        name, ok = QInputDialog.getText(self, self.tr("Rename ladder"), self.tr("New name:"),
                                        QLineEdit.EchoMode.Normal, old)
        if ok:
            self._tell(self.rename_ladder(old, name))

    def _ask_delete_ladder(self) -> None:
        name = self.current_ladder()
        if QMessageBox.question(self, self.tr("Delete ladder"),
                                self.tr("Delete the ladder {name} and its stages?").format(name=name)
                                ) == QMessageBox.StandardButton.Yes:
            self._tell(self.delete_ladder(name))

    def _tell(self, problem: str) -> None:
        if problem:
            QMessageBox.warning(self, self.tr("Dunning ladders"), problem)

    # ------------------------------------------------------------- rules tab
    def _rules_tab(self) -> QWidget:
        st = self.base
        page = QWidget()
        v = QVBoxLayout(page)
        box = QGroupBox(self.tr("Timing"))
        fl = QFormLayout(box)
        self.rules = ProblemForm(fl)
        days = self.tr(" days")
        self.min_interval = self.rules.add("min_interval_days", self.tr("&Minimum interval between two contacts:"),
                                           _spin(0, 365, st.min_interval_days, "min_interval", days))
        self.min_interval.setToolTip(self.tr("An invoice moves to its next stage only when this many "
                                             "days have passed since its last one"))
        self.pay_within = self.rules.add("pay_within_days", self.tr("&Pay within (the letter's pay-by date):"),
                                         _spin(0, 365, st.pay_within_days, "pay_within", days))
        self.pay_within.setToolTip(self.tr("The pay-by date printed on a letter: its date plus these "
                                           "days, moved to a working day"))
        self.promise_grace = self.rules.add("promise_grace_days", self.tr("Promise &grace:"),
                                            _spin(0, 365, st.promise_grace_days, "promise_grace", days))
        self.promise_grace.setToolTip(self.tr("Days after a promised date before the promise counts "
                                              "as broken"))
        cal = QWidget()
        ch = QHBoxLayout(cal)
        ch.setContentsMargins(0, 0, 0, 0)
        self.calendar_rule = QComboBox()
        self.calendar_rule.setObjectName("calendar_rule")
        for region, text in CALENDAR_RULES.items():
            self.calendar_rule.addItem(tr_message(text), region)
        if self.calendar_rule.findData(st.calendar_region) < 0:     # a region set elsewhere
            self.calendar_rule.addItem(st.calendar_region, st.calendar_region)
        self.calendar_rule.setCurrentIndex(self.calendar_rule.findData(st.calendar_region))
        self.calendar_button = QPushButton(self.tr("&Holidays and working days…"))
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setToolTip(self.tr("The region's holidays and make-up working days: add, "
                                                "remove or import next year's schedule"))
        self.calendar_button.clicked.connect(self.open_calendar)
        ch.addWidget(self.calendar_rule, 1)
        ch.addWidget(self.calendar_button)
        self.rules.add("calendar_region", self.tr("&Working days:"), cal)
        note = QLabel(self.tr("An action that falls on a non-working day moves to the next working day."))
        note.setWordWrap(True)
        note.setEnabled(False)
        fl.addRow("", note)
        v.addWidget(box)

        lim = QGroupBox(self.tr("Limitation period (诉讼时效) and letters"))
        ll = QFormLayout(lim)
        self.limits = ProblemForm(ll)
        self.limitation_years = self.limits.add(
            "limitation_years", self.tr("Limi&tation period:"),
            _spin(1, 30, st.limitation_years, "limitation_years", self.tr(" years")))
        self.limitation_years.setToolTip(self.tr("From the due date, restarted by a demand that reached "
                                                 "the customer, a partial payment or an acknowledgement"))
        self.limitation_warn = self.limits.add(
            "limitation_warn_days", self.tr("Warn &before a claim expires:"),
            _spin(1, 3650, st.limitation_warn_days, "limitation_warn", days))
        self.reference_prefix = self.limits.add("reference_prefix", self.tr("Letter reference pre&fix:"),
                                                QLineEdit(st.reference_prefix))
        self.reference_prefix.setObjectName("reference_prefix")
        self.reference_prefix.setMaxLength(10)
        self.reference_prefix.setMaximumWidth(self.fontMetrics().horizontalAdvance("W" * 12))
        self.reference_prefix.setToolTip(self.tr("Letters are numbered e.g. DN-2026-000123"))
        self.page_size = self.limits.add("page_size", self.tr("Letter &paper:"), QComboBox())
        self.page_size.setObjectName("letter_page_size")
        self.page_size.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.page_size.addItem(self.tr("US Letter (8.5 × 11 in)"), "Letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(st.page_size)))
        v.addWidget(lim)
        v.addStretch(1)
        for w in (self.min_interval, self.pay_within, self.promise_grace, self.limitation_years,
                  self.limitation_warn):
            w.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14) + 40)
            w.valueChanged.connect(lambda _v: self._changed())
        self.calendar_rule.currentIndexChanged.connect(lambda _i: self._changed())
        self.reference_prefix.textChanged.connect(lambda _t: self._changed())
        self.page_size.currentIndexChanged.connect(lambda _i: self._changed())
        return page

    def open_calendar(self) -> None:
        from .dunning_calendar import DunningCalendarDialog

        region = self.calendar_rule.currentData() or "CN"
        DunningCalendarDialog(self.ctx, region, self).exec()

    # ---------------------------------------------------------------- values
    def _mapping_settings(self) -> DunningSettings:
        """The ladders and the grade mapping as on the page (for 'in use')."""
        grade = None if self.follow_credit.isChecked() else \
            {g: b.currentText() for g, b in self.grade_combos.items()}
        return replace(self.base, ladders={n: tuple(st) for n, st in self.ladders.items()},
                       default_ladder=self.default_combo.currentText(), grade_ladders=grade)

    def _parsed(self) -> tuple[DunningSettings | None, str, str, StageProblem | None]:
        """(settings, '', '', None) or (None, field, the problem in words, the stage problem)."""
        rule = self.interest.rule()
        if rule is None:
            return None, "interest", self.interest.problem(), None
        st = replace(self._mapping_settings(),
                     min_interval_days=self.min_interval.value(),
                     pay_within_days=self.pay_within.value(),
                     promise_grace_days=self.promise_grace.value(),
                     calendar_region=self.calendar_rule.currentData() or "",
                     limitation_years=self.limitation_years.value(),
                     limitation_warn_days=self.limitation_warn.value(),
                     reference_prefix=self.reference_prefix.text().strip(),
                     page_size=self.page_size.currentData(), interest=rule)
        try:
            check(st)
        except ValidationError as exc:
            sp = getattr(exc, "stage_problem", None)
            return None, exc.field, sp.text(tr_message) if sp else exc.translated(tr_message), sp
        except UserError as exc:
            return None, "", exc.translated(tr_message), None
        return st, "", "", None

    def settings(self) -> DunningSettings | None:
        return self._parsed()[0]

    def problem(self) -> str:
        return self._parsed()[2]

    def is_changed(self) -> bool:
        st = self.settings()
        return st is not None and st.to_json() != self.base.to_json()

    def _changed(self) -> None:
        if not hasattr(self, "interest") or not hasattr(self, "reference_prefix"):
            return                                   # still building the tabs
        for box in self.grade_combos.values():
            box.setEnabled(self.own_mapping.isChecked())
        self.follow_credit.setText(self.tr("As the credit grade policies say ({mapping})").format(
            mapping=" · ".join(f"{g}: {n}" for g, n in sorted(self._credit_mapping().items()))))
        self._update_buttons()
        _st, field, text, sp = self._parsed()
        shown = sp is not None and sp.ladder == self.current_ladder()
        self.stage_model.set_problem(sp.row if shown else None, sp.column if shown else "")
        ladder_text = text if field in ("ladders", "grade_ladders") else ""
        if sp is not None and not shown:
            ladder_text = text + " " + self.tr("(choose the ladder {name} to see it)").format(name=sp.ladder)
        self.ladder_problem.setText(ladder_text)
        self.ladder_problem.setVisible(bool(ladder_text))
        key = _RULE_FIELDS.get(field)
        self.rules.show({key: text} if key in self.rules.labels else {})
        self.limits.show({key: text} if key in self.limits.labels else {})
        self.interest.show_problem(text if field == "interest" else "")
        self.changed.emit()

    def show_problem_page(self) -> None:
        """Bring the sub-tab with the current problem to the front."""
        _st, field, _text, sp = self._parsed()
        if sp is not None and sp.ladder != self.current_ladder():
            self.ladder_combo.setCurrentText(sp.ladder)
        page = {"ladders": 0, "grade_ladders": 0, "interest": 2}.get(field, 1)
        self.tabs.setCurrentIndex(page)
        if sp is not None:
            self.stage_view.setCurrentIndex(self.stage_model.index(sp.row, STAGE_COLUMNS.index(sp.column)))
