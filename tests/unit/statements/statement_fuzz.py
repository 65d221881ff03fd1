"""Random edits of a valid statement file, shared by the parser fuzz tests."""

from __future__ import annotations

from hypothesis import strategies as st


def edits_for(valid: bytes):
    """A few (position, kind, bytes) edits anywhere in ``valid``."""
    return st.lists(st.tuples(st.integers(0, len(valid) - 1), st.integers(0, 3), st.binary(max_size=8)),
                    min_size=1, max_size=6)


def apply_edits(valid: bytes, edits) -> bytes:
    """Overwrite (0), insert (1), delete (2) or truncate (3) at each position in turn."""
    data = bytearray(valid)
    for pos, kind, chunk in edits:
        pos = min(pos, len(data))
        if kind == 0:
            data[pos:pos + len(chunk)] = chunk
        elif kind == 1:
            data[pos:pos] = chunk
        elif kind == 2:
            del data[pos:pos + len(chunk) + 1]
        else:
            data = data[:pos]
    return bytes(data)
