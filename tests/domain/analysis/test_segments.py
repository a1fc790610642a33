"""Segments on small hand-checked shops: profit tiers, RFM, age and income bands,
lifecycle stages, segments as filters, and saved custom segments. Every expected
number is worked out in the test from the rules in domain.segments.HELP."""

from __future__ import annotations

import pytest

from smallcrm import settings
from smallcrm.domain.analysis import segments
from smallcrm.domain.analysis.result import current
from smallcrm.domain.analysis.segment_names import split_name
from smallcrm.domain.customers import groups
from smallcrm.domain.customers.commands import delete_customers
from smallcrm.errors import UserError
from smallcrm.store.models import Customer
from tests.domain.analysis.tier_shop import AS_OF, D, buy, customer


def names_of(ids: list[int], by_id: dict[int, str]) -> list[str]:
    return sorted(by_id[i] for i in ids)


# --- Profit tiers --------------------------------------------------------------------------------


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
