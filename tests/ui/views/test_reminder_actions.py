"""Done, snooze, dismiss in the Reminders area, on one reminder or a selection."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from smallcrm.domain.records.interactions import list_interactions
from smallcrm.domain.reminders.commands import add_reminder
from smallcrm.store.models import Reminder
from smallcrm.ui.dialogs.reminder_dialogs import DateDialog
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User
from tests.ui.views.reminder_area import TODAY, click, day, open_reminders, reloaded, row_text, show_all

# WORKAROUND: the headless "offscreen" platform cannot resize hints, raise or grab; a missing
# feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def answer_outcome(text: str) -> Any:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.findChild(QLineEdit).setText(text)
        dialog.accept()

    return answer


def test_done_asks_for_the_outcome_and_logs_it_on_the_customer(
    qtbot: Any, due: dict[str, int], customers: list[Any], window: MainWindow, user: User
) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "today")
    user.will(answer_outcome("客户很满意"))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, view, lambda: view.model.count("today") == 0)
    assert Reminder.get_by_id(due["today"]).status == "done"
    assert [i["summary"] for i in list_interactions(customers[1].id)] == ["回访周松: 客户很满意"]
    assert "回访周松 — 客户很满意" in row_text(view, "done")


def test_cancelling_the_outcome_question_leaves_the_reminder_open(
    qtbot: Any, due: dict[str, int], window: MainWindow, user: User
) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "today")
    user.will(lambda dialog: dialog.reject())
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert user.seen == ["Reminder Done"]
    assert Reminder.get_by_id(due["today"]).status == "open"


def test_snooze_to_tomorrow_moves_it_to_the_next_7_days(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "overdue")
    view.snooze_tomorrow.trigger()
    reloaded(qtbot, view, lambda: view.model.count("overdue") == 0)
    assert row_text(view, "week") == ["回访张三", "回访李四"]
    r = Reminder.get_by_id(due["overdue"])
    assert (r.due_date, r.status) == (day(1), "snoozed")


def test_snooze_to_a_picked_date(qtbot: Any, due: dict[str, int], window: MainWindow, user: User) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "today")

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, DateDialog)
        dialog.date.setDate(dialog.date.date().addDays(9))
        dialog.accept()

    user.will(pick)
    view.snooze_pick.trigger()
    reloaded(qtbot, view, lambda: view.model.count("today") == 0)
    assert Reminder.get_by_id(due["today"]).due_date == day(10)
    assert "回访周松" in row_text(view, "later")


def test_bulk_done_marks_every_selected_reminder(
    qtbot: Any, due: dict[str, int], customers: list[Any], window: MainWindow, user: User
) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "overdue")
    click(qtbot, view, "today", modifier=Qt.KeyboardModifier.ControlModifier)
    click(qtbot, view, "week", modifier=Qt.KeyboardModifier.ControlModifier)
    assert view.done_button.text() == "Done (3)…"
    user.will(answer_outcome("已电话联系"))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert user.seen == ["3 Reminders Done"]
    reloaded(qtbot, view, lambda: view.model.count("done") == 4)
    assert [view.model.count(k) for k in ("overdue", "today", "week", "later")] == [0, 0, 0, 1]
    for c in customers[:3]:
        assert list_interactions(c.id)[0]["summary"].endswith(": 已电话联系")


def test_dismiss_closes_without_an_outcome(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "later")
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, view, lambda: view.model.count("later") == 0)
    assert Reminder.get_by_id(due["later"]).status == "dismissed"


def test_a_recurring_reminder_done_comes_back_on_its_next_day(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    add_reminder({"customer": customers[0].id, "due": TODAY, "title": "月度回访", "every": "1 months"})
    view = open_reminders(qtbot, window)
    click(qtbot, view, "today")
    user.will(answer_outcome(""))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, view, lambda: view.model.count("today") == 0)
    assert row_text(view, "later") == ["月度回访"]


def test_select_all_and_dismiss_closes_rows_not_read_yet_too(qtbot: Any, many: list[int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    show_all(qtbot, view, "today")
    click(qtbot, view, "today")
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.selected()) == 400
    assert not view.edit_button.isEnabled()
    qtbot.mouseClick(view.dismiss_button, Qt.MouseButton.LeftButton)
    reloaded(qtbot, view, lambda: view.model.count("later") == 0)
    assert Reminder.select().where(Reminder.status == "dismissed").count() == 400
    assert view.model.count("done") == 200  # the most recent DONE_LIMIT
