"""Letter templates editor (issue 6 §4, §5): the wording of each dunning stage's letter and of
the e-mail that carries it, per language, with a live preview.

Left: the language and the stages of the company's ladder (customised ones marked) and the
placeholders (double-click inserts one at the cursor). Middle: the letter's text and the
e-mail's text of the chosen stage. Right: the letter printed with made-up data as its PDF pages
(rendered in a worker, shortly after typing stops, only the newest result shown), or the e-mail.
Save writes the user's copy into the data folder (``letters/<language>/``), which every issued
letter and sent e-mail then uses; Revert to default deletes it. A broken placeholder is
reported under the editor with its line, the preview keeps its last good rendering and Save is
refused.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QListView, QMessageBox, QPlainTextEdit, QPushButton,
                               QSizePolicy, QSplitter, QStackedWidget, QTableView, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from ...services.letters import templates as TP
from ...services.letters.model import STAGE_TEMPLATES, LetterData
from ...services.letters.sample import sample_letter
from ..context import AppContext
from ..errors import show_error, tr_message
from ..file_ops import ui_settings
from ..workers import LatestLoad
from .letter_templates_view import MailPreview, PagesView, TemplateHighlighter, render_pages

KINDS = ("letter", "mail")
DEBOUNCE_MS = 400
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole + 1


def _stages(ctx: AppContext) -> dict[str, tuple[str, int | None]]:
    """Template → (stage name as an English template, offset days) from the company's default
    ladder; templates it does not use are missing."""
    from ...services.dunning.settings import DEFAULT_LADDER, load_settings

    ladder = DEFAULT_LADDER
    if ctx.has_db:
        try:
            with ctx.db.engine.connect() as conn:
                st = load_settings(conn)
            ladder = st.ladders.get(st.default_ladder, DEFAULT_LADDER)
        except Exception:  # noqa: BLE001 - unreadable settings: the default ladder's names serve
            ladder = DEFAULT_LADDER
    out: dict[str, tuple[str, int | None]] = {}
    for stage in ladder:
        if stage.template and stage.template not in out:
            out[stage.template] = (stage.name, stage.offset_days)
    return out


def _company(ctx: AppContext):
    """The open company's letterhead (None: no database or no company yet)."""
    if not ctx.has_db:
        return None
    from ...services.dunning.engine import letter_company
    try:
        with ctx.db.engine.connect() as conn:
            company = letter_company(conn)
    except Exception:  # noqa: BLE001 - the sample company serves
        return None
    return company if company.name else None


class LetterTemplatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, template: str = "reminder",
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("letter_templates_dialog")
        self.setWindowTitle(self.tr("Letter templates"))
        self.setSizeGripEnabled(True)
        self.template = template if template in STAGE_TEMPLATES else STAGE_TEMPLATES[0]
        self.language = language or ("zh" if QLocale().language() == QLocale.Language.Chinese else "en")
        self.stage_info = _stages(ctx)
        self.company = _company(ctx)
        self.loaded = {k: "" for k in KINDS}                 # the text as read (unsaved: differs)
        self.problems: dict[str, list[TP.TemplateProblem]] = {k: [] for k in KINDS}
        self.loads = LatestLoad()
        self.pages_pdf: bytes | None = None                   # the last good rendering
        self.rendered_text: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.update_now)
        self.resize_timer = QTimer(self)
        self.resize_timer.setSingleShot(True)
        self.resize_timer.setInterval(DEBOUNCE_MS)
        self.resize_timer.timeout.connect(lambda: self._render(force=True))
        self._build()
        self._fill_stages()
        self._load()
        self._restore_geometry()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("letter_templates_splitter")
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self._build_middle())
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([340, 560, 540])

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_template")
        self.save_button.setToolTip(self.tr("Save the letter and e-mail texts of this stage as your "
                                            "own copy (Ctrl+S); issued letters and e-mails use it"))
        self.revert_button = QPushButton(self.tr("Revert to default…"))
        self.revert_button.setObjectName("revert_template")
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for b in (self.save_button, self.revert_button, close):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        lay = QVBoxLayout(self)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(buttons)

    def _build_left(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        lang_row = QHBoxLayout()
        lang_row.setSpacing(0)
        self.lang_group = QButtonGroup(self)
        self.lang_buttons: dict[str, QToolButton] = {}
        for code, text in (("zh", self.tr("Chinese")), ("en", self.tr("English"))):
            b = QToolButton()
            b.setObjectName(f"language_{code}")
            b.setText(text)
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setToolTip(self.tr("Edit the letters sent to customers whose language is {language}")
                         .format(language=text))
            b.setChecked(code == self.language)
            self.lang_group.addButton(b)
            self.lang_buttons[code] = b
            lang_row.addWidget(b)
        self.lang_group.buttonClicked.connect(self._language_clicked)
        lay.addWidget(QLabel(self.tr("Language of the letters")))
        lay.addLayout(lang_row)

        stages_label = QLabel(self.tr("&Stages"))
        self.stage_model = QStandardItemModel(self)
        self.stage_list = QListView()
        self.stage_list.setObjectName("stage_list")
        self.stage_list.setModel(self.stage_model)
        self.stage_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stage_list.setSpacing(2)
        self.stage_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stage_list.setUniformItemSizes(True)
        self.stage_list.selectionModel().currentChanged.connect(self._stage_changed)
        stages_label.setBuddy(self.stage_list)
        lay.addWidget(stages_label)
        lay.addWidget(self.stage_list, 2)

        ph_label = QLabel(self.tr("&Placeholders (double-click to insert)"))
        self.placeholder_model = QStandardItemModel(0, 2, self)
        self.placeholder_model.setHorizontalHeaderLabels([self.tr("Placeholder"), self.tr("Prints")])
        for name in TP.PLACEHOLDERS:
            key = QStandardItem("{" + name + "}")
            key.setData(name, TEMPLATE_ROLE)
            desc = QStandardItem(tr_message(TP.PLACEHOLDER_HELP.get(name, "")))
            key.setToolTip(desc.text())
            desc.setToolTip(desc.text())
            for it in (key, desc):
                it.setEditable(False)
            self.placeholder_model.appendRow([key, desc])
        self.placeholders = QTableView()
        self.placeholders.setObjectName("placeholder_list")
        self.placeholders.setModel(self.placeholder_model)
        self.placeholders.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.placeholders.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.placeholders.verticalHeader().hide()
        self.placeholders.setWordWrap(False)
        self.placeholders.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.placeholders.horizontalHeader().setStretchLastSection(True)
        self.placeholders.verticalHeader().setDefaultSectionSize(
            self.placeholders.fontMetrics().height() + 6)
        self.placeholders.activated.connect(lambda ix: self.insert_placeholder(
            self.placeholder_model.item(ix.row(), 0).data(TEMPLATE_ROLE)))
        ph_label.setBuddy(self.placeholders)
        lay.addWidget(ph_label)
        lay.addWidget(self.placeholders, 3)
        return w

    def _build_middle(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("template_title")
        f = self.title.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.title.setFont(f)
        self.origin = QLabel()
        self.origin.setObjectName("template_origin")
        self.origin.setWordWrap(True)
        self.origin.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        lay.addWidget(self.origin)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("template_tabs")
        self.editors: dict[str, QPlainTextEdit] = {}
        self.highlighters = []
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        for kind, text, tip in (
                ("letter", self.tr("&Letter"), self.tr("The printed letter: [subject], [salutation], "
                                                       "[body], [consequences] and [closing]")),
                ("mail", self.tr("&E-mail"), self.tr("The e-mail that carries the letter as a PDF: "
                                                     "[subject] and [body]"))):
            ed = QPlainTextEdit()
            ed.setObjectName(f"{kind}_editor")
            ed.setFont(font)
            ed.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            ed.setTabChangesFocus(True)
            ed.textChanged.connect(self._text_changed)
            ed.cursorPositionChanged.connect(self._show_position)
            self.highlighters.append(TemplateHighlighter(ed.document(), mail=kind == "mail"))
            self.editors[kind] = ed
            self.tabs.addTab(ed, text)
            self.tabs.setTabToolTip(self.tabs.count() - 1, tip)
        self.tabs.currentChanged.connect(self._tab_changed)
        lay.addWidget(self.tabs, 1)

        self.position = QLabel()
        self.position.setObjectName("cursor_position")
        self.position.setStyleSheet("color: palette(mid);")
        help_text = QLabel(self.tr("A line [name] starts a section, {name} prints a placeholder, "
                                   "{{ and }} print a brace, lines starting with # are notes."))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: palette(mid);")
        self.problem_label = QLabel()
        self.problem_label.setObjectName("template_problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.RichText)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.linkActivated.connect(self._goto_line)
        self.problem_label.hide()
        lay.addWidget(self.problem_label)
        row = QHBoxLayout()
        row.addWidget(help_text, 1)
        row.addWidget(self.position, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        return w

    def _build_right(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.preview_title = QLabel()
        f = self.preview_title.font()
        f.setBold(True)
        self.preview_title.setFont(f)
        self.preview_status = QLabel()
        self.preview_status.setObjectName("preview_status")
        self.preview_status.setStyleSheet("color: palette(mid);")
        head.addWidget(self.preview_title)
        head.addStretch(1)
        head.addWidget(self.preview_status)
        lay.addLayout(head)
        self.preview_stack = QStackedWidget()
        self.pages = PagesView()
        self.pages.setObjectName("letter_preview")
        self.pages.widthChanged.connect(self.resize_timer.start)
        self.mail_preview = MailPreview()
        self.mail_preview.setObjectName("mail_preview")
        self.preview_stack.addWidget(self.pages)
        self.preview_stack.addWidget(self.mail_preview)
        lay.addWidget(self.preview_stack, 1)
        return w

    # ------------------------------------------------------------------ stages
    def stage_name(self, template: str) -> str:
        if template in self.stage_info:
            return tr_message(self.stage_info[template][0])
        return {"reminder": self.tr("Friendly reminder"), "first_reminder": self.tr("First reminder"),
                "demand": self.tr("Formal demand"), "final_notice": self.tr("Final notice"),
                "handover": self.tr("Handover notice")}.get(template, template)

    def _when(self, template: str) -> str:
        days = self.stage_info.get(template, ("", None))[1]
        if days is None:
            return self.tr("not in the default ladder")
        if days == 0:
            return self.tr("on the due date")
        if days == -1:
            return self.tr("1 day before the due date")
        if days == 1:
            return self.tr("1 day after the due date")
        if days < 0:
            return self.tr("{days} days before the due date").format(days=-days)
        return self.tr("{days} days after the due date").format(days=days)

    def _status(self, template: str) -> str:
        letter = TP.has_user_copy(template, self.language)
        mail = TP.has_user_copy(template, self.language, mail=True)
        if letter and mail:
            return self.tr("Your letter and e-mail")
        if letter:
            return self.tr("Your letter · default e-mail")
        if mail:
            return self.tr("Default letter · your e-mail")
        return self.tr("Default texts")

    def _fill_stages(self) -> None:
        blocker = QSignalBlocker(self.stage_list.selectionModel())
        self.stage_model.clear()
        for template in STAGE_TEMPLATES:
            item = QStandardItem()
            item.setData(template, TEMPLATE_ROLE)
            item.setEditable(False)
            item.setSizeHint(QSize(0, 2 * self.stage_list.fontMetrics().lineSpacing() + 10))
            self.stage_model.appendRow(item)
        self._mark_stages()
        row = STAGE_TEMPLATES.index(self.template)
        self.stage_list.setCurrentIndex(self.stage_model.index(row, 0))
        del blocker

    def _mark_stages(self) -> None:
        for row, template in enumerate(STAGE_TEMPLATES):
            item = self.stage_model.item(row)
            custom = (TP.has_user_copy(template, self.language)
                      or TP.has_user_copy(template, self.language, mail=True))
            mark = "✎ " if custom else ""
            item.setText(f"{row + 1}. {self.stage_name(template)}\n    {self._when(template)} · "
                         f"{mark}{self._status(template)}")
            f = QFont(self.stage_list.font())
            f.setBold(custom)
            item.setFont(f)
            item.setToolTip(self.tr("Customised: your copy in the data folder is used") if custom
                            else self.tr("The texts shipped with ARDesk are used"))

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        """Read the current stage's texts into the editors (the user's copies or the defaults)."""
        self.loads.drop()
        self.pages_pdf = None
        self.rendered_text = None
        self.pages.set_images([])
        self.mail_preview.show_mail("", "", "")
        for kind in KINDS:
            tpl = TP.load_template(self.template, self.language, mail=kind == "mail")
            self.loaded[kind] = tpl.text
            ed = self.editors[kind]
            with QSignalBlocker(ed):
                ed.setPlainText(tpl.text)
            ed.document().setModified(False)
        self.base_data = self._sample()
        self._update_labels()
        self.update_now()

    def _sample(self) -> LetterData:
        from dataclasses import replace

        data = sample_letter(self.template, self.language, as_of=self.ctx.as_of())
        name = self.stage_info.get(self.template, (self.stage_name(self.template), None))[0]
        data = replace(data, stage_name=name)
        if self.company is not None:
            data = replace(data, company=self.company)
        return data

    def _update_labels(self) -> None:
        lang = self.lang_buttons[self.language].text()
        self.title.setText(f"{self.stage_name(self.template)} · {lang}")
        kind = self.current_kind()
        custom = TP.has_user_copy(self.template, self.language, mail=kind == "mail")
        what = self.tr("letter") if kind == "letter" else self.tr("e-mail")
        if custom:
            path = TP.user_template_path(self.template, self.language, mail=kind == "mail")
            self.origin.setText(self.tr("Your own {what} text, saved in {path}").format(what=what, path=path))
        else:
            self.origin.setText(self.tr("The default {what} text shipped with ARDesk; saving keeps "
                                        "your copy in the data folder").format(what=what))
        self.preview_title.setText(self.tr("Preview with sample data") if kind == "letter"
                                   else self.tr("E-mail preview with sample data"))
        self.preview_stack.setCurrentIndex(0 if kind == "letter" else 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        kind = self.current_kind()
        broken = any(self.problems[k] for k in KINDS if self.is_dirty(k))
        self.save_button.setEnabled(self.is_dirty() and not broken)
        self.save_button.setToolTip(
            self.tr("Correct the problems shown under the text first") if broken and self.is_dirty()
            else self.tr("Save the letter and e-mail texts of this stage as your own copy (Ctrl+S); "
                         "issued letters and e-mails use it"))
        self.revert_button.setEnabled(self.is_dirty(kind)
                                      or TP.has_user_copy(self.template, self.language, mail=kind == "mail"))
        what = self.tr("letter") if kind == "letter" else self.tr("e-mail")
        self.revert_button.setToolTip(self.tr("Use the default {what} text shipped with ARDesk again")
                                      .format(what=what))
        title = self.tr("Letter templates")
        self.setWindowTitle(f"{title} *" if self.is_dirty() else title)

    # ------------------------------------------------------------------ state
    def current_kind(self) -> str:
        return KINDS[max(0, self.tabs.currentIndex())]

    def text(self, kind: str) -> str:
        return self.editors[kind].toPlainText()

    def is_dirty(self, kind: str | None = None) -> bool:
        kinds = KINDS if kind is None else (kind,)
        return any(self.text(k) != self.loaded[k] for k in kinds)

    # ------------------------------------------------------------------ editing
    def _text_changed(self) -> None:
        self._update_buttons()
        self.timer.start()

    def _tab_changed(self, _index: int) -> None:
        self._update_labels()
        self.update_now()

    def _show_position(self) -> None:
        cur = self.editors[self.current_kind()].textCursor()
        self.position.setText(self.tr("Line {line}, column {column}").format(
            line=cur.blockNumber() + 1, column=cur.positionInBlock() + 1))

    def insert_placeholder(self, name: str) -> None:
        ed = self.editors[self.current_kind()]
        ed.insertPlainText("{" + name + "}")
        ed.setFocus()

    def _goto_line(self, link: str) -> None:
        kind, _, line = link.partition(":")
        if kind in self.editors and line.isdigit():
            self.tabs.setCurrentIndex(KINDS.index(kind))
            ed = self.editors[kind]
            block = ed.document().findBlockByNumber(max(0, int(line) - 1))
            cur = QTextCursor(block)
            cur.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            ed.setTextCursor(cur)
            ed.setFocus()

    def update_now(self) -> None:
        """Check both texts, show their problems, refresh the preview (what the debounce runs)."""
        self.timer.stop()
        for kind in KINDS:
            self.problems[kind] = TP.check_template(self.text(kind), mail=kind == "mail")
        self._show_problems()
        self._update_buttons()
        if self.current_kind() == "letter":
            self._render()
        else:
            self._render_mail()

    def _show_problems(self) -> None:
        lines = []
        for kind in KINDS:
            what = self.tr("Letter") if kind == "letter" else self.tr("E-mail")
            for p in self.problems[kind][:6]:
                msg = p.message(tr_message).replace("&", "&amp;").replace("<", "&lt;")
                link = f"{kind}:{p.line}" if p.line else f"{kind}:1"
                lines.append(f'⚠ {what}: <a href="{link}" style="color:#c62828">{msg}</a>')
            more = len(self.problems[kind]) - 6
            if more > 0:
                lines.append(self.tr("… and {count} more").format(count=more))
        if lines:
            lines.append(self.tr("The template cannot be saved or printed until this is corrected."))
        self.problem_label.setText("<br>".join(lines))
        self.problem_label.setVisible(bool(lines))

    # ------------------------------------------------------------------ preview
    def _render(self, force: bool = False) -> None:
        if not self.isVisible() or self.current_kind() != "letter":
            return                          # rendered when shown (at the width it is shown)
        if self.problems["letter"]:
            if self.pages_pdf is not None:
                self.preview_status.setText(self.tr("Showing the last version without problems"))
            else:
                self.preview_status.setText(self.tr("No preview: the text has problems"))
            return
        text = self.text("letter")
        if text == self.rendered_text and not force:
            return
        self.preview_status.setText(self.tr("Updating…"))
        self.loads.start(render_pages, text, self.template, self.language, self.base_data,
                         self.pages.render_dpi(),
                         on_done=lambda res, t=text: self._rendered(t, res), on_error=self._render_failed)

    def _rendered(self, text: str, result) -> None:
        problems, pdf, images = result
        if pdf is None:                     # cannot happen after the check; shown all the same
            self.problems["letter"] = problems
            self._show_problems()
            return
        self.pages_pdf, self.rendered_text = pdf, text
        self.pages.set_images(images)
        self.preview_status.setText(self.tr("{count} page(s) · fit to width").format(count=len(images))
                                    if not self.problems["letter"]
                                    else self.tr("Showing the last version without problems"))

    def _render_failed(self, exc: BaseException, tb: str) -> None:
        from ...errors import UserError
        if isinstance(exc, UserError):
            self.preview_status.setText(exc.translated(tr_message))
        else:
            self.preview_status.setText(self.tr("The preview could not be drawn"))
            show_error(self, exc, tb)

    def _render_mail(self) -> None:
        problems, subject, body = TP.preview_mail(self.text("mail"), self.template, self.language,
                                                  self.base_data)
        if problems:
            self.preview_status.setText(self.tr("Showing the last version without problems")
                                        if self.mail_preview.subject.text()
                                        else self.tr("No preview: the text has problems"))
            return
        self.mail_preview.show_mail(subject, body, self.tr("Attachment: {name}").format(
            name=f"{self.base_data.reference}.pdf"))
        self.preview_status.setText(self.tr("To: {customer}").format(customer=self.base_data.customer.name))

    # ------------------------------------------------------------------ save / revert
    def save(self) -> bool:
        """Write the changed texts of this stage as the user's copies; False if refused."""
        if not self.is_dirty():
            return True
        self.update_now()
        broken = [k for k in KINDS if self.is_dirty(k) and self.problems[k]]
        if broken:
            kind = broken[0]
            self.tabs.setCurrentIndex(KINDS.index(kind))
            first = self.problems[kind][0]
            QMessageBox.warning(self, self.tr("Letter templates"), self.tr(
                "The {what} text cannot be saved: {problem}").format(
                what=self.tr("letter") if kind == "letter" else self.tr("e-mail"),
                problem=first.message(tr_message)))
            return False
        try:
            for kind in KINDS:
                if self.is_dirty(kind):
                    TP.save_user_template(self.template, self.language, self.text(kind),
                                          mail=kind == "mail")
                    self.loaded[kind] = self.text(kind)
                    self.editors[kind].document().setModified(False)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Letter templates"),
                                self.tr("The template could not be saved: {error}").format(error=exc))
            return False
        except Exception as exc:  # noqa: BLE001 - a UserError is shown, a bug goes to the crash dialog
            show_error(self, exc)
            return False
        self._mark_stages()
        self._update_labels()
        return True

    def revert(self) -> None:
        kind = self.current_kind()
        mail = kind == "mail"
        what = self.tr("letter") if kind == "letter" else self.tr("e-mail")
        stage = f"{self.stage_name(self.template)} · {self.lang_buttons[self.language].text()}"
        if TP.has_user_copy(self.template, self.language, mail=mail):
            question = self.tr("Use the default {what} text for “{stage}” again? Your own text is "
                               "deleted from the data folder.").format(what=what, stage=stage)
        else:
            question = self.tr("Discard your changes to the {what} text for “{stage}”?").format(
                what=what, stage=stage)
        answer = QMessageBox.question(self, self.tr("Revert to default"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            TP.reset_user_template(self.template, self.language, mail=mail)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Letter templates"),
                                self.tr("The template could not be reverted: {error}").format(error=exc))
            return
        tpl = TP.load_template(self.template, self.language, mail=mail)
        self.loaded[kind] = tpl.text
        self.editors[kind].setPlainText(tpl.text)
        self._mark_stages()
        self._update_labels()
        self.update_now()

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; True when the current stage may be left."""
        if not self.is_dirty():
            return True
        stage = f"{self.stage_name(self.template)} · {self.lang_buttons[self.language].text()}"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("Save your changes to “{stage}”?").format(stage=stage),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ switching
    def select(self, template: str, language: str | None = None) -> bool:
        """Show ``template`` (and ``language``): asks about unsaved changes first."""
        language = language or self.language
        if (template, language) == (self.template, self.language):
            return True
        if not self.confirm_leave():
            return False
        self.template, self.language = template, language
        with QSignalBlocker(self.stage_list.selectionModel()):
            self.stage_list.setCurrentIndex(self.stage_model.index(STAGE_TEMPLATES.index(template), 0))
        self.lang_buttons[language].setChecked(True)
        self._mark_stages()
        self._load()
        return True

    def _stage_changed(self, current, _previous) -> None:
        template = current.data(TEMPLATE_ROLE) if current.isValid() else None
        if template and not self.select(template):
            with QSignalBlocker(self.stage_list.selectionModel()):
                self.stage_list.setCurrentIndex(
                    self.stage_model.index(STAGE_TEMPLATES.index(self.template), 0))

    def _language_clicked(self, button) -> None:
        language = next(code for code, b in self.lang_buttons.items() if b is button)
        if not self.select(self.template, language):
            self.lang_buttons[self.language].setChecked(True)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Close, Esc and the window's close button: unsaved changes are asked about first."""
        if self.confirm_leave():
            self._save_geometry()
            self.loads.drop()
            super().reject()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self._render(force=True))   # at the laid-out width

    def _restore_geometry(self) -> None:
        s = ui_settings()
        geo = s.value("letter_templates/geometry")
        if geo is None or not self.restoreGeometry(geo):
            self.resize(1440, 880)
        sizes = s.value("letter_templates/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)

    def _save_geometry(self) -> None:
        s = ui_settings()
        s.setValue("letter_templates/geometry", self.saveGeometry())
        s.setValue("letter_templates/splitter", self.splitter.saveState())
