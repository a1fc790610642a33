"""What the tests of the Analysis area share: a demo shop, showing a chart, waiting for it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.analysis_view import CHARTS, AnalysisView
from tests.ui.ui_helpers import open_window


@pytest.fixture
def shop(qtbot: Any, crm: Path) -> MainWindow:
    from smallcrm.domain import demo

    demo.generate(300, seed=3)
    w = open_window(qtbot, crm)
    w.resize(1280, 800)
    return w


def settle(qtbot: Any, view: AnalysisView, kind: str) -> None:
    qtbot.waitUntil(
        lambda: not view.busy and view.outcome is not None and view.outcome.request.chart == kind, timeout=30_000
    )


def show(qtbot: Any, w: MainWindow, kind: str = "segments") -> AnalysisView:
    w.show_area("analysis")
    view = w.analysis
    view.chart_list.setCurrentRow(CHARTS.index(kind))
    settle(qtbot, view, kind)
    return view
