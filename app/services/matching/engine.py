"""The matching engine: for a statement line, who paid for what, scored and explained.

No Qt, no writes: `MatchContext.load` reads customers, aliases and open invoices once; `propose`
turns one incoming line into proposals, best first; `take` tells the context what an applied
proposal consumed, so later lines of the same run see the invoices' new open amounts.

How a proposal is found (see parties.py, references.py and amounts.py for each piece):
1. the payer: a learned account, the exact name or an alias, else a fuzzy name with a margin;
2. invoice references in the remittance text (and the end-to-end / customer references the bank
   passed on), one typo allowed only among the identified customer's invoices;
3. per candidate customer (the payer's, and those whose invoices are referenced) the amount is
   fitted: to the referenced invoices if any, else to that customer's open invoices.

Score (0–100): each piece of evidence is a probability that the proposal is right, and they
combine as independent evidence: score = 100 × (1 − Π(1 − pᵢ)) with
p_reference = 0.97 × confidence of the weakest reference used, p_payer = 0.90 × payer strength
(only when the payer is this customer), p_amount = 0.60 × fit strength. Caps keep guesses out of
the automatic lane: a fit that is not unique, a disputed invoice, invoices of other customers
named in the same text, or a payer pointing at another customer never score above the auto
threshold − 1; a part payment, over-payment or oldest-first guess without a reference never above
70 (a guess: 50).

Rules for conflicting or thin evidence (each found on the generated statement of
tests/unit/matching, where it turned a wrong automatic match into a suggestion):
- amount only *near* an invoice: a bank-charges fit without a reference is a suggestion — a part
  payment or an unrelated credit of the payer lands within the tolerance of some open invoice
  often enough (the tolerance window is thousands of times wider than an exact amount);
- reference and amount disagree: when the referenced invoices take the money only as a part or
  over-payment but the amount alone fits other open invoices of the customer exactly (a typo
  that wrote a neighbouring number), both readings are proposed and neither is automatic;
- a part or over-payment with a reference but no payer evidence: the amount confirms nothing, so
  the reference (perhaps mistyped onto someone else's invoice) alone is not automatic;
- a known payer referencing another customer's invoice: that reference counts half (its
  proposal stays below the threshold anyway), so the payer's own exactly fitting invoice ranks
  first when the reference was a typo;
- a payer name shared by several customers (a parent paying for two subsidiaries) caps only the
  customers no reference names: a reference to one subsidiary's invoice decides.

A line is applied automatically when the best proposal reaches ``auto_threshold`` and beats the
second by ``auto_margin``; otherwise proposals scoring at least ``suggest_min`` are suggestions.
Debits, reversals, and credits with neither a known payer nor a reference stay unmatched.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import Connection, text

from ...i18n import T
from .amounts import Discount, Fit, Item, Tolerance, fit_referenced, fit_unreferenced
from .parties import Party, PartyResolver
from .references import InvoiceIndex, RefHit

P_REFERENCE, P_PAYER, P_AMOUNT = 0.97, 0.90, 0.60
MAX_PROPOSALS = 3
_AMOUNT_FITS = ("exact", "discount", "charges", "sum")   # the amount alone names the invoices
_REF_EXTRA_KEYS = ("end_to_end_id", "eref", "customer_ref", "refnum", "checknum", "summary",
                   "creditor_ref", "remittance_ref", "kref", "mref")


@dataclass(frozen=True, slots=True)
class MatchSettings:
    auto_threshold: int = 90
    auto_margin: int = 8
    suggest_min: int = 30
    charges_bp: int = 50
    charges_fixed_minor: int = 3000
    fuzzy_min: int = 90
    fuzzy_margin: int = 6

    @property
    def tolerance(self) -> Tolerance:
        return Tolerance(self.charges_bp, self.charges_fixed_minor)

    def to_json(self) -> str:
        return json.dumps({k: getattr(self, k) for k in self.__dataclass_fields__})

    @classmethod
    def from_json(cls, raw: str | None) -> "MatchSettings":
        base = cls()
        if not raw:
            return base
        try:
            data = json.loads(raw)
        except ValueError:
            return base
        ok = {k: int(v) for k, v in data.items()
              if k in cls.__dataclass_fields__ and isinstance(v, int) and not isinstance(v, bool)}
        return replace(base, **ok)


# --------------------------------------------------------------------------------- explanations

REASON_TEXT = {
    "payer_account": T("Payer account {account} is known for this customer"),
    "payer_name": T("Payer name is the customer's name"),
    "payer_alias": T("Payer name {name} is an alias of this customer"),
    "payer_fuzzy": T("Payer name resembles the customer's name ({score} %)"),
    "payer_prefix": T("Payer name {name} is the start of the customer's name (cut off by the bank)"),
    "payer_other": T("The payer looks like another customer"),
    "platform": T("Paid through {platform}"),
    "ref_exact": T("Reference {token} is invoice {number}"),
    "ref_normalized": T("Reference {token} is invoice {number} written differently"),
    "ref_without_prefix": T("Reference {token} is invoice {number} without its prefix"),
    "ref_typo": T("Reference {token} is one typo away from invoice {number}"),
    "ref_other_customer": T("The text also names invoices of another customer"),
    "amount_exact": T("The amount is exactly what is open"),
    "amount_sum": T("The amount is the sum of {count} open invoices"),
    "amount_charges": T("Short by {difference}: bank charges within the tolerance"),
    "amount_discount": T("Short by {difference}: the early-payment discount of the terms"),
    "amount_partial": T("Part payment: {amount} of {open} open"),
    "amount_over": T("{credit} more than the invoices: left as customer credit"),
    "amount_guess": T("No amount fits: oldest invoices first"),
    "not_unique": T("Another invoice or combination fits just as well"),
    "disputed": T("An invoice is disputed"),
    "debit": T("A debit: only incoming payments are matched"),
    "reversal": T("A reversal: check the original payment"),
    "unknown": T("Neither the payer nor an invoice reference is known"),
    "no_open_items": T("The customer has nothing open in {currency}"),
}


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def template(self) -> str:
        return REASON_TEXT[self.code]

    def text(self, translate=lambda s: s) -> str:
        """The explanation, translated by ``translate`` (Qt's tr or the CLI's)."""
        return translate(REASON_TEXT[self.code]).format(**dict(self.params))


def _reason(code: str, **params: object) -> Reason:
    return Reason(code, tuple((k, str(v)) for k, v in params.items()))


@dataclass(frozen=True, slots=True)
class Proposal:
    customer_id: int
    allocations: tuple[tuple[int, int], ...]               # (invoice id, amount from the line)
    differences: tuple[tuple[int, str, int], ...] = ()     # (invoice id, kind, amount) booked
    credit_minor: int = 0                                  # left as customer credit
    score: int = 0
    reasons: tuple[Reason, ...] = ()
    fit: str = ""

    @property
    def applied_minor(self) -> int:
        return sum(a for _, a in self.allocations)

    def to_dict(self) -> dict:
        return {"customer_id": self.customer_id, "allocations": [list(a) for a in self.allocations],
                "differences": [list(d) for d in self.differences], "credit_minor": self.credit_minor,
                "score": self.score, "fit": self.fit,
                "reasons": [[r.code, dict(r.params)] for r in self.reasons]}

    @classmethod
    def from_dict(cls, d: dict) -> "Proposal":
        return cls(int(d["customer_id"]), tuple((int(i), int(a)) for i, a in d["allocations"]),
                   tuple((int(i), str(k), int(a)) for i, k, a in d.get("differences", ())),
                   int(d.get("credit_minor", 0)), int(d.get("score", 0)),
                   tuple(Reason(c, tuple(sorted((str(k), str(v)) for k, v in p.items())))
                         for c, p in d.get("reasons", ())), str(d.get("fit", "")))


def proposals_to_json(proposals: tuple[Proposal, ...] | list[Proposal]) -> str:
    return json.dumps([p.to_dict() for p in proposals], ensure_ascii=False) if proposals else ""


def proposals_from_json(raw: str) -> list[Proposal]:
    if not raw:
        return []
    try:
        return [Proposal.from_dict(d) for d in json.loads(raw)]
    except (ValueError, KeyError, TypeError):
        return []


@dataclass(frozen=True, slots=True)
class LineView:
    """What the engine reads of a statement line."""

    id: int
    booking_date: date
    amount_minor: int                 # signed: credit > 0
    currency: str
    counterparty_name: str = ""
    counterparty_account: str = ""
    remittance: str = ""
    reversal: bool = False
    extra: tuple[tuple[str, str], ...] = ()

    @property
    def reference_text(self) -> str:
        refs = [v for k, v in self.extra if k in _REF_EXTRA_KEYS and v and v.upper() != "NOTPROVIDED"]
        return " ".join([self.remittance, *refs]) if refs else self.remittance


@dataclass(frozen=True, slots=True)
class LineResult:
    line_id: int
    status: str                               # 'auto' | 'suggested' | 'unmatched'
    proposals: tuple[Proposal, ...] = ()      # best first
    note: Reason | None = None                # why nothing was proposed

    @property
    def best(self) -> Proposal | None:
        return self.proposals[0] if self.proposals else None


# --------------------------------------------------------------------------------- the context



def _fmt(minor: int, currency: str) -> str:
    from ...money import format_minor
    return f"{format_minor(minor, currency)} {currency}"


@dataclass
class MatchContext:
    settings: MatchSettings
    parties: PartyResolver
    index: InvoiceIndex
    items: dict[int, Item]                                   # open invoices at load time
    by_customer: dict[int, list[int]]                        # customer → invoice ids, oldest due first
    discounts: dict[int, Discount]
    open_now: dict[int, int] = field(default_factory=dict)   # invoice → open after `take`

    @classmethod
    def load(cls, conn: Connection, settings: MatchSettings | None = None) -> "MatchContext":
        settings = settings or MatchSettings()
        customers = []
        discounts: dict[int, Discount] = {}
        for cid, name, ddays, dbp in conn.execute(text(
                "SELECT id, name, discount_days, discount_bp FROM customer")):
            customers.append((cid, name))
            if ddays is not None and dbp:
                discounts[cid] = Discount(int(ddays), int(dbp))
        aliases = list(conn.execute(text("SELECT customer_id, kind, value FROM customer_alias")))
        items: dict[int, Item] = {}
        by_customer: dict[int, list[int]] = {}
        days: dict[str, date] = {}

        def d(iso: str) -> date:
            v = days.get(iso)
            if v is None:
                v = days[iso] = date.fromisoformat(iso)
            return v

        for iid, number, cid, cur, issue, due, open_, disputed in conn.execute(text(
                "SELECT id, number, customer_id, currency, issue_date, due_date, open_minor, disputed "
                "FROM invoice WHERE kind = 'invoice' AND open_minor > 0 "
                "AND status IN ('open', 'partly_paid', 'disputed') ORDER BY due_date, issue_date, id")):
            items[iid] = Item(iid, number, cid, cur, d(issue), d(due), open_, bool(disputed))
            by_customer.setdefault(cid, []).append(iid)
        index = InvoiceIndex((i.id, i.number) for i in items.values())
        parties = PartyResolver(customers, aliases, fuzzy_min=settings.fuzzy_min,
                                fuzzy_margin=settings.fuzzy_margin)
        return cls(settings, parties, index, items, by_customer, discounts,
                   {i: it.open_minor for i, it in items.items()})

    # -- state

    def take(self, proposal: Proposal) -> None:
        """Count what an applied proposal consumed (allocations and booked differences)."""
        for iid, amt in proposal.allocations:
            if iid in self.open_now:
                self.open_now[iid] -= amt
        for iid, _, amt in proposal.differences:
            if iid in self.open_now:
                self.open_now[iid] -= amt

    def open_items(self, customer_id: int, currency: str, on: date) -> list[Item]:
        out = []
        for iid in self.by_customer.get(customer_id, ()):
            it = self.items[iid]
            left = self.open_now.get(iid, 0)
            if left > 0 and it.currency == currency and it.issue_date <= on:
                out.append(it if left == it.open_minor else replace(it, open_minor=left))
        return out

    # -- proposing

    def propose(self, line: LineView) -> LineResult:
        if line.amount_minor <= 0:
            return LineResult(line.id, "unmatched", note=_reason("debit"))
        if line.reversal:
            return LineResult(line.id, "unmatched", note=_reason("reversal"))
        party = self.parties.resolve(line.counterparty_name, line.counterparty_account)
        party_ids = {h.customer_id for h in party.hits}
        party_invoices: set[int] = set()
        for cid in party_ids:
            party_invoices.update(self.by_customer.get(cid, ()))
        hits = [h for h in self.index.find(line.reference_text, customer_invoice_ids=party_invoices or None,
                                           amount_minor=line.amount_minor)
                if self.open_now.get(h.invoice_id, 0) > 0
                and self.items[h.invoice_id].currency == line.currency
                and self.items[h.invoice_id].issue_date <= line.booking_date]
        ref_customers: dict[int, list[RefHit]] = {}
        for h in hits:
            ref_customers.setdefault(self.items[h.invoice_id].customer_id, []).append(h)
        candidates = list(dict.fromkeys([*ref_customers, *[h.customer_id for h in party.hits]]))
        if not candidates:
            return LineResult(line.id, "unmatched", note=_reason("unknown"))
        proposals: list[Proposal] = []
        for cid in candidates:
            proposals.extend(self._for_customer(cid, line, party, ref_customers))
        proposals = [p for p in proposals if p.score >= self.settings.suggest_min]
        proposals.sort(key=lambda p: -p.score)
        proposals = _dedupe(proposals)[:MAX_PROPOSALS]
        if not proposals:
            note = _reason("no_open_items", currency=line.currency) if party_ids else _reason("unknown")
            return LineResult(line.id, "unmatched", note=note)
        best = proposals[0]
        second = proposals[1].score if len(proposals) > 1 else 0
        auto = (best.score >= self.settings.auto_threshold
                and best.score - second >= self.settings.auto_margin)
        return LineResult(line.id, "auto" if auto else "suggested", tuple(proposals))

    def _for_customer(self, cid: int, line: LineView, party: Party,
                      ref_customers: dict[int, list[RefHit]]) -> list[Proposal]:
        on = line.booking_date
        items = self.open_items(cid, line.currency, on)
        if not items:
            return []
        s = self.settings
        disc = self.discounts.get(cid, Discount())
        reasons: list[Reason] = []
        cap = 100
        # the payer
        p_payer = 0.0
        ref_weight = 1.0
        hit = next((h for h in party.hits if h.customer_id == cid), None)
        if hit is not None:
            p_payer = P_PAYER * hit.strength
            if len(party.hits) > 1:
                # a name shared by several customers (a parent paying for two): only a reference
                # to this customer's invoices decides between them
                p_payer *= 0.5
                if cid not in ref_customers:
                    cap = min(cap, s.auto_threshold - 1)
            reasons.append({"account": lambda: _reason("payer_account", account=hit.detail),
                            "name": lambda: _reason("payer_name"),
                            "alias": lambda: _reason("payer_alias", name=hit.detail),
                            "prefix": lambda: _reason("payer_prefix", name=hit.detail),
                            "fuzzy": lambda: _reason("payer_fuzzy", score=hit.detail)}[hit.kind]())
        elif party.hits:
            reasons.append(_reason("payer_other"))
            cap = min(cap, s.auto_threshold - 1)
            ref_weight = 0.5     # a reference to someone else's invoice from a known payer: maybe a typo
        if party.platform:
            reasons.append(_reason("platform", platform=party.platform))
        # the references
        refs = ref_customers.get(cid, [])
        if len(ref_customers) > (1 if refs else 0):
            reasons.append(_reason("ref_other_customer"))
            cap = min(cap, s.auto_threshold - 1)
        fits: list[Fit]
        p_ref = 0.0
        unreferenced: list[Fit] = []       # fits of the amount alone that contradict the reference
        if refs:
            ref_ids = {h.invoice_id for h in refs}
            named = [i for i in items if i.id in ref_ids]
            others = [i for i in items if i.id not in ref_ids]
            fits = [fit_referenced(named, line.amount_minor, on, s.tolerance, disc, others)]
            p_ref = P_REFERENCE * min(h.confidence for h in refs) * ref_weight
            ref_reasons = []
            for h in refs:
                kind = h.kind if h.kind in ("exact", "normalized", "without_prefix", "typo") else "normalized"
                ref_reasons.append(_reason(f"ref_{kind}", token=h.token, number=self.items[h.invoice_id].number))
            if fits[0].kind in ("partial", "over"):
                unreferenced = [f for f in fit_unreferenced(items, line.amount_minor, on, s.tolerance, disc)
                                if f.kind in _AMOUNT_FITS and not set(f.invoice_ids) <= ref_ids]
                if unreferenced:
                    fits[0] = replace(fits[0], unique=False)
        else:
            fits = fit_unreferenced(items, line.amount_minor, on, s.tolerance, disc)
            ref_reasons = []
        by_id = {i.id: i for i in items}
        out = []
        for fit in [*fits, *unreferenced]:
            referenced = bool(refs) and fit not in unreferenced
            fit_cap = cap
            why = list(reasons) + (ref_reasons if referenced else [])
            why.append(self._amount_reason(fit, line, by_id))
            if not fit.unique or (unreferenced and referenced):
                why.append(_reason("not_unique"))
                fit_cap = min(fit_cap, s.auto_threshold - 1)
            if not referenced and fit.kind in ("partial", "over", "guess"):
                fit_cap = min(fit_cap, 50 if fit.kind == "guess" else 70)
            if referenced and fit.kind in ("partial", "over") and not p_payer:
                # the amount confirms nothing: a reference alone (maybe mistyped) is not enough
                fit_cap = min(fit_cap, s.auto_threshold - 1)
            if not referenced and fit.kind == "charges":
                # an amount only *near* an invoice: a guess that needs a reference to be sure
                fit_cap = min(fit_cap, s.auto_threshold - 1)
            if unreferenced and not referenced:
                fit_cap = min(fit_cap, s.auto_threshold - 1)
            if any(by_id[i].disputed for i in fit.invoice_ids if i in by_id):
                why.append(_reason("disputed"))
                fit_cap = min(fit_cap, s.auto_threshold - 1)
            p_amount = P_AMOUNT * fit.strength
            miss = (1 - (p_ref if referenced else 0.0)) * (1 - p_payer) * (1 - p_amount)
            score = min(fit_cap, int(round(100 * (1 - miss))))
            out.append(Proposal(cid, fit.allocations, fit.differences, fit.credit_minor, score,
                                tuple(why), fit.kind))
        return out

    def _amount_reason(self, fit: Fit, line: LineView, by_id: dict[int, Item]) -> Reason:
        cur = line.currency
        if fit.kind == "exact":
            return _reason("amount_exact")
        if fit.kind == "sum":
            return _reason("amount_sum", count=len(fit.allocations))
        if fit.kind in ("charges", "discount"):
            diff = sum(a for _, _, a in fit.differences)
            return _reason(f"amount_{fit.kind}", difference=_fmt(diff, cur))
        if fit.kind == "partial":
            open_ = sum(by_id[i].open_minor for i in fit.invoice_ids if i in by_id)
            return _reason("amount_partial", amount=_fmt(line.amount_minor, cur), open=_fmt(open_, cur))
        if fit.kind == "over":
            return _reason("amount_over", credit=_fmt(fit.credit_minor, cur))
        return _reason("amount_guess")


def _dedupe(proposals: list[Proposal]) -> list[Proposal]:
    seen: set[tuple] = set()
    out = []
    for p in proposals:
        key = (p.customer_id, p.allocations, p.differences, p.credit_minor)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
