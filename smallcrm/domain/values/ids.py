"""Reading a record's id from what a person typed: one rule for the form, the CLI and
the filters alike.

An id is written with the ASCII digits 0-9 and fits SQLite's 64-bit integers. ``int()``
alone also reads '١' (an Arabic-Indic one), '+5', '1_000' and ' 7', so 'customer delete
١' trashed customer 1, and a number beyond 2**63 - 1 could not even be bound to a query
(OverflowError instead of "no such customer").
"""

from __future__ import annotations

MAX_ID = 2**63 - 1


def as_id(value: object) -> int | None:
    """``value`` as an id, or None when it is not one (it may be a name instead)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value <= MAX_ID else None
    if not isinstance(value, str) or not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if number <= MAX_ID else None
