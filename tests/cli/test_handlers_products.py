"""The catalogue as scripts use it (cli/handlers_products): add, edit, list, show, retire."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.store.models import Product
from tests.cli.cli_runs import run, run_json


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], crm: Path) -> Any:
    def call(*argv: str) -> dict[str, Any]:
        return run_json(capsys, "--db", str(crm), *argv)

    return call


@pytest.fixture
def tea(shop: Any) -> dict[str, Any]:
    return shop(
        "product", "add", "--name", "铁观音", "--price", "¥68", "--cost", "40", "--unit", "盒",
        "--barcode", "6901234567892", "--category", "茶叶",
    )["product"]  # fmt: skip


def stored() -> list[tuple[str, int, str | None]]:
    return [(p.name, p.price_cents, p.barcode) for p in Product.select().order_by(Product.id)]


def test_a_product_added_keeps_its_money_in_cents_and_shows_on_the_list(shop: Any, tea: dict[str, Any]) -> None:
    assert (tea["name"], tea["price_cents"], tea["cost_cents"], tea["unit"]) == ("铁观音", 6800, 4000, "盒")
    assert (tea["barcode"], tea["category"], tea["kind"], tea["active"]) == ("6901234567892", "茶叶", "goods", True)
    listed = shop("product", "list")
    assert [p["name"] for p in listed["products"]] == ["铁观音"] and listed["count"] == 1


def test_a_service_may_cost_nothing_and_a_cost_left_out_is_not_known(shop: Any) -> None:
    cut = shop("product", "add", "--name", "理发", "--price", "30", "--cost", "0", "--kind", "service")["product"]
    gift = shop("product", "add", "--name", "礼盒包装", "--price", "5")["product"]
    assert (cut["kind"], cut["cost_cents"]) == ("service", 0)
    assert gift["cost_cents"] is None


def test_the_list_finds_products_as_the_counter_does(shop: Any, tea: dict[str, Any]) -> None:
    shop("product", "add", "--name", "瓜子", "--price", "33.33", "--unit", "斤", "--category", "零食")
    for query in ("tgy", "tieguanyin", "铁观", "6901234567892"):
        assert [p["name"] for p in shop("product", "list", "--query", query)["products"]] == ["铁观音"], query
    assert [p["name"] for p in shop("product", "list", "--category", "零食")["products"]] == ["瓜子"]


def test_the_human_list_shows_price_unit_and_cost(capsys: pytest.CaptureFixture[str], crm: Path, tea: dict) -> None:
    code, out, err = run(capsys, "--db", str(crm), "product", "list")
    assert (code, err) == (0, "")
    assert "铁观音" in out and "price 68.00 per 盒  cost 40.00" in out and "1 product(s)." in out


def test_the_human_list_speaks_chinese_when_asked(capsys: pytest.CaptureFixture[str], crm: Path, tea: dict) -> None:
    code, out, _ = run(capsys, "--lang", "zh_CN", "--db", str(crm), "product", "list")
    assert code == 0 and "售价 68.00/盒" in out and "成本 40.00" in out and "共 1 个商品。" in out


def test_editing_changes_only_what_is_named(shop: Any, tea: dict[str, Any]) -> None:
    edited = shop("product", "edit", str(tea["id"]), "--price", "72", "--barcode", "")["product"]
    assert (edited["price_cents"], edited["barcode"], edited["cost_cents"], edited["name"]) == (
        7200,
        "",
        4000,
        "铁观音",
    )
    renamed = shop("product", "edit", str(tea["id"]), "--name", "安溪铁观音")["product"]
    assert renamed["name"] == "安溪铁观音"
    assert [p["name"] for p in shop("product", "list", "--query", "axtgy")["products"]] == ["安溪铁观音"]


def test_an_edit_naming_nothing_to_change_is_a_usage_error(capsys: pytest.CaptureFixture, crm: Path, tea: dict) -> None:
    code, out, err = run(capsys, "--db", str(crm), "product", "edit", str(tea["id"]))
    assert (code, out) == (2, "") and "Say what to change" in err


def test_a_retired_product_leaves_the_list_and_comes_back_with_undo(shop: Any, tea: dict[str, Any]) -> None:
    retired = shop("product", "retire", str(tea["id"]))["product"]
    assert retired["active"] is False
    assert shop("product", "list")["products"] == []
    assert [p["active"] for p in shop("product", "list", "--retired")["products"]] == [False]
    assert shop("product", "retire", str(tea["id"]), "--undo")["product"]["active"] is True
    assert shop("product", "list")["count"] == 1


def test_show_counts_the_sale_lines_that_name_the_product(shop: Any, tea: dict[str, Any]) -> None:
    shop("sale", "add", "--walk-in", "--line", "铁观音:2")
    shown = shop("product", "show", str(tea["id"]))["product"]
    assert (shown["name"], shown["times_sold"]) == ("铁观音", 1)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["product", "add", "--name", "普洱", "--price", "abc"], "abc is not an amount of money"),
        (["product", "add", "--name", "普洱", "--price", "-5"], "The price -5 is below zero"),
        (["product", "add", "--name", "普洱", "--price", "5", "--cost", "1.234"], "more than two decimal places"),
        (["product", "add", "--name", "普洱", "--price", "5", "--barcode", "6901234567892"], "already used by 铁观音"),
        (["product", "add", "--name", " ", "--price", "5"], "A product needs a name"),
        (["product", "add", "--name", "普洱", "--price", "5", "--barcode", "条码!"], "is not a barcode"),
        (["product", "edit", "99", "--price", "5"], "There is no product with id 99"),
        (["product", "show", "99"], "There is no product with id 99"),
        (["product", "retire", "99"], "There is no product with id 99"),
    ],
)
def test_bad_input_is_one_sentence_and_stores_nothing(
    capsys: pytest.CaptureFixture[str], crm: Path, tea: dict[str, Any], argv: list[str], message: str
) -> None:
    before = stored()
    code, out, err = run(capsys, "--db", str(crm), *argv)
    assert (code, out) == (1, "")
    assert err.startswith("smallcrm: ") and message in err and err.count("\n") == 1
    assert stored() == before


def test_a_barcode_already_used_is_refused_on_edit_too(capsys: pytest.CaptureFixture, crm: Path, tea: dict) -> None:
    other = run_json(capsys, "--db", str(crm), "product", "add", "--name", "普洱", "--price", "5")["product"]
    code, _, err = run(capsys, "--db", str(crm), "product", "edit", str(other["id"]), "--barcode", "6901234567892")
    assert code == 1 and "already used by 铁观音" in err
    assert stored() == [("铁观音", 6800, "6901234567892"), ("普洱", 500, None)]


def test_a_malformed_command_line_exits_2_and_a_kind_that_is_neither_goods_nor_service_1(
    capsys: pytest.CaptureFixture[str], crm: Path
) -> None:
    assert run(capsys, "--db", str(crm), "product", "add", "--name", "普洱")[0] == 2  # no --price
    assert run(capsys, "--db", str(crm), "product", "add", "--name", "x", "--price", "1", "--kind", "gift")[0] == 1
    assert run(capsys, "--db", str(crm), "product", "show", "一")[0] == 2
    assert stored() == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(price=st.text(max_size=12), cost=st.text(max_size=12), barcode=st.text(max_size=12))
def test_any_price_cost_or_barcode_is_stored_exactly_or_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], crm: Path, price: str, cost: str, barcode: str
) -> None:
    argv = [
        "--db",
        str(crm),
        "product",
        "add",
        "--name",
        "普洱",
        "--price",
        price,
        "--cost",
        cost,
        "--barcode",
        barcode,
    ]
    before = Product.select().count()
    code, out, err = run(capsys, *argv)
    assert code in (0, 1, 2), err
    if code:
        assert out == "" and err.startswith("smallcrm: ") and err.count("\n") == 1
        assert Product.select().count() == before
    else:
        assert Product.select().count() == before + 1
