"""How a received amount fits a customer's open invoices (pure functions, integer minor units).

A *fit* says which invoices the money goes to and how much each gets, which small differences are
booked (bank charges, an early-payment discount), and what is left over as customer credit. Its
``kind`` and ``strength`` (0..1) say how telling the amount is:

=========  ========  ==============================================================================
kind       strength  meaning
=========  ========  ==============================================================================
exact      1.0       the amount is exactly what is open on the invoice(s)
discount   0.9       short by exactly the early-payment discount the customer's terms allow on the
                     payment date (± 1 minor unit per invoice for the payer's rounding)
charges    0.9       short by no more than the bank-charges tolerance (a share or a fixed amount)
sum        0.8       exactly the open amount of several invoices (oldest-first run: 0.85)
partial    0.6       less than the referenced invoices: a part payment, oldest first
over       0.5       more than the referenced invoices: the rest is left as customer credit (unless
                     it is exactly one other open invoice of any age, or one set of the oldest:
                     then a ``sum`` — a reference the bank or the payer garbled)
guess      0.3       nothing fits; oldest first (only ever a suggestion)
=========  ========  ==============================================================================

``unique`` is False when another fit of the same kind was equally possible (two invoices with the
same open amount, two subsets with the same sum): the engine never applies such a fit by itself.
An exact fit to one invoice is not unique either when other open invoices add up to the same
amount (round amounts: one invoice of 50,000.00 or two of 30,000.00 + 20,000.00). This holds
for the oldest-first run too: when an invoice of the run can be swapped for one
outside it with the same open amount (monthly invoices of a fixed fee), or another subset of the
oldest invoices has the same sum, the run is returned with those alternatives, none unique.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

STRENGTH = {"exact": 1.0, "discount": 0.9, "charges": 0.9, "sum": 0.8, "run": 0.85, "partial": 0.6,
            "over": 0.5, "guess": 0.3}
SUBSET_LIMIT = 14          # oldest open invoices searched for a sum
SUBSET_BUDGET = 20_000     # nodes visited at most per search (bounded time per line)


@dataclass(frozen=True, slots=True)
class Item:
    """An open invoice as the matcher sees it."""

    id: int
    number: str
    customer_id: int
    currency: str
    issue_date: date
    due_date: date
    open_minor: int
    disputed: bool = False


@dataclass(frozen=True, slots=True)
class Tolerance:
    charges_bp: int = 50             # short by at most 0.5 % …
    charges_fixed_minor: int = 3000  # … or at most this many minor units (30.00), whichever is more

    def allows(self, amount: int, short: int) -> bool:
        return 0 < short <= max(self.charges_fixed_minor, amount * self.charges_bp // 10_000)


@dataclass(frozen=True, slots=True)
class Discount:
    """Early-payment discount of the customer's terms: ``bp`` / 100 % within ``days`` of issue."""

    days: int | None = None
    bp: int = 0

    def amount(self, item: Item, on: date) -> int:
        if self.days is None or self.bp <= 0 or on > item.issue_date + timedelta(days=self.days):
            return 0
        return (item.open_minor * self.bp + 5_000) // 10_000      # half-up to the minor unit

    def until(self, item: Item) -> date | None:
        return None if self.days is None else item.issue_date + timedelta(days=self.days)


@dataclass(frozen=True, slots=True)
class Fit:
    kind: str
    allocations: tuple[tuple[int, int], ...]          # (invoice id, amount from the payment)
    differences: tuple[tuple[int, str, int], ...] = ()  # (invoice id, 'bank_charges'|'discount', amount)
    credit_minor: int = 0                              # left on the customer's account
    unique: bool = True
    strength: float = field(default=0.0)

    def __post_init__(self) -> None:
        if not self.strength:
            object.__setattr__(self, "strength", STRENGTH[self.kind])

    @property
    def invoice_ids(self) -> tuple[int, ...]:
        return tuple(i for i, _ in self.allocations)


def _full(items: list[Item]) -> tuple[tuple[int, int], ...]:
    return tuple((i.id, i.open_minor) for i in items)


def _oldest_first(items: list[Item], amount: int) -> tuple[tuple[tuple[int, int], ...], int]:
    out: list[tuple[int, int]] = []
    left = amount
    for it in items:
        if left <= 0:
            break
        give = min(left, it.open_minor)
        out.append((it.id, give))
        left -= give
    return tuple(out), left


def _short_fit(items: list[Item], amount: int, on: date, tol: Tolerance, disc: Discount) -> Fit | None:
    """``amount`` is less than what is open on ``items``: a discount or bank charges?"""
    total = sum(i.open_minor for i in items)
    short = total - amount
    discounts = [(i, disc.amount(i, on)) for i in items]
    granted = sum(d for _, d in discounts)
    if granted and abs(short - granted) <= len(items):
        # the payer's rounding may differ by a minor unit per invoice: the last one absorbs it
        diffs = [(i.id, "discount", d) for i, d in discounts if d]
        adjust = short - granted
        last = diffs[-1]
        diffs[-1] = (last[0], "discount", last[2] + adjust)
        allocs = tuple((i.id, i.open_minor - d) for i, d in discounts)
        allocs = tuple((iid, a - adjust if iid == last[0] else a) for iid, a in allocs)
        if all(a > 0 for _, a in allocs) and diffs[-1][2] > 0:
            return Fit("discount", allocs, tuple(diffs))
    if tol.allows(amount, short):
        last = items[-1]
        if last.open_minor > short:
            allocs = tuple((i.id, i.open_minor - (short if i is last else 0)) for i in items)
            return Fit("charges", allocs, ((last.id, "bank_charges", short),))
    return None


def fit_referenced(items: list[Item], amount: int, on: date, tol: Tolerance, disc: Discount,
                   others: list[Item]) -> Fit:
    """The money for invoices the remittance names (``items``, oldest first); ``others``: the
    customer's other open invoices, for a remainder that pays them exactly."""
    total = sum(i.open_minor for i in items)
    if amount == total:
        return Fit("exact", _full(items))
    if amount < total:
        short = _short_fit(items, amount, on, tol, disc)
        if short is not None:
            return short
        allocs, _ = _oldest_first(items, amount)
        return Fit("partial", allocs)
    rest = amount - total
    # the rest is exactly one other open invoice (any age), else a sum of the oldest ones
    subsets = [[i] for i in others if i.open_minor == rest] or (
        subset_sums(others, rest, limit=2) if others else [])
    if len(subsets) == 1:
        return Fit("sum", _full(items) + _full(subsets[0]))
    return Fit("over", _full(items), credit_minor=rest)


def fit_unreferenced(items: list[Item], amount: int, on: date, tol: Tolerance, disc: Discount) -> list[Fit]:
    """Fits of ``amount`` to a customer's open invoices (oldest first) when no reference names
    any: best kind first; several of one kind mean the amount alone cannot decide."""
    if not items:
        return []
    exact = [i for i in items if i.open_minor == amount]
    if exact:
        fits = [Fit("exact", _full([i]), unique=len(exact) == 1) for i in exact]
        if len(exact) == 1:
            # round amounts: 50,000.00 may be one invoice or 30,000.00 + 20,000.00 of two others
            rest = [i for i in items if i.id != exact[0].id]
            sums = subset_sums(rest, amount, limit=1)
            if sums:
                fits = [replace(fits[0], unique=False), Fit("sum", _full(sums[0]), unique=False)]
        return fits
    shorts = [f for f in (_short_fit([i], amount, on, tol, disc) for i in items if i.open_minor > amount)
              if f is not None]
    # a discount is exact by construction; charges only when the invoice is the one the amount nears
    discounts = [f for f in shorts if f.kind == "discount"]
    if discounts:
        return [Fit("discount", f.allocations, f.differences, unique=len(discounts) == 1) for f in discounts]
    run = _run(items, amount)
    if run is not None:
        alternatives = _other_sums(items, amount, run)
        if alternatives:
            return [replace(run, unique=False), *alternatives]
        return [run]
    subsets = subset_sums(items, amount, limit=2)
    if subsets and len(subsets[0]) > 1:
        return [Fit("sum", _full(s), unique=len(subsets) == 1) for s in subsets]
    charges = [f for f in shorts if f.kind == "charges"]
    if charges:
        return [Fit("charges", f.allocations, f.differences, unique=len(charges) == 1) for f in charges]
    allocs, left = _oldest_first(items, amount)
    return [Fit("guess", allocs, credit_minor=max(left, 0))]


def _other_sums(items: list[Item], amount: int, run: Fit) -> list[Fit]:
    """Other sets of invoices that add up to ``amount`` as well as the oldest-first ``run``: an
    invoice of the run swapped for one outside it with the same open amount, or another subset of
    the oldest invoices. A payer who pays "the oldest" of equal invoices cannot be told from one
    who pays any of them, so the run is then not unique (never applied by itself)."""
    taken = set(run.invoice_ids)
    amounts_in = {a for _, a in run.allocations}
    out: list[Fit] = []
    swap = next((i for i in items if i.id not in taken and i.open_minor in amounts_in), None)
    if swap is not None:
        first = next(iid for iid, a in run.allocations if a == swap.open_minor)
        chosen = [i for i in items if (i.id in taken and i.id != first) or i.id == swap.id]
        out.append(Fit("sum", _full(chosen), unique=False))
    for subset in subset_sums(items, amount, limit=3):
        ids = {i.id for i in subset}
        if ids != taken and all(set(f.invoice_ids) != ids for f in out):
            out.append(Fit("sum", _full(subset), unique=False))
            break
    return out


def _run(items: list[Item], amount: int) -> Fit | None:
    """The oldest invoices, taken in order, add up exactly to ``amount`` (two or more)."""
    total = 0
    for n, it in enumerate(items, 1):
        total += it.open_minor
        if total == amount and n > 1:
            return Fit("sum", _full(items[:n]), strength=STRENGTH["run"])
        if total > amount:
            return None
    return None


def subset_sums(items: list[Item], target: int, *, limit: int = 2) -> list[list[Item]]:
    """Up to ``limit`` sets of the oldest ``SUBSET_LIMIT`` invoices whose open amounts sum to
    ``target``, fewest and oldest first; the search visits at most ``SUBSET_BUDGET`` nodes. When
    the budget runs out after one set was found, that set is returned twice: it is not known to be
    the only one."""
    pool = [i for i in items[:SUBSET_LIMIT] if 0 < i.open_minor <= target]
    if not pool or sum(i.open_minor for i in pool) < target:
        return []
    suffix = [0] * (len(pool) + 1)
    for k in range(len(pool) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + pool[k].open_minor
    found: list[list[Item]] = []
    budget = [SUBSET_BUDGET]
    chosen: list[Item] = []

    def walk(k: int, left: int) -> None:
        if len(found) >= limit or budget[0] <= 0:
            return
        budget[0] -= 1
        if left == 0:
            found.append(list(chosen))
            return
        if k == len(pool) or suffix[k] < left:
            return
        it = pool[k]
        if it.open_minor <= left:
            chosen.append(it)
            walk(k + 1, left - it.open_minor)
            chosen.pop()
        walk(k + 1, left)

    walk(0, target)
    found.sort(key=len)
    if len(found) == 1 and budget[0] <= 0:
        found.append(found[0])
    return found
