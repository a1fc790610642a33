"""The charts render from demo data, and every bar, slice and cell carries exactly the
customers it counts (what a click opens in the customer list)."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pytest

from smallcrm import plots
from smallcrm.domain import demo
from smallcrm.domain.analysis import result as analysis
from smallcrm.domain.analysis.segment_names import DIMENSIONS
from smallcrm.domain.analysis.segments import groups_of, segment_ids

AS_OF = dt.date(2025, 6, 30)


@pytest.fixture
def result(crm) -> analysis.Analysis:
    demo.generate(300, seed=3, today=AS_OF)
    return analysis.analyse(AS_OF)


def render(chart: plots.Chart) -> bytes:
    buffer = io.BytesIO()
    chart.figure.savefig(buffer, format="png", dpi=60)
    return buffer.getvalue()


def test_every_chart_renders_as_png_with_clickable_items(result: analysis.Analysis) -> None:
    for name, build in plots.BUILDERS.items():
        chart = build(result)
        assert render(chart).startswith(b"\x89PNG"), name
        assert chart.items, name
        for item in chart.items:
            assert item.artist is not None and item.artist.get_picker(), (name, item.key)
            assert np.all(np.diff(item.ids) > 0), (name, item.key)  # ascending, no repeats


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_segment_bars_carry_the_segments_customers(result: analysis.Analysis, dimension: str) -> None:
    chart = plots.segment_distribution(result, dimension)
    counted = [i for i in chart.items if "/" not in i.key]
    assert [i.key for i in counted] == [g.name for g in groups_of(result, dimension)]
    for item in counted:
        assert item.ids.tolist() == segment_ids(item.key, AS_OF)
        assert item.value == len(item.ids)
        assert chart.item_for(item.artist) is item
    # Every customer is in one segment of a dimension; RFM and churn only score those who bought.
    scored = result.segments.known & ((result.segments.frequency > 0) if dimension in ("rfm", "churn") else True)
    assert sum(i.count for i in counted) == int(scored.sum())


def test_chinese_labels_use_a_cjk_font_without_missing_glyphs(result: analysis.Analysis) -> None:
    if plots.cjk_font() is None:
        pytest.skip("no CJK font installed (CI installs fonts-noto-cjk)")
    chart = plots.segment_distribution(result, "income", i18n=lambda ctx, text: {"Customers": "客户数"}.get(text, text))
    render(chart)  # a missing glyph would warn, and warnings are errors in this suite
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert "5千-1万" in labels
    assert chart.figure.axes[0].get_xlabel() == "客户数"


def test_churn_trend_bars_are_the_months_new_and_lost_customers(result: analysis.Analysis) -> None:
    chart = plots.churn_trend(result)
    kpis = result.kpis(12)
    for i, month in enumerate(kpis.months):
        new, lost = chart.item(f"{month.key}/new"), chart.item(f"{month.key}/lost")
        assert new.count == kpis.overall[i]["new"] == new.value
        assert lost.count == kpis.overall[i]["churned"] == lost.value
        assert lost.ids.tolist() == kpis.customers("churned", i).tolist()


def test_churn_reason_bars_add_up_to_the_lost_customers(result: analysis.Analysis) -> None:
    chart = plots.churn_reasons(result)
    kpis = result.kpis(12)
    for i, month in enumerate(kpis.months):
        parts = [item for item in chart.items if item.key.startswith(month.key + "/")]
        assert sum(p.count for p in parts) == kpis.overall[i]["churned"]
        assert sorted(np.concatenate([p.ids for p in parts]).tolist()) == kpis.customers("churned", i).tolist()


def test_pareto_tenths_split_the_customers_best_first(result: analysis.Analysis) -> None:
    chart = plots.pareto(result)
    tenths = chart.items
    assert len(tenths) == 10
    all_ids = np.concatenate([t.ids for t in tenths])
    assert sorted(all_ids.tolist()) == result.facts.ids[result.segments.known].tolist()
    profit = dict(zip(result.facts.ids.tolist(), result.segments.profit.tolist(), strict=True))
    assert min(profit[i] for i in tenths[0].ids) >= max(profit[i] for i in tenths[1].ids)
    assert sum(t.value for t in tenths) == pytest.approx(100.0)
    assert chart.data["top_20_percent_share"] > 50  # the demo shop follows the 80/20 rule roughly


def test_tier_migration_bars_match_the_kpis(result: analysis.Analysis) -> None:
    chart = plots.tier_migration(result)
    kpis = result.kpis(12)
    last = kpis.months[-1].key
    assert chart.item(f"{last}/upgraded").count == kpis.overall[-1]["upgraded"]
    assert chart.item(f"{last}/downgraded").ids.tolist() == kpis.customers("downgraded", 11).tolist()


def test_a_click_on_a_cohort_cell_finds_its_customers(result: analysis.Analysis) -> None:
    chart = plots.cohort_retention(result, months=6)
    _, sizes, _, cells = plots.cohort_table(result, months=6)
    first_cells = [i for i in chart.items if i.cell is not None and i.cell[1] == 0]
    assert all(i.value == 1.0 for i in first_cells if i.count)  # everyone buys in their first month
    item = chart.item_for(chart.items[0].artist, xdata=1.2, ydata=0.9)  # the cell at row 1, column 1
    assert item is not None and item.cell == (1, 1)
    assert item.ids.tolist() == cells[1][1].tolist()
    assert item.value == pytest.approx(len(cells[1][1]) / sizes[1])
    assert len(chart.items) == 6 * 7 // 2  # no cells in the future


def test_satisfaction_bars_are_the_customers_who_gave_a_score(result: analysis.Analysis) -> None:
    chart = plots.satisfaction_trend(result)
    kpis = result.kpis(12)
    for i, month in enumerate(kpis.months):
        item = chart.item(f"{month.key}/scores")
        assert item.value == kpis.overall[i]["satisfaction_scores"]
        assert set(item.ids.tolist()) == set(kpis.customers("scored", i).tolist())


def test_dark_theme_and_an_empty_shop(crm) -> None:
    empty = analysis.analyse(AS_OF)
    charts = [build(empty, theme="dark") for build in plots.BUILDERS.values()]
    assert charts[0].figure.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))
    render(charts[0])
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


# --- Polish: the running month, legends, colours, labels --------------------------------------

MONTHLY = ("churn_trend", "churn_reasons", "tier_migration", "cohorts", "satisfaction")


@pytest.fixture
def mid_month(crm) -> analysis.Analysis:
    """A shop looked at on the 7th: the last month has 7 of its 31 days."""
    demo.generate(300, seed=3, today=dt.date(2025, 7, 7))
    return analysis.analyse(dt.date(2025, 7, 7))


def _texts(chart: plots.Chart) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in chart.figure.findobj(Text) if t.get_text()]


@pytest.mark.parametrize("name", MONTHLY)
def test_the_running_month_is_marked_in_every_monthly_chart(mid_month: analysis.Analysis, name: str) -> None:
    from matplotlib.patches import Rectangle

    chart = plots.BUILDERS[name](mid_month)
    render(chart)
    assert chart.data["partial_month"] == "2025-07"
    assert any("2025-07 is not over: 7 of its 31 days" in t or "2025-07, not over yet (7 of its 31" in t
               for t in _texts(chart)), _texts(chart)  # fmt: skip
    assert any(t.endswith("*") and "2025-07" in t for t in _texts(chart))  # its tick says so too
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
    assert not any(t.endswith("*") for t in _texts(chart))


@pytest.mark.parametrize("name", ["churn_trend", "satisfaction", "churn_reasons", "tier_migration", "pareto"])
def test_no_legend_covers_the_plot(mid_month: analysis.Analysis, name: str) -> None:
    """The churn chart's legend sat on its line; every legend now sits outside the axes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    chart = plots.BUILDERS[name](mid_month)
    figure = chart.figure
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # lays the figure out: the legend's place is known after it
    renderer = canvas.get_renderer()
    legends = [*figure.legends, *(ax.get_legend() for ax in figure.axes if ax.get_legend())]
    assert legends
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for ax in figure.axes:
            assert not box.overlaps(ax.get_window_extent(renderer)), name
            for line in ax.get_lines():
                if len(line.get_xdata()) > 1:
                    assert not box.overlaps(line.get_window_extent(renderer)), name


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_every_segment_has_its_own_colour(result: analysis.Analysis, dimension: str) -> None:
    chart = plots.segment_distribution(result, dimension)
    colours = [i.artist.get_facecolor() for i in chart.items if "/" not in i.key]
    assert len(set(colours)) == len(colours) == len(groups_of(result, dimension))


def test_distinct_colours_never_repeat() -> None:
    for n in (1, 8, 9, 10, 18, 19, 40):
        assert len(set(plots.distinct_colors(n))) == n


def test_lifecycle_stages_say_they_are_customers(result: analysis.Analysis) -> None:
    chart = plots.segment_distribution(result, "lifecycle")
    assert chart.data["labels"] == [
        "Long-term customers",
        "Retained customers",
        "Satisfied customers",
        "New customers",
        "Potential customers",
    ]
    legend = plots.churn_trend(result).figure.legends[0]
    assert [t.get_text() for t in legend.get_texts()][:2] == ["New customers", "Lost customers"]
