"""The box with suggestions under it: arrows and Enter pick, Esc closes the list first,
a click picks too, and Enter before any list says what was typed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smallcrm.ui.widgets.lookup_box import LookupBox

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def box(qtbot: Any) -> Iterator[LookupBox]:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(400, 300)
    box = LookupBox()
    layout = QVBoxLayout(host)
    layout.addWidget(box)
    layout.addStretch(1)
    host.show()
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    yield box  # a generator, so the window lives as long as the test


def test_arrows_and_enter_pick_a_suggestion(qtbot: Any, box: LookupBox) -> None:
    qtbot.keyClicks(box, "te")
    box.set_suggestions([("tea", 1), ("teapot", 2), ("teacup", 3)])
    assert box.suggestion_texts() == ["tea", "teapot", "teacup"]
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert chosen.args == [2]
    assert not box.suggestions_shown()


def test_esc_closes_the_list_and_enter_then_says_the_text(qtbot: Any, box: LookupBox) -> None:
    qtbot.keyClicks(box, "te")
    box.set_suggestions([("tea", 1)])
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.suggestions_shown()
    assert box.text() == "te"
    with qtbot.waitSignal(box.entered) as entered:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert entered.args == ["te"]


def test_a_list_for_older_text_is_not_picked_by_enter(qtbot: Any, box: LookupBox) -> None:
    qtbot.keyClicks(box, "69")
    box.set_suggestions([("tea 6901", 1)])
    qtbot.keyClicks(box, "01")  # a scanner's digits arrive before the next lookup
    with qtbot.waitSignal(box.entered) as entered:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert entered.args == ["6901"]


def test_a_click_picks_and_leaves_the_focus_in_the_box(qtbot: Any, box: LookupBox) -> None:
    qtbot.keyClicks(box, "t")
    box.set_suggestions([("tea", 1), ("toffee", 2)])
    view = box.suggestions
    assert view.geometry().top() >= box.geometry().bottom()  # under the box
    rect = view.visualItemRect(view.item(1))
    with qtbot.waitSignal(box.chosen) as chosen:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [2]
    assert box.hasFocus()


def test_no_list_for_an_empty_box(qtbot: Any, box: LookupBox) -> None:
    qtbot.keyClicks(box, "t")
    box.set_suggestions([("tea", 1)])
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    assert not box.suggestions_shown()
    box.set_suggestions([])
    assert not box.suggestions_shown()
    assert box.suggestions.mapTo(box.window(), QPoint(0, 0)) is not None
