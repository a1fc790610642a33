"""The canonical cell every reader hands out (sheets/reader/base)."""

from __future__ import annotations

import datetime as dt

from smallcrm.sheets.reader import canonical


def test_canonical_values() -> None:
    assert canonical(13812345678.0) == 13812345678 and isinstance(canonical(13812345678.0), int)
    assert canonical(2**60) == float(2**60)
    assert canonical("  ") is None and canonical("#REF!") is None and canonical(float("nan")) is None
    assert canonical(dt.datetime(2024, 1, 1)) == dt.date(2024, 1, 1)
