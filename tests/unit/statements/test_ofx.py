"""OFX 1.x (SGML) / 2.x (XML) parser: field rules on small synthetic files, real samples, safety, fuzz."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.statements.model import StatementError
from app.services.statements.ofx import looks_like_ofx, parse_ofx
from statement_fuzz import apply_edits, edits_for

SGML_HEADER = ("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
               "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n")
XML_HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n')


def sgml_trn(amount="-12.50", fitid="F1", posted="20260105120000.000[-5:EST]", extra="") -> str:
    return (f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{posted}<DTUSER>20260104<TRNAMT>{amount}"
            f"<FITID>{fitid}<NAME>ACME &amp; Sons<MEMO>Invoice INV-7{extra}</STMTTRN>")


def sgml_stmt(trns: str, acct="111", cur="USD", bal="100.25", tag="STMTRS", acct_tag="BANKACCTFROM") -> str:
    return (f"<STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><{tag}><CURDEF>{cur}"
            f"<{acct_tag}><BANKID>999<ACCTID>{acct}<ACCTTYPE>CHECKING</{acct_tag}>"
            f"<BANKTRANLIST><DTSTART>20260101<DTEND>20260131{trns}</BANKTRANLIST>"
            f"<LEDGERBAL><BALAMT>{bal}<DTASOF>20260131</LEDGERBAL>"
            f"<AVAILBAL><BALAMT>90<DTASOF>20260131</AVAILBAL></{tag}></STMTTRNRS>")


def sgml(*stmts: str) -> bytes:
    return (SGML_HEADER + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            "<DTSERVER>20260201</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1>" + "".join(stmts)
            + "</BANKMSGSRSV1></OFX>").encode("cp1252")


XML_DOC = XML_HEADER + """<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STMTRS>
<CURDEF>EUR</CURDEF><BANKACCTFROM><BANKID>1</BANKID><ACCTID>DE99</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
<BANKTRANLIST><DTSTART>20260101</DTSTART><DTEND>20260131</DTEND>
<STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20260110</DTPOSTED><TRNAMT>250.00</TRNAMT><FITID>X-1</FITID>
<PAYEE><NAME>Payee Corp</NAME></PAYEE><MEMO><![CDATA[Paid <INV-9>]]></MEMO></STMTTRN>
<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20260111</DTPOSTED><TRNAMT>-1,5</TRNAMT><FITID>X-2</FITID><NAME></NAME></STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>1000.00</BALAMT><DTASOF>20260131</DTASOF></LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""


def test_sgml_statement_fields():
    (s,) = parse_ofx(sgml(sgml_stmt(sgml_trn())), "a.ofx")
    assert (s.format, s.account, s.currency) == ("ofx", "111", "USD")
    assert (s.period_start, s.period_end, s.closing_balance_minor) == (date(2026, 1, 1), date(2026, 1, 31), 10025)
    assert s.opening_balance_minor is None
    (ln,) = s.lines
    assert (ln.bank_ref, ln.amount_minor, ln.currency) == ("F1", -1250, "USD")
    assert (ln.booking_date, ln.value_date) == (date(2026, 1, 5), date(2026, 1, 4))
    assert (ln.counterparty_name, ln.remittance) == ("ACME & Sons", "Invoice INV-7")
    assert ("trntype", "DEBIT") in ln.extra
    assert ln.raw.startswith("<STMTTRN>") and "F1" in ln.raw


def test_xml_ofx_payee_cdata_and_comma_decimal():
    (s,) = parse_ofx(XML_DOC.encode(), "b.ofx")
    assert (s.account, s.currency, s.closing_balance_minor) == ("DE99", "EUR", 100000)
    a, b = s.lines
    assert (a.bank_ref, a.amount_minor, a.counterparty_name, a.remittance) == ("X-1", 25000, "Payee Corp", "Paid <INV-9>")
    assert (b.bank_ref, b.amount_minor, b.counterparty_name) == ("X-2", -150, "")


@pytest.mark.parametrize("text, minor", [("1.234,56", 123456), ("1,234.56", 123456), ("+7", 700), (" -0.5 ", -50)])
def test_amount_forms(text, minor):
    (s,) = parse_ofx(sgml(sgml_stmt(sgml_trn(amount=text))), "a.ofx")
    assert s.lines[0].amount_minor == minor


def test_multiple_accounts_and_credit_card():
    data = sgml(sgml_stmt(sgml_trn(), acct="A"),
                sgml_stmt(sgml_trn(fitid="C1") * 1, acct="CC", tag="CCSTMTRS", acct_tag="CCACCTFROM"))
    stmts = parse_ofx(data, "m.ofx")
    assert [(s.account, len(s.lines)) for s in stmts] == [("A", 1), ("CC", 1)]


def test_missing_fitid_gets_stable_synthetic_ref_and_empty_optional_tags():
    trn = "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<TRNAMT>1.00<FITID></FITID><NAME></NAME></STMTTRN>"
    data = sgml(sgml_stmt(trn + trn, bal=""))
    (s,) = parse_ofx(data, "a.ofx")
    a, b = s.lines
    assert a.bank_ref.startswith("SYN-") and a.bank_ref != b.bank_ref
    assert [x.bank_ref for x in parse_ofx(data, "a.ofx")[0].lines] == [a.bank_ref, b.bank_ref]
    assert s.closing_balance_minor is None and a.value_date is None


def test_transaction_currency_overrides_missing_curdef():
    trn = sgml_trn(extra="<CURRENCY><CURRATE>1.0<CURSYM>JPY</CURRENCY>", amount="500")
    (s,) = parse_ofx(sgml(sgml_stmt(trn, cur="", bal="")), "a.ofx")
    assert (s.currency, s.lines[0].currency, s.lines[0].amount_minor) == ("JPY", "JPY", 500)


@pytest.mark.parametrize("trn, needle", [
    (sgml_trn(amount="$120", fitid="F77"), "FITID F77"),
    (sgml_trn(amount="1.005", fitid="F78"), "FITID F78"),
    (sgml_trn(amount="", fitid="F79"), "no amount"),
    (sgml_trn(amount="9" * 40, fitid="F81"), "FITID F81"),
    (sgml_trn(amount="1e5", fitid="F82"), "FITID F82"),
    (sgml_trn(posted="201120000000", fitid="F80"), "201120000000"),
])
def test_bad_transactions_refused_naming_fitid(trn, needle):
    with pytest.raises(StatementError) as ei:
        parse_ofx(sgml(sgml_stmt(trn)), "bad.ofx")
    assert needle in str(ei.value) and "bad.ofx" in str(ei.value)


def test_truncated_non_ofx_and_unsafe_refused():
    data = sgml(sgml_stmt(sgml_trn()))
    with pytest.raises(StatementError, match="truncated"):
        parse_ofx(data[: len(data) // 2], "t.ofx")
    with pytest.raises(StatementError, match="not an OFX"):
        parse_ofx(b"hello world", "t.ofx")
    with pytest.raises(StatementError, match="no bank or credit-card statement"):
        parse_ofx(b"OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>", "t.ofx")
    evil = XML_HEADER.replace("?>\n<?OFX", '?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<?OFX')
    with pytest.raises(StatementError, match="refused for safety"):
        parse_ofx((evil + "<OFX>&e;</OFX>").encode(), "evil.ofx")


def test_looks_like_ofx():
    assert looks_like_ofx(sgml(sgml_stmt("")))
    assert looks_like_ofx(XML_DOC.encode())
    assert not looks_like_ofx(b'<?xml version="1.0"?><Document/>')


EXPECTED_SAMPLES = {  # file → lines per statement (None: refused)
    "ofxparse_bank_medium.ofx": [3],
    "ofxparse_checking.ofx": [3],
    "ofxparse_multiple_accounts.ofx": [0, 0],
    "ofxparse_ofx-v102-empty-tags.ofx": [1],
    "ofxparse_suncorp.ofx": [1],
    "ofxparse_fail_nice_decimal_error.ofx": None,
}


def test_every_ofx_sample_parses_or_is_refused_clearly(samples_dir):
    files = sorted((samples_dir / "statements" / "ofx").glob("*.ofx"))
    assert files
    for f in files:
        data = f.read_bytes()
        assert looks_like_ofx(data), f.name
        if f.name.startswith("ofxparse_fail_nice") or EXPECTED_SAMPLES.get(f.name, []) is None:
            with pytest.raises(StatementError, match="FITID 2000957249"):
                parse_ofx(data, f.name)
            continue
        stmts = parse_ofx(data, f.name)
        if f.name in EXPECTED_SAMPLES:
            assert [len(s.lines) for s in stmts] == EXPECTED_SAMPLES[f.name], f.name
    (s,) = parse_ofx((samples_dir / "statements" / "ofx" / "ofxparse_suncorp.ofx").read_bytes(), "s")
    assert s.lines[0].counterparty_name == "EFTPOS WDL HANDYWAY ALDI STORE"


_VALID = sgml(sgml_stmt(sgml_trn() + sgml_trn(fitid="F2", amount="3,00")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data):
    try:
        parse_ofx(b"OFXHEADER:100\n<OFX>" + data, "f.ofx")
    except StatementError:
        pass
    try:
        parse_ofx(data, "f.ofx")
    except StatementError:
        pass


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits_for(_VALID))
def test_fuzz_mutations_of_valid_file(edits):
    data = apply_edits(_VALID, edits)
    try:
        result = parse_ofx(data, "f.ofx")
    except StatementError:
        return
    assert all(s.format == "ofx" for s in result)


def test_garbled_charset_name_is_ignored_not_a_crash():
    from app.services.statements.ofx import _decode
    assert _decode(b"OFXHEADER:100\nCHARSET:12\x0052\n<OFX></OFX>").startswith("OFXHEADER")
