"""Every chart renders, and every bar, slice and cell carries exactly the customers it
counts (what a click opens in the customer list)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis
from tests.plots.conftest import AS_OF, render


def test_every_chart_renders_as_png_with_clickable_items(result: analysis.Analysis) -> None:
    for name, build in plots.BUILDERS.items():
        chart = build(result)
        assert render(chart).startswith(b"\x89PNG"), name
        assert chart.items, name
        for item in chart.items:
            assert item.artist is not None and item.artist.get_picker(), (name, item.key)
            assert np.all(np.diff(item.ids) > 0), (name, item.key)  # ascending, no repeats


def test_a_click_on_a_bar_finds_its_item_and_a_click_elsewhere_nothing(result: analysis.Analysis) -> None:
    chart = plots.churn_trend(result)
    first = chart.items[0]
    assert chart.item_for(first.artist) is first
    assert chart.item_for(object()) is None
    assert chart.item(first.key) is first
    with pytest.raises(KeyError):
        chart.item("no such mark")


def test_an_empty_shop_draws_every_chart(crm: Path) -> None:
    empty = analysis.analyse(AS_OF)
    for build in plots.BUILDERS.values():
        render(build(empty))
    render(plots.pareto(empty))  # nothing to rank: says so


def test_a_filter_limits_every_chart_to_its_customers(result: analysis.Analysis) -> None:
    """The panel's staff filter: the charts count only that staff member's customers, and
    the monthly rates agree with the KPIs per staff member."""
    kpis = result.kpis(12)
    staff_row = next(row for row in kpis.by_staff if row["staff_id"] is not None)
    only = result.facts.staff == staff_row["staff_id"]
    mine = set(result.facts.ids[only].tolist())
    for name, build in plots.BUILDERS.items():
        chart = build(result, only=only)
        for item in chart.items:
            assert set(item.ids.tolist()) <= mine, (name, item.key)
    trend = plots.churn_trend(result, only=only)
    for i, month in enumerate(kpis.months):
        expected = staff_row["months"][i]
        assert trend.item(f"{month.key}/lost").count == expected["churned"]
        assert trend.data["churn_rate"][i] == pytest.approx((expected["churn_rate"] or 0.0) * 100)
    tiers = plots.segment_distribution(result, "tier", only=only)
    assert sum(i.count for i in tiers.items if "/" not in i.key) == int((result.segments.known & only).sum())
    everyone = plots.satisfaction_trend(result, only=np.ones(result.facts.n, dtype=bool))
    assert everyone.data["average"] == [row["avg_satisfaction"] for row in kpis.overall]
