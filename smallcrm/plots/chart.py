"""A chart: the Figure and its clickable marks, each with the customers it counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smallcrm.plots.style import fix_fonts


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
        fix_fonts(self.figure)

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
