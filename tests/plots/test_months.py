"""The running month: drawn lighter and hatched, its tick starred and the axis saying
why, in every monthly chart; a finished month like the others."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.patches import Rectangle

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis
from smallcrm.domain.analysis.kpis import Month
from tests.plots.conftest import MONTHLY, render, texts


@pytest.mark.parametrize("name", MONTHLY)
def test_the_running_month_is_marked_in_every_monthly_chart(mid_month: analysis.Analysis, name: str) -> None:
    chart = plots.BUILDERS[name](mid_month)
    render(chart)
    assert chart.data["partial_month"] == "2025-07"
    assert any("2025-07 is not over: 7 of its 31 days" in t or "2025-07, not over yet (7 of its 31" in t
               for t in texts(chart)), texts(chart)  # fmt: skip
    assert any(t.endswith("*") and "2025-07" in t for t in texts(chart))  # its tick says so too
    hatched = [p for p in chart.figure.axes[0].patches if isinstance(p, Rectangle) and p.get_hatch()]
    assert hatched, name
    if name != "cohorts":  # each series' bar of that month, and only those
        bars = [i.artist for i in chart.items if i.key.startswith("2025-07/")]
        assert set(hatched) == set(bars)


@pytest.mark.parametrize("name", MONTHLY)
def test_a_finished_month_is_drawn_like_the_others(result: analysis.Analysis, name: str) -> None:
    chart = plots.BUILDERS[name](result)  # as of 30 June: every month is whole
    assert chart.data["partial_month"] is None
    assert not any(p.get_hatch() for p in chart.figure.axes[0].patches)
    assert not any(t.endswith("*") for t in texts(chart))


def test_only_a_month_cut_short_by_the_as_of_day_is_partial() -> None:
    july = Month("2025-07", dt.date(2025, 7, 1), dt.date(2025, 7, 7))
    june = Month("2025-06", dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    partial = plots.partial_month([june, july])
    assert partial == plots.PartialMonth(1, "2025-07", 7, 31)
    assert (
        partial.note(lambda ctx, text: text)
        == "* 2025-07 is not over: 7 of its 31 days so far (drawn lighter and hatched)"
    )
    assert plots.partial_month([june]) is None
    assert plots.partial_month([]) is None
