"""Collections and dunning (issue 6), no Qt: policy, working days, interest, the run, issuing,
promises, holds, instalment plans, the contact log and the limitation period.

Typical use (the CLI and the Collections tab do the same)::

    with db.engine.connect() as conn:
        result = run(conn, as_of)                 # proposals, read-only
    with db.session() as s:
        issued = issue(s, result.proposals, as_of, sent_via="ems", proof={cid: "EMS…"})
"""

from .calendar import WorkingDays, add_day, import_csv, list_days, remove_day
from .contacts import (dispute, follow_ups_due, grace_days_of, lift_hold, load_holds, log_call,
                       log_contact, record_acknowledgement, resolve_dispute, set_grace_days,
                       set_hold)
from .engine import Proposal, ProposedInvoice, RunResult, customer_grades, letter_company, run
from .interest import interest_exact, round_minor
from .issuing import (ActionInfo, Issued, LetterWriterMissing, action_pdf, cancel_action, issue,
                      letter_file_names,
                      list_actions, record_delivery, refresh)
from .limitation import Claim, claims, expiring
from .promises import (add_promise, cancel_plan, cancel_promise, create_plan, load_plans,
                       load_promises, plan_parts, plan_status, promise_status,
                       split_parts)
from .worklist import (TIMELINE_KINDS, TIMELINE_STATUS, WORK_KINDS, TimelineEntry, WorkItem, promises_due,
                       timeline, worklist)
from .settings import (DEFAULT_LADDER, DunningSettings, InterestRule, Stage, load_settings,
                       save_settings, validate)

__all__ = [
    "WorkingDays", "add_day", "import_csv", "list_days", "remove_day", "dispute", "letter_file_names",
    "follow_ups_due", "grace_days_of", "lift_hold", "load_holds", "log_call", "log_contact",
    "record_acknowledgement", "resolve_dispute", "set_grace_days", "set_hold", "Proposal",
    "ProposedInvoice", "RunResult", "customer_grades", "letter_company", "run", "interest_exact",
    "round_minor", "ActionInfo", "Issued", "LetterWriterMissing", "action_pdf", "cancel_action",
    "issue", "list_actions", "record_delivery", "refresh", "Claim", "claims", "expiring",
    "add_promise", "cancel_plan", "cancel_promise", "create_plan", "load_plans", "load_promises",
    "plan_parts", "plan_status", "promise_status", "split_parts", "DEFAULT_LADDER", "DunningSettings",
    "InterestRule", "Stage", "load_settings", "save_settings", "validate", "TIMELINE_KINDS", "TIMELINE_STATUS",
    "WORK_KINDS", "TimelineEntry", "WorkItem", "promises_due", "timeline", "worklist",
]
