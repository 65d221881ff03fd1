"""Header synonyms and automatic mapping."""

from __future__ import annotations

import pytest

from app.services.importers import detect_mapping, field_names, required_fields
from app.services.importers.fields import (column_label, headers_to_mapping, mapping_to_headers,
                                           normalize_header)


def test_normalize_header():
    assert normalize_header("  Payment Terms (days) ") == "paymenttermsdays"
    assert normalize_header("账期（天）") == "账期天"
    assert normalize_header("ＩＮＶＯＩＣＥ　Ｎｏ．") == "invoiceno"
    assert normalize_header("E-mail") == "email"


def test_chinese_customer_headers():
    headers = ["客户代码", "客户名称", "别名", "币别", "账期（天）", "联系人", "电子邮件", "电话", "地址",
               "信用额度", "语言"]
    m = detect_mapping("customers", headers)
    assert m == {"code": 0, "name": 1, "aliases": 2, "currency": 3, "payment_terms_days": 4,
                 "contact": 5, "email": 6, "phone": 7, "address": 8, "credit_limit": 9, "language": 10}


def test_english_customer_headers_any_case_and_spacing():
    m = detect_mapping("customers", ["CODE", "Name", "Aliases", "Currency", "Payment_Terms_Days",
                                     "e-mail", "Credit Limit"])
    assert m["code"] == 0 and m["payment_terms_days"] == 4 and m["email"] == 5 and m["credit_limit"] == 6
    assert m["phone"] is None


@pytest.mark.parametrize("headers,expected", [
    (["发票号码", "客户编号", "开票日期", "到期日", "币种", "金额"],
     {"number": 0, "customer_code": 1, "issue_date": 2, "due_date": 3, "currency": 4, "amount": 5}),
    (["单据号", "客户号", "发票日期", "应收日期", "货币", "含税金额", "PO", "状态"],
     {"number": 0, "customer_code": 1, "issue_date": 2, "due_date": 3, "currency": 4, "amount": 5,
      "po": 6, "status": 7}),
    (["Invoice No.", "Customer", "Invoice Date (dd/mm/yyyy)", "Due Date", "Amount"],
     {"number": 0, "customer_code": 1, "issue_date": 2, "due_date": 3, "amount": 4}),
])
def test_invoice_headers(headers, expected):
    m = detect_mapping("invoices", headers)
    assert {k: v for k, v in m.items() if v is not None} == expected


def test_better_synonym_wins():
    # a Chinese VAT export: 金额 is net, 价税合计 the total owed; 客户编号 beats 客户名称
    m = detect_mapping("invoices", ["发票号码", "客户名称", "客户编号", "日期", "开票日期", "金额", "税额",
                                    "价税合计"])
    assert (m["customer_code"], m["issue_date"], m["amount"]) == (2, 4, 7)


def test_field_lists():
    assert required_fields("invoices") == ["number", "customer_code", "issue_date", "amount"]
    assert required_fields("customers") == ["code", "name"]
    assert field_names("customers")[:5] == ["code", "name", "aliases", "currency", "payment_terms_days"]
    assert required_fields("payments") == ["date", "customer_code", "amount"]
    with pytest.raises(ValueError):
        field_names("bank_lines")


def test_mapping_by_header_text_round_trip():
    headers = ["Beleg", "", "Betrag"]
    by_header = mapping_to_headers({"number": 0, "amount": 2, "po": None}, headers)
    assert by_header == {"number": "Beleg", "amount": "Betrag", "po": None}
    mapping, missing = headers_to_mapping(by_header, ["betrag", "x", " BELEG "])
    assert mapping == {"number": 2, "amount": 0, "po": None} and missing == []
    _, missing = headers_to_mapping(by_header, ["Beleg"])
    assert missing == [("amount", "Betrag")]
    assert column_label(headers, 1) == "B" and column_label(headers, 27) == "AB"
