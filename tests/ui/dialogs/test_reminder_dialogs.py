"""The Reminders area's dialogs: a day (and time) to move reminders to, and one reminder
to edit, checked by the domain before the dialog closes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog

from smallcrm.ui.dialogs.reminder_dialogs import DateDialog, EditReminderDialog
from tests.ui.ui_helpers import button

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

REMINDER = {
    "id": 1,
    "title": "回访周松",
    "due": "2026-03-12",
    "due_time": "",
    "every": "",
    "kind": "callback",
}


def test_a_day_without_a_time_asks_for_the_day_only(qtbot: Any) -> None:
    dialog = DateDialog("Snooze until", dt.date(2026, 3, 13), with_time=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Snooze until"
    assert not dialog.time.isVisible()
    dialog.date.setDate(QDate(2026, 3, 20))
    button(dialog, "OK").click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.day() == "2026-03-20"


def test_rescheduling_offers_the_time_as_well(qtbot: Any) -> None:
    dialog = DateDialog("Reschedule", dt.date(2026, 3, 12), "14:30", with_time=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.time.isVisible() and dialog.time.text() == "14:30"
    assert dialog.date.date() == QDate(2026, 3, 12)


def test_a_wrong_time_is_named_and_the_dialog_stays_with_what_was_typed(qtbot: Any) -> None:
    dialog = EditReminderDialog(REMINDER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.time.setFocus()
    qtbot.keyClicks(dialog.time, "25:99")
    qtbot.mouseClick(button(dialog, "OK"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "25:99" in dialog.error.text()
    assert dialog.time.text() == "25:99"


def test_an_edited_reminder_comes_back_with_every_field(qtbot: Any) -> None:
    dialog = EditReminderDialog(REMINDER)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title.selectAll()
    commit = QInputMethodEvent()  # Chinese comes from the input method, not key by key
    commit.setCommitString("送生日贺卡")
    QApplication.sendEvent(dialog.title, commit)
    qtbot.keyClicks(dialog.time, "09:15")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("1 years"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("birthday"))
    qtbot.mouseClick(button(dialog, "OK"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == {
        "title": "送生日贺卡",
        "due": "2026-03-12",
        "due_time": "09:15",
        "every": "1 years",
        "kind": "birthday",
    }
