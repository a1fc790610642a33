"""An id is what a person typed with the digits 0-9, within SQLite's integers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values.ids import MAX_ID, as_id


@given(st.integers(0, MAX_ID))
def test_ascii_digits_within_sqlites_integers_are_an_id(number: int) -> None:
    assert as_id(str(number)) == number
    assert as_id(number) == number


@given(st.text(min_size=1, max_size=8))
def test_anything_else_typed_is_not_an_id(text: str) -> None:
    if not (text.isascii() and text.isdigit()):
        assert as_id(text) is None


def test_the_look_alikes_int_accepts_are_not_ids() -> None:
    for typed in ["١", "٣", "１", "+5", "1_000", " 7", "7 ", "-1", "1.0", "", str(MAX_ID + 1)]:
        assert as_id(typed) is None, typed
    assert as_id(True) is None and as_id(-1) is None and as_id(MAX_ID + 1) is None
