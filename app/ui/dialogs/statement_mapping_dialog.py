"""Read any bank's CSV/XLSX/XLS statement: choose what each column holds, check, save the mapping.

    dlg = StatementMappingDialog(ctx, path, parent)
    if dlg.exec():
        mapping = dlg.result_mapping       # a StatementMapping for import_statement(..., mapping=)

Opened by the Bank tab when a table-shaped statement cannot be read with the known layouts
(Chinese banks, or headers ARDesk recognises). The file is read in a worker; the first rows are
shown under the file's own headers with a combo box above each column (the remittance may
combine several columns, in column order); a fixed currency / own account is used when the file
has no such column; date order and decimal mark can be forced. "Check" parses every row with the
mapping and shows how many lines it found, or every error with row and column. The mapping can
be saved under a name (a statement import profile) and chosen again next time — also from the
command line with ``import statement FILE --mapping NAME``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QProgressBar, QTableView,
                               QVBoxLayout, QWidget)

from ...errors import ImportRejected, UserError
from ...services.statements.generic import (FIELDS, MULTI_FIELD, StatementMapping, StatementPreview,
                                             field_label, list_statement_mappings, load_statement_mapping,
                                             missing_fields, parse_with_mapping, preview_statement,
                                             save_statement_mapping)
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.import_preview import PreviewModel
from ..workers import Job, run_in_worker
from .import_dialog import MappingStrip

_DETECTED = ""


class StatementMappingDialog(QDialog):
    def __init__(self, ctx: AppContext, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, Path(path)
        self.preview: StatementPreview | None = None
        self.mapping = StatementMapping()
        self.result_mapping: StatementMapping | None = None
        self.lines_found: int | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Statement columns — {file}").format(file=self.path.name))
        self.resize(1100, 640)
        self.setSizeGripEnabled(True)
        self._build()
        self._fill_profiles()
        self._read(None)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("ARDesk does not know this statement layout. Choose above each column what "
                               "it holds, check, and save the mapping to use it again for this bank."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        row = QHBoxLayout()
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile")
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.save_button = self._button(self.tr("Save mapping as…"), lambda: self.save_mapping_as())
        self.currency_edit = QLineEdit()
        self.currency_edit.setObjectName("fixed_currency")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(60)
        self.currency_edit.setPlaceholderText("CNY")
        self.currency_edit.editingFinished.connect(self._options_changed)
        self.account_edit = QLineEdit()
        self.account_edit.setObjectName("fixed_account")
        self.account_edit.setPlaceholderText(self.tr("own account, if no column"))
        self.account_edit.editingFinished.connect(self._options_changed)
        self.date_combo = QComboBox()
        self.date_combo.setObjectName("date_order")
        for text, data in ((self.tr("as detected"), "auto"), (self.tr("day/month/year"), "DMY"),
                           (self.tr("month/day/year"), "MDY")):
            self.date_combo.addItem(text, data)
        self.date_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        self.decimal_combo = QComboBox()
        self.decimal_combo.setObjectName("decimal_mark")
        for text, data in ((self.tr("as detected"), "auto"), (self.tr("point: 1,234.56"), "."),
                           (self.tr("comma: 1.234,56"), ",")):
            self.decimal_combo.addItem(text, data)
        self.decimal_combo.currentIndexChanged.connect(lambda _i: self._options_changed())
        for w in (QLabel(self.tr("Mapping:")), self.profile_combo, self.save_button):
            row.addWidget(w)
        row.addSpacing(12)
        for w in (QLabel(self.tr("Currency:")), self.currency_edit, QLabel(self.tr("Account:")),
                  self.account_edit, QLabel(self.tr("Dates:")), self.date_combo,
                  QLabel(self.tr("Decimal mark:")), self.decimal_combo):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing")
        self.missing_label.setStyleSheet("color: #c02020;")
        self.missing_label.setWordWrap(True)
        lay.addWidget(self.missing_label)

        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("preview")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.strip = MappingStrip(self.view)
        lay.addWidget(self.strip)
        lay.addWidget(self.view, 1)

        self.result_label = QLabel()
        self.result_label.setObjectName("result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result_label)
        row = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        row.addWidget(self.busy)
        row.addStretch(1)
        self.check_button = self._button(self.tr("&Check"), self.check)
        self.check_button.setObjectName("check")
        row.addWidget(self.check_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        lay.addLayout(row)
        self._update()

    def _button(self, text: str, slot):
        from PySide6.QtWidgets import QPushButton
        b = QPushButton(text)
        b.clicked.connect(slot)
        return b

    # ------------------------------------------------------------------ reading
    def _read(self, profile) -> None:
        self._run(preview_statement, self.path, mapping=profile, on_done=self._previewed)

    def _previewed(self, pv: StatementPreview) -> None:
        self.preview = pv
        t = pv.table
        self.model.set_table(t.headers, t.rows[:200], t.row_numbers[:200])
        self.strip.set_combos([self._combo(c) for c in range(len(t.headers))])
        self.view.resizeColumnsToContents()
        fm = self.view.fontMetrics()
        for c in range(len(t.headers)):
            self.view.setColumnWidth(c, min(max(self.view.columnWidth(c) + 12, 150), fm.horizontalAdvance("0" * 36)))
        m = pv.mapping
        if not m.account and pv.account_hint:
            m = replace(m, account=pv.account_hint)
        self._set_mapping(m)
        self.strip.relayout()

    def _combo(self, col: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"map_{col}")
        combo.addItem(self.tr("— not used —"), None)
        for f in FIELDS:
            combo.addItem(tr_message(f.label) + (" *" if f.required else ""), f.name)
        combo.activated.connect(lambda _i, c=col, cb=combo: self.set_column_field(c, cb.currentData()))
        return combo

    # ------------------------------------------------------------------ mapping
    def set_column_field(self, col: int, field: str | None) -> None:
        """Column ``col`` holds ``field``; a field other than the remittance reads one column."""
        m = self.mapping
        columns = {f: (None if c == col else c) for f, c in m.columns.items()}
        remittance = tuple(c for c in m.remittance if c != col)
        if field == MULTI_FIELD:
            remittance = tuple(sorted((*remittance, col)))
        elif field is not None:
            columns[field] = col
        self.profile_combo.setCurrentIndex(0)
        self._set_mapping(replace(m, columns=columns, remittance=remittance))

    def _set_mapping(self, m: StatementMapping) -> None:
        self.mapping = m
        self.lines_found = None
        by_col = {c: f for f, c in m.columns.items() if c is not None} | {c: MULTI_FIELD for c in m.remittance}
        for col, combo in enumerate(self.strip.combos):
            combo.setCurrentIndex(max(0, combo.findData(by_col.get(col))))
        self.model.set_marks(set(by_col), set())
        for edit, value in ((self.currency_edit, m.currency), (self.account_edit, m.account)):
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)
        for combo, value in ((self.date_combo, m.date_order), (self.decimal_combo, m.decimal_mark)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        missing = missing_fields(m)
        self.missing_label.setText(self.tr("Still needed: {fields}").format(
            fields=", ".join(tr_message(field_label(f)) for f in missing)) if missing else "")
        self.missing_label.setVisible(bool(missing))
        self.result_label.setText("")
        self._update()

    def _options_changed(self) -> None:
        self.profile_combo.setCurrentIndex(0)
        self._set_mapping(replace(self.mapping, currency=self.currency_edit.text().strip().upper(),
                                  account=self.account_edit.text().strip(),
                                  date_order=self.date_combo.currentData(),
                                  decimal_mark=self.decimal_combo.currentData()))

    # ------------------------------------------------------------------ profiles
    def _fill_profiles(self, select: str | None = None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("as detected from the headers"), _DETECTED)
        try:
            with self.ctx.db.session() as s:
                names = [p.name for p in list_statement_mappings(s)]
        except UserError:
            names = []
        for n in names:
            self.profile_combo.addItem(n, n)
        if select:
            self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(select)))
        self.profile_combo.blockSignals(False)

    def _profile_chosen(self, _index: int) -> None:
        name = self.profile_combo.currentData()
        if not name:
            self._read(None)
            return
        try:
            with self.ctx.db.session() as s:
                profile = load_statement_mapping(s, name)
        except UserError as exc:
            show_error(self, exc)
            return
        self._read(profile)

    def save_mapping_as(self, name: str | None = None) -> bool:
        if self.preview is None:
            return False
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save mapping"),
                                            self.tr("Name for this statement layout (e.g. the bank):"))
            if not ok or not name.strip():
                return False
        try:
            with self.ctx.db.session() as s:
                p = save_statement_mapping(s, name, self.preview.table.headers, self.mapping)
        except UserError as exc:
            show_error(self, exc)
            return False
        self._fill_profiles(select=p.name)
        return True

    # ------------------------------------------------------------------ check / accept
    def check(self) -> None:
        if self.preview is None or missing_fields(self.mapping):
            return
        self._run(parse_with_mapping, self.preview, self.mapping, on_done=self._checked)

    def _checked(self, statements) -> None:
        n = sum(len(st.lines) for st in statements)
        self.lines_found = n
        self.result_label.setStyleSheet("")
        self.result_label.setText(self.tr("{lines} lines in {statements} statement(s) can be imported.").format(
            lines=n, statements=len(statements)))
        self._update()

    def accept(self) -> None:
        if self.lines_found is None:
            self.check()              # check first; accept follows when the check passes
            if self._job is not None:
                self._after_check_accept = True
            return
        self.result_mapping = self.mapping
        super().accept()

    # ------------------------------------------------------------------ plumbing
    def _run(self, fn, *args, on_done, **kwargs) -> None:
        if self._job is not None:
            self._job.cancel()
        self._after_check_accept = False
        self.busy.show()
        self._update(busy=True)

        def done(value) -> None:
            self._job = None
            self.busy.hide()
            on_done(value)
            self._update()
            if getattr(self, "_after_check_accept", False) and self.lines_found is not None:
                self._after_check_accept = False
                self.accept()

        def failed(exc: BaseException, tb: str) -> None:
            self._job = None
            self.busy.hide()
            self._update()
            if isinstance(exc, ImportRejected):
                self.result_label.setStyleSheet("color: #c02020;")
                self.result_label.setText("\n".join(e.text(tr_message) for e in exc.errors[:12])
                                          + ("\n…" if len(exc.errors) > 12 else ""))
            elif isinstance(exc, UserError):
                self.result_label.setStyleSheet("color: #c02020;")
                self.result_label.setText(exc.translated(tr_message))
            else:
                show_error(self, exc, tb)

        self._job = run_in_worker(fn, *args, on_done=done, on_error=failed, **kwargs)

    def _update(self, busy: bool = False) -> None:
        ready = self.preview is not None and not missing_fields(self.mapping)
        self.check_button.setEnabled(not busy and ready)
        self.ok_button.setEnabled(not busy and ready)
        self.save_button.setEnabled(not busy and self.preview is not None)
        for c in self.strip.combos:
            c.setEnabled(not busy)

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
        super().reject()
