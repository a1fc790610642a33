"""The catalogue: products found as you type (name, pinyin, initials, barcode), prices
in cents, barcodes unique, retired rather than deleted."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.catalogue.products import (
    add_product,
    categories,
    edit_product,
    find_product,
    get_product,
    list_products,
    lookup,
    set_product_active,
)
from smallcrm.errors import UserError, ValidationError

pytestmark = pytest.mark.usefixtures("crm")


def names(found: list[dict]) -> list[str]:
    return [p["name"] for p in found]


def test_a_product_keeps_its_price_and_cost_in_cents() -> None:
    p = add_product({"name": "铁观音", "price": "¥68.50", "cost": "40", "unit": "盒", "category": "茶叶"})
    assert (p.price_cents, p.cost_cents, p.unit, p.category, p.kind) == (6850, 4000, "盒", "茶叶", "goods")


def test_a_service_may_cost_nothing_and_an_unknown_cost_is_not_zero() -> None:
    haircut = add_product({"name": "洗剪吹", "price": "38", "cost": "0", "kind": "service", "unit": "次"})
    tea = add_product({"name": "普洱", "price": "100"})
    assert (haircut.cost_cents, haircut.kind) == (0, "service")
    assert tea.cost_cents is None


def test_found_as_you_type_by_name_pinyin_initials_and_barcode() -> None:
    add_product({"name": "铁观音", "price": "68", "barcode": "6901234567892"})
    add_product({"name": "观音饼", "price": "12"})
    add_product({"name": "大红袍", "price": "88"})
    assert names(lookup("tgy")) == ["铁观音"]
    assert names(lookup("tieguanyin")) == ["铁观音"]
    assert names(lookup("观音")) == ["观音饼", "铁观音"]  # a name starting with it first
    assert names(lookup("6901234567892")) == ["铁观音"]
    assert lookup("") == [] and lookup("   ") == []


def test_a_scanned_barcode_comes_before_names_that_merely_contain_its_digits() -> None:
    add_product({"name": "礼盒 6901234567892 装", "price": "1"})
    add_product({"name": "龙井", "price": "50", "barcode": "6901234567892"})
    assert names(lookup("6901234567892"))[0] == "龙井"


def test_a_barcode_is_used_once_and_said_in_one_sentence() -> None:
    add_product({"name": "龙井", "price": "50", "barcode": "690123"})
    with pytest.raises(ValidationError, match=r"690123.*龙井"):
        add_product({"name": "碧螺春", "price": "50", "barcode": "690123"})
    other = add_product({"name": "碧螺春", "price": "50"})
    with pytest.raises(ValidationError):
        edit_product(other.id, {"barcode": "690123"})
    assert get_product(other.id).barcode is None


def test_a_barcode_read_from_a_number_cell_loses_its_float_tail() -> None:
    assert add_product({"name": "茶", "barcode": "6901234567892.0"}).barcode == "6901234567892"


@pytest.mark.parametrize(
    "data",
    [
        {"name": ""},
        {"name": "茶", "price": "abc"},
        {"name": "茶", "price": "-1"},
        {"name": "茶", "cost": "1.234"},
        {"name": "茶", "kind": "gift"},
        {"name": "茶", "barcode": "条码"},
        {"name": "茶" * 201},
        {"name": "茶", "colour": "red"},
    ],
)
def test_bad_product_input_is_refused_and_nothing_is_stored(data: dict) -> None:
    with pytest.raises(ValidationError):
        add_product(data)
    assert list_products(include_retired=True) == []


def test_retired_products_leave_the_counter_but_stay_for_old_sales() -> None:
    p = add_product({"name": "旧茶", "price": "10"})
    set_product_active(p.id, False)
    assert lookup("旧茶") == []
    assert names(lookup("旧茶", include_retired=True)) == ["旧茶"]
    with pytest.raises(UserError):
        find_product("旧茶")
    assert find_product("旧茶", include_retired=True).id == p.id


def test_editing_a_name_updates_what_finds_it() -> None:
    p = add_product({"name": "龙井", "price": "50"})
    edit_product(p.id, {"name": "西湖龙井"})
    assert names(lookup("xhlj")) == ["西湖龙井"]


def test_find_product_by_id_barcode_or_exact_name() -> None:
    p = add_product({"name": "Green Tea", "price": "5", "barcode": "ABC1"})
    assert find_product(f"#{p.id}").id == p.id
    assert find_product("ABC1").id == p.id
    assert find_product("green tea").id == p.id
    with pytest.raises(UserError, match="There is no product"):
        find_product("tea")


def test_categories_and_the_list_by_category() -> None:
    add_product({"name": "龙井", "category": "茶叶"})
    add_product({"name": "瓜子", "category": "零食"})
    assert categories() == ["茶叶", "零食"]
    assert names(list_products(category="零食")) == ["瓜子"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(min_size=1, max_size=30).filter(lambda s: s.strip()))
def test_any_name_typed_is_found_by_itself(name: str) -> None:
    try:
        p = add_product({"name": name, "price": "1"})
    except ValidationError:
        return  # a name of only control or blank characters
    assert p.id in [found["id"] for found in lookup(p.name, limit=10_000)]
