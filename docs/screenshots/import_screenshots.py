"""Take the import wizard's screenshots: its columns, preview and rejected-rows pages
and the import history, in English and Chinese, over a shop with demo data and a
members' list as shops keep them (a title row, the address in one column, an unknown
column, a duplicate, a phone that Excel turned into scientific notation, a total row).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/import_screenshots.py

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

MEMBERS: list[list[Any]] = [
    ["2024年会员名单"],
    ["姓名", "手机", "地址", "生日", "喜欢的茶"],
    ["赵六", 13500001234, "四川省成都市武侯区人民南路四段1号 610041", "1985年3月2日", "普洱"],
    ["钱七", "136 0000 9999", "上海市浦东新区张杨路500号", "3月2日", "龙井"],
    ["孙八", "1.38001E+10", "成都市锦江区红星路二段8号", None, "白茶"],
    ["周九", "+86 139-0000-7777", "杭州西湖区文三路90号", "1990/8/15", "铁观音"],
    ["吴十", "13700005555", "北京市朝阳区建国路88号", "1985年2月30日", None],
    [None, None, None, None, None],
    ["合计", None, None, None, None],
]


def write_members(path: Path, duplicate: tuple[str, str]) -> Path:
    """The members' list, with one row for a customer the shop already has."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    rows = [*MEMBERS[:4], [duplicate[0], duplicate[1], "中山路100号", None, "大红袍"], *MEMBERS[4:]]
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def main() -> int:
    from make_screenshots import close_window, scratch_app, settle, wait

    app, scratch = scratch_app("smallcrm-shots-")

    from PySide6.QtWidgets import QWizard

    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.store.models import Customer
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow

    db = scratch / "demo.db"
    open_crm(db)
    demo.generate(300, seed=1)
    first = Customer.select().order_by(Customer.id).get()
    members = write_members(scratch / "会员名单.xlsx", (first.name, first.phone))
    close_db()

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        # Each language imports into its own copy of the shop, so both see the same file as new.
        shop = scratch / f"shop-{lang}.db"
        shop.write_bytes(db.read_bytes())
        open_crm(shop)
        w = MainWindow(shop)
        w.resize(*SIZE)
        w.show()
        wait(app, lambda w=w: not w.customers.model.loading)
        w.import_action.trigger()
        wizard = w.import_wizard
        wizard.file_page.path_edit.setText(str(members))
        wait(app, lambda wizard=wizard: wizard.file_page.isComplete() or bool(wizard.file_page.error))
        wizard.next()
        settle(app)
        wizard.grab().save(str(HERE / f"import-mapping-{lang}.png"))
        wizard.next()
        page = wizard.preview_page
        wait(app, lambda page=page: not page.loading and page.result is not None)
        settle(app)
        wizard.grab().save(str(HERE / f"import-preview-{lang}.png"))
        page.tabs.setCurrentIndex(2)
        settle(app)
        wizard.grab().save(str(HERE / f"import-rejected-{lang}.png"))
        wizard.button(QWizard.WizardButton.CommitButton).click()
        done = wizard.result_page
        wait(app, lambda done=done: done.job is not None and done.job.done)
        settle(app)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        history = w.show_import_history()
        wait(app, lambda history=history: not history.loading and history.table.rowCount() > 0)
        settle(app)
        history.grab().save(str(HERE / f"import-history-{lang}.png"))
        history.close()
        close_window(w, installed)
    print(f"screenshots in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
