"""Who paid: the customer behind a statement line's counterparty name and account.

Pure functions over plain data (no database, no Qt). Evidence, strongest first:

``account``  the counterparty account is a known account alias of exactly one customer
             (learned from an earlier confirmed match, or entered);
``name``     the counterparty name, normalised, equals a customer's name;
``alias``    … equals one of a customer's name aliases (a parent company paying for it, a payment
             platform account, a trading name);
``prefix``   the name as the bank cut it off ("Xiamen Dingsheng Textile Compan"): at least
             12 letters/digits that begin exactly one customer's name or alias;
``fuzzy``    the best fuzzy score (rapidfuzz token-sort ratio on normalised names without legal
             forms) reaches ``fuzzy_min`` and beats the runner-up by ``fuzzy_margin``.

Names are normalised by NFKC, case folding, removal of punctuation and spaces, and of legal forms
("有限公司", "股份公司", "Co., Ltd.", "GmbH", "S.r.l.", …) for the fuzzy comparison only: dotted
forms are read as one word ("S.r.l." → "srl"), so "Fischer Textiles S.r.l." and "Fischer Textiles
Ltd" both come down to "fischer textiles" and a payer called "Fischer Textiles" is ambiguous
between them (rejected by the margin) instead of going to whichever kept fewer stray letters. A payment platform or clearing
name (支付宝, 财付通, Alipay, PayPal, …) says nothing about the customer: it is recognised and
only an alias entered for it can identify the payer.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# strength of each kind of evidence (see engine.py for how strengths combine)
STRENGTH = {"account": 1.0, "name": 0.95, "alias": 0.95, "prefix": 0.8}
PREFIX_MIN = 12             # letters/digits a cut-off name must keep to count

_LEGAL_FORMS = [
    "股份有限公司", "有限责任公司", "有限公司", "股份公司", "集团", "分公司", "总公司", "公司", "股份",
    "co ltd", "company limited", "co limited", "limited", "ltd", "llc", "inc", "corp", "corporation",
    "gmbh co kg", "gmbh", "ag", "kg", "ohg", "ug", "bv", "nv", "sarl", "sa", "srl", "spa", "plc",
    "pte", "pty", "company", "co",
]
_LEGAL_RE = re.compile(r"(?:\b(?:" + "|".join(re.escape(f) for f in _LEGAL_FORMS if f.isascii())
                       + r")\b)|" + "|".join(re.escape(f) for f in _LEGAL_FORMS if not f.isascii()))
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

PLATFORMS = {
    "支付宝": "Alipay", "alipay": "Alipay", "财付通": "Tenpay", "tenpay": "Tenpay",
    "微信支付": "WeChat Pay", "wechat pay": "WeChat Pay", "wechatpay": "WeChat Pay",
    "银联": "UnionPay", "unionpay": "UnionPay", "paypal": "PayPal", "stripe": "Stripe",
    "京东支付": "JD Pay", "网银在线": "JD Pay", "拉卡拉": "Lakala", "快钱": "99Bill",
    "adyen": "Adyen", "wise": "Wise", "payoneer": "Payoneer", "klarna": "Klarna",
}
_PLATFORM_RE = re.compile("|".join(re.escape(k) for k in sorted(PLATFORMS, key=len, reverse=True)))


def fold(text: str) -> str:
    """NFKC, case-folded, punctuation and spaces removed: the exact-comparison key of a name."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def fuzzy_key(text: str) -> str:
    """The name without legal forms and punctuation, words kept apart (for token-sort ratios)."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = " ".join(_join_initials(_NON_WORD.sub(" ", t).split()))
    t = _LEGAL_RE.sub(" ", t)
    return " ".join(t.split())


def _join_initials(words: list[str]) -> list[str]:
    """Runs of single letters become one word: "s r l" (from "S.r.l.") → "srl", "b v" → "bv"."""
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1 and w.isascii() and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


def account_key(account: str) -> str:
    """An account number compared without spaces, dashes and case ("DE89 3704…" = "de893704…")."""
    return re.sub(r"[\s\-./]", "", unicodedata.normalize("NFKC", account)).upper()


def platform_of(name: str) -> str | None:
    """The payment platform a counterparty name belongs to, if any ('Alipay', 'Tenpay', …)."""
    m = _PLATFORM_RE.search(unicodedata.normalize("NFKC", name).casefold())
    return PLATFORMS[m.group()] if m else None


@dataclass(frozen=True, slots=True)
class PartyHit:
    customer_id: int
    kind: str            # 'account' | 'name' | 'alias' | 'prefix' | 'fuzzy'
    strength: float      # 0..1
    detail: str          # the alias / name that matched, or the fuzzy score


@dataclass(frozen=True, slots=True)
class Party:
    hits: tuple[PartyHit, ...]         # best first; several only when the evidence is ambiguous
    platform: str | None = None        # the counterparty is a payment platform

    @property
    def unique(self) -> PartyHit | None:
        return self.hits[0] if len(self.hits) == 1 else None


class PartyResolver:
    """Customers' names, aliases and known accounts, indexed once per matching run."""

    def __init__(self, customers: Iterable[tuple[int, str]], aliases: Iterable[tuple[int, str, str]], *,
                 fuzzy_min: int = 90, fuzzy_margin: int = 6):
        """``customers``: (id, name); ``aliases``: (customer_id, kind 'name'|'account', value)."""
        self.fuzzy_min = fuzzy_min
        self.fuzzy_margin = fuzzy_margin
        self._names: dict[int, str] = {}
        self._by_name: dict[str, set[int]] = {}
        self._by_alias: dict[str, set[int]] = {}
        self._by_account: dict[str, set[int]] = {}
        for cid, name in customers:
            self._names[cid] = name
            k = fold(name)
            if k:
                self._by_name.setdefault(k, set()).add(cid)
        for cid, kind, value in aliases:
            if kind == "account":
                k = account_key(value)
                if k:
                    self._by_account.setdefault(k, set()).add(cid)
            else:
                k = fold(value)
                if k:
                    self._by_alias.setdefault(k, set()).add(cid)
        # every folded name and alias, sorted: a cut-off name is the start of a range of them
        self._sorted_keys = sorted({*self._by_name, *self._by_alias})
        self._fuzzy_ids = list(self._names)
        # token-sort ratio = plain ratio of the words in sorted order: sort the names' words once
        self._fuzzy_keys = [_sorted_words(fuzzy_key(self._names[c])) for c in self._fuzzy_ids]
        self._cache: dict[tuple[str, str], Party] = {}

    def name_of(self, customer_id: int) -> str:
        return self._names.get(customer_id, "")

    def known_account(self, account: str, customer_id: int) -> bool:
        return customer_id in self._by_account.get(account_key(account), ())

    def known_name(self, name: str, customer_id: int) -> bool:
        k = fold(name)
        return customer_id in self._by_name.get(k, ()) or customer_id in self._by_alias.get(k, ())

    def resolve(self, name: str, account: str) -> Party:
        key = (name, account)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._cache[key] = self._resolve(name, account)
        return hit

    def _resolve(self, name: str, account: str) -> Party:
        platform = platform_of(name) if name else None
        acc = account_key(account) if account else ""
        if acc and acc in self._by_account:
            ids = self._by_account[acc]
            return Party(tuple(PartyHit(c, "account", STRENGTH["account"], account) for c in sorted(ids)),
                         platform)
        k = fold(name)
        if not k:
            return Party((), platform)
        if k in self._by_alias:
            ids = self._by_alias[k]
            return Party(tuple(PartyHit(c, "alias", STRENGTH["alias"], name) for c in sorted(ids)), platform)
        if k in self._by_name:
            ids = self._by_name[k]
            return Party(tuple(PartyHit(c, "name", STRENGTH["name"], name) for c in sorted(ids)), platform)
        if platform is not None:
            return Party((), platform)
        return Party(self._prefix(k, name) or self._fuzzy(name), None)

    def _prefix(self, k: str, name: str) -> tuple[PartyHit, ...]:
        """The bank cut the name off: the start of exactly one customer's name or alias."""
        if len(k) < PREFIX_MIN:
            return ()
        i = bisect_left(self._sorted_keys, k)
        ids: set[int] = set()
        while i < len(self._sorted_keys) and self._sorted_keys[i].startswith(k):
            key = self._sorted_keys[i]
            ids |= self._by_name.get(key, set()) | self._by_alias.get(key, set())
            if len(ids) > 1:
                return ()          # the start of two customers' names decides nothing
            i += 1
        return tuple(PartyHit(c, "prefix", STRENGTH["prefix"], name) for c in ids)

    def _fuzzy(self, name: str) -> tuple[PartyHit, ...]:
        q = _sorted_words(fuzzy_key(name))
        if len(q) < 3 or not self._fuzzy_keys:
            return ()
        best = process.extract(q, self._fuzzy_keys, scorer=fuzz.ratio, limit=2,
                               score_cutoff=max(self.fuzzy_min - self.fuzzy_margin, 0))
        if not best or best[0][1] < self.fuzzy_min:
            return ()
        top_score = best[0][1]
        second = best[1][1] if len(best) > 1 else 0.0
        if top_score - second < self.fuzzy_margin:
            return ()      # two look-alike customers: the name decides nothing
        cid = self._fuzzy_ids[best[0][2]]
        # 90 → 0.75, 100 → 0.85: a fuzzy name is never as strong as an exact one
        strength = 0.75 + (top_score - self.fuzzy_min) / max(100 - self.fuzzy_min, 1) * 0.10
        return (PartyHit(cid, "fuzzy", round(min(strength, 0.85), 3), f"{top_score:.0f}"),)
