"""One analysis of the shop shared by the Analysis area and the list's segment filters:
worked out once, kept until the data changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.domain.analysis.segments import members
from smallcrm.ui.models import analysis_state
from smallcrm.ui.models.analysis_state import KEEP, AnalysisCache
from smallcrm.ui.shell import changes

TODAY = dt.date.today()


@pytest.fixture
def small_shop(crm: Path) -> Path:
    from smallcrm.domain import demo

    demo.generate(60, seed=4)
    return crm


def test_an_analysis_is_worked_out_once_and_then_kept(small_shop: Path) -> None:
    cache = AnalysisCache()
    assert cache.cached(TODAY) is None
    first = cache.get(TODAY)
    assert cache.get(TODAY) is first and cache.cached(TODAY) is first


def test_a_change_to_the_customers_forgets_it_and_a_reminder_does_not(small_shop: Path) -> None:
    cache = AnalysisCache()
    cache.watch()
    first, generation = cache.get(TODAY), cache.generation
    changes.hub().changed.emit(changes.REMINDERS, None)
    assert cache.get(TODAY) is first and cache.generation == generation
    changes.hub().changed.emit(changes.PURCHASES, [1])
    assert cache.generation == generation + 1 and cache.cached(TODAY) is None
    assert cache.get(TODAY) is not first


def test_only_the_last_days_asked_for_are_kept(small_shop: Path) -> None:
    cache = AnalysisCache()
    days = [TODAY - dt.timedelta(days=d) for d in range(KEEP + 1)]
    for day in days:
        cache.get(day)
    assert cache.cached(days[0]) is None  # the oldest asked for went first
    assert all(cache.cached(day) is not None for day in days[1:])


def test_a_segments_customers_are_the_analysis_own(small_shop: Path) -> None:
    cache = analysis_state.shared()
    ids = cache.segment_ids("tier:high")
    assert ids == [int(i) for i in members("tier:high", cache.get())]
    assert ids and all(isinstance(i, int) for i in ids)


def test_a_result_the_data_outran_is_returned_but_not_kept(small_shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = AnalysisCache()
    from smallcrm.domain.analysis import result

    real = result.analyse

    def changed_meanwhile(as_of: dt.date | None = None) -> object:
        cache.forget()  # a purchase saved while the worker was computing
        return real(as_of)

    monkeypatch.setattr(result, "analyse", changed_meanwhile)
    assert cache.get(TODAY) is not None
    assert cache.cached(TODAY) is None
