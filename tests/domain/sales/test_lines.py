"""A sale's money to the cent: any discount spread over any lines adds up exactly."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.sales.lines import LineInput, cents_of, price_lines, spread


@given(total=st.integers(0, 10**9), weights=st.lists(st.integers(0, 10**8), min_size=1, max_size=30))
def test_shares_add_up_to_the_total_and_each_is_within_a_cent_of_its_part(total: int, weights: list[int]) -> None:
    shares = spread(total, weights)
    whole = sum(weights)
    if whole == 0:
        assert shares == [0] * len(weights)
        return
    assert sum(shares) == total
    for share, weight in zip(shares, weights, strict=True):
        assert abs(share - Fraction(total * weight, whole)) < 1


def test_half_a_cent_rounds_up() -> None:
    assert cents_of(3333, Decimal("1.5")) == 5000  # 49.995
    assert cents_of(1, Decimal("0.5")) == 1
    assert cents_of(1, Decimal("0.499")) == 0


lines = st.lists(
    st.builds(
        LineInput,
        text=st.sampled_from(["修鞋", "配钥匙", "包装"]),
        quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3),
        unit_price_cents=st.integers(0, 10**7),
    ),
    min_size=1,
    max_size=12,
)


@pytest.mark.usefixtures("crm")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=lines, fraction=st.fractions(0, 1))
def test_the_lines_amounts_are_the_total_less_every_discount(lines: list[LineInput], fraction: Fraction) -> None:
    gross = sum(cents_of(line.unit_price_cents or 0, line.quantity) for line in lines)
    discount = int(gross * fraction)
    priced = price_lines(lines, discount)
    assert sum(p.amount_cents for p in priced) == gross - discount
    assert all(p.amount_cents >= 0 for p in priced)
    assert sum(p.discount_cents for p in priced) == discount
