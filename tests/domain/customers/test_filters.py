"""What the customer list needs from the domain: quick-filter conditions, the first
page of a search in the same order as the whole list, the matched part of a hit,
staff management, bulk follow-ups and the status bar's counts."""

from __future__ import annotations

from typing import Any

import pytest

from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import create_customer, update_customer
from smallcrm.store.models import Customer

pytestmark = pytest.mark.usefixtures("crm")


def names(condition: Any) -> list[str]:
    return sorted(c.name for c in Customer.select(Customer.name).where(condition & Customer.deleted_at.is_null()))


# -- quick filters ---------------------------------------------------------------------------


def test_staff_filter_and_customers_nobody_looks_after() -> None:
    create_customer({"name": "张三", "staff": "小王"})
    create_customer({"name": "李四"})
    [(staff_id, name, active)] = cf.staff_choices()
    assert (name, active) == ("小王", True)
    assert names(cf.staff_is(staff_id)) == ["张三"]
    assert names(cf.staff_is(None)) == ["李四"]


def test_tag_filter_lists_only_tags_in_use() -> None:
    create_customer({"name": "张三", "tags": ["VIP"]})
    c = create_customer({"name": "李四", "tags": ["旧标签"]})
    update_customer(c.id, {"tags": []})
    [(tag_id, tag)] = cf.tag_choices()
    assert tag == "VIP"
    assert names(cf.has_tag(tag_id)) == ["张三"]


def test_open_complaint_filter_ignores_resolved_ones() -> None:
    from smallcrm.domain.records.interactions import add_interaction

    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四"})
    add_interaction(a.id, {"kind": "complaint", "summary": "茶叶受潮"})
    add_interaction(b.id, {"kind": "complaint", "summary": "送晚了", "status": "resolved"})
    assert names(cf.has_open_complaint()) == ["张三"]


def test_churn_status_filter() -> None:
    create_customer({"name": "张三", "churn_status": "churned", "churn_reason": "competitive"})
    create_customer({"name": "李四"})
    assert names(cf.churn_status_is("churned")) == ["张三"]


def test_segment_filters_wait_for_the_query_and_match_the_segment() -> None:
    from smallcrm.domain import demo
    from smallcrm.domain.analysis.segments import segment_ids

    demo.generate(120, seed=5)
    asked: list[str] = []

    def resolve(name: str) -> list[int]:
        asked.append(name)
        return segment_ids(name)

    condition = cf.in_segment("lifecycle:retained", resolve)
    assert asked == []  # choosing the filter does no work: the list's query will
    ids = sorted(c.id for c in Customer.select(Customer.id).where(condition))
    assert asked == ["lifecycle:retained"] and ids == segment_ids("lifecycle:retained")
    assert cf.rule_of(condition) == {"segment": "lifecycle:retained"}
    income = next(n for d, n, _ in cf.segment_choices() if d == "income" and n != "income:")
    assert sorted(c.id for c in Customer.select(Customer.id).where(cf.in_segment(income))) == segment_ids(income)
    assert names(cf.in_ids([])) == []
    assert cf.rule_of(cf.has_open_complaint()) is None  # no saved-segment rule says "open complaint"


def test_segment_choices_list_every_dimension_then_the_saved_segments() -> None:
    from smallcrm.domain.analysis.segment_names import CUSTOM
    from smallcrm.domain.analysis.segments import save_segment

    create_customer({"name": "张三", "income_band": "5千-1万"})
    save_segment("VIP 成都", {"field": "city", "op": "eq", "value": "成都市"})
    choices = cf.segment_choices()
    dimensions = [d for d, _n, _l in choices]
    assert dimensions == sorted(dimensions, key=[*cf.SEGMENT_DIMENSIONS, CUSTOM].index)
    assert ("tier", "tier:high", "High profit") in choices
    assert ("income", "income:5千-1万", "5千-1万") in choices
    assert choices[-1] == ("custom", "custom:VIP 成都", "VIP 成都")


@pytest.mark.parametrize(("year", "month"), [(2026, 1), (2026, 2), (2026, 9), (2025, 12)])
def test_birthday_this_month_agrees_with_the_birthdays_own_dates(year: int, month: int) -> None:
    """Every lunar and solar birthday lands in the month by Birthday.in_year's rules."""
    from smallcrm.domain.values.birthdays import Birthday

    rows = [
        {"name": f"L{m}-{d}-{leap}", "birthday": Birthday(m, d, None, "lunar", leap)}
        for m in range(1, 13)
        for d in (1, 15, 29, 30)
        for leap in (False, True)
    ]
    rows += [{"name": f"S{m}-{d}", "birthday": Birthday(m, d)} for m in range(1, 13) for d in (1, 28)]
    rows.append({"name": "S2-29", "birthday": Birthday(2, 29)})
    insert_customers(rows)
    found = set(names(cf.birthday_in_month(year, month)))
    expected = set()
    for row in rows:
        b = row["birthday"]
        years = (year - 1, year) if b.lunar else (year,)
        if any(b.in_year(y).year == year and b.in_year(y).month == month for y in years):
            expected.add(row["name"])
    assert found == expected


# -- the list's search -----------------------------------------------------------------------


# -- staff, bulk follow-ups, counts ----------------------------------------------------------
