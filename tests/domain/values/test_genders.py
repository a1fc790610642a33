"""Genders as the form, the CLI and a spreadsheet write them (issue 15.6): one reading for all."""

from __future__ import annotations

import pytest

from smallcrm.domain.values.genders import parse_gender
from smallcrm.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("男", "M"), ("男性", "M"), ("男士", "M"), ("先生", "M"), ("Male", "M"), ("Ｍ", "M"),
        ("女", "F"), ("女性", "F"), ("女士", "F"), ("female", "F"), ("f", "F"),
        ("", ""), ("未知", ""), ("保密", ""), ("不详", ""), ("-", ""),
    ],
)  # fmt: skip
def test_every_way_of_writing_a_gender_is_read(typed: str, stored: str) -> None:
    assert parse_gender(typed) == stored


def test_a_word_that_is_no_gender_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError, match="人妖 is not a gender") as err:
        parse_gender("人妖")
    assert err.value.field == "gender"
