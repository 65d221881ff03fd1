"""MT940 / MT942 parser: the rules on small statements written here, the shared samples, fuzzing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.statements.model import StatementError
from app.services.statements.mt940 import looks_like_mt940, parse_mt940

BASIC = b"""{1:F01ABNANL2AXXXX0000000000}{2:O9401200110101ABNANL2AXXXX00000000001101011200N}{4:
:20:STMT0001
:25:NL91ABNA0417164300EUR
:28C:12/1
:60F:C101230EUR1000,00
:61:1012310102CR250,50NTRFINV-77//BANKREF001
/SUPP/DETAILS
:86:/EREF/E2E-1/IBAN/NL20INGB0001234567/BIC/INGBNL2A/NAME/ACME TRADING B.V./REMI/INVOICE 2024-0
07 AND 2024-0008/ISDT/2011-01-02
:61:110103D10,00NCHGNONREF
:86:BANK CHARGES JANUARY
SECOND LINE
:62F:C110103EUR1240,50
:64:C110103EUR1240,50
-}{5:{CHK:123456789ABC}}
"""


def one(data: bytes):
    sts = parse_mt940(data, "t.sta")
    assert len(sts) == 1
    return sts[0]


def test_basic_statement_with_block_headers_and_slash_fields():
    s = one(BASIC)
    assert (s.format, s.account, s.currency, s.statement_id) == ("mt940", "NL91ABNA0417164300",
                                                                "EUR", "STMT0001/12/1")
    assert s.opening_balance_minor == 100000 and s.closing_balance_minor == 124050
    assert s.period_start == date(2010, 12, 30) and s.period_end == date(2011, 1, 3)
    a, b = s.lines
    assert a.amount_minor == 25050 and a.bank_ref == "BANKREF001"
    assert a.value_date == date(2010, 12, 31) and a.booking_date == date(2011, 1, 2)  # year rollover
    assert a.counterparty_name == "ACME TRADING B.V."
    assert a.counterparty_account == "NL20INGB0001234567"
    assert a.remittance == "INVOICE 2024-007 AND 2024-0008"           # continuation joined
    assert ("customer_ref", "INV-77") in a.extra and ("eref", "E2E-1") in a.extra
    assert ("supplementary", "/SUPP/DETAILS") in a.extra
    assert ":86:" in a.raw and ":61:" in a.raw
    assert b.amount_minor == -1000 and b.booking_date == date(2011, 1, 3)
    assert b.remittance == "BANK CHARGES JANUARY SECOND LINE"
    assert b.bank_ref.startswith("MT-")                               # synthesized
    assert one(BASIC).lines[1].bank_ref == b.bank_ref                 # … and stable


def test_entry_date_rollover_backwards():
    data = b":20:X\n:25:123\n:60F:C110101EUR0,\n:61:1101021231D1,NTRFNONREF\n:62F:D110102EUR1,\n-"
    ln = one(data).lines[0]
    assert ln.value_date == date(2011, 1, 2) and ln.booking_date == date(2010, 12, 31)


def test_german_question_mark_fields_with_continuations():
    data = (b":20:STARTUMS\n:25:10020030/1234567\n:28C:5/1\n:60F:C021101EUR2187,95\n"
            b":61:0211021102CR3000,NTRFNONREF//55555\n"
            b":86:166?00GUTSCHRIFT?100599?20EREF+RE-4711 Rech?21nung 4711?2\n2 Danke?30DEUTDEFF\n"
            b"?31DE89370400440532013000?32MUELLER?33 GMBH\n"
            b":62F:C021130EUR5187,95\n-\n")
    ln = one(data).lines[0]
    assert ln.remittance == "EREF+RE-4711 Rechnung 4711 Danke"
    assert ln.counterparty_name == "MUELLER GMBH"
    assert ln.counterparty_account == "DE89370400440532013000"
    assert ("counterparty_bank", "DEUTDEFF") in ln.extra and ("gv_code", "166") in ln.extra
    assert ln.bank_ref == "55555" and ln.amount_minor == 300000


def test_reversals_funds_code_and_missing_optional_tags():
    data = (b":20:R\n:25:ACC\n:60F:C200101EUR100,\n"
            b":61:200102RCR20,NMSCNONREF\n"            # reversal of a credit: money out
            b":61:200102RD5,5NMSCNONREF\n"             # reversal of a debit: money in
            b":61:2001020102CD7,NMSCNONREF\n")         # no :86:, no :62F:, no :28C:
    s = one(data)
    assert [(ln.amount_minor, ln.reversal) for ln in s.lines] == [(-2000, True), (550, True),
                                                                  (700, False)]
    assert s.closing_balance_minor is None and s.statement_id == "R"
    assert s.lines[0].remittance == "" and s.lines[0].counterparty_name == ""


def test_identical_lines_get_distinct_refs():
    data = (b":20:T\n:25:A\n:60F:C200101EUR0,\n:61:200102C5,NTRFNONREF\n:86:SAME\n"
            b":61:200102C5,NTRFNONREF\n:86:SAME\n:62F:C200102EUR10,\n")
    a, b = one(data).lines
    assert a.bank_ref != b.bank_ref and a.raw == b.raw


def test_several_messages_and_mt942():
    msg2 = (b":20:INTRA\n:25:PL29114010810000267002001002\n:28C:1/1\n:34F:PLN0,\n"
            b":13D:1701191815+0100\n:61:1701190119CN0,01NTRFNONREF//MB1\n:86:TEXT\n"
            b":90D:0PLN0,00\n:90C:1PLN0,01\n-\n")
    sts = parse_mt940(BASIC + b"\n" + msg2, "two.sta")
    assert [s.format for s in sts] == ["mt940", "mt942"]
    m = sts[1]
    assert m.currency == "PLN" and m.period_end == date(2017, 1, 19)
    assert m.opening_balance_minor is None and m.lines[0].amount_minor == 1


def test_unstructured_86_and_statement_level_86_ignored():
    data = (b":20:ING\n:25:0001234567\n:60F:C100722EUR0,00\n:61:100722C3,68NTRFNONREF\n"
            b":86:0123456789 EJ46GREENP100610T1456 CLIEOP\n:62F:C100723EUR3,68\n"
            b":86:D000004C000002D25,24C28,71\n-XXX\n")
    ln = one(data).lines[0]
    assert ln.remittance == "0123456789 EJ46GREENP100610T1456 CLIEOP"


@pytest.mark.parametrize("data, words", [
    (b"hello world, not a bank file", "not an MT940"),
    (b"", "not an MT940"),
    (b":20:X\n:25:1\n", "no opening balance"),                                   # truncated
    (b":20:X\n:25:1\n:60F:C110101EUR0,\n:61:1101021231D1,", "not readable"),     # cut in :61:
    (b":20:X\n:25:1\n:60F:C110101EUR1,234,5\n", ":60F: C110101EUR1,234,5 is not readable"),
    (b":20:X\n:25:1\n:60F:C110101XXX1,\n", "currency XXX"),
    (b":20:X\n:25:1\n:60F:C110101EUR1,\n:61:1113019999D1,NTRF\n", "not readable"),  # bad date
    (b":20:X\n:25:1\n:60F:C110101EUR1,\n:62F:C110101USD1,\n", "closing balance is in USD"),
    (b":20:X\n:25:1\n:60F:C110101EUR1,001\n", "line 3: the field :60F:"),                         # 3 decimals
])
def test_refusals_are_clear(data, words):
    with pytest.raises(StatementError) as ei:
        parse_mt940(data, "bad.sta")
    assert words in str(ei.value) and "bad.sta" in str(ei.value)


def test_looks_like():
    assert looks_like_mt940(BASIC)
    assert not looks_like_mt940(b"<?xml version='1.0'?><Document/>")
    assert not looks_like_mt940("交易日期,摘要".encode("gbk"))


# ----------------------------------------------------------------------------- samples

EXPECTED = {   # file → lines per statement
    "betterplace_sepa_snippet.sta": [4, 7],
    "citi_mt940.txt": [5],
    "jejik_abnamro.sta": [8, 2],
    "jejik_ing.sta": [7],
    "jejik_knab.sta": [1, 2],
    "jejik_postfinance.sta": [2, 2],
    "jejik_rabobank-iban.sta": [2, 2],
    "jejik_triodos.sta": [2],
    "mBank_mt940.sta": [3],
    "mBank_mt942.sta": [3],
    "self-provided_gv_codes.sta": [2],
    "self-provided_mt942.sta": [1],
}
REFUSED = {"cmxl_mt940.sta": "line 4: the currency DEM is unknown"}   # Deutsche Mark: no longer an ISO 4217 currency


def test_every_shared_sample_parses_or_is_refused_clearly(samples_dir):
    folder = samples_dir / "statements" / "mt940"
    files = sorted(folder.iterdir())
    assert files
    total = 0
    for f in files:
        data = f.read_bytes()
        assert looks_like_mt940(data), f.name
        if f.name in REFUSED:
            with pytest.raises(StatementError, match=REFUSED[f.name]):
                parse_mt940(data, f.name)
            continue
        sts = parse_mt940(data, f.name)
        if f.name in EXPECTED:
            assert [len(s.lines) for s in sts] == EXPECTED[f.name], f.name
        for s in sts:
            refs = [ln.bank_ref for ln in s.lines]
            assert all(refs) and s.currency and s.account
            total += len(s.lines)
    assert total > 100


def test_sample_details(samples_dir):
    folder = samples_dir / "statements" / "mt940"
    rabo = parse_mt940((folder / "jejik_rabobank-iban.sta").read_bytes(), "r")[0].lines
    assert rabo[0].counterparty_name == "CONTRA ACCOUNT HOLDER"
    knab = parse_mt940((folder / "jejik_knab.sta").read_bytes(), "k")[1].lines[0]
    assert (knab.counterparty_account, knab.counterparty_name) == ("NL65INGB0123456789", "PICQER")
    assert knab.remittance == "FACTUUR 201403110, 201403113"
    triodos = parse_mt940((folder / "jejik_triodos.sta").read_bytes(), "t")[0]
    assert triodos.account == "0390123456"                 # BIC before '/' dropped
    sepa_acct = parse_mt940((folder / "betterplace_sepa_snippet.sta").read_bytes(), "s")[0].account
    assert sepa_acct == "50880050/0194787400888"           # bank code/account kept
    assert rabo[0].counterparty_account == "NL70ABNA0987654321"
    assert rabo[1].remittance == "Reference 201301234"
    sepa = parse_mt940((folder / "betterplace_sepa_snippet.sta").read_bytes(), "s")[0].lines[0]
    assert sepa.counterparty_name == "KARL KAUFMANN"
    assert sepa.counterparty_account == "DE14508800500194785000"
    assert sepa.bank_ref == "0724710333343453" and sepa.amount_minor == 5099005
    big = parse_mt940((folder / "betterplace_sepa_mt9401.sta").read_bytes(), "b")
    assert any(ln.reversal and ln.amount_minor == -20488 for s in big for ln in s.lines)


# ----------------------------------------------------------------------------- fuzzing

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_fuzz_random_bytes(data):
    try:
        parse_mt940(data, "f.sta")
    except StatementError:
        pass


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(BASIC)), st.integers(0, 4),
                          st.binary(max_size=6)), min_size=1, max_size=6))
def test_fuzz_mutations_of_a_valid_file(edits):
    data = bytearray(BASIC)
    for pos, cut, insert in edits:
        pos = min(pos, len(data))
        data[pos:pos + cut] = insert
    try:
        sts = parse_mt940(bytes(data), "m.sta")
    except StatementError:
        return
    for s in sts:
        for ln in s.lines:
            assert isinstance(ln.amount_minor, int) and ln.bank_ref


def test_dutch_rek_naam_in_unstructured_86_and_bic_before_account():
    data = (b":20:K\n:25:TRIODOSBANK/0390123456\n:60F:C140729EUR0,\n"
            b":61:1407290729C500NTRFNONREF//B4G29\n:86:FACTUUR 2014-0311\n"
            b"REK: NL65INGB0123456789/NAAM: PICQER B.V.\n:62F:C140730EUR500,\n-\n")
    s = one(data)
    ln = s.lines[0]
    assert s.account == "0390123456" and ln.amount_minor == 50000
    assert (ln.counterparty_account, ln.counterparty_name) == ("NL65INGB0123456789", "PICQER B.V.")
    assert ln.remittance == "FACTUUR 2014-0311"
