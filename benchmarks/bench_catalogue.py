"""The catalogue's spreadsheets (issue 18: "a product list of 10,000 items is normal"):
the 'catalogue' step of benchmarks/run.py.

- Importing 10,000 products from .xlsx into an empty catalogue, against the raw
  libraries doing the reading and writing alone: python-calamine reading the same
  sheet and sqlite3 inserting its cells as they are (no cleaning, no search keys).
- The same sheet imported again with --on-duplicate overwrite and every price
  changed: 10,000 rows matched by barcode or name and updated.
- Exporting the 10,000 products to .xlsx, against XlsxWriter writing the same values.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import python_calamine
import xlsxwriter

from benchmarks.common import fresh, interleaved
from smallcrm.domain.session import open_crm
from smallcrm.sheets import exporter
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.db import close_db

PRODUCTS = 10_000
HEADERS = ["商品名称", "条码", "单位", "零售价", "进价", "分类", "类型"]
_SYLLABLES = "铁观音龙井普洱瓜子牛肉干话梅山核桃绿豆糕茉莉花白牡丹大红袍正小种凤凰单丛芒果开心蜂蜜柚紫砂壶玻璃杯盘"


def catalogue_rows(n: int, seed: int = 18, markup: float = 1.0) -> list[list[object]]:
    """A shop's catalogue: names of tea and snacks (unique by a number), a barcode on two
    products in three, units, prices and costs, categories; services now and then."""
    rng = random.Random(seed)
    rows: list[list[object]] = []
    for i in range(n):
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 6))) + f"{i:05d}"
        price = rng.randint(100, 100_000) / 100
        service = i % 50 == 0
        rows.append(
            [
                name,
                f"69{i:011d}" if i % 3 else None,
                "次" if service else rng.choice(("斤", "包", "盒", "饼", "件", "瓶")),
                round(price * markup, 2),
                round(price * 0.6, 2),
                "服务" if service else rng.choice(("茶叶", "零食", "茶具", "饮品", "礼盒")),
                "服务" if service else "商品",
            ]
        )
    return rows


def write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    for r, row in enumerate([HEADERS, *rows]):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    book.close()
    return path


def _raw_import(sheet: Path, db: Path) -> float:
    """python-calamine reads the sheet, sqlite3 inserts its cells into a table of the
    same columns, in one transaction."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    rows = python_calamine.CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()[1:]
    con = sqlite3.connect(db)
    con.execute(
        "CREATE TABLE product (id INTEGER PRIMARY KEY, name TEXT, barcode TEXT UNIQUE, unit TEXT, price REAL,"
        " cost REAL, category TEXT, kind TEXT)"
    )
    with con:
        con.executemany(
            "INSERT INTO product (name, barcode, unit, price, cost, category, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [[v if v != "" else None for v in row] for row in rows],
        )
    con.close()
    return time.perf_counter() - t0


def bench_catalogue(workdir: Path) -> list[tuple[str, str, str, str]]:
    sheet = write_sheet(workdir / "catalogue.xlsx", catalogue_rows(PRODUCTS))
    dearer = write_sheet(workdir / "catalogue-dearer.xlsx", catalogue_rows(PRODUCTS, markup=1.1))
    shop = workdir / "catalogue.db"

    def ours() -> float:
        fresh(shop)
        open_crm(shop)
        t0 = time.perf_counter()
        result = run_import(sheet, ImportOptions(kind="products"))
        seconds = time.perf_counter() - t0
        assert result.added == PRODUCTS, result.as_dict()["rejects"][:3]
        close_db()
        return seconds

    imported = interleaved(ours, lambda: _raw_import(sheet, workdir / "raw.db"))

    fresh(shop)
    open_crm(shop)
    run_import(sheet, ImportOptions(kind="products"))
    t0 = time.perf_counter()
    again = run_import(dearer, ImportOptions(kind="products", on_duplicate="overwrite"))
    overwrite = time.perf_counter() - t0
    assert again.updated == PRODUCTS, again.as_dict()["rejects"][:3]

    out = workdir / "catalogue-out.xlsx"
    t0 = time.perf_counter()
    count = exporter.export_products(out)
    export = time.perf_counter() - t0
    values = [[*row[:3], row[5], row[6], row[3], row[4]] for row in catalogue_rows(PRODUCTS, markup=1.1)]
    t0 = time.perf_counter()
    write_sheet(workdir / "raw-out.xlsx", values)
    raw_export = time.perf_counter() - t0
    close_db()
    return [
        (
            f"import {PRODUCTS:,} products (.xlsx) into an empty catalogue",
            f"{imported.ours:.2f} s (read, clean, pinyin keys, insert)",
            f"{imported.raw:.2f} s (python-calamine read, sqlite3 insert as read)",
            f"{imported.ratio:.1f}x (no target; median of {imported.pairs} pairs)",
        ),
        (
            f"import the same {PRODUCTS:,} products again, every price changed (overwrite)",
            f"{overwrite:.2f} s ({again.updated:,} matched and updated)",
            "",
            "",
        ),
        (
            f"export {count:,} products (.xlsx)",
            f"{export:.2f} s (query, format, write)",
            f"{raw_export:.2f} s (XlsxWriter: the same values)",
            f"{export / raw_export:.1f}x" if raw_export else "",
        ),
    ]
