"""What every statement parser returns: plain, frozen values, money in minor units."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ...errors import UserError


class StatementError(UserError):
    """A file that is not a statement of the expected format, or is damaged or truncated.

    The message (an English template, see app.i18n.T) names the file and, where it helps, the
    line or element where reading stopped.
    """


@dataclass(frozen=True, slots=True)
class ParsedLine:
    bank_ref: str                      # the bank's own reference (camt AcctSvcrRef else NtryRef,
                                       # MT940 after '//' in :61:, OFX FITID, CSV serial column)
    booking_date: date
    value_date: date | None
    amount_minor: int                  # signed: credit (money in) > 0, debit < 0
    currency: str                      # ISO 4217
    counterparty_name: str = ""
    counterparty_account: str = ""     # IBAN / account number as printed
    remittance: str = ""               # unstructured + structured remittance text, joined
    reversal: bool = False             # camt RvslInd, MT940 RC/RD
    raw: str = ""                      # the source text of the line (entry / :61:+:86: / STMTTRN / row)
    extra: tuple[tuple[str, str], ...] = ()   # anything else worth keeping (e.g. bank tx code)

    @property
    def is_credit(self) -> bool:
        return self.amount_minor > 0


@dataclass(frozen=True, slots=True)
class ParsedStatement:
    format: str                        # 'camt.053' | 'camt.052' | 'camt.054' | 'mt940' | 'mt942' |
                                       # 'ofx' | 'cn:icbc' | 'cn:ccb' | … | 'csv'
    account: str                       # own account (IBAN or number), '' when the file has none
    currency: str
    statement_id: str = ""             # camt Stmt/Id, MT940 :20:/:28C:, OFX … ('' if none)
    period_start: date | None = None
    period_end: date | None = None
    opening_balance_minor: int | None = None
    closing_balance_minor: int | None = None
    lines: tuple[ParsedLine, ...] = field(default_factory=tuple)
