"""Bank statements (issue 7): parsers for camt.05x, MT940/942, OFX and Chinese bank exports.

Each parser turns one file's bytes into ``ParsedStatement`` objects (``model.py``) and never
touches the database; storing, de-duplication and matching build on these plain values.
"""
