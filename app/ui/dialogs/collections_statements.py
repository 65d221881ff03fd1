"""Statements of account for every customer with open items, in one batch.

    dlg = StatementsDialog(ctx, parent)
    dlg.exec()

Choose the language (each customer's letter language, or all Chinese / all English) and the
paper (A4 / Letter), then: one PDF per customer in a folder, all in one PDF file, or printed
(the Qt print preview of the one-file batch). The batch runs in a worker with a progress bar and
Cancel (``letters.statement.render_statements``: files already written stay, each written
whole).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialogButtonBox, QFileDialog,
                               QFormLayout, QLabel, QProgressBar, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ...services.letters.statement import customers_with_open_items, render_statements
from ..errors import show_error
from ..file_ops import ui_settings
from ..workers import Job, run_in_worker
from .job_dialog import JobDialog

FOLDER, ONE_FILE, PRINT = "folder", "file", "print"


def count_customers(engine, as_of) -> int:
    with engine.connect() as conn:
        return len(customers_with_open_items(conn, as_of))


def write_batch(engine, as_of, *, directory=None, path=None, language=None, page_size="A4",
                progress=None) -> list[Path]:
    with engine.connect() as conn:
        return render_statements(conn, as_of, directory=directory, path=path, language=language,
                                 page_size=page_size, progress=progress)


class StatementsDialog(JobDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.count: int | None = None
        self.written: list[Path] = []
        self.cancelled = False
        self._job: Job | None = None
        self._output = FOLDER
        self.setWindowTitle(self.tr("Statements for all customers"))
        self.setMinimumWidth(520)

        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Counting the customers with open items…"))
        self.heading.setObjectName("statements_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("statements_language")
        self.language.addItem(self.tr("each customer's letter language"), None)
        self.language.addItem(self.tr("Chinese"), "zh")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Language:"), self.language)
        self.page_size = QComboBox()
        self.page_size.setObjectName("statements_page_size")
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem("Letter", "Letter")
        form.addRow(self.tr("Paper:"), self.page_size)
        self.to_folder = QRadioButton(self.tr("one PDF per customer, in a folder"))
        self.to_folder.setObjectName("statements_to_folder")
        self.to_file = QRadioButton(self.tr("all in one PDF file"))
        self.to_file.setObjectName("statements_to_file")
        self.to_printer = QRadioButton(self.tr("print (with a preview)"))
        self.to_printer.setObjectName("statements_to_printer")
        self.outputs = QButtonGroup(self)
        box = QVBoxLayout()
        for b in (self.to_folder, self.to_file, self.to_printer):
            self.outputs.addButton(b)
            box.addWidget(b)
        self.to_folder.setChecked(True)
        form.addRow(self.tr("Make:"), box)
        layout.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setObjectName("statements_progress")
        self.progress.hide()
        layout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go_button = self.buttons.addButton(self.tr("&Make statements…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("statements_go")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("statements_cancel")
        self.cancel_button.hide()
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.go_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        self._update()
        run_in_worker(count_customers, ctx.db.engine, ctx.as_of(), on_done=self._counted,
                      on_error=self._failed)

    # ------------------------------------------------------------------ state
    def busy(self) -> bool:
        return self._job is not None

    def _counted(self, n: int) -> None:
        self.count = n
        self._update()

    def _update(self) -> None:
        busy = self.busy()
        ready = self.count is not None and self.count > 0
        self.go_button.setEnabled(ready and not busy)
        for w in (self.language, self.page_size, self.to_folder, self.to_file, self.to_printer):
            w.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if busy:
            self.heading.setText(self.tr("Making {count} statement(s)…").format(count=self.count))
        elif self.count == 0:
            self.heading.setText(self.tr("No customer has open items on {date}.").format(
                date=self.ctx.as_of().isoformat()))
        elif self.count is not None and not self.written and not self.cancelled:
            self.heading.setText(self.tr("{count} customer(s) have open items on {date}.").format(
                count=self.count, date=self.ctx.as_of().isoformat()))

    # ------------------------------------------------------------------ making
    def output(self) -> str:
        return PRINT if self.to_printer.isChecked() else ONE_FILE if self.to_file.isChecked() else FOLDER

    def start(self) -> None:
        """Ask where (folder or file; printing uses a temporary file), then run the batch."""
        if self.busy() or not self.count:
            return
        self._output = self.output()
        start = Path(str(ui_settings().value("collections/statement_dir", str(Path.home()))))
        day = self.ctx.as_of().isoformat()
        if self._output == FOLDER:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save the statements to a folder"),
                                                      str(start))
            if not folder:
                return
            ui_settings().setValue("collections/statement_dir", folder)
            self.run(directory=Path(folder))
        elif self._output == ONE_FILE:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the statements"),
                                                  str(start / f"statements-{day}.pdf"),
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return
            ui_settings().setValue("collections/statement_dir", str(Path(path).parent))
            self.run(path=Path(path))
        else:
            self.run(path=Path(tempfile.mkdtemp(prefix="ardesk-statements-")) / f"statements-{day}.pdf")

    def run(self, *, directory: Path | None = None, path: Path | None = None) -> None:
        self.written, self.cancelled = [], False
        self.progress.setRange(0, self.count or 0)
        self.progress.setValue(0)
        self._job = run_in_worker(write_batch, self.ctx.db.engine, self.ctx.as_of(),
                                  directory=directory, path=path, language=self.language.currentData(),
                                  page_size=self.page_size.currentData(), progress=True,
                                  on_done=self._done, on_error=self._failed,
                                  on_progress=self._progress, label=self.tr("Making statements"))
        self.cancel_button.setEnabled(True)
        self._update()

    def _done(self, written: list[Path]) -> None:
        self._job = None
        self.written = written
        self._update()
        if self._output == PRINT:
            self.heading.setText(self.tr("{count} statement(s) ready to print.").format(count=self.count))
            self.print_file(written[-1])
        elif self._output == ONE_FILE:
            self.heading.setText(self.tr("{count} statement(s) saved in {file}.").format(
                count=self.count, file=written[-1]))
        else:
            self.heading.setText(self.tr("{count} statement(s) saved to {folder}.").format(
                count=len(written), folder=written[0].parent if written else ""))

    def print_file(self, path: Path) -> None:
        from ..pdf_pages import preview_dialog
        self.preview = preview_dialog(self, [path.read_bytes()], self.tr("Statements of {date}").format(
            date=self.ctx.as_of().isoformat()))
        self.preview.exec()

    def _failed(self, exc: BaseException, tb: str) -> None:
        from ...services.progress import Cancelled
        self._job = None
        if isinstance(exc, Cancelled):
            self.cancelled = True
            self._update()
            self.heading.setText(self.tr("Cancelled: the statements already made were kept.")
                                 if self._output == FOLDER else self.tr("Cancelled: nothing was written."))
            return
        self._update()
        show_error(self, exc, tb)
