"""Recognising invoice references in remittance texts.

Pure functions: no database, no Qt. The matching engine builds one `InvoiceIndex` from the open
invoices and calls `find()` per statement line.

Rules (each one is covered by tests/unit/matching/test_references.py):

Canonical key (`normalize_invoice_number`)
  NFKC (full-width letters, digits and punctuation become ASCII), case-folded, every character
  that is neither a letter nor a digit is a separator and is removed, and leading zeros of each
  digit group (digits between separators / letters) are dropped: "INV-2026-000123" -> "inv2026123".
  A separator inside a digit group therefore matters ("2026-0123" is series 2026, number 123).

Variants (`number_variants`) - the keys under which one invoice can be found
  * the canonical key, and the key with all zeros kept ("inv2026000123", for texts that write
    the groups together: "INV2026000123");
  * without the alphabetic prefix ("2026123", "2026000123") when what remains has >= 4 digits;
  * the trailing digit group alone ("000123" -> "123") only when it has >= 4 significant digits,
    is not a year (1900-2099) and - checked by the index - belongs to no other open invoice. So
    "INV-2026-000123" is never found by "123", but "RE-2026-045678" is found by "45678".
  * Chinese invoice code + number ("044031900111-12345678", 10 or 12 digits + 8): the joined form,
    and the 8-digit number alone under the trailing-group rule. A 20-digit 数电票 number is just a
    digit-only number (its canonical key and the zero-keeping key).

Tokens of a remittance text (`InvoiceIndex.find`)
  The text is NFKC-normalised, structured markers are blanked (MT940 `?20`..`?29`, `EREF+`,
  `SVWZ+`, `KREF+`, `/REMI/`, `/EREF/`, `/INV/`, ...). Atoms are ASCII letter/digit runs; CJK
  text, commas, colons, '+' etc. end a token; atoms joined by separators (space - _ / . ·) form
  candidate windows of up to 6 atoms, tried longest first; atoms consumed by a hit are not reused.
  A window never starts with a word whose leading letters begin no stored number ("Rechnung",
  "Payment"), so "Rechnung 2026-000123" is read from "2026".
  Confidence: exact (as stored, character for character) 1.0, normalized 0.95, without_prefix
  0.85 (0.75 for the trailing group alone), typo 0.6. One hit per invoice, its best kind.
  "发票代码 <10|12 digits> ... 发票号码 <8 digits>" is also read as one joined code+number token.

Not references on their own (a hit whose token lies entirely inside such a span is dropped):
  * dates: 2026-10, 2026/10/31, 20261031, 31.10.2026, 10/2026, 2026年10月, and a lone year;
  * tax texts: when the text mentions VAT/tax/Steuer/BTW/增值税/退税/税款/个税, only hits whose
    token carries the invoice's letters count (no digit-only, no typo hits);
  * the payment amount ("1,234.50", "1234,50", "1234" for 1234.00) when `amount_minor` is given;
  * phone numbers: "+<digits>", CN mobiles (1[3-9] + 9 digits), digits after Tel/Phone/Fax/电话/手机;
  * IBANs (country code, check digits, valid mod-97) and digit-only runs of 16-19 digits (CN
    account numbers) unless an invoice label (发票, 票号, invoice, Rechnung) stands right before;
  * postal codes: after PLZ/邮编/zip, "12345 City", Dutch "1234 AB";
  * digit-only tokens shorter than 4 digits.

Typos: edit distance 1 (one insertion, deletion, substitution or swap of neighbours) is allowed
only against the invoices in `customer_invoice_ids`, only for keys of >= 6 characters with >= 5
digits, and only when exactly one of those invoices is that close.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["RefHit", "InvoiceIndex", "normalize_invoice_number", "number_variants"]

CONFIDENCE = {"exact": 1.0, "normalized": 0.95, "without_prefix": 0.85, "typo": 0.6}
_TRAILING_CONFIDENCE = 0.75
_MAX_WINDOW = 6
_SEPARATORS = frozenset(" -_/.·・\t\u2010\u2011\u2012\u2013\u2014\u2015\u2212")


@dataclass(frozen=True, slots=True)
class RefHit:
    invoice_id: int
    token: str  # the text as written in the remittance
    kind: str  # 'exact' | 'normalized' | 'without_prefix' | 'typo'
    confidence: float


# ---------------------------------------------------------------- keys


def _groups(number: str) -> list[tuple[str, str]]:
    """Split into ('a', letters) / ('d', digits) groups; separators end a group."""
    if number.isascii():
        return _ascii_groups(number)      # same groups, without the per-character loop
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", number).casefold())
    out: list[tuple[str, str]] = []
    cur_kind, cur = "", []
    for ch in text:
        if ch.isdecimal():
            kind, ch = "d", str(unicodedata.decimal(ch))
        elif ch.isalpha():
            kind = "a"
        else:
            kind = ""
        if kind != cur_kind or not kind:
            if cur:
                out.append((cur_kind, "".join(cur)))
            cur = []
        cur_kind = kind
        if kind:
            cur.append(ch)
    if cur:
        out.append((cur_kind, "".join(cur)))
    return out


def _join(groups: list[tuple[str, str]], strip: bool) -> str:
    parts = [g.lstrip("0") if strip and k == "d" else g for k, g in groups]
    key = "".join(parts)
    if not key and any(k == "d" for k, _ in groups):
        return "0"
    return key


def normalize_invoice_number(number: str) -> str:
    """Canonical key: NFKC, case-folded, separators removed, leading zeros of digit groups dropped."""
    return _join(_groups(number), strip=True)


def _digits(key: str) -> int:
    return sum(map(str.isdigit, key))


def _keyed_variants(number: str, groups: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """key -> kind ('normalized', 'without_prefix', 'trailing'); ``groups``: `_groups(number)`."""
    if groups is None:
        groups = _groups(number)
    out: dict[str, str] = {}
    for strip in (True, False):
        key = _join(groups, strip)
        if key:
            out.setdefault(key, "normalized")
    if len(groups) >= 2 and groups[0][0] == "a":
        rest = groups[1:]
        for strip in (True, False):
            key = _join(rest, strip)
            if _digits(key) >= 4 and not _is_year(key):
                out.setdefault(key, "without_prefix")
    if len(groups) >= 2 and groups[-1][0] == "d":
        tail = groups[-1][1].lstrip("0")
        if len(tail) >= 4 and not _is_year(tail):
            out.setdefault(tail, "trailing")
    return out


def number_variants(number: str) -> set[str]:
    """All keys under which the invoice `number` can be found (see module docstring)."""
    return set(_keyed_variants(number))


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and 1900 <= int(digits) <= 2099


# ---------------------------------------------------------------- text scanning

_MARKERS = re.compile(
    r"\?\d{2}|\b(?:EREF|KREF|MREF|CRED|SVWZ|ABWA|ABWE|DEBT|IBAN|BIC)\+"
    r"|/(?:REMI|EREF|INV|RFB|ROC|USTRD|STRD|ORDP|BENM|NAME|ADDR|CDTRREFINF|PURP|IREF|SVWZ)/",
    re.IGNORECASE,
)
_ATOM = re.compile(r"[A-Za-z0-9]+")
_TAX = re.compile(r"\b(?:vat|tax|taxes|steuer\w*|ust|mwst|btw|belasting\w*)\b|增值税|退税|税款|个税|税费",
                  re.IGNORECASE)
_LABEL = re.compile(r"(?:发票(?:号码?|代码)?|票号|号码|invoice|inv|rechnung|factuur|re|nr|no)\W{0,3}$", re.IGNORECASE)
_D = r"(?<![0-9])"
_E = r"(?![0-9])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_YEAR = r"(?:19|20)[0-9]{2}"
_DATE_PATTERNS = [
    rf"{_D}{_YEAR}[-/. ]{_MONTH}(?:[-/. ]{_DAY})?{_E}",
    rf"{_D}{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])?{_E}",
    rf"{_D}(?:{_DAY}[-/. ])?{_MONTH}[-/. ](?:{_YEAR}|[0-9]{{2}}){_E}",
    rf"{_D}{_YEAR}年(?:{_MONTH}月)?(?:{_DAY}日)?",
    rf"{_D}{_YEAR}{_E}",
]
_DATE = re.compile("|".join(f"(?:{p})" for p in _DATE_PATTERNS))
_PHONE = re.compile(
    r"\+[0-9][0-9 ()\-]{6,}[0-9]|(?<![0-9])1[3-9][0-9]{9}(?![0-9])"
    r"|(?:tel|phone|fax|mobile|telefon|电话|手机|联系电话)\W{0,3}[+0-9][0-9 ()\-]{4,}[0-9]",
    re.IGNORECASE,
)
_IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\b")
_LONG_DIGITS = re.compile(r"(?<![0-9])[0-9]{16,19}(?![0-9])")
_POSTAL = re.compile(
    r"(?:plz|zip|postcode|邮编|邮政编码)\W{0,3}[0-9]{4,6}|(?<![0-9])[0-9]{5,6} [A-Z][a-z]{2,}"
    r"|(?<![0-9])[1-9][0-9]{3} ?[A-Z]{2}\b",
    re.IGNORECASE,
)
_CN_CODE_NUMBER = re.compile(
    r"发票代码\W{0,3}([0-9]{10}|[0-9]{12})(?![0-9]).{0,12}?发票号码?\W{0,3}([0-9]{8})(?![0-9])"
)
_AMOUNT = re.compile(r"(?<![0-9.,'])[0-9]{1,3}(?:[.,' ][0-9]{3})*(?:[.,][0-9]{1,2})?(?![0-9])"
                     r"|(?<![0-9.,'])[0-9]+(?:[.,][0-9]{1,2})?(?![0-9])")


def _nfkc_with_map(text: str) -> tuple[str, list[int] | range]:
    """NFKC text and, per character of it, the index of the source character."""
    if unicodedata.is_normalized("NFKC", text):
        return text, range(len(text))
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        n = unicodedata.normalize("NFKC", ch)
        chars.append(n)
        origin.extend([i] * len(n))
    return "".join(chars), origin


def _iban_ok(candidate: str) -> bool:
    s = candidate.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def _amount_value(token: str, exponent: int) -> int | None:
    """Minor units of an amount as written, or None."""
    t = token.replace("'", "").replace(" ", "")
    m = re.fullmatch(r"([0-9.,]*?)(?:[.,]([0-9]{1,2}))?", t)
    if not m:
        return None
    whole = re.sub(r"[.,]", "", m.group(1))
    frac = (m.group(2) or "").ljust(exponent, "0")[:exponent] if exponent else ""
    if not whole.isdigit():
        return None
    return int(whole + frac) if exponent else int(whole)


def _excluded_spans(text: str, amount_minor: int | None, exponent: int) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DATE.finditer(text)]
    spans += [m.span() for m in _PHONE.finditer(text)]
    spans += [m.span() for m in _POSTAL.finditer(text)]
    spans += [m.span() for m in _IBAN.finditer(text) if _iban_ok(m.group())]
    for m in _LONG_DIGITS.finditer(text):
        if not _LABEL.search(text[max(0, m.start() - 12):m.start()]):
            spans.append(m.span())
    if amount_minor is not None:
        for m in _AMOUNT.finditer(text):
            if _amount_value(m.group(), exponent) == amount_minor:
                spans.append(m.span())
    return spans


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion, substitution or neighbour swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            return True
        return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
    return a[i:] == b[i + 1:]


def _typo(key: str, buckets: dict[int, list[tuple[str, int]]]) -> int | None:
    """The one invoice whose key is one edit away from `key`, else None (none or ambiguous)."""
    if len(key) < 6 or _digits(key) < 5:
        return None
    # one edit leaves either the first or the last `h` characters untouched: a cheap pre-filter
    h = (len(key) - 1) // 2 - 1
    head, tail = key[:h], key[-h:]
    close = {inv for n in (len(key) - 1, len(key), len(key) + 1)
             for k, inv in buckets.get(n, ())
             if (k.startswith(head) or k.endswith(tail)) and _one_edit(key, k)}
    return close.pop() if len(close) == 1 else None


_LEAD_LETTERS = re.compile(r"[A-Za-z]+")
_ASCII_GROUP = re.compile(r"[a-z]+|[0-9]+")


def _ascii_groups(raw: str) -> list[tuple[str, str]]:
    """`_groups` for ASCII letters/digits/separators (what text windows are made of)."""
    return [("d" if g[0].isdigit() else "a", g) for g in _ASCII_GROUP.findall(raw.lower())]


class InvoiceIndex:
    """Keys of open invoices, built once; `find` returns the invoices a remittance text names."""

    def __init__(self, numbers: Iterable[tuple[int, str]]):
        self._by_key: dict[str, list[tuple[int, str]]] = {}
        self._numbers: dict[int, str] = {}
        self._typo_keys: dict[int, set[str]] = {}
        self._prefixes: set[str] = set()  # leading letter groups: other words never start a token
        self._typo_cache: dict[frozenset[int], dict[int, list[tuple[str, int]]]] = {}
        for invoice_id, number in numbers:
            self._numbers[invoice_id] = number
            groups = _groups(number)
            if groups and groups[0][0] == "a":
                self._prefixes.add(groups[0][1])
            variants = _keyed_variants(number, groups)
            for key, kind in variants.items():
                self._by_key.setdefault(key, []).append((invoice_id, kind))
        # typo keys are worked out on first use (only the identified payers' invoices need them)

    def _typo_keys_of(self, invoice_id: int) -> set[str]:
        keys = self._typo_keys.get(invoice_id)
        if keys is None:
            number = self._numbers.get(invoice_id)
            keys = set() if number is None else {
                k for k, kind in _keyed_variants(number).items()
                if kind in ("normalized", "without_prefix") and len(k) >= 6 and _digits(k) >= 5
            }
            self._typo_keys[invoice_id] = keys
        return keys

    def __len__(self) -> int:
        return len(self._numbers)

    def _lookup(self, keys: list[str], raw: str, customer: set[int] | None) -> list[tuple[int, str, float]]:
        for key in keys:
            entries = self._by_key.get(key)
            if not entries:
                continue
            full = [(i, k) for i, k in entries if k == "normalized"]
            if full:
                out = []
                for i, _ in full:
                    exact = raw.strip() == self._numbers[i].strip()
                    kind = "exact" if exact else "normalized"
                    out.append((i, kind, CONFIDENCE[kind]))
                return out
            ids = {i for i, _ in entries}
            if len(ids) > 1 and customer is not None:
                ids &= customer
            if len(ids) != 1:
                continue  # ambiguous partial key: precision first
            (inv,) = ids
            kinds = {k for i, k in entries if i == inv}
            conf = CONFIDENCE["without_prefix"] if "without_prefix" in kinds else _TRAILING_CONFIDENCE
            return [(inv, "without_prefix", conf)]
        return []

    def _customer_typo_keys(self, customer: set[int] | None) -> dict[int, list[tuple[str, int]]]:
        """Typo-eligible keys of the customer's invoices, bucketed by length (cached per set: the
        engine asks with the same customer's invoices for each of that customer's lines)."""
        frozen = frozenset(customer or ())
        hit = self._typo_cache.get(frozen)
        if hit is not None:
            return hit
        if len(self._typo_cache) > 4096:
            self._typo_cache.clear()
        out: dict[int, list[tuple[str, int]]] = {}
        self._typo_cache[frozen] = out
        for inv in customer or ():
            for key in self._typo_keys_of(inv):
                out.setdefault(len(key), []).append((key, inv))
        return out

    def find(
        self,
        text: str,
        *,
        customer_invoice_ids: set[int] | None = None,
        amount_minor: int | None = None,
        amount_exponent: int = 2,
    ) -> list[RefHit]:
        """Invoices whose numbers appear in `text`, best kind per invoice, in text order.

        `customer_invoice_ids`: the identified customer's invoices (enables one-typo hits and
        settles ambiguous partial keys); `amount_minor`: the payment amount, whose written forms
        are not taken for references.
        """
        if not text:
            return []
        norm, origin = _nfkc_with_map(text)
        norm = _MARKERS.sub(lambda m: " " * len(m.group()), norm)
        excluded = _excluded_spans(norm, amount_minor, amount_exponent)
        tax = bool(_TAX.search(norm))
        atoms = [m.span() for m in _ATOM.finditer(norm)]
        best: dict[int, RefHit] = {}
        order: list[int] = []

        def add(inv: int, span: tuple[int, int], kind: str, conf: float) -> None:
            token = text[origin[span[0]]:origin[span[1] - 1] + 1]
            old = best.get(inv)
            if old is None:
                order.append(inv)
            if old is None or conf > old.confidence:
                best[inv] = RefHit(inv, token, kind, conf)

        for m in _CN_CODE_NUMBER.finditer(norm):
            joined = m.group(1) + m.group(2)
            for inv, kind, conf in self._lookup([joined.lstrip("0"), joined], joined, customer_invoice_ids):
                add(inv, (m.start(1), m.end(2)), "normalized" if kind == "exact" else kind, conf)

        # reach[i]: how many atoms from i are joined by separators only (window size cap)
        joinable = [set(norm[a[1]:b[0]]) <= _SEPARATORS and a[1] < b[0] for a, b in zip(atoms, atoms[1:])]
        reach = [1] * len(atoms)
        for j in range(len(atoms) - 2, -1, -1):
            reach[j] = reach[j + 1] + 1 if joinable[j] else 1
        want_typos = bool(customer_invoice_ids) and not tax
        typo_keys: dict[int, list[tuple[str, int]]] | None = None   # built when first needed
        i = 0
        while i < len(atoms):
            hit_len = 0
            typo_windows: list[tuple[int, tuple[int, int], str]] = []
            lead = _LEAD_LETTERS.match(norm, atoms[i][0])
            if lead and lead.group().lower() not in self._prefixes:
                i += 1
                continue
            for n in range(min(_MAX_WINDOW, reach[i]), 0, -1):
                span = (atoms[i][0], atoms[i + n - 1][1])
                raw = norm[span[0]:span[1]]
                has_letters = not raw.isdigit() and any(c.isalpha() for c in raw)
                if not has_letters and _inside(span, excluded):
                    continue
                groups = _ascii_groups(raw)
                keys = [_join(groups, True), _join(groups, False)]
                if want_typos and len(keys[0]) >= 6 and _digits(keys[0]) >= 5:
                    typo_windows.append((n, span, keys[0]))
                if not has_letters and (tax or _digits(keys[1]) < 4):
                    continue
                found = self._lookup(keys, text[origin[span[0]]:origin[span[1] - 1] + 1],
                                     customer_invoice_ids)
                if found:
                    for inv, kind, conf in found:
                        add(inv, span, kind, conf)
                    hit_len = n
                    break
            if not hit_len and typo_windows:
                # one typo, only among the customer's invoices, longest window first
                if typo_keys is None:
                    typo_keys = self._customer_typo_keys(customer_invoice_ids)
                for n, span, key in typo_windows:
                    inv = _typo(key, typo_keys)
                    if inv is not None and inv not in best:
                        add(inv, span, "typo", CONFIDENCE["typo"])
                        hit_len = n
                        break
            i += max(hit_len, 1)
        return [best[inv] for inv in order]
