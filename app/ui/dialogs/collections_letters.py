"""Issue today's letters: review the run's proposals, issue them, then print or save the PDFs.

    dlg = IssueLettersDialog(ctx, parent)      # starts the run in a worker
    dlg.exec()

1. The run (``dunning.run``) goes to a worker; its proposals are listed with a check box each.
2. Issue: the ticked proposals are issued one transaction each in a worker, with a progress bar
   and Cancel (what was issued before Cancel stays issued; issuing is idempotent per day, so
   running it again creates nothing new).
3. The day's issued letters (this batch and any issued earlier that day) can be saved to a folder,
   one file per letter ``<customer_code>-<stage>-<date>.pdf`` (``-<currency>`` added when a
   customer gets letters in two currencies that day), or printed: the Qt print preview shows
   every page of the stored PDFs (rendered by pdfium, app/ui/pdf_pages.py) and prints them
   through the system print dialog.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget)
from sqlalchemy import text

from ...errors import UserError
from ...services import dunning as dn
from ..errors import show_error
from ..file_ops import ui_settings
from ..tablemodels.collections import CheckableModel, proposal_columns
from ..workers import Job, run_in_worker
from .job_dialog import JobDialog

SEND_WAYS = ("post", "registered", "ems", "email", "hand")


@dataclass(frozen=True)
class LetterFile:
    action_id: int
    customer_code: str
    stage: int
    date: date
    reference: str
    currency: str = ""
    file_name: str = ""             # dunning.letter_file_names: unique among the day's letters


def load_run(engine, as_of: date) -> dn.RunResult:
    with engine.connect() as conn:
        return dn.run(conn, as_of)


def issue_batch(db, proposals, as_of: date, sent_via: str, proof: str, *, progress) -> tuple[list, bool]:
    """Issue ``proposals`` one transaction each; stops early on Cancel. (issued, cancelled)."""
    out: list[dn.Issued] = []
    try:
        progress.start(len(proposals))
    except UserError:                   # Cancelled before anything was issued
        return out, True
    for n, p in enumerate(proposals):
        if progress.cancelled:
            return out, True
        with db.session() as s:
            out.extend(dn.issue(s, [p], as_of, sent_via=sent_via, proof=proof))
        try:
            progress.step(n + 1, p.customer_code)
        except UserError:               # Cancelled: what is issued stays issued
            return out, True
    return out, False


def letters_of_day(engine, day: date) -> list[LetterFile]:
    """The day's issued, not cancelled actions that have a letter PDF. Two letters to one
    customer at one stage (two currencies) would share ``<code>-<stage>-<date>.pdf``; they get
    ``-<currency>`` added."""
    with engine.connect() as conn:
        codes = dict(conn.execute(text("SELECT id, code FROM customer")).all())
        acts = [a for a in dn.list_actions(conn, on=day) if a.has_pdf and not a.cancelled]
    acts.sort(key=lambda a: a.id)
    keys = [(codes.get(a.customer_id, str(a.customer_id)), a.stage, a.date, a.currency) for a in acts]
    names = dn.letter_file_names(keys)
    return [LetterFile(a.id, code, a.stage, a.date, a.reference, a.currency, name)
            for a, (code, *_), name in zip(acts, keys, names)]


def save_letters(engine, letters: list[LetterFile], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    with engine.connect() as conn:
        for lf in letters:
            pdf = dn.action_pdf(conn, lf.action_id)
            if pdf:
                path = folder / lf.file_name
                path.write_bytes(pdf)
                out.append(path)
    return out


class IssueLettersDialog(JobDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: dn.RunResult | None = None
        self.loading = True
        self.issued: list[dn.Issued] = []
        self.cancelled = False
        self._job: Job | None = None
        self.setWindowTitle(self.tr("Issue today's letters"))
        self.resize(900, 560)

        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Finding what is due today…"))
        self.heading.setObjectName("letters_heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        self.model = CheckableModel(proposal_columns(), parent=self)
        self.view = QTableView()
        self.view.setObjectName("letters_proposals")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(self.model.column_index("invoices"),
                                                          QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)

        sel = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.none_button = QPushButton(self.tr("Tick &none"))
        for b in (self.all_button, self.none_button):
            b.setAutoDefault(False)
            sel.addWidget(b)
        sel.addSpacing(16)
        sel.addWidget(QLabel(self.tr("Sent by:")))
        self.sent_via = QComboBox()
        self.sent_via.setObjectName("letters_sent_via")
        names = {"post": self.tr("post"), "registered": self.tr("registered mail"),
                 "ems": self.tr("EMS (tracked)"), "email": self.tr("e-mail"), "hand": self.tr("by hand")}
        for key in SEND_WAYS:
            self.sent_via.addItem(names[key], key)
        sel.addWidget(self.sent_via)
        self.proof = QLineEdit()
        self.proof.setObjectName("letters_proof")
        self.proof.setPlaceholderText(self.tr("Delivery proof (tracking number…), can be added later"))
        sel.addWidget(self.proof, 1)
        layout.addLayout(sel)

        prog = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("letters_progress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("letters_cancel")
        self.cancel_button.setAutoDefault(False)
        prog.addWidget(self.progress, 1)
        prog.addWidget(self.cancel_button)
        layout.addLayout(prog)
        self.progress.hide()
        self.cancel_button.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = self.buttons.addButton(self.tr("&Issue"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setObjectName("letters_issue")
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("letters_print")
        self.save_button = self.buttons.addButton(self.tr("&Save PDFs to folder…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("letters_save")
        self.email_button = self.buttons.addButton(self.tr("&E-mail…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.email_button.setObjectName("letters_email")
        self._emailing = False
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.model.dataChanged.connect(lambda *_: self._update())
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.print_letters)
        self.save_button.clicked.connect(self.save_pdfs)
        self.email_button.clicked.connect(self.email_letters)
        self.cancel_button.clicked.connect(self.cancel)
        self.letters: list[LetterFile] = []
        self._update()
        run_in_worker(load_run, ctx.db.engine, ctx.as_of(), on_done=self._loaded,
                      on_error=self._failed)

    # ------------------------------------------------------------ loading
    def _loaded(self, result: dn.RunResult) -> None:
        self.loading = False
        self.result = result
        self.model.set_rows(result.proposals)
        self.letters = letters_of_day(self.ctx.db.engine, result.action_date)
        self._update()

    def _failed(self, exc: BaseException, tb: str) -> None:
        self.loading = False
        self._job = None
        self._end_progress()
        self._update()
        show_error(self, exc, tb)

    def busy(self) -> bool:
        return self.loading or self._job is not None

    def proposals(self) -> list:
        return list(self.result.proposals) if self.result else []

    def checked(self) -> list:
        return self.model.checked()

    # ------------------------------------------------------------ issuing
    def issue(self) -> None:
        chosen = self.checked()
        if self.busy() or not chosen:
            return
        self.progress.setRange(0, len(chosen))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._job = run_in_worker(issue_batch, self.ctx.db, chosen, self.ctx.as_of(),
                                  self.sent_via.currentData(), self.proof.text(), progress=True,
                                  on_done=self._issued, on_error=self._failed,
                                  on_progress=self._progress)
        self._update()

    def _end_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _issued(self, outcome) -> None:
        issued, cancelled = outcome
        self._job = None
        self._end_progress()
        self.issued, self.cancelled = issued, cancelled
        self.ctx.notify_changed()
        done = {i.customer_id for i in issued}
        assert self.result is not None
        left = tuple(p for p in self.result.proposals if p.customer_id not in done)
        self.model.set_rows(left)
        self.result = dn.RunResult(self.result.as_of, self.result.action_date, left,
                                   self.result.excluded, self.result.waiting, self.result.settings)
        self.letters = letters_of_day(self.ctx.db.engine, self.result.action_date)
        self._update()

    # ------------------------------------------------------------ e-mail
    def email_letters(self) -> None:
        """E-mail the day's letters (PDF attached) in a worker; one result per letter."""
        from ...services import mail
        from .mail_send import ask_to_send

        if self.busy() or not self.letters:
            return
        plan = ask_to_send(self, self.ctx, [lf.action_id for lf in self.letters])
        if plan is None:
            return
        from datetime import datetime
        self._emailing = True
        self.progress.setRange(0, len(plan.action_ids))
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._job = run_in_worker(mail.send_letters, self.ctx.db, plan.action_ids, plan.settings,
                                  plan.password, now=datetime.now().astimezone(),
                                  skip_without_address=True, progress=True,
                                  on_done=self._emailed, on_error=self._email_failed,
                                  on_progress=self._progress, label=self.tr("E-mailing letters"))
        self._update()

    def _email_failed(self, exc: BaseException, tb: str) -> None:
        self._emailing = False
        self._failed(exc, tb)

    def _emailed(self, results) -> None:
        from .mail_send import show_results

        self._job, self._emailing = None, False
        self._end_progress()
        self.ctx.notify_changed()
        self.mail_results = results
        self._update()
        self.mail_box = show_results(self, results)

    # ---------------------------------------------------------- printing
    def save_pdfs(self) -> None:
        if not self.letters:
            return
        start = ui_settings().value("collections/letters_dir", str(Path.home()))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the letters to a folder"), str(start))
        if not folder:
            return
        ui_settings().setValue("collections/letters_dir", folder)
        self.save_to(Path(folder))

    def save_to(self, folder: Path) -> list[Path]:
        try:
            paths = save_letters(self.ctx.db.engine, self.letters, folder)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The letters could not be saved: {error}")
                                .format(error=exc))
            return []
        self.heading.setText(self.tr("{count} letter(s) saved to {folder}.").format(
            count=len(paths), folder=folder))
        return paths

    def print_letters(self) -> None:
        """The print preview of the day's letters (every page, in order); Print opens the
        system print dialog."""
        if not self.letters or self.busy():
            return
        from ..pdf_pages import PdfPagesError, page_count, preview_dialog
        try:
            with self.ctx.db.engine.connect() as conn:
                pdfs = [pdf for pdf in (dn.action_pdf(conn, lf.action_id) for lf in self.letters) if pdf]
            pages = sum(page_count(pdf) for pdf in pdfs)       # a damaged PDF stops here, not mid-print
        except PdfPagesError as exc:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The letters could not be printed: {error}").format(error=exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.preview = preview_dialog(self, pdfs, self.tr("{count} letter(s), {pages} page(s)").format(
            count=len(pdfs), pages=pages))
        self.preview.exec()

    # ------------------------------------------------------------ state
    def _update(self) -> None:
        busy = self.busy()
        n = len(self.checked()) if self.result else 0
        self.issue_button.setText(self.tr("&Issue {count} letter(s)").format(count=n))
        self.issue_button.setEnabled(not busy and n > 0)
        for b in (self.all_button, self.none_button, self.sent_via, self.proof):
            b.setEnabled(not busy)
        self.print_button.setEnabled(not busy and bool(self.letters))
        self.save_button.setEnabled(not busy and bool(self.letters))
        self.email_button.setEnabled(not busy and bool(self.letters))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(self._job is None)
        if self.loading:
            return
        if self._job is not None and self._emailing:
            self.heading.setText(self.tr("E-mailing {count} letter(s)…").format(count=self.progress.maximum()))
            return
        if self._job is not None:
            self.heading.setText(self.tr("Issuing {count} letter(s)…").format(count=self.progress.maximum()))
            return
        parts = []
        if self.issued or self.cancelled:
            new = sum(1 for i in self.issued if i.created)
            parts.append(self.tr("{new} issued now ({again} already issued before).").format(
                new=new, again=len(self.issued) - new))
            if self.cancelled:
                parts.append(self.tr("Cancelled: the rest was not issued."))
        if self.result is not None:
            if self.result.proposals:
                parts.append(self.tr("{count} step(s) due on {date}: untick what should not go out, "
                                     "then Issue.").format(count=len(self.result.proposals),
                                                           date=self.result.action_date.isoformat()))
            else:
                parts.append(self.tr("Nothing more to issue for {date}.").format(
                    date=self.result.action_date.isoformat()))
        if self.letters:
            parts.append(self.tr("{count} letter(s) of the day can be printed or saved.").format(
                count=len(self.letters)))
        self.heading.setText(" ".join(parts))
