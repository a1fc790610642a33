"""Charts of the customers as they are now: how many in each segment and their share
of the profit, and the 80/20 rule on the shop's own data."""

from __future__ import annotations

from typing import Any

import numpy as np

from smallcrm.domain.analysis.segments import groups_of
from smallcrm.plots.chart import Chart, ChartItem
from smallcrm.plots.labels import TEXT, TITLES, Translate, untranslated
from smallcrm.plots.months import only_mask
from smallcrm.plots.style import (
    NEUTRAL,
    PALETTE,
    distinct_colors,
    legend_below,
    lighter,
    new_figure,
    no_data,
    pickable,
    themed,
)


def segment_distribution(
    result: Any,
    dimension: str = "tier",
    *,
    i18n: Translate = untranslated,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """Customers per segment of one dimension (tier, rfm, age, income, lifecycle,
    churn), beside each segment's share of the window's profit. ``only``: a bool mask
    over ``result.facts.ids`` limiting the chart to those customers (a filter)."""
    keep = only_mask(result, only)
    groups = groups_of(result, dimension)
    masks = [g.mask & keep for g in groups]
    profit = result.segments.profit
    total = float(profit[result.segments.known & keep].sum())
    labels = [i18n("Segments", g.label) for g in groups]
    counts = [int(m.sum()) for m in masks]
    shares = [float(profit[m].sum()) / total * 100 if total > 0 else 0.0 for m in masks]
    with themed(theme) as colors:
        fig = new_figure(theme, (9, max(3.0, 0.45 * len(groups) + 1.5)))
        ax_count, ax_share = fig.subplots(1, 2, sharey=True)
        fig.suptitle(i18n("Charts", TITLES[dimension]))
        y = np.arange(len(groups))
        palette = distinct_colors(len(groups))
        bars = ax_count.barh(y, counts, color=palette)
        share_bars = ax_share.barh(y, shares, color=palette)
        ax_count.set_yticks(y, labels)
        ax_count.invert_yaxis()
        ax_count.set_xlabel(i18n("Charts", TEXT["customers"]))
        ax_share.set_xlabel(i18n("Charts", TEXT["profit_share"]))
        ax_share.axvline(0, color=colors["grid"], linewidth=0.8)
        for ax in (ax_count, ax_share):
            ax.grid(axis="x", linewidth=0.5)
            ax.set_axisbelow(True)
        for bar, n in zip(bars, counts, strict=True):
            ax_count.annotate(f"{n:,}", (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                              textcoords="offset points", va="center", fontsize=8, color=colors["muted"])  # fmt: skip
        pickable([*bars, *share_bars])
    items = []
    for g, mask, label, n, share, bar, share_bar in zip(
        groups, masks, labels, counts, shares, bars, share_bars, strict=True
    ):
        ids = result.facts.ids[mask]
        items.append(ChartItem(g.name, label, float(n), ids, bar))
        items.append(ChartItem(g.name + "/profit_share", label, share, ids, share_bar))
    data = {"labels": labels, "names": [g.name for g in groups], "counts": counts, "profit_share": shares}
    return Chart(fig, items, "segments", data)


def pareto(
    result: Any, *, i18n: Translate = untranslated, theme: str = "light", only: np.ndarray | None = None
) -> Chart:
    """The 80/20 rule on the shop's own data: customers ranked by window profit, the
    running share of the total profit, and each tenth of the customers as a bar."""
    seg = result.segments
    known = seg.known & only_mask(result, only)
    ids = result.facts.ids[known]
    profit = seg.profit[known]
    order = np.lexsort((ids, -profit))  # best first, ties by id
    ids, profit = ids[order], profit[order]
    total = float(profit.sum())
    with themed(theme) as colors:
        fig = new_figure(theme, (8, 4.5))
        fig.suptitle(i18n("Charts", TEXT["pareto"]))
        ax = fig.subplots()
        items: list[ChartItem] = []
        if len(ids) == 0 or total <= 0:
            no_data(ax, i18n)
            return Chart(fig, items, "pareto", {"customer_share": [], "profit_share": []})
        n = len(ids)
        running = np.cumsum(profit) / total * 100
        x = np.arange(1, n + 1) / n * 100
        edges = [round(n * k / 10) for k in range(11)]
        decile_share = [float(profit[edges[k] : edges[k + 1]].sum()) / total * 100 for k in range(10)]
        bars = ax.bar(np.arange(5, 100, 10), decile_share, width=9, color=lighter(PALETTE[5], colors["face"], 0.4),
                      label=i18n("Charts", TEXT["decile"]))  # fmt: skip
        # At most ~2,000 points on the curve: the same line on screen, and a draw that stays
        # quick at 100,000 customers.
        step = max(1, n // 2000)
        shown = np.unique(np.concatenate((np.arange(0, n, step), [n - 1])))
        (line,) = ax.plot(
            np.concatenate(([0], x[shown])),
            np.concatenate(([0], running[shown])),
            color=NEUTRAL,
            label=i18n("Charts", TEXT["pareto_y"]),
        )
        ax.axhline(80, color=colors["muted"], linestyle="--", linewidth=0.8)
        ax.axvline(20, color=colors["muted"], linestyle="--", linewidth=0.8)
        ax.set_xlim(0, 100)
        ax.set_xlabel(i18n("Charts", TEXT["pareto_x"]))
        ax.set_ylabel(i18n("Charts", TEXT["pareto_y"]))
        ax.grid(linewidth=0.5)
        ax.set_axisbelow(True)
        legend_below(fig, [line, bars])
        pickable(bars)
        for k in range(10):
            chunk = np.sort(ids[edges[k] : edges[k + 1]])
            items.append(ChartItem(f"decile/{k + 1}", f"{k * 10}-{k * 10 + 10} %", decile_share[k], chunk, bars[k]))
    top20 = float(np.interp(20, x, running))
    return Chart(fig, items, "pareto", {"decile_profit_share": decile_share, "top_20_percent_share": top20})
