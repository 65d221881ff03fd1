"""Collections tab: the worklist, a call with a promise, disputes, holds, instalment plans, the
day's letters (issue, idempotent, saved as PDFs), the timeline and the customer statement.

The database is the UI fixture (built through the services): on 2026-11-23 INV-001 (C001,
10,000.00 CNY) is 60 days overdue, INV-004 (C003, 800.00 EUR) and INV-005 (C003, 123.45 USD) 26
days; INV-002 and INV-003 are not yet due. Never dunned, each overdue invoice gets the first
overdue stage (2: phone call and first reminder), one proposal per customer and currency.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from app.services import dunning as dn
from app.services.progress import Progress

AS_OF = date(2026, 11, 23)      # tests/ui/conftest.py


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answer themselves; their texts are collected (a test fails on a surprise)."""
    shown: list[str] = []

    def exec_(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    return shown


@pytest.fixture
def tab(qtbot, ctx, wait_loaded, boxes):
    from app.ui.tabs.collections import CollectionsTab

    t = CollectionsTab(ctx)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.show()
    wait_loaded(t)
    return t


def reload(tab, wait_loaded):
    tab.reload()
    wait_loaded(tab)


def select_timeline(qtbot, tab, wait_loaded, customer_id: int, kind: str):
    """Show the customer's timeline and select its newest entry of ``kind``."""
    from app.ui.tablemodels.base import select_row

    wait_loaded(tab)               # a reload after a write shows its own row's timeline
    tab.show_timeline(customer_id, "C001")
    qtbot.waitUntil(lambda: not tab.timeline_loading, timeout=10000)
    row = tab.tl_model.find_row(lambda e: e.kind == kind)
    assert row >= 0
    select_row(tab.tl_view, row)
    tab._update_actions()
    return tab.tl_model.rows()[row]


def run(db):
    with db.engine.connect() as conn:
        return dn.run(conn, AS_OF)


def inv_id(db, number: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT id FROM invoice WHERE number = :n"), {"n": number}).scalar_one()


def test_registered_after_bank(window):
    keys = [spec.key for spec, _w in window.tabs]
    assert keys.index("collections") == keys.index("bank") + 1
    assert window.tab("collections") is not None


def test_worklist_shows_todays_calls_heaviest_first(tab):
    items = tab.shown_items()
    assert [(w.kind, w.customer_code, w.currency) for w in items] == [
        ("call", "C001", "CNY"), ("call", "C003", "EUR"), ("call", "C003", "USD")]
    # amount x age: 10,000 (whole units) x 60 days first, shown as priority 1
    assert items[0].weight == 10_000 * 60
    assert [w.weight for w in items] == sorted((w.weight for w in items), reverse=True)
    col = tab.model.column_index("weight")
    assert [tab.model.index(r, col).data() for r in range(3)] == ["1", "2", "3"]
    assert "10,000" in tab.model.index(0, col).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.current_item() is items[0]
    assert "1 of" not in tab.totals.text() and "3 of 3" in tab.totals.text()


def test_filters_kind_stage_amount(tab):
    tab.set_kind_filter("dispute")
    assert tab.shown_items() == []
    tab.set_kind_filter("call")
    assert len(tab.shown_items()) == 3
    tab.stage_filter.setCurrentIndex(tab.stage_filter.findData(2))
    assert len(tab.shown_items()) == 3
    tab.min_amount.setText("500")          # whole units, each row in its own currency
    tab._apply_filters()
    assert [w.customer_code for w in tab.shown_items()] == ["C001", "C003"]
    tab.search.setText("zenith")
    tab._apply_filters()
    assert [(w.customer_code, w.currency) for w in tab.shown_items()] == [("C003", "EUR")]


def test_call_with_promise_creates_follow_up_and_leaves_ladder(tab, ctx, ui_db, wait_loaded):
    from app.ui.dialogs.collections_call import LogCallDialog

    assert tab.select_customer(ui_db.customer_ids["C001"])
    cid, label = tab.current_customer()
    dlg = LogCallDialog(ctx, cid, label, tab)
    assert not dlg.save_button.isEnabled()              # no outcome yet
    dlg.choose("promise")                               # click 2 (Log call… was 1)
    assert dlg.promise_box.isVisibleTo(dlg) and not dlg.dispute_box.isVisibleTo(dlg)
    promised = AS_OF + timedelta(days=7)
    assert dlg.promise_date.date().toPython() == promised
    dlg.note.setText("Mr Li: pays next week")
    dlg.accept()                                        # click 3: Save
    assert dlg.result() == dlg.DialogCode.Accepted and dlg.log_id
    ctx.notify_changed()
    wait_loaded(tab)

    with ui_db.engine.connect() as conn:
        promises = dn.load_promises(conn, cid)
        assert [(p.date, p.amount_minor) for p in promises] == [(promised, None)]
        assert promises[0].invoice_ids == (inv_id(ui_db, "INV-001"),)   # INV-002 is not due
        outcome, follow = conn.execute(text("SELECT outcome, follow_up FROM contact_log WHERE id = :i"),
                                       {"i": dlg.log_id}).one()
    assert outcome == "promise" and date.fromisoformat(str(follow)) == promised
    r = run(ui_db)
    assert "C001" not in {p.customer_code for p in r.proposals}
    assert (inv_id(ui_db, "INV-001"), "promise") in r.excluded
    assert ("call", "C001") not in {(w.kind, w.customer_code) for w in tab.shown_items()}
    # on the promised day the promise is in the worklist
    with ui_db.engine.connect() as conn:
        later = dn.worklist(conn, promised)
    assert any(w.kind == "promise_due" and w.customer_code == "C001" for w in later)


def test_call_no_answer_needs_two_clicks_and_asks_to_call_again(tab, ctx, ui_db):
    from app.ui.dialogs.collections_call import LogCallDialog

    cid = ui_db.customer_ids["C003"]
    dlg = LogCallDialog(ctx, cid, "C003", tab)
    dlg.choose("no_answer")
    assert dlg.follow_check.isChecked()
    dlg.accept()
    with ui_db.engine.connect() as conn:
        row = conn.execute(text("SELECT kind, outcome, follow_up FROM contact_log WHERE customer_id = :c"),
                           {"c": cid}).one()
    assert row[0] == "call" and row[1] == "no_answer"
    assert date.fromisoformat(str(row[2])) == AS_OF + timedelta(days=3)


def test_call_dispute_needs_a_reason(tab, ctx, ui_db):
    from app.ui.dialogs.collections_call import LogCallDialog

    dlg = LogCallDialog(ctx, ui_db.customer_ids["C003"], "C003", tab)
    dlg.choose("dispute")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    assert dlg.problem.text()
    dlg.dispute_reason.setEditText("Goods damaged")
    dlg.invoices.set_checked({inv_id(ui_db, "INV-004")})
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    with ui_db.engine.connect() as conn:
        assert conn.execute(text("SELECT disputed, dispute_reason FROM invoice WHERE number = 'INV-004'")
                            ).one() == (1, "Goods damaged")


def test_dispute_then_resolve(tab, ctx, ui_db, wait_loaded):
    from app.ui.dialogs.collections_dispute import DisputeDialog

    cid = ui_db.customer_ids["C003"]
    i4 = inv_id(ui_db, "INV-004")
    dlg = DisputeDialog(ctx, cid, "C003", tab, invoice_ids={i4})
    assert not dlg.ok.isEnabled()                       # a reason is required
    dlg.reason.setEditText("Price differs from the order")
    assert dlg.ok.isEnabled()
    dlg.accept()
    ctx.notify_changed()
    wait_loaded(tab)
    disputes = [w for w in tab.shown_items() if w.kind == "dispute"]
    assert [(w.customer_code, w.invoices, w.detail) for w in disputes] == [
        ("C003", ("INV-004",), "Price differs from the order")]
    assert (i4, "disputed") in run(ui_db).excluded

    tab.select_customer(cid, "dispute")
    res = DisputeDialog(ctx, cid, "C003", tab, resolve=True)
    assert [i.number for i in res.items] == ["INV-004"]     # only the disputed ones
    res.reason.setEditText("credit note agreed")
    res.accept()
    ctx.notify_changed()
    wait_loaded(tab)
    assert not [w for w in tab.shown_items() if w.kind == "dispute"]
    assert (i4, "disputed") not in run(ui_db).excluded


def test_hold_customer_until_date(tab, ctx, ui_db):
    from app.ui.dialogs.collections_dispute import HoldDialog

    cid = ui_db.customer_ids["C001"]
    dlg = HoldDialog(ctx, cid, "C001", tab)
    dlg.reason.setEditText("Negotiating a settlement")
    dlg.accept()
    with ui_db.engine.connect() as conn:
        holds = dn.load_holds(conn, cid)
    assert [(h.customer_id, h.until) for h in holds] == [(cid, AS_OF + timedelta(days=30))]
    assert "C001" not in {p.customer_code for p in run(ui_db).proposals}


@pytest.mark.parametrize("parts", [3, 7])
def test_instalment_plan_parts_add_up_exactly(tab, ctx, ui_db, parts):
    from app.ui.dialogs.collections_plan import PlanDialog

    cid = ui_db.customer_ids["C001"]
    dlg = PlanDialog(ctx, cid, "C001", tab)
    dlg.invoices.set_checked({inv_id(ui_db, "INV-001")})
    dlg.count.setValue(parts)
    got = dlg.parts()
    assert len(got) == parts and sum(a for _, a in got) == 1_000_000
    assert [d for d, _ in got] == [AS_OF + timedelta(days=30 * (k + 1)) for k in range(parts)]
    assert dlg.ok.isEnabled()
    # an edited amount that no longer adds up is refused before the service sees it
    dlg.set_amount(1, "1.00")
    assert not dlg.ok.isEnabled() and "not covered" in dlg.sum_label.text()
    dlg.split()
    dlg.accept()
    assert dlg.plan_id
    with ui_db.engine.connect() as conn:
        plan, = dn.load_plans(conn, cid)
    assert sum(a for _, _, a in plan.parts) == plan.total_minor == 1_000_000
    assert (inv_id(ui_db, "INV-001"), "instalment_plan") in run(ui_db).excluded


def _issue_all(qtbot, ctx):
    from app.ui.dialogs.collections_letters import IssueLettersDialog

    dlg = IssueLettersDialog(ctx)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: not dlg.loading, timeout=10000)
    return dlg


def test_issue_letters_then_again_creates_nothing_and_saves_pdfs(qtbot, tab, ctx, ui_db, tmp_path):
    dlg = _issue_all(qtbot, ctx)
    assert len(dlg.proposals()) == 3 and len(dlg.checked()) == 3
    assert not dlg.save_button.isEnabled()             # nothing issued today yet
    dlg.issue()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    assert [i.created for i in dlg.issued] == [True, True, True]
    assert dlg.proposals() == []                       # what was issued left the list
    assert dlg.save_button.isEnabled() and dlg.print_button.isEnabled()

    paths = dlg.save_to(tmp_path / "letters")
    assert sorted(p.name for p in paths) == [
        "C001-2-2026-11-23.pdf", "C003-2-2026-11-23-EUR.pdf", "C003-2-2026-11-23-USD.pdf"]
    for p in paths:
        data = p.read_bytes()
        assert len(data) > 1000 and data.startswith(b"%PDF")

    # the same day again: nothing proposed, and re-issuing the old proposals creates nothing new
    again = _issue_all(qtbot, ctx)
    assert again.proposals() == []
    assert "Nothing more to issue" in again.heading.text()
    assert len(again.letters) == 3                     # the day's letters can still be saved
    old = run(ui_db)
    assert old.proposals == ()
    with ui_db.engine.connect() as conn:
        before = conn.execute(text("SELECT COUNT(*) FROM dunning_action")).scalar_one()
    with ui_db.session() as s:
        assert all(not i.created for i in dn.issue(s, dlg.result.proposals or (), AS_OF))
    with ui_db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM dunning_action")).scalar_one() == before == 3


def test_print_previews_and_prints_every_page_of_the_days_letters(qtbot, tab, ctx, ui_db, tmp_path,
                                                                   monkeypatch):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from app.ui.pdf_pages import page_count

    dlg = _issue_all(qtbot, ctx)
    dlg.issue()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    with ui_db.engine.connect() as conn:
        expected = sum(page_count(dn.action_pdf(conn, lf.action_id)) for lf in dlg.letters)
    out = tmp_path / "printed.pdf"

    def exec_(self):                     # what pressing Print does: paint on the chosen printer
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        self.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    dlg.print_letters()
    assert dlg.preview.pages_painted == expected >= 3
    assert "3" in dlg.preview.windowTitle()
    assert page_count(out.read_bytes()) == expected


def test_issue_only_ticked_letters(qtbot, tab, ctx, ui_db):
    dlg = _issue_all(qtbot, ctx)
    dlg.model.set_all(False)
    assert not dlg.issue_button.isEnabled()
    dlg.model.set_checked(0, True)
    first = dlg.model.rows()[0]
    dlg.issue()
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=30000)
    assert [i.customer_id for i in dlg.issued] == [first.customer_id]
    assert len(dlg.proposals()) == 2


def test_issue_batch_stops_on_cancel(ui_db):
    from app.ui.dialogs.collections_letters import issue_batch

    proposals = run(ui_db).proposals
    p = Progress()
    p.cancel()
    assert issue_batch(ui_db, proposals, AS_OF, "post", "", progress=p) == ([], True)
    seen = []

    def cancel_after_first(done, total, what):
        seen.append(done)
        if done == 1:
            q.cancel()

    q = Progress(cancel_after_first)
    issued, cancelled = issue_batch(ui_db, proposals, AS_OF, "post", "", progress=q)
    assert cancelled and len(issued) == 1              # the first stays issued
    with ui_db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM dunning_action")).scalar_one() == 1


def test_timeline_newest_first(tab, ctx, ui_db, qtbot):
    from app.ui.dialogs.collections_call import LogCallDialog

    cid = ui_db.customer_ids["C001"]
    dlg = LogCallDialog(ctx, cid, "C001", tab)
    dlg.choose("reached")
    dlg.note.setText("spoke to accounts")
    dlg.accept()
    tab.select_customer(cid)
    tab.show_timeline(cid, "C001")
    qtbot.waitUntil(lambda: not tab.timeline_loading and bool(tab.timeline_rows()), timeout=10000)
    rows = tab.timeline_rows()
    dates = [e.date for e in rows]
    assert dates == sorted(dates, reverse=True)
    kinds = [e.kind for e in rows]
    assert kinds[0] == "call" and rows[0].date == AS_OF and "spoke to accounts" in rows[0].detail
    assert {"invoice", "payment", "call"} <= set(kinds)
    assert kinds.index("payment") < kinds.index("invoice")    # paid 2 days ago, invoiced before


def test_claims_expiring_list(tab, ui_db, wait_loaded):
    assert tab.within.value() == 90
    assert tab.claim_model.rows() == []                 # nothing expires within 90 days
    tab.within.setValue(3650)
    wait_loaded(tab)
    claims = tab.claim_model.rows()
    assert {c.number for c in claims} >= {"INV-001", "INV-004"}
    assert [c.expires_on for c in claims] == sorted(c.expires_on for c in claims)


def test_statement_pdf(tab, ui_db, tmp_path):
    path = tmp_path / "st.pdf"
    assert tab.write_statement(ui_db.customer_ids["C001"], path)
    assert path.read_bytes().startswith(b"%PDF")


def test_delivery_cancel_letter_and_lift_hold_from_the_timeline(qtbot, tab, ctx, ui_db, monkeypatch,
                                                                wait_loaded):
    from app.ui.dialogs import bank_reason
    from app.ui.dialogs.collections_delivery import DeliveryDialog
    from app.ui.dialogs.collections_dispute import HoldDialog

    cid = ui_db.customer_ids["C001"]
    with ui_db.session() as s:
        dn.issue(s, [p for p in run(ui_db).proposals if p.customer_id == cid], AS_OF)
    hold = HoldDialog(ctx, cid, "C001", tab)
    hold.reason.setEditText("Agreed with sales")
    hold.accept()
    ctx.notify_changed()
    wait_loaded(tab)

    def show(kind):
        return select_timeline(qtbot, tab, wait_loaded, cid, kind)

    letter = show("letter")
    assert tab.delivery_action.isEnabled() and not tab.lift_action.isEnabled()
    # the timeline's own actions: above it and in its context menu, not in the tab's toolbar
    assert tab.delivery_action in tab.tl_view.actions() and tab.lift_action in tab.tl_bar.actions()
    assert tab.delivery_action not in tab.toolbar.actions()
    with ui_db.engine.connect() as conn:
        action, = dn.list_actions(conn, cid)
    dlg = DeliveryDialog(ctx, action, tab)
    dlg.sent_via.setCurrentIndex(dlg.sent_via.findData("ems"))
    dlg.proof.setText("EMS EA123456789CN")
    dlg.delivered.setChecked(True)
    dlg.accept()
    with ui_db.engine.connect() as conn:
        action, = dn.list_actions(conn, cid)
    assert (action.sent_via, action.proof, action.delivered_on) == ("ems", "EMS EA123456789CN", AS_OF)
    dlg = DeliveryDialog(ctx, action, tab)                 # the post came back
    assert dlg.delivered.isChecked() and not dlg.reason.isEnabled()
    dlg.returned.setChecked(True)
    assert dlg.reason.isEnabled() and not dlg.delivered_on.isEnabled()
    dlg.reason.setText("addressee unknown")
    dlg.accept()
    with ui_db.engine.connect() as conn:
        action, = dn.list_actions(conn, cid)
    assert (action.returned_on, action.delivered_on) == (AS_OF, None)
    assert show("letter").status == "returned"
    assert tab.delivery_action.isEnabled()                 # can still be delivered later

    monkeypatch.setattr(bank_reason.ReasonDialog, "exec", lambda self: (self.set_reason("wrong address"), 1)[1])
    show("letter")
    assert tab.cancel_letter()
    with ui_db.engine.connect() as conn:
        assert dn.list_actions(conn, cid)[0].cancelled
    assert letter.ref == action.id

    show("hold")
    assert tab.lift_action.isEnabled()
    assert tab.lift_hold()
    with ui_db.engine.connect() as conn:
        assert dn.load_holds(conn, cid)[0].lifted_on == AS_OF


def test_cancel_promise_and_plan_from_the_timeline(qtbot, tab, ctx, ui_db, monkeypatch, wait_loaded):
    from app.ui.dialogs import bank_reason

    cid = ui_db.customer_ids["C001"]
    inv = inv_id(ui_db, "INV-001")
    with ui_db.session() as s:
        pid = dn.add_promise(s, [inv], AS_OF + timedelta(days=10), AS_OF, amount_minor=100_000)
    ctx.notify_changed()
    monkeypatch.setattr(bank_reason.ReasonDialog, "exec", lambda self: (self.set_reason("customer withdrew"), 1)[1])

    def select(kind):
        return select_timeline(qtbot, tab, wait_loaded, cid, kind)

    e = select("promise")
    assert e.ref == pid and e.status == "open"
    detail = tab.tl_model.index(tab.tl_model.find_row(lambda r: r.kind == "promise"),
                                tab.tl_model.column_index("detail")).data()
    assert (AS_OF + timedelta(days=10)).isoformat() in detail and "open" in detail
    assert tab.cancel_arrangement_action.isEnabled()
    assert tab.cancel_arrangement()
    with ui_db.engine.connect() as conn:
        assert dn.load_promises(conn, cid) == []                     # no open promise left
        assert conn.execute(text("SELECT status FROM promise WHERE id = :i"), {"i": pid}).scalar_one() \
            == "cancelled"
        assert conn.execute(text("SELECT reason FROM audit_log WHERE entity = 'promise' AND entity_id = :i "
                                 "AND after = 'cancelled'"), {"i": pid}).scalar_one() == "customer withdrew"
    assert select("promise").status == "cancelled" and not tab.cancel_arrangement_action.isEnabled()
    assert not tab.cancel_arrangement()                               # nothing twice

    with ui_db.engine.connect() as conn:
        open_minor = conn.execute(text("SELECT open_minor FROM invoice WHERE id = :i"), {"i": inv}).scalar_one()
    half = open_minor // 2
    with ui_db.session() as s:
        plan_id = dn.create_plan(s, [inv], AS_OF, [(AS_OF + timedelta(days=30), half),
                                                  (AS_OF + timedelta(days=60), open_minor - half)])
    ctx.notify_changed()
    assert select("instalment_plan").status == "active"
    assert tab.cancel_arrangement()
    with ui_db.engine.connect() as conn:
        assert dn.load_plans(conn, cid) == []
    assert (inv, "instalment_plan") not in run(ui_db).excluded       # back on the ladder
    assert select("instalment_plan").ref == plan_id


def test_default_stage_names_show_translated(qtbot):
    """The default ladders' stage names are English templates in the settings data; the
    worklist shows them in the user's language (a name the user typed stays as typed)."""
    from types import SimpleNamespace

    from app.ui.app import apply_language
    from app.ui.tablemodels.collections import work_columns

    try:
        apply_language("zh_CN")
        detail = next(c for c in work_columns() if c.key == "detail")
        assert detail.display(SimpleNamespace(detail="Phone call and first reminder")) == "电话催收并首次提醒"
        assert detail.display(SimpleNamespace(detail="我们自己的阶段")) == "我们自己的阶段"
    finally:
        apply_language("en")
