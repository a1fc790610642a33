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
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import smallcrm
from smallcrm import paths
from smallcrm.errors import UserError
from smallcrm.store import privacy
from smallcrm.ui.shell import translations
from smallcrm.ui.shell.fonts import ensure_chinese_font
from smallcrm.ui.shell.single_instance import SingleInstance

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
        # The store: 60 ms of imports; a window that can report damage has it loaded.
        from smallcrm.store.sqlite.failures import is_damaged

        if self.on_damaged is not None and is_damaged(exc):
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
    from smallcrm import settings  # not at the top for the reason in _open; loaded by then

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
            from smallcrm.ui.shell import self_test  # 9 ms at start-up: only --self-test needs it

            return self_test.run(_open, app_icon, lambda: reporter.reported)
        return _run(app, args, installed)
    finally:
        # the store and the worker: 60-150 ms of imports, not for --help, a wrong --db or a second launch
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
    # the store and the worker: 60-150 ms of imports, not for --help, a wrong --db or a second launch
    from smallcrm.domain.session import open_crm
    from smallcrm.store.sqlite import activity
    from smallcrm.store.sqlite.sidecars import MissingAfterRestoreError
    from smallcrm.ui.shell import worker

    # The marker beside the database says "a window" to other SmallCRMs (store.sqlite.activity).
    activity.set_role(activity.WINDOW)
    try:
        try:
            open_crm(db_path, check=False)
        except MissingAfterRestoreError as missing:
            if not _put_back(db_path, missing):
                return False
            open_crm(db_path, check=False)
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
    from smallcrm.store.sqlite.backup import restore_database  # 7 ms at start-up: only putting a copy back needs it

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
    # 190 ms: not for --help, --version, a wrong --db or a second launch handing over to the first.
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
    from smallcrm.ui.shell import worker  # not at the top for the reason in _open; loaded by then

    worker.shutdown()
    QCoreApplication.sendPostedEvents()
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


if __name__ == "__main__":
    sys.exit(main())
