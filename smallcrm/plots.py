"""The analysis charts as matplotlib Figures, with the customers behind every mark.

Every builder takes an ``analysis.Analysis`` and returns a :class:`Chart`: the Figure
and one :class:`ChartItem` per bar, slice, point or heatmap cell, carrying the ids of
exactly the customers it counts, so a click can open the customer list filtered to
them (the owner's next step: call them, tag them, remind, mail). The panel embeds the
Figure in a ``FigureCanvasQTAgg`` and maps matplotlib's pick events back with
:meth:`Chart.item_for`; tests render it with Agg.

No pyplot (global figure registry, its own event loop) and no Qt here; matplotlib is
imported when a chart is built, never at start-up. Labels are English source strings
passed through ``i18n(context, text)`` (the panel passes ``QCoreApplication.translate``);
a CJK-capable font is chosen automatically so Chinese labels never turn into boxes.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from smallcrm.errors import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]

# Font families that cover Chinese, most legible first: the platforms' own UI fonts,
# then the open Noto / Source Han / WenQuanYi families that Linux distributions ship.
CJK_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "SimHei",
    "Heiti SC",
    "STHeiti",
    "Arial Unicode MS",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Serif CJK SC",
)

THEMES = {
    "light": {"face": "#ffffff", "text": "#202124", "grid": "#dadce0", "muted": "#5f6368"},
    "dark": {"face": "#202124", "text": "#e8eaed", "grid": "#3c4043", "muted": "#9aa0a6"},
}
# Colour-blind-safe (Okabe-Ito), in order of use; tiers reuse them best to worst.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999")
# Paul Tol's "muted" scheme, also colour-blind-safe, for 9 or 10 groups (RFM has ten):
# Okabe-Ito has eight, and repeating a colour made two groups look like one.
MUTED = (
    "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
    "#DDCC77", "#CC6677", "#882255", "#AA4499", "#BBBBBB",
)  # fmt: skip
GOOD, BAD, NEUTRAL = "#009E73", "#D55E00", "#0072B2"
PARTIAL_HATCH = "///"  # the month still running: lighter, hatched bars and a dashed line

TITLES = {
    "tier": QT_TRANSLATE_NOOP("Charts", "Customers by profit tier"),
    "rfm": QT_TRANSLATE_NOOP("Charts", "Customers by RFM group"),
    "age": QT_TRANSLATE_NOOP("Charts", "Customers by age"),
    "income": QT_TRANSLATE_NOOP("Charts", "Customers by income"),
    "lifecycle": QT_TRANSLATE_NOOP("Charts", "Customers by lifecycle stage"),
    "churn": QT_TRANSLATE_NOOP("Charts", "Customers by churn status"),
}
TEXT = {
    "customers": QT_TRANSLATE_NOOP("Charts", "Customers"),
    "profit_share": QT_TRANSLATE_NOOP("Charts", "Share of profit (%)"),
    "churn_trend": QT_TRANSLATE_NOOP("Charts", "New and lost customers per month"),
    "new": QT_TRANSLATE_NOOP("Charts", "New customers"),
    "lost": QT_TRANSLATE_NOOP("Charts", "Lost customers"),
    "churn_rate": QT_TRANSLATE_NOOP("Charts", "Churn rate (%)"),
    "reasons": QT_TRANSLATE_NOOP("Charts", "Why customers were lost, per month"),
    "pareto": QT_TRANSLATE_NOOP("Charts", "Share of profit by share of customers"),
    "pareto_x": QT_TRANSLATE_NOOP("Charts", "Customers, best first (%)"),
    "pareto_y": QT_TRANSLATE_NOOP("Charts", "Cumulative share of profit (%)"),
    "decile": QT_TRANSLATE_NOOP("Charts", "Profit share of each tenth (%)"),
    "migration": QT_TRANSLATE_NOOP("Charts", "Customers moving between profit tiers"),
    "upgraded": QT_TRANSLATE_NOOP("Charts", "Upgraded"),
    "downgraded": QT_TRANSLATE_NOOP("Charts", "Downgraded"),
    "cohorts": QT_TRANSLATE_NOOP("Charts", "Customers still buying, by month of first purchase"),
    "cohort_x": QT_TRANSLATE_NOOP("Charts", "Months after the first purchase"),
    "cohort_y": QT_TRANSLATE_NOOP("Charts", "First purchase in"),
    "satisfaction": QT_TRANSLATE_NOOP("Charts", "Average satisfaction per month"),
    "score": QT_TRANSLATE_NOOP("Charts", "Average score (1-5)"),
    "scores": QT_TRANSLATE_NOOP("Charts", "Scores given"),
    "no_data": QT_TRANSLATE_NOOP("Charts", "No data yet"),
    "partial": QT_TRANSLATE_NOOP(
        "Charts", "* {month} is not over: {days} of its {total} days so far (drawn lighter and hatched)"
    ),
    "partial_cohort": QT_TRANSLATE_NOOP("Charts", "Hatched: {month}, not over yet ({days} of its {total} days so far)"),
}


def _identity(context: str, text: str) -> str:
    return text


@dataclass(eq=False)
class ChartItem:
    """One clickable mark: a bar, slice, point or cell, and the customers it counts."""

    key: str  # stable: 'tier:high', '2026-03/new', 'cohort/2025-11/3'
    label: str  # as shown (translated)
    value: float
    ids: np.ndarray  # customer ids, ascending
    artist: Any = None  # the Rectangle / Line2D / AxesImage the mark is drawn with
    cell: tuple[int, int] | None = None  # (row, column) within a heatmap artist

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass(eq=False)
class Chart:
    figure: Any  # matplotlib.figure.Figure
    items: list[ChartItem]
    kind: str
    data: dict[str, Any] = field(default_factory=dict)  # the numbers plotted, by series

    def __post_init__(self) -> None:
        _fix_fonts(self.figure)

    def item_for(self, artist: Any, xdata: float | None = None, ydata: float | None = None) -> ChartItem | None:
        """The item a pick event hit: by its artist, or for a heatmap by the cell under
        the mouse (``xdata``/``ydata`` in data coordinates)."""
        cells = [i for i in self.items if i.artist is artist]
        if len(cells) == 1 and cells[0].cell is None:
            return cells[0]
        if cells and xdata is not None and ydata is not None:
            row, col = round(ydata), round(xdata)
            for item in cells:
                if item.cell == (row, col):
                    return item
        return None

    def item(self, key: str) -> ChartItem:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)


# --- Fonts and style ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The first installed font family that covers Chinese (fonts bundled in
    resources/fonts are registered first), or None."""
    from matplotlib import font_manager

    from smallcrm.paths import resource_path

    try:
        bundled = resource_path("fonts")
        for path in sorted(bundled.glob("*")) if bundled.is_dir() else []:
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                font_manager.fontManager.addfont(str(path))
    except OSError:  # an unreadable bundle is no reason to fail a chart
        pass
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            return family
    for name in sorted(installed):  # any other family that says it is CJK
        if "CJK" in name or "Hei" in name or "Song" in name:
            return name
    return None


def _families() -> list[str]:
    family = cjk_font()
    return ([family] if family else []) + ["DejaVu Sans"]  # per-glyph fallback: Latin from either


def _fix_fonts(figure: Any) -> None:
    """Every text already in the figure (titles, tick labels, legends) gets the CJK-capable
    families; ticks made later copy their properties from these."""
    from matplotlib.text import Text

    families = _families()
    for text in figure.findobj(Text):
        text.set_fontfamily(families)


@contextmanager
def _style(theme: str) -> Iterator[dict[str, str]]:
    import matplotlib

    colors = THEMES.get(theme, THEMES["light"])
    # Named families, not the 'sans-serif' alias: a text keeps the names it was made with,
    # while the alias would be looked up again when the panel draws, outside this context.
    # Written in the call, so mypy checks each key against matplotlib's list of rc names.
    with matplotlib.rc_context(
        {
            "font.family": _families(),
            "axes.unicode_minus": False,  # CJK fonts often lack U+2212
            "figure.facecolor": colors["face"],
            "axes.facecolor": colors["face"],
            "savefig.facecolor": colors["face"],
            "text.color": colors["text"],
            "axes.labelcolor": colors["text"],
            "axes.edgecolor": colors["grid"],
            "xtick.color": colors["muted"],
            "ytick.color": colors["muted"],
            "grid.color": colors["grid"],
            "axes.titlesize": 12,
            "font.size": 10,
        }
    ):
        yield colors


def _figure(theme: str, size: tuple[float, float]) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=size, layout="constrained")


def _no_data(ax: Any, i18n: Translate) -> None:
    ax.text(0.5, 0.5, i18n("Charts", TEXT["no_data"]), ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def _only(result: Any, only: np.ndarray | None) -> np.ndarray:
    """The filter mask over the analysis's customers (everyone when None)."""
    return np.ones(result.facts.n, dtype=bool) if only is None else np.asarray(only, dtype=bool)


def _months(kpis: Any, only: np.ndarray | None) -> list[dict[str, Any]]:
    """The month rows a chart plots: everyone's, or those of the filtered customers."""
    return kpis.overall if only is None else kpis.subset(np.asarray(only, dtype=bool))


def _pickable(artists: Any) -> None:
    for artist in artists:
        artist.set_picker(True)


def distinct_colors(n: int) -> list[str]:
    """``n`` colours, no two alike: Okabe-Ito up to 8, Tol's muted scheme up to 10,
    then both (18), then evenly spaced hues (a shop with dozens of income bands)."""
    if n <= len(PALETTE):
        return list(PALETTE[:n])
    if n <= len(MUTED):
        return list(MUTED[:n])
    both = list(dict.fromkeys(MUTED + PALETTE))
    if n <= len(both):
        return both[:n]
    import colorsys

    hues = [colorsys.hsv_to_rgb(i / n, 0.65, 0.8) for i in range(n)]
    return ["#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in rgb)) for rgb in hues]


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


def _lighter(color: Any, face: str, amount: float = 0.55) -> tuple[float, float, float]:
    """``color`` mixed with the background: the running month's fill."""
    from matplotlib.colors import to_rgb

    c, f = np.array(to_rgb(color)), np.array(to_rgb(face))
    r, g, b = (c + (f - c) * amount).tolist()
    return (r, g, b)


def _mark_partial_bars(
    bars: list[Any], partial: PartialMonth | None, colors: dict[str, str], edge: str | None = None
) -> None:
    """The running month's bar (of each series) lighter and hatched in its own colour
    (or ``edge``, for bars that are light already)."""
    if partial is None:
        return
    for series in bars:
        bar = series[partial.index]
        color = bar.get_facecolor()
        bar.set_facecolor(_lighter(color, colors["face"]))
        bar.set_edgecolor(edge or color)
        bar.set_hatch(PARTIAL_HATCH)
        bar.set_linewidth(0.8)


def _month_line(ax: Any, x: np.ndarray, values: list[float], partial: PartialMonth | None, colors: dict[str, str],
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


def _month_ticks(ax: Any, x: np.ndarray, keys: list[str], partial: PartialMonth | None, i18n: Translate) -> None:
    """Month labels under the bars; the running month's carries a * and the axis says why."""
    labels = [k + ("*" if partial is not None and i == partial.index else "") for i, k in enumerate(keys)]
    ax.set_xticks(x, labels, rotation=45, ha="right")
    if partial is not None:
        ax.set_xlabel(partial.note(i18n), fontsize=8)


def _legend_below(fig: Any, handles: list[Any], ncols: int | None = None, **options: Any) -> Any:
    """The legend under the plot, outside it: inside, it covered the line or the bars
    of whichever month the data put in its corner. (Above, constrained layout set it
    over the figure's title.)"""
    labels = [h.get_label() for h in handles]
    return fig.legend(handles, labels, loc="outside lower center", ncols=ncols or len(handles), frameon=False,
                      **options)  # fmt: skip


def _up_down_bars(
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
    _mark_partial_bars([up_bars, down_bars], partial, colors)
    ax.axhline(0, color=colors["grid"], linewidth=0.8)
    _month_ticks(ax, x, keys, partial, i18n)
    ax.grid(axis="y", linewidth=0.5)
    ax.set_axisbelow(True)
    _pickable([*up_bars, *down_bars])
    return x, up_bars, down_bars


def _month_items(keys: list[str], ids: np.ndarray, keep: np.ndarray, *series: tuple[Any, ...]) -> list[ChartItem]:
    """The clickable marks of per-month bars, month by month: each series is
    (key suffix, label, counts, per-month customer masks, bars)."""
    items = []
    for i, key in enumerate(keys):
        for name, label, counts, masks, bars in series:
            items.append(ChartItem(f"{key}/{name}", f"{key} {label}", counts[i], ids[masks[i] & keep], bars[i]))
    return items


# --- Segment distribution -------------------------------------------------------------------------


def segment_distribution(
    result: Any,
    dimension: str = "tier",
    *,
    i18n: Translate = _identity,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """Customers per segment of one dimension (tier, rfm, age, income, lifecycle,
    churn), beside each segment's share of the window's profit. ``only``: a bool mask
    over ``result.facts.ids`` limiting the chart to those customers (a filter)."""
    from smallcrm.domain.analysis.segments import groups_of

    keep = _only(result, only)
    groups = groups_of(result, dimension)
    masks = [g.mask & keep for g in groups]
    profit = result.segments.profit
    total = float(profit[result.segments.known & keep].sum())
    labels = [i18n("Segments", g.label) for g in groups]
    counts = [int(m.sum()) for m in masks]
    shares = [float(profit[m].sum()) / total * 100 if total > 0 else 0.0 for m in masks]
    with _style(theme) as colors:
        fig = _figure(theme, (9, max(3.0, 0.45 * len(groups) + 1.5)))
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
        _pickable([*bars, *share_bars])
    items = []
    for g, mask, label, n, share, bar, share_bar in zip(
        groups, masks, labels, counts, shares, bars, share_bars, strict=True
    ):
        ids = result.facts.ids[mask]
        items.append(ChartItem(g.name, label, float(n), ids, bar))
        items.append(ChartItem(g.name + "/profit_share", label, share, ids, share_bar))
    data = {"labels": labels, "names": [g.name for g in groups], "counts": counts, "profit_share": shares}
    return Chart(fig, items, "segments", data)


# --- Churn -----------------------------------------------------------------------------------


def churn_trend(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = _identity,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """New (up) and lost (down) customers per month, with the monthly churn rate."""
    kpis = result.kpis(months)
    keep = _only(result, only)
    rows = _months(kpis, only)
    keys = [m.key for m in kpis.months]
    new = [r["new"] for r in rows]
    lost = [r["churned"] for r in rows]
    rate = [(r["churn_rate"] or 0.0) * 100 for r in rows]
    partial = partial_month(kpis.months)
    with _style(theme) as colors:
        fig = _figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["churn_trend"]))
        ax = fig.subplots()
        new_label, lost_label = i18n("Charts", TEXT["new"]), i18n("Charts", TEXT["lost"])
        x, new_bars, lost_bars = _up_down_bars(ax, colors, keys, new, lost, (new_label, lost_label), partial, i18n)
        ax.set_ylabel(i18n("Charts", TEXT["customers"]))
        rate_ax = ax.twinx()
        line = _month_line(rate_ax, x, rate, partial, colors, color=NEUTRAL, label=i18n("Charts", TEXT["churn_rate"]))
        rate_ax.set_ylabel(i18n("Charts", TEXT["churn_rate"]))
        rate_ax.set_ylim(bottom=0)
        _legend_below(fig, [new_bars, lost_bars, line])
    items = _month_items(
        keys,
        kpis.ids,
        keep,
        ("new", new_label, new, kpis.new, new_bars),
        ("lost", lost_label, lost, kpis.churned, lost_bars),
    )
    data = {"months": keys, "new": new, "lost": lost, "churn_rate": rate, "partial_month": _key(partial)}
    return Chart(fig, items, "churn_trend", data)


def churn_reasons(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = _identity,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """Lost customers per month, stacked by why: the owner's recorded reasons (natural,
    competitive, fault, none given) and the automatic ones (model, no purchase for too long)."""
    from smallcrm.domain.analysis import churn as ch
    from smallcrm.domain.analysis.segment_names import CHURN_REASON_LABELS

    kpis = result.kpis(months)
    keep = _only(result, only)
    keys = [m.key for m in kpis.months]
    partial = partial_month(kpis.months)
    palette = distinct_colors(len(ch.CHURN_REASONS))
    with _style(theme) as colors:
        fig = _figure(theme, (9, 4.5))
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
            _pickable(bars)
            for i, key in enumerate(keys):
                ids = kpis.ids[(kpis.churn_reason[i] == r) & keep]
                items.append(ChartItem(f"{key}/{reason}", f"{key} {label}", float(counts[i]), ids, bars[i]))
        _mark_partial_bars(handles, partial, colors)
        _month_ticks(ax, x, keys, partial, i18n)
        ax.set_ylabel(i18n("Charts", TEXT["customers"]))
        ax.grid(axis="y", linewidth=0.5)
        ax.set_axisbelow(True)
        _legend_below(fig, handles, ncols=3, fontsize=8)
    return Chart(fig, items, "churn_reasons", {"months": keys, **series, "partial_month": _key(partial)})


# --- Profit concentration -----------------------------------------------------------------------


def pareto(result: Any, *, i18n: Translate = _identity, theme: str = "light", only: np.ndarray | None = None) -> Chart:
    """The 80/20 rule on the shop's own data: customers ranked by window profit, the
    running share of the total profit, and each tenth of the customers as a bar."""
    seg = result.segments
    known = seg.known & _only(result, only)
    ids = result.facts.ids[known]
    profit = seg.profit[known]
    order = np.lexsort((ids, -profit))  # best first, ties by id
    ids, profit = ids[order], profit[order]
    total = float(profit.sum())
    with _style(theme) as colors:
        fig = _figure(theme, (8, 4.5))
        fig.suptitle(i18n("Charts", TEXT["pareto"]))
        ax = fig.subplots()
        items: list[ChartItem] = []
        if len(ids) == 0 or total <= 0:
            _no_data(ax, i18n)
            return Chart(fig, items, "pareto", {"customer_share": [], "profit_share": []})
        n = len(ids)
        running = np.cumsum(profit) / total * 100
        x = np.arange(1, n + 1) / n * 100
        edges = [round(n * k / 10) for k in range(11)]
        decile_share = [float(profit[edges[k] : edges[k + 1]].sum()) / total * 100 for k in range(10)]
        bars = ax.bar(np.arange(5, 100, 10), decile_share, width=9, color=_lighter(PALETTE[5], colors["face"], 0.4),
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
        _legend_below(fig, [line, bars])
        _pickable(bars)
        for k in range(10):
            chunk = np.sort(ids[edges[k] : edges[k + 1]])
            items.append(ChartItem(f"decile/{k + 1}", f"{k * 10}-{k * 10 + 10} %", decile_share[k], chunk, bars[k]))
    top20 = float(np.interp(20, x, running))
    return Chart(fig, items, "pareto", {"decile_profit_share": decile_share, "top_20_percent_share": top20})


def tier_migration(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = _identity,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """Customers moving up (upgraded) and down (downgraded) a profit tier, per month."""
    kpis = result.kpis(months)
    keep = _only(result, only)
    rows = _months(kpis, only)
    keys = [m.key for m in kpis.months]
    up = [r["upgraded"] for r in rows]
    down = [r["downgraded"] for r in rows]
    partial = partial_month(kpis.months)
    with _style(theme) as colors:
        fig = _figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["migration"]))
        ax = fig.subplots()
        up_label, down_label = i18n("Charts", TEXT["upgraded"]), i18n("Charts", TEXT["downgraded"])
        _x, up_bars, down_bars = _up_down_bars(ax, colors, keys, up, down, (up_label, down_label), partial, i18n)
        ax.set_ylabel(i18n("Charts", TEXT["customers"]))
        _legend_below(fig, [up_bars, down_bars])
    items = _month_items(
        keys,
        kpis.ids,
        keep,
        ("upgraded", up_label, up, kpis.upgraded, up_bars),
        ("downgraded", down_label, down, kpis.downgraded, down_bars),
    )
    data = {"months": keys, "upgraded": up, "downgraded": down, "partial_month": _key(partial)}
    return Chart(fig, items, "tier_migration", data)


# --- Cohorts and satisfaction ----------------------------------------------------------------------


def cohort_table(
    result: Any, months: int = 12, only: np.ndarray | None = None
) -> tuple[list[str], np.ndarray, np.ndarray, list[list[np.ndarray]]]:
    """Cohorts by month of first purchase (the last ``months`` months up to the as-of
    day): (cohort keys, cohort sizes, share of each cohort with a purchase day k months
    later, the ids behind every cell). Cells in the future are NaN."""
    from smallcrm.domain.analysis import series as an
    from smallcrm.domain.values import dates

    facts = result.facts
    as_of = facts.as_of
    first_month = dates.add_months(as_of.replace(day=1), -(months - 1))
    keys = [f"{d.year:04d}-{d.month:02d}" for d in (dates.add_months(first_month, i) for i in range(months))]

    def month_index(days: np.ndarray) -> np.ndarray:
        # Calendar month number of each day (days since 1970), vectorised through datetime64.
        return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)

    base = month_index(np.array([an.day_number(first_month)]))[0]
    buys = facts.buys
    first = buys.first_day()
    has = (first < an.NO_DAY) & (facts.known <= facts.today) & _only(result, only)
    cohort = np.full(facts.n, -1, dtype=np.int64)
    cohort[has] = month_index(first[has]) - base
    in_range = (cohort >= 0) & (cohort < months)
    row_cohort = cohort[buys.cust]
    row_offset = month_index(buys.day) - base - row_cohort
    keep = in_range[buys.cust] & (row_offset >= 0) & (row_offset < months)
    cells: list[list[np.ndarray]] = [[np.zeros(0, dtype=np.int64)] * months for _ in range(months)]
    share = np.full((months, months), np.nan)
    sizes = np.bincount(cohort[in_range], minlength=months)
    pairs = (
        np.unique(np.stack([buys.cust[keep], row_offset[keep]], axis=1), axis=0)
        if keep.any()
        else np.zeros((0, 2), np.int64)
    )
    for c in range(months):
        for k in range(months - c):
            share[c, k] = 0.0
    if len(pairs):
        pair_cohort = cohort[pairs[:, 0]]
        order = np.lexsort((pairs[:, 0], pairs[:, 1], pair_cohort))
        pairs, pair_cohort = pairs[order], pair_cohort[order]
        bounds = np.flatnonzero(np.diff(pair_cohort * months + pairs[:, 1])) + 1
        for chunk in np.split(np.arange(len(pairs)), bounds):
            c, k = int(pair_cohort[chunk[0]]), int(pairs[chunk[0], 1])
            cells[c][k] = facts.ids[pairs[chunk, 0]]
            share[c, k] = len(chunk) / sizes[c] if sizes[c] else 0.0
    return keys, sizes, share, cells


def cohort_retention(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = _identity,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """A heatmap: rows are the months of first purchase, columns the months after it,
    each cell the share of that cohort buying in that month (column 0 is 100 %)."""
    from matplotlib.patches import Rectangle

    keys, sizes, share, cells = cohort_table(result, months, only)
    as_of = result.facts.as_of
    total = calendar.monthrange(as_of.year, as_of.month)[1]
    # The cells of the running month (first purchase + k months = this month) count
    # only the days so far: hatched, and the axis says so.
    partial = PartialMonth(months - 1, keys[-1], as_of.day, total) if as_of.day < total else None
    with _style(theme) as colors:
        fig = _figure(theme, (9, 6))
        ax = fig.subplots()
        ax.set_title(i18n("Charts", TEXT["cohorts"]))
        image = ax.imshow(np.ma.masked_invalid(share * 100), cmap="Blues", vmin=0, vmax=100, aspect="auto")
        ax.set_xticks(range(months), [str(k) for k in range(months)])
        row_labels = [f"{k} ({n:,})" for k, n in zip(keys, sizes, strict=True)]
        if partial is not None:
            row_labels[-1] += "*"
        ax.set_yticks(range(months), row_labels)
        x_label = i18n("Charts", TEXT["cohort_x"])
        if partial is not None:
            x_label += "\n* " + partial.note(i18n, "partial_cohort")
        ax.set_xlabel(x_label)
        ax.set_ylabel(i18n("Charts", TEXT["cohort_y"]))
        for c in range(months):
            for k in range(months - c):
                value = share[c, k] * 100
                ax.text(k, c, f"{value:.0f}", ha="center", va="center", fontsize=7,
                        color="#ffffff" if value > 55 else colors["text"])  # fmt: skip
                if partial is not None and c + k == months - 1:
                    ax.add_patch(Rectangle((k - 0.5, c - 0.5), 1, 1, fill=False, hatch=PARTIAL_HATCH,
                                           edgecolor=colors["muted"], linewidth=0))  # fmt: skip
        fig.colorbar(image, ax=ax, label="%")
        image.set_picker(True)
    items = []
    for c in range(months):
        for k in range(months - c):
            label = f"{keys[c]} +{k}"
            items.append(ChartItem(f"cohort/{keys[c]}/{k}", label, float(share[c, k]), cells[c][k], image, (c, k)))
    data = {"cohorts": keys, "sizes": [int(s) for s in sizes], "share": share.tolist(), "partial_month": _key(partial)}
    return Chart(fig, items, "cohorts", data)


def satisfaction_trend(
    result: Any,
    months: int = 12,
    *,
    i18n: Translate = _identity,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """The average satisfaction score per month (line), with how many scores were given (bars)."""
    kpis = result.kpis(months)
    keep = _only(result, only)
    rows = _months(kpis, only)
    keys = [m.key for m in kpis.months]
    average = [r["avg_satisfaction"] for r in rows]
    given = [r["satisfaction_scores"] for r in rows]
    partial = partial_month(kpis.months)
    with _style(theme) as colors:
        fig = _figure(theme, (9, 4.5))
        fig.suptitle(i18n("Charts", TEXT["satisfaction"]))
        ax = fig.subplots()
        x = np.arange(len(keys))
        # A light blue mixed into the background rather than drawn transparent: the
        # running month's bar is lighter still, and a transparent bar would hide that.
        bars = ax.bar(x, given, color=_lighter(PALETTE[5], colors["face"], 0.5), label=i18n("Charts", TEXT["scores"]))
        _mark_partial_bars([bars], partial, colors, edge=PALETTE[5])
        ax.set_ylabel(i18n("Charts", TEXT["scores"]))
        _month_ticks(ax, x, keys, partial, i18n)
        score_ax = ax.twinx()
        values = [np.nan if v is None else v for v in average]
        line = _month_line(score_ax, x, values, partial, colors, color=NEUTRAL, label=i18n("Charts", TEXT["score"]))
        score_ax.set_ylim(1, 5)
        score_ax.set_ylabel(i18n("Charts", TEXT["score"]))
        _legend_below(fig, [bars, line])
        _pickable(bars)
    items = [
        ChartItem(f"{key}/scores", key, float(given[i]), kpis.ids[kpis.scored[i] & keep], bars[i])
        for i, key in enumerate(keys)
    ]
    data = {"months": keys, "average": average, "scores": given, "partial_month": _key(partial)}
    return Chart(fig, items, "satisfaction", data)


def _key(partial: PartialMonth | None) -> str | None:
    return partial.key if partial is not None else None


BUILDERS: dict[str, Callable[..., Chart]] = {
    "segments": segment_distribution,
    "churn_trend": churn_trend,
    "churn_reasons": churn_reasons,
    "pareto": pareto,
    "tier_migration": tier_migration,
    "cohorts": cohort_retention,
    "satisfaction": satisfaction_trend,
}
