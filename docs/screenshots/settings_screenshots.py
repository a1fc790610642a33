"""Take the Settings dialog's screenshots: the shop's details and the reminders the app
makes itself, in English and Chinese, over a shop with demo data.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/settings_screenshots.py

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
SIZE = (1280, 800)
SHOP = {
    "en": {"shop_name": "Jinli Tea House", "shop_address": "231 Jinli Street, Wuhou District, Chengdu"},
    "zh_CN": {"shop_name": "锦里茶庄", "shop_address": "四川省成都市武侯区锦里古街231号"},
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(HERE))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    from make_screenshots import close_window, scratch_app, settle, wait

    app, scratch = scratch_app("smallcrm-shots-")

    from smallcrm import settings
    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow

    db = scratch / "demo.db"
    open_crm(db)
    demo.generate(300, seed=1)
    close_db()

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        open_crm(db)
        settings.put_many({**SHOP[lang], "shop_postcode": "610041", "shop_phone": "028-8555 0231"})
        w = MainWindow(db)
        w.resize(*SIZE)
        w.show()
        wait(app, lambda w=w: not w.customers.model.loading)
        dialog = w.show_settings()
        settle(app)
        dialog.grab().save(str(out / f"settings-{lang}.png"))
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # the reminders
        settle(app)
        dialog.grab().save(str(out / f"settings-reminders-{lang}.png"))
        dialog.reject()
        close_window(w, installed)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
