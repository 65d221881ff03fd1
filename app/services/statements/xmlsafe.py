"""Safe XML reading for bank files: no DTDs, no entities, no external access, bounded size.

Built on the standard library's expat parser (no extra dependency): any DOCTYPE, entity
declaration or external reference stops parsing, and the file size, element count and nesting
depth are capped so that a "billion laughs" or a deeply nested file cannot exhaust memory.
Element tags and attribute names are reduced to their local names (namespaces dropped), so
callers match ``Stmt`` whatever the camt version's namespace is.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

from ...i18n import T
from .model import StatementError

MAX_BYTES = 50 * 1024 * 1024
MAX_ELEMENTS = 2_000_000
MAX_DEPTH = 200


class _Forbidden(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _local(name: str) -> str:
    # expat with namespace_separator=' ' gives "uri local"; unprefixed names are plain.
    return name.rsplit(" ", 1)[-1]


def parse_xml(data: bytes, file_name: str, *, max_bytes: int = MAX_BYTES,
              max_elements: int = MAX_ELEMENTS, max_depth: int = MAX_DEPTH) -> ET.Element:
    """Parse ``data`` into an ElementTree element with local-name tags, or raise StatementError."""
    if len(data) > max_bytes:
        raise StatementError(T("{file}: the file is larger than {limit} MB; it is not read."),
                             file=file_name, limit=max_bytes // (1024 * 1024))
    if not data.strip():
        raise StatementError(T("{file}: the file is empty."), file=file_name)

    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator=" ")
    depth = 0
    count = 0

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal depth, count
        depth += 1
        count += 1
        if depth > max_depth:
            raise _Forbidden(f"nesting deeper than {max_depth} elements")
        if count > max_elements:
            raise _Forbidden(f"more than {max_elements} elements")
        builder.start(_local(tag), {_local(k): v for k, v in attrs.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(_local(tag))

    def forbid(what: str):
        def handler(*_args: object) -> None:
            raise _Forbidden(what)
        return handler

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = forbid("a document type declaration (DTD)")
    parser.EntityDeclHandler = forbid("an entity declaration")
    parser.UnparsedEntityDeclHandler = forbid("an entity declaration")
    parser.ExternalEntityRefHandler = forbid("an external entity reference")
    parser.NotationDeclHandler = forbid("a notation declaration")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except _Forbidden as exc:
        raise StatementError(T("{file}: the XML file contains {what}, which is refused for safety."),
                             file=file_name, what=exc.what) from None
    except expat.ExpatError as exc:
        raise StatementError(T("{file}: not a well-formed XML file ({reason}, line {line})."),
                             file=file_name, reason=expat.ErrorString(exc.code),
                             line=exc.lineno) from None
    except (ValueError, LookupError) as exc:  # e.g. an encoding Python cannot decode
        raise StatementError(T("{file}: the XML file cannot be read ({reason})."),
                             file=file_name, reason=str(exc)) from None
    try:
        return builder.close()
    except AssertionError:  # pragma: no cover - expat already guarantees a closed document
        raise StatementError(T("{file}: the XML file is truncated."), file=file_name) from None
