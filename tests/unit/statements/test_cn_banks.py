"""Chinese bank exports: GBK CSVs with preambles written here, the shared samples, fuzzing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.statements.cn_banks import looks_like_cn_bank, parse_cn_bank
from app.services.statements.model import StatementError

ICBC = """中国工商银行 对公账户明细
账号: 6222020200112233445,户名: 上海某某贸易有限公司
币种: 人民币
起止日期: 2026-10-01 至 2026-10-31

交易日期,交易流水号,摘要,附言,借方发生额,贷方发生额,余额,对方户名,对方账号
2026-10-08,ICBC2026100800001,转账收入,INV-2026-0042 货款,,"12,345.67","112,345.67",杭州甲公司,1202020209000012345
2026-10-09,ICBC2026100900007,手续费,,15.00,,"112,330.67",--,--
2026/10/10,ICBC2026101000003,转账收入,,-,500.00,"112,830.67",支付宝（中国）网络技术有限公司,
合计,,,,15.00,"12,845.67",,,
"""


def write(tmp_path, name, text, enc="gbk"):
    p = tmp_path / name
    p.write_bytes(text.encode(enc))
    return p


def test_gbk_csv_with_preamble_and_debit_credit_columns(tmp_path):
    p = write(tmp_path, "明细.csv", ICBC)
    [s] = parse_cn_bank(p, p.name)
    assert (s.format, s.account, s.currency) == ("cn:icbc", "6222020200112233445", "CNY")
    assert s.period_start == date(2026, 10, 8) and s.period_end == date(2026, 10, 10)
    assert (s.opening_balance_minor, s.closing_balance_minor) == (10000000, 11283067)
    a, b, c = s.lines                                  # the 合计 row is not a transaction
    assert (a.amount_minor, a.bank_ref, a.counterparty_name) == (1234567, "ICBC2026100800001",
                                                                 "杭州甲公司")
    assert a.counterparty_account == "1202020209000012345"
    assert "INV-2026-0042 货款" in a.remittance and ("summary", "转账收入") in a.extra
    assert (b.amount_minor, b.counterparty_name, b.counterparty_account) == (-1500, "", "")
    assert c.booking_date == date(2026, 10, 10) and c.amount_minor == 50000
    assert c.counterparty_name == "支付宝（中国）网络技术有限公司"
    assert "杭州甲公司" in a.raw
    # the same content as bytes, and as GB18030
    assert parse_cn_bank(p.read_bytes(), p.name)[0].lines == s.lines
    assert parse_cn_bank(ICBC.encode("gb18030"), "x.csv")[0].lines == s.lines


def test_bank_detected_from_headers_and_drcr_column(tmp_path):
    text = ("序号,交易日期,交易时间,交易类型,借贷,交易金额,余额,对方账号,对方户名,交易地点,摘要\n"
            "1,2026-11-02,10:00:00,转账,贷 Cr,1000.00,5000.00,3100001234,乙公司,网银,INV-7\n"
            "2,2026-11-03,10:00:00,转账,借 Dr,200.50,4799.50,3100005678,丙公司,网银,\n")
    [s] = parse_cn_bank(write(tmp_path, "export.csv", text), "export.csv")
    assert s.format == "cn:bocom"
    assert [ln.amount_minor for ln in s.lines] == [100000, -20050]
    assert (s.opening_balance_minor, s.closing_balance_minor) == (400000, 479950)
    assert s.lines[0].remittance == "INV-7" and s.lines[1].remittance == ""


def test_mixed_counterparty_and_signed_amount(tmp_path):
    text = ("招商银行交易明细\n记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要\n"
            "2026-11-01,CNY,\"1,234.00\",\"1,271.66\",转账,丁公司 6214830000001111,INV 55\n")
    [s] = parse_cn_bank(write(tmp_path, "cmb.csv", text, "utf-8-sig"), "cmb.csv")
    ln = s.lines[0]
    assert s.format == "cn:cmb" and ln.amount_minor == 123400
    assert (ln.counterparty_name, ln.counterparty_account) == ("丁公司", "6214830000001111")


def test_twins_and_serial_reuse_get_distinct_stable_refs(tmp_path):
    text = ("中国农业银行\n交易日期,交易时间,交易摘要,交易金额,本次余额,对手信息,日志号,交易渠道,交易附言\n"
            "20261101,090000,转存,+10.00,10.00,甲,0000000000,网银,\n"
            "20261101,090000,转存,+10.00,20.00,甲,0000000000,网银,\n"
            "20261102,090000,转存,+10.00,30.00,甲,777,网银,\n"
            "20261102,090000,转存,+11.00,41.00,甲,777,网银,\n")
    p = write(tmp_path, "abc.csv", text)
    refs = [ln.bank_ref for ln in parse_cn_bank(p, p.name)[0].lines]
    assert len(set(refs)) == 4 and refs[2:] == ["777", "777#2"]
    assert refs == [ln.bank_ref for ln in parse_cn_bank(p, p.name)[0].lines]


@pytest.mark.parametrize("text, words", [
    ("name,amount\nfoo,1\n", "not a recognised Chinese bank export"),
    ("just some words\n", "not a readable bank export"),
    ("交易日期,收入,支出,摘要\n2026-01-01,1,,x\n", "cannot be recognised"),
    ("中国建设银行\n交易日期,摘要,备注\n2026-01-01,x,y\n", "no date and amount"),
    ("中国建设银行\n交易日期,交易金额,摘要\n2026-01-01,abc,x\n", "row 3: the amount abc is not readable"),
    ("中国建设银行\n交易日期,交易金额,摘要\n2026-01-01,1.234,x\n", "more decimals than CNY"),
    ("中国建设银行\n交易日期,收入,支出,摘要,对方户名\n2026-13-45,1,,x,y\n", "the date 2026-13-45"),
    ("中国建设银行\n交易日期,收入,支出,摘要,对方户名\n2026-01-01,,,x,y\n", "row 3: both the credit"),
    ("中国建设银行\n交易日期,收入,支出,摘要,对方户名\n", "no transactions"),
])
def test_refusals_are_clear(tmp_path, text, words):
    p = write(tmp_path, "bad.csv", text)
    with pytest.raises(StatementError) as ei:
        parse_cn_bank(p, "bad.csv")
    assert words in str(ei.value) and "bad.csv" in str(ei.value)
    assert not looks_like_cn_bank(p, "bad.csv")


def test_not_a_table(tmp_path):
    with pytest.raises(StatementError):
        parse_cn_bank(b"\x00\x01\x02garbage\xff\xfe" * 50, "x.csv")
    with pytest.raises(StatementError):
        parse_cn_bank(tmp_path / "missing.csv", "missing.csv")
    assert looks_like_cn_bank(ICBC.encode("gbk"), "i.csv")


# ----------------------------------------------------------------------------- samples

EXPECTED = {"abc_debit.csv": ("cn:abc", 5), "boc_debit.csv": ("cn:boc", 17),
            "bocom_debit.csv": ("cn:bocom", 6), "ccb_statement.xls": ("cn:ccb", 6),
            "cmb_debit.csv": ("cn:cmb", 5), "icbc_debit_v2.csv": ("cn:icbc", 11)}


def test_every_shared_sample_parses(samples_dir):
    folder = samples_dir / "statements" / "cn-bank"
    files = sorted(folder.iterdir())
    assert files
    for f in files:
        [s] = parse_cn_bank(f, f.name)
        if f.name in EXPECTED:
            assert (s.format, len(s.lines)) == EXPECTED[f.name], f.name
        assert all(ln.bank_ref and ln.currency == "CNY" for ln in s.lines)
        assert len({ln.bank_ref for ln in s.lines}) == len(s.lines)
        assert looks_like_cn_bank(f.read_bytes(), f.name)


def test_sample_details(samples_dir):
    folder = samples_dir / "statements" / "cn-bank"
    ccb = parse_cn_bank(folder / "ccb_statement.xls", "ccb_statement.xls")[0]
    assert ccb.lines[0].amount_minor == -6700 and ccb.lines[0].counterparty_name == "中***融科技有限公司"
    boc = parse_cn_bank(folder / "boc_debit.csv", "boc_debit.csv")[0]    # newest first
    assert (boc.opening_balance_minor, boc.closing_balance_minor) == (281358, 324028)
    abc = parse_cn_bank(folder / "abc_debit.csv", "abc_debit.csv")[0]    # balances do not chain
    assert (abc.opening_balance_minor, abc.closing_balance_minor) == (None, None)
    icbc = parse_cn_bank(folder / "icbc_debit_v2.csv", "icbc_debit_v2.csv")[0]
    assert icbc.account == "1234****9876" and icbc.lines[0].amount_minor == -1340


# ----------------------------------------------------------------------------- fuzzing

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data):
    try:
        parse_cn_bank(data, "f.csv")
    except StatementError:
        pass


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 600), st.integers(0, 4), st.text(max_size=4)),
                min_size=1, max_size=5))
def test_fuzz_mutations(edits):
    text = ICBC
    for pos, cut, insert in edits:
        pos = min(pos, len(text))
        text = text[:pos] + insert + text[pos + cut:]
    try:
        parse_cn_bank(text.encode("gb18030"), "m.csv")
    except StatementError:
        pass
