"""Matching of bank statement lines to open invoices (pure functions, no database, no Qt)."""

from app.services.matching.references import (
    InvoiceIndex,
    RefHit,
    normalize_invoice_number,
    number_variants,
)

__all__ = ["InvoiceIndex", "RefHit", "normalize_invoice_number", "number_variants"]
