"""Trade-credit insurance (信用保险, issue 5 §4), no Qt: policies, insured buyers with the
insurer's approved limits, deadlines of overdue insured invoices, claims and the claim pack PDF.
The CLI (app/cli_insurance.py) and the Credit tab's Insurance section call the same functions.

Public API::

    add_policy(s, PolicyData) -> int;  update_policy(s, policy_id, PolicyData, reason="")
    list_policies(conn) -> list[PolicyRow];  policy_id_for(conn, number) -> int
    add_buyer(s, policy_id, customer_id, *, limit_minor, valid_from, valid_to=None,
              status="approved", reference="", note="") -> int
    end_buyer(s, buyer_id, *, valid_to, status=None, reason="")
    list_buyers(conn, *, policy_id=None, customer_id=None, valid_on=None) -> list[BuyerRow]
    notify_overdue(s, invoice_id, *, on, policy_id=None, reference="", note="") -> int
    insuring_policy(conn, customer_id, issue_date, currency) -> int | None
    deadlines(conn, as_of, *, warning_days=None, customer_id=None) -> list[Deadline]
    invoice_deadlines(Terms, due, notified_on=None) -> InvoiceDeadlines;  add_period(d, n, unit)
    insured_exposures(conn, as_of, *, standings=None) -> list[InsuredExposure]
    insured_limit_alerts(conn, as_of, *, standings=None) -> list[credit.Alert]
    claimable_amount(outstanding, insured_limit, deductible, indemnity_bp, first_loss=0) -> Claimable
    open_claim(s, policy_id, customer_id, *, on, invoice_ids=None, note="") -> int
    file_claim(s, claim_id, *, on, insurer_reference="") -> Claimable
    mark_paid(s, claim_id, *, on, amount_minor);  reject_claim(s, claim_id, *, on, reason)
    add_recovery(s, claim_id, *, on, amount_minor, note="") -> int
    set_document(s, claim_id, kind, *, present, note=None)
    claim_info(conn, claim_id, as_of) -> ClaimInfo;  list_claims(conn, *, customer_id=None, status=None)
    claim_figures(conn, claim_id, on) -> (Claimable, {invoice_id: open})
    claim_candidates(conn, policy_id, customer_id, on) -> ClaimCandidates   # for the claim dialog
    preview_claimable(ClaimCandidates, invoice_ids) -> Claimable;  claim_policies(conn, customer_id)
    claim_history(conn, claim_id) -> list[HistoryEntry]          # oldest first
    claim_id_for(conn, reference_or_id) -> int
    render_claim_pack(conn, claim_id, language="zh", *, as_of=None, path=None) -> bytes
    load_settings(conn) -> InsuranceSettings;  save_settings(s, InsuranceSettings, reason="")
"""

from .candidates import (ClaimCandidate, ClaimCandidates, PolicyChoice, claim_candidates, claim_policies,
                         preview_claimable)
from .claims import (CLAIM_STATUS_TEXT, DEFAULT_DOCS, DOC_TEXT, ClaimInfo, ClaimInvoiceRow, Claimable,
                     ClaimRow, ClaimStatusError, DocumentRow, RecoveryRow, add_recovery, claim_figures,
                     claim_id_for, claim_info, claimable_amount, file_claim, list_claims, mark_paid,
                     open_claim, reject_claim, set_document)
from .deadlines import (DEADLINE_KINDS, LEVELS, Deadline, InvoiceDeadlines, Terms, add_period, deadlines,
                        invoice_deadlines)
from .exposure import InsuredExposure, insured_exposures, insured_limit_alerts
from .history import HISTORY_KINDS, HistoryEntry, claim_history
from .policies import (BuyerRow, PolicyData, PolicyRow, add_buyer, add_policy, end_buyer, insuring_policy,
                       list_buyers, list_policies, notify_overdue, policy_id_for, update_policy,
                       validate_policy)
from .settings import InsuranceSettings, load_settings, save_settings


def render_claim_pack(conn, claim_id: int, language: str = "zh", **kwargs):
    """See :func:`app.services.insurance.claimpack.render_claim_pack` (reportlab loads on use)."""
    from .claimpack import render_claim_pack as render
    return render(conn, claim_id, language, **kwargs)


__all__ = [
    "CLAIM_STATUS_TEXT", "DEFAULT_DOCS", "DOC_TEXT", "ClaimInfo", "ClaimInvoiceRow", "Claimable",
    "ClaimRow", "ClaimStatusError", "DocumentRow", "RecoveryRow", "add_recovery", "claim_figures",
    "claim_id_for", "claim_info", "claimable_amount", "file_claim", "list_claims", "mark_paid",
    "open_claim", "reject_claim", "set_document", "DEADLINE_KINDS", "LEVELS", "Deadline",
    "InvoiceDeadlines", "Terms", "add_period", "deadlines", "invoice_deadlines", "InsuredExposure",
    "insured_exposures", "insured_limit_alerts", "HISTORY_KINDS", "HistoryEntry", "claim_history",
    "BuyerRow", "PolicyData", "PolicyRow", "add_buyer", "add_policy", "end_buyer", "insuring_policy",
    "list_buyers", "list_policies", "notify_overdue", "policy_id_for", "update_policy",
    "validate_policy", "InsuranceSettings", "load_settings", "save_settings", "render_claim_pack",
    "ClaimCandidate", "ClaimCandidates", "PolicyChoice", "claim_candidates", "claim_policies",
    "preview_claimable",
]
