"""A compact column of short strings for big in-memory lists.

200,000 invoice numbers as separate ``str`` objects cost about 15 MB (some 50 bytes of object
header each); held as one joined string plus an ``array`` of offsets they cost about 4 MB. A
``TextColumn`` reads like a list (``col[i]``, ``len(col)``, iteration) and answers "which values
contain this text" at C speed.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from itertools import accumulate, islice, repeat
from operator import add
from typing import Iterable, Iterator, overload

SEP = "\x1f"   # ASCII unit separator: ends every value in the joined text


class TextColumn:
    __slots__ = ("_text", "_ends")

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._text = ""               # every value followed by SEP
        self._ends = array("i")       # _ends[i] = offset just past value i's SEP
        self.extend(values)

    # building ------------------------------------------------------------
    def extend(self, values: Iterable[str | None]) -> None:
        """Append values (None → ''; a SEP inside a value becomes a space). Prefer one big call:
        every call copies the joined text."""
        vals = ["" if v is None else v.replace(SEP, " ") if SEP in v else v for v in values]
        if vals:
            self.extend_split(SEP.join(vals), vals)

    def extend_joined(self, joined: str, count: int) -> None:
        """Append ``count`` values given as one string separated by SEP.

        Raises ValueError (and appends nothing) when ``joined`` does not hold exactly ``count``
        values, i.e. when a value itself contained SEP.
        """
        parts = joined.split(SEP)
        if len(parts) != count:
            raise ValueError("separator inside a value")
        self.extend_split(joined, parts)

    def extend_split(self, joined: str, parts: list[str]) -> None:
        """Append ``parts``, already joined by SEP as ``joined`` (the caller checked both)."""
        base = len(self._text)
        # ends[k] = base + len(v0) + 1 + … + len(vk) + 1, computed by C iterators
        self._ends.extend(islice(accumulate(map(add, map(len, parts), repeat(1)), initial=base), 1, None))
        self._text = self._text + joined + SEP

    def append(self, value: str | None) -> None:
        self.extend([value])

    # reading -------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self._ends)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("TextColumn index out of range")
        start = self._ends[i - 1] if i else 0
        return self._text[start:self._ends[i] - 1]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_list())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TextColumn):
            return self._text == other._text
        if isinstance(other, list):
            return self.to_list() == other
        return NotImplemented

    def __repr__(self) -> str:
        return f"TextColumn({len(self)} values)"

    def to_list(self) -> list[str]:
        """Every value as its own ``str`` (for a sort key; costs the memory the column saves)."""
        return self._text.split(SEP)[:-1] if self._text else []

    @property
    def text(self) -> str:
        """The joined values, each followed by SEP."""
        return self._text

    def contains_mask(self, needle: str) -> bytearray:
        """One byte per value: 1 where the value contains ``needle`` (case-insensitive).

        C-level work only: a needle found a few times is located with ``str.find``; one found
        everywhere is tested value by value over the split text (about 20 ms for 200,000).
        """
        n = len(self._ends)
        mask = bytearray(n)
        folded = needle.casefold().replace(SEP, "")
        if not n or not folded:
            return mask
        text = self._text.casefold()
        hits = text.count(folded)
        if hits == 0:
            return mask
        if hits * 8 < n and len(text) == len(self._text):   # offsets still match _ends
            ends, find, pos = self._ends, text.find, 0
            while True:
                pos = find(folded, pos)
                if pos < 0:
                    return mask
                row = bisect_right(ends, pos)
                mask[row] = 1
                pos = ends[row]              # on to the next value
        values = text.split(SEP)
        values.pop()
        mask[:] = bytearray(map(str.__contains__, values, repeat(folded)))
        return mask
