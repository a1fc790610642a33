"""Starting the window: options, the database, the language, exit codes, logging and error reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from smallcrm.ui.shell import translations
from smallcrm.ui.shell.main_window import MainWindow

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


class MessageBoxCloser:
    """Closes the app's modal message boxes as they appear, keeping their texts."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._close)
        self.timer.start()

    def _close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.texts.append(widget.text())
                widget.done(0)


@pytest.fixture
def message_boxes() -> Iterator[MessageBoxCloser]:
    closer = MessageBoxCloser()
    yield closer
    closer.timer.stop()


def test_the_app_shows_its_window_and_quits_after_show(qtbot: Any, db_path: Path) -> None:
    from smallcrm.ui.shell.app import main

    assert main(["--db", str(db_path), "--quit-after-show", "--lang", "en"]) == 0
    assert db_path.exists()
    assert not db_path.with_name(db_path.name + ".lock").exists()  # the lock goes with the app


def test_an_unusable_database_is_one_sentence_and_exit_code_2(
    qtbot: Any, tmp_path: Path, message_boxes: MessageBoxCloser
) -> None:
    from smallcrm.ui.shell.app import main

    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert main(["--db", str(folder), "--lang", "en"]) == 2
    assert len(message_boxes.texts) == 1
    assert "folder" in message_boxes.texts[0]
    assert "Traceback" not in message_boxes.texts[0]


def test_a_database_path_in_a_folder_that_does_not_exist_is_refused_not_made(
    qtbot: Any, tmp_path: Path, message_boxes: MessageBoxCloser
) -> None:
    """Issue 15, point 15, for the window too: a mistyped --db made the folder and an
    empty shop in it."""
    from smallcrm.ui.shell.app import main

    wrong = tmp_path / "no-such-folder" / "shop.db"
    assert main(["--db", str(wrong), "--lang", "en"]) == 2
    assert len(message_boxes.texts) == 1 and "does not exist" in message_boxes.texts[0]
    assert not wrong.parent.exists()


def test_quit_after_show_prints_a_bad_database_instead_of_waiting_on_a_message_box(
    qtbot: Any, tmp_path: Path, message_boxes: MessageBoxCloser, capsys: pytest.CaptureFixture[str]
) -> None:
    from smallcrm.ui.shell.app import main

    bad = tmp_path / "notes.db"
    bad.write_bytes(b"These are my notes, not a database. " * 200)
    assert main(["--db", str(bad), "--quit-after-show", "--lang", "en"]) == 2
    assert message_boxes.texts == []  # a modal box would wait for ever for a click in a benchmark
    err = capsys.readouterr().err
    assert err.startswith("smallcrm: ") and err.count("\n") == 1
    assert "not a SmallCRM database" in err and str(bad) in err


@pytest.mark.parametrize(
    ("argv", "environment", "stored", "expected"),
    [
        ([], "zh_CN", "en", "zh_CN"),  # SMALLCRM_LANG over the shop's setting
        (["--lang", "en"], "zh_CN", "zh_CN", "en"),  # --lang over SMALLCRM_LANG
        ([], None, "zh_CN", "zh_CN"),  # the shop's setting over the system's
    ],
)
def test_the_window_language_is_lang_then_smallcrm_lang_then_the_shops_setting(
    qtbot: Any,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    environment: str | None,
    stored: str,
    expected: str,
) -> None:
    from smallcrm import settings
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.ui.shell.app import main

    open_crm(db_path)
    settings.put("language", stored)
    close_db()
    if environment is None:
        monkeypatch.delenv("SMALLCRM_LANG")
    else:
        monkeypatch.setenv("SMALLCRM_LANG", environment)
    shown_in: list[str] = []  # the language of the window while it was shown
    monkeypatch.setattr(MainWindow, "showEvent", lambda self, event: shown_in.append(translations.current_language()))
    assert main(["--db", str(db_path), "--quit-after-show", *argv]) == 0
    assert shown_in and set(shown_in) == {expected}
    assert translations.current_language() == "en"  # main() takes its translation off again


def test_the_window_has_a_version_option(capsys: pytest.CaptureFixture[str]) -> None:
    from smallcrm import __version__
    from smallcrm.ui.shell.app import main

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"SmallCRM {__version__}"


def test_an_unexpected_error_is_logged_and_reported(
    qtbot: Any, smallcrm_home: Path, message_boxes: MessageBoxCloser
) -> None:
    from smallcrm.ui.shell import app

    handler = app._log_to_file()
    assert handler is not None
    try:
        try:
            raise RuntimeError("a bug")
        except RuntimeError as exc:
            app.ErrorReporter()(RuntimeError, exc, exc.__traceback__)
    finally:
        app.log.removeHandler(handler)
        handler.close()
    assert message_boxes.texts and "fault in the program" in message_boxes.texts[0]
    logged = (smallcrm_home / "logs" / app.LOG_FILE).read_text(encoding="utf-8")
    assert "RuntimeError: a bug" in logged
    assert "Traceback" in logged


def test_a_big_log_is_rotated_at_start(smallcrm_home: Path) -> None:
    from smallcrm.ui.shell import app

    logs = smallcrm_home / "logs"
    logs.mkdir(parents=True)
    (logs / app.LOG_FILE).write_text("x" * (app.LOG_MAX_BYTES + 1), encoding="utf-8")
    handler = app._log_to_file()
    assert handler is not None
    app.log.removeHandler(handler)
    handler.close()
    assert (logs / (app.LOG_FILE + ".1")).stat().st_size == app.LOG_MAX_BYTES + 1
    assert not (logs / app.LOG_FILE).exists() or (logs / app.LOG_FILE).stat().st_size == 0
