"""Take the Mailing area's screenshots: the area in English and Chinese with demo data,
a label sheet and an envelope as printed (PDF pages turned into PNG by poppler's
pdftoppm).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/mailing_screenshots.py

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
SIZE = (1280, 860)


def main() -> int:
    from make_screenshots import close_window, scratch_app, settle, wait

    app, scratch = scratch_app("smallcrm-shots-")

    from smallcrm import settings
    from smallcrm.domain import demo, mailing
    from smallcrm.domain.session import open_crm
    from smallcrm.printing.render import Sender, render_envelopes, render_labels
    from smallcrm.printing.templates import get_envelope, get_template
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow

    db = scratch / "demo.db"
    open_crm(db)
    demo.generate(600, seed=1)
    settings.put_many(
        {"shop_name": "锦里茶庄", "shop_address": "四川省成都市青羊区宽窄巷子8号", "shop_postcode": "610031"}
    )
    mailing_id, _ = mailing.create_mailing("spring_festival", "春节贺卡 2027", tag="VIP", one_per_household=True)
    people = mailing.addresses(mailing.recipient_ids(mailing_id))

    # -- what comes out of the printer ----------------------------------------------------------
    render_labels(scratch / "labels.pdf", people, get_template("Avery L7160"), skip=2, outlines=True)
    render_envelopes(scratch / "env.pdf", people[:1], get_envelope("DL"), Sender.from_settings())
    for pdf, name, dpi in (("labels.pdf", "labels-avery-l7160", 80), ("env.pdf", "envelope-dl", 110)):
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(scratch / pdf),
             str(HERE / name)],
            check=True,
        )  # fmt: skip
    close_db()

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        open_crm(db)
        w = MainWindow(db)
        w.resize(*SIZE)
        w.show()
        wait(app, lambda w=w: not w.customers.model.loading)
        w.show_area("mailing")
        view = w.areas["mailing"][0]
        wait(app, lambda view=view: view.mailing_list.count() > 0)
        view.mailing_list.setCurrentRow(0)
        wait(app, lambda view=view: view.recipients.model().rowCount() > 0)
        choice = mailing.choose(tag="VIP", one_per_household=True)
        view._show_left_out(mailing.excluded_people(choice))
        settle(app, 0.5)
        w.grab().save(str(HERE / f"mailing-{lang}.png"))
        close_window(w, installed)
    print(f"screenshots in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
