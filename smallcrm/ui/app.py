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
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import smallcrm
from smallcrm import paths
from smallcrm.errors import UserError
from smallcrm.ui import translations

log = logging.getLogger("smallcrm")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USER_ERROR = 2
LOG_FILE = "smallcrm.log"
# How long --quit-after-show waits for the first paint before giving up.
FIRST_PAINT_TIMEOUT_MS = 30_000


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smallcrm", description="Open the SmallCRM window.")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $SMALLCRM_DB or the app-data folder)")
    parser.add_argument(
        "--demo", action="store_true", help="if the database has no customers, fill it with demo customers"
    )
    parser.add_argument(
        "--quit-after-show", action="store_true", help="exit as soon as the window has been shown (benchmarks)"
    )
    parser.add_argument("--lang", choices=translations.LANGUAGES, help="language of the window (default: the system's)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open a scratch database, search it in a window, check the translations, and exit (0 = all well)",
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


class ErrorReporter:
    """``sys.excepthook`` while the window runs: log the traceback, then show it.

    PySide6 hands exceptions raised in slots and event handlers to ``sys.excepthook``;
    the default one prints to a console that a double-clicked app does not have.
    """

    def __init__(self) -> None:
        self.showing = False
        self.reported = 0

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(EXIT_FAILED)
            return
        app = QApplication.instance()
        if isinstance(exc, UserError):
            log.info("user error: %s", exc)
            if app is not None and not self.showing:
                self._modal(lambda: show_user_error(QApplication.activeWindow(), exc))
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.reported += 1
        log.error("unexpected error\n%s", text)
        if sys.stderr is not None:  # a windowed frozen build has no console
            print(text, file=sys.stderr)
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


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "smallcrm"])
    app.setApplicationName("SmallCRM")
    app.setOrganizationName("SmallCRM")
    app.setApplicationVersion(smallcrm.__version__)
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
    return translations.language_for(args.lang)


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

    handler = _log_to_file()
    app = _application()
    reporter = ErrorReporter()
    previous_hook = sys.excepthook
    sys.excepthook = reporter
    installed = translations.install(_language(args))
    try:
        if args.self_test:
            return _self_test(args, reporter)
        return _run(app, args, installed)
    finally:
        from smallcrm.store.db import close_db
        from smallcrm.ui import worker

        worker.shutdown()
        close_db()
        installed.remove()
        sys.excepthook = previous_hook
        if handler is not None:
            log.removeHandler(handler)
            handler.close()


def _open(db_path: Path) -> bool:
    """Open for a quick start: the integrity check runs once the window is up
    (MainWindow.check_database), not here, where it would cost 0.65 s on a 265 MB file."""
    from smallcrm.domain.session import open_crm

    try:
        open_crm(db_path, check=False)
        from smallcrm.ui import worker

        worker.limit_cache()  # the GUI thread only reads a page of the list at a time
    except UserError as exc:
        log.info("cannot open %s: %s", db_path, exc)
        show_user_error(None, exc, QCoreApplication.translate("App", "SmallCRM cannot open the database"))
        return False
    return True


def _run(app: QApplication, args: argparse.Namespace, installed: translations.Installed) -> int:
    from smallcrm.ui.single_instance import SingleInstance

    db_path = Path(args.db).expanduser() if args.db else paths.default_db_path()
    instance = SingleInstance(db_path)
    if not instance.claim():
        # Another SmallCRM has this database open: bring its window to the front
        # rather than becoming a second writer on the same file.
        if instance.activate_running():
            log.info("%s is open in another SmallCRM; asked it to come to the front", db_path)
            return EXIT_OK
        QMessageBox.warning(
            None,
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
    from smallcrm.ui.main_window import MainWindow, demo_available

    if not _open(db_path):
        return EXIT_USER_ERROR
    if not args.lang:
        saved = _shop_language()
        if saved:
            installed.switch(saved)
    if args.demo and not demo_available():
        QMessageBox.warning(
            None,
            QCoreApplication.translate("App", "SmallCRM"),
            QCoreApplication.translate("App", "This build of SmallCRM has no demo data."),
        )
        return EXIT_USER_ERROR

    window = MainWindow(db_path, backup_on_close=not args.quit_after_show)
    instance.activation_requested.connect(window.bring_to_front)
    # After the first paint: the window first, then the work that can wait for it.
    window.first_painted.connect(instance.listen)
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


def _wait_until(done: Callable[[], bool], timeout_s: float = 10.0) -> None:
    """Let queued results arrive (for the self-test, which has no event loop running)."""
    deadline = time.monotonic() + timeout_s
    while not done() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _self_test(args: argparse.Namespace, reporter: ErrorReporter) -> int:
    """Smoke test for a packaged build: the pieces a frozen app most often loses."""
    import tempfile

    from smallcrm.domain.customers import create_customer
    from smallcrm.ui.main_window import MainWindow

    checks: list[tuple[str, bool]] = []
    with tempfile.TemporaryDirectory(prefix="smallcrm-self-test-") as tmp:
        scratch = args.db is None
        db_path = Path(tmp) / "self-test.db" if scratch else Path(args.db).expanduser()
        if not _open(db_path):
            return EXIT_USER_ERROR
        checks.append(("database opens", True))
        if scratch:
            create_customer({"name": "张三", "phone": "13812345678", "city": "成都"})
        window = MainWindow(db_path)
        window.show()
        page = window.customers
        _wait_until(lambda: not page.model.loading)
        if scratch:
            page.search_box.setText("zs")
            page.apply_search()
            _wait_until(lambda: not page.model.loading)
            checks.append(("pinyin search finds 张三", page.model.rowCount() == 1))
            checks.append(("profile shows 张三", page.profile.name_label.text() == "张三"))
        checks.append(("translation zh_CN", translations.qm_file("zh_CN") is not None))
        checks.append(("no unexpected errors", reporter.reported == 0))
        window.close()
        window.deleteLater()
        from smallcrm.store.db import close_db

        close_db()
    ok = all(passed for _, passed in checks)
    if sys.stdout is not None:
        for name, passed in checks:
            print(f"{'ok  ' if passed else 'FAIL'} {name}")
        print("self-test passed" if ok else "self-test FAILED")
    return EXIT_OK if ok else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
