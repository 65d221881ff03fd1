"""The user's own company (one row) and its bank accounts, as plain dataclasses.

    data = get_company(s)            # CompanyData (empty defaults when none is saved yet)
    problems = validate_company(data)
    save_company(s, data)            # one transaction: the row and its whole account list

Changes to the name, tax id and home currency write audit rows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import T
from ..models import Company, CompanyBankAccount
from ..money import is_known_currency
from .audit import audit_changes
from .customers import FieldProblem


@dataclass(frozen=True)
class BankAccountData:
    bank_name: str
    account_no: str
    currency: str = "CNY"


@dataclass(frozen=True)
class CompanyData:
    name: str = ""
    address: str = ""
    tax_id: str = ""
    phone: str = ""
    email: str = ""
    home_currency: str = "CNY"
    signature_name: str = ""
    signature_title: str = ""
    bank_accounts: tuple[BankAccountData, ...] = field(default_factory=tuple)
    # images printed on letters: PNG or JPEG bytes (the seal 公章 as a PNG with transparency)
    logo: bytes | None = None
    signature_image: bytes | None = None
    seal_image: bytes | None = None

    def cleaned(self) -> "CompanyData":
        accounts = tuple(
            BankAccountData(a.bank_name.strip(), a.account_no.strip(), a.currency.strip().upper())
            for a in self.bank_accounts if a.bank_name.strip() or a.account_no.strip())
        return replace(self, name=self.name.strip(), address=self.address.strip(),
                       tax_id=self.tax_id.strip(), phone=self.phone.strip(),
                       email=self.email.strip(), home_currency=self.home_currency.strip().upper(),
                       signature_name=self.signature_name.strip(),
                       signature_title=self.signature_title.strip(), bank_accounts=accounts)


MAX_IMAGE_BYTES = 2_000_000
IMAGE_FIELDS = ("logo", "signature_image", "seal_image")


def image_kind(data: bytes) -> str | None:
    """'png' | 'jpeg' from the file's first bytes, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    return None


def validate_company(data: CompanyData) -> list[FieldProblem]:
    """Every problem with ``data`` (already cleaned); empty when it can be saved."""
    p: list[FieldProblem] = []
    for name in IMAGE_FIELDS:
        img = getattr(data, name)
        if img is None:
            continue
        if image_kind(img) is None:
            p.append(FieldProblem(name, T("The image must be a PNG or JPEG file.")))
        elif len(img) > MAX_IMAGE_BYTES:
            p.append(FieldProblem(name, T("The image is larger than {size} MB; use a smaller one."),
                                  {"size": MAX_IMAGE_BYTES // 1_000_000}))
    if not data.name:
        p.append(FieldProblem("name", T("The company name is required.")))
    if not is_known_currency(data.home_currency):
        p.append(FieldProblem("home_currency", T("Unknown currency {value}."),
                              {"value": data.home_currency}))
    for n, a in enumerate(data.bank_accounts, start=1):
        if not a.account_no:
            p.append(FieldProblem("bank_accounts", T("Bank account {n} has no account number."),
                                  {"n": n}))
        if not is_known_currency(a.currency):
            p.append(FieldProblem("bank_accounts", T("Bank account {n}: unknown currency {value}."),
                                  {"n": n, "value": a.currency}))
    return p


def _row(s: Session) -> Company | None:
    return s.scalars(select(Company).order_by(Company.id).limit(1)).first()


def has_company(s: Session) -> bool:
    """True once the company's name has been saved (the first-run dialog is done)."""
    c = _row(s)
    return c is not None and bool(c.name.strip())


def get_company(s: Session) -> CompanyData:
    c = _row(s)
    if c is None:
        return CompanyData()
    return CompanyData(
        name=c.name, address=c.address, tax_id=c.tax_id, phone=c.phone, email=c.email,
        home_currency=c.home_currency, signature_name=c.signature_name,
        signature_title=c.signature_title,
        bank_accounts=tuple(BankAccountData(a.bank_name, a.account_no, a.currency)
                            for a in c.bank_accounts),
        logo=c.logo, signature_image=c.signature_image, seal_image=c.seal_image)


def save_company(s: Session, data: CompanyData) -> None:
    """Write the company row and replace its bank accounts, inside the caller's session."""
    data = data.cleaned()
    problems = validate_company(data)
    if problems:
        raise ValidationError(problems[0].message, field=problems[0].field, **problems[0].params)
    c = _row(s)
    if c is None:
        c = Company()
        s.add(c)
        s.flush()
    audit_changes(s, "company", c.id, {
        "name": (c.name or "", data.name),
        "tax_id": (c.tax_id or "", data.tax_id),
        "home_currency": (c.home_currency or "", data.home_currency),
        "bank_accounts": (_accounts_text(c.bank_accounts), _accounts_text(data.bank_accounts)),
        **{name: (_image_text(getattr(c, name)), _image_text(getattr(data, name))) for name in IMAGE_FIELDS},
    })
    c.name, c.address, c.tax_id = data.name, data.address, data.tax_id
    c.phone, c.email, c.home_currency = data.phone, data.email, data.home_currency
    c.signature_name, c.signature_title = data.signature_name, data.signature_title
    c.logo, c.signature_image, c.seal_image = data.logo, data.signature_image, data.seal_image
    c.bank_accounts = [CompanyBankAccount(bank_name=a.bank_name, account_no=a.account_no,
                                          currency=a.currency) for a in data.bank_accounts]


def _image_text(img: bytes | None) -> str:
    """What the audit log keeps of an image: its kind, size and a digest, not the bytes."""
    if not img:
        return ""
    return f"{image_kind(img) or '?'} {len(img)} bytes sha256:{hashlib.sha256(img).hexdigest()[:12]}"


def _accounts_text(accounts) -> str:
    return "; ".join(f"{a.bank_name} {a.account_no} {a.currency}".strip() for a in accounts)
