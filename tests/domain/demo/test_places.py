"""Where the demo customers live: real districts with their postcodes, mostly Chengdu."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from smallcrm.domain.demo.places import CITIES, fill_address
from smallcrm.domain.demo.run import Run
from smallcrm.store.models import Customer


def test_postcodes_are_six_digits_of_the_customers_district(demo: dict[str, int]) -> None:
    known = {(c[0], c[1], d): code for c in CITIES for d, code in c[5]}
    rows = list(Customer.select(Customer.province, Customer.city, Customer.district, Customer.postcode).tuples())
    with_address = [r for r in rows if r[3]]
    assert len(with_address) > 0.7 * len(rows)
    for province, city, district, postcode in with_address:
        assert len(postcode) == 6 and postcode.isdigit()
        assert known[(province, city, district)] == postcode
    assert Counter(r[1] for r in rows).most_common(1)[0][0] == "成都市"  # a Chengdu shop
    assert len({r[1] for r in rows}) >= 20


def test_an_address_without_a_street_keeps_the_province_and_city_only() -> None:
    run = Run.start(1, dt.date(2025, 6, 15))
    row: dict[str, Any] = {}
    area = fill_address(run, row, full=False)
    assert row["province"] and row["city"]
    assert row["district"] == row["street"] == row["postcode"] == ""
    assert area in {c[2] for c in CITIES if c[1] == row["city"]}


def test_a_full_address_has_a_street_with_a_house_number() -> None:
    run = Run.start(2, dt.date(2025, 6, 15))
    for _ in range(200):
        row: dict[str, Any] = {}
        fill_address(run, row, full=True)
        assert row["district"] and row["postcode"]
        assert any(ch.isdigit() for ch in row["street"])
