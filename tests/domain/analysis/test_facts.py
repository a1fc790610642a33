"""Reading the analysis's facts on two threads gives exactly what one thread reads:
purchase ranges split between the connections, and dates that are not plain ISO text;
without a core to spare the work stays on one thread."""

from __future__ import annotations

import datetime as dt
import os
import threading
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
    monkeypatch.setattr(facts, "spare_core", lambda: True)  # whatever else this machine runs
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


def helper_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "smallcrm-analysis"]


def test_without_a_core_to_spare_the_facts_are_read_on_this_thread_alone(
    shop: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(columns, "CHUNK_ROWS", 37)
    monkeypatch.setattr(facts, "spare_core", lambda: True)
    together = load_facts(AS_OF)
    started: list[str] = []
    monkeypatch.setattr(threading.Thread, "start", lambda thread: started.append(thread.name))
    monkeypatch.setattr(facts, "spare_core", lambda: False)
    same_facts(load_facts(AS_OF), together)
    assert started == []


@pytest.mark.parametrize(("load", "cores", "spare"), [(0.3, 2, True), (1.0, 2, True), (1.2, 2, False), (3.0, 4, True)])
def test_a_core_is_spare_while_the_load_average_leaves_one_free(
    monkeypatch: pytest.MonkeyPatch, load: float, cores: int, spare: bool
) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert facts.spare_core() is spare


def test_without_a_load_average_a_core_is_taken_to_be_spare(monkeypatch: pytest.MonkeyPatch) -> None:
    def windows() -> tuple[float, float, float]:
        raise OSError("no load average here")

    monkeypatch.setattr(os, "getloadavg", windows)
    assert facts.spare_core()


@pytest.mark.parametrize("spare", [True, False])
def test_work_beside_gives_its_result_or_its_error_when_waited_for(
    monkeypatch: pytest.MonkeyPatch, spare: bool
) -> None:
    monkeypatch.setattr(facts, "spare_core", lambda: spare)
    assert facts.beside(lambda: 42)() == 42

    def fails() -> int:
        raise ValueError("bad data")

    wait = facts.beside(fails)  # not raised yet
    with pytest.raises(ValueError, match="bad data"):
        wait()
