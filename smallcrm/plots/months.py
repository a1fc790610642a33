"""What the monthly charts share: the filter, the month rows, the running month drawn
lighter and hatched (plotted like a full month it looks like a collapse), month ticks,
up-and-down bars and their clickable marks."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Any

import numpy as np

from smallcrm.plots.chart import ChartItem
from smallcrm.plots.labels import TEXT, Translate
from smallcrm.plots.style import BAD, GOOD, PARTIAL_HATCH, lighter, pickable


def only_mask(result: Any, only: np.ndarray | None) -> np.ndarray:
    """The filter mask over the analysis's customers (everyone when None)."""
    return np.ones(result.facts.n, dtype=bool) if only is None else np.asarray(only, dtype=bool)


def month_rows(kpis: Any, only: np.ndarray | None) -> list[dict[str, Any]]:
    """The month rows a chart plots: everyone's, or those of the filtered customers."""
    return kpis.overall if only is None else kpis.subset(np.asarray(only, dtype=bool))


@dataclass(frozen=True)
class PartialMonth:
    """The last month of a monthly chart when the as-of day is not its last day."""

    index: int  # its position among the chart's months
    key: str  # 'YYYY-MM'
    days: int  # days of it the figures cover
    total: int  # days in the month

    def note(self, i18n: Translate, text: str = "partial") -> str:
        return i18n("Charts", TEXT[text]).format(month=self.key, days=self.days, total=self.total)


def partial_month(months: list[Any]) -> PartialMonth | None:
    """The running month among ``months`` (kpis.Month: key, start, end), if any: plotted
    like a full month it looks like a collapse (seven days of new customers beside
    thirty-one)."""
    if not months:
        return None
    last = months[-1]
    total = calendar.monthrange(last.start.year, last.start.month)[1]
    days = (last.end - last.start).days + 1
    return PartialMonth(len(months) - 1, last.key, days, total) if days < total else None


def partial_key(partial: PartialMonth | None) -> str | None:
    return partial.key if partial is not None else None


def mark_partial_bars(
    bars: list[Any], partial: PartialMonth | None, colors: dict[str, str], edge: str | None = None
) -> None:
    """The running month's bar (of each series) lighter and hatched in its own colour
    (or ``edge``, for bars that are light already)."""
    if partial is None:
        return
    for series in bars:
        bar = series[partial.index]
        color = bar.get_facecolor()
        bar.set_facecolor(lighter(color, colors["face"]))
        bar.set_edgecolor(edge or color)
        bar.set_hatch(PARTIAL_HATCH)
        bar.set_linewidth(0.8)


def month_line(ax: Any, x: np.ndarray, values: list[float], partial: PartialMonth | None, colors: dict[str, str],
                **style: Any) -> Any:  # fmt: skip
    """A line over the months; into the running month it is dashed and the last point
    hollow. Returns the solid line (for the legend)."""
    if partial is None or len(x) < 2:
        (line,) = ax.plot(x, values, marker="o", **style)
        return line
    (line,) = ax.plot(x[:-1], values[:-1], marker="o", **style)
    tail = {k: v for k, v in style.items() if k != "label"}
    ax.plot(x[-2:], values[-2:], linestyle="--", **tail)
    ax.plot(x[-1:], values[-1:], marker="o", markerfacecolor=colors["face"], linestyle="none", **tail)
    return line


def month_ticks(ax: Any, x: np.ndarray, keys: list[str], partial: PartialMonth | None, i18n: Translate) -> None:
    """Month labels under the bars; the running month's carries a * and the axis says why."""
    labels = [k + ("*" if partial is not None and i == partial.index else "") for i, k in enumerate(keys)]
    ax.set_xticks(x, labels, rotation=45, ha="right")
    if partial is not None:
        ax.set_xlabel(partial.note(i18n), fontsize=8)


def up_down_bars(
    ax: Any,
    colors: dict[str, str],
    keys: list[str],
    up: list[int],
    down: list[int],
    labels: tuple[str, str],
    partial: PartialMonth | None,
    i18n: Translate,
) -> tuple[np.ndarray, Any, Any]:
    """One count drawn up and another down from a zero line, per month, both clickable
    (new vs lost customers, upgraded vs downgraded)."""
    x = np.arange(len(keys))
    up_bars = ax.bar(x, up, color=GOOD, label=labels[0])
    down_bars = ax.bar(x, [-v for v in down], color=BAD, label=labels[1])
    mark_partial_bars([up_bars, down_bars], partial, colors)
    ax.axhline(0, color=colors["grid"], linewidth=0.8)
    month_ticks(ax, x, keys, partial, i18n)
    ax.grid(axis="y", linewidth=0.5)
    ax.set_axisbelow(True)
    pickable([*up_bars, *down_bars])
    return x, up_bars, down_bars


def month_items(keys: list[str], ids: np.ndarray, keep: np.ndarray, *series: tuple[Any, ...]) -> list[ChartItem]:
    """The clickable marks of per-month bars, month by month: each series is
    (key suffix, label, counts, per-month customer masks, bars)."""
    items = []
    for i, key in enumerate(keys):
        for name, label, counts, masks, bars in series:
            items.append(ChartItem(f"{key}/{name}", f"{key} {label}", counts[i], ids[masks[i] & keep], bars[i]))
    return items
