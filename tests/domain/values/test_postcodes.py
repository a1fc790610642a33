"""Postcodes: six digits in China, as written elsewhere."""

from __future__ import annotations

import pytest

from smallcrm.domain.values.postcodes import parse_postcode
from smallcrm.errors import ValidationError


@pytest.mark.parametrize(("typed", "stored"), [("610041", "610041"), ("610 041", "610041"), ("６１００４１", "610041")])
def test_a_chinese_postcode_is_six_digits(typed: str, stored: str) -> None:
    assert parse_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["61004", "6100411", "SW1A 1AA", "成都"])
def test_a_chinese_postcode_that_is_not_six_digits_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="a postcode in China has six digits") as err:
        parse_postcode(typed, "中国")
    assert err.value.field == "postcode"


def test_other_countries_postcodes_are_kept_as_written() -> None:
    assert parse_postcode(" SW1A 1AA ", "GB") == "SW1A 1AA"
    assert parse_postcode("94043", "US") == "94043"
