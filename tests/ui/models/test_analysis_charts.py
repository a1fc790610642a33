"""The charts worked out on the worker: drawn there, with the rules behind them in words."""

from __future__ import annotations

from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.views.analysis_area import show

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_chart_is_drawn_on_the_worker_and_only_painted_on_the_gui_thread(qtbot: Any, shop: MainWindow) -> None:
    """The GUI never freezes for a matplotlib draw: the worker draws at the canvas's size."""
    view = show(qtbot, shop, "cohorts")
    view.canvas.repaint()
    assert view.canvas.renderer is view.outcome.rendered.renderer


def test_each_chart_explains_itself_satisfaction_is_not_told_about_cohorts(qtbot: Any, shop: MainWindow) -> None:
    notes = {}
    for kind in ("cohorts", "satisfaction"):
        view = show(qtbot, shop, kind)
        notes[kind] = view.note.text()
    assert notes["satisfaction"] != notes["cohorts"]
    assert "satisfaction scores" in notes["satisfaction"] and "first purchase" not in notes["satisfaction"]
    assert "first purchase day" in notes["cohorts"]
