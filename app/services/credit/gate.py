"""The credit gate: a new invoice that takes a customer past the warning line or the limit, or
goes to a customer whose grade asks for prepayment, needs a reason — and the reason is audited.

    checks = check_invoices(conn, as_of, [(customer_id, amount_minor, currency), …])
    blocking = [c for c in checks if c.needs_reason]
    confirm(s, blocking, reason, what="INV-2026-000123")     # audits, or ValidationError

A check adds the new invoices (several of one customer together: an import) to the customer's
exposure on ``as_of`` (app.services.credit: open invoices less unapplied credits and payments),
converted into the customer's currency with the rate of the day when the invoice is in another
one. ``status`` is that of the exposure after: ok / warning (at or past the warning line) /
over_limit / no_limit (no limit: nothing to check). A customer whose grade policy asks for
prepayment (default grade D) always needs a reason: the invoice is refused unless overridden.
A customer unknown to the database (created by the same import) has nothing to check yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ...errors import UserError, ValidationError
from ...i18n import T
from ...money import format_minor
from ..audit import audit
from .facts import Converter
from .standing import Standing, evaluate, exposure_status

_MANY = 25          # more customers than this: evaluate everyone at once (one pass of set queries)


@dataclass(frozen=True, slots=True)
class CreditCheck:
    customer_id: int
    code: str
    name: str
    grade: str
    currency: str                 # the customer's (exposure's) currency
    exposure_before: int
    added: int                    # the new invoices, in ``currency`` (None rates: not added)
    limit: int | None
    warning_pct: int
    status: str                   # ok | warning | over_limit | no_limit — after the new invoices
    prepayment: bool
    unconverted: tuple[str, ...] = ()   # currencies without a rate on the day (not added)

    @property
    def exposure_after(self) -> int:
        return self.exposure_before + self.added

    @property
    def needs_reason(self) -> bool:
        return self.prepayment or self.status in ("warning", "over_limit")

    def message(self) -> tuple[str, dict[str, str]]:
        """(T template, params) saying why a reason is needed."""
        m = lambda v: f"{format_minor(v, self.currency)} {self.currency}"  # noqa: E731
        params = {"customer": f"{self.code} {self.name}", "grade": self.grade, "after": m(self.exposure_after),
                  "limit": m(self.limit) if self.limit is not None else "-", "line": str(self.warning_pct)}
        if self.prepayment:
            return (T("{customer} (grade {grade}) must pay in advance: new invoices are refused "
                      "unless you give a reason to override."), params)
        if self.status == "over_limit":
            return T("{customer}: exposure {after} would be over the credit limit {limit}."), params
        return (T("{customer}: exposure {after} would pass the warning line ({line} %) of the credit "
                  "limit {limit}."), params)


class CreditGateRefused(UserError):
    """New invoices need a reason (``checks``) and none was given; nothing was written."""

    def __init__(self, checks: list[CreditCheck]) -> None:
        self.checks = checks
        first, params = checks[0].message()
        super().__init__(T("{count} customer(s) need a reason to accept the new invoices: {first} "
                           "Give the reason to go ahead (it is kept in the audit log)."),
                         count=len(checks), first=first.format(**params))


def check_invoices(conn: Connection, as_of: date,
                   invoices: Iterable[tuple[int | None, int, str]]) -> list[CreditCheck]:
    """One check per customer of ``invoices`` ((customer_id, amount_minor, currency); customer
    None = not in the database yet: skipped), by customer code."""
    wanted: dict[int, list[tuple[int, str]]] = {}
    for cid, amount, currency in invoices:
        if cid is not None and amount > 0:
            wanted.setdefault(cid, []).append((amount, currency))
    if not wanted:
        return []
    if len(wanted) > _MANY:
        standings = [s for s in evaluate(conn, as_of) if s.customer_id in wanted]
    else:
        standings = [s for cid in wanted for s in evaluate(conn, as_of, customer_id=cid)]
    from .settings import load_settings
    warning = load_settings(conn).warning_pct
    conv = Converter(conn, as_of)
    out = []
    for st in standings:
        added, missing = _added(conv, st, wanted[st.customer_id])
        ex = st.exposure
        out.append(CreditCheck(st.customer_id, st.code, st.name, st.score.grade, ex.currency, ex.exposure,
                               added, ex.limit, warning, exposure_status(ex.exposure + added, ex.limit, warning),
                               st.prepayment, missing))
    out.sort(key=lambda c: c.code)
    return out


def check_invoice(conn: Connection, as_of: date, customer_id: int, amount_minor: int,
                  currency: str) -> CreditCheck | None:
    checks = check_invoices(conn, as_of, [(customer_id, amount_minor, currency)])
    return checks[0] if checks else None


def _added(conv: Converter, st: Standing, items: list[tuple[int, str]]) -> tuple[int, tuple[str, ...]]:
    total, missing = 0, set()
    for amount, currency in items:
        if currency == st.exposure.currency:
            total += amount
            continue
        v = conv.to(amount, currency, st.exposure.currency)
        if v is None:
            missing.add(currency)
        else:
            total += v
    return total, tuple(sorted(missing))


def confirm(s: Session, checks: Iterable[CreditCheck], reason: str, *, what: str) -> None:
    """Record that the user accepted ``checks`` for ``what`` (an invoice number, a file) with
    ``reason``; refused when a check needs a reason and none is given."""
    needing = [c for c in checks if c.needs_reason]
    if not needing:
        return
    why = reason.strip()
    if not why:
        raise ValidationError(T("Give a reason for accepting the invoice past the credit check."),
                              field="credit_reason")
    for c in needing:
        kind = "prepayment" if c.prepayment else c.status
        audit(s, "customer", c.customer_id, "credit_gate", None,
              f"{what}: {kind}, exposure {format_minor(c.exposure_after, c.currency)} {c.currency}"
              + (f" / limit {format_minor(c.limit, c.currency)}" if c.limit is not None else ""), why)
