"""Fixtures the tests of this folder share."""

from __future__ import annotations

import pytest

from tests.domain.analysis.tier_shop import AS_OF, D, buy, contact, customer


@pytest.fixture
def tier_shop(crm) -> dict[str, int]:
    """Profit in the window, service cost ¥10 a contact (the default):
    A 8000−3000 = 5000; B 5000−2000 = 3000; C 2000−500 = 1500; D 1000−500 − one call 10 = 490;
    J bought on the as-of day 300−100 = 200; E nothing = 0; H only before the window = 0;
    I on the window's first (excluded) day = 0; F two calls = −20; G 100−150 = −50."""
    c = {n: customer(n) for n in "ABCDEFGHIJ"}
    buy(c["A"], D(2025, 3, 1), "8000", "3000")
    buy(c["B"], D(2025, 4, 1), "5000", "2000")
    buy(c["C"], D(2025, 5, 1), "2000", "500")
    buy(c["D"], D(2025, 5, 2), "1000", "500")
    contact(c["D"], D(2025, 5, 3))
    contact(c["F"], D(2025, 1, 5))
    contact(c["F"], D(2025, 2, 5), kind="visit")
    buy(c["G"], D(2025, 2, 1), "100", "150")
    buy(c["H"], D(2024, 6, 1), "9000", "0")
    buy(c["I"], D(2024, 6, 30), "700", "0")
    buy(c["J"], AS_OF, "300", "100")
    contact(c["A"], D(2025, 7, 1))  # after the as-of day: not counted
    return c
