"""Yes or no, as a form's checkbox, a command line or a spreadsheet cell says it."""

from __future__ import annotations

import pytest

from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import ValidationError


@pytest.mark.parametrize("typed", [True, "yes", "Y", "1", "是", "同意", "on", " TRUE ", "ｙｅｓ"])
def test_every_way_of_saying_yes_is_yes(typed: object) -> None:
    assert parse_bool(typed, "mail_consent") is True


@pytest.mark.parametrize("typed", [False, "no", "N", "0", "否", "不同意", "off", ""])
def test_every_way_of_saying_no_is_no_and_an_empty_cell_too(typed: object) -> None:
    assert parse_bool(typed, "mail_consent") is False


@pytest.mark.parametrize("typed", ["maybe", "2", "对"])
def test_anything_else_is_refused_naming_the_field(typed: str) -> None:
    with pytest.raises(ValidationError, match="is not yes or no") as err:
        parse_bool(typed, "refund")
    assert err.value.field == "refund"
