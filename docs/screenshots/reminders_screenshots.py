"""Screenshots of the Reminders area (list and calendar) with demo data, en and zh_CN.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/reminders_screenshots.py

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
SIZE = (1280, 800)


def main() -> int:
    from make_screenshots import close_window, scratch_app, settle, wait

    app, scratch = scratch_app("smallcrm-rshots-")
    from PySide6.QtCore import QCoreApplication

    from smallcrm import settings
    from smallcrm.domain import demo
    from smallcrm.domain.reminders import rules as reminder_rules
    from smallcrm.domain.session import open_crm
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow

    for lang in ("en", "zh_CN"):
        installed = translations.install(lang)
        db = scratch / f"demo-{lang}.db"
        open_crm(db)
        demo.generate(2000, seed=1)
        settings.put("shop_name", "锦里茶庄" if lang == "zh_CN" else "Jinli Tea House")
        reminder_rules.run_rules(dt.date.today(), translate=QCoreApplication.translate)
        w = MainWindow(db, run_reminders=True)
        w.resize(*SIZE)
        w.show()
        wait(app, lambda w=w: not w.customers.model.loading)
        settle(app, 1.0)
        w.show_area("reminders")
        view = w.reminders
        wait(app, lambda view=view: not view.loading)
        settle(app, 2.5)
        view.table.selectRow(2)
        settle(app, 0.5)
        w.grab().save(str(HERE / f"reminders-{lang}.png"))
        calendar = view.show_calendar()
        wait(app, lambda calendar=calendar: not calendar.calendar.loading)
        settle(app, 1.5)
        w.grab().save(str(HERE / f"reminders-calendar-{lang}.png"))
        close_window(w, installed)
    print("screenshots in", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
