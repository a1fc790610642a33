"""The repeat choices a reminder is offered, the same wherever it is edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from smallcrm.ui.widgets.repeats import REPEATS, fill_repeat_box, repeat_label


def test_every_choice_is_offered_with_the_reminders_own_selected(qtbot: Any) -> None:
    box = QComboBox()
    qtbot.addWidget(box)
    fill_repeat_box(box, "2 weeks")
    assert [box.itemData(i) for i in range(box.count())] == list(REPEATS)
    assert box.currentText() == "Every two weeks"


def test_an_interval_made_elsewhere_stays_on_offer_as_stored(qtbot: Any) -> None:
    box = QComboBox()
    qtbot.addWidget(box)
    fill_repeat_box(box, "10 days")  # the command line or a rule made it
    assert box.count() == len(REPEATS) + 1
    assert (box.currentText(), box.currentData()) == ("10 days", "10 days")
    assert repeat_label("10 days") == "10 days"


def test_the_choices_speak_chinese(chinese: None) -> None:
    assert repeat_label("") == "不重复"
    assert repeat_label("1 years") == "每年"
