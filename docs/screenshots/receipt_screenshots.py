"""Take the receipt screenshots: the print dialog with its preview, and the Settings
dialog's Receipts tab, in English and Chinese; the 58 mm receipt as printed (the PDF
page turned into PNG by poppler's pdftoppm).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/receipt_screenshots.py

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))


def main() -> int:
    from make_screenshots import scratch_app, settle

    app, scratch = scratch_app("smallcrm-shots-")

    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from smallcrm import settings
    from smallcrm.domain.catalogue.products import add_product
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.customers.staff import add_staff
    from smallcrm.domain.sales.lines import LineInput
    from smallcrm.domain.sales.reading import sale_dict
    from smallcrm.domain.sales.recording import record_sale
    from smallcrm.domain.session import open_crm
    from smallcrm.printing.receipts import Shop, render_receipt_pdf
    from smallcrm.store.db import close_db
    from smallcrm.ui.dialogs.receipt_print import ReceiptDialog
    from smallcrm.ui.dialogs.settings_dialog import SettingsDialog
    from smallcrm.ui.shell import translations

    db = scratch / "shop.db"
    open_crm(db)
    settings.put_many(
        {
            "shop_name": "锦里茶庄",
            "shop_address": "四川省成都市青羊区宽窄巷子8号",
            "shop_phone": "028-8666 1234",
            "receipt_printer": "usb:0416:5011",
        }
    )
    cid = create_customer({"name": "王芳", "phone": "13812345678"}).id
    add_staff("小李")
    tea = add_product({"name": "明前龙井 特级", "price": "168", "cost": "90", "unit": "盒"}).id
    nuts = add_product({"name": "五香瓜子", "price": "33.33", "cost": "20", "unit": "斤"}).id
    cup = add_product({"name": "青花瓷盖碗（手绘）", "price": "88", "cost": "40", "unit": "个"}).id
    lines = [
        LineInput(product_id=tea, quantity=Decimal(2), discount_cents=1000),
        LineInput(product_id=nuts, quantity=Decimal("1.5")),
        LineInput(product_id=cup),
        LineInput(text="茶具清洗保养", unit_price_cents=2000),
    ]
    at = dt.datetime(2026, 12, 8, 15, 42)
    sale = sale_dict(record_sale(cid, lines, discount_cents=500, payment="wechat", staff="小李", sold_at=at)["id"])

    render_receipt_pdf(sale, scratch / "receipt.pdf", 58, shop=Shop.from_settings())
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(scratch / "receipt.pdf"), str(HERE / "receipt-58mm")],
        check=True,
    )

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        translations.forget_currency()
        dialog = ReceiptDialog(sale)
        dialog.show()
        settle(app)
        preview = dialog.preview()
        preview.resize(760, 820)
        settle(app, 1.0)
        widget = preview.findChild(QPrintPreviewWidget)
        widget.fitInView()
        settle(app, 0.5)
        preview.grab().save(str(HERE / f"receipt-preview-{lang}.png"))
        dialog.grab().save(str(HERE / f"receipt-dialog-{lang}.png"))
        preview.close()
        dialog.close()

        settings_dialog = SettingsDialog()
        tabs = settings_dialog.tabs
        tabs.setCurrentIndex([tabs.tabText(i).replace("&", "") for i in range(tabs.count())].index(
            "Receipts" if lang == "en" else "小票"
        ))  # fmt: skip
        settings_dialog.show()
        settle(app)
        settings_dialog.grab().save(str(HERE / f"settings-receipts-{lang}.png"))
        settings_dialog.close()
        installed.remove()
    close_db()
    return 0


if __name__ == "__main__":
    sys.exit(main())
