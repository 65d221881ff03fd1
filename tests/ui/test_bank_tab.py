"""Bank tab: import a statement, auto-match, accept, choose another (split), credit, ignore, undo;
the customer dialog's discount and learned aliases; the matching settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import select, text

from app.models import CustomerAlias, Invoice
from app.services import reconcile
from app.ui.dialogs import bank_choose, bank_reason
from app.ui.dialogs.customer_dialog import CustomerDialog, format_bp, parse_percent_bp

# ------------------------------------------------------------------ a camt.053 written here

STATEMENT = [   # (bank ref, amount, CRDT/DBIT, booking date, payer, remittance)
    ("B-001", "10000.00", "CRDT", "2026-11-20", "Acme Trading Ltd", "INV-001"),   # sure: applied
    ("B-002", "15000.00", "CRDT", "2026-11-20", "北京华夏科技有限公司", "货款"),     # part: suggested
    ("B-003", "800.00", "CRDT", "2026-11-21", "Zhang San", "thanks"),             # unknown payer
    ("B-004", "12.50", "CRDT", "2026-11-21", "Bank of China", "INTEREST Q4"),     # not a customer
    ("B-005", "300.00", "DBIT", "2026-11-21", "Office rent", "RENT NOV"),         # outgoing
]


def camt053(entries) -> bytes:
    def party(ind, name):
        return f"<Dbtr><Nm>{name}</Nm></Dbtr>" if ind == "CRDT" else f"<Cdtr><Nm>{name}</Nm></Cdtr>"

    body = "".join(
        f'<Ntry><NtryRef>{ref}</NtryRef><AcctSvcrRef>{ref}</AcctSvcrRef><Amt Ccy="CNY">{amt}</Amt>'
        f"<CdtDbtInd>{ind}</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>{day}</Dt></BookgDt>"
        f"<ValDt><Dt>{day}</Dt></ValDt><NtryDtls><TxDtls><RltdPties>{party(ind, name)}</RltdPties>"
        f"<RmtInf><Ustrd>{remi}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
        for ref, amt, ind, day, name, remi in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>'
            "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-22T10:00:00</CreDtTm></GrpHdr>"
            "<Stmt><Id>S1</Id><CreDtTm>2026-11-22T10:00:00</CreDtTm>"
            "<Acct><Id><Othr><Id>6222020200001234567</Id></Othr></Id><Ccy>CNY</Ccy></Acct>"
            + body + "</Stmt></BkToCstmrStmt></Document>").encode("utf-8")


@pytest.fixture
def statement(tmp_path):
    path = tmp_path / "stmt.xml"
    path.write_bytes(camt053(STATEMENT))
    return path


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes answer themselves; their texts are collected."""
    shown: list[str] = []

    def exec_(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Close

    def information(_parent, _title, text, *a, **k):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return shown


@pytest.fixture
def tab(qtbot, ctx, wait_loaded):
    from app.ui.tabs.bank import BankTab

    t = BankTab(ctx)
    qtbot.addWidget(t)
    t.resize(1200, 800)
    t.show()
    wait_loaded(t)
    return t


def run_op(qtbot, tab, wait_loaded) -> None:
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=15000)
    wait_loaded(tab)


@pytest.fixture
def matched(qtbot, tab, statement, boxes, wait_loaded):
    """The statement imported through the tab, and the automatic run done."""
    tab.start_import(statement)
    run_op(qtbot, tab, wait_loaded)
    tab.auto_match()
    run_op(qtbot, tab, wait_loaded)
    return tab


def status_of(tab) -> dict[str, str]:
    return {r.line.bank_ref: r.line.status for r in tab.model.all_rows()}


def line_id(tab, ref: str) -> int:
    return next(r.line.id for r in tab.model.all_rows() if r.line.bank_ref == ref)


def open_amounts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT number, open_minor FROM invoice")).all())


def pick(tab, ref: str) -> None:
    assert tab.select_line(line_id(tab, ref))
    assert tab.current_row().line.bank_ref == ref


def answer(monkeypatch, cls, configure):
    """Replace ``cls.exec`` by: configure the dialog, press its action, return the result."""

    def exec_(dlg):
        if configure(dlg) is False:
            return QDialog.DialogCode.Rejected
        dlg.accept()
        return dlg.result()

    monkeypatch.setattr(cls, "exec", exec_)


# ------------------------------------------------------------------ registration
def test_bank_tab_comes_after_aging_with_its_shortcut(window):
    keys = [spec.key for spec, _w in window.tabs]
    assert keys.index("bank") == keys.index("aging") + 1
    i = keys.index("bank")
    assert window.tab_actions[i].shortcut().toString() == f"Ctrl+{i + 1}"
    window.tab_actions[i].trigger()
    assert window.current_tab_key() == "bank"
    assert window.acts.new_item.isEnabled()                  # Ctrl+N: import a statement


def test_empty_database_shows_the_import_page(tab):
    assert tab.stack.currentWidget() is tab.empty_page
    assert not tab.accept_action.isEnabled() and tab.import_action.isEnabled()


# ------------------------------------------------------------------ import and auto-match
def test_import_then_auto_match_with_summaries(qtbot, tab, statement, boxes, wait_loaded):
    tab.start_import(statement)
    assert tab.is_busy() and not tab.import_action.isEnabled()
    run_op(qtbot, tab, wait_loaded)
    assert tab.last_import.lines_imported == 5
    assert "5 lines imported, 0 skipped as duplicates" in boxes[-1]
    assert tab.stack.currentWidget() is tab.list_page
    assert set(status_of(tab).values()) == {"unmatched"}

    tab.start_import(statement)                              # the same file again: nothing twice
    run_op(qtbot, tab, wait_loaded)
    assert tab.last_import.lines_imported == 0 and "5 lines skipped as duplicates" in boxes[-1]
    assert len(tab.model.all_rows()) == 5

    tab.auto_match()
    run_op(qtbot, tab, wait_loaded)
    s = tab.last_run
    assert (s.auto, s.suggested, s.unmatched) == (1, 1, 3)
    assert "1 matched automatically, 1 with suggestions to review, 3 remain unmatched" in boxes[-1]
    assert status_of(tab) == {"B-001": "auto", "B-002": "suggested", "B-003": "unmatched",
                              "B-004": "unmatched", "B-005": "unmatched"}
    assert open_amounts(tab.ctx.db)["INV-001"] == 0
    totals = tab.totals.text()
    assert "5 of 5 lines" in totals and "Unmatched <b>3</b>" in totals
    assert "Auto-matched <b>1</b> (+10,000.00 CNY)" in totals
    assert "Unmatched <b>3</b> (+812.50 CNY, -300.00 CNY)" in totals       # money in and out apart
    row = next(r for r in tab.model.all_rows() if r.line.bank_ref == "B-001")
    assert row.customer.startswith("C001") and row.score >= 90


def test_failed_import_shows_the_problem_and_changes_nothing(qtbot, tab, tmp_path, monkeypatch, wait_loaded):
    bad = tmp_path / "broken.xml"
    bad.write_text("<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'><BkToCstm")
    errors = []
    monkeypatch.setattr("app.ui.tabs.bank.show_error", lambda _p, exc, tb="": errors.append(exc))
    tab.start_import(bad)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10000)
    assert errors and "broken.xml" in str(errors[0])
    assert tab.model.all_rows() == [] and tab.import_action.isEnabled()


def test_unknown_table_layout_offers_the_column_dialog(qtbot, tab, tmp_path, monkeypatch):
    odd = tmp_path / "odd_bank.csv"
    odd.write_text("when,how much,who,what\n2026-11-20,800.00,Zhang San,thanks\n", encoding="utf-8")
    asked, mapped = [], []
    monkeypatch.setattr(tab, "offer_mapping", lambda exc: asked.append(str(exc)) or True)
    monkeypatch.setattr(tab, "map_columns", lambda path: mapped.append(path))
    tab.start_import(odd)
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=10000)
    assert asked and "odd_bank.csv" in asked[0]
    assert mapped == [odd] and tab.model.all_rows() == []


# ------------------------------------------------------------------ review
def test_candidates_show_score_reasons_and_open_invoices(matched):
    tab = matched
    pick(tab, "B-002")
    d = tab.detail
    props = d.candidates()
    assert props and props[0].customer_id == tab.ctx.db.customer_ids["C002"]
    assert d.cand_model.rowCount() == len(props) and d.selected_proposal() == props[0]
    assert "Payer name is the customer's name" in d.reasons.text()
    assert f"score {props[0].score}" in d.reasons.text()
    assert [r.item.number for r in d.open_model.rows()] == ["INV-003"]
    assert d.open_model.rows()[0].proposed == 1_500_000
    assert "15,000.00 CNY" in d.facts.text() and "货款" in d.facts.text()
    assert tab.accept_action.isEnabled()
    pick(tab, "B-003")                                     # nobody known: explained, no candidate
    assert d.candidates() == [] and "Neither the payer nor an invoice reference is known" in d.cand_empty.text()
    assert not tab.accept_action.isEnabled() and tab.choose_action.isEnabled()
    pick(tab, "B-005")                                     # a debit: only ignore
    assert not tab.choose_action.isEnabled() and tab.ignore_action.isEnabled()
    pick(tab, "B-001")                                     # booked: what and by whom, undo offered
    assert "Matched automatically" in d.booked.text() and "INV-001: 10,000.00 CNY" in d.booked.text()
    assert tab.undo_action.isEnabled() and not tab.ignore_action.isEnabled()


def test_enter_accepts_the_suggestion(qtbot, matched, wait_loaded):
    tab = matched
    pick(tab, "B-002")
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Return)
    wait_loaded(tab)
    assert status_of(tab)["B-002"] == "matched"
    assert open_amounts(tab.ctx.db)["INV-003"] == 1_500_000
    assert tab.current_row().line.bank_ref in ("B-003", "B-004", "B-005")   # moved on to the next to review
    with tab.ctx.db.read_session() as s:
        info = reconcile.reconciliation_info(s, line_id(tab, "B-002"))
    assert info.kind == "manual" and info.allocations[0][1:] == ("INV-003", 1_500_000)


def test_choose_another_splits_across_invoices_learns_and_undo_restores(qtbot, matched, monkeypatch,
                                                                        wait_loaded):
    tab = matched
    db = tab.ctx.db
    before = open_amounts(db)
    pick(tab, "B-003")

    def split(dlg):
        dlg.customer.choose(db.customer_ids["C001"])
        assert [r.item.number for r in dlg.model.rows] == ["INV-002"]      # INV-001 was paid by B-001
        dlg.tick("INV-002")
        assert dlg.model.rows[0].text == "800.00"                           # a tick fills what is left
        dlg.set_amount("INV-002", "500")
        assert "left as customer credit 300.00" in dlg.summary.text()
        assert dlg.book.isEnabled()

    answer(monkeypatch, bank_choose.ChooseMatchDialog, split)
    assert tab.choose_another()
    wait_loaded(tab)
    assert status_of(tab)["B-003"] == "matched"
    after = open_amounts(db)
    assert after["INV-002"] == before["INV-002"] - 50_000
    with db.read_session() as s:
        info = reconcile.reconciliation_info(s, line_id(tab, "B-003"))
        assert info.credit_minor == 30_000
        learned = s.scalars(select(CustomerAlias.value).where(CustomerAlias.learned_from_line_id.is_not(None))).all()
    assert "Zhang San" in learned

    pick(tab, "B-003")
    answer(monkeypatch, bank_reason.ReasonDialog, lambda d: d.set_reason("wrong customer"))
    assert tab.undo_selected()
    wait_loaded(tab)
    assert status_of(tab)["B-003"] == "unmatched"
    assert open_amounts(db) == before
    with db.read_session() as s:
        assert s.scalars(select(CustomerAlias).where(CustomerAlias.value == "Zhang San")).all() == []


def test_short_payment_written_off_as_difference_needs_a_reason(qtbot, matched, monkeypatch, wait_loaded):
    tab = matched
    db = tab.ctx.db
    pick(tab, "B-003")

    def short(dlg):
        dlg.customer.choose(db.customer_ids["C001"])
        dlg.tick("INV-002")                                  # 800.00 of 1,500.00 open
        dlg.set_short_kind("difference")
        assert not dlg.book.isEnabled()                      # a written-off difference needs a reason
        dlg.note.setText("agreed price reduction")
        assert dlg.book.isEnabled()
        assert dlg.proposal().differences == ((dlg.model.rows[0].item.id, "difference", 70_000),)

    answer(monkeypatch, bank_choose.ChooseMatchDialog, short)
    assert tab.choose_another()
    wait_loaded(tab)
    with db.session() as s:
        inv = s.scalars(select(Invoice).where(Invoice.number == "INV-002")).one()
        assert (inv.open_minor, inv.status) == (0, "paid")
    pick(tab, "B-003")
    assert "difference written off on INV-002: 700.00 CNY" in tab.detail.booked.text()


def test_more_than_open_is_refused_in_the_dialog(qtbot, matched, monkeypatch):
    tab = matched
    pick(tab, "B-003")
    seen = {}

    def too_much(dlg):
        dlg.customer.choose(tab.ctx.db.customer_ids["C001"])
        dlg.set_amount("INV-002", "1,600.00")
        seen["enabled"] = dlg.book.isEnabled()
        seen["text"] = dlg.summary.text()
        return False

    answer(monkeypatch, bank_choose.ChooseMatchDialog, too_much)
    assert not tab.choose_another()
    assert not seen["enabled"] and "more than the 1,500.00 open" in seen["text"]
    assert status_of(tab)["B-003"] == "unmatched"


def test_leave_as_customer_credit(qtbot, matched, monkeypatch, wait_loaded):
    tab = matched
    db = tab.ctx.db
    before = open_amounts(db)
    pick(tab, "B-003")
    answer(monkeypatch, bank_choose.ChooseMatchDialog,
           lambda dlg: dlg.customer.choose(db.customer_ids["C002"]))
    assert tab.leave_as_credit()
    wait_loaded(tab)
    assert status_of(tab)["B-003"] == "matched" and open_amounts(db) == before
    with db.engine.connect() as conn:
        unalloc = conn.execute(text("SELECT unallocated_minor FROM payment WHERE customer_id = :c AND "
                                    "reference = 'B-003'"), {"c": db.customer_ids["C002"]}).scalar()
    assert unalloc == 80_000


def test_ignore_with_reason_then_undo(qtbot, matched, monkeypatch, wait_loaded):
    tab = matched
    pick(tab, "B-004")
    answer(monkeypatch, bank_reason.ReasonDialog, lambda d: d.action.isEnabled() is False or False)
    assert not tab.ignore_selected()                         # no reason: the action stays disabled
    answer(monkeypatch, bank_reason.ReasonDialog, lambda d: d.set_reason("Interest or bank refund"))
    assert tab.ignore_selected()
    wait_loaded(tab)
    assert status_of(tab)["B-004"] == "ignored"
    pick(tab, "B-004")
    assert "Reason: Interest or bank refund" in tab.detail.booked.text()
    tab.set_status_filter("review")
    assert "B-004" not in [r.line.bank_ref for r in tab.shown_lines()]
    tab.set_status_filter("ignored")
    assert [r.line.bank_ref for r in tab.shown_lines()] == ["B-004"]
    answer(monkeypatch, bank_reason.ReasonDialog, lambda d: None)   # undo: reason optional
    QTest.keySequence(tab.view, "Ctrl+Z")
    wait_loaded(tab)
    assert status_of(tab)["B-004"] == "unmatched"


def test_filters_search_and_dates(matched):
    tab = matched
    tab.set_status_filter("review")
    assert sorted(r.line.bank_ref for r in tab.shown_lines()) == ["B-002", "B-003", "B-004", "B-005"]
    assert "4 of 5 lines" in tab.totals.text()
    tab.set_status_filter("")
    tab.search.setText("interest")
    tab._apply_filters()
    assert [r.line.bank_ref for r in tab.shown_lines()] == ["B-004"]
    tab.search.setText("")
    from PySide6.QtCore import QDate
    tab.date_from.setDate(QDate(2026, 11, 21))
    assert sorted(r.line.bank_ref for r in tab.shown_lines()) == ["B-003", "B-004", "B-005"]
    tab.date_to.setDate(QDate(2026, 11, 20))
    assert tab.shown_lines() == []


# ------------------------------------------------------------------ customer dialog
@pytest.mark.parametrize("typed, bp", [("2.5", 250), ("2", 200), ("0.25", 25), ("1,75", 175), ("", 0)])
def test_percent_parses_to_basis_points(typed, bp):
    assert parse_percent_bp(typed) == bp


@pytest.mark.parametrize("typed", ["2.555", "abc", "-1", "60", "NaN"])
def test_bad_percent_is_refused(typed):
    with pytest.raises(ValueError):
        parse_percent_bp(typed)


def test_discount_round_trip_through_the_customer_dialog(qtbot, ctx):
    cid = ctx.db.customer_ids["C002"]
    dlg = CustomerDialog(ctx, cid)
    qtbot.addWidget(dlg)
    dlg.discount_pct.setText("2.555")
    assert dlg.form.text("discount") and not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dlg.discount_pct.setText("2.5")
    dlg.discount_days.setValue(10)
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    from app.services.customers import get_customer_data
    with ctx.db.session() as s:
        data = get_customer_data(s, cid)
    assert (data.discount_bp, data.discount_days) == (250, 10)
    again = CustomerDialog(ctx, cid)
    qtbot.addWidget(again)
    assert again.discount_pct.text() == format_bp(250) == "2.50" and again.discount_days.value() == 10


def test_learned_aliases_are_listed_and_removable(qtbot, matched, monkeypatch, wait_loaded):
    tab = matched
    db = tab.ctx.db
    c1 = db.customer_ids["C001"]
    pick(tab, "B-003")
    answer(monkeypatch, bank_choose.ChooseMatchDialog,
           lambda dlg: dlg.customer.choose(c1))                              # learns "Zhang San"
    assert tab.leave_as_credit()
    wait_loaded(tab)
    dlg = CustomerDialog(tab.ctx, c1)
    qtbot.addWidget(dlg)
    assert dlg.learned is not None
    assert "Name: Zhang San — learned from line B-003 (2026-11-21)" in dlg.learned.list.item(0).text()
    assert "Zhang San" not in dlg.aliases.toPlainText()      # typed names stay separate
    assert "ACME HK" in dlg.aliases.toPlainText()
    dlg.learned.remove_value("Zhang San")
    assert dlg.learned.list.count() == 0
    dlg.accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    with db.read_session() as s:
        names = set(s.scalars(select(CustomerAlias.value).where(CustomerAlias.customer_id == c1)))
    assert names == {"ACME HK"}
    assert status_of(tab)["B-003"] == "matched"               # removing the alias keeps the booking


def test_editing_a_customer_keeps_learned_names(qtbot, matched, monkeypatch, wait_loaded):
    tab = matched
    db = tab.ctx.db
    c1 = db.customer_ids["C001"]
    pick(tab, "B-003")
    answer(monkeypatch, bank_choose.ChooseMatchDialog, lambda dlg: dlg.customer.choose(c1))
    assert tab.leave_as_credit()
    wait_loaded(tab)
    dlg = CustomerDialog(tab.ctx, c1)
    qtbot.addWidget(dlg)
    dlg.terms.setValue(45)
    dlg.accept()
    with db.read_session() as s:
        names = set(s.scalars(select(CustomerAlias.value).where(CustomerAlias.customer_id == c1)))
    assert names == {"ACME HK", "Zhang San"}


# ------------------------------------------------------------------ settings
def test_matching_settings_are_saved(qtbot, ctx, settings):
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dlg = SettingsDialog(ctx, settings, start_tab="matching")
    qtbot.addWidget(dlg)
    form = dlg.matching_form
    assert dlg.tabs.currentWidget() is form
    assert (form.threshold.value(), form.charges_pct.text(), form.charges_fixed.text()) == (90, "0.50", "30.00")
    form.charges_pct.setText("0.333")
    assert not dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    form.threshold.setValue(95)
    form.margin.setValue(10)
    form.charges_pct.setText("0.75")
    form.charges_fixed.setText("50")
    dlg.accept()
    with ctx.db.engine.connect() as conn:
        s = reconcile.load_settings(conn)
    assert (s.auto_threshold, s.auto_margin, s.charges_bp, s.charges_fixed_minor) == (95, 10, 75, 5000)
