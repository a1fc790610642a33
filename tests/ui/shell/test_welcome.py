"""The welcome page of an empty shop: what it offers and where it leads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow, demo_available

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_an_empty_database_shows_the_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert not window.find_action.isEnabled()
    assert window.welcome.add_button.isVisible()
    assert window.welcome.import_button.isVisible()
    assert window.welcome.demo_button.isVisible() == demo_available()


def test_add_a_customer_on_the_welcome_page_opens_a_new_customer(qtbot: Any, window: MainWindow) -> None:
    qtbot.mouseClick(window.welcome.add_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.body
    assert window.customers.editing
    assert window.customers.editor.customer_id is None


def test_an_import_action_is_offered_on_the_welcome_page(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    triggered = []
    action = QAction("Import…", window)
    action.triggered.connect(lambda: triggered.append(True))
    window.set_import_action(action)
    assert window.welcome.import_button.isVisible()
    window.welcome.import_button.click()
    assert triggered == [True]


def test_in_chinese_the_welcome_page_speaks_chinese(qtbot: Any, chinese: None, crm: Path) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    assert w.pages.currentWidget() is w.welcome
    assert w.welcome.demo_button.text() == "用演示数据体验一下"
