"""The matching engine's rules (app/services/matching/engine.py, amounts.py, parties.py), pure:
no database — a MatchContext is put together from plain data."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.matching.amounts import (Discount, Item, Tolerance, fit_referenced, fit_unreferenced,
                                           subset_sums)
from app.services.matching.engine import LineView, MatchContext, MatchSettings, Proposal
from app.services.matching.parties import PartyResolver
from app.services.matching.references import InvoiceIndex

D0 = date(2026, 9, 1)
ON = date(2026, 10, 15)
TOL = Tolerance(50, 3000)


def item(iid: int, open_: int, *, cid: int = 1, number: str | None = None, days: int = 0,
         cur: str = "CNY", disputed: bool = False) -> Item:
    issue = D0 + timedelta(days=days)
    return Item(iid, number or f"INV-2026-{iid:06d}", cid, cur, issue, issue + timedelta(days=30), open_, disputed)


def context(items: list[Item], customers: list[tuple[int, str]], aliases=(), discounts=None,
            settings: MatchSettings | None = None) -> MatchContext:
    s = settings or MatchSettings()
    items = sorted(items, key=lambda i: (i.due_date, i.issue_date, i.id))
    by_customer: dict[int, list[int]] = {}
    for i in items:
        by_customer.setdefault(i.customer_id, []).append(i.id)
    return MatchContext(s, PartyResolver(customers, list(aliases), fuzzy_min=s.fuzzy_min,
                                         fuzzy_margin=s.fuzzy_margin),
                        InvoiceIndex((i.id, i.number) for i in items), {i.id: i for i in items},
                        by_customer, dict(discounts or {}), {i.id: i.open_minor for i in items})


def line(amount: int, name: str = "", text: str = "", *, account: str = "", lid: int = 1,
         on: date = ON, reversal: bool = False, cur: str = "CNY") -> LineView:
    return LineView(lid, on, amount, cur, name, account, text, reversal)


MINGHUA = "Shanghai Minghua Trading Co., Ltd."
MINGHUI = "Shanghai Minghui Trading Co., Ltd."


# ------------------------------------------------------------------------------ amount fits

def test_exact_fit():
    items = [item(1, 10_000), item(2, 25_000, days=1)]
    (fit,) = fit_unreferenced(items, 25_000, ON, TOL, Discount())
    assert (fit.kind, fit.allocations, fit.unique) == ("exact", ((2, 25_000),), True)


def test_discount_fit_within_the_days_only():
    it = item(1, 100_000, days=40)                     # issued 2026-10-11, 2 % within 10 days
    disc = Discount(10, 200)
    (fit,) = fit_unreferenced([it], 98_000, ON, TOL, disc)
    assert fit.kind == "discount" and fit.allocations == ((1, 98_000),)
    assert fit.differences == ((1, "discount", 2_000),)
    late = fit_unreferenced([it], 98_000, it.issue_date + timedelta(days=11), TOL, disc)
    assert all(f.kind != "discount" for f in late)


def test_discount_tolerates_a_minor_unit_of_rounding():
    it = item(1, 123_457, days=40)
    fit = fit_referenced([it], 123_457 - 2_469 - 1, ON, TOL, Discount(10, 200), [])
    assert fit.kind == "discount" and sum(a for _, a in fit.allocations) + fit.differences[0][2] == 123_457


def test_charges_fit_within_the_tolerance():
    it = item(1, 500_000)
    fit = fit_referenced([it], 500_000 - 2_500, ON, TOL, Discount(), [])
    assert fit.kind == "charges" and fit.differences == ((1, "bank_charges", 2_500),)
    # 0.5 % of a large amount is more than the fixed 30.00
    big = item(2, 10_000_000)
    assert fit_referenced([big], 10_000_000 - 40_000, ON, TOL, Discount(), []).kind == "charges"
    # beyond the tolerance: a part payment
    assert fit_referenced([it], 500_000 - 3_001, ON, TOL, Discount(), []).kind == "partial"


def test_sum_fits_run_and_subset():
    items = [item(1, 10_000), item(2, 20_000, days=1), item(3, 40_000, days=2), item(4, 80_000, days=3)]
    (run,) = fit_unreferenced(items, 30_000, ON, TOL, Discount())
    assert run.kind == "sum" and run.allocations == ((1, 10_000), (2, 20_000)) and run.strength == 0.85
    (sub,) = fit_unreferenced(items, 90_000, ON, TOL, Discount())
    assert sub.kind == "sum" and set(sub.invoice_ids) == {1, 4} and sub.unique
    assert [len(s) for s in subset_sums(items, 150_000)] == [4]


def test_partial_over_and_guess():
    items = [item(1, 10_000), item(2, 20_000, days=1)]
    partial = fit_referenced([items[1]], 5_000, ON, TOL, Discount(), [items[0]])
    assert (partial.kind, partial.allocations) == ("partial", ((2, 5_000),))
    over = fit_referenced([items[1]], 27_777, ON, TOL, Discount(), [items[0]])
    assert over.kind == "over" and over.credit_minor == 7_777
    both = fit_referenced([items[1]], 30_000, ON, TOL, Discount(), [items[0]])
    assert both.kind == "sum" and set(both.invoice_ids) == {1, 2}
    (guess,) = fit_unreferenced(items, 12_345, ON, TOL, Discount())
    assert guess.kind == "guess" and guess.allocations == ((1, 10_000), (2, 2_345))


def test_equal_amounts_are_not_unique():
    items = [item(1, 50_000), item(2, 50_000, days=1), item(3, 70_000, days=2)]
    fits = fit_unreferenced(items, 50_000, ON, TOL, Discount())
    assert len(fits) == 2 and not any(f.unique for f in fits)
    # the oldest-first run 50,000 + 50,000 … can swap in no other equal invoice here, but the
    # run 1+2 = 100,000 has a twin when a third 50,000 exists
    items.append(item(4, 50_000, days=3))
    fits = fit_unreferenced(items, 100_000, ON, TOL, Discount())
    assert fits[0].kind == "sum" and not fits[0].unique and len(fits) >= 2


def test_exact_amount_that_other_invoices_add_up_to_is_not_unique():
    items = [item(1, 3_000_000), item(2, 2_000_000, days=1), item(3, 5_000_000, days=2)]
    fits = fit_unreferenced(items, 5_000_000, ON, TOL, Discount())
    assert fits[0].kind == "exact" and not fits[0].unique
    assert any(f.kind == "sum" and set(f.invoice_ids) == {1, 2} for f in fits)


@settings(max_examples=200, deadline=None)
@given(opens=st.lists(st.integers(1, 2_000_000), min_size=1, max_size=12),
       amount=st.integers(1, 5_000_000), referenced=st.integers(0, 11), disc_bp=st.sampled_from([0, 100, 200]))
def test_fits_add_up_and_never_overpay_an_invoice(opens, amount, referenced, disc_bp):
    items = [item(i + 1, o, days=i) for i, o in enumerate(opens)]
    disc = Discount(60, disc_bp) if disc_bp else Discount()
    by_id = {i.id: i for i in items}
    k = referenced % len(items)
    fits = [*fit_unreferenced(items, amount, ON, TOL, disc),
            fit_referenced(items[k:k + 2], amount, ON, TOL, disc, items[:k] + items[k + 2:])]
    for fit in fits:
        assert sum(a for _, a in fit.allocations) + fit.credit_minor == amount, fit
        assert fit.credit_minor >= 0 and all(a > 0 for _, a in fit.allocations)
        diffs: dict[int, int] = {}
        for iid, kind, amt in fit.differences:
            assert kind in ("bank_charges", "discount") and amt > 0
            diffs[iid] = diffs.get(iid, 0) + amt
        for iid, a in fit.allocations:
            assert a + diffs.get(iid, 0) <= by_id[iid].open_minor, fit
        assert len({i for i, _ in fit.allocations}) == len(fit.allocations)


# ------------------------------------------------------------------------------ the engine

def test_unique_exact_reference_is_automatic_and_explained():
    ctx = context([item(1, 120_000), item(2, 80_000)], [(1, MINGHUA)])
    res = ctx.propose(line(120_000, MINGHUA, "Payment INV-2026-000001"))
    assert res.status == "auto"
    best = res.best
    assert best.customer_id == 1 and best.allocations == ((1, 120_000),) and best.score >= 90
    codes = [r.code for r in best.reasons]
    assert {"payer_name", "ref_exact", "amount_exact"} <= set(codes)
    assert all(r.text() for r in best.reasons)


def test_non_unique_fit_is_never_automatic():
    ctx = context([item(1, 50_000), item(2, 50_000, days=1)], [(1, MINGHUA)])
    res = ctx.propose(line(50_000, MINGHUA, "Payment"))
    assert res.status == "suggested"
    assert len(res.proposals) == 2 and all(p.score < 90 for p in res.proposals)
    assert "not_unique" in [r.code for r in res.best.reasons]


def test_margin_rule(monkeypatch):
    """A best proposal above the threshold that does not beat the second by the margin waits."""
    items = [item(1, 100_000, cid=1), item(2, 100_000, cid=2, number="RE-2026-000777")]
    ctx = context(items, [(1, MINGHUA), (2, "Hansen Logistik GmbH")],
                  settings=MatchSettings(auto_threshold=90, auto_margin=8))
    scores = {1: 96, 2: 90}

    def fixed(cid, ln, party, refs):
        return [Proposal(cid, ((cid, 100_000),), score=scores[cid], fit="exact")]

    monkeypatch.setattr(ctx, "_for_customer", fixed)
    ln = line(100_000, MINGHUA, "RE-2026-000777")          # payer: customer 1; reference: customer 2
    res = ctx.propose(ln)
    assert res.status == "suggested" and [p.score for p in res.proposals] == [96, 90]
    scores[2] = 88                                          # now 96 beats 88 by the margin of 8
    assert ctx.propose(ln).status == "auto"
    scores[1] = 89                                          # below the threshold: never automatic
    scores[2] = 10
    assert ctx.propose(ln).status == "suggested"


def test_fuzzy_payer_rejected_when_a_look_alike_is_close():
    customers = [(1, MINGHUA), (2, MINGHUI)]
    ctx = context([item(1, 70_000, cid=1), item(2, 90_000, cid=2)], customers)
    party = ctx.parties.resolve("SHANGHAI MINGHUA TRADNG", "")
    assert party.hits == ()                         # minghua vs minghui: within the margin
    assert ctx.propose(line(70_000, "SHANGHAI MINGHUA TRADNG", "Payment")).status == "unmatched"
    # the full start of one customer's name (legal form cut off) is that customer — never auto
    hit = ctx.parties.resolve("SHANGHAI MINGHUA TRADING", "").unique
    assert hit is not None and (hit.customer_id, hit.kind) == (1, "prefix")
    assert ctx.propose(line(70_000, "SHANGHAI MINGHUA TRADING", "Payment")).status == "suggested"
    # the exact name decides, and a fuzzy name without a look-alike is accepted
    assert ctx.parties.resolve("SHANGHAI MINGHUA TRADING CO LTD", "").unique.customer_id == 1
    alone = PartyResolver([(1, MINGHUA), (3, "Beijing Hengsheng Technology Ltd.")], [])
    hit = alone.resolve("SHANGHAI MINGHUA TRADNG", "").unique
    assert hit is not None and hit.kind == "fuzzy" and hit.customer_id == 1 and hit.strength < 0.95


def test_dotted_legal_forms_do_not_decide_a_fuzzy_name():
    r = PartyResolver([(1, "Fischer Textiles Ltd"), (2, "Fischer Textiles S.r.l.")], [])
    assert r.resolve("Fischer Textiles", "").hits == ()


def test_platform_payer_without_alias_gives_no_customer():
    ctx = context([item(1, 70_000)], [(1, "上海明华贸易有限公司")])
    party = ctx.parties.resolve("支付宝（中国）网络技术有限公司", "2088000011112222")
    assert party.hits == () and party.platform == "Alipay"
    assert ctx.propose(line(70_000, "支付宝（中国）网络技术有限公司", "货款",
                            account="2088000011112222")).status == "unmatched"
    # the platform account registered for the customer identifies it
    known = context([item(1, 70_000)], [(1, "上海明华贸易有限公司")],
                    aliases=[(1, "account", "2088 0000 1111 2222")])
    res = known.propose(line(70_000, "支付宝（中国）网络技术有限公司", "货款", account="2088000011112222"))
    assert res.status == "auto" and res.best.customer_id == 1
    assert "platform" in [r.code for r in res.best.reasons]


def test_alias_of_a_parent_company_identifies_the_customer():
    ctx = context([item(1, 70_000, cid=1), item(2, 90_000, cid=2)],
                  [(1, "上海明华贸易有限公司"), (2, "杭州恒泰电子有限公司")],
                  aliases=[(1, "name", "明华控股集团有限公司")])
    res = ctx.propose(line(70_000, "明华控股集团有限公司", "货款"))
    assert res.status == "auto" and res.best.customer_id == 1
    assert res.best.reasons[0].code == "payer_alias"


def test_parent_alias_of_two_customers_needs_a_reference():
    items = [item(1, 70_000, cid=1), item(2, 70_000, cid=2, number="RE-2026-000002")]
    ctx = context(items, [(1, "上海明华贸易有限公司"), (2, "杭州恒泰电子有限公司")],
                  aliases=[(1, "name", "明华控股集团有限公司"), (2, "name", "明华控股集团有限公司")])
    assert ctx.propose(line(70_000, "明华控股集团有限公司", "货款")).status == "suggested"
    res = ctx.propose(line(70_000, "明华控股集团有限公司", "货款 RE-2026-000002"))
    assert res.status == "auto" and res.best.customer_id == 2


def test_debit_and_reversal_are_never_matched():
    ctx = context([item(1, 70_000)], [(1, MINGHUA)])
    debit = ctx.propose(line(-70_000, MINGHUA, "Refund INV-2026-000001"))
    assert debit.status == "unmatched" and debit.proposals == () and debit.note.code == "debit"
    rev = ctx.propose(line(70_000, MINGHUA, "INV-2026-000001", reversal=True))
    assert rev.status == "unmatched" and rev.proposals == () and rev.note.code == "reversal"


def test_noise_stays_unmatched():
    ctx = context([item(1, 70_000, number="INV-2026-000010")], [(1, MINGHUA)])
    for name, text in (("国家税务总局上海市税务局", "VAT REFUND 2026-10"), ("中国工商银行", "利息 2026-09-21"),
                       ("", "出口退税 2026年10月")):
        assert ctx.propose(line(70_000, name, text)).status == "unmatched", text


def test_take_makes_a_second_payment_see_the_remainder():
    ctx = context([item(1, 100_000)], [(1, MINGHUA)])
    first = ctx.propose(line(40_000, MINGHUA, "INV-2026-000001", lid=1))
    assert first.status == "auto" and first.best.allocations == ((1, 40_000),) and first.best.fit == "partial"
    ctx.take(first.best)
    assert ctx.open_now[1] == 60_000
    second = ctx.propose(line(60_000, MINGHUA, "INV-2026-000001", lid=2))
    assert second.status == "auto" and second.best.fit == "exact" and second.best.allocations == ((1, 60_000),)
    ctx.take(second.best)
    third = ctx.propose(line(60_000, MINGHUA, "INV-2026-000001", lid=3))
    assert third.status != "auto"              # nothing open any more


def test_take_counts_booked_differences():
    ctx = context([item(1, 500_000)], [(1, MINGHUA)])
    res = ctx.propose(line(498_000, MINGHUA, "INV-2026-000001"))
    assert res.status == "auto" and res.best.differences == ((1, "bank_charges", 2_000),)
    ctx.take(res.best)
    assert ctx.open_now[1] == 0


def test_charges_without_reference_are_only_suggested():
    ctx = context([item(1, 500_000), item(2, 900_000, days=1)], [(1, MINGHUA)])
    res = ctx.propose(line(498_500, MINGHUA, "Payment"))
    assert res.status == "suggested" and res.best.fit == "charges"


def test_reference_contradicted_by_the_amount_is_not_automatic():
    """A typo that wrote a neighbouring invoice's number: the amount fits another invoice exactly."""
    ctx = context([item(1, 111_111), item(2, 222_222, days=1)], [(1, MINGHUA)])
    res = ctx.propose(line(222_222, MINGHUA, "INV-2026-000001"))
    assert res.status == "suggested"
    assert {p.allocations for p in res.proposals} >= {((2, 222_222),)}


def test_part_payment_by_an_unknown_payer_is_not_automatic():
    ctx = context([item(1, 100_000)], [(1, MINGHUA)])
    assert ctx.propose(line(40_000, "", "INV-2026-000001")).status == "suggested"
    assert ctx.propose(line(100_000, "", "INV-2026-000001")).status == "auto"


def test_typo_reference_only_within_the_payers_invoices():
    ctx = context([item(1, 100_000, number="INV-2026-004711"), item(2, 50_000, cid=2, number="INV-2026-008899")],
                  [(1, MINGHUA), (2, "Hansen Logistik GmbH")])
    res = ctx.propose(line(100_000, MINGHUA, "INV-2026-004717"))
    assert res.best.allocations == ((1, 100_000),)
    assert "ref_typo" in [r.code for r in res.best.reasons]
    # the same typo from an unknown payer is no reference
    unknown = ctx.propose(line(100_000, "", "INV-2026-004717"))
    assert unknown.status == "unmatched"


def test_proposals_round_trip_through_json():
    from app.services.matching.engine import proposals_from_json, proposals_to_json
    ctx = context([item(1, 500_000)], [(1, MINGHUA)])
    res = ctx.propose(line(498_000, MINGHUA, "INV-2026-000001"))
    back = proposals_from_json(proposals_to_json(res.proposals))
    assert [(p.customer_id, p.allocations, p.differences, p.score, p.fit) for p in back] == \
           [(p.customer_id, p.allocations, p.differences, p.score, p.fit) for p in res.proposals]
    assert isinstance(back[0], Proposal) and proposals_from_json("not json") == []
