"""The analysis charts as matplotlib Figures, with the customers behind every mark.

Every builder takes an ``analysis.Analysis`` and returns a :class:`Chart`: the Figure
and one :class:`ChartItem` per bar, slice, point or heatmap cell, carrying the ids of
exactly the customers it counts, so a click can open the customer list filtered to
them (the owner's next step: call them, tag them, remind, mail). The panel embeds the
Figure in a ``FigureCanvasQTAgg`` and maps matplotlib's pick events back with
:meth:`Chart.item_for`; tests render it with Agg.

No pyplot (global figure registry, its own event loop) and no Qt here. Nothing imports
this package at start-up (the Analysis area imports it on a worker, the first time it
computes), so matplotlib is imported at the top of its modules. Labels are English
source strings passed through ``i18n(context, text)`` (the panel passes
``QCoreApplication.translate``); a CJK-capable font is chosen automatically so Chinese
labels never turn into boxes.

The modules: ``chart`` (Chart, ChartItem), ``labels`` (the words), ``style`` (fonts,
themes, colours), ``months`` (what the monthly charts share), and the charts by what
they show: ``segments`` (customers now), ``trends`` (month by month), ``cohorts``,
``staff`` (staff results: sales and gross profit per staff member for a month).
"""

from __future__ import annotations

from collections.abc import Callable

from smallcrm.plots.chart import Chart, ChartItem
from smallcrm.plots.cohorts import cohort_retention, cohort_table
from smallcrm.plots.labels import TEXT, TITLES, Translate
from smallcrm.plots.months import PartialMonth, partial_month
from smallcrm.plots.segments import pareto, segment_distribution
from smallcrm.plots.staff import staff_key, staff_results_chart
from smallcrm.plots.style import CJK_FAMILIES, PALETTE, THEMES, cjk_font, distinct_colors
from smallcrm.plots.trends import churn_reasons, churn_trend, satisfaction_trend, tier_migration

BUILDERS: dict[str, Callable[..., Chart]] = {
    "segments": segment_distribution,
    "churn_trend": churn_trend,
    "churn_reasons": churn_reasons,
    "pareto": pareto,
    "tier_migration": tier_migration,
    "cohorts": cohort_retention,
    "satisfaction": satisfaction_trend,
}

__all__ = [
    "BUILDERS",
    "CJK_FAMILIES",
    "PALETTE",
    "TEXT",
    "THEMES",
    "TITLES",
    "Chart",
    "ChartItem",
    "PartialMonth",
    "Translate",
    "churn_reasons",
    "churn_trend",
    "cjk_font",
    "cohort_retention",
    "cohort_table",
    "distinct_colors",
    "pareto",
    "partial_month",
    "satisfaction_trend",
    "segment_distribution",
    "staff_key",
    "staff_results_chart",
    "tier_migration",
]
