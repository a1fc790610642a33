"""Segments on small hand-checked shops: profit tiers, RFM, age and income bands,
lifecycle stages, segments as filters, and saved custom segments. Every expected
number is worked out in the test from the rules in domain.segments.HELP."""

from __future__ import annotations

import datetime as dt

import pytest

from smallcrm import settings
from smallcrm.domain.analysis import segments
from smallcrm.domain.analysis.result import current
from smallcrm.domain.analysis.segment_names import split_name
from smallcrm.domain.customers import groups
from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.domain.records.interactions import add_interaction
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.errors import UserError
from smallcrm.store.models import Customer

AS_OF = dt.date(2025, 6, 30)  # the window is (2024-06-30, 2025-06-30]
D = dt.date


def customer(name: str, **fields: object) -> int:
    """A customer entered long before the as-of day (a customer entered after it is not
    one yet on that day, unless they bought or were contacted by then)."""
    cid = create_customer({"name": name, **fields}).id
    Customer.update(created_at=dt.datetime(2023, 1, 1, 9)).where(Customer.id == cid).execute()
    return cid


def buy(cid: int, day: dt.date, amount: str, cost: str | None = None, *, refund: bool = False) -> None:
    add_purchase(cid, {"date": day, "amount": amount, "refund": refund, **({"cost": cost} if cost is not None else {})})


def contact(cid: int, day: dt.date, kind: str = "call", **fields: object) -> None:
    add_interaction(cid, {"kind": kind, "at": f"{day.isoformat()} 10:00", **fields})


def names_of(ids: list[int], by_id: dict[int, str]) -> list[str]:
    return sorted(by_id[i] for i in ids)


# --- Profit tiers --------------------------------------------------------------------------------


@pytest.fixture
def tier_shop(crm) -> dict[str, int]:
    """Profit in the window, service cost ¥10 a contact (the default):
    A 8000−3000 = 5000; B 5000−2000 = 3000; C 2000−500 = 1500; D 1000−500 − one call 10 = 490;
    J bought on the as-of day 300−100 = 200; E nothing = 0; H only before the window = 0;
    I on the window's first (excluded) day = 0; F two calls = −20; G 100−150 = −50."""
    c = {n: customer(n) for n in "ABCDEFGHIJ"}
    buy(c["A"], D(2025, 3, 1), "8000", "3000")
    buy(c["B"], D(2025, 4, 1), "5000", "2000")
    buy(c["C"], D(2025, 5, 1), "2000", "500")
    buy(c["D"], D(2025, 5, 2), "1000", "500")
    contact(c["D"], D(2025, 5, 3))
    contact(c["F"], D(2025, 1, 5))
    contact(c["F"], D(2025, 2, 5), kind="visit")
    buy(c["G"], D(2025, 2, 1), "100", "150")
    buy(c["H"], D(2024, 6, 1), "9000", "0")
    buy(c["I"], D(2024, 6, 30), "700", "0")
    buy(c["J"], AS_OF, "300", "100")
    contact(c["A"], D(2025, 7, 1))  # after the as-of day: not counted
    return c


# --- RFM ----------------------------------------------------------------------------------------


# --- Age and income -------------------------------------------------------------------------------


# --- Lifecycle ------------------------------------------------------------------------------------


# --- Segments as filters ---------------------------------------------------------------------------


def test_a_segment_is_the_same_set_as_ids_condition_and_group(tier_shop: dict[str, int]) -> None:
    ids = segments.segment_ids("tier:high", AS_OF)
    by_condition = [
        c.id
        for c in Customer.select(Customer.id)
        .where(segments.segment_condition("tier:high", AS_OF))
        .order_by(Customer.id)
    ]
    by_select = [
        c.id for c in Customer.select(Customer.id).where(Customer.id.in_(segments.segment_select("tier:high", AS_OF)))
    ]
    assert by_condition == sorted(by_select) == ids


def test_groups_resolve_segment_names_for_rules_and_mailings(crm) -> None:
    a = customer("甲", income_band="1-2万")
    customer("乙", income_band="<5千")
    query = groups.group_ids("segment:income:1-2万")
    assert [c.id for c in Customer.select(Customer.id).where(Customer.id.in_(query))] == [a]


def test_trashed_customers_are_in_no_computed_segment(tier_shop: dict[str, int]) -> None:
    delete_customers([tier_shop["A"]])
    assert tier_shop["A"] not in segments.segment_ids("tier:high", AS_OF)


def test_unknown_segment_names_are_refused(crm) -> None:
    for name in ("tier:gold", "height:tall", "tier", "custom:", ""):
        with pytest.raises(UserError):
            split_name(name)


# --- Saved segments ---------------------------------------------------------------------------------


def test_a_saved_segment_combines_segments_fields_and_tags(tier_shop: dict[str, int]) -> None:
    from smallcrm.domain.customers.commands import set_tags, update_customer

    update_customer(tier_shop["A"], {"city": "成都市"})
    update_customer(tier_shop["C"], {"city": "成都市"})
    update_customer(tier_shop["J"], {"city": "成都市"})
    set_tags(tier_shop["J"], ["VIP"])
    definition = {
        "any": [
            {"all": [{"segment": "tier:high"}, {"field": "city", "op": "eq", "value": "成都市"}]},
            {"tag": "VIP"},
        ]
    }
    saved = segments.save_segment("成都大客户", definition, note="春节送礼")
    assert saved["segment"] == "custom:成都大客户"
    assert segments.segment_ids("custom:成都大客户", AS_OF) == sorted([tier_shop["A"], tier_shop["C"], tier_shop["J"]])
    listed = segments.list_segments(counts=True, as_of=AS_OF)
    assert [(s["name"], s["count"]) for s in listed] == [("成都大客户", 3)]
    # Saving again replaces it.
    segments.save_segment("成都大客户", {"all": [{"not": {"field": "city", "op": "empty"}}]})
    assert segments.segment_ids("custom:成都大客户") == sorted([tier_shop["A"], tier_shop["C"], tier_shop["J"]])
    segments.delete_segment("custom:成都大客户")
    assert segments.list_segments() == []


def test_field_operators(crm) -> None:
    a = customer("王小明", city="成都市", birthday="1980-05-01", mail_consent="yes")
    b = customer("王大明", city="重庆市")
    c = customer("李%", city="")

    def run(rule: dict) -> list[int]:
        segments.save_segment("t", {"all": [rule]})
        return segments.segment_ids("custom:t")

    assert run({"field": "name", "op": "contains", "value": "小"}) == [a]
    assert run({"field": "name", "op": "startswith", "value": "王"}) == [a, b]
    assert run({"field": "name", "op": "contains", "value": "%"}) == [c]  # wildcards are literal
    assert run({"field": "city", "op": "in", "value": ["成都市", "重庆市"]}) == [a, b]
    assert run({"field": "city", "op": "empty"}) == [c]
    assert run({"field": "birth_year", "op": "lt", "value": 1990}) == [a]
    assert run({"field": "mail_consent", "op": "eq", "value": True}) == [a]
    assert run({"field": "city", "op": "ne", "value": "成都市"}) == [b, c]


def test_a_broken_filter_is_refused_and_nothing_saved(crm) -> None:
    for bad in (
        {"all": [{"field": "shoe_size", "op": "eq", "value": 42}]},
        {"all": [{"field": "city", "op": "like", "value": "x"}]},
        {"all": [{"segment": "tier:gold"}]},
        {"all": "tier:high"},
        "not json",
    ):
        with pytest.raises(UserError):
            segments.save_segment("bad", bad)
    assert segments.list_segments() == []


def test_a_segment_that_uses_itself_is_refused(crm) -> None:
    segments.save_segment("a", {"all": [{"field": "city", "op": "eq", "value": "成都市"}]})
    segments.save_segment("b", {"all": [{"segment": "custom:a"}]})
    with pytest.raises(UserError, match="uses itself"):
        segments.save_segment("a", {"all": [{"segment": "custom:b"}]})
    assert segments.get_segment("a")["definition"] == {"all": [{"field": "city", "op": "eq", "value": "成都市"}]}


def test_the_analysis_is_reused_until_the_data_changes(tier_shop: dict[str, int]) -> None:
    first = current(AS_OF)
    assert current(AS_OF) is first
    assert tier_shop["E"] not in segments.segment_ids("tier:high", AS_OF)
    buy(tier_shop["E"], D(2025, 6, 1), "90000", "0")  # now the best customer by far
    assert current(AS_OF) is not first
    assert tier_shop["E"] in segments.segment_ids("tier:high", AS_OF)
    settings.put("tier_high_profit_percent", 1)  # a setting is data too
    assert segments.segment_ids("tier:high", AS_OF) == [tier_shop["E"]]
