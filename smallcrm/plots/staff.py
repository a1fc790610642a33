"""Staff results as a chart: each staff member's sales and gross profit for a month,
side by side, each bar clickable (the sales behind it)."""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.ticker import FuncFormatter

from smallcrm.plots.chart import Chart, ChartItem
from smallcrm.plots.labels import TEXT, Translate, untranslated
from smallcrm.plots.style import GOOD, PALETTE, legend_below, new_figure, no_data, pickable, themed


def staff_key(staff_id: int | None, series: str) -> str:
    """A bar's key: 'staff:3/sales', 'staff:none/profit' (sales with nobody on them)."""
    return f"staff:{'none' if staff_id is None else staff_id}/{series}"


def _yuan(cents: float, _pos: Any = None) -> str:
    return f"{cents / 100:,.0f}"


def staff_results_chart(results: dict[str, Any], *, i18n: Translate = untranslated, theme: str = "light") -> Chart:
    """``results`` as ``domain.analysis.staff_results.staff_results`` gives them (with
    ``with_ids``): a pair of bars per staff member, sales and gross profit, best seller
    first. A bar's customers are the ones its staff member served that month."""
    rows = [r for r in results["staff"] if r["sales"] or r["returns"] or r["sales_cents"] or r["staff_id"] is not None]
    names = [r["staff"] or i18n("Charts", TEXT["nobody"]) for r in rows]
    sales = [r["sales_cents"] for r in rows]
    profit = [r["profit_cents"] for r in rows]
    with themed(theme) as colors:
        fig = new_figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["staff_results"]).format(month=results["month"]))
        ax = fig.subplots()
        items: list[ChartItem] = []
        if not rows or (not any(sales) and not any(profit)):
            no_data(ax, i18n)
            return Chart(fig, items, "staff_results", {"staff": names, "sales": sales, "profit": profit})
        x = np.arange(len(rows))
        width = 0.38
        sales_bars = ax.bar(x - width / 2, sales, width, color=PALETTE[0], label=i18n("Charts", TEXT["sales"]))
        profit_bars = ax.bar(x + width / 2, profit, width, color=GOOD, label=i18n("Charts", TEXT["gross_profit"]))
        for bars in (sales_bars, profit_bars):
            for bar in bars:
                cents = bar.get_height()
                where = (bar.get_x() + bar.get_width() / 2, max(cents, 0))
                ax.annotate(_yuan(cents), where, xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                            fontsize=8, color=colors["muted"])  # fmt: skip
        ax.axhline(0, color=colors["grid"], linewidth=0.8)
        ax.set_xticks(x, names)
        ax.yaxis.set_major_formatter(FuncFormatter(_yuan))
        ax.set_ylabel(i18n("Charts", TEXT["yuan"]))
        ax.grid(axis="y", linewidth=0.5)
        ax.set_axisbelow(True)
        ax.margins(y=0.12)
        legend_below(fig, [sales_bars, profit_bars])
        pickable([*sales_bars, *profit_bars])
    for row, name, sale_bar, profit_bar in zip(rows, names, sales_bars, profit_bars, strict=True):
        served = np.asarray(row.get("customer_ids", []), dtype=np.int64)
        items.append(ChartItem(staff_key(row["staff_id"], "sales"), name, float(row["sales_cents"]), served, sale_bar))
        items.append(
            ChartItem(staff_key(row["staff_id"], "profit"), name, float(row["profit_cents"]), served, profit_bar)
        )
    data = {"staff": names, "staff_ids": [r["staff_id"] for r in rows], "sales": sales, "profit": profit}
    return Chart(fig, items, "staff_results", data)
