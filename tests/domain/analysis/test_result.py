"""The analysis as of a day: computed once and reused until the data changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.analysis import result
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.purchases import add_purchase

pytestmark = pytest.mark.usefixtures("crm")

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def buyers(crm: Path) -> list[int]:
    ids = insert_customers([{"name": f"客户{i}", "phone": f"138{i:08d}"} for i in range(6)])
    for i, cid in enumerate(ids):
        for k in range(i + 1):
            add_purchase(cid, {"date": TODAY - dt.timedelta(days=30 * k), "item": "茶", "amount": str(100 * (i + 1))})
    return ids


def test_the_same_day_and_data_give_the_same_analysis_object(buyers: list[int]) -> None:
    first = result.current(TODAY)
    assert result.current(TODAY) is first
    assert result.current(TODAY - dt.timedelta(days=1)) is not first


def test_a_change_to_the_data_gives_a_new_analysis(buyers: list[int]) -> None:
    first = result.current(TODAY)
    create_customer({"name": "新客", "phone": "13900000000"})
    again = result.current(TODAY)
    assert again is not first and again.facts.n == first.facts.n + 1


def test_the_kpis_of_an_analysis_are_computed_once_per_span(buyers: list[int]) -> None:
    analysis = result.analyse(TODAY)
    assert analysis.as_of == TODAY
    assert analysis.kpis(6) is analysis.kpis(6)
    assert len(analysis.kpis(6).months) == 6 and len(analysis.kpis(3).months) == 3


def test_the_best_customers_are_in_the_high_profit_tier(buyers: list[int]) -> None:
    tiers = result.customer_tiers([*buyers, 99_999], TODAY)
    assert tiers[buyers[-1]] == "high"
    assert 99_999 not in tiers
    assert set(tiers.values()) <= {"high", "medium", "none", "loss"}


def test_a_shop_without_customers_has_no_tiers() -> None:
    assert result.customer_tiers([1, 2], TODAY) == {}
