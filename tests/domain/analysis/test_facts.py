"""Reading the analysis's facts on two threads gives exactly what one thread reads:
purchase ranges split between the connections, and dates that are not plain ISO text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest

from smallcrm.domain import demo
from smallcrm.domain.analysis import facts
from smallcrm.domain.analysis.facts import Facts, load_facts
from smallcrm.store.db import db
from smallcrm.store.sqlite import columns

AS_OF = dt.date(2025, 6, 30)


def same_facts(a: Facts, b: Facts) -> None:
    assert np.array_equal(a.ids, b.ids) and np.array_equal(a.income, b.income)
    for name in ("days", "buys", "contacts", "complaints", "resolutions", "scores"):
        x, y = getattr(a, name), getattr(b, name)
        assert np.array_equal(x.cust, y.cust) and np.array_equal(x.day, y.day), name
        for key in x.values:
            assert np.array_equal(x.values[key], y.values[key]), (name, key)


@pytest.fixture
def shop(crm: Path) -> None:
    demo.generate(80, seed=4, today=AS_OF)


def test_two_threads_over_many_ranges_read_what_one_thread_reads(shop: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(columns, "CHUNK_ROWS", 37)  # many row ranges, split between the threads
    together = load_facts(AS_OF)
    monkeypatch.setattr(facts, "_can_read_beside", lambda: False)
    alone = load_facts(AS_OF)
    assert len(alone.days) > 37 * 4
    same_facts(together, alone)


def test_purchase_dates_stored_with_a_time_read_as_the_same_days(shop: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(columns, "CHUNK_ROWS", 50)
    plain = load_facts(AS_OF)
    db.execute_sql("UPDATE purchase SET date = date || ' 10:30:00' WHERE id % 3 = 0")  # mixed widths
    same_facts(load_facts(AS_OF), plain)


def test_inside_a_transaction_one_thread_reads_what_it_wrote(shop: None) -> None:
    before = load_facts(AS_OF)
    with db.atomic() as transaction:
        db.execute_sql("DELETE FROM purchase")
        assert len(load_facts(AS_OF).days) == 0  # a helper connection would still see them
        transaction.rollback()
    same_facts(load_facts(AS_OF), before)
