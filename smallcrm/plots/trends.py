"""Month-by-month charts: new and lost customers, why they were lost, moves between
profit tiers, satisfaction."""

from __future__ import annotations

from typing import Any

import numpy as np

from smallcrm.domain.analysis import churn as ch
from smallcrm.domain.analysis.segment_names import CHURN_REASON_LABELS
from smallcrm.plots.chart import Chart, ChartItem
from smallcrm.plots.labels import TEXT, Translate, untranslated
from smallcrm.plots.months import (
    mark_partial_bars,
    month_items,
    month_line,
    month_rows,
    month_ticks,
    only_mask,
    partial_key,
    partial_month,
    up_down_bars,
)
from smallcrm.plots.style import NEUTRAL, PALETTE, distinct_colors, legend_below, lighter, new_figure, pickable, themed


def _monthly(result: Any, months: int, only: np.ndarray | None) -> tuple[Any, np.ndarray, list[str], Any]:
    """What every month chart starts from: the KPIs over ``months``, the customers it
    keeps (``only``), the months' keys and the running (partial) month."""
    kpis = result.kpis(months)
    return kpis, only_mask(result, only), [m.key for m in kpis.months], partial_month(kpis.months)


def churn_trend(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = untranslated,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """New (up) and lost (down) customers per month, with the monthly churn rate."""
    kpis, keep, keys, partial = _monthly(result, months, only)
    rows = month_rows(kpis, only)
    new = [r["new"] for r in rows]
    lost = [r["churned"] for r in rows]
    rate = [(r["churn_rate"] or 0.0) * 100 for r in rows]
    with themed(theme) as colors:
        fig = new_figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["churn_trend"]))
        ax = fig.subplots()
        new_label, lost_label = i18n("Charts", TEXT["new"]), i18n("Charts", TEXT["lost"])
        x, new_bars, lost_bars = up_down_bars(ax, colors, keys, new, lost, (new_label, lost_label), partial, i18n)
        ax.set_ylabel(i18n("Charts", TEXT["customers"]))
        rate_ax = ax.twinx()
        line = month_line(rate_ax, x, rate, partial, colors, color=NEUTRAL, label=i18n("Charts", TEXT["churn_rate"]))
        rate_ax.set_ylabel(i18n("Charts", TEXT["churn_rate"]))
        rate_ax.set_ylim(bottom=0)
        legend_below(fig, [new_bars, lost_bars, line])
    items = month_items(
        keys,
        kpis.ids,
        keep,
        ("new", new_label, new, kpis.new, new_bars),
        ("lost", lost_label, lost, kpis.churned, lost_bars),
    )
    data = {"months": keys, "new": new, "lost": lost, "churn_rate": rate, "partial_month": partial_key(partial)}
    return Chart(fig, items, "churn_trend", data)


def churn_reasons(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = untranslated,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """Lost customers per month, stacked by why: the owner's recorded reasons (natural,
    competitive, fault, none given) and the automatic ones (model, no purchase for too long)."""
    kpis, keep, keys, partial = _monthly(result, months, only)
    palette = distinct_colors(len(ch.CHURN_REASONS))
    with themed(theme) as colors:
        fig = new_figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["reasons"]))
        ax = fig.subplots()
        x = np.arange(len(keys))
        bottom = np.zeros(len(keys))
        items = []
        series: dict[str, list[int]] = {}
        handles = []
        for r, reason in enumerate(ch.CHURN_REASONS):
            counts = np.array([((kpis.churn_reason[i] == r) & keep).sum() for i in range(len(keys))])
            series[reason] = [int(c) for c in counts]
            label = i18n("Segments", CHURN_REASON_LABELS[reason])
            bars = ax.bar(x, counts, bottom=bottom, color=palette[r], label=label)
            handles.append(bars)
            bottom += counts
            pickable(bars)
            for i, key in enumerate(keys):
                ids = kpis.ids[(kpis.churn_reason[i] == r) & keep]
                items.append(ChartItem(f"{key}/{reason}", f"{key} {label}", float(counts[i]), ids, bars[i]))
        mark_partial_bars(handles, partial, colors)
        month_ticks(ax, x, keys, partial, i18n)
        ax.set_ylabel(i18n("Charts", TEXT["customers"]))
        ax.grid(axis="y", linewidth=0.5)
        ax.set_axisbelow(True)
        legend_below(fig, handles, ncols=3, fontsize=8)
    return Chart(fig, items, "churn_reasons", {"months": keys, **series, "partial_month": partial_key(partial)})


def tier_migration(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = untranslated,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """Customers moving up (upgraded) and down (downgraded) a profit tier, per month."""
    kpis, keep, keys, partial = _monthly(result, months, only)
    rows = month_rows(kpis, only)
    up = [r["upgraded"] for r in rows]
    down = [r["downgraded"] for r in rows]
    with themed(theme) as colors:
        fig = new_figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["migration"]))
        ax = fig.subplots()
        up_label, down_label = i18n("Charts", TEXT["upgraded"]), i18n("Charts", TEXT["downgraded"])
        _x, up_bars, down_bars = up_down_bars(ax, colors, keys, up, down, (up_label, down_label), partial, i18n)
        ax.set_ylabel(i18n("Charts", TEXT["customers"]))
        legend_below(fig, [up_bars, down_bars])
    items = month_items(
        keys,
        kpis.ids,
        keep,
        ("upgraded", up_label, up, kpis.upgraded, up_bars),
        ("downgraded", down_label, down, kpis.downgraded, down_bars),
    )
    data = {"months": keys, "upgraded": up, "downgraded": down, "partial_month": partial_key(partial)}
    return Chart(fig, items, "tier_migration", data)


def satisfaction_trend(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = untranslated,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """The average satisfaction score per month (line), with how many scores were given (bars)."""
    kpis, keep, keys, partial = _monthly(result, months, only)
    rows = month_rows(kpis, only)
    average = [r["avg_satisfaction"] for r in rows]
    given = [r["satisfaction_scores"] for r in rows]
    with themed(theme) as colors:
        fig = new_figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["satisfaction"]))
        ax = fig.subplots()
        x = np.arange(len(keys))
        # A light blue mixed into the background rather than drawn transparent: the
        # running month's bar is lighter still, and a transparent bar would hide that.
        bars = ax.bar(x, given, color=lighter(PALETTE[5], colors["face"], 0.5), label=i18n("Charts", TEXT["scores"]))
        mark_partial_bars([bars], partial, colors, edge=PALETTE[5])
        ax.set_ylabel(i18n("Charts", TEXT["scores"]))
        month_ticks(ax, x, keys, partial, i18n)
        score_ax = ax.twinx()
        values = [np.nan if v is None else v for v in average]
        line = month_line(score_ax, x, values, partial, colors, color=NEUTRAL, label=i18n("Charts", TEXT["score"]))
        score_ax.set_ylim(1, 5)
        score_ax.set_ylabel(i18n("Charts", TEXT["score"]))
        legend_below(fig, [bars, line])
        pickable(bars)
    items = [
        ChartItem(f"{key}/scores", key, float(given[i]), kpis.ids[kpis.scored[i] & keep], bars[i])
        for i, key in enumerate(keys)
    ]
    data = {"months": keys, "average": average, "scores": given, "partial_month": partial_key(partial)}
    return Chart(fig, items, "satisfaction", data)
