"""Screenshots of the Reminders area (list and calendar) with demo data, en and zh_CN.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/reminders_screenshots.py docs/screenshots
"""
from __future__ import annotations
import os, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))
SIZE = (1280, 800)

def wait(done, timeout=60.0):
    from PySide6.QtCore import QCoreApplication
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(); time.sleep(0.01)

def settle(seconds=0.5):
    wait(lambda: False, seconds)

out = Path(sys.argv[1]); langs = sys.argv[2:] or ["en", "zh_CN"]
scratch = Path(tempfile.mkdtemp(prefix="smallcrm-rshots-"))
os.environ["SMALLCRM_HOME"] = str(scratch / "home")
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]]); app.setApplicationName("SmallCRM")
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "qsettings"))
import datetime as dt
from smallcrm import settings
from smallcrm.domain import demo, reminder_rules
from smallcrm.domain.session import open_crm
from smallcrm.store.db import close_db
from smallcrm.ui import translations, worker
from smallcrm.ui.main_window import MainWindow

for lang in langs:
    installed = translations.install(lang)
    db = scratch / f"demo-{lang}.db"
    open_crm(db)
    demo.generate(2000, seed=1)
    settings.put("shop_name", "锦里茶庄" if lang == "zh_CN" else "Jinli Tea House")
    from PySide6.QtCore import QCoreApplication
    reminder_rules.run_rules(dt.date.today(), translate=QCoreApplication.translate)
    w = MainWindow(db, run_reminders=True)
    w.resize(*SIZE); w.show()
    wait(lambda: not w.customers.model.loading)
    settle(1.0)
    w.show_area("reminders")
    v = w.reminders
    wait(lambda: not v.loading); settle(2.5)
    # select a row in Today
    v.table.selectRow(2)
    settle(0.5)
    w.grab().save(str(out / f"reminders-{lang}.png"))
    cal = v.show_calendar()
    wait(lambda: not cal.calendar.loading); settle(1.5)
    w.grab().save(str(out / f"reminders-calendar-{lang}.png"))
    w.reminder_service.stop() if w.reminder_service else None
    w.close(); worker.shutdown(); close_db(); installed.remove()
print("ok", out)
