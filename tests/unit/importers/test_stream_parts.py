"""Pieces of the streamed import: evidence gathered in parts decides as the whole columns do,
and a streamed table yields the same rows and row numbers as a loaded one."""

from __future__ import annotations

from hypothesis import given, strategies as st

from app.services.importers import read_table
from app.services.importers.values import DateOrderEvidence, DecimalEvidence, decide_date_order, \
    decide_decimal_mark

_DATES = st.sampled_from(["01/02/2026", "13/02/2026", "02/13/2026", "2026-11-01", "5-6-2026", "31-12-2025",
                          "12/31/2025", "", "x", "03/04/2026 10:00", "23.11.2026"])
_AMOUNTS = st.sampled_from(["1,234", "1.234", "1,5", "2.50", "1.234,56", "1,234.56", "", "12", "7,000,000",
                           "1.5", "10.000", "1.2.3", "1 234.5", "¥12.345", "3.4x", "1.２3", "1.", ".5", "-1.23"])


@given(st.lists(st.lists(_DATES, min_size=3, max_size=3), max_size=40), st.sampled_from(["auto", "DMY", "MDY"]))
def test_date_evidence_in_parts_equals_the_whole_columns(rows, option):
    whole = decide_date_order(((n, r[c]) for c in range(3) for n, r in enumerate(rows, 2)), option)
    ev = DateOrderEvidence()
    for start in range(0, len(rows), 4):                 # parts of 4 rows, every column per part
        for c in range(3):
            for n, r in enumerate(rows[start:start + 4], start + 2):
                ev.feed(c, n, r[c])
    assert ev.decision(option) == whole


def test_decimal_evidence_fast_path_agrees_with_the_hint():
    from app.services.importers.values import amount_separator_hint

    for v in ("1.5", "10.000", "1.2.3", "1 234.5", "¥12.345", "3.4x", "1.２3", "1.", ".5", "-1.23", "12.3456",
              "1.23 "):
        ev = DecimalEvidence()
        ev.feed(2, v)
        h = amount_separator_hint(v)
        assert (ev.votes[h] == 1 if h else ev.ambiguous), v


@given(st.lists(_AMOUNTS, max_size=40), st.sampled_from(["auto", ".", ","]))
def test_decimal_evidence_in_parts_equals_the_whole_column(values, option):
    ev = DecimalEvidence()
    for n, v in enumerate(values, 2):
        ev.feed(n, v)
    assert ev.decision(option) == decide_decimal_mark(enumerate(values, 2), option)


def test_streamed_table_yields_the_rows_of_a_loaded_one(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("Report of November\n\n发票号码,客户编号,开票日期,金额\n"
                 + "".join(f"I{k}, C1 ,2026-11-01,\"1,{k:03d}.00\"\n" + ("\n" if k % 7 == 0 else "")
                           for k in range(50))
                 + "I-multi,C1,2026-11-01,\"two\nlines\"\nI-last,C1\n", encoding="gb18030")
    loaded = read_table(p)
    streamed = read_table(p, stream_above=0, chunk_rows=6)
    assert streamed.streamed and not loaded.streamed
    assert (streamed.encoding, streamed.delimiter, streamed.header_row, streamed.headers, streamed.sha256) == \
        (loaded.encoding, loaded.delimiter, loaded.header_row, loaded.headers, loaded.sha256)
    rows, numbers = [], []
    for start, part, nums in streamed.chunks():
        assert start == len(rows) and len(part) <= 6
        rows.extend(part)
        numbers.extend(nums)
    assert rows == loaded.rows and numbers == loaded.row_numbers
    assert streamed.loaded().rows == loaded.rows
    assert read_table(p, stream_above=p.stat().st_size).streamed is False      # not above the limit
