"""Exposure against the insurer's approved limit (separate from the internal credit limit).

The exposure is the credit module's (``app.services.credit.evaluate``: open invoices − unapplied
credit notes − unapplied payments, in the customer's currency), converted to the policy's
currency at the as-of day's rate when they differ. Each approved buyer limit valid on the day,
under a policy running that day, gives one row; exposure above the limit is ``over``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Connection

from ...i18n import T
from ...money import format_minor
from ..credit.alerts import Alert
from ..credit.facts import Converter
from ..credit.scoring import _r
from ..credit.standing import Standing, evaluate
from .policies import list_buyers


@dataclass(frozen=True, slots=True)
class InsuredExposure:
    buyer_id: int
    policy_id: int
    policy_number: str
    customer_id: int
    code: str
    name: str
    currency: str                   # the policy's
    insured_limit_minor: int
    valid_to: date | None
    exposure_minor: int | None      # in the policy's currency; None: no exchange rate
    utilisation_pct: Decimal | None
    status: str                     # over | ok | no_rate

    @property
    def over_minor(self) -> int:
        if self.exposure_minor is None:
            return 0
        return max(self.exposure_minor - self.insured_limit_minor, 0)


def insured_exposures(conn: Connection, as_of: date, *,
                      standings: list[Standing] | None = None) -> list[InsuredExposure]:
    """Every insured buyer's exposure against its approved limit on ``as_of``, by code.
    ``standings``: the credit module's, when the caller has them already (saves re-scoring)."""
    buyers = list_buyers(conn, valid_on=as_of)
    if not buyers:
        return []
    by_customer: dict[int, Standing] = {}
    if standings is not None:
        by_customer = {x.customer_id: x for x in standings}
    conv: Converter | None = None
    out = []
    for b in buyers:
        x = by_customer.get(b.customer_id)
        if x is None:
            rows = evaluate(conn, as_of, customer_id=b.customer_id)
            if not rows:
                continue
            x = by_customer[b.customer_id] = rows[0]
        exposure: int | None = x.exposure.exposure
        if x.currency != b.currency:
            conv = conv or Converter(conn, as_of)
            exposure = conv.to(exposure, x.currency, b.currency)
        if exposure is None:
            status, pct = "no_rate", None
        else:
            status = "over" if exposure > b.limit_minor else "ok"
            pct = None if b.limit_minor <= 0 else (
                Decimal(max(exposure, 0)) * 100 / b.limit_minor).quantize(Decimal("0.1"), ROUND_HALF_UP)
        out.append(InsuredExposure(b.id, b.policy_id, b.policy_number, b.customer_id, b.code, b.name,
                                   b.currency, b.limit_minor, b.valid_to, exposure, pct, status))
    return out


def insured_limit_alerts(conn: Connection, as_of: date, *,
                         standings: list[Standing] | None = None) -> list[Alert]:
    """The credit alerts of kind ``insured_limit_exceeded`` on ``as_of`` (one per buyer limit
    exceeded), for ``app.services.credit.alerts.credit_alerts`` to merge."""
    out = []
    for e in insured_exposures(conn, as_of, standings=standings):
        if e.status != "over":
            continue
        out.append(Alert("insured_limit_exceeded", e.customer_id, e.code, e.name, _r(
            T("Exposure {exposure} is above the insured limit {limit} of policy {policy} "
              "by {over}; the excess is not insured."),
            exposure=format_minor(e.exposure_minor or 0, e.currency),
            limit=format_minor(e.insured_limit_minor, e.currency), policy=e.policy_number,
            over=f"{e.currency} {format_minor(e.over_minor, e.currency)}")))
    out.sort(key=lambda a: a.code)
    return out
