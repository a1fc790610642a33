"""Screenshots of the Analysis area with demo data, in English and Chinese (and one dark).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/analysis_screenshots.py

Everything happens in a scratch folder (SMALLCRM_HOME), so no real data is touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))
SIZE = (1280, 800)
# chart key -> the languages it is taken in (file names: analysis[-key]-lang.png)
SHOTS = {
    "segments": ("en", "zh_CN"),
    "churn_trend": ("zh_CN",),
    "pareto": ("en",),
    "cohorts": ("en",),
    "staff": ("zh_CN",),
    "staff_results": ("en", "zh_CN"),
}
NAMES = {"segments": "", "churn_trend": "-churn"}


def main() -> int:
    from make_screenshots import close_window, scratch_app, settle, use_dark

    app, scratch = scratch_app("smallcrm-ashots-")

    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell import translations
    from smallcrm.ui.shell.main_window import MainWindow
    from smallcrm.ui.views.analysis_view import CHARTS

    db = scratch / "demo.db"
    open_crm(db)
    demo.generate(2000, seed=1)
    close_db()
    for lang, dark in (("en", False), ("zh_CN", False), ("en", True)):
        installed = translations.install(lang)
        if dark:
            use_dark(app)
        open_crm(db)
        w = MainWindow(db)
        w.resize(*SIZE)
        w.show()
        settle(app, 2)
        w.show_area("analysis")
        for key, langs in SHOTS.items():
            if (dark and key != "segments") or (not dark and lang not in langs):
                continue
            w.analysis.chart_list.setCurrentRow(CHARTS.index(key))
            settle(app, 8)
            name = NAMES.get(key, "-" + key)
            w.grab().save(str(HERE / f"analysis{name}-{lang}{'-dark' if dark else ''}.png"))
        close_window(w, installed)
    print("screenshots in", HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
