"""Take the README's screenshots: the customer list, a customer's detail and the
welcome page, in English and Chinese, with demo data.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py
    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 python docs/screenshots/make_screenshots.py --suffix=@2x
    QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py --dark --suffix=-dark

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
Fonts: on Linux, install fonts-noto-cjk for the Chinese text.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # PySide6 and the window are imported once the scratch folder is set
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from smallcrm.ui.shell.main_window import MainWindow
    from smallcrm.ui.shell.translations import Installed

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
SIZE = (1280, 800)


def wait(app: QApplication, done: Callable[..., object], timeout: float = 60.0) -> None:
    """Let the window's queued work arrive (a script, not the app: it may pump events)."""
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def scratch_app(prefix: str) -> tuple[QApplication, Path]:
    """The QApplication and a scratch folder for a screenshot script: the app's data
    (SMALLCRM_HOME) and window settings (QSettings) live there, never in the user's."""
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["SMALLCRM_HOME"] = str(scratch / "home")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    app.setApplicationName("SmallCRM")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "qsettings"))
    return app, scratch


def close_window(window: MainWindow, installed: Installed) -> None:
    """After one language's shots: the window, its workers, the database and the
    translation go, so the next language starts as a fresh start would."""
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import worker

    window.stop_background_work()  # as the app does when it quits
    if window.reminder_service is not None:
        window.reminder_service.stop()  # its timer would run the rules again on the next shop
    window.close()
    worker.shutdown()
    close_db()
    installed.remove()


def use_dark(app: QApplication) -> None:
    """Fusion with a dark palette, as a dark desktop gives."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette())


def dark_palette() -> QPalette:
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a2a",
        QPalette.ColorRole.ToolTipText: "#f0f0d0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, color in colors.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return p


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", action="append", help="en and/or zh_CN (default both)")
    parser.add_argument("--suffix", default="", help="added to the file names, e.g. @2x")
    parser.add_argument("--dark", action="store_true", help="a dark palette, as a dark desktop gives")
    parser.add_argument("--out", default=str(HERE))
    args = parser.parse_args()
    langs = args.lang or ["en", "zh_CN"]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app, scratch = scratch_app("smallcrm-shots-")
    if args.dark:
        use_dark(app)

    from smallcrm import settings
    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow

    demo_db = scratch / "demo.db"
    open_crm(demo_db)
    demo.generate(2000, seed=1)
    close_db()

    for lang in langs:
        installed = translations.install(lang)
        # -- welcome page on an empty database --------------------------------------------
        empty = scratch / f"empty-{lang}.db"
        open_crm(empty)
        w = MainWindow(empty)
        w.resize(*SIZE)
        w.show()
        settle(app)
        w.grab().save(str(out / f"welcome-{lang}{args.suffix}.png"))
        w.close()
        close_db()

        # -- the list, searching ------------------------------------------------------------
        open_crm(demo_db)
        settings.put("shop_name", "锦里茶庄" if lang == "zh_CN" else "Jinli Tea House")
        w = MainWindow(demo_db)
        w.resize(*SIZE)
        w.show()
        page = w.customers
        wait(app, lambda page=page: not page.model.loading)
        page.search_box.setText("wang")
        page.apply_search()
        wait(app, lambda page=page: not page.model.loading and page.profile.customer_id is not None)
        # Show someone who has bought something: the profile and the tabs have more to say.
        from smallcrm.ui.models.customer_table import COL_LAST_PURCHASE

        birthday = page.model.column_of("birthday")
        rows = [
            r
            for r in range(page.model.rowCount())
            if page.model.index(r, COL_LAST_PURCHASE).data() and page.model.index(r, birthday).data()
        ]
        if rows:
            page.table.selectRow(rows[-1])
        settle(app)
        w.grab().save(str(out / f"list-{lang}{args.suffix}.png"))

        # -- one customer's detail ------------------------------------------------------------
        page.open_current()
        settle(app)
        w.grab().save(str(out / f"detail-{lang}{args.suffix}.png"))
        page.editor.tabs.setCurrentWidget(page.editor.purchases)
        settle(app)
        w.grab().save(str(out / f"purchases-{lang}{args.suffix}.png"))
        page.editor.discard_and_close()
        close_window(w, installed)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
