"""How the charts look: Chinese that never turns into boxes, themes, colours, legends."""

from __future__ import annotations

from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis
from tests.plots.conftest import AS_OF, render


def test_chinese_labels_use_a_cjk_font_without_missing_glyphs(result: analysis.Analysis) -> None:
    if plots.cjk_font() is None:
        pytest.skip("no CJK font installed (CI installs fonts-noto-cjk)")
    chart = plots.segment_distribution(result, "income", i18n=lambda ctx, text: {"Customers": "客户数"}.get(text, text))
    render(chart)  # a missing glyph would warn, and warnings are errors in this suite
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert "5千-1万" in labels
    assert chart.figure.axes[0].get_xlabel() == "客户数"


def test_the_dark_theme_paints_a_dark_background(crm: Path) -> None:
    empty = analysis.analyse(AS_OF)
    charts = [build(empty, theme="dark") for build in plots.BUILDERS.values()]
    assert charts[0].figure.get_facecolor()[:3] == pytest.approx((0x20 / 255, 0x21 / 255, 0x24 / 255))
    render(charts[0])


@pytest.mark.parametrize("name", ["churn_trend", "satisfaction", "churn_reasons", "tier_migration", "pareto"])
def test_no_legend_covers_the_plot(mid_month: analysis.Analysis, name: str) -> None:
    """The churn chart's legend sat on its line; every legend now sits outside the axes."""
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


def test_distinct_colours_never_repeat() -> None:
    for n in (1, 8, 9, 10, 18, 19, 40):
        assert len(set(plots.distinct_colors(n))) == n
