"""Exports: XLSX typed cells, CSV BOM and formula guard, PDF pages with the embedded CJK font."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest

from app.money import Money
from app.services import fonts
from app.services.exports import (AMOUNT, DATE, INTEGER, PERCENT, ExportColumn, ExportTable, PdfLabels,
                                  PdfReport, csv_text, display_text, neutralise, write_csv, write_pdf,
                                  write_xlsx)

AS_OF = date(2026, 11, 23)

COLUMNS = (ExportColumn("Code"), ExportColumn("Customer", width=2.5), ExportColumn("Cur.", width=0.5),
           ExportColumn("Not due", AMOUNT), ExportColumn("1-30", AMOUNT), ExportColumn("Total", AMOUNT),
           ExportColumn("% overdue", PERCENT), ExportColumn("Invoices", INTEGER),
           ExportColumn("Oldest due", DATE))


def sample_table(n: int = 3) -> ExportTable:
    names = ["北京华夏科技有限公司", "A&B <Ltd>", "=HYPERLINK(\"http://evil\")", "+86 10 1234", "-x", "@SUM(A1)"]
    rows = []
    for i in range(n):
        rows.append((f"C{i:03}", names[i % len(names)], "CNY", Money(123_456 + i, "CNY"),
                     Money(-5_000, "CNY"), Money(118_456 + i, "CNY"), Decimal("12.5"), 3 + i,
                     date(2026, 10, 1)))
    rows.append(("J001", "Tokyo KK", "JPY", Money(1_000_000, "JPY"), Money(0, "JPY"),
                 Money(1_000_000, "JPY"), None, 1, None))
    totals = [("", "Total", "CNY", Money(999_999, "CNY"), Money(-5_000, "CNY"), Money(994_999, "CNY"),
               Decimal("50"), 99, None)]
    return ExportTable("账龄 Aging", COLUMNS, rows, totals, notes=("No rate for USD on 2026-11-23",))


# ---------------------------------------------------------------- helpers
@pytest.mark.parametrize("text, expected", [
    ("=1+1", "'=1+1"), ("+86", "'+86"), ("-cmd", "'-cmd"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Acme", "Acme"), ("北京", "北京"), ("", ""), ("a=b", "a=b"),
])
def test_neutralise(text, expected):
    assert neutralise(text) == expected


def test_display_text():
    assert display_text(Money(123_456_78, "CNY"), AMOUNT) == "123,456.78"
    assert display_text(Money(1_000_000, "JPY"), AMOUNT) == "1,000,000"
    assert display_text(Decimal("12.25"), PERCENT) == "12.2%" or display_text(Decimal("12.25"), PERCENT) == "12.3%"
    assert display_text(None, AMOUNT) == ""
    assert display_text(date(2026, 1, 2), DATE) == "2026-01-02"


# -------------------------------------------------------------------- CSV
def test_csv_has_bom_plain_amounts_and_neutralised_text(tmp_path):
    path = write_csv(tmp_path / "aging.csv", sample_table())
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")                       # UTF-8 BOM for Excel
    text = raw[3:].decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "Code,Customer,Cur.,Not due,1-30,Total,% overdue,Invoices,Oldest due"
    assert lines[1] == "C000,北京华夏科技有限公司,CNY,1234.56,-50.00,1184.56,12.50,3,2026-10-01"
    assert "C001,A&B <Ltd>," in lines[2]
    assert lines[3].startswith('C002,"\'=HYPERLINK(""http://evil"")"')
    assert "J001,Tokyo KK,JPY,1000000,0,1000000,,1," in text
    assert lines[-1] == ",Total,CNY,9999.99,-50.00,9949.99,50.00,99,"
    assert "-50.00" in lines[1] and "'-50.00" not in text                # numbers stay numbers


def test_csv_text_guards_every_formula_start():
    rows = [(f"C{i}", s) for i, s in enumerate(["=1", "+1", "-1x", "@x", "ok"])]
    t = ExportTable("t", (ExportColumn("Code"), ExportColumn("Name")), rows)
    body = csv_text(t).splitlines()[1:]
    assert [line.split(",", 1)[1] for line in body] == ["'=1", "'+1", "'-1x", "'@x", "ok"]


# ------------------------------------------------------------------- XLSX
def test_xlsx_typed_cells_formats_frozen_header_autofilter(tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "aging.xlsx", [sample_table(), ExportTable("Second", COLUMNS[:2], [("a", "b")])])
    wb = load_workbook(path)
    assert wb.sheetnames == ["账龄 Aging", "Second"]
    ws = wb["账龄 Aging"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:I5"                           # header + 4 rows, not the totals
    assert [c.value for c in ws[1]][:3] == ["Code", "Customer", "Cur."]
    assert ws["A1"].font.b
    amount = ws["D2"]
    assert isinstance(amount.value, (int, float)) and amount.value == pytest.approx(1234.56)
    assert amount.number_format == "#,##0.00"
    assert ws["E2"].value == pytest.approx(-50.0)
    assert ws["D5"].value == 1_000_000 and ws["D5"].number_format == "#,##0"      # JPY: no decimals
    pct = ws["G2"]
    assert pct.value == pytest.approx(0.125) and pct.number_format == "0.0%"
    assert ws["H2"].value == 3
    assert ws["I2"].value.date() == date(2026, 10, 1) and ws["I2"].number_format == "yyyy-mm-dd"
    # text is text, never a formula, whatever it starts with
    formula_like = ws["B4"]
    assert formula_like.value == '=HYPERLINK("http://evil")' and formula_like.data_type == "s"
    assert formula_like.quotePrefix
    assert ws["B2"].value == "北京华夏科技有限公司"
    # totals bold after the rows, then the note
    assert ws["B6"].value == "Total" and ws["B6"].font.b and ws["D6"].value == pytest.approx(9999.99)
    assert ws["A8"].value == "No rate for USD on 2026-11-23"


def test_xlsx_sheet_names_are_made_valid_and_unique(tmp_path):
    from openpyxl import load_workbook

    t = ExportTable("a/b: [c]*?", COLUMNS[:1], [("x",)])
    path = write_xlsx(tmp_path / "x.xlsx", [t, t])
    assert load_workbook(path).sheetnames == ["a b   c", "a b   c (2)"]


# ---------------------------------------------------------------- atomic
def test_failed_export_leaves_the_old_file_and_no_temp(tmp_path):
    target = tmp_path / "aging.csv"
    target.write_text("old", encoding="utf-8")
    bad = ExportTable("t", (ExportColumn("Amount", AMOUNT),), [(Money(1, "CNY"),)])
    object.__setattr__(bad, "rows", None)          # iterating None fails inside the writer
    with pytest.raises(TypeError):
        write_csv(target, bad)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["aging.csv"]


# -------------------------------------------------------------------- PDF
def _report(rows: int, **kw) -> PdfReport:
    return PdfReport("Aging report", "测试贸易有限公司 A&B <Ltd>", AS_OF,
                     labels=PdfLabels(page="第 {page} 页，共 {pages} 页", as_of="截至 {date}"),
                     facts=[("应收总额", "1,234.00 CNY"), ("DSO", "45.2")],
                     tables=[sample_table(rows)], printed_on=AS_OF, **kw)


def test_pdf_pages_and_embedded_cjk_font(tmp_path):
    assert fonts.register_reportlab() == fonts.PDF_CJK_FONT
    path = write_pdf(tmp_path / "aging.pdf", _report(120))
    raw = path.read_bytes()
    assert raw.startswith(b"%PDF-")
    pages = raw.count(b"/Type /Page\n") + raw.count(b"/Type /Page ") + raw.count(b"/Type /Page>")
    assert pages >= 3                                        # 120 rows do not fit one page
    assert b"DroidSansFallback" in raw                       # the CJK font is embedded (subset)
    assert b"/FontFile2" in raw
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in raw     # A4 landscape


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler) not installed")
def test_pdf_text_has_chinese_escaped_names_and_page_numbers(tmp_path):
    path = write_pdf(tmp_path / "aging.pdf", _report(120))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout
    assert "测试贸易有限公司 A&B <Ltd>" in text              # company on every page, as written
    assert "北京华夏科技有限公司" in text
    assert "A&B <Ltd>" in text
    assert "截至 2026-11-23" in text
    pages = text.count("\f")
    assert f"第 1 页，共 {pages} 页" in text and f"第 {pages} 页，共 {pages} 页" in text
    assert "1,234.56" in text and "9,999.99" in text
    assert "No rate for USD on 2026-11-23" in text


def test_pdf_with_chart_image(tmp_path):
    from app.services.chart_figures import AgingBars, aging_bars_figure, figure_png

    png = figure_png(aging_bars_figure(AgingBars("CNY", ["未到期", "1–30"], ["北京华夏"], [[100_00, 50_00]])), 60)
    assert png.startswith(b"\x89PNG")
    path = write_pdf(tmp_path / "c.pdf", _report(2, images=[png, png]))
    assert path.read_bytes().count(b"/Subtype /Image") == 2   # both charts, side by side


def test_pdf_markup_escapes_and_switches_fonts():
    m = fonts.pdf_markup("A&B <Ltd> 北京")
    assert m.startswith("A&amp;B &lt;Ltd&gt; ")
    assert f'<font name="{fonts.PDF_CJK_FONT}">北京</font>' in m
    assert fonts.cjk_coverage("应收账款 overdue 逾期")


# ------------------------------------------------------------- aging report
@pytest.fixture
def aging_db(db):
    """CNY: 中文 customer 1,000.00 not due + 2,000.00 120 days late; a formula-like name 500.00
    40 days late; USD: 'A&B <Ltd>' 300.00 10 days late. No exchange rate for USD."""
    from datetime import timedelta

    from app.services import ledger as L
    from app.services.company import CompanyData, save_company
    from app.services.customers import CustomerData, create_customer

    def inv(s, number, cid, due_days_ago, cur, amount):
        due = AS_OF - timedelta(days=due_days_ago)
        L.create_invoice(s, L.InvoiceData(number, cid, due - timedelta(days=30), cur, amount, due_date=due))

    with db.session() as s:
        save_company(s, CompanyData(name="测试贸易有限公司 & Co", home_currency="CNY"))
        a = create_customer(s, CustomerData("C1", "北京华夏科技有限公司", "CNY", 30))
        b = create_customer(s, CustomerData("C2", "=cmd|' /C calc'!A0", "CNY", 30))
        c = create_customer(s, CustomerData("C3", "A&B <Ltd>", "USD", 30))
        inv(s, "I1", a, -10, "CNY", 100_000)
        inv(s, "I2", a, 120, "CNY", 200_000)
        inv(s, "I3", b, 40, "CNY", 50_000)
        inv(s, "I4", c, 10, "USD", 30_000)
    return db


def _aging(db):
    from app.services.aging import aging

    with db.engine.connect() as conn:
        return aging(conn, AS_OF)


def test_aging_table_rows_totals_and_warning(aging_db):
    from app.services.aging_export import aging_table

    t = aging_table(_aging(aging_db))
    titles = [c.title for c in t.columns]
    assert titles[:4] == ["Code", "Customer", "Currency", "Not due"]
    assert titles[-4:] == ["Total", "% overdue", "Unapplied", "Net"]
    body = csv_text(t).splitlines()
    assert body[1] == "C1,北京华夏科技有限公司,CNY,1000.00,0.00,0.00,0.00,2000.00,0.00,0.00,3000.00,66.67,0.00,3000.00"
    assert body[2].startswith("C2,'=cmd|' /C calc'!A0,CNY,0.00,0.00,500.00")        # neutralised
    assert body[4] == ",Total,CNY,1000.00,0.00,500.00,0.00,2000.00,0.00,0.00,3500.00,71.43,0.00,3500.00"
    assert body[5].startswith(",Total,USD,0.00,300.00,")
    assert body[6].startswith(",Total in CNY (converted),CNY,1000.00,0.00,500.00")   # USD left out
    assert t.notes and "USD" in t.notes[0]


def test_aging_table_of_filtered_rows_has_no_converted_line(aging_db):
    from app.services.aging_export import aging_table

    report = _aging(aging_db)
    t = aging_table(report, rows=[r for r in report.rows if r.currency == "USD"])
    assert [r[0] for r in t.rows] == ["C3"]
    assert [r[1] for r in t.totals] == ["Total"]


def test_key_figures_tones_and_changes():
    from app.services.aging_export import key_figures
    from app.services.kpis import Kpis

    def k(on, ar, dso, cei, overdue):
        return Kpis(on, "CNY", 90, on, 100_000, ar, 0, 0, 0, Decimal(dso), None, None, None,
                    Decimal(cei), Decimal(overdue), None)

    now = k(AS_OF, 500_000, "45.25", "80.00", "30.00")
    before = k(date(2026, 8, 25), 400_000, "40.00", "85.50", "35.00")
    figs = {f.key: f for f in key_figures(now, before, 120_000, 100_000)}
    assert figs["ar"].value == "5,000.00 CNY" and figs["ar"].change == "+1,000.00 vs 2026-08-25"
    assert figs["ar"].tone == ""                                   # more AR is neither good nor bad
    assert figs["overdue_pct"].value == "30.0%" and figs["overdue_pct"].change == "-5.0 pts vs 2026-08-25"
    assert figs["overdue_pct"].tone == "good"
    assert figs["dso"].value == "45.3 days" and figs["dso"].tone == "bad"
    assert figs["cei_pct"].change.startswith("-5.5 pts") and figs["cei_pct"].tone == "bad"
    assert figs["over_90"].value == "1,200.00 CNY" and figs["over_90"].tone == "bad"
    assert "DSO (days sales outstanding)" in figs["dso"].tooltip
    assert "24.0% of total AR" in figs["over_90"].tooltip


def test_key_figures_without_previous_period_or_value():
    from app.services.aging_export import key_figures
    from app.services.kpis import Kpis

    k = Kpis(AS_OF, "CNY", 90, AS_OF, 0, 0, 0, 0, 0, None, None, None, None, None, None, None,
             reasons=(("dso", "No credit sales in the period."),))
    figs = {f.key: f for f in key_figures(k, None, 0, None)}
    assert figs["dso"].value == "\u2014" and figs["dso"].change == ""
    assert "No credit sales in the period." in figs["dso"].tooltip


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_write_aging_file_for_the_cli(aging_db, tmp_path, fmt):
    from app.services.aging_export import write_aging_file

    report = _aging(aging_db)
    with aging_db.engine.connect() as conn:
        path = write_aging_file(conn, tmp_path / f"a.{fmt}", fmt, report, printed_on=AS_OF)
    raw = path.read_bytes()
    assert raw[:5] == {"csv": b"\xef\xbb\xbfCo", "xlsx": b"PK\x03\x04\x14", "pdf": b"%PDF-"}[fmt][:5]
    if fmt == "pdf" and shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                              text=True).stdout
        for expected in ("测试贸易有限公司 & Co", "北京华夏科技有限公司", "A&B <Ltd>", "=cmd|' /C calc'!A0",
                         "Total AR (CNY)", "As of 2026-11-23", "Page 1 of 1", "3,500.00"):
            assert expected in text, expected


def test_unwritable_target_is_a_user_error(tmp_path):
    from app.errors import UserError
    from app.services.exports import ExportError

    with pytest.raises(ExportError) as err:
        write_csv(tmp_path / "no such folder" / "a.csv", sample_table())
    assert isinstance(err.value, UserError) and "no such folder" in str(err.value)


# --------------------------------------------------------------------- CLI
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_cli_aging_writes_a_file(aging_db, tmp_path, capsys, fmt):
    from app.cli import main

    path = str(aging_db.path)
    aging_db.close()
    out = tmp_path / f"aging.{fmt}"
    code = main(["aging", "--db", path, "--as-of", AS_OF.isoformat(), f"--{fmt}", str(out)])
    stdout, stderr = capsys.readouterr()
    assert code == 0, stderr
    assert str(out) in stdout
    raw = out.read_bytes()
    if fmt == "csv":
        assert raw.startswith(b"\xef\xbb\xbf") and "北京华夏科技有限公司".encode() in raw
    elif fmt == "xlsx":
        from openpyxl import load_workbook

        ws = load_workbook(out).active
        assert ws["A2"].value == "C1" and ws.freeze_panes == "A2"
    else:
        assert raw.startswith(b"%PDF-") and b"DroidSansFallback" in raw


def test_cli_aging_file_errors(aging_db, tmp_path, capsys):
    from app.cli import main

    path = str(aging_db.path)
    aging_db.close()
    code = main(["aging", "--db", path, "--csv", str(tmp_path / "missing" / "a.csv")])
    assert code == 2 and "Could not write" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:         # one output at a time
        main(["aging", "--db", path, "--json", "--csv", str(tmp_path / "a.csv")])
    assert exc.value.code == 2


@pytest.mark.skipif(not hasattr(__import__("os"), "umask") or __import__("os").name == "nt", reason="POSIX modes")
def test_exported_file_has_the_usual_permissions(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        path = write_csv(tmp_path / "a.csv", sample_table())
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o600)                                   # an existing file keeps its mode
    write_csv(path, sample_table())
    assert path.stat().st_mode & 0o777 == 0o600
