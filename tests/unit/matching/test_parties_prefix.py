"""A payer name the bank cut off identifies the one customer whose name it begins, and only that."""

from app.services.matching.parties import PartyResolver

CUSTOMERS = [(1, "Xiamen Dingsheng Textile Company Limited"), (2, "Xiamen Dingsheng Trading Co., Ltd."),
             (3, "Hangzhou Oriental Machinery Manufacturing Co., Ltd."), (4, "Acme GmbH")]


def _resolver(aliases=()):
    return PartyResolver(CUSTOMERS, aliases)


def test_cut_off_name_is_the_start_of_one_customer():
    hit = _resolver().resolve("XIAMEN DINGSHENG TEXTILE COMPAN", "").unique
    assert hit is not None and (hit.customer_id, hit.kind) == (1, "prefix")
    assert hit.strength < 0.95          # never as strong as the full name


def test_start_shared_by_two_customers_decides_nothing():
    assert _resolver().resolve("Xiamen Dingsheng T", "").hits == ()


def test_too_short_a_start_is_not_a_name():
    assert _resolver().resolve("Acme G", "").hits == ()
    assert _resolver().resolve("Hangzhou Or", "").hits == ()        # 10 letters


def test_an_alias_can_be_cut_off_too():
    r = _resolver([(4, "name", "Acme Industrial Holdings Europe")])
    hit = r.resolve("ACME INDUSTRIAL HOLD", "").unique
    assert hit is not None and (hit.customer_id, hit.kind) == (4, "prefix")


def test_full_name_still_wins_over_prefix():
    hit = _resolver().resolve("Xiamen Dingsheng Trading Co., Ltd.", "").unique
    assert hit is not None and (hit.customer_id, hit.kind) == (2, "name")
