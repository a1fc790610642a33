"""Cohorts by month of first purchase: who is still buying k months later."""

from __future__ import annotations

import calendar
from typing import Any

import numpy as np
from matplotlib.patches import Rectangle

from smallcrm.domain.analysis import series as an
from smallcrm.domain.values import dates
from smallcrm.plots.chart import Chart, ChartItem
from smallcrm.plots.labels import TEXT, Translate, untranslated
from smallcrm.plots.months import PartialMonth, only_mask, partial_key
from smallcrm.plots.style import PARTIAL_HATCH, new_figure, themed


def cohort_table(
    result: Any, months: int = 12, only: np.ndarray | None = None
) -> tuple[list[str], np.ndarray, np.ndarray, list[list[np.ndarray]]]:
    """Cohorts by month of first purchase (the last ``months`` months up to the as-of
    day): (cohort keys, cohort sizes, share of each cohort with a purchase day k months
    later, the ids behind every cell). Cells in the future are NaN."""
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
    has = (first < an.NO_DAY) & (facts.known <= facts.today) & only_mask(result, only)
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
    i18n: Translate = untranslated,
    theme: str = "light",
    only: np.ndarray | None = None,
) -> Chart:
    """A heatmap: rows are the months of first purchase, columns the months after it,
    each cell the share of that cohort buying in that month (column 0 is 100 %)."""
    keys, sizes, share, cells = cohort_table(result, months, only)
    as_of = result.facts.as_of
    total = calendar.monthrange(as_of.year, as_of.month)[1]
    # The cells of the running month (first purchase + k months = this month) count
    # only the days so far: hatched, and the axis says so.
    partial = PartialMonth(months - 1, keys[-1], as_of.day, total) if as_of.day < total else None
    with themed(theme) as colors:
        fig = new_figure(theme, (9, 6))
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
    data = {
        "cohorts": keys,
        "sizes": [int(s) for s in sizes],
        "share": share.tolist(),
        "partial_month": partial_key(partial),
    }
    return Chart(fig, items, "cohorts", data)
