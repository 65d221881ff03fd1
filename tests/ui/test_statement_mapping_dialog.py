"""The statement column dialog: an unknown layout is mapped by hand, checked, saved and imported."""

from app.services.statements.generic import list_statement_mappings
from app.services.statements.store import import_statement

CSV = ("Konto;Tag;Text;Wer;Summe\n"
       "DE89370400440532013000;03.11.2026;RE 4711 Danke;Muster GmbH;1.234,56\n"
       "DE89370400440532013000;04.11.2026;Miete;Vermieter AG;-800,00\n"
       "DE89370400440532013000;05.11.2026;RE 4712;Beispiel KG;99,10\n")


def _dialog(qtbot, ctx, path):
    from app.ui.dialogs.statement_mapping_dialog import StatementMappingDialog

    dlg = StatementMappingDialog(ctx, path)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.preview is not None and dlg._job is None, timeout=10000)
    return dlg


def test_map_check_save_and_import(qtbot, ctx, tmp_path):
    path = tmp_path / "unknown-bank.csv"
    path.write_text(CSV, encoding="utf-8")
    dlg = _dialog(qtbot, ctx, path)
    assert dlg.missing_label.isVisible() or dlg.missing_label.text()
    assert not dlg.ok_button.isEnabled()
    headers = dlg.preview.table.headers
    dlg.set_column_field(headers.index("Tag"), "booking_date")
    dlg.set_column_field(headers.index("Summe"), "amount")
    dlg.set_column_field(headers.index("Text"), "remittance")
    dlg.set_column_field(headers.index("Wer"), "counterparty_name")
    dlg.set_column_field(headers.index("Konto"), "account")
    assert dlg.mapping.currency == "" and not dlg.ok_button.isEnabled()   # currency still needed
    dlg.currency_edit.setText("eur")
    dlg._options_changed()
    assert dlg.mapping.currency == "EUR" and dlg.ok_button.isEnabled()
    dlg.check()
    qtbot.waitUntil(lambda: dlg._job is None and dlg.lines_found is not None, timeout=10000)
    assert dlg.lines_found == 3
    assert dlg.save_mapping_as("Musterbank")
    dlg.accept()
    assert dlg.result_mapping is not None
    r = import_statement(ctx.db, path, fmt="csv", mapping=dlg.result_mapping)
    assert (r.lines_imported, r.lines_skipped_duplicates) == (3, 0)
    with ctx.db.session() as s:
        assert [p.name for p in list_statement_mappings(s)] == ["Musterbank"]
    # next time the saved mapping reads the same layout by name
    again = tmp_path / "unknown-bank-2.csv"
    again.write_text(CSV.replace("05.11.2026;RE 4712", "06.11.2026;RE 4713"), encoding="utf-8")
    r2 = import_statement(ctx.db, again, fmt="csv", mapping="Musterbank")
    assert (r2.lines_imported, r2.lines_skipped_duplicates) == (1, 2)


def test_a_bad_row_is_shown_with_row_and_column(qtbot, ctx, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(CSV.replace("99,10", "neunundneunzig"), encoding="utf-8")
    dlg = _dialog(qtbot, ctx, path)
    headers = dlg.preview.table.headers
    for name, field in (("Tag", "booking_date"), ("Summe", "amount"), ("Text", "remittance")):
        dlg.set_column_field(headers.index(name), field)
    dlg.currency_edit.setText("EUR")
    dlg._options_changed()
    dlg.check()
    qtbot.waitUntil(lambda: dlg._job is None and bool(dlg.result_label.text()), timeout=10000)
    assert dlg.lines_found is None
    assert "neunundneunzig" in dlg.result_label.text() and "4" in dlg.result_label.text()
