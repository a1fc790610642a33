"""Sums over windows of days per customer (``analysis.series``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from smallcrm.domain import demo
from smallcrm.domain.analysis.facts import load_facts
from smallcrm.domain.analysis.series import day_number, running_total

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def shop(crm: Path) -> None:
    demo.generate(80, seed=4, today=AS_OF)


def test_running_total_is_the_difference_of_the_two_cumulative_sums(shop: None) -> None:
    # The KPIs' profit over time in one bincount: purchase days' profit minus ¥10 per contact,
    # on and before each day, must equal the two series' cumulative sums combined.
    facts = load_facts(AS_OF)
    days = np.array([day_number(AS_OF) - d for d in (900, 400, 200, 30, 0)])
    _, profit = facts.days.cumulative(days, "profit")
    _, served = facts.contacts.cumulative(days, "service")
    combined = running_total(days, (facts.days, "profit", 1), (facts.contacts, "service", -1000))
    assert served["service"].any() and profit["profit"].any()
    assert np.array_equal(combined, profit["profit"] - served["service"] * 1000)
