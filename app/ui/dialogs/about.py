"""Help → About: version, the open database, where settings and logs live."""

from __future__ import annotations

import html
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ... import APP_NAME, __version__
from ...config import config_dir, log_dir
from ..actions import app_icon


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        e = html.escape
        db = e(str(db_path)) if db_path else self.tr("none")
        rows = [
            (self.tr("Database:"), db),
            (self.tr("Settings:"), e(str(config_dir()))),
            (self.tr("Logs:"), e(str(log_dir()))),
            (self.tr("Built with:"), e(f"Python {sys.version.split()[0]}, Qt {qVersion()}, "
                                       f"PySide6 {PySide6.__version__}")),
        ]
        blurb = self.tr("Accounts receivable and collections for a small finance team.")
        text = (f"<h2>{e(APP_NAME)} {e(__version__)}</h2><p>{e(blurb)}</p><table cellspacing='4'>"
                + "".join(f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
        label = QLabel(text)
        label.setObjectName("about_text")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        top.addWidget(label, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
