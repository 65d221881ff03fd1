"""camt.052 / camt.053 / camt.054 parser: field rules on small synthetic files, real samples, safety, fuzz."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.statements.camt import looks_like_camt, parse_camt
from app.services.statements.model import StatementError
from app.services.statements.xmlsafe import parse_xml
from statement_fuzz import apply_edits, edits_for


def doc(body: str, version: str = "053.001.02", msg: str = "BkToCstmrStmt") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.{version}">'
            f"<{msg}><GrpHdr><MsgId>M1</MsgId></GrpHdr>{body}</{msg}></Document>").encode()


def bal(code: str, amount: str, ind: str = "CRDT", ccy: str = "EUR") -> str:
    return (f"<Bal><Tp><CdOrPrtry><Cd>{code}</Cd></CdOrPrtry></Tp><Amt Ccy=\"{ccy}\">{amount}</Amt>"
            f"<CdtDbtInd>{ind}</CdtDbtInd><Dt><Dt>2026-01-31</Dt></Dt></Bal>")


def entry(amount: str = "10.00", ind: str = "CRDT", *, ccy: str = "EUR", refs: str = "",
          rvsl: str = "", bookg: str = "<Dt>2026-01-05</Dt>", val: str = "<Dt>2026-01-06</Dt>",
          details: str = "") -> str:
    return (f'<Ntry>{refs}<Amt Ccy="{ccy}">{amount}</Amt><CdtDbtInd>{ind}</CdtDbtInd>{rvsl}'
            f"<Sts>BOOK</Sts><BookgDt>{bookg}</BookgDt><ValDt>{val}</ValDt>{details}</Ntry>")


def stmt(entries: str, *, sid: str = "S1", tag: str = "Stmt", acct: str = "<IBAN>DE02100100100006820101</IBAN>",
         ccy: str = "<Ccy>EUR</Ccy>", balances: str = "") -> str:
    return (f"<{tag}><Id>{sid}</Id><FrToDt><FrDtTm>2026-01-01T00:00:00</FrDtTm>"
            f"<ToDtTm>2026-01-31T23:59:59+01:00</ToDtTm></FrToDt>"
            f"<Acct><Id>{acct}</Id>{ccy}</Acct>{balances}{entries}</{tag}>")


TX = ("<TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs>{amt}<RltdPties>"
      "<Dbtr><Nm>Debtor Ltd</Nm></Dbtr><DbtrAcct><Id><IBAN>GB29NWBK60161331926819</IBAN></Id></DbtrAcct>"
      "<Cdtr><Nm>Creditor GmbH</Nm></Cdtr><CdtrAcct><Id><Othr><Id>ACC-77</Id></Othr></Id></CdtrAcct>"
      "</RltdPties><RmtInf><Ustrd>Invoice INV-1</Ustrd><Ustrd>thanks</Ustrd>"
      "<Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>")


def one(data: bytes):
    stmts = parse_camt(data, "t.xml")
    assert len(stmts) == 1
    return stmts[0]


def test_statement_fields_and_balances():
    s = one(doc(stmt(entry(), balances=bal("OPBD", "100.00") + bal("CLBD", "5.50", "DBIT"))))
    assert (s.format, s.account, s.currency, s.statement_id) == ("camt.053", "DE02100100100006820101", "EUR", "S1")
    assert (s.period_start, s.period_end) == (date(2026, 1, 1), date(2026, 1, 31))
    assert (s.opening_balance_minor, s.closing_balance_minor) == (10000, -550)


def test_prcd_and_clav_are_fallbacks_and_foreign_currency_balance_ignored():
    s = one(doc(stmt(entry(), balances=bal("PRCD", "1.00") + bal("CLAV", "2.00") + bal("CLBD", "9", ccy="SEK"))))
    assert (s.opening_balance_minor, s.closing_balance_minor) == (100, 200)
    s = one(doc(stmt(entry(), balances=bal("CLAV", "2.00") + bal("CLBD", "3.00"))))
    assert s.closing_balance_minor == 300


def test_credit_entry_counterparty_is_debtor_and_remittance_joined():
    s = one(doc(stmt(entry(details=f"<NtryDtls>{TX.format(amt='')}</NtryDtls>",
                           refs="<NtryRef>N-1</NtryRef><AcctSvcrRef>BANK-1</AcctSvcrRef>"))))
    (ln,) = s.lines
    assert ln.bank_ref == "BANK-1"
    assert (ln.amount_minor, ln.currency, ln.is_credit) == (1000, "EUR", True)
    assert (ln.booking_date, ln.value_date) == (date(2026, 1, 5), date(2026, 1, 6))
    assert ln.counterparty_name == "Debtor Ltd"
    assert ln.counterparty_account == "GB29NWBK60161331926819"
    assert ln.remittance == "Invoice INV-1 thanks RF18539007547034"
    assert ("end_to_end_id", "E2E-1") in ln.extra
    assert ln.raw.startswith("<Ntry>") and "BANK-1" in ln.raw


def test_debit_entry_counterparty_is_creditor_with_othr_account():
    s = one(doc(stmt(entry("3.5", "DBIT", refs="<NtryRef>N-9</NtryRef>",
                           details=f"<NtryDtls>{TX.format(amt='')}</NtryDtls>"))))
    (ln,) = s.lines
    assert (ln.bank_ref, ln.amount_minor) == ("N-9", -350)
    assert (ln.counterparty_name, ln.counterparty_account) == ("Creditor GmbH", "ACC-77")


def test_v8_party_and_datetime_booking():
    tx = ("<TxDtls><RltdPties><Dbtr><Pty><Nm>New Style</Nm></Pty></Dbtr></RltdPties></TxDtls>")
    s = one(doc(stmt(entry(bookg="<DtTm>2026-02-03T23:10:00+01:00</DtTm>", val="",
                           details=f"<NtryDtls>{tx}</NtryDtls>")), version="053.001.08"))
    (ln,) = s.lines
    assert ln.booking_date == date(2026, 2, 3) and ln.value_date is None
    assert ln.counterparty_name == "New Style"


def test_reversal_flag():
    s = one(doc(stmt(entry("10.00", "DBIT", rvsl="<RvslInd>true</RvslInd>") + entry(rvsl="<RvslInd>false</RvslInd>"))))
    assert [(ln.reversal, ln.amount_minor) for ln in s.lines] == [(True, -1000), (False, 1000)]


def test_synthetic_ref_is_stable_and_distinct_per_position():
    data = doc(stmt(entry() + entry()))
    a, b = one(data).lines
    assert a.bank_ref.startswith("SYN-") and a.bank_ref != b.bank_ref
    assert [x.bank_ref for x in one(data).lines] == [a.bank_ref, b.bank_ref]


def test_batch_split_when_amounts_given_and_add_up():
    txs = TX.format(amt='<Amt Ccy="EUR">4.00</Amt>') + TX.format(amt="<AmtDtls><TxAmt><Amt Ccy=\"EUR\">6.00</Amt></TxAmt></AmtDtls>")
    s = one(doc(stmt(entry(refs="<AcctSvcrRef>B</AcctSvcrRef>", details=f"<NtryDtls>{txs}</NtryDtls>"))))
    assert [(ln.bank_ref, ln.amount_minor) for ln in s.lines] == [("B/1", 400), ("B/2", 600)]
    assert all(ln.raw.startswith("<TxDtls>") for ln in s.lines)


def test_batch_kept_as_one_line_without_amounts_or_when_they_do_not_add_up():
    for txs in (TX.format(amt="") * 2, TX.format(amt='<Amt Ccy="EUR">1.00</Amt>') * 2):
        s = one(doc(stmt(entry(details=f"<NtryDtls>{txs}</NtryDtls>"))))
        (ln,) = s.lines
        assert ln.amount_minor == 1000
        assert ln.remittance.count("INV-1") == 2


def test_multi_statement_and_report_and_notification():
    data = doc(stmt(entry(), sid="A") + stmt(entry("1", "DBIT"), sid="B"))
    assert [(s.statement_id, len(s.lines)) for s in parse_camt(data, "m.xml")] == [("A", 1), ("B", 1)]
    r = one(doc(stmt(entry(), tag="Rpt"), version="052.001.06", msg="BkToCstmrAcctRpt"))
    assert r.format == "camt.052"
    n = one(doc(stmt(entry(), tag="Ntfctn", acct="<Othr><Id>12345</Id></Othr>", ccy=""),
                version="054.001.04", msg="BkToCstmrDbtCdtNtfctn"))
    assert (n.format, n.account, n.currency) == ("camt.054", "12345", "EUR")


def test_missing_optional_tags():
    body = '<Stmt><Acct><Id><IBAN>X</IBAN></Id></Acct><Ntry><Amt Ccy="JPY">500</Amt><BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry></Stmt>'
    s = one(doc(body))
    assert (s.statement_id, s.period_start, s.opening_balance_minor, s.currency) == ("", None, None, "JPY")
    (ln,) = s.lines
    assert (ln.amount_minor, ln.counterparty_name, ln.remittance, ln.value_date) == (500, "", "", None)


@pytest.mark.parametrize("body, needle", [
    (entry("1.005"), "1.005"),
    (entry("abc"), "abc"),
    (entry("1e999999"), "1e999999"),
    (entry("-5.00"), "-5.00"),
    (entry(ccy="XYZ"), "XYZ"),
    (entry(bookg="<Dt>2026-13-01</Dt>"), "2026-13-01"),
    (entry(bookg="", val=""), "no booking"),
])
def test_bad_entries_refused_with_clear_message(body, needle):
    with pytest.raises(StatementError) as ei:
        parse_camt(doc(stmt(body)), "bad.xml")
    assert needle in str(ei.value) and "bad.xml" in str(ei.value) and "entry 1" in str(ei.value)


def test_truncated_and_non_statement_xml_refused():
    data = doc(stmt(entry()))
    with pytest.raises(StatementError, match="well-formed"):
        parse_camt(data[: len(data) // 2], "t.xml")
    with pytest.raises(StatementError, match="not a camt"):
        parse_camt(b"<html><body>hi</body></html>", "p.xml")
    with pytest.raises(StatementError, match="no Stmt"):
        parse_camt(doc(""), "e.xml")
    with pytest.raises(StatementError, match="empty"):
        parse_camt(b"  ", "e.xml")


def test_xxe_and_billion_laughs_refused():
    xxe = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           b"<Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>")
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>')
    for data in (xxe, lol):
        with pytest.raises(StatementError, match="refused for safety"):
            parse_camt(data, "evil.xml")


def test_xml_limits():
    with pytest.raises(StatementError, match="larger than"):
        parse_xml(b"<a/>" * 10, "big.xml", max_bytes=20)
    with pytest.raises(StatementError, match="deeper"):
        parse_xml(b"<a>" * 50 + b"</a>" * 50, "deep.xml", max_depth=20)
    with pytest.raises(StatementError, match="elements"):
        parse_xml(b"<a>" + b"<b/>" * 50 + b"</a>", "many.xml", max_elements=20)


def test_looks_like_camt():
    assert looks_like_camt(doc(stmt(entry())))
    assert not looks_like_camt(b"OFXHEADER:100\n<OFX>")
    assert not looks_like_camt(b"")


EXPECTED_SAMPLES = {
    "genkgo_camt052.v2.xml": ("camt.052", [1]),
    "genkgo_camt053.v2.minimal.xml": ("camt.053", [1]),
    "genkgo_camt053.v2.multi.statement.xml": ("camt.053", [1, 1]),
    "genkgo_camt053.v3.xml": ("camt.053", [1]),
    "genkgo_camt053.v4.xml": ("camt.053", [1]),
    "genkgo_camt053.v8.xml": ("camt.053", [1]),
    "genkgo_camt054.v2.xml": ("camt.054", [1]),
}


def test_every_camt_sample_parses(samples_dir):
    folder = samples_dir / "statements" / "camt"
    files = sorted(folder.glob("*.xml"))
    assert files
    for f in files:
        data = f.read_bytes()
        assert looks_like_camt(data), f.name
        stmts = parse_camt(data, f.name)
        if f.name in EXPECTED_SAMPLES:
            fmt, counts = EXPECTED_SAMPLES[f.name]
            assert [s.format for s in stmts] == [fmt] * len(counts), f.name
            assert [len(s.lines) for s in stmts] == counts, f.name
    multi = parse_camt((folder / "genkgo_camt053.v2.multi.statement.xml").read_bytes(), "m")
    assert [(s.opening_balance_minor, s.closing_balance_minor) for s in multi] == [(1815, 2700), (2700, 2000)]
    assert [ln.amount_minor for s in multi for ln in s.lines] == [885, -700]


_VALID = doc(stmt(entry(details=f"<NtryDtls>{TX.format(amt='')}</NtryDtls>") + entry("2", "DBIT"),
                  balances=bal("OPBD", "1.00")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data):
    try:
        parse_camt(data, "f.xml")
    except StatementError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits_for(_VALID))
def test_fuzz_mutations_of_valid_file(edits):
    data = apply_edits(_VALID, edits)
    try:
        result = parse_camt(data, "f.xml")
    except StatementError:
        return
    assert all(s.format.startswith("camt.") for s in result)
