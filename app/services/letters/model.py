"""What a letter says, as plain data: the dunning engine fills it, the PDF writer prints it.

No database and no Qt here, so letters can be previewed, printed in batches and tested alone.
Money is in integer minor units of ``LetterData.currency``; dates are dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# the template of each kind of dunning action (one zh and one en template each)
STAGE_TEMPLATES = ("reminder", "first_reminder", "demand", "final_notice", "handover")


@dataclass(frozen=True, slots=True)
class LetterCompany:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    bank_accounts: tuple[tuple[str, str, str], ...] = ()   # (bank name, account number, currency)
    logo: bytes | None = None                              # PNG/JPEG bytes
    signature_name: str = ""
    signature_title: str = ""
    signature_image: bytes | None = None
    seal_image: bytes | None = None                        # company seal (公章), PNG with alpha


@dataclass(frozen=True, slots=True)
class LetterCustomer:
    code: str
    name: str
    address: str = ""
    contact: str = ""


@dataclass(frozen=True, slots=True)
class LetterInvoice:
    number: str
    issue_date: date
    due_date: date
    days_overdue: int          # negative: not yet due (a pre-due reminder)
    open_minor: int
    stage: int = 0             # the stage this letter takes the invoice to (1 = first in the ladder)


@dataclass(frozen=True, slots=True)
class LetterData:
    template: str              # one of STAGE_TEMPLATES
    language: str              # 'zh' | 'en'
    reference: str             # the letter's own reference, e.g. "DN-2026-000123"
    date: date
    company: LetterCompany
    customer: LetterCustomer
    currency: str
    invoices: tuple[LetterInvoice, ...]
    stage: int = 1             # the letter's stage (highest of its invoices)
    stage_name: str = ""       # as the ladder names it
    fee_minor: int = 0
    interest_minor: int = 0
    pay_by: date | None = None
    contract_number: str = ""
    page_size: str = "A4"      # 'A4' | 'Letter'
    extra: dict[str, str] = field(default_factory=dict)   # further placeholders a template may use

    @property
    def total_overdue_minor(self) -> int:
        return sum(i.open_minor for i in self.invoices)

    @property
    def total_due_minor(self) -> int:
        return self.total_overdue_minor + self.fee_minor + self.interest_minor
