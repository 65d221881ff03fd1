"""The Credit tab's Insurance lists: deadlines of overdue insured invoices (most urgent first),
policies, insured buyers and claims (rows from ``app.services.insurance``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...money import format_minor
from ...services.insurance import (CLAIM_STATUS_TEXT, DEADLINE_KINDS, BuyerRow, ClaimRow, Deadline,
                                   InsuredExposure, PolicyRow)
from ..errors import tr_message
from .base import MUTED, NEGATIVE, RIGHT, Column, RowTableModel

translate = QCoreApplication.translate

WARNING = QColor(176, 110, 0)


def _d(x: date | None) -> str:
    return x.isoformat() if x else ""


def _m(minor: int | None, currency: str) -> str:
    return "" if minor is None else format_minor(minor, currency)


def _pct_bp(bp: int) -> str:
    return f"{bp // 100}.{bp % 100:02d} %" if bp % 100 else f"{bp // 100} %"


def _level_color(r: Deadline):
    return NEGATIVE if r.level == "missed" else WARNING if r.level == "warning" else None


def _period(n: int, unit: str) -> str:
    if unit == "months":
        return translate("InsuranceModels", "{n} months").format(n=n)
    return translate("InsuranceModels", "{n} days").format(n=n)


def _claim_from(kind: str) -> str:
    return {"notification": translate("InsuranceModels", "the notification"),
            "due": translate("InsuranceModels", "the due date"),
            "extension_end": translate("InsuranceModels", "the end of the extension")}.get(kind, kind)


def deadline_columns() -> list[Column[Deadline]]:
    def days_left(r: Deadline) -> str:
        if r.days_left < 0:
            return translate("InsuranceModels", "missed by {n} days").format(n=-r.days_left)
        return translate("InsuranceModels", "{n} days left").format(n=r.days_left)

    return [
        Column("next", translate("InsuranceModels", "Next deadline"),
               lambda r: tr_message(DEADLINE_KINDS.get(r.next_kind, r.next_kind)),
               sort_key=lambda r: r.next_kind, foreground=_level_color),
        Column("next_date", translate("InsuranceModels", "By"), lambda r: _d(r.next_date),
               sort_key=lambda r: r.next_date, foreground=_level_color),
        Column("days_left", translate("InsuranceModels", "Days left"), days_left,
               sort_key=lambda r: r.days_left, align=RIGHT, foreground=_level_color),
        Column("code", translate("InsuranceModels", "Code"), lambda r: r.code),
        Column("name", translate("InsuranceModels", "Name"), lambda r: r.name,
               sort_key=lambda r: r.name.casefold()),
        Column("invoice", translate("InsuranceModels", "Invoice"), lambda r: r.number),
        Column("due", translate("InsuranceModels", "Due"), lambda r: _d(r.due_date), sort_key=lambda r: r.due_date),
        Column("open", translate("InsuranceModels", "Open"), lambda r: _m(r.open_minor, r.currency),
               sort_key=lambda r: r.open_minor, align=RIGHT),
        Column("currency", translate("InsuranceModels", "Currency"), lambda r: r.currency),
        Column("notify_by", translate("InsuranceModels", "Notify by"), lambda r: _d(r.notify_by),
               sort_key=lambda r: r.notify_by,
               tooltip=lambda r: translate("InsuranceModels", "Notified on {date}").format(
                   date=_d(r.notified_on)) if r.notified_on else None),
        Column("notified", translate("InsuranceModels", "Notified"), lambda r: _d(r.notified_on),
               sort_key=lambda r: r.notified_on),
        Column("extension_end", translate("InsuranceModels", "Extension ends"), lambda r: _d(r.extension_end),
               sort_key=lambda r: r.extension_end),
        Column("claim_by", translate("InsuranceModels", "Claim by"),
               lambda r: _d(r.claim_by) + (" *" if r.claim_by_estimated else ""), sort_key=lambda r: r.claim_by,
               tooltip=lambda r: translate("InsuranceModels", "Estimated: the insurer has not been notified yet")
               if r.claim_by_estimated else None),
        Column("policy", translate("InsuranceModels", "Policy"), lambda r: f"{r.insurer} {r.policy_number}"),
        Column("claim", translate("InsuranceModels", "Claim"), lambda r: r.draft_claim or ""),
    ]


def policy_columns(as_of: date) -> list[Column[PolicyRow]]:
    return [
        Column("insurer", translate("InsuranceModels", "Insurer"), lambda r: r.insurer),
        Column("number", translate("InsuranceModels", "Policy number"), lambda r: r.number),
        Column("period", translate("InsuranceModels", "Period"),
               lambda r: f"{_d(r.starts_on)} – {_d(r.ends_on)}", sort_key=lambda r: r.starts_on),
        Column("currency", translate("InsuranceModels", "Currency"), lambda r: r.currency),
        Column("indemnity", translate("InsuranceModels", "Indemnity"), lambda r: _pct_bp(r.indemnity_bp),
               sort_key=lambda r: r.indemnity_bp, align=RIGHT),
        Column("extension", translate("InsuranceModels", "Max. extension"),
               lambda r: _period(r.extension_days, "days"), sort_key=lambda r: r.extension_days, align=RIGHT),
        Column("notify", translate("InsuranceModels", "Notify overdue after"),
               lambda r: _period(r.notify_after, r.notify_unit), sort_key=lambda r: (r.notify_unit, r.notify_after)),
        Column("claim", translate("InsuranceModels", "Claim within"),
               lambda r: _period(r.claim_after, r.claim_unit), sort_key=lambda r: (r.claim_unit, r.claim_after),
               tooltip=lambda r: _claim_from(r.claim_from)),
        Column("claim_from", translate("InsuranceModels", "Counted from"), lambda r: _claim_from(r.claim_from)),
        Column("deductible", translate("InsuranceModels", "Deductible"),
               lambda r: _m(r.deductible_minor, r.currency), sort_key=lambda r: r.deductible_minor, align=RIGHT),
        Column("first_loss", translate("InsuranceModels", "First loss"),
               lambda r: _m(r.first_loss_minor or None, r.currency), sort_key=lambda r: r.first_loss_minor,
               align=RIGHT),
        Column("buyers", translate("InsuranceModels", "Buyers"), lambda r: r.buyers, align=RIGHT),
    ]


def buyer_status(status: str) -> str:
    return {"approved": translate("InsuranceModels", "Approved"),
            "requested": translate("InsuranceModels", "Requested"),
            "refused": translate("InsuranceModels", "Refused"),
            "withdrawn": translate("InsuranceModels", "Withdrawn")}.get(status, status)


def buyer_columns(as_of: date, exposure_of: Callable[[BuyerRow], InsuredExposure | None] = lambda r: None
                  ) -> list[Column[BuyerRow]]:
    """``exposure_of``: the buyer limit's exposure on ``as_of`` (``insurance.insured_exposures``),
    None for limits not in force; exposure above the insured limit is red with the excess."""
    def in_force(r: BuyerRow) -> bool:
        return r.status == "approved" and r.valid_from <= as_of and (r.valid_to is None or r.valid_to >= as_of)

    def over(r: BuyerRow) -> bool:
        e = exposure_of(r)
        return e is not None and e.status == "over"

    def exposure(r: BuyerRow) -> str:
        e = exposure_of(r)
        if e is None:
            return ""
        if e.exposure_minor is None:
            return translate("InsuranceModels", "no rate")
        return _m(e.exposure_minor, e.currency)

    def over_tip(r: BuyerRow) -> str | None:
        e = exposure_of(r)
        if e is None or e.status != "over":
            return None
        return translate("InsuranceModels", "{over} above the insured limit: the excess is not insured").format(
            over=f"{e.currency} {format_minor(e.over_minor, e.currency)}")

    def util(r: BuyerRow) -> str:
        e = exposure_of(r)
        return "" if e is None or e.utilisation_pct is None else f"{e.utilisation_pct} %"

    red = lambda r: NEGATIVE if over(r) else None       # noqa: E731
    return [
        Column("code", translate("InsuranceModels", "Code"), lambda r: r.code),
        Column("name", translate("InsuranceModels", "Name"), lambda r: r.name, sort_key=lambda r: r.name.casefold()),
        Column("policy", translate("InsuranceModels", "Policy"), lambda r: r.policy_number),
        Column("limit", translate("InsuranceModels", "Insured limit"), lambda r: _m(r.limit_minor, r.currency),
               sort_key=lambda r: r.limit_minor, align=RIGHT),
        Column("exposure", translate("InsuranceModels", "Exposure"), exposure,
               sort_key=lambda r: (exposure_of(r).exposure_minor or 0) if exposure_of(r) else -1, align=RIGHT,
               foreground=red, tooltip=over_tip),
        Column("utilisation", translate("InsuranceModels", "Used"), util,
               sort_key=lambda r: (exposure_of(r).utilisation_pct or 0) if exposure_of(r) else -1, align=RIGHT,
               foreground=red, tooltip=over_tip),
        Column("over", translate("InsuranceModels", "Above limit"),
               lambda r: _m(exposure_of(r).over_minor, r.currency) if over(r) else "",
               sort_key=lambda r: exposure_of(r).over_minor if over(r) else 0, align=RIGHT, foreground=red,
               tooltip=over_tip),
        Column("currency", translate("InsuranceModels", "Currency"), lambda r: r.currency),
        Column("valid_from", translate("InsuranceModels", "Valid from"), lambda r: _d(r.valid_from),
               sort_key=lambda r: r.valid_from),
        Column("valid_to", translate("InsuranceModels", "Valid to"), lambda r: _d(r.valid_to),
               sort_key=lambda r: r.valid_to or date.max),
        Column("status", translate("InsuranceModels", "Status"), lambda r: buyer_status(r.status),
               sort_key=lambda r: r.status, foreground=lambda r: None if in_force(r) else MUTED),
        Column("reference", translate("InsuranceModels", "Reference"), lambda r: r.reference),
        Column("note", translate("InsuranceModels", "Note"), lambda r: r.note),
    ]


def claim_columns() -> list[Column[ClaimRow]]:
    return [
        Column("reference", translate("InsuranceModels", "Claim"), lambda r: r.reference),
        Column("status", translate("InsuranceModels", "Status"),
               lambda r: tr_message(CLAIM_STATUS_TEXT.get(r.status, r.status)), sort_key=lambda r: r.status,
               foreground=lambda r: NEGATIVE if r.status == "rejected" else None),
        Column("code", translate("InsuranceModels", "Code"), lambda r: r.code),
        Column("name", translate("InsuranceModels", "Name"), lambda r: r.name, sort_key=lambda r: r.name.casefold()),
        Column("policy", translate("InsuranceModels", "Policy"), lambda r: r.policy_number),
        Column("opened", translate("InsuranceModels", "Opened"), lambda r: _d(r.opened_on), sort_key=lambda r: r.opened_on),
        Column("filed", translate("InsuranceModels", "Filed"), lambda r: _d(r.filed_on), sort_key=lambda r: r.filed_on),
        Column("invoices", translate("InsuranceModels", "Invoices"), lambda r: r.invoices, align=RIGHT),
        Column("claimable", translate("InsuranceModels", "Claimable"),
               lambda r: ("≈ " if r.status == "draft" and r.claimable_minor is not None else "")
               + _m(r.claimable_minor, r.currency),
               sort_key=lambda r: r.claimable_minor, align=RIGHT,
               tooltip=lambda r: translate("InsuranceModels", "What the draft would claim if filed today; "
                                           "the amount is fixed when it is filed") if r.status == "draft" else None),
        Column("paid", translate("InsuranceModels", "Paid"), lambda r: _m(r.paid_minor, r.currency),
               sort_key=lambda r: r.paid_minor, align=RIGHT),
        Column("recovered", translate("InsuranceModels", "Recovered"),
               lambda r: _m(r.recovered_minor or None, r.currency), sort_key=lambda r: r.recovered_minor, align=RIGHT),
        Column("currency", translate("InsuranceModels", "Currency"), lambda r: r.currency),
    ]


def insurance_model(columns, search=None, parent=None) -> RowTableModel:
    return RowTableModel(columns, search_text=search, parent=parent)
