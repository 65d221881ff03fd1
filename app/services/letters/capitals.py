"""An amount in Chinese financial capitals (人民币大写), as written on cheques and letters.

    rmb_capitals(minor) -> str        # 1640902 → "壹万陆仟肆佰零玖元零贰分"

``minor`` is in fen (1/100 yuan). The rules follow the People's Bank of China's rules for
writing amounts on bills and settlement documents (支付结算办法, 附件: 正确填写票据和结算凭证的
基本规定):

- digits 壹贰叁肆伍陆柒捌玖, units 拾佰仟 inside a group of four digits, 万 and 亿 after the
  groups, 元角分 for the yuan, jiao and fen; the leading 1 of a ten is written (壹拾, never 拾);
- an amount ending in 元 ends with 整 (10.00 → 壹拾元整); after 角 no 整 is written (16.30 →
  壹拾陆元叁角), after 分 never;
- zeros between two written digits are one 零, however many there are (1,005.00 → 壹仟零伍元整);
  where the rules leave the 零 optional (万位 or 元位 zero, the next 千位 / 角位 not) it is
  written, so every gap shows one 零 (1,680.32 → 壹仟陆佰捌拾元零叁角贰分, 107,000.53 →
  壹拾万零柒仟元零伍角叁分); a zero 角 before a written 分 is always 零 (325.04 → 叁佰贰拾伍元零肆分);
- trailing zeros are not written (100,000.00 → 壹拾万元整); an amount below one yuan has no 元
  (0.05 → 伍分); zero is 零元整; a negative amount starts with 负.

The 零 is placed after the unit that closes a group (1,000,001.01 → 壹佰万零壹元零壹分), and a
亿 is written whenever anything at or above it is (1,0000,0000,0000 yuan → 壹万亿元整).
"""

from __future__ import annotations

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP = ("", "拾", "佰", "仟")
MAX_YUAN_DIGITS = 16            # below 1 亿亿 (10^16) yuan


def rmb_capitals(minor: int, *, prefix: bool = False) -> str:
    """``minor`` fen in capitals; ``prefix`` puts 人民币 in front (as bills require)."""
    if not isinstance(minor, int) or isinstance(minor, bool):
        raise TypeError("an amount in minor units (int) is required")
    sign = "负" if minor < 0 else ""
    minor = abs(minor)
    yuan, fen_part = divmod(minor, 100)
    if len(str(yuan)) > MAX_YUAN_DIGITS:
        raise ValueError(f"amount too large for Chinese capitals: {minor}")
    head = ("人民币" if prefix else "") + sign
    if minor == 0:
        return head + "零元整"
    # every digit from the highest yuan position down to 分, with its position (0 = 元, -1 = 角, -2 = 分)
    text = str(yuan) if yuan else ""
    digits = [(int(ch), len(text) - 1 - i) for i, ch in enumerate(text)]
    digits += [(fen_part // 10, -1), (fen_part % 10, -2)]
    last = max(i for i, (d, _) in enumerate(digits) if d)
    out: list[str] = []
    gap = False                 # zeros seen since the last written digit (a 零 when one follows)
    written = False
    for i, (d, pos) in enumerate(digits):
        if d:
            if gap and written:
                out.append("零")
            out.append(DIGITS[d])
            out.append(_IN_GROUP[pos % 4] if pos >= 0 else ("角" if pos == -1 else "分"))
            gap, written = False, True
        else:
            gap = True
        if pos > 0 and pos % 4 == 0 and _group_written(digits, i, pos):
            out.append("亿" if pos % 8 == 0 else "万")
        if pos == 0 and yuan:
            out.append("元")
    if yuan and last <= len(digits) - 3:
        out.append("整")          # nothing after the 元: 整
    return head + "".join(out)


def _group_written(digits: list[tuple[int, int]], i: int, pos: int) -> bool:
    """Is the 万/亿 at ``pos`` written? 万: its own four digits hold something; 亿: anything at
    or above it does (壹万亿 needs its 亿 although the 亿 group itself is zero)."""
    span = 8 if pos % 8 == 0 else 4
    return any(d for d, p in digits[: i + 1] if pos <= p < pos + span)
