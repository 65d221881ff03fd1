"""A dialog that runs one background job at a time with a progress bar and a Cancel button.

    class MyDialog(JobDialog):
        ...
        self.progress = QProgressBar(); self.cancel_button = QPushButton(...)
        self._job = run_in_worker(fn, ..., progress=True, on_progress=self._progress, ...)

While a job runs, closing the dialog is refused and Esc cancels the job (what a cancelled job
already did is the job's business: its transaction rolls back, or what was finished stays).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton

from ..workers import Job


class JobDialog(QDialog):
    _job: Job | None = None
    progress: QProgressBar
    cancel_button: QPushButton

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int, _what: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def reject(self) -> None:
        if self._job is not None:
            return
        super().reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._job is not None:
            self.cancel()
            return
        super().keyPressEvent(event)
