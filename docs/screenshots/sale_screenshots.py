"""Screenshots of the sale screen (收银), en and zh_CN: a sale being rung up for a
customer found by the search, beside the day's sales (one returned, one voided).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/sale_screenshots.py [--shop SHOP.db]

``--shop``: a shop to copy (the README's are taken on a copy of the 100,000-customer
demo shop, ``smallcrm --db /tmp/shop.db demo --customers 100000 --seed 1``); without
it, a 2,000-customer demo shop is made. A tea shop's catalogue is added when the shop
has none. Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is
touched.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
SIZE = (1280, 800)

# name, category, unit, price, cost, barcode
CATALOGUE = [
    ("安溪铁观音 250g", "乌龙茶", "盒", "168.00", "92.00", "6901234567890"),
    ("西湖龙井 明前 100g", "绿茶", "盒", "238.00", "150.00", "6901234567891"),
    ("茉莉花茶", "花茶", "两", "12.00", "5.50", ""),
    ("云南普洱 熟茶饼 357g", "黑茶", "饼", "198.00", "110.00", "6901234567892"),
    ("正山小种", "红茶", "两", "26.00", "12.00", ""),
    ("绿豆糕", "茶点", "盒", "18.00", "8.00", "6920000000017"),
    ("原味瓜子", "茶点", "斤", "16.00", "9.00", ""),
    ("玻璃公道杯", "茶具", "个", "45.00", "20.00", "6930000000018"),
]


def stock_the_shop() -> None:
    """The products the pictures name (beside any catalogue the shop has), and the day's first sales (one returned in
    part, one voided), so the list beside the sale has something true to show."""
    from smallcrm.domain.catalogue.products import add_product, list_products
    from smallcrm.domain.customers.search import search
    from smallcrm.domain.customers.staff import add_staff
    from smallcrm.domain.sales.corrections import return_sale, void_sale
    from smallcrm.domain.sales.lines import LineInput
    from smallcrm.domain.sales.recording import record_sale

    known = {p["name"] for p in list_products(include_retired=True)}
    used = {p["barcode"] for p in list_products(include_retired=True) if p["barcode"]}
    for name, category, unit, price, cost, barcode in CATALOGUE:
        if name not in known:  # the demo shop has a catalogue of its own: these come beside it
            code = "" if barcode in used else barcode
            fields = {"name": name, "category": category, "unit": unit, "price": price, "cost": cost}
            add_product({**fields, "barcode": code})
    ids = {p["name"]: p["id"] for p in list_products()}
    staff = add_staff("小李").name
    customers = [hit["id"] for hit in search("wang", limit=3).hits]

    def line(name: str, quantity: str = "1") -> LineInput:
        return LineInput(product_id=ids[name], quantity=Decimal(quantity))

    first = record_sale(customers[0], [line("安溪铁观音 250g", "2"), line("绿豆糕")], payment="wechat", staff=staff)
    record_sale(None, [line("茉莉花茶", "3"), line("原味瓜子", "1.5")], payment="cash", staff=staff)
    twice = record_sale(customers[1], [line("西湖龙井 明前 100g")], payment="alipay", staff=staff)
    record_sale(customers[2], [line("云南普洱 熟茶饼 357g"), line("玻璃公道杯", "2")], payment="card", staff=staff)
    return_sale(first["id"], {first["lines"][0]["id"]: Decimal(1)}, reason="包装破损")
    void_sale(twice["id"], "重复录入")


def main() -> int:
    from make_screenshots import close_window, scratch_app, settle, wait

    parser = argparse.ArgumentParser()
    parser.add_argument("--shop", help="a shop to copy (default: a new 2,000-customer demo shop)")
    args = parser.parse_args()
    app, scratch = scratch_app("smallcrm-saleshots-")
    from PySide6.QtCore import QCoreApplication

    from smallcrm import settings
    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import fonts, translations
    from smallcrm.ui.shell.main_window import MainWindow, window_settings

    shop = scratch / "shop.db"
    if args.shop:
        shutil.copyfile(args.shop, shop)
        open_crm(shop)
    else:
        open_crm(shop)
        demo.generate(2000, seed=1)
    stock_the_shop()
    close_db()
    fonts.ensure_chinese_font()

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        open_crm(shop)
        settings.put("shop_name", "锦里茶庄" if lang == "zh_CN" else "Jinli Tea House")
        window_settings().setValue("sale/staff", "小李")
        w = MainWindow(shop)
        w.resize(*SIZE)
        w.show()
        wait(app, lambda w=w: not w.customers.model.loading)
        w.show_area("sale")
        view = w.sale
        wait(app, lambda view=view: not view.day_loading)
        # One sale saved from the screen (the status says so), the next one rung up.
        view.product_box.setText("6930000000018")
        view.product_box.entered.emit("6930000000018")
        view.save_sale()
        wait(app, lambda view=view: view.saving is None and view.day_model.rowCount() == 6)
        view.customer_box.setFocus()
        view.customer_box.setText("wang")
        view._search_customers()
        wait(app, view.customer_box.suggestions_shown)
        view.customer_box.entered.emit("wang")
        for typed in ("6901234567890", "6901234567890", "2*ldg", "1.5*ywgz"):
            view.product_box.setText(typed)
            view.product_box.entered.emit(typed)
        view.payment.setCurrentIndex(view.payment.findData("wechat"))
        view.discount.setText("6")
        view.note.setText(QCoreApplication.translate("Shots", "送货上门") if lang == "zh_CN" else "Deliver on Friday")
        view.day_table.selectRow(view.day_model.rowCount() - 1)
        view.product_box.setFocus()
        view.product_box.setText("lj")
        view._suggest_products()
        settle(app, 0.8)
        w.grab().save(str(HERE / f"sale-{lang}.png"))
        close_window(w, installed)
    print("screenshots in", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
