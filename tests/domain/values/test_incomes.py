"""Income bands: every spelling of a band stored as the band, any other text kept as typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values.incomes import BANDS, OTHER, band_for, parse_income, segment_key


@pytest.mark.parametrize(
    ("typed", "band"),
    [
        ("<5千", "<5千"), ("5000以下", "<5千"), ("低于5000", "<5千"), ("五千以下", "<5千"), ("under 5000", "<5千"),
        ("5千-1万", "5千-1万"), ("5000-10000", "5千-1万"), ("5k-10k", "5千-1万"), ("5000~10000元", "5千-1万"),
        ("5,000 - 10,000", "5千-1万"), ("0.5-1万", "5千-1万"),
        ("1-2万", "1-2万"), ("1万-2万", "1-2万"), ("10000-20000", "1-2万"), ("一万到两万", "1-2万"),
        ("2万以上", "2万以上"), ("20000以上", "2万以上"), ("2万+", "2万以上"), (">20000", "2万以上"),
        ("超过2万", "2万以上"), ("月收入2万以上", "2万以上"),
    ],
)  # fmt: skip
def test_each_spelling_of_a_band_is_stored_as_the_band(typed: str, band: str) -> None:
    assert band_for(typed) == band
    assert parse_income(typed) == band


@pytest.mark.parametrize("typed", ["8000", "中等", "年收入10万", "1-3万", "高", "保密"])
def test_income_that_names_no_band_is_kept_as_typed_and_counted_as_other(typed: str) -> None:
    assert parse_income(typed) == typed
    assert segment_key(parse_income(typed)) == OTHER


def test_no_income_is_not_recorded() -> None:
    assert parse_income("") == ""
    assert segment_key("") == segment_key("  ") == ""
    assert [segment_key(b) for b in BANDS] == list(BANDS)


@given(st.text(max_size=30))
def test_reading_an_income_never_fails_and_reading_it_again_changes_nothing(text: str) -> None:
    stored = parse_income(text.strip())
    assert parse_income(stored) == stored
    assert segment_key(stored) in (*BANDS, OTHER, "")
