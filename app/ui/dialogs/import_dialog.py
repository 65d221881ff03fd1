"""Import customers, invoices or payments from CSV / XLSX / XLS with a preview, a check and a safe write.

    ImportDialog(ctx, "invoices", parent).exec()      # or "customers", "payments"

Steps, each in a worker so a big file never blocks the window: choose a file → ``read_table``
→ the first rows under the file's own headers, with the detected mapping as a combo box above
each column (change it, or load / save a named mapping profile), the detected date order and
decimal mark with their evidence (and a combo to override them), the encoding and delimiter →
``plan_import`` ("Check": new / unchanged / conflicts / errors, and every error with file, row,
column and message) → ``apply_import`` with a progress dialog and Cancel (a cancelled import
rolls back completely). With errors the user can import the valid rows only and save the
rejected rows as a CSV to fix.

A big file (over ``stream_above()`` bytes) is read in parts, never whole: the preview shows its
first rows, the check counts every row and lists the first errors (the total is shown; the
rejected-rows file, which reads the file again, has them all), and the import writes the rows
as checked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QProgressBar,
                               QProgressDialog, QPushButton, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from ...errors import UserError
from ...services.importers import (FIELDS, ImportOptions, ImportPlan, ImportResult, ProfileError,
                                   Table, UnreadableFile, apply_import, detect_mapping, list_profiles,
                                   load_profile, plan_import, read_table, save_profile, stream_above,
                                   write_rejected_csv)
from ...services.progress import Cancelled
from ..context import AppContext
from ..errors import show_error, tr_message
from ..tablemodels.import_preview import PreviewModel, RowErrorModel
from ..workers import Job, run_in_worker

_DETECTED = ""      # profile combo data for "as detected from the headers"


class MappingStrip(QWidget):
    """One combo per column, kept exactly above the preview's columns (follows resize/scroll)."""

    def __init__(self, view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.combos: list[QComboBox] = []
        header = view.horizontalHeader()
        header.sectionResized.connect(lambda *_: self.relayout())
        header.geometriesChanged.connect(self.relayout)
        view.horizontalScrollBar().valueChanged.connect(lambda _v: self.relayout())

    def set_combos(self, combos: list[QComboBox]) -> None:
        for c in self.combos:
            c.deleteLater()
        self.combos = combos
        h = 0
        for c in combos:
            c.setParent(self)
            c.show()
            h = max(h, c.sizeHint().height())
        self.setFixedHeight(h + 4 if combos else 0)
        self.relayout()

    def relayout(self) -> None:
        header = self.view.horizontalHeader()
        x0 = self.view.frameWidth() + (self.view.verticalHeader().width()
                                       if self.view.verticalHeader().isVisible() else 0)
        for col, combo in enumerate(self.combos):
            if header.isSectionHidden(col):
                combo.hide()
                continue
            x = x0 + header.sectionViewportPosition(col)
            combo.setGeometry(x + 1, 2, max(header.sectionSize(col) - 2, 20), combo.sizeHint().height())
            combo.setVisible(x + header.sectionSize(col) > x0 and x < self.width())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.relayout()


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in FIELDS:
            raise ValueError(f"unknown import kind {kind!r}")
        self.ctx, self.kind = ctx, kind
        self.table: Table | None = None
        self.mapping: dict[str, int | None] = {}
        self.plan: ImportPlan | None = None
        self.result_: ImportResult | None = None
        self.stale = True                  # the plan does not match the current mapping/options
        self._job: Job | None = None
        self._gen = 0
        self.busy_with = ""                # "", "read", "check", "import", "save"
        self.progress_dialog: QProgressDialog | None = None
        self.saved_rejected: str | None = None
        self.cancelled_import = False
        self.fields = FIELDS[kind]
        titles = {"customers": self.tr("Import customers"), "invoices": self.tr("Import invoices"),
                  "payments": self.tr("Import payments")}
        self.setWindowTitle(titles.get(kind, kind))
        self.resize(1100, 760)
        self.setSizeGripEnabled(True)
        self._build()
        self._update_buttons()

    # ================================================================ building
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        # file
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose a CSV or Excel file…"))
        self.choose_button = QPushButton(self.tr("Choose &file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        self.sheet_combo.hide()
        self.sheet_combo.activated.connect(self._sheet_chosen)
        row.addWidget(QLabel(self.tr("File:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.sheet_combo)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.file_info = QLabel()
        self.file_info.setObjectName("file_info")
        self.file_info.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.file_info)

        # mapping profile and options
        row = QHBoxLayout()
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile")
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.save_profile_button = QPushButton(self.tr("Save mapping as…"))
        self.save_profile_button.clicked.connect(lambda: self.save_mapping_as())
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
        row.addWidget(QLabel(self.tr("Mapping:")))
        row.addWidget(self.profile_combo)
        row.addWidget(self.save_profile_button)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Dates:")))
        row.addWidget(self.date_combo)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Decimal mark:")))
        row.addWidget(self.decimal_combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.evidence = QLabel()
        self.evidence.setObjectName("evidence")
        self.evidence.setWordWrap(True)
        layout.addWidget(self.evidence)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing")
        self.missing_label.setStyleSheet("color: #c02020;")
        self.missing_label.setWordWrap(True)
        self.missing_label.hide()
        layout.addWidget(self.missing_label)

        # preview with the mapping strip above it
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("preview")
        self.preview.setModel(self.preview_model)
        self.preview.setWordWrap(False)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(self.preview.fontMetrics().height() + 6)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.strip = MappingStrip(self.preview)
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        pv.setSpacing(0)
        self.preview_title = QLabel(self.tr("Preview — choose above each column what it holds"))
        pv.addWidget(self.preview_title)
        pv.addWidget(self.strip)
        pv.addWidget(self.preview, 1)

        # check results
        results = QWidget()
        rv = QVBoxLayout(results)
        rv.setContentsMargins(0, 0, 0, 0)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        rv.addWidget(self.counts)
        self.errors_model = RowErrorModel(self)
        self.errors_view = QTableView()
        self.errors_view.setObjectName("errors")
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setWordWrap(False)
        self.errors_view.verticalHeader().hide()
        self.errors_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.errors_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        self.errors_view.verticalHeader().setDefaultSectionSize(self.errors_view.fontMetrics().height() + 6)
        rv.addWidget(self.errors_view, 1)
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        rv.addWidget(self.notes)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(preview_box)
        split.addWidget(results)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        # footer
        row = QHBoxLayout()
        self.busy_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setMaximumWidth(200)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import")
        self.import_button.clicked.connect(lambda: self.start_import(only_valid=False))
        self.valid_button = QPushButton(self.tr("Import &valid rows only"))
        self.valid_button.setObjectName("import_valid")
        self.valid_button.clicked.connect(lambda: self.start_import(only_valid=True))
        self.rejected_button = QPushButton(self.tr("Save &rejected rows…"))
        self.rejected_button.setObjectName("save_rejected")
        self.rejected_button.clicked.connect(lambda: self.save_rejected())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.busy_label)
        row.addWidget(self.busy)
        row.addStretch(1)
        for b in (self.check_button, self.rejected_button, self.valid_button, self.import_button,
                  self.close_button):
            row.addWidget(b)
        layout.addLayout(row)
        self._fill_profiles()

    # ============================================================== reading
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), self.path_edit.text() or str(Path.home()),
            self.tr("Spreadsheets (*.csv *.txt *.xlsx *.xlsm *.xls);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path, sheet: str | int | None = None) -> None:
        """Read ``path`` in a worker; the preview and a first check follow."""
        self.path_edit.setText(str(path))
        self._start("read", read_table, Path(path), sheet=sheet, stream_above=stream_above(),
                    on_done=self._table_read, with_progress=False)

    def _sheet_chosen(self, _index: int) -> None:
        if self.table is not None and self.sheet_combo.currentText() != self.table.sheet:
            self.load_file(self.table.path, sheet=self.sheet_combo.currentText())

    def _table_read(self, table: Table) -> None:
        self.table = table
        self.plan = None
        self.result_ = None
        self.preview_model.set_table(table.headers, table.rows, table.row_numbers)
        self._show_file_info(table)
        self.profile_combo.setCurrentIndex(0)
        self._set_mapping(detect_mapping(self.kind, table.headers))
        self._fit_preview_columns()
        if table.rows:
            # settle the new preview now (layouts, paint): while the check runs, each Python
            # call the GUI makes waits for the worker to hand over the GIL
            # (measured: a 100,000-row check froze the window for 0.5 s without this, 0.1 s with)
            for _ in range(3):
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            self.check()
        else:
            self.counts.setText(self.tr("The file has a header row but no data rows."))

    def _show_file_info(self, t: Table, plan: ImportPlan | None = None) -> None:
        parts = [t.format.upper()]
        if t.encoding:
            parts.append(self.tr("encoding {enc}").format(enc=t.encoding))
        if t.delimiter:
            names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"),
                     "|": self.tr("vertical bar")}
            parts.append(self.tr("delimiter: {d}").format(d=names.get(t.delimiter, repr(t.delimiter))))
        if t.sheet:
            parts.append(self.tr("sheet {name}").format(name=t.sheet))
        parts.append(self.tr("header in row {row}").format(row=t.header_row))
        if not t.streamed:
            parts.append(self.tr("{n} data rows").format(n=f"{len(t.rows):,}"))
        elif plan is not None and plan.stream is not None:
            parts.append(self.tr("{n} data rows (a big file, read in parts: the preview shows the first {m})")
                         .format(n=f"{plan.row_count:,}", m=f"{len(t.rows):,}"))
        else:
            parts.append(self.tr("a big file, read in parts: the preview shows the first {m} rows, the check "
                                 "counts them all").format(m=f"{len(t.rows):,}"))
        self.file_info.setText("  ·  ".join(parts))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(t.sheets)
        if t.sheet:
            self.sheet_combo.setCurrentText(t.sheet)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setVisible(len(t.sheets) > 1)

    # ============================================================== mapping
    def _column_combo(self, col: int) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"map_{col}")
        combo.addItem(self.tr("— not imported —"), None)
        for f in self.fields:
            label = tr_message(f.label) + (" *" if f.required else "")
            combo.addItem(label, f.name)
        combo.activated.connect(lambda _i, c=col, cb=combo: self.set_column_field(c, cb.currentData()))
        return combo

    def set_column_field(self, col: int, field: str | None) -> None:
        """Column ``col`` holds ``field`` (None: not imported); a field reads one column only."""
        mapping = dict(self.mapping)
        for f, c in mapping.items():
            if c == col:
                mapping[f] = None
        if field is not None:
            mapping[field] = col
        self.profile_combo.setCurrentIndex(0)
        self._set_mapping(mapping)
        self._mark_stale()

    def _set_mapping(self, mapping: dict[str, int | None]) -> None:
        self.mapping = {f.name: mapping.get(f.name) for f in self.fields}
        width = len(self.table.headers) if self.table else 0
        if len(self.strip.combos) != width:
            self.strip.set_combos([self._column_combo(c) for c in range(width)])
        by_col = {c: f for f, c in self.mapping.items() if c is not None}
        for col, combo in enumerate(self.strip.combos):
            combo.setCurrentIndex(max(0, combo.findData(by_col.get(col))))
        self.preview_model.set_marks(set(by_col), set(self.plan.rejected) if self.plan and not self.stale else set())
        missing = [tr_message(f.label) for f in self.fields if f.required and self.mapping[f.name] is None]
        self.missing_label.setText(self.tr("Choose a column for: {fields}").format(fields=", ".join(missing)))
        self.missing_label.setVisible(bool(missing))

    def column_field(self, col: int) -> str | None:
        return self.strip.combos[col].currentData() if col < len(self.strip.combos) else None

    def options(self) -> ImportOptions:
        return ImportOptions(mapping=dict(self.mapping), date_order=self.date_combo.currentData(),
                             decimal_mark=self.decimal_combo.currentData())

    def _options_changed(self) -> None:
        if self.table is not None:
            self._mark_stale()

    def _mark_stale(self) -> None:
        if self.plan is not None and not self.stale:
            self.counts.setText(self.tr("The mapping or options changed: press <b>Check</b> again."))
        self.stale = True
        self.preview_model.set_marks({c for c in self.mapping.values() if c is not None}, set())
        self._update_buttons()

    def _fit_preview_columns(self) -> None:
        fm = self.preview.fontMetrics()
        widest = max((self.strip.combos[0].sizeHint().width() if self.strip.combos else 120), 140)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview_model.columnCount()):
            w = self.preview.columnWidth(c)
            self.preview.setColumnWidth(c, min(max(w + 12, widest), fm.horizontalAdvance("0" * 40)))
        self.strip.relayout()

    # -------------------------------------------------------------- profiles
    def _fill_profiles(self, select: str | None = None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("as detected from the headers"), _DETECTED)
        try:
            with self.ctx.db.session() as s:
                names = [p.name for p in list_profiles(s, self.kind)]
        except UserError:
            names = []
        for n in names:
            self.profile_combo.addItem(n, n)
        if select:
            self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(select)))
        self.profile_combo.blockSignals(False)

    def _profile_chosen(self, _index: int) -> None:
        name = self.profile_combo.currentData()
        if self.table is None:
            return
        if not name:
            self._set_mapping(detect_mapping(self.kind, self.table.headers))
            self._mark_stale()
            return
        try:
            with self.ctx.db.session() as s:
                opts = load_profile(s, self.kind, name).options_for(self.table)
        except (ProfileError, UserError) as exc:
            self.profile_combo.setCurrentIndex(0)
            show_error(self, exc)
            return
        for combo, value in ((self.date_combo, opts.date_order), (self.decimal_combo, opts.decimal_mark)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self._set_mapping(opts.mapping or {})
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(name))
        self._mark_stale()
        self.check()

    def save_mapping_as(self, name: str | None = None) -> bool:
        if self.table is None:
            return False
        if not name:
            current = self.profile_combo.currentData() or ""
            name, ok = QInputDialog.getText(self, self.tr("Save mapping"),
                                            self.tr("Name for this mapping (e.g. the program the file "
                                                    "comes from):"), text=current)
            if not ok or not name.strip():
                return False
        try:
            with self.ctx.db.session() as s:
                p = save_profile(s, self.kind, name, self.table.headers, self.mapping, self.options())
        except UserError as exc:
            show_error(self, exc)
            return False
        self._fill_profiles(select=p.name)
        return True

    # ================================================================ check
    def check(self) -> None:
        if self.table is None or not self.ctx.has_db:
            return
        self._start("check", plan_import, self.ctx.db, self.kind, self.table, self.options(),
                    as_of=self.ctx.as_of(), on_done=self._checked)

    def _checked(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.stale = False
        self.errors_model.set_errors(plan.all_errors())
        if self.table is not None and self.table.streamed:
            self._show_file_info(self.table, plan)
        self._show_counts(plan)
        self._show_evidence(plan)
        self.notes.setText("\n".join(
            self.tr("{message}  ({file}, row {row})").format(message=RowErrorModel.message(n), file=n.file,
                                                            row=n.row)
            for n in plan.notes[:20]))
        self.preview_model.set_marks({c for c in self.mapping.values() if c is not None},
                                     set(plan.rejected))
        self.errors_view.resizeColumnsToContents()
        self._update_buttons()

    def _show_counts(self, plan: ImportPlan) -> None:
        def n(v: int) -> str:
            return f"{v:,}"

        text = self.tr("<b>{new}</b> new · {unchanged} already imported, unchanged · "
                       "<b>{conflicts}</b> conflict(s) · <b>{invalid}</b> row(s) with errors").format(
            new=n(plan.new), unchanged=n(plan.unchanged), conflicts=n(plan.conflicts),
            invalid=n(plan.invalid))
        if plan.missing_fields:
            text += "<br><span style='color:#c02020'>" + self.tr(
                "Required columns are not mapped; nothing can be imported yet.") + "</span>"
        elif plan.errors:
            text += "<br><span style='color:#c02020'>" + self.tr(
                "Nothing is imported while there are errors. Fix the file and check again, or import "
                "the valid rows only and save the rejected rows to fix them.") + "</span>"
            shown, total = len(plan.all_errors()), plan.all_error_count()
            if total > shown:
                text += "<br>" + _esc(self.tr(
                    "The list shows the first {shown} of {total} errors; “Save rejected rows…” writes "
                    "every rejected row with its errors.").format(shown=f"{shown:,}", total=f"{total:,}"))
        elif plan.new == 0:
            text += "<br>" + self.tr("Nothing new to import: every row is already in the database.")
        else:
            text += "<br><span style='color:#1b7a35'>" + self.tr("All rows are valid.") + "</span>"
        for c in plan.credit_checks[:10]:
            template, params = c.message()
            text += "<br><span style='color:#b36b00'>⚠ " + _esc(tr_message(template).format(**params)) + "</span>"
        if len(plan.credit_checks) > 10:
            text += "<br>" + _esc(self.tr("… and {n} more customers past the credit check.").format(
                n=len(plan.credit_checks) - 10))
        self.counts.setText(text)

    def _show_evidence(self, plan: ImportPlan) -> None:
        d = plan.date_order
        order = self.tr("day/month/year") if d.order == "DMY" else self.tr("month/day/year")
        texts = {
            "evidence": self.tr("Dates read as {order}: “{ex}” (row {row}) can only be read that way."),
            "mixed": self.tr("The file mixes date orders; most read as {order} (e.g. “{ex}”, row {row}). "
                             "Check the errors."),
            "default": self.tr("No date in the file shows whether day or month comes first (e.g. “{ex}”, "
                               "row {row}); read as {order}. Choose another order if that is wrong."),
            "option": self.tr("Dates read as {order}, as chosen."),
            "not_needed": self.tr("Dates are unambiguous."),
        }
        parts = [texts.get(d.source, "").format(order=order, ex=d.example, row=d.example_row)]
        m = plan.decimal_mark
        if m.source in ("evidence", "mixed", "default") and m.example:
            mark = self.tr("point") if m.mark == "." else self.tr("comma")
            parts.append(self.tr("Decimal mark: {mark} (e.g. “{ex}”, row {row}).").format(
                mark=mark, ex=m.example, row=m.example_row))
        self.evidence.setText("  ".join(p for p in parts if p))

    # =============================================================== import
    def start_import(self, only_valid: bool = False) -> None:
        plan = self.plan
        if plan is None or self.stale or self.busy_with:
            return
        credit_reason = ""
        if plan.credit_checks:
            credit_reason = self.ask_credit_reason(plan)
            if not credit_reason:
                return
        pd = QProgressDialog(self.tr("Importing {file}…").format(file=plan.file), self.tr("Cancel"),
                             0, max(plan.new, 1), self)
        pd.setWindowTitle(self.windowTitle())
        pd.setWindowModality(Qt.WindowModality.WindowModal)
        pd.setMinimumDuration(300)
        pd.setAutoClose(False)
        pd.setAutoReset(False)
        self.progress_dialog = pd
        job = self._start("import", apply_import, self.ctx.db, plan, only_valid=only_valid,
                          credit_reason=credit_reason, on_done=self._imported)
        pd.canceled.connect(job.cancel)

    def ask_credit_reason(self, plan: ImportPlan) -> str:
        """Why these invoices may take customers past the credit check ('' = do not import)."""
        from .bank_reason import ReasonDialog

        lines = []
        for c in plan.credit_checks[:8]:
            template, params = c.message()
            lines.append("• " + tr_message(template).format(**params))
        if len(plan.credit_checks) > 8:
            lines.append(self.tr("… and {n} more.").format(n=len(plan.credit_checks) - 8))
        text = self.tr("These invoices take {n} customer(s) past the credit check:").format(
            n=len(plan.credit_checks)) + "\n\n" + "\n".join(lines)
        presets = [self.tr("Invoices already issued in the ERP"), self.tr("Orders approved by the sales manager"),
                   self.tr("Opening balances")]
        dlg = ReasonDialog(self.tr("Credit check"), text, self.tr("&Import"), presets, self)
        return dlg.reason() if dlg.exec() else ""

    def _imported(self, result: ImportResult) -> None:
        self.result_ = result
        self._close_progress()
        if result.written:
            self.ctx.notify_changed()
        self.counts.setText("<span style='color:#1b7a35'><b>%s</b></span> %s" % (
            _esc(self.tr("Imported.")), _esc(result.summary(tr_message))))
        self.stale = True
        self._update_buttons()

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # ------------------------------------------------------------- rejected
    def save_rejected(self, path: str | None = None) -> None:
        plan = self.plan
        if plan is None or not plan.rejected:
            return
        if not path:
            suggested = str(plan.table.path.with_name(plan.table.path.stem + "-rejected.csv"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"), suggested,
                                                  self.tr("CSV files (*.csv)"))
            if not path:
                return
        self._start("save", write_rejected_csv, plan, path, on_done=lambda n: self._saved(path, n),
                    with_progress=False)

    def _saved(self, path: str, n: int) -> None:
        self.saved_rejected = path
        self.notes.setText(self.tr(
            "{n} rejected row(s) saved to {path}, each with an “error” column saying what to fix.").format(
                n=n, path=path))

    # ============================================================ plumbing
    def _start(self, what: str, fn, *args, on_done, with_progress: bool = True, **kwargs) -> Job:
        if self._job is not None:
            self._job.cancel()
        self._gen += 1
        gen = self._gen
        self.busy_with = what
        labels = {"read": self.tr("Reading the file…"), "check": self.tr("Checking every row…"),
                  "import": self.tr("Importing…"), "save": self.tr("Saving…")}
        self.busy_label.setText(labels[what])
        self.busy.setRange(0, 0)
        self.busy.show()
        self._update_buttons()

        def done(value) -> None:
            if gen == self._gen:
                self._finish()
                on_done(value)

        def failed(exc: BaseException, tb: str) -> None:
            if gen != self._gen:
                return
            self._finish()
            self._failed(what, exc, tb)

        def progressed(done_n: int, total: int, _w: str) -> None:
            if gen != self._gen or total <= 0:
                return
            self.busy.setRange(0, total)
            self.busy.setValue(min(done_n, total))
            if self.progress_dialog is not None and what == "import":
                self.progress_dialog.setMaximum(total)
                self.progress_dialog.setValue(min(done_n, total))

        kw = dict(kwargs, progress=with_progress, on_done=done, on_error=failed)
        if with_progress:
            kw["on_progress"] = progressed
        self._job = run_in_worker(fn, *args, **kw)
        return self._job

    def _finish(self) -> None:
        self._job = None
        self.busy_with = ""
        self.busy.hide()
        self.busy_label.setText("")
        self._update_buttons()

    def _failed(self, what: str, exc: BaseException, tb: str) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            if what == "import":
                self.cancelled_import = True
                self.counts.setText("<b>%s</b>" % _esc(self.tr(
                    "Import cancelled. Nothing was changed in the database.")))
            return
        if what == "read":
            self.table = None
            self.preview_model.set_table([], [], [])
            self.strip.set_combos([])
            self.file_info.setText("")
        if isinstance(exc, UnreadableFile) or isinstance(exc, UserError):
            self.counts.setText("<span style='color:#c02020'>%s</span>" % _esc(exc.translated(tr_message)))
        show_error(self, exc, tb)

    def _update_buttons(self) -> None:
        busy = bool(self.busy_with)
        plan = None if self.stale else self.plan
        has_table = self.table is not None and bool(self.table.rows)
        self.choose_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and has_table)
        self.save_profile_button.setEnabled(not busy and self.table is not None)
        self.profile_combo.setEnabled(not busy and self.table is not None)
        can_write = plan is not None and not plan.missing_fields and plan.new > 0
        self.import_button.setEnabled(not busy and can_write and plan.ok)
        self.import_button.setDefault(not busy and can_write and plan.ok)
        self.valid_button.setEnabled(not busy and can_write and not plan.ok)
        self.valid_button.setVisible(plan is not None and not plan.ok)
        self.rejected_button.setEnabled(not busy and self.plan is not None and bool(self.plan.rejected))
        self.rejected_button.setVisible(self.plan is not None and bool(self.plan.rejected))
        for w in self.strip.combos:
            w.setEnabled(not busy)

    def reject(self) -> None:
        if self.busy_with == "import":
            return                      # the progress dialog's Cancel stops an import
        if self._job is not None:
            self._job.cancel()
            self._gen += 1
        super().reject()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
