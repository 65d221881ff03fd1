"""Creating and changing customers (validated, audited)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..i18n import T
from ..models import Customer, CustomerAlias, Invoice
from ..money import format_minor, is_known_currency
from .audit import audit, audit_changes

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_TERMS_DAYS = 3650


@dataclass(frozen=True)
class CustomerData:
    code: str
    name: str
    currency: str = "CNY"
    terms_days: int = 30
    credit_limit_minor: int | None = None
    aliases: tuple[str, ...] = ()
    contact: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    language: str = "zh"
    notes: str = ""
    active: bool = True
    discount_days: int | None = None     # early-payment discount: discount_bp / 100 % within
    discount_bp: int = 0                 # discount_days of the issue date ("2/10 net 30")

    def cleaned(self) -> "CustomerData":
        aliases: list[str] = []
        for a in self.aliases:
            a = a.strip()
            if a and a not in aliases and a != self.name.strip():
                aliases.append(a)
        return replace(self, code=self.code.strip(), name=self.name.strip(),
                       currency=self.currency.strip().upper(), contact=self.contact.strip(),
                       email=self.email.strip(), phone=self.phone.strip(),
                       address=self.address.strip(), aliases=tuple(aliases))


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str                     # English template
    params: dict = field(default_factory=dict)


def validate(data: CustomerData) -> list[FieldProblem]:
    """Every problem with ``data`` (empty when it can be saved)."""
    p: list[FieldProblem] = []
    if not data.code:
        p.append(FieldProblem("code", T("A customer code is required.")))
    elif len(data.code) > 64:
        p.append(FieldProblem("code", T("The customer code is longer than 64 characters.")))
    if not data.name:
        p.append(FieldProblem("name", T("A customer name is required.")))
    if not is_known_currency(data.currency):
        p.append(FieldProblem("currency", T("Unknown currency {value}."), {"value": data.currency}))
    if not (0 <= data.terms_days <= MAX_TERMS_DAYS):
        p.append(FieldProblem("terms_days", T("Payment terms must be between 0 and {max} days."),
                              {"max": MAX_TERMS_DAYS}))
    if data.credit_limit_minor is not None and data.credit_limit_minor < 0:
        p.append(FieldProblem("credit_limit", T("The credit limit cannot be negative.")))
    if data.email and not _EMAIL.match(data.email):
        p.append(FieldProblem("email", T("{value} is not an e-mail address."), {"value": data.email}))
    if data.language not in ("zh", "en"):
        p.append(FieldProblem("language", T("Letter language must be zh or en.")))
    if not 0 <= data.discount_bp <= 5000:
        p.append(FieldProblem("discount", T("The early-payment discount must be between 0 and 50 %.")))
    elif data.discount_bp and data.discount_days is None:
        p.append(FieldProblem("discount", T("Give the number of days the early-payment discount applies.")))
    if data.discount_days is not None and not 0 <= data.discount_days <= MAX_TERMS_DAYS:
        p.append(FieldProblem("discount", T("Discount days must be between 0 and {max}."),
                              {"max": MAX_TERMS_DAYS}))
    return p


def _discount_text(bp: int, days: int | None) -> str:
    return f"{bp // 100}.{bp % 100:02d}% / {days} d" if bp and days is not None else ""


def _raise_first(problems: list[FieldProblem]) -> None:
    if problems:
        first = problems[0]
        raise ValidationError(first.message, field=first.field, **first.params)


def code_taken(s: Session, code: str, except_id: int | None = None) -> bool:
    q = select(Customer.id).where(Customer.code == code)
    if except_id is not None:
        q = q.where(Customer.id != except_id)
    return s.scalar(q) is not None


def create_customer(s: Session, data: CustomerData) -> int:
    data = data.cleaned()
    _raise_first(validate(data))
    if code_taken(s, data.code):
        raise ValidationError(T("Customer code {code} already exists."), field="code", code=data.code)
    c = Customer(code=data.code, name=data.name, currency=data.currency, terms_days=data.terms_days,
                 credit_limit_minor=data.credit_limit_minor, contact=data.contact, email=data.email,
                 phone=data.phone, address=data.address, language=data.language, notes=data.notes,
                 active=data.active, discount_days=data.discount_days if data.discount_bp else None,
                 discount_bp=data.discount_bp)
    c.aliases = [CustomerAlias(kind="name", value=a) for a in data.aliases]
    s.add(c)
    s.flush()
    audit(s, "customer", c.id, "created", None, c.code)
    audit(s, "customer", c.id, "terms_days", None, c.terms_days)
    if c.credit_limit_minor is not None:
        audit(s, "customer", c.id, "credit_limit", None, format_minor(c.credit_limit_minor, c.currency,
                                                                      grouping=False))
    return c.id


def get_customer_data(s: Session, customer_id: int) -> CustomerData:
    c = s.get(Customer, customer_id)
    if c is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=customer_id)
    return CustomerData(code=c.code, name=c.name, currency=c.currency, terms_days=c.terms_days,
                        credit_limit_minor=c.credit_limit_minor,
                        aliases=tuple(a.value for a in c.aliases if a.kind == "name"),
                        contact=c.contact, email=c.email, phone=c.phone, address=c.address,
                        language=c.language, notes=c.notes, active=c.active,
                        discount_days=c.discount_days, discount_bp=c.discount_bp)


def update_customer(s: Session, customer_id: int, data: CustomerData, reason: str = "") -> None:
    data = data.cleaned()
    _raise_first(validate(data))
    c = s.get(Customer, customer_id)
    if c is None:
        raise ValidationError(T("Customer {id} does not exist."), field="customer", id=customer_id)
    if data.code != c.code and code_taken(s, data.code, except_id=customer_id):
        raise ValidationError(T("Customer code {code} already exists."), field="code", code=data.code)
    if data.currency != c.currency:
        has_invoices = s.scalar(select(func.count()).select_from(Invoice)
                                .where(Invoice.customer_id == customer_id)) or 0
        if has_invoices:
            raise ValidationError(
                T("The currency of {code} cannot change: it already has invoices in {currency}."),
                field="currency", code=c.code, currency=c.currency)

    def money(v: int | None, cur: str) -> str | None:
        return None if v is None else format_minor(v, cur, grouping=False)

    changes = {
        "code": (c.code, data.code), "name": (c.name, data.name),
        "currency": (c.currency, data.currency), "terms_days": (c.terms_days, data.terms_days),
        "credit_limit": (money(c.credit_limit_minor, c.currency),
                         money(data.credit_limit_minor, data.currency)),
        "contact": (c.contact, data.contact), "email": (c.email, data.email),
        "phone": (c.phone, data.phone), "address": (c.address, data.address),
        "language": (c.language, data.language), "active": (c.active, data.active),
        "aliases": ("|".join(a.value for a in c.aliases if a.kind == "name"), "|".join(data.aliases)),
        "discount": (_discount_text(c.discount_bp, c.discount_days),
                     _discount_text(data.discount_bp, data.discount_days)),
    }
    audit_changes(s, "customer", customer_id, changes, reason)
    c.code, c.name, c.currency = data.code, data.name, data.currency
    c.terms_days, c.credit_limit_minor = data.terms_days, data.credit_limit_minor
    c.contact, c.email, c.phone, c.address = data.contact, data.email, data.phone, data.address
    c.language, c.notes, c.active = data.language, data.notes, data.active
    c.discount_bp = data.discount_bp
    c.discount_days = data.discount_days if data.discount_bp else None
    keep = {a.value: a for a in c.aliases if a.kind == "name"}
    c.aliases = [a for a in c.aliases if a.kind != "name"] + [
        keep.get(v) or CustomerAlias(kind="name", value=v) for v in data.aliases]
