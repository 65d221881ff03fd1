"""A made-up letter to preview a template with (the template editor's live preview, tests,
the benchmark): ``sample_letter(template, language, invoices=3, as_of=…)``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from .model import STAGE_TEMPLATES, LetterCompany, LetterCustomer, LetterData, LetterInvoice

# the ladder's default offsets (days after the due date), for believable days overdue
_OFFSETS = dict(zip(STAGE_TEMPLATES, (-3, 7, 15, 30, 60)))

SAMPLE_COMPANY = {
    "zh": LetterCompany(
        name="上海示例贸易有限公司", address="上海市浦东新区世纪大道 100 号 18 楼\n邮编 200120",
        phone="021-5888 0000", email="ar@example.cn", tax_id="91310000MA1K000000",
        bank_accounts=(("中国工商银行上海浦东支行", "1001 2345 6789 0123 456", "CNY"),
                       ("Bank of China Shanghai", "4567 8901 2345", "USD")),
        signature_name="王丽", signature_title="财务经理"),
    "en": LetterCompany(
        name="Example Trading Ltd.", address="18F, 100 Century Avenue\nPudong, Shanghai 200120, China",
        phone="+86 21 5888 0000", email="ar@example.com", tax_id="91310000MA1K000000",
        bank_accounts=(("Bank of China Shanghai", "4567 8901 2345", "USD"),
                       ("ICBC Shanghai Pudong", "1001 2345 6789 0123 456", "CNY")),
        signature_name="Li Wang", signature_title="Finance Manager"),
}
SAMPLE_CUSTOMER = {
    "zh": LetterCustomer(code="C0042", name="北京恒远科技股份有限公司",
                         address="北京市海淀区中关村大街 27 号\n邮编 100080", contact="张伟 先生"),
    "en": LetterCustomer(code="C0042", name="Hengyuan Technology Co., Ltd.",
                         address="27 Zhongguancun Street, Haidian\nBeijing 100080, China",
                         contact="Mr Wei Zhang"),
}


def sample_letter(template: str = "demand", language: str = "zh", *, invoices: int = 3,
                  as_of: date = date(2026, 11, 23), currency: str = "CNY") -> LetterData:
    offset = _OFFSETS.get(template, 15)
    rows = []
    for n in range(invoices):
        overdue = offset + 3 * (invoices - 1 - n) if offset > 0 else offset - 3 * n   # pre-due: all not due
        due = as_of - timedelta(days=overdue)
        rows.append(LetterInvoice(number=f"INV-2026-{1040 + n:05d}", issue_date=due - timedelta(days=30),
                                  due_date=due, days_overdue=overdue,
                                  open_minor=1_234_567 + 987_654 * ((n * 7) % 11), stage=1))
    stage = STAGE_TEMPLATES.index(template) + 1 if template in STAGE_TEMPLATES else 1
    total = sum(r.open_minor for r in rows)
    claims = template in ("demand", "final_notice", "handover")
    return LetterData(
        template=template, language=language, reference=f"DN-2026-{stage:02d}0123", date=as_of,
        company=SAMPLE_COMPANY.get(language, SAMPLE_COMPANY["en"]),
        customer=SAMPLE_CUSTOMER.get(language, SAMPLE_CUSTOMER["en"]),
        currency=currency, invoices=tuple(rows), stage=stage, stage_name=template,
        fee_minor=50_000 if claims else 0,
        interest_minor=(total * 5 * 30 // 10_000) if claims else 0,     # 0.05 %/day × 30 days
        pay_by=as_of + timedelta(days=10 if template != "reminder" else 3),
        contract_number="HT-2026-0815")


def with_images(data: LetterData, *, logo: bytes | None = None, signature: bytes | None = None,
                seal: bytes | None = None) -> LetterData:
    return replace(data, company=replace(data.company, logo=logo, signature_image=signature,
                                         seal_image=seal))
