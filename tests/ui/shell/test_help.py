"""The Help menu: the guide in the window's language, shortcuts read from the real
actions, where the data is, and the About box with version and licences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import smallcrm
from smallcrm import paths
from smallcrm.ui.shell import help
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _menu_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.help_menu.actions() if not a.isSeparator()]


def test_the_help_menu_offers_guide_shortcuts_data_and_about(window: MainWindow) -> None:
    assert _menu_texts(window) == [
        "SmallCRM &Help",
        "&Keyboard Shortcuts",
        "Where Is My &Data?",
        "&About SmallCRM",
        "About &Qt",
    ]


def test_the_guide_covers_import_reminders_segments_mailing_and_the_counter(qtbot: Any, window: MainWindow) -> None:
    window.help_action.trigger()
    dialog = window.findChild(help.HelpDialog)
    qtbot.waitExposed(dialog)
    text = dialog.guide.toPlainText()
    for topic in ("Bring in your customers", "Reminders", "Segments", "Mailing", "The counter: record a sale"):
        assert topic in text
    assert dialog.tabs.currentWidget() is dialog.guide
    dialog.close()


def test_in_chinese_the_guide_is_chinese(qtbot: Any, chinese: None, crm: Path) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    dialog = help.show_help(w)
    text = dialog.guide.toPlainText()
    for topic in ("导入", "回访提醒", "客户细分", "贺卡", "收银：记一笔"):
        assert topic in text
    assert dialog.windowTitle() == "SmallCRM 帮助"
    dialog.close()


def test_the_shortcuts_are_the_windows_own(qtbot: Any, window: MainWindow) -> None:
    window.shortcuts_action.trigger()
    dialog = window.findChild(help.HelpDialog)
    table = dialog.shortcuts
    rows = {(table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())}
    assert ("Find Customer", window.find_action.shortcut().toString()) in rows
    assert ("Customers", "Ctrl+1") in rows
    assert dialog.tabs.currentWidget() is table
    # A shortcut added to the window later is listed without anyone editing a list.
    from PySide6.QtGui import QAction, QKeySequence

    extra = QAction("Print Labels", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.view_menu.addAction(extra)
    assert ("View", "Print Labels", "Ctrl+Shift+P") in help.shortcut_rows(window)
    dialog.close()


def test_the_data_tab_names_the_database_and_backup_folders(qtbot: Any, window: MainWindow, crm: Path) -> None:
    window.data_action.trigger()
    dialog = window.findChild(help.HelpDialog)
    text = dialog.data.toPlainText()
    assert str(crm) in text
    assert str(paths.backup_dir()) in text
    assert dialog.tabs.currentWidget() is dialog.data
    dialog.close()


def test_the_about_box_shows_version_and_licences(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    about = help.AboutDialog(window.db_path, window)
    qtbot.addWidget(about)
    text = about.text.toPlainText()
    assert f"SmallCRM {smallcrm.__version__}" in text
    for name, licence in [
        ("Qt / PySide6", "LGPL-3.0"),
        ("peewee", "MIT"),
        ("phonenumbers", "Apache-2.0"),
        ("SciPy", "BSD-3-Clause"),
        ("Noto Sans SC", "SIL OFL 1.1"),
    ]:
        assert name in text and licence in text
    assert str(window.db_path) in text


def test_about_from_the_menu_is_modal_and_closes(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    user.will(lambda d: d.reject())
    window.about_action.trigger()
    assert user.seen == ["About SmallCRM"]
