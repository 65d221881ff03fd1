"""How tests/data/*.xls were made (Excel 97-2003 files for the legacy .xls reader tests).

xlwt is not an ARDesk dependency; to regenerate, in any Python with ``pip install xlwt``:

    python tests/data/make_xls_fixtures.py

invoices_legacy.xls, sheet "说明" (notes only, no header) then sheet "发票":
  row 1 a title, row 2 the header, rows 3-6 invoices with real date cells (yyyy-mm-dd and
  m/d/yy formats), numeric amount cells, a numeric invoice number and an empty due date.
"""

from datetime import date
from pathlib import Path

import xlwt

HERE = Path(__file__).resolve().parent


def main() -> None:
    wb = xlwt.Workbook(encoding="utf-8")
    notes = wb.add_sheet("说明")
    notes.write(0, 0, "本文件由旧版财务软件导出")
    ws = wb.add_sheet("发票")
    iso = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    us = xlwt.easyxf(num_format_str="m/d/yy")
    money = xlwt.easyxf(num_format_str="#,##0.00")
    ws.write(0, 0, "2026年11月应收发票明细")
    for c, h in enumerate(["发票号码", "客户编号", "开票日期", "到期日", "币种", "价税合计", "备注"]):
        ws.write(1, c, h)
    rows = [
        ("X-001", "C1", date(2026, 11, 1), date(2026, 12, 1), "CNY", 1234.56, "first"),
        (10002, "C1", date(2026, 11, 2), None, "人民币", 99.9, ""),
        ("X-003", "C2", date(2026, 11, 3), date(2026, 12, 18), "USD", 1000, "美元"),
        ("X-004", "C2", date(2026, 11, 4), date(2026, 11, 30), "USD", -50.25, "credit"),
    ]
    for r, (num, cust, issue, due, cur, amount, note) in enumerate(rows, start=2):
        ws.write(r, 0, num)
        ws.write(r, 1, cust)
        ws.write(r, 2, issue, iso)
        if due is not None:
            ws.write(r, 3, due, us if r == 4 else iso)
        ws.write(r, 4, cur)
        ws.write(r, 5, amount, money)
        ws.write(r, 6, note)
    wb.save(str(HERE / "invoices_legacy.xls"))


if __name__ == "__main__":
    main()
