"""The filter row wraps onto another line when the window is narrow, never widening it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from smallcrm.ui.widgets.flow_layout import FlowLayout

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _row(qtbot: Any, texts: list[str]) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    holder = QWidget()
    layout = FlowLayout(holder, spacing=6)
    buttons = [QPushButton(t) for t in texts]
    for i, b in enumerate(buttons):
        layout.insertWidget(i, b)
    qtbot.addWidget(holder)
    return holder, layout, buttons


def test_wide_enough_every_widget_is_on_one_line_in_order(qtbot: Any) -> None:
    holder, layout, buttons = _row(qtbot, ["Any staff", "Any tag", "Any status"])
    holder.resize(layout.sizeHint().width() + 20, 60)
    holder.show()
    qtbot.waitExposed(holder)
    tops = {b.geometry().top() for b in buttons}
    lefts = [b.geometry().left() for b in buttons]
    assert len(tops) == 1 and lefts == sorted(lefts)


def test_narrow_it_wraps_and_asks_for_the_height_of_its_lines(qtbot: Any) -> None:
    holder, layout, buttons = _row(qtbot, ["Any staff", "Any tag", "Any status", "Any segment", "Any churn risk"])
    widest = max(b.sizeHint().width() for b in buttons)
    one_line = layout.heightForWidth(layout.sizeHint().width() + 20)
    narrow = layout.heightForWidth(widest + 10)
    assert narrow > 2 * one_line  # one widget a line
    holder.resize(widest + 10, narrow)
    holder.show()
    qtbot.waitExposed(holder)
    assert len({b.geometry().top() for b in buttons}) == len(buttons)
    assert all(b.geometry().right() <= holder.width() for b in buttons)  # none pushed out of sight


def test_a_hidden_widget_takes_no_room(qtbot: Any) -> None:
    holder, layout, buttons = _row(qtbot, ["Save as Segment…", "Clear filters", "Any tag"])
    full = layout.sizeHint().width()
    buttons[0].hide()
    assert layout.sizeHint().width() == full - buttons[0].sizeHint().width() - layout.spacing()
    holder.resize(full + 20, 60)
    holder.show()
    qtbot.waitExposed(holder)
    assert buttons[1].geometry().left() == 0  # the next one takes its place
