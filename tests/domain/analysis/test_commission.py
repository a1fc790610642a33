"""Commission rules: a percentage of sales or of profit, per staff member, category or
both, the most particular deciding; exact to the cent; kept in the shop's settings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm import settings
from smallcrm.domain.analysis.commission import (
    Rule,
    commission_cents,
    remove_rule,
    rule_for,
    rule_rows,
    rules,
    save_rules,
    set_rule,
)
from smallcrm.domain.analysis.staff_results import staff_results
from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.staff import add_staff, rename_staff
from smallcrm.domain.sales.corrections import return_sale
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.recording import record_sale
from smallcrm.errors import UserError

pytestmark = pytest.mark.usefixtures("crm")


def test_the_most_particular_rule_decides_a_line() -> None:
    found = {
        (None, ""): Rule(None, "", Decimal(1), "sales"),
        (None, "茶叶"): Rule(None, "茶叶", Decimal(2), "sales"),
        (7, ""): Rule(7, "", Decimal(3), "sales"),
        (7, "茶叶"): Rule(7, "茶叶", Decimal(4), "profit"),
    }
    assert rule_for(found, 7, "茶叶").percent == 4
    assert rule_for(found, 7, "零食").percent == 3
    assert rule_for(found, 8, "茶叶").percent == 2
    assert rule_for(found, 8, "零食").percent == 1
    assert rule_for(found, None, "茶叶") is None  # a sale with nobody on it earns nobody anything


def test_the_lines_of_one_rule_are_added_up_before_the_percentage_is_taken_half_up() -> None:
    found = [Rule(7, "", Decimal("2.5"), "sales"), Rule(None, "茶叶", Decimal(10), "profit")]
    # 2.5 % of (101 + 101) = 5.05 -> 5; 10 % of 15 profit = 1.5 -> 2
    assert commission_cents(7, {"零食": (101, 40), "": (101, 0)}, found) == 5
    assert commission_cents(8, {"茶叶": (100, 15), "零食": (999, 999)}, found) == 2
    assert commission_cents(7, {"零食": (-1000, -300)}, found) == -25  # more came back than was sold: taken back


def test_rules_are_set_changed_and_removed_by_staff_member_and_category() -> None:
    add_staff("陈静")
    set_rule("陈静", "", "5", "sales")
    set_rule(None, "茶叶", "2.5%", "profit")
    set_rule("陈静", "", "6", "profit")  # the same scope: changed, not doubled
    assert [(r["staff"], r["category"], r["percent"], r["of"]) for r in rule_rows()] == [
        ("", "茶叶", "2.5", "profit"),
        ("陈静", "", "6", "profit"),
    ]
    remove_rule("", "茶叶")
    assert len(rules()) == 1
    with pytest.raises(UserError, match="no such commission rule"):
        remove_rule("陈静", "茶叶")


def test_a_renamed_staff_member_keeps_their_rule() -> None:
    member = add_staff("小王")
    set_rule("小王", "", "5", "sales")
    rename_staff(member.id, "王小明")
    assert rule_rows()[0]["staff"] == "王小明"


@pytest.mark.parametrize(
    ("percent", "of", "message"),
    [
        ("101", "sales", "from 0 to 100"),
        ("-1", "sales", "from 0 to 100"),
        ("2.555", "sales", "at most two decimals"),
        ("五", "sales", "from 0 to 100"),
        ("5", "revenue", "share of sales or of profit"),
    ],
)
def test_a_bad_rule_is_refused_with_one_sentence_and_nothing_changes(percent: str, of: str, message: str) -> None:
    set_rule(None, "", "5", "sales")
    with pytest.raises(UserError, match=message):
        set_rule(None, "茶叶", percent, of)
    assert len(rules()) == 1


def test_a_rule_for_someone_not_on_the_staff_is_refused() -> None:
    with pytest.raises(UserError, match="There is no staff member 小李"):
        set_rule("小李", "", "5", "sales")
    with pytest.raises(UserError, match="There is no staff member 99"):
        save_rules([{"staff_id": 99, "category": "", "percent": "5", "of": "sales"}])
    with pytest.raises(UserError, match="two commission rules"):
        save_rules([{"staff_id": None, "category": "", "percent": "5", "of": "sales"}] * 2)


def test_rules_can_be_set_as_a_json_setting_too() -> None:
    settings.put("commission_rules", '[{"staff_id": null, "category": "", "percent": 3, "of": "sales"}]')
    assert rules() == [Rule(None, "", Decimal(3), "sales")]
    with pytest.raises(UserError, match="needs a JSON list value"):
        settings.put("commission_rules", "5%")


@given(st.one_of(st.text(max_size=8), st.integers(-5, 500), st.decimals(allow_nan=True), st.none()))
def test_any_percentage_is_stored_exactly_or_refused_in_one_sentence(value: object) -> None:
    try:
        text = settings.commission_percent(value)
    except UserError as exc:
        assert "is a percentage from 0 to 100" in str(exc)
    else:
        assert 0 <= Decimal(text) <= 100 and Decimal(text) == Decimal(text).quantize(Decimal("0.01"))


def test_the_month_commission_is_what_the_rules_give(crm: Path) -> None:
    cid = create_customer({"name": "张三", "phone": "13812345678"}).id
    tea = add_product({"name": "铁观音", "price": "160", "cost": "72", "category": "茶叶"}).id
    seeds = add_product({"name": "瓜子", "price": "18", "cost": "10", "category": "零食"}).id
    add_staff("陈静")
    set_rule("陈静", "", "5", "sales")
    set_rule("陈静", "茶叶", "10", "profit")
    at = dt.datetime(2026, 11, 3, 10, 0)
    sale = record_sale(cid, [LineInput(product_id=tea), LineInput(product_id=seeds)], staff="陈静", sold_at=at)
    record_sale(None, [LineInput(product_id=seeds, quantity=Decimal(2))], staff="陈静", sold_at=at)
    return_sale(sale["id"], {sale["lines"][1]["id"]: None}, reason="不要了", returned_at=at + dt.timedelta(hours=2))
    chen = staff_results("2026-11")["staff"][0]
    # 10 % of the tea's profit 88.00 + 5 % of the seeds (18 + 36 - 18 = 36.00)
    assert chen["commission_cents"] == 880 + 180
