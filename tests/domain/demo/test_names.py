"""The demo customers' names: common surnames most often, given names by gender."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from smallcrm.domain.demo.names import (
    FEMALE_FIRST,
    FEMALE_ONE,
    FEMALE_TWO,
    MALE_FIRST,
    MALE_ONE,
    MALE_TWO,
    SURNAMES,
    person_name,
)
from smallcrm.domain.demo.run import Run
from smallcrm.store.models import Customer


def test_common_surnames_are_the_most_frequent(demo: dict[str, int]) -> None:
    names = [c.name for c in Customer.select(Customer.name)]
    top = [s for s, _ in Counter(n[0] for n in names).most_common(5)]
    assert {"王", "李", "张"} <= set(top)
    assert all(2 <= len(n) <= 5 for n in names)


def test_a_name_starts_with_its_surname_and_compound_surnames_occur() -> None:
    run = Run.start(1, dt.date(2025, 6, 15))
    drawn = [person_name(run, "") for _ in range(20000)]
    assert all(name.startswith(surname) and len(name) > len(surname) for name, surname in drawn)
    assert {s for _, s in drawn} & {"欧阳", "司马"}
    assert {s for _, s in drawn} <= {s for s, _ in SURNAMES}


def test_women_get_womens_given_names_and_men_mens() -> None:
    run = Run.start(2, dt.date(2025, 6, 15))
    female = set(FEMALE_ONE + FEMALE_FIRST + "".join(FEMALE_TWO))
    male = set(MALE_ONE + MALE_FIRST + "".join(MALE_TWO))
    for _ in range(500):
        name, surname = person_name(run, "F")
        assert set(name[len(surname) :]) <= female, name
        name, surname = person_name(run, "M")
        assert set(name[len(surname) :]) <= male, name
