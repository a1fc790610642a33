"""The one-line banner across an area: shown with its text, closed with its button."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.widgets.banner import Banner

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_banner_shows_its_text_and_the_owner_closes_it(qtbot: Any) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    assert banner.isHidden()
    banner.show_text("3 reminders are due today.")
    assert banner.isVisible() and banner.text.text() == "3 reminders are due today."
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert banner.isHidden()


def test_the_close_button_says_what_it_does_in_chinese(qtbot: Any, chinese: None) -> None:
    banner = Banner()
    qtbot.addWidget(banner)
    assert banner.close_button.toolTip() == "关闭"
