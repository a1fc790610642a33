"""Exporting the catalogue (sheets/exporter.export_products): the columns the product
import reads back, prices in yuan, barcodes as text, retired products on request."""

from __future__ import annotations

import shutil
from pathlib import Path

from smallcrm.domain.catalogue.products import add_product, list_products, set_product_active
from smallcrm.sheets import exporter
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.models import Product
from tests.sheets.test_exporter import xlsx_rows

CATALOGUE = [
    {"name": "铁观音", "barcode": "6901234567890", "category": "茶叶", "unit": "斤", "price": "168", "cost": "96"},
    {"name": "龙井", "barcode": "0012345678905", "category": "茶叶", "unit": "斤", "price": "288.5", "cost": "180"},
    {"name": "瓜子", "category": "零食", "unit": "包", "price": "12"},
    {"name": "茶艺课", "category": "服务", "unit": "次", "kind": "service", "price": "80", "cost": "0"},
]


def make_catalogue() -> list[int]:
    return [add_product(p).id for p in CATALOGUE]


def test_the_catalogue_exports_with_chinese_headers_and_text_barcodes(crm: Path, tmp_path: Path) -> None:
    make_catalogue()
    out = tmp_path / "商品.xlsx"

    assert exporter.export_products(out, language="zh") == 4

    rows = xlsx_rows(out)
    assert rows[0] == ("商品名称", "条码", "分类", "单位", "类型", "售价", "进价")
    assert rows[1] == ("茶艺课", None, "服务", "次", "服务", 80, 0)
    assert ("龙井", "0012345678905", "茶叶", "斤", "商品", 288.5, 180) in rows  # the leading zero kept


def test_english_headers_and_a_csv(crm: Path, tmp_path: Path) -> None:
    make_catalogue()
    out = tmp_path / "products.csv"

    exporter.export_products(out, language="en")

    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Name,Barcode,Category,Unit,Kind,Price,Cost"
    assert "瓜子,,零食,包,goods,12.00," in lines


def test_retired_products_only_on_request_with_their_status(crm: Path, tmp_path: Path) -> None:
    ids = make_catalogue()
    set_product_active(ids[2], False)

    assert exporter.export_products(tmp_path / "a.xlsx") == 3
    assert exporter.export_products(tmp_path / "b.xlsx", include_retired=True, language="zh") == 4
    rows = xlsx_rows(tmp_path / "b.xlsx")
    assert rows[0][-1] == "状态"
    assert [r[-1] for r in rows[1:] if r[0] == "瓜子"] == ["已停售"]


def test_export_then_import_into_an_empty_database_gives_the_same_catalogue(
    crm: Path, tmp_path: Path, template_db: Path
) -> None:
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    make_catalogue()
    before = [{k: v for k, v in p.items() if k != "id"} for p in list_products()]
    out = tmp_path / "catalogue.xlsx"
    exporter.export_products(out)
    close_db()
    fresh = tmp_path / "fresh.db"
    shutil.copy(template_db, fresh)
    open_crm(fresh)

    result = run_import(out, ImportOptions(kind="products"))

    assert result.added == 4 and result.rejected == 0
    assert [{k: v for k, v in p.items() if k != "id"} for p in list_products()] == before
    assert Product.select().count() == 4
