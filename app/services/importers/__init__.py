"""Importing customers, invoices and payments from CSV, XLSX and legacy XLS files.

Two steps, so the GUI can show a preview between them and the CLI can run both at once:

    table = read_table(path)                                   # Table (UnreadableFile on failure)
    options = ImportOptions(mapping=detect_mapping("invoices", table.headers))   # editable
    plan = plan_import(db, "invoices", table, options, as_of=today)   # checks every row, writes nothing
    # plan.errors (RowError list, conflicts included), plan.new / unchanged / conflicts / invalid,
    # plan.date_order (DateOrderDecision: order, source, example), plan.decimal_mark, plan.notes
    result = apply_import(db, plan, only_valid=False, progress=None)   # ImportResult
    write_rejected_csv(plan, "rejected.csv")                   # rows not imported + 'error' column

or in one call: ``import_file(db, kind, path, as_of=..., mapping_name=None, only_valid=False,
check_only=False, progress=None)``. Without ``only_valid`` any error raises ``ImportRejected``
(``.errors`` lists every one, ``.plan`` the plan) and nothing is written.

Public API
----------
- ``read_table(path, *, sheet=None, header_row=None, extra_headers=(), stream_above=None,
  chunk_rows=CHUNK_ROWS) -> Table`` (``headers, rows, row_numbers, header_row, format, encoding,
  delimiter, sheet, sheets, sha256``, ``streamed``, ``chunks()``). With ``stream_above`` (the
  CLI and the dialog pass ``stream_above()``) a bigger CSV/XLSX is streamed: ``rows`` holds the
  first rows for the preview, ``plan_import`` checks the file in parts and keeps counts, the
  first errors (``plan.error_count`` counts all) and a temporary database instead of records;
  ``apply_import`` and ``write_rejected_csv`` read the file again (it must not have changed).
- ``FIELDS[kind]`` (``FieldSpec(name, label, required, synonyms)``), ``field_names(kind)``,
  ``required_fields(kind)``, ``detect_mapping(kind, headers) -> {field: column index | None}``
- ``ImportOptions(mapping=None, date_order='auto'|'DMY'|'MDY', decimal_mark='auto'|'.'|',',
  default_currency=None, default_terms_days=30)``
- ``plan_import(db_or_session_or_connection, kind, table, options=None, *, as_of,
  customers=None, progress=None) -> ImportPlan`` (``customers``: a customers plan written in
  the same run, whose new customers invoices may refer to)
- ``apply_import(db, plan, *, only_valid=False, progress=None, user=None) -> ImportResult``
  (``batch_id, new, unchanged, conflicts, invalid, rejected, written, credit_notes, paid,
  summary(tr)``)
- ``write_rejected_csv(plan, path) -> int``
- ``import_file(db, kind, path, *, as_of, mapping_name=None, options=None, sheet=None,
  only_valid=False, check_only=False, progress=None) -> ImportResult``
- profiles: ``save_profile(session, kind, name, headers, mapping, options=None) -> Profile``,
  ``load_profile(session, kind, name) -> Profile`` (``profile.options_for(table)``),
  ``list_profiles(session, kind=None)``, ``delete_profile(session, kind, name) -> bool``

Decisions (see the module docstrings for details): ambiguous a/b/yyyy dates are read
day/month/year unless a value in the file proves month/day/year (or the option says so) and the
plan reports which and why; a negative invoice amount imports as a credit note; status 'paid'
imports the invoice with a payment of the full amount allocated to it (dated "paid on" or the
import date); partly paid and written-off rows are refused with what to do instead; empty
currency = the customer's; empty due date = issue date + the customer's terms; re-importing
the same rows changes nothing, and a row that differs from the stored record is a conflict
error, never an overwrite.

Payments (kind ``payments``, ``plan_payments.py`` / ``write_payments.py``): a row naming an
invoice is allocated to it on the payment date (same customer and currency; the file's new rows
may not pay more than is open on it), a row without stays unallocated credit on the customer;
a row is unchanged when an equal payment (customer, date, currency, amount, reference, and the
invoice it was applied to) is already stored, matched one to one.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ...i18n import T
from ...storage.db import Database
from .fields import CUSTOMERS, FIELDS, INVOICES, KINDS, PAYMENTS, FieldSpec, detect_mapping, field_names, \
    required_fields
from .planning import CustomerRecord, ImportOptions, ImportPlan, plan_import
from .plan_invoices import InvoiceRecord
from .plan_payments import PaymentRecord
from .profiles import Profile, ProfileError, delete_profile, list_profiles, load_profile, save_profile
from .table import Table, UnreadableFile, read_table
from .values import DateOrderDecision, DecimalDecision
from .writing import ImportResult, apply_import, rejected_error, result_of, write_rejected_csv

# files larger than this (bytes) are read in parts, never whole (see table.py / plan_stream.py);
# the environment variable ARDESK_STREAM_ABOVE (bytes) sets another limit, e.g. on a small machine
STREAM_ABOVE = 8_000_000


def stream_above() -> int:
    """The size in bytes above which ``import_file`` and the import dialog stream a file."""
    try:
        return max(0, int(os.environ["ARDESK_STREAM_ABOVE"]))
    except (KeyError, ValueError):
        return STREAM_ABOVE

__all__ = [
    "CUSTOMERS", "INVOICES", "PAYMENTS", "PaymentRecord", "KINDS", "FIELDS", "FieldSpec", "field_names", "required_fields",
    "detect_mapping", "ImportOptions", "ImportPlan", "CustomerRecord", "InvoiceRecord",
    "plan_import", "apply_import", "ImportResult", "write_rejected_csv", "import_file", "STREAM_ABOVE", "stream_above",
    "Table", "UnreadableFile", "read_table", "DateOrderDecision", "DecimalDecision",
    "Profile", "ProfileError", "save_profile", "load_profile", "list_profiles", "delete_profile",
]


def import_file(db: Database, kind: str, path: str | Path, *, as_of: date,
                mapping_name: str | None = None, options: ImportOptions | None = None,
                sheet: str | int | None = None, only_valid: bool = False, check_only: bool = False,
                progress=None, credit_reason: str = "", stream_bytes: int | None = -1) -> ImportResult:
    """Read, check and (unless ``check_only``) write one file; the CLI's import command.

    Raises ``UnreadableFile`` / ``ProfileError`` (UserErrors naming the file) and, when rows
    have errors and ``only_valid`` is false, ``ImportRejected`` with every error and the plan.
    ``stream_bytes``: stream files above this size (-1: ``stream_above()``, None: never).
    """
    profile = None
    if mapping_name:
        with db.session() as s:
            profile = load_profile(s, kind, mapping_name)
    table = read_table(path, sheet=sheet, extra_headers=profile.headers() if profile else (),
                       stream_above=stream_above() if stream_bytes == -1 else stream_bytes)
    if profile is not None:
        options = profile.options_for(table)
    if not table.rows:
        raise UnreadableFile(T("{file} has a header row but no data rows."), file=table.name)
    plan = plan_import(db, kind, table, options, as_of=as_of, progress=progress)
    if plan.missing_fields or (not plan.ok and not only_valid):
        raise rejected_error(plan)
    if check_only:
        return result_of(plan, None, False)
    return apply_import(db, plan, only_valid=only_valid, progress=progress, credit_reason=credit_reason)
