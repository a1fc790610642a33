"""Importing the catalogue (sheets/importer/products): the shop's headers, matching by
barcode then name, the duplicate policies, rejected rows, the preview and undo."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.catalogue.products import add_product, find_product, list_products, lookup
from smallcrm.errors import UserError
from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportOptions, engine, run_import
from smallcrm.store.models import ImportBatch, Product
from tests.sheets.conftest import write_csv, write_ods, write_xlsx

HEADERS = ["序号", "商品名称", "条形码", "单位", "零售价", "进价", "类别", "类型"]
# A tea and snacks shop's list, with its title row and every mistake a row can make.
ROWS: list[list[Any]] = [
    ["2026年商品目录"],
    HEADERS,
    [1, "铁观音", 6901234567890, "斤", 168, 96, "茶叶", "商品"],  # 3 add
    [2, "龙井", "6901234567891", "斤", "¥288.00", "180", "茶叶", None],  # 4 add
    [3, "普洱", None, "饼", 398.5, 210, "茶叶", "goods"],  # 5 add
    [4, "瓜子", None, "包", 12, 6.5, "零食", None],  # 6 add
    [5, "牛肉干", None, "包", "三十", 20, "零食", None],  # 7 reject: the price is not money
    [6, "茶艺课", None, "次", 80, 0, "服务", "服务"],  # 8 add: a service that costs nothing
    [7, None, "6901234567899", "包", 9, 5, "零食", None],  # 9 reject: no name for a new product
    [8, "话梅", "69-01", "包", 9, 5, "零食", None],  # 10 reject: not a barcode
    [9, "绿茶", None, "斤", 60, 30, "茶叶", "饮料"],  # 11 reject: neither goods nor a service
    [],  # 12 blank
    ["合计", None, None, None, None, None, None, None],  # 13 summary
]


def sheet(tmp_path: Path, rows: list[list[Any]] = ROWS, name: str = "商品.xlsx") -> Path:
    return write_xlsx(tmp_path / name, rows)


def product(name: str) -> Product:
    return Product.get(Product.name == name)


def test_a_shops_catalogue_imports_with_its_chinese_headers(crm: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path)
    inspection = importer.inspect(path)
    assert inspection.kind == "products"  # found from 商品名称, 条形码, 零售价
    assert inspection.header_row == 2

    result = run_import(path, ImportOptions(kind="products"))

    assert (result.added, result.updated, result.skipped, result.rejected) == (5, 0, 1, 4)
    assert (result.blank, result.summary_rows) == (1, 1)
    assert [(r.row, r.column) for r in result.rejects] == [(7, "零售价"), (9, "商品名称"), (10, "条形码"), (11, "类型")]
    assert "三十 is not an amount of money" in result.rejects[0].reason
    assert result.rejects[0].render().endswith("(file 商品.xlsx, row 7, column 零售价).")
    tie = product("铁观音")
    assert (tie.barcode, tie.unit, tie.price_cents, tie.cost_cents, tie.category, tie.kind) == (
        "6901234567890",
        "斤",
        16800,
        9600,
        "茶叶",
        "goods",
    )
    assert product("龙井").price_cents == 28800 and product("龙井").barcode == "6901234567891"
    assert product("普洱").price_cents == 39850
    assert (product("茶艺课").kind, product("茶艺课").cost_cents) == ("service", 0)
    assert ImportBatch.get_by_id(result.batch).kind == "products"


def test_imported_products_are_found_as_you_type(crm: Path, tmp_path: Path) -> None:
    run_import(sheet(tmp_path), ImportOptions(kind="products"))

    assert [p["name"] for p in lookup("tgy")] == ["铁观音"]
    assert [p["name"] for p in lookup("6901234567891")] == ["龙井"]
    assert find_product("瓜子").price_cents == 1200


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["品名", "条码", "单位", "售价", "成本价", "分类", "类型"],
            ["name", "barcode", "unit", "price", "cost", "category", "kind"],
        ),
        (["名称", "单价", "进价", "类别"], ["name", "price", "cost", "category"]),
        (
            ["Name", "Barcode", "Unit", "Price", "Cost", "Category", "Kind"],
            ["name", "barcode", "unit", "price", "cost", "category", "kind"],
        ),
    ],
)
def test_the_header_synonyms_a_shop_uses(crm: Path, tmp_path: Path, headers: list[str], expected: list[str]) -> None:
    path = write_csv(tmp_path / "p.csv", [headers, ["龙井", *[""] * (len(headers) - 1)]])

    assert importer.inspect(path, kind="products").mapping == expected


def test_csv_and_ods_catalogues_import_too(crm: Path, tmp_path: Path) -> None:
    rows = [["商品名称", "售价", "进价"], ["瓜子", "12", "6.5"], ["话梅", "9.90", ""]]
    run_import(write_csv(tmp_path / "p.csv", rows, encoding="gbk"), ImportOptions(kind="products"))
    run_import(write_ods(tmp_path / "p.ods", [["商品名称", "售价"], ["牛肉干", 35]]), ImportOptions(kind="products"))

    assert [(p["name"], p["price_cents"], p["cost_cents"]) for p in list_products()] == [
        ("牛肉干", 3500, None),
        ("瓜子", 1200, 650),
        ("话梅", 990, None),
    ]


def test_a_row_matches_by_barcode_before_its_name(crm: Path, tmp_path: Path) -> None:
    old = add_product({"name": "铁观音(旧包装)", "barcode": "6901234567890", "price": "150"})
    longjing = add_product({"name": "龙井", "price": "250"})
    rows = [
        ["商品名称", "条码", "售价"],
        ["铁观音", "6901234567890", "168"],
        ["ＬＯＮＧ井", "", "288"],
        ["龙 井", "", "299"],
    ]
    rows[2][0] = "龙井"

    result = run_import(write_csv(tmp_path / "p.csv", rows), ImportOptions(kind="products", on_duplicate="overwrite"))

    assert (result.added, result.updated) == (0, 3)
    assert [(d["row"], d["product_id"], d["match"]) for d in result.duplicates] == [
        (2, old.id, "barcode"),
        (3, longjing.id, "name"),
        (4, longjing.id, "name"),  # 'name' matches with spaces, case and width ignored
    ]
    assert (Product.get_by_id(old.id).name, Product.get_by_id(old.id).price_cents) == ("铁观音", 16800)
    assert Product.get_by_id(longjing.id).price_cents == 29900
    assert lookup("tgy")[0]["id"] == old.id  # the new name is found as you type


def test_skip_fill_and_overwrite_as_the_customer_import_does(crm: Path, tmp_path: Path) -> None:
    rows = [["商品名称", "单位", "售价", "进价"], ["瓜子", "袋", "15", "7"]]
    path = write_csv(tmp_path / "p.csv", rows)

    def fresh() -> Product:
        Product.delete().execute()
        return add_product({"name": "瓜子", "price": "12", "unit": ""})

    pid = fresh().id
    skipped = run_import(path, ImportOptions(kind="products", on_duplicate="skip"))
    assert (skipped.skipped, Product.get_by_id(pid).price_cents, Product.get_by_id(pid).unit) == (1, 1200, "")

    pid = fresh().id
    run_import(path, ImportOptions(kind="products", on_duplicate="fill", force=True))
    filled = Product.get_by_id(pid)
    assert (filled.price_cents, filled.unit, filled.cost_cents) == (1200, "袋", 700)  # a price is not empty

    pid = fresh().id
    run_import(path, ImportOptions(kind="products", on_duplicate="overwrite", force=True))
    assert Product.get_by_id(pid).price_cents == 1500


def test_an_empty_cell_never_erases_a_products_field(crm: Path, tmp_path: Path) -> None:
    pid = add_product({"name": "普洱", "price": "398", "cost": "210", "barcode": "123", "category": "茶叶"}).id
    rows = [["商品名称", "条码", "售价", "进价", "分类"], ["普洱", "", "", "", ""]]

    result = run_import(write_csv(tmp_path / "p.csv", rows), ImportOptions(kind="products", on_duplicate="overwrite"))

    assert (result.updated, result.skipped) == (0, 1)
    p = Product.get_by_id(pid)
    assert (p.barcode, p.price_cents, p.cost_cents, p.category) == ("123", 39800, 21000, "茶叶")


def test_keep_adds_a_product_with_the_same_name_but_never_a_second_barcode(crm: Path, tmp_path: Path) -> None:
    add_product({"name": "龙井", "price": "250", "barcode": "111"})
    rows = [["商品名称", "条码", "售价"], ["龙井", "", "388"], ["明前龙井", "111", "588"]]

    result = run_import(write_csv(tmp_path / "p.csv", rows), ImportOptions(kind="products", on_duplicate="keep"))

    assert (result.added, result.rejected) == (1, 1)
    assert "already used by 龙井" in result.rejects[0].reason and result.rejects[0].column == "条码"
    assert Product.select().where(Product.name == "龙井").count() == 2


def test_later_rows_match_the_products_earlier_rows_added(crm: Path, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(engine, "CHUNK", 2)  # stored after every two new products
    rows = [["商品名称", "条码", "售价", "进价"]]
    rows += [[f"商品{i}", f"69{i:011d}", str(i), ""] for i in range(5)]
    rows += [["商品0", "", "", "0.5"], ["商品4", "", "", "4.5"]]  # one stored, one still pending

    result = run_import(write_csv(tmp_path / "p.csv", rows), ImportOptions(kind="products", on_duplicate="fill"))

    assert (result.added, result.updated) == (5, 2)
    assert (product("商品0").cost_cents, product("商品4").cost_cents) == (50, 450)


def test_a_dry_run_stores_nothing_and_counts_what_the_import_will_do(crm: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path)
    preview = run_import(path, ImportOptions(kind="products"), dry_run=True)

    assert Product.select().count() == 0 and ImportBatch.select().count() == 0
    assert (preview.added, preview.rejected, preview.batch) == (5, 4, None)
    assert [p["action"] for p in preview.preview[:2]] == ["add", "add"]
    assert preview.preview[0]["fields"]["price_cents"] == 16800
    real = run_import(path, ImportOptions(kind="products"))
    assert (real.added, real.rejected) == (preview.added, preview.rejected)


def test_the_same_file_twice_is_refused_unless_forced(crm: Path, tmp_path: Path) -> None:
    path = sheet(tmp_path)
    first = run_import(path, ImportOptions(kind="products"))
    with pytest.raises(UserError, match=f"already imported \\(import {first.batch}\\)"):
        run_import(path, ImportOptions(kind="products"))
    again = run_import(path, ImportOptions(kind="products", force=True))
    assert (again.added, again.skipped) == (0, 6)


def test_undo_removes_added_products_restores_changed_ones_and_retires_sold_ones(crm: Path, tmp_path: Path) -> None:
    from smallcrm.domain.sales.lines import LineInput
    from smallcrm.domain.sales.recording import record_sale

    before = add_product({"name": "瓜子", "price": "12", "unit": "包"})
    handmade = add_product({"name": "手工茶"})
    result = run_import(sheet(tmp_path), ImportOptions(kind="products", on_duplicate="overwrite"))
    assert (result.added, result.updated) == (4, 1)
    record_sale(None, [LineInput(product_id=product("铁观音").id, quantity=Decimal(1))])
    later = add_product({"name": "后来的商品"})

    undone = importer.undo_import(result.batch)

    assert (undone["products_removed"], undone["products_retired"], undone["products_restored"]) == (3, 1, 1)
    assert Product.get_by_id(before.id).price_cents == 1200
    assert [p["name"] for p in lookup("gz")] == ["瓜子"]
    assert not product("铁观音").active  # sold since: kept for its sale, retired
    assert {p.id for p in Product.select().where(Product.active)} == {before.id, handmade.id, later.id}
    with pytest.raises(UserError, match="already been undone"):
        importer.undo_import(result.batch)


def test_a_mapping_without_name_or_barcode_is_refused(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["售价", "进价"], ["1", "2"]])

    with pytest.raises(UserError, match="name or the barcode"):
        run_import(path, ImportOptions(kind="products"))


def test_a_product_has_no_notes_to_keep_a_column_in(crm: Path, tmp_path: Path) -> None:
    from smallcrm.sheets import headers as hdr

    path = write_csv(tmp_path / "p.csv", [["商品名称", "产地"], ["龙井", "杭州"]])
    assert importer.inspect(path, kind="products").mapping == ["name", hdr.IGNORE]  # shown as not imported

    with pytest.raises(UserError, match="no notes"):
        run_import(path, ImportOptions(kind="products", mapping=["name", hdr.AS_NOTE]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    cells=st.lists(
        st.one_of(
            st.none(),
            st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
            st.integers(-(10**6), 10**6),
            st.floats(allow_nan=False, allow_infinity=False),
        ),
        min_size=4,
        max_size=4,
    )
)
def test_any_row_is_stored_as_cleaned_or_rejected_whole(crm: Path, tmp_path: Path, cells: list[Any]) -> None:
    """Whatever the cells, a row is added, or rejected with a column and a reason; the
    preview never stores anything."""
    path = write_xlsx(tmp_path / "any.xlsx", [["商品名称", "条码", "售价", "进价"], ["x", *cells[1:]], cells])

    result = run_import(path, ImportOptions(kind="products", on_duplicate="keep"), dry_run=True)

    counted = result.added + result.updated + result.skipped + result.rejected + result.summary_rows
    assert counted + result.blank in (1, 2)  # row 3 counted, blank, or (blank at the end) not read at all
    assert result.added + result.rejected >= 1  # row 2 ('x' and any cells): added or rejected, never lost
    assert all(r.reason and r.row in (2, 3) for r in result.rejects)
    assert Product.select().count() == 0
