"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from .audit import AuditLog
from .bank import BankLine, BankStatement, CompanySetting, Reconciliation
from .base import Base, utcnow
from .company import Company, CompanyBankAccount
from .credit import (EVENT_KINDS, GRADES, LIMIT_SOURCES, CreditEvent, CreditOverride, CreditReview,
                     CreditState, CustomerFinancials, ExternalRating)
from .customer import Customer, CustomerAlias
from .dunning import (ACTION_KINDS, CALL_OUTCOMES, CONTACT_KINDS, DAY_KINDS, PLAN_STATUSES,
                      PROMISE_STATUSES, SENT_VIA, ContactLog, CustomerDunning, DunningAction,
                      DunningHold, DunningStageEvent, HolidayDay, InstalmentPart, InstalmentPlan,
                      InstalmentPlanInvoice, Promise, PromiseInvoice)
from .imports import ImportBatch, ImportProfile
from .insurance import (BUYER_STATUSES, CLAIM_FROM, CLAIM_STATUSES, DOC_KINDS, PERIOD_UNITS,
                        InsuranceClaim, InsuranceClaimDocument, InsuranceClaimInvoice,
                        InsuranceNotification, InsurancePolicy, InsuranceRecovery, InsuredBuyer)
from .invoice import OPEN_STATUSES, Invoice, InvoiceKind, InvoiceStatus, derive_status
from .payment import Allocation, Payment
from .writeoff import WRITE_OFF_KINDS, DecimalText, ExchangeRate, WriteOff

__all__ = [
    "AuditLog", "Base", "utcnow", "Company", "CompanyBankAccount", "Customer", "CustomerAlias",
    "ImportBatch", "ImportProfile", "OPEN_STATUSES", "Invoice", "InvoiceKind", "InvoiceStatus",
    "derive_status", "Allocation", "Payment", "DecimalText", "ExchangeRate", "WriteOff",
    "WRITE_OFF_KINDS", "BankLine", "BankStatement", "CompanySetting", "Reconciliation",
    "EVENT_KINDS", "GRADES", "LIMIT_SOURCES", "CreditEvent", "CreditOverride", "CreditReview",
    "CreditState", "CustomerFinancials", "ExternalRating",
    "ACTION_KINDS", "CALL_OUTCOMES", "CONTACT_KINDS", "DAY_KINDS", "PLAN_STATUSES",
    "PROMISE_STATUSES", "SENT_VIA", "ContactLog", "CustomerDunning", "DunningAction", "DunningHold",
    "DunningStageEvent", "HolidayDay", "InstalmentPart", "InstalmentPlan", "InstalmentPlanInvoice",
    "Promise", "PromiseInvoice",
    "BUYER_STATUSES", "CLAIM_FROM", "CLAIM_STATUSES", "DOC_KINDS", "PERIOD_UNITS", "InsuranceClaim",
    "InsuranceClaimDocument", "InsuranceClaimInvoice", "InsuranceNotification", "InsurancePolicy",
    "InsuranceRecovery", "InsuredBuyer",
]
