"""The chart on screen: a matplotlib Figure in a ``FigureCanvasQTAgg``, clickable.

This module imports matplotlib's Qt backend at module level, so nothing imports it
at start: the Analysis area imports it on a worker thread the first time it computes
(only class definitions run; no widget is made there) and makes the canvas on the GUI
thread when the first chart arrives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from smallcrm.plots import Chart, ChartItem


class ChartCanvas(FigureCanvasQTAgg):
    """Shows one :class:`~smallcrm.plots.Chart`; a click on a bar, slice or cell calls
    ``on_item(item)`` with the customers it counts."""

    def __init__(
        self,
        chart: Chart,
        on_item: Callable[[ChartItem], None],
        rendered: Any = None,
        parent: QWidget | None = None,
        on_hover: Callable[[ChartItem | None], None] | None = None,
    ) -> None:
        super().__init__(chart.figure)
        # The worker's drawing of this figure (a FigureCanvasAgg), used whenever the canvas
        # has the size it was drawn at: the GUI thread then only copies pixels.
        self._rendered = rendered if getattr(rendered, "renderer", None) is not None else None
        if parent is not None:
            self.setParent(parent)
        self.chart = chart
        self._on_item = on_item
        self._on_hover = on_hover
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.mpl_connect("pick_event", self._picked)
        self.mpl_connect("motion_notify_event", self._hover)
        self._hovering = False

    def draw_idle(self, *args: Any, **kwargs: Any) -> None:
        """Skip the draw a resize asks for when the worker's drawing has this very size
        (the charts never change once built; a new look is a new chart)."""
        done = self._rendered
        key = (*self.get_width_height(physical=True), self.figure.dpi)  # as Agg compares
        if done is not None and key == done._lastKey:
            self.renderer, self._lastKey = done.renderer, done._lastKey
            self._draw_pending = False  # a draw queued at another size is not needed any more
            self.update()
            return
        super().draw_idle(*args, **kwargs)

    def _picked(self, event: Any) -> None:
        mouse = event.mouseevent
        if getattr(mouse, "button", None) not in (1, None):  # the left button only
            return
        item = self.chart.item_for(event.artist, mouse.xdata, mouse.ydata)
        if item is not None:
            self._on_item(item)

    def _hover(self, event: Any) -> None:
        """A pointing hand over anything clickable, and what it is (``on_hover``): the
        charts say "click me" this way."""
        found: ChartItem | None = None
        if event.inaxes is not None:
            for item in self.chart.items:
                artist = item.artist
                if artist is not None and artist.axes is event.inaxes and artist.contains(event)[0]:
                    found = self.chart.item_for(artist, event.xdata, event.ydata)
                    break
        if (found is not None) != self._hovering:
            self._hovering = found is not None
            if found is not None:
                self.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                self.unsetCursor()
        if self._on_hover is not None:
            self._on_hover(found)

    def item_position(self, item: ChartItem) -> tuple[float, float]:
        """Where ``item`` is on the widget, in logical pixels from the top left (for a
        test's mouse click): the middle of its bar, or of its heatmap cell."""
        artist = item.artist
        if item.cell is not None:
            row, col = item.cell
            x, y = artist.axes.transData.transform((col, row))
        else:
            box = artist.get_window_extent(self.get_renderer())
            x, y = (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2
        ratio = self.device_pixel_ratio or 1.0
        return x / ratio, self.height() - y / ratio
