"""The chart on screen: pointing at a mark says what a click lists."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.views.analysis_area import show

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_pointing_at_a_bar_says_how_many_customers_a_click_lists(qtbot: Any, shop: MainWindow) -> None:
    view = show(qtbot, shop)
    item = view.chart.item("tier:medium")
    view.canvas.draw()
    x, y = view.canvas.item_position(item)
    qtbot.mouseMove(view.canvas, QPoint(round(x), round(y)))
    qtbot.waitUntil(lambda: f"customers: {item.count:,}" in view.hint.text())
    assert view.hint.text().startswith("Medium profit")
    assert view.canvas.cursor().shape() == Qt.CursorShape.PointingHandCursor
