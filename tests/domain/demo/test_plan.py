"""A demo customer's story: when they bought first and last, and how often."""

from __future__ import annotations

import datetime as dt

from smallcrm.domain.demo.goods import MAX_PURCHASES
from smallcrm.domain.demo.plan import buying_window
from smallcrm.domain.demo.run import Run
from smallcrm.domain.demo.shop_calendar import HISTORY_DAYS


def test_a_buyer_buys_at_least_once_within_the_history() -> None:
    run = Run.start(1, dt.date(2025, 6, 15))
    for kind in ("regular", "gift", "wholesale", "corporate", "bargain"):
        for _ in range(300):
            start, end, purchases = buying_window(run, kind)
            assert 0 <= start <= end <= HISTORY_DAYS
            assert 1 <= purchases <= MAX_PURCHASES


def test_a_potential_customer_has_not_bought_and_came_within_two_years() -> None:
    run = Run.start(2, dt.date(2025, 6, 15))
    for _ in range(100):
        start, end, purchases = buying_window(run, "potential")
        assert purchases == 0 and start == end >= HISTORY_DAYS - 700


def test_wholesalers_buy_more_often_than_regular_customers() -> None:
    run = Run.start(3, dt.date(2025, 6, 15))

    def rate(kind: str) -> float:
        windows = [buying_window(run, kind) for _ in range(2000)]
        return sum(p for _, _, p in windows) / sum(e - s + 1 for s, e, _ in windows)

    assert rate("wholesale") > 2 * rate("regular")
