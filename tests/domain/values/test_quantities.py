"""Quantities: exact decimals kept to the thousandth (goods sold by weight), never float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values.quantities import MAX_QUANTITY, format_quantity, parse_quantity
from smallcrm.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (2, Decimal("2")),
        ("1.5", Decimal("1.5")),
        ("１.５", Decimal("1.5")),
        (1.5, Decimal("1.5")),  # a spreadsheet's number cell
        (0.1, Decimal("0.1")),  # not 0.1000000000000000055511151231257827
        ("1,250.5", Decimal("1250.5")),  # as Excel shows it
        (Decimal("0.25"), Decimal("0.25")),
    ],
)
def test_a_quantity_is_read_exactly_as_written(typed: object, read: Decimal) -> None:
    assert parse_quantity(typed) == read


@pytest.mark.parametrize("typed", ["0", "-1", "1.0005", "two", "1,5", None, True, str(MAX_QUANTITY + 1)])
def test_what_is_no_quantity_to_sell_is_refused_naming_the_field(typed: object) -> None:
    with pytest.raises(ValidationError) as err:
        parse_quantity(typed, "qty")
    assert err.value.field == "qty"


def test_an_empty_cell_asks_for_a_quantity() -> None:
    with pytest.raises(ValidationError, match="Give a quantity"):
        parse_quantity("  ")


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**6), places=3))
def test_a_quantity_shown_reads_back_as_the_same_quantity(quantity: Decimal) -> None:
    assert parse_quantity(format_quantity(quantity)) == quantity


@pytest.mark.parametrize(
    ("quantity", "shown"),
    [(Decimal("1.500"), "1.5"), (Decimal("2"), "2"), (12000, "12,000"), (Decimal("0.25"), "0.25")],
)
def test_a_quantity_is_shown_without_trailing_zeros(quantity: Decimal | int, shown: str) -> None:
    assert format_quantity(quantity) == shown
