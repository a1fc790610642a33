"""Purchases imported from a file meet the catalogue: an item that is a product's name
or barcode becomes a line of it, with the product's cost where the file has none, and
the import says how many lines matched no product."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.models import Purchase
from tests.sheets.conftest import write_csv

pytestmark = pytest.mark.usefixtures("crm")


def import_lines(tmp_path: Path, rows: list[list[object]]) -> object:
    path = tmp_path / "purchases.csv"
    write_csv(path, [["客户编号", "日期", "商品", "数量", "金额", "成本"], *rows])
    return run_import(path, ImportOptions(kind="purchases"))


def test_items_naming_a_product_by_name_or_barcode_take_its_cost(tmp_path: Path) -> None:
    cid = create_customer({"name": "张三", "customer_no": "C1"}).id
    tea = add_product({"name": "铁观音", "price": "68", "cost": "40", "barcode": "6901234567890"}).id
    nuts = add_product({"name": "Sun Flower Seeds", "price": "30", "cost": "18.50"}).id
    result = import_lines(
        tmp_path,
        [
            ["C1", "2025-01-02", "铁观音", 2, "136", ""],  # by name: cost 2 x 40.00
            ["C1", "2025-01-03", "6901234567890", 1, "68", ""],  # by barcode
            ["C1", "2025-01-04", "sunflower seeds", "1.5", "45", ""],  # case and spaces aside: 1.5 x 18.50
            ["C1", "2025-01-05", "铁观音", 1, "68", "35"],  # the file's own cost is kept
            ["C1", "2025-01-06", "茶杯", 1, "20", ""],  # no such product
            ["C1", "2025-01-07", "", 1, "5", ""],  # no item: names nothing
        ],
    )
    assert (result.products_linked, result.costs_from_catalogue, result.products_unmatched) == (4, 3, 1)
    lines = {p.date.isoformat(): (p.product_id, p.cost_cents, p.quantity) for p in Purchase.select()}
    assert lines["2025-01-02"] == (tea, 8000, Decimal(2))
    assert lines["2025-01-03"] == (tea, 4000, Decimal(1))
    assert lines["2025-01-04"] == (nuts, 2775, Decimal("1.5"))
    assert lines["2025-01-05"] == (tea, 3500, Decimal(1))
    assert lines["2025-01-06"][:2] == (None, None)
    assert result.as_dict()["products_unmatched"] == 1
    assert all(p.customer_id == cid for p in Purchase.select())


def test_without_a_catalogue_nothing_is_linked_and_nothing_said(tmp_path: Path) -> None:
    create_customer({"name": "张三", "customer_no": "C1"})
    result = import_lines(tmp_path, [["C1", "2025-01-02", "铁观音", 2, "136", ""]])
    assert (result.products_linked, result.costs_from_catalogue, result.products_unmatched) == (0, 0, 0)
    assert Purchase.get().product_id is None


def test_a_name_two_products_share_is_not_guessed(tmp_path: Path) -> None:
    create_customer({"name": "张三", "customer_no": "C1"})
    add_product({"name": "龙井", "cost": "30"})
    add_product({"name": "龙井", "cost": "50"})  # two of one name (the catalogue allows it)
    result = import_lines(tmp_path, [["C1", "2025-01-02", "龙井", 1, "60", ""]])
    assert (result.products_linked, result.products_unmatched) == (0, 1)
    assert Purchase.get().cost_cents is None


def test_a_dry_run_says_the_same_and_stores_nothing(tmp_path: Path) -> None:
    create_customer({"name": "张三", "customer_no": "C1"})
    add_product({"name": "铁观音", "cost": "40"})
    path = tmp_path / "p.csv"
    write_csv(path, [["客户编号", "日期", "商品", "金额"], ["C1", "2025-01-02", "铁观音", "68"]])
    result = run_import(path, ImportOptions(kind="purchases"), dry_run=True)
    assert (result.products_linked, result.costs_from_catalogue) == (1, 1)
    assert Purchase.select().count() == 0
