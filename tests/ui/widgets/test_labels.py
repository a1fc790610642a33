"""Captions in the muted grey; values that wrap instead of widening a form."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from smallcrm.ui.widgets.labels import MUTED, muted, value_label

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_a_muted_label_takes_the_palettes_placeholder_colour() -> None:
    label = muted(QLabel("Customer No. C0001"))
    assert label.styleSheet() == MUTED
    assert "placeholder-text" in MUTED  # follows a light or dark scheme


def test_a_long_value_wraps_in_a_narrow_form_and_can_be_selected(qtbot: Any) -> None:
    form_widget = QWidget()
    form = QFormLayout(form_widget)
    value = value_label()
    value.setText("四川省 成都市 武侯区 人民南路四段一号附一号 时代广场 A 座 1203 室  610041")
    form.addRow("Address", value)
    qtbot.addWidget(form_widget)
    form_widget.resize(220, 200)
    form_widget.show()
    qtbot.waitExposed(form_widget)
    assert value.wordWrap()
    assert form_widget.minimumSizeHint().width() < value.fontMetrics().horizontalAdvance(value.text())
    assert value.width() <= form_widget.width()
    assert value.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
