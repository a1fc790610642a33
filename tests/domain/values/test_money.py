"""Money is whole cents (fen): amounts typed or imported never go through float arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smallcrm.domain.values.money import MAX_CENTS, format_cents, parse_cents
from smallcrm.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("¥1,234.50", 123450),
        ("￥1,234.50", 123450),
        ("1234.5", 123450),
        ("1234.50元", 123450),
        ("RMB 12", 1200),
        (" 12 ", 1200),
        ("0.01", 1),
        ("-3.20", -320),
        ("(12.00)", -1200),  # accounting style negative
        ("１２.５０", 1250),  # full-width digits
        (12, 1200),
        (0.1, 10),  # a spreadsheet number cell: what the user typed, not 0.1000000000000000055
        (1234.56, 123456),
        (Decimal("12.3"), 1230),
    ],
)
def test_amount_typed_any_way_becomes_cents(typed: object, cents: int) -> None:
    assert parse_cents(typed) == cents


def test_parsed_amount_is_an_int_not_a_float() -> None:
    assert type(parse_cents(0.1)) is int
    assert type(parse_cents("1234.5")) is int


def test_sub_cent_amount_is_rejected() -> None:
    with pytest.raises(ValidationError, match="more than two decimal places"):
        parse_cents("1.005")


def test_tiny_exponent_is_rejected_not_rounded_to_zero() -> None:
    with pytest.raises(ValidationError, match="more than two decimal places"):
        parse_cents("1e-999999999")


@pytest.mark.parametrize("typed", ["abc", "", "1.2.3", "--12", "(-12)", True])
def test_text_that_is_not_money_is_rejected(typed: object) -> None:
    with pytest.raises(ValidationError, match="not an amount of money"):
        parse_cents(typed)


@pytest.mark.parametrize("typed", ["nan", "NaN", "inf", "-inf", "Infinity", float("nan"), float("inf")])
def test_nan_and_infinity_are_rejected(typed: object) -> None:
    with pytest.raises(ValidationError, match="not an amount of money"):
        parse_cents(typed)


@pytest.mark.parametrize("typed", ["1e999999999", "-1e999999999", 1e300, 10**20, "10000000000000"])
def test_absurdly_large_amount_is_rejected_before_it_can_overflow_the_database(typed: object) -> None:
    with pytest.raises(ValidationError, match="too large"):
        parse_cents(typed)


def test_error_names_the_field() -> None:
    with pytest.raises(ValidationError) as err:
        parse_cents("abc", field="cost")
    assert err.value.field == "cost"


@pytest.mark.parametrize(
    ("cents", "text"),
    [(0, "0.00"), (5, "0.05"), (123450, "1,234.50"), (-1200, "-12.00"), (-5, "-0.05"), (100000000, "1,000,000.00")],
)
def test_format_cents_shows_yuan_with_two_decimals(cents: int, text: str) -> None:
    assert format_cents(cents) == text


def test_format_cents_puts_the_sign_before_the_symbol() -> None:
    assert format_cents(-1250, "¥") == "-¥12.50"


@settings(deadline=None)  # first calls load lookup tables; timing is not the point
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS))
def test_formatted_amount_parses_back_to_the_same_cents(cents: int) -> None:
    parsed = parse_cents(format_cents(cents))
    assert parsed == cents
    assert type(parsed) is int


@settings(deadline=None)
@given(st.integers(min_value=-MAX_CENTS, max_value=MAX_CENTS), st.sampled_from(["¥", "￥", "$"]))
def test_formatted_amount_with_symbol_parses_back(cents: int, symbol: str) -> None:
    assert parse_cents(format_cents(cents, symbol)) == cents


@settings(deadline=None)
@given(st.one_of(st.text(max_size=30), st.floats(), st.integers(), st.decimals()))
def test_parse_returns_int_or_raises_a_validation_error(value: object) -> None:
    try:
        result = parse_cents(value)
    except ValidationError:
        return
    assert type(result) is int
    assert abs(result) <= MAX_CENTS


@settings(deadline=None)
@given(st.text(alphabet="0123456789.,-+()eE ¥元_", max_size=25))
def test_parse_of_number_like_text_returns_int_or_raises_a_validation_error(text: str) -> None:
    try:
        result = parse_cents(text)
    except ValidationError:
        return
    assert type(result) is int
