"""The Credit tab's Insurance section (issue 5 §4): the bookkeeper's working area for
trade-credit insurance, on top of ``app.services.insurance``.

* Deadlines of overdue insured invoices (most urgent first: missed, then within the warning
  window): “Notified…” records the overdue notification, “Open claim…” starts a claim for the
  row's customer, “Warning window…” sets how early deadlines warn.
* Policies: “New policy…” / “Edit…”.
* Insured buyers with the insurer's approved limits and the exposure against them (above the
  limit in red): “Add buyer…” / “End limit…”.
* Claims: “Open claim…”, “Details…” (figures, invoices, recoveries, collection history),
  “Documents…” (the checklist), “File…”, “Paid…”, “Rejected…”, “Recovery…” (each enabled only
  when the claim's status allows it) and “Claim pack PDF…” (``insurance.render_claim_pack``).

    section = InsuranceSection(ctx)
    section.reload()          # a worker loads the lists; ``loaded_once`` / ``loading``
    section.loaded            # the lists were (re)loaded
    section.changed           # the user changed insurance data (the Credit tab refreshes)

Every write is one ``db.session()`` through the service (audited there), off the GUI thread;
then the section reloads, keeping the selection, and emits ``changed``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFrame, QHBoxLayout, QLabel,
                               QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...services import insurance
from ...services.insurance import BuyerRow, ClaimRow, Deadline, InsuredExposure, PolicyRow
from ..context import AppContext
from ..errors import show_error
from ..tablemodels.base import RowTableModel, select_row
from ..tablemodels.credit_insurance import buyer_columns, claim_columns, deadline_columns, policy_columns
from ..list_view import list_view
from ..workers import run_in_worker


@dataclass(frozen=True)
class InsuranceData:
    deadlines: list[Deadline]
    policies: list[PolicyRow]
    buyers: list[BuyerRow]
    claims: list[ClaimRow]
    exposures: list[InsuredExposure]


def load_insurance(engine, as_of: date) -> InsuranceData:
    with engine.connect() as conn:
        # a draft's claimable amount is worked out on filing: until then, what it would be today
        claims = [replace(c, claimable_minor=insurance.claim_figures(conn, c.id, as_of)[0].claimable_minor)
                  if c.status == "draft" else c for c in insurance.list_claims(conn)]
        return InsuranceData(insurance.deadlines(conn, as_of), insurance.list_policies(conn),
                             insurance.list_buyers(conn), claims, insurance.insured_exposures(conn, as_of))


def write_claim_pack(engine, claim_id: int, language: str, path: Path) -> Path:
    with engine.connect() as conn:
        insurance.render_claim_pack(conn, claim_id, language, path=path)
    return path


# which status allows which move (the service refuses the others with ClaimStatusError)
ALLOWED_FROM = {"file": "draft", "paid": "filed", "reject": "filed", "recovery": "paid"}


def _table(name: str, model: RowTableModel, sort_key: str | None = None,
           order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> QTableView:
    v = list_view(model, name, sortable=True, stretch_last=True)
    if sort_key is not None:
        v.horizontalHeader().setSortIndicator(model.column_index(sort_key), order)
    return v


def _button(text: str, name: str, slot, tip: str = "") -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setAutoDefault(False)
    if tip:
        b.setToolTip(tip)
    b.clicked.connect(lambda _checked=False: slot())
    return b


def _separator() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.VLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f


def _page(bar: list, view: QTableView) -> QWidget:
    w = QWidget()
    v = QVBoxLayout(w)
    v.setContentsMargins(0, 4, 0, 0)
    h = QHBoxLayout()
    for item in bar:
        if item is None:
            h.addStretch(1)
        else:
            h.addWidget(item)
    v.addLayout(h)
    v.addWidget(view, 1)
    return w


class InsuranceSection(QWidget):
    loaded = Signal()           # the lists were (re)loaded
    changed = Signal()          # insurance data was written here

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: InsuranceData | None = None
        self.loading = False
        self.loaded_once = False
        self._generation = 0
        self._select_next: dict[str, int] = {}     # after a write: select what it made
        self._fit_next = False
        self._exposure: dict[int, InsuredExposure] = {}
        as_of = ctx.as_of()
        self.deadline_model = RowTableModel(deadline_columns(), search_text=lambda r: f"{r.code}\n{r.name}\n{r.number}",
                                            parent=self)
        self.policy_model = RowTableModel(policy_columns(as_of), parent=self)
        self.buyer_model = RowTableModel(buyer_columns(as_of, lambda r: self._exposure.get(r.id)), parent=self)
        self.claim_model = RowTableModel(claim_columns(), parent=self)
        self.deadline_view = _table("insurance_deadlines", self.deadline_model, "days_left")   # most urgent first
        self.policy_view = _table("insurance_policies", self.policy_model, "period", Qt.SortOrder.DescendingOrder)
        self.buyer_view = _table("insurance_buyers", self.buyer_model, "code")
        self.claim_view = _table("insurance_claims", self.claim_model, "opened", Qt.SortOrder.DescendingOrder)

        self.notify_button = _button(self.tr("&Notified…"), "insurance_notify", self.notify_selected,
                                     self.tr("Record that the selected overdue invoice was notified to the insurer"))
        self.deadline_claim_button = _button(self.tr("Open &claim…"), "insurance_deadline_claim",
                                             lambda: self.open_claim(self._deadline_customer()),
                                             self.tr("Open a claim for the selected invoice's customer"))
        self.window_button = _button(self.tr("&Warning window…"), "insurance_warning_window",
                                     self.edit_warning_window,
                                     self.tr("How many days before a deadline it is shown as a warning"))
        self.new_policy_button = _button(self.tr("&New policy…"), "insurance_new_policy", self.new_policy)
        self.edit_policy_button = _button(self.tr("Ed&it…"), "insurance_edit_policy", self.edit_policy)
        self.add_buyer_button = _button(self.tr("Add &buyer…"), "insurance_add_buyer", self.add_buyer,
                                        self.tr("Enter the insurer's approved limit on a customer"))
        self.end_buyer_button = _button(self.tr("End &limit…"), "insurance_end_buyer", self.end_buyer,
                                        self.tr("End the selected limit (e.g. withdrawn by the insurer)"))
        self.over_label = QLabel()
        self.over_label.setObjectName("insurance_over_label")
        self.over_label.setStyleSheet("color: #c02020;")
        self.open_claim_button = _button(self.tr("Open &claim…"), "insurance_open_claim",
                                         lambda: self.open_claim(None))
        self.details_button = _button(self.tr("Deta&ils…"), "insurance_claim_details",
                                      lambda: self.show_claim("summary"),
                                      self.tr("Figures, invoices, recoveries and collection history of the claim"))
        self.docs_button = _button(self.tr("Doc&uments…"), "insurance_claim_documents",
                                   lambda: self.show_claim("documents"),
                                   self.tr("The checklist of documents to attach: tick what is present"))
        self.file_button = _button(self.tr("Fi&le…"), "insurance_claim_file", lambda: self.claim_action("file"),
                                   self.tr("File the draft claim with the insurer (its figures are stored)"))
        self.paid_button = _button(self.tr("&Paid…"), "insurance_claim_paid", lambda: self.claim_action("paid"),
                                   self.tr("The insurer paid the filed claim"))
        self.reject_button = _button(self.tr("Re&jected…"), "insurance_claim_reject",
                                     lambda: self.claim_action("reject"),
                                     self.tr("The insurer rejected the filed claim"))
        self.recovery_button = _button(self.tr("Reco&very…"), "insurance_claim_recovery",
                                       lambda: self.claim_action("recovery"),
                                       self.tr("Money recovered from the buyer after the claim was paid"))
        self.pack_language = QComboBox()
        self.pack_language.setObjectName("insurance_pack_language")
        self.pack_language.addItem("中文", "zh")
        self.pack_language.addItem("English", "en")
        self.pack_language.setToolTip(self.tr("Language of the claim pack"))
        self.pack_button = _button(self.tr("Claim pac&k PDF…"), "insurance_claim_pack", self.save_claim_pack,
                                   self.tr("Cover letter, invoice schedule, collection history and document checklist"))

        self.pages = QTabWidget()
        self.pages.setObjectName("insurance_pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(_page([self.notify_button, self.deadline_claim_button, None, self.window_button],
                                self.deadline_view), self.tr("Deadlines"))
        self.pages.addTab(_page([self.new_policy_button, self.edit_policy_button, None], self.policy_view),
                          self.tr("Policies"))
        self.pages.addTab(_page([self.add_buyer_button, self.end_buyer_button, self.over_label, None],
                                self.buyer_view), self.tr("Insured buyers"))
        self.pages.addTab(_page([self.open_claim_button, self.details_button, self.docs_button, _separator(),
                                 self.file_button, self.paid_button, self.reject_button, self.recovery_button,
                                 None, self.pack_language, self.pack_button], self.claim_view), self.tr("Claims"))
        self.summary = QLabel()
        self.summary.setObjectName("insurance_summary")
        self.summary.setWordWrap(True)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 4, 0, 0)
        v.addWidget(self.summary)
        v.addWidget(self.pages, 1)
        for view in (self.deadline_view, self.policy_view, self.buyer_view, self.claim_view):
            view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.policy_view.doubleClicked.connect(lambda _i: self.edit_policy())
        self.claim_view.doubleClicked.connect(lambda _i: self.show_claim("summary"))
        self.deadline_view.doubleClicked.connect(lambda _i: self.notify_selected())
        self._update_actions()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        self._generation += 1
        gen = self._generation
        if not self.ctx.has_db:
            self.data = None
            self._exposure = {}
            for m in (self.deadline_model, self.policy_model, self.buyer_model, self.claim_model):
                m.set_rows([])
            self.loading = False
            self._update_actions()
            return
        self.loading = True
        run_in_worker(load_insurance, self.ctx.db.engine, self.ctx.as_of(),
                      on_done=lambda d: self._loaded(gen, d),
                      on_error=lambda exc, tb: self._failed(gen, exc, tb))

    def _selected_ids(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, view, model in self._views():
            r = model.row_at(view.currentIndex())
            out[key] = None if r is None else (r.invoice_id if key == "deadline" else r.id)
        return out

    def _views(self):
        return (("deadline", self.deadline_view, self.deadline_model), ("policy", self.policy_view, self.policy_model),
                ("buyer", self.buyer_view, self.buyer_model), ("claim", self.claim_view, self.claim_model))

    def _loaded(self, gen: int, d: InsuranceData) -> None:
        if gen != self._generation:
            return
        first = not self.loaded_once
        keep = self._selected_ids()
        wanted, self._select_next = self._select_next, {}
        self.data = d
        self.loading = False
        self.loaded_once = True
        self._exposure = {e.buyer_id: e for e in d.exposures}
        self.deadline_model.set_rows(d.deadlines)
        self.policy_model.set_rows(d.policies)
        self.buyer_model.set_rows(d.buyers)
        self.claim_model.set_rows(d.claims)
        for key, view, model in self._views():
            want = wanted.get(key, keep.get(key))
            if want is not None:
                attr = "invoice_id" if key == "deadline" else "id"
                select_row(view, model.find_row(lambda r, a=attr, w=want: getattr(r, a) == w))
        missed = sum(1 for x in d.deadlines if x.level == "missed")
        soon = sum(1 for x in d.deadlines if x.level == "warning")
        self.summary.setText(self.tr("Policies: {policies} · insured buyers: {buyers} · overdue insured "
                                     "invoices: {n} ({missed} deadline(s) missed, {soon} coming up) · "
                                     "claims: {claims}").format(
            policies=len(d.policies), buyers=len(d.buyers), n=len(d.deadlines), missed=missed, soon=soon,
            claims=len(d.claims)))
        self.summary.setStyleSheet("color: #b00020;" if missed else "")
        over = sum(1 for e in d.exposures if e.status == "over")
        self.over_label.setText(self.tr("{n} above the insured limit").format(n=over) if over else "")
        if first or self._fit_next:
            self._fit_next = False
            for view in (self.deadline_view, self.policy_view, self.buyer_view, self.claim_view):
                view.resizeColumnsToContents()
        self._update_actions()
        self.loaded.emit()

    def _failed(self, gen: int, exc: BaseException, tb: str) -> None:
        if gen != self._generation:
            return
        self.loading = False
        show_error(self, exc, tb)

    def tab_title(self) -> str:
        n = 0 if self.data is None else sum(1 for x in self.data.deadlines if x.level != "ok")
        return self.tr("Insurance ({n})").format(n=n) if n else self.tr("Insurance")

    # ---------------------------------------------------------------- selection
    def selected_claim(self) -> ClaimRow | None:
        return self.claim_model.row_at(self.claim_view.currentIndex())

    def selected_policy(self) -> PolicyRow | None:
        return self.policy_model.row_at(self.policy_view.currentIndex())

    def selected_buyer(self) -> BuyerRow | None:
        return self.buyer_model.row_at(self.buyer_view.currentIndex())

    def selected_deadline(self) -> Deadline | None:
        return self.deadline_model.row_at(self.deadline_view.currentIndex())

    def _deadline_customer(self) -> int | None:
        d = self.selected_deadline()
        return None if d is None else d.customer_id

    def _update_actions(self) -> None:
        db = self.ctx.has_db
        claim, dl, buyer = self.selected_claim(), self.selected_deadline(), self.selected_buyer()
        self.notify_button.setEnabled(db and dl is not None and dl.notified_on is None)
        self.deadline_claim_button.setEnabled(db and dl is not None)
        self.window_button.setEnabled(db)
        self.new_policy_button.setEnabled(db)
        self.edit_policy_button.setEnabled(db and self.selected_policy() is not None)
        has_policy = bool(self.data and self.data.policies)
        self.add_buyer_button.setEnabled(db and has_policy)
        self.add_buyer_button.setToolTip(self.tr("Enter the insurer's approved limit on a customer") if has_policy
                                         else self.tr("Enter a policy first"))
        self.end_buyer_button.setEnabled(db and buyer is not None)
        self.open_claim_button.setEnabled(db and bool(self.data and self.data.buyers))
        for b in (self.details_button, self.docs_button, self.pack_button):
            b.setEnabled(db and claim is not None)
        for action, b in (("file", self.file_button), ("paid", self.paid_button), ("reject", self.reject_button),
                          ("recovery", self.recovery_button)):
            b.setEnabled(db and claim is not None and claim.status == ALLOWED_FROM[action])

    # ----------------------------------------------------------------- commands
    def _run(self, dlg: QDialog, select: str | None = None) -> bool:
        """exec ``dlg`` (a WriteDialog); after it wrote: reload (selecting what it made) and ``changed``."""
        if not dlg.exec():
            return False
        value = getattr(dlg, "result_value", None)
        if select is not None and isinstance(value, int):
            self._select_next = {select: value}
        self.after_write()
        return True

    def after_write(self) -> None:
        self._fit_next = True
        self.reload()
        self.changed.emit()

    def _guard(self, make) -> QDialog | None:
        try:
            return make()
        except Exception as exc:  # noqa: BLE001 - UserError shown, a bug goes to the crash dialog
            show_error(self, exc)
            return None

    def new_policy(self) -> None:
        from .insurance_policy import PolicyDialog

        if self.ctx.has_db:
            self._run(PolicyDialog(self.ctx, self), "policy")

    def edit_policy(self) -> None:
        from .insurance_policy import PolicyDialog

        p = self.selected_policy()
        if p is not None and self.ctx.has_db:
            self._run(PolicyDialog(self.ctx, self, policy=p), "policy")

    def edit_warning_window(self) -> None:
        from .insurance_policy import WarningWindowDialog

        dlg = self._guard(lambda: WarningWindowDialog(self.ctx, self)) if self.ctx.has_db else None
        if dlg is not None:
            self._run(dlg)

    def add_buyer(self, customer_id: int | None = None) -> None:
        from .insurance_buyer import BuyerDialog

        if self.ctx.has_db:
            p = self.selected_policy()
            self._run(BuyerDialog(self.ctx, self, customer_id=customer_id, policy_id=p.id if p else None), "buyer")

    def end_buyer(self) -> None:
        from .insurance_buyer import EndBuyerDialog

        b = self.selected_buyer()
        if b is not None and self.ctx.has_db:
            self._run(EndBuyerDialog(self.ctx, b, self))

    def notify_selected(self) -> None:
        from .insurance_buyer import NotifyDialog

        d = self.selected_deadline()
        if d is not None and self.ctx.has_db and d.notified_on is None:
            self._run(NotifyDialog(self.ctx, d, self))

    def open_claim(self, customer_id: int | None = None) -> None:
        from .insurance_claim import OpenClaimDialog

        if not self.ctx.has_db:
            return
        d = self.selected_deadline() if customer_id is not None else None
        dlg = self._guard(lambda: OpenClaimDialog(self.ctx, self, customer_id=customer_id,
                                                  policy_id=d.policy_id if d else None))
        if dlg is not None and self._run(dlg, "claim"):
            self.pages.setCurrentIndex(3)

    def claim_action(self, action: str) -> None:
        from .insurance_claim import ClaimActionDialog

        c = self.selected_claim()
        if c is None or not self.ctx.has_db:
            return
        dlg = self._guard(lambda: ClaimActionDialog(self.ctx, c.id, action, self))
        if dlg is not None:
            self._run(dlg)

    def show_claim(self, page: str = "summary") -> None:
        from .insurance_claim_detail import ClaimDetailDialog

        c = self.selected_claim()
        if c is None or not self.ctx.has_db:
            return
        dlg = self._guard(lambda: ClaimDetailDialog(self.ctx, c.id, self, page=page))
        if dlg is None:
            return
        dlg.exec()
        if dlg.changed:
            self.after_write()

    def save_claim_pack(self, path: str | Path | None = None) -> None:
        claim = self.selected_claim()
        if claim is None:
            return
        lang = self.pack_language.currentData()
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save claim pack"), str(Path.home() / f"{claim.reference}-{lang}.pdf"),
                self.tr("PDF files (*.pdf)"))
            if not path:
                return
        self.pack_button.setEnabled(False)
        self.pack_written: Path | None = None
        run_in_worker(write_claim_pack, self.ctx.db.engine, claim.id, lang, Path(path),
                      on_done=self._pack_done, on_error=self._pack_failed)

    def _pack_done(self, path: Path) -> None:
        self.pack_written = path
        self._update_actions()
        self.summary.setText(self.tr("Claim pack written to {path}").format(path=str(path)))

    def _pack_failed(self, exc: BaseException, tb: str) -> None:
        self._update_actions()
        show_error(self, exc, tb)

    def focus_first(self) -> None:
        self.pages.setCurrentIndex(0)
        self.deadline_view.setFocus(Qt.FocusReason.OtherFocusReason)
