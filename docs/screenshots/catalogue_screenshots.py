"""Take the catalogue's screenshots: Products and Services with a tea and snacks shop's
catalogue, and the import wizard's preview of a supplier's price list, in English and
Chinese.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/catalogue_screenshots.py

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
SIZE = (1280, 800)

# A tea and snacks shop: (name, category, unit, kind, price, cost, barcode).
CATALOGUE: list[tuple[str, str, str, str, str, str, str]] = [
    ("安溪铁观音(特级)", "茶叶", "斤", "goods", "368", "210", "6901234567890"),
    ("铁观音(一级)", "茶叶", "斤", "goods", "168", "96", "6901234567891"),
    ("西湖龙井(明前)", "茶叶", "斤", "goods", "588", "360", "6901234567892"),
    ("龙井(雨前)", "茶叶", "斤", "goods", "288", "170", "6901234567893"),
    ("云南普洱(熟茶饼)", "茶叶", "饼", "goods", "198", "105", "6901234567894"),
    ("普洱(生茶饼)", "茶叶", "饼", "goods", "238", "130", "6901234567895"),
    ("福鼎白茶(白牡丹)", "茶叶", "斤", "goods", "260", "150", ""),
    ("武夷大红袍", "茶叶", "斤", "goods", "320", "190", ""),
    ("茉莉花茶", "茶叶", "斤", "goods", "88", "45", ""),
    ("五香瓜子", "零食", "包", "goods", "12", "6.5", "6920000000011"),
    ("山核桃", "零食", "包", "goods", "45", "28", "6920000000028"),
    ("牛肉干(五香)", "零食", "包", "goods", "35", "21", "6920000000035"),
    ("牛肉干(麻辣)", "零食", "包", "goods", "35", "21", "6920000000042"),
    ("话梅", "零食", "包", "goods", "9.9", "4.5", "6920000000059"),
    ("绿豆糕", "零食", "盒", "goods", "28", "14", ""),
    ("紫砂壶", "茶具", "件", "goods", "480", "260", ""),
    ("玻璃公道杯", "茶具", "件", "goods", "38", "16", ""),
    ("茶艺体验课", "服务", "次", "service", "120", "30", ""),
    ("包间茶位费", "服务", "次", "service", "60", "0", ""),
]
RETIRED = "茉莉花茶"

# A supplier's new price list, as the owner receives it.
PRICE_LIST: list[list[Any]] = [
    ["2026年秋季供货价目表"],
    ["序号", "品名", "条形码", "单位", "零售价", "进价", "分类", "产地"],
    [1, "铁观音(一级)", "6901234567891", "斤", 178, 98, "茶叶", "安溪"],
    [2, "凤凰单丛", None, "斤", 268, 150, "茶叶", "潮州"],
    [3, "正山小种", None, "斤", 228, 120, "茶叶", "武夷山"],
    [4, "开心果", "6920000000066", "包", 29.9, 18, "零食", None],
    [5, "芒果干", "69-2000", "包", 19.9, 10, "零食", None],
    [6, "蜂蜜柚子茶", None, "瓶", "十八元", 9, "饮品", None],
    [None],
    ["合计", None, None, None, None, None, None, None],
]


def make_catalogue() -> None:
    from smallcrm.domain.catalogue.products import add_product, find_product, set_product_active

    for name, category, unit, kind, price, cost, barcode in CATALOGUE:
        add_product(
            {
                "name": name,
                "category": category,
                "unit": unit,
                "kind": kind,
                "price": price,
                "cost": cost,
                "barcode": barcode,
            }
        )
    set_product_active(find_product(RETIRED).id, False)


def write_price_list(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in PRICE_LIST:
        ws.append(row)
    wb.save(path)
    return path


def main() -> int:
    from make_screenshots import close_window, scratch_app, settle, wait

    app, scratch = scratch_app("smallcrm-shots-")

    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow

    db = scratch / "demo.db"
    open_crm(db)
    demo.generate(60, seed=1)
    make_catalogue()
    close_db()
    prices = write_price_list(scratch / "供货价目表.xlsx")

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        shop = scratch / f"shop-{lang}.db"
        shop.write_bytes(db.read_bytes())
        open_crm(shop)
        w = MainWindow(shop)
        w.resize(*SIZE)
        w.show()
        wait(app, lambda w=w: not w.customers.model.loading)
        dialog = w.show_catalogue()
        dialog.resize(1100, 640)
        wait(app, lambda d=dialog: not d.loading and d.model.rowCount() > 0)
        dialog.retired_box.setChecked(True)
        wait(app, lambda d=dialog: not d.loading and d.model.rowCount() == len(CATALOGUE))
        row = next(i for i, r in enumerate(dialog.model.rows) if r[0] == "铁观音(一级)")
        dialog.table.selectRow(row)
        settle(app)
        dialog.grab().save(str(HERE / f"catalogue-{lang}.png"))
        dialog.search.setText("nrg")  # 牛肉干 by its initials
        wait(app, lambda d=dialog: not d.loading and d.model.rowCount() == 2)
        dialog.table.selectRow(0)
        settle(app)
        dialog.grab().save(str(HERE / f"catalogue-search-{lang}.png"))
        wizard = dialog.import_products()
        wizard.file_page.path_edit.setText(str(prices))
        wait(app, lambda wizard=wizard: wizard.file_page.isComplete() or bool(wizard.file_page.error))
        wizard.next()
        settle(app)
        wizard.grab().save(str(HERE / f"catalogue-import-mapping-{lang}.png"))
        wizard.next()
        page = wizard.preview_page
        page.set_policy("overwrite")
        wait(app, lambda page=page: not page.loading and page.result is not None)
        settle(app)
        wizard.grab().save(str(HERE / f"catalogue-import-preview-{lang}.png"))
        wizard.reject()
        dialog.close()
        close_window(w, installed)
    print(f"screenshots in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
