"""The fixed words of a printed letter or statement, in the letter's language (not the UI's).

A letter's language belongs to the customer (``zh`` or ``en``), so these are plain tables,
not ``T()`` messages. Amounts and dates are written the way each language writes them:

    money_text(1234567, "CNY", "zh") -> "人民币12,345.67元"     money_text(…, "en") -> "CNY 12,345.67"
    date_text(date(2026, 11, 30), "zh") -> "2026年11月30日"      "en" -> "30 November 2026"
"""

from __future__ import annotations

from datetime import date

from ...money import format_minor

LANGUAGES = ("zh", "en")

# Chinese names of the currencies a Chinese letter writes out in words
CURRENCY_NAMES_ZH = {"CNY": "人民币", "USD": "美元", "EUR": "欧元", "HKD": "港币", "GBP": "英镑",
                     "JPY": "日元", "AUD": "澳元", "SGD": "新加坡元", "CAD": "加元", "CHF": "瑞士法郎"}

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "to": "To",
        "attn": "Attn.: {contact}",
        "date": "Date",
        "reference": "Our reference",
        "customer_code": "Customer no.",
        "contract": "Contract",
        "tax_id": "Tax ID",
        "phone": "Tel.",
        "email": "E-mail",
        "col_number": "Invoice",
        "col_issue": "Issue date",
        "col_due": "Due date",
        "col_days": "Days overdue",
        "col_open": "Open amount",
        "col_amount": "Amount",
        "not_due": "due in {days} d",
        "due_today": "due today",
        "total_overdue": "Total overdue",
        "total_open": "Total of invoices",
        "fee": "Late fee",
        "interest": "Interest",
        "total_due": "Total due",
        "capitals": "Amount in words",
        "bank": "Please pay to",
        "page": "Page {page} of {pages}",
        "continued": "{company} · {reference} · continued",
        "none": "n/a",
        # statements
        "statement": "Statement of account",
        "statement_as_of": "as of {date}",
        "open_items": "Open items ({currency})",
        "credit_note": "credit note",
        "payments": "Recent payments",
        "col_pay_date": "Date",
        "col_pay_ref": "Reference",
        "col_pay_applied": "Applied to",
        "col_unapplied": "Unapplied",
        "aging": "Aging summary",
        "col_currency": "Currency",
        "not_due_bucket": "Not due",
        "over_bucket": "> {days} days",
        "bucket": "{low}–{high} days",
        "col_total": "Total",
        "net": "Balance after unapplied payments and credits",
        "no_open_items": "Nothing is open on this date. Thank you.",
        "statement_note": ("Please check this statement against your records and let us know of "
                           "any difference within 15 days of receiving it."),
    },
    "zh": {
        "to": "致",
        "attn": "联系人：{contact}",
        "date": "日期",
        "reference": "函件编号",
        "customer_code": "客户编号",
        "contract": "合同编号",
        "tax_id": "税号",
        "phone": "电话",
        "email": "邮箱",
        "col_number": "发票号",
        "col_issue": "开票日期",
        "col_due": "到期日",
        "col_days": "逾期天数",
        "col_open": "未付金额",
        "col_amount": "金额",
        "not_due": "{days}天后到期",
        "due_today": "今日到期",
        "total_overdue": "逾期金额合计",
        "total_open": "发票金额合计",
        "fee": "滞纳金",
        "interest": "逾期利息",
        "total_due": "应付合计",
        "capitals": "金额大写",
        "bank": "收款账户",
        "page": "第 {page} 页，共 {pages} 页",
        "continued": "{company} · {reference} · 续页",
        "none": "—",
        "statement": "对账单",
        "statement_as_of": "截至{date}",
        "open_items": "未结发票（{currency}）",
        "credit_note": "贷项通知单",
        "payments": "近期收款",
        "col_pay_date": "日期",
        "col_pay_ref": "摘要／参考号",
        "col_pay_applied": "核销发票",
        "col_unapplied": "未核销",
        "aging": "账龄汇总",
        "col_currency": "币种",
        "not_due_bucket": "未到期",
        "over_bucket": "{days}天以上",
        "bucket": "{low}–{high}天",
        "col_total": "合计",
        "net": "扣除未核销收款及贷项后余额",
        "no_open_items": "截至该日贵司没有未结款项，谢谢！",
        "statement_note": "请贵司核对本对账单，如有不符，请于收到之日起十五日内与我司联系。",
    },
}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def money_text(minor: int, currency: str, language: str) -> str:
    """An amount with its currency as a sentence in ``language`` writes it."""
    amount = format_minor(minor, currency)
    if language == "zh" and currency == "CNY":
        return f"人民币{amount}元"
    return f"{currency} {amount}"


def date_text(d: date | None, language: str) -> str:
    if d is None:
        return labels(language)["none"]
    if language == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def days_text(days: int, language: str) -> str:
    """The days-overdue cell: the number when overdue, "due in 3 d" / "today" otherwise."""
    if days > 0:
        return str(days)
    if days == 0:
        return labels(language)["due_today"]
    return labels(language)["not_due"].format(days=-days)
