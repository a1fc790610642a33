"""What the customer list needs from the domain: quick-filter conditions, the first
page of a search in the same order as the whole list, the matched part of a hit,
staff management, bulk follow-ups and the status bar's counts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from smallcrm.domain import customer_filters as cf
from smallcrm.domain import customers as cu
from smallcrm.domain import search
from smallcrm.store.models import Customer, Reminder

pytestmark = pytest.mark.usefixtures("crm")


def names(condition: Any) -> list[str]:
    return sorted(c.name for c in Customer.select(Customer.name).where(condition & Customer.deleted_at.is_null()))


# -- quick filters ---------------------------------------------------------------------------


def test_staff_filter_and_customers_nobody_looks_after() -> None:
    cu.create_customer({"name": "张三", "staff": "小王"})
    cu.create_customer({"name": "李四"})
    [(staff_id, name, active)] = cf.staff_choices()
    assert (name, active) == ("小王", True)
    assert names(cf.staff_is(staff_id)) == ["张三"]
    assert names(cf.staff_is(None)) == ["李四"]


def test_tag_filter_lists_only_tags_in_use() -> None:
    cu.create_customer({"name": "张三", "tags": ["VIP"]})
    c = cu.create_customer({"name": "李四", "tags": ["旧标签"]})
    cu.update_customer(c.id, {"tags": []})
    [(tag_id, tag)] = cf.tag_choices()
    assert tag == "VIP"
    assert names(cf.has_tag(tag_id)) == ["张三"]


def test_open_complaint_filter_ignores_resolved_ones() -> None:
    from smallcrm.domain.interactions import add_interaction

    a = cu.create_customer({"name": "张三"})
    b = cu.create_customer({"name": "李四"})
    add_interaction(a.id, {"kind": "complaint", "summary": "茶叶受潮"})
    add_interaction(b.id, {"kind": "complaint", "summary": "送晚了", "status": "resolved"})
    assert names(cf.has_open_complaint()) == ["张三"]


def test_churn_status_filter() -> None:
    cu.create_customer({"name": "张三", "churn_status": "churned", "churn_reason": "competitive"})
    cu.create_customer({"name": "李四"})
    assert names(cf.churn_status_is("churned")) == ["张三"]


def test_segment_filters_wait_for_the_query_and_match_the_segment() -> None:
    from smallcrm.domain import demo
    from smallcrm.domain import segments as seg

    demo.generate(120, seed=5)
    asked: list[str] = []

    def resolve(name: str) -> list[int]:
        asked.append(name)
        return seg.segment_ids(name)

    condition = cf.in_segment("lifecycle:retained", resolve)
    assert asked == []  # choosing the filter does no work: the list's query will
    ids = sorted(c.id for c in Customer.select(Customer.id).where(condition))
    assert asked == ["lifecycle:retained"] and ids == seg.segment_ids("lifecycle:retained")
    assert cf.rule_of(condition) == {"segment": "lifecycle:retained"}
    income = next(n for d, n, _ in cf.segment_choices() if d == "income" and n != "income:")
    assert sorted(c.id for c in Customer.select(Customer.id).where(cf.in_segment(income))) == seg.segment_ids(income)
    assert names(cf.in_ids([])) == []
    assert cf.rule_of(cf.has_open_complaint()) is None  # no saved-segment rule says "open complaint"


def test_segment_choices_list_every_dimension_then_the_saved_segments() -> None:
    from smallcrm.domain import segments as seg

    cu.create_customer({"name": "张三", "income_band": "5千-1万"})
    seg.save_segment("VIP 成都", {"field": "city", "op": "eq", "value": "成都市"})
    choices = cf.segment_choices()
    dimensions = [d for d, _n, _l in choices]
    assert dimensions == sorted(dimensions, key=[*cf.SEGMENT_DIMENSIONS, seg.CUSTOM].index)
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
    cu.insert_customers(rows)
    found = set(names(cf.birthday_in_month(year, month)))
    expected = set()
    for row in rows:
        b = row["birthday"]
        years = (year - 1, year) if b.lunar else (year,)
        if any(b.in_year(y).year == year and b.in_year(y).month == month for y in years):
            expected.add(row["name"])
    assert found == expected


# -- the list's search -----------------------------------------------------------------------


@pytest.fixture
def many() -> None:
    rows = []
    for i in range(400):
        rows.append({"name": ["王芳", "王小明", "汪洋", "张三"][i % 4], "phone": f"1380000{i:04d}", "city": "成都市"})
    rows.append({"name": "wang", "phone": "13911112222"})
    ids = cu.insert_customers(rows)
    cu.assign_staff(ids[::3], "小王")  # before the trash: customers in it cannot be reassigned
    cu.delete_customers(ids[::7])


@pytest.mark.parametrize("term", ["wang", "wf", "王", "王芳", "0001", "成都", "138", "zs", "w"])
@pytest.mark.parametrize("staffed", [False, True])
def test_the_first_page_is_the_start_of_the_whole_ordered_list(many: None, term: str, staffed: bool) -> None:
    where = cf.staff_is(cf.staff_choices()[0][0]) if staffed else None
    cond = search.match_condition(term)
    if where is not None:
        cond = cond & where
    whole = [c.id for c in Customer.select(Customer.id).where(cond).order_by(*search.list_order(term))]
    assert search.first_list_page(term, where, limit=50) == whole[:50]


def test_an_exact_name_comes_first(many: None) -> None:
    first = search.first_list_page("wang", None, limit=1)
    assert Customer.get_by_id(first[0]).name == "wang"


@pytest.mark.parametrize(
    ("text", "term", "pinyin", "spans"),
    [
        ("138 1234 5678", "5678", False, [(9, 13)]),
        ("138 1234 5678", "13812", False, [(0, 6)]),
        ("张三", "zs", True, [(0, 2)]),
        ("张三丰", "sanf", True, [(1, 3)]),
        ("王小明", "wangxm", True, [(0, 3)]),
        ("曾小贤", "zx", True, [(0, 2)]),
        ("成都市", "成都", False, [(0, 2)]),
        ("C000123", "c0001", False, [(0, 5)]),
        ("张三", "zs", False, []),
        ("张三", "li", True, []),
    ],
)
def test_the_matched_part_of_a_hit(text: str, term: str, pinyin: bool, spans: list[tuple[int, int]]) -> None:
    assert search.highlight_spans(text, term, pinyin=pinyin) == spans


# -- staff, bulk follow-ups, counts ----------------------------------------------------------


def test_staff_can_be_renamed_and_keep_their_customers() -> None:
    from smallcrm.domain.staff import list_staff, rename_staff

    c = cu.create_customer({"name": "张三", "staff": "小王"})
    staff_id = list_staff()[0]["id"]
    rename_staff(staff_id, "王小明")
    assert cu.customer_dict(cu.get_customer(c.id))["staff"] == "王小明"


def test_a_staff_name_is_unique_and_not_empty() -> None:
    from smallcrm.domain.staff import add_staff, rename_staff
    from smallcrm.errors import ValidationError

    a = add_staff("小王")
    add_staff("小李")
    with pytest.raises(ValidationError, match="already a staff member called 小李"):
        rename_staff(a.id, "小李")
    with pytest.raises(ValidationError, match="needs a name"):
        rename_staff(a.id, " ")


def test_a_staff_member_who_left_is_not_offered_but_keeps_their_customers() -> None:
    from smallcrm.domain.staff import set_staff_active

    c = cu.create_customer({"name": "张三", "staff": "小王"})
    staff_id = c.staff_id
    set_staff_active(staff_id, False)
    assert cf.staff_choices(include_inactive=False) == []
    assert cf.staff_choices() == [(staff_id, "小王", False)]
    assert cu.get_customer(c.id).staff_id == staff_id


def test_a_follow_up_for_each_live_customer_in_one_go() -> None:
    from smallcrm.domain.bulk import add_follow_ups
    from smallcrm.domain.reminders import list_reminders

    a = cu.create_customer({"name": "张三"})
    b = cu.create_customer({"name": "李四"})
    gone = cu.create_customer({"name": "王五"})
    cu.delete_customers([gone.id])
    done = add_follow_ups([a.id, b.id, gone.id, a.id], {"title": "回访", "due": "2030-01-02"})
    assert done == [a.id, b.id]
    assert [r["title"] for r in list_reminders(a.id)] == ["回访"]
    assert list_reminders(gone.id) == []
    stored = Reminder.get(Reminder.customer == b.id)  # read back as the model has it
    assert (stored.due_date, stored.kind, stored.status) == (dt.date(2030, 1, 2), "callback", "open")


def test_the_status_bar_counts_are_cheap_and_skip_the_trash() -> None:
    from smallcrm.domain.reminders import add_reminder
    from smallcrm.domain.stats import status_counts

    today = dt.date(2026, 3, 1)
    a = cu.create_customer({"name": "张三"})
    b = cu.create_customer({"name": "李四"})
    add_reminder({"customer": a.id, "title": "今天", "due": today})
    add_reminder({"customer": a.id, "title": "过期", "due": today - dt.timedelta(days=2)})
    add_reminder({"customer": a.id, "title": "明天", "due": today + dt.timedelta(days=1)})
    add_reminder({"customer": b.id, "title": "回收站里的", "due": today})
    add_reminder({"title": "店里的事", "due": today})
    cu.delete_customers([b.id])
    assert status_counts(today) == {"customers": 1, "due_today": 2, "overdue": 1}
