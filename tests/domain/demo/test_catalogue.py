"""The demo shop's catalogue: a tea and snacks shop's goods and services at realistic
prices and costs, found at the counter as the owner types."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smallcrm.domain.catalogue.products import find_product, lookup
from smallcrm.domain.demo.catalogue import EXTRA, LOOSE_TEA, catalogue_rows, ean13, make_catalogue
from smallcrm.domain.demo.goods import ITEMS
from smallcrm.store.models import Product

SINCE = dt.datetime(2025, 1, 1, 8, 30)


def test_the_catalogue_has_the_teas_snacks_tea_ware_gift_boxes_and_services_of_a_tea_shop() -> None:
    rows = catalogue_rows()
    names = " ".join(str(r["name"]) for r in rows)
    for tea in ("铁观音", "龙井", "普洱", "大红袍", "茉莉花茶"):
        assert tea in names
    for snack in ("瓜子", "牛肉干", "话梅"):
        assert snack in names
    assert {r["category"] for r in rows} >= {"茶叶", "零食", "茶具", "礼盒", "服务"}
    services = [r for r in rows if r["kind"] == "service"]
    assert {"礼盒包装", "茶艺体验课"} <= {r["name"] for r in services}
    assert all(r["unit"] == "次" for r in services)
    assert any(r["cost_cents"] == 0 for r in services)  # a class costs the shop its time only


def test_prices_are_above_costs_and_goods_cost_something() -> None:
    for row in catalogue_rows():
        price, cost = int(str(row["price_cents"])), int(str(row["cost_cents"]))
        assert price > cost >= 0, row["name"]
        if row["kind"] == "goods":
            assert cost > 0.3 * price, row["name"]  # nothing sells at a 70 % margin in a tea shop


def test_loose_tea_and_snacks_are_sold_by_the_jin() -> None:
    rows = {r["name"]: r for r in catalogue_rows()}
    assert set(LOOSE_TEA.values()) <= set(rows)
    assert all(rows[name]["unit"] == "斤" for name in LOOSE_TEA.values())
    assert rows["五香瓜子（散装）"]["unit"] == "斤"


def test_every_item_of_the_history_is_a_product_at_the_price_and_cost_its_lines_have() -> None:
    rows = {r["name"]: r for r in catalogue_rows()}
    for name, category, price, ratio in ITEMS:
        assert rows[name]["category"] == category
        assert rows[name]["price_cents"] == price * 100
        assert rows[name]["cost_cents"] == round(price * ratio * 100)


def test_barcodes_are_chinese_ean13_codes_with_a_right_check_digit_and_unique() -> None:
    codes = [str(r["barcode"]) for r in catalogue_rows() if r["barcode"]]
    assert len(codes) == len(set(codes)) > len(ITEMS) // 2
    for code in codes:
        digits = [int(d) for d in code]
        assert len(code) == 13 and code.startswith("69")
        assert sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0
    assert ean13(123456789) == "6901234567892"
    assert not any(r["barcode"] for r in catalogue_rows() if r["unit"] == "斤")  # weighed goods have none


def test_the_counter_finds_the_demo_products_by_pinyin_initials_and_barcode(crm: Path) -> None:
    products, added = make_catalogue(SINCE)
    assert added == len(ITEMS) + len(EXTRA) == Product.select().count()
    assert "铁观音（散装）" in [p["name"] for p in lookup("tgy")]
    coded = Product.select().where(Product.barcode.is_null(False)).order_by(Product.id).first()
    assert find_product(coded.barcode).id == coded.id
    assert products["礼盒包装"].price_cents == 1000


def test_a_second_demo_run_reuses_the_catalogue(crm: Path) -> None:
    first, _ = make_catalogue(SINCE)
    again, added = make_catalogue(SINCE)
    assert added == 0 and again == first


def test_a_barcode_the_shop_already_uses_is_left_off_the_demo_product(crm: Path) -> None:
    code = str(next(r["barcode"] for r in catalogue_rows() if r["barcode"]))
    Product.create(name="店主自己的商品", barcode=code, search_text=" x ")
    products, _ = make_catalogue(SINCE)
    taken = next(str(r["name"]) for r in catalogue_rows() if r["barcode"] == code)
    assert Product.get_by_id(products[taken].id).barcode is None
