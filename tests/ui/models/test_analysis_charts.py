"""The charts worked out on the worker: drawn there, with the rules behind them in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from smallcrm.jobs import Cancelled, CancelToken
from smallcrm.ui.models import analysis_state
from smallcrm.ui.models.analysis_charts import ALL_STAFF, Request, compute
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


@pytest.fixture
def demo_shop(crm: Path) -> Path:
    from smallcrm.domain import demo

    demo.generate(300, seed=3)
    return crm


def _request(chart: str, **kw: Any) -> Request:
    fields: dict[str, Any] = {"dimension": "tier", "months": 12, "as_of": dt.date.today(), "staff": ALL_STAFF}
    return Request(chart=chart, theme="light", **(fields | kw))


def test_a_chart_is_built_and_drawn_at_the_canvas_size_off_the_gui_thread(demo_shop: Path) -> None:
    outcome = compute(_request("segments"), CancelToken(), (640, 400, 2.0))
    assert outcome.chart is not None and outcome.chart.items and outcome.rows == []
    assert outcome.rendered.get_width_height(physical=True) == (1280, 800)  # a HiDPI screen's pixels
    assert outcome.staff and all(isinstance(name, str) for _id, name in outcome.staff)
    assert "profit" in outcome.note.lower()


def test_the_staff_table_counts_every_customer_once(demo_shop: Path) -> None:
    outcome = compute(_request("staff"), CancelToken())
    assert outcome.chart is None and outcome.rows
    known = analysis_state.shared().get(dt.date.today()).segments.known
    assert sum(r["customers"] for r in outcome.rows) == int(known.sum())
    assert all(len(r["ids"]) == r["customers"] for r in outcome.rows)


def test_a_staff_members_chart_shows_their_customers_only(demo_shop: Path) -> None:
    everyone = compute(_request("segments"), CancelToken())
    staff_id = everyone.staff[0][0]
    theirs = compute(_request("segments", staff=staff_id), CancelToken())
    assert sum(i.count for i in theirs.chart.items) < sum(i.count for i in everyone.chart.items)


def test_a_cancelled_request_stops_before_the_chart(demo_shop: Path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        compute(_request("cohorts"), cancel)
