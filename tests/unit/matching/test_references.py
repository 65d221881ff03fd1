"""Reference recognition in remittance texts (app/services/matching/references.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.matching import InvoiceIndex, RefHit, normalize_invoice_number, number_variants

NUMBERS = [
    (1, "INV-2026-000123"),
    (2, "INV-2026-000124"),
    (3, "RE-2026-045678"),
    (4, "26442000000123456789"),  # 数电票, 20 digits
    (5, "044031900111-12345678"),  # invoice code (12) + number (8)
    (6, "3100194130 87654321"),  # invoice code (10) + number (8)
    (7, "10"),
    (8, "20261031"),
    (9, "INV-2026-000777"),
]


@pytest.fixture(scope="module")
def index() -> InvoiceIndex:
    return InvoiceIndex(NUMBERS)


def ids(hits: list[RefHit]) -> list[int]:
    return [h.invoice_id for h in hits]


# ---------------------------------------------------------------- normalize / variants


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("INV-2026-000123", "inv2026123"),
        ("inv 2026 123", "inv2026123"),
        ("INV_2026/000123", "inv2026123"),
        ("INV.2026·000123", "inv2026123"),
        ("ＩＮＶ－２０２６", "inv2026"),
        ("ＩＮＶ－２０２６－０００１２３", "inv2026123"),
        ("000", "0"),
        ("A-0-7", "a7"),
    ],
)
def test_normalize(raw: str, key: str) -> None:
    assert normalize_invoice_number(raw) == key


def test_variants_with_and_without_prefix() -> None:
    v = number_variants("INV-2026-000123")
    assert {"inv2026123", "inv2026000123", "2026123", "2026000123"} <= v
    assert "123" not in v  # trailing group too short: never alone


def test_variants_trailing_group_long_enough() -> None:
    assert "45678" in number_variants("RE-2026-045678")
    assert "2026" not in number_variants("RE-2026")  # a year is never a key alone
    assert "2026" not in number_variants("X-9-2026")


def test_variants_code_and_number() -> None:
    v = number_variants("044031900111-12345678")
    assert "04403190011112345678" in v and "12345678" in v


# ---------------------------------------------------------------- find: positive cases


@pytest.mark.parametrize(
    ("text", "invoice", "kind"),
    [
        ("Payment INV-2026-000123 thanks", 1, "exact"),
        ("payment inv 2026 123", 1, "normalized"),
        ("INV2026000123", 1, "normalized"),
        ("ＩＮＶ－２０２６－０００１２３", 1, "normalized"),
        ("Rechnung 2026-000123", 1, "without_prefix"),
        ("Rechnung 2026123", 1, "without_prefix"),
        ("EREF+INV-2026-000123 SVWZ+Rechnung", 1, "exact"),
        ("/REMI/INV-2026-000123/", 1, "exact"),
        ("?00Gutschrift?20INV-2026-000123?21Danke", 1, "exact"),
        ("货款 发票号INV-2026-000123", 1, "exact"),
        ("款 45678", 3, "without_prefix"),
        ("发票号码：26442000000123456789", 4, "exact"),
        ("数电票２６４４２００００００１２３４５６７８９货款", 4, "normalized"),
        ("发票代码 044031900111 发票号码 12345678", 5, "normalized"),
        ("票号04403190011112345678", 5, "normalized"),
        ("发票号 12345678", 5, "without_prefix"),
        ("发票代码：3100194130，发票号码：87654321", 6, "normalized"),
        ("发票号码310019413087654321", 6, "normalized"),
    ],
)
def test_find(index: InvoiceIndex, text: str, invoice: int, kind: str) -> None:
    hits = index.find(text)
    assert ids(hits) == [invoice], hits
    assert hits[0].kind == kind
    assert 0 < hits[0].confidence <= 1


def test_hit_keeps_token_as_written(index: InvoiceIndex) -> None:
    (hit,) = index.find("Zahlung ＩＮＶ－２０２６－０００１２３ danke")
    assert hit.token == "ＩＮＶ－２０２６－０００１２３"


def test_several_invoices_in_one_text(index: InvoiceIndex) -> None:
    hits = index.find("INV-2026-000123, INV-2026-000124 und RE-2026-045678")
    assert ids(hits) == [1, 2, 3]
    assert ids(index.find("发票号INV-2026-000124、INV2026000777货款")) == [2, 9]


def test_exact_is_best_kind_per_invoice(index: InvoiceIndex) -> None:
    (hit,) = index.find("2026-000123 INV-2026-000123")
    assert hit.kind == "exact"


def test_confidence_order() -> None:
    ix = InvoiceIndex([(1, "INV-2026-000123")])
    conf = {k: ix.find(t, customer_invoice_ids={1})[0].confidence for k, t in [
        ("exact", "INV-2026-000123"), ("normalized", "inv2026123"),
        ("without_prefix", "2026-000123"), ("typo", "INV-2026-000132")]}
    assert conf["exact"] > conf["normalized"] > conf["without_prefix"] > conf["typo"]


# ---------------------------------------------------------------- typos


def test_typo_only_within_customer(index: InvoiceIndex) -> None:
    text = "Payment INV-2026-000172"  # two edits from INV-2026-000777
    assert index.find(text, customer_invoice_ids={9}) == []
    text = "Payment INV-2026-000787"
    assert index.find(text) == []
    (hit,) = index.find(text, customer_invoice_ids={9, 3})
    assert (hit.invoice_id, hit.kind) == (9, "typo")
    assert index.find(text, customer_invoice_ids={3}) == []


@pytest.mark.parametrize("text", ["INV-2026-000132", "INV-2026-00123", "INV-2026-0001234", "INV-2026-000213"])
def test_typo_forms(text: str) -> None:
    ix = InvoiceIndex([(1, "INV-2026-000123"), (2, "INV-2025-999999")])
    assert ids(ix.find(text, customer_invoice_ids={1, 2})) == [1]


def test_typo_ambiguous_is_dropped(index: InvoiceIndex) -> None:
    # INV-2026-000125 is one edit from both 000123 and 000124
    assert index.find("INV-2026-000125", customer_invoice_ids={1, 2}) == []
    assert ids(index.find("INV-2026-000125", customer_invoice_ids={1})) == [1]


def test_typo_never_for_short_numbers() -> None:
    ix = InvoiceIndex([(1, "INV-123"), (2, "4711")])
    assert ix.find("INV-124", customer_invoice_ids={1, 2}) == []
    assert ix.find("invoice 4712", customer_invoice_ids={1, 2}) == []


def test_typo_two_edits_is_no_hit() -> None:
    ix = InvoiceIndex([(1, "INV-2026-000123")])
    assert ix.find("INV-2026-000456", customer_invoice_ids={1}) == []


# ---------------------------------------------------------------- not references on their own


@pytest.mark.parametrize(
    "text",
    [
        "VAT REFUND 2026-10",
        "2026-10",
        "20261031",
        "2026/10/31",
        "10/2026",
        "31.10.2026",
        "2026年10月31日 货款",
        "增值税退税 20261031",
        "Steuererstattung 2026-000123",
        "退税 45678",
    ],
)
def test_dates_and_tax_texts(index: InvoiceIndex, text: str) -> None:
    assert index.find(text) == []


def test_tax_text_still_finds_full_number(index: InvoiceIndex) -> None:
    assert ids(index.find("VAT on INV-2026-000123")) == [1]


def test_date_inside_a_prefixed_number_is_fine() -> None:
    ix = InvoiceIndex([(1, "INV-2026-10-31")])
    assert ids(ix.find("pay INV-2026-10-31")) == [1]
    assert ix.find("pay 2026-10-31") == []


def test_amount_equal_to_payment_is_not_a_reference() -> None:
    ix = InvoiceIndex([(1, "45678"), (2, "123450"), (3, "1234")])
    assert ix.find("Betrag 45678", amount_minor=4567800) == []
    assert ix.find("amount 456,78", amount_minor=45678) == []
    assert ix.find("EUR 1.234,50", amount_minor=123450) == []
    assert ix.find("USD 1,234.50", amount_minor=123450) == []
    assert ids(ix.find("Betrag 45678", amount_minor=100)) == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Tel 13812345678",
        "13812345678",
        "+49 30 1234 5678",
        "电话：010-87654321",
        "IBAN DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "对方账号 6222021234567890123",
        "6222021234567890",
        "10115 Berlin",
        "1012 AB Amsterdam",
        "邮编 518000",
        "PLZ 10115",
        "Rechnung 10",
    ],
)
def test_phones_accounts_postal_codes_short_numbers(text: str) -> None:
    ix = InvoiceIndex([
        (1, "13812345678"), (2, "493012345678"), (3, "01087654321"), (4, "370400440532013000"),
        (5, "6222021234567890123"), (6, "6222021234567890"), (7, "10115"), (8, "1012"),
        (9, "518000"), (10, "10"), (11, "87654321"),
    ])
    assert ix.find(text) == [], text


def test_ambiguous_partial_key_needs_customer() -> None:
    ix = InvoiceIndex([(1, "A-2026-045678"), (2, "B-2025-045678")])
    assert ix.find("ref 45678") == []
    assert ids(ix.find("ref 45678", customer_invoice_ids={2})) == [2]
    assert ids(ix.find("ref A-2026-045678")) == [1]


def test_empty_inputs() -> None:
    assert InvoiceIndex([]).find("INV-1") == []
    assert InvoiceIndex(NUMBERS).find("") == []


# ---------------------------------------------------------------- properties

_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
_SEPS = st.sampled_from(["-", " ", "_", "/", ".", "·", "－", "  ", "\u3000"])


@given(st.text(max_size=30))
def test_normalize_idempotent(s: str) -> None:
    n = normalize_invoice_number(s)
    assert normalize_invoice_number(n) == n


@st.composite
def number_and_formatting(draw):
    prefix = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4))
    digit_groups = draw(st.lists(st.integers(1, 999_999), min_size=1, max_size=3))
    group_widths = [draw(st.integers(len(str(g)), len(str(g)) + 2)) for g in digit_groups]
    number = prefix + "-" + "-".join(str(g).zfill(w) for g, w in zip(digit_groups, group_widths))
    parts = ["".join(c.lower() if draw(st.booleans()) else c for c in prefix)]
    for g in digit_groups:
        parts.append(draw(st.sampled_from(["", "-", " "])) if len(parts) == 1 else draw(_SEPS))
        parts.append("0" * draw(st.integers(0, 3)) + str(g))
    text = "".join(parts)
    text = "".join(_FULL.get(c, c) if draw(st.booleans()) else c for c in text)
    return number, text


@settings(max_examples=200, deadline=None)
@given(number_and_formatting(), st.sampled_from(["Payment {} thanks", "货款{}", "EREF+{}", "?20{}?21x", "{}"]))
def test_any_formatting_finds_invoice(pair, template: str) -> None:
    number, formatted = pair
    ix = InvoiceIndex([(1, number), (2, "ZZZ-999-9999999")])
    hits = ix.find(template.format(formatted))
    assert ids(hits) == [1], (number, formatted, hits)


@st.composite
def date_text(draw):
    y, m, d = draw(st.integers(1990, 2099)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    sep = draw(st.sampled_from(["-", "/", "."]))
    form = draw(st.sampled_from([
        f"{y}{sep}{m:02d}{sep}{d:02d}", f"{y}{m:02d}{d:02d}", f"{y}{sep}{m:02d}",
        f"{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{y}年{m}月{d}日", f"{y}{sep}{m}{sep}{d}",
    ]))
    return draw(st.sampled_from(["{}", "Zahlung vom {}", "VAT REFUND {}", "{} 货款"])).format(form)


@settings(max_examples=200, deadline=None)
@given(date_text())
def test_date_strings_find_nothing(text: str) -> None:
    ix = InvoiceIndex([(1, "20261031"), (2, "2026-10"), (3, "INV-2026-10"), (4, "1031"), (5, "202610"),
                       (6, "19991231"), (7, "2026")])
    assert ix.find(text) == [], text


def test_words_that_are_no_prefix_do_not_start_a_token() -> None:
    ix = InvoiceIndex([(1, "INV-2026-000123"), (2, "Rechnung2026")])
    assert ids(ix.find("Rechnung INV-2026-000123")) == [1]
    assert ids(ix.find("Rechnung2026")) == [2]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.one_of(st.none(), st.integers(0, 10**9)))
def test_find_never_crashes(text: str, amount: int | None) -> None:
    ix = InvoiceIndex(NUMBERS)
    for hit in ix.find(text, customer_invoice_ids={1, 9}, amount_minor=amount):
        assert hit.token and hit.token in text
        assert hit.kind in {"exact", "normalized", "without_prefix", "typo"}


@pytest.mark.parametrize(
    "text",
    [
        "/RFB/INV-2026-000123",
        "Betaling factuur INV 2026 000123 dank u",
        "Rg.-Nr. INV-2026-000123 vom 31.10.2026",
        "Invoice no. INV-2026-000123, thank you",
        "付款 票号：ＩＮＶ２０２６０００１２３ 款",
    ],
)
def test_banking_styles(index: InvoiceIndex, text: str) -> None:
    assert ids(index.find(text)) == [1]


def test_dates_never_typo_into_a_customer_invoice() -> None:
    ix = InvoiceIndex([(1, "20261030"), (2, "INV-2026-10")])
    assert ix.find("Zahlung 2026-10-31 und 20261031", customer_invoice_ids={1, 2}) == []
