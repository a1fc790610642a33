"""Beside the customer list, while nobody is selected: the shop's day (reminders to do,
birthdays this month, customers with an open complaint), each leading to its work,
instead of a third of the screen saying only "Select a customer"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell import changes
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import click_row, open_window, shown_names

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def day(crm: Any, customers: list[Any]) -> dict[str, Any]:
    """Two reminders to do (one overdue), one birthday this month, one open complaint."""
    from smallcrm.domain.customers.commands import update_customer
    from smallcrm.domain.records.interactions import add_interaction
    from smallcrm.domain.reminders.commands import add_reminder

    today = dt.date.today()
    add_reminder({"customer": customers[0].id, "due": today.isoformat(), "title": "回访"})
    add_reminder({"customer": customers[1].id, "due": (today - dt.timedelta(days=3)).isoformat(), "title": "回访"})
    update_customer(customers[2].id, {"birthday": f"1990-{today.month:02d}-{min(today.day, 28):02d}"})
    add_interaction(customers[3].id, {"kind": "complaint", "summary": "茶叶受潮"})
    return {"birthday": customers[2], "complaint": customers[3]}


def counts_shown(qtbot: Any, w: MainWindow) -> Any:
    today = w.customers.profile.today
    qtbot.waitUntil(lambda: today.counts is not None and today._job is None)
    return today


def test_with_nobody_selected_the_pane_shows_the_days_work(qtbot: Any, day: dict[str, Any], crm: Any) -> None:
    w = open_window(qtbot, crm)
    today = counts_shown(qtbot, w)
    assert w.customers.profile._stack.currentWidget() is today and today.isVisible()
    assert [today.numbers[k].text() for k in ("reminders", "birthday", "complaint")] == ["2", "1", "1"]
    assert today.texts["reminders"].text() == "Reminders to do today (1 of them overdue)"
    assert all(b.isVisible() for b in today.buttons.values())
    # A customer picked: their profile takes the pane; none picked again: the day is back.
    click_row(qtbot, w, 0)
    qtbot.waitUntil(lambda: w.customers.profile.customer_id is not None)
    assert not today.isVisible()


def test_list_them_shows_exactly_the_customers_counted(qtbot: Any, day: dict[str, Any], crm: Any) -> None:
    w = open_window(qtbot, crm)
    today = counts_shown(qtbot, w)
    qtbot.mouseClick(today.buttons["birthday"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.customers.model.loading and shown_names(w) == [day["birthday"].name])
    w.customers.filter_bar.clear()
    qtbot.waitUntil(lambda: not w.customers.model.loading and len(shown_names(w)) == 4)
    qtbot.mouseClick(today.buttons["complaint"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not w.customers.model.loading and shown_names(w) == [day["complaint"].name])


def test_open_reminders_goes_to_the_reminders_area(qtbot: Any, day: dict[str, Any], crm: Any) -> None:
    w = open_window(qtbot, crm)
    today = counts_shown(qtbot, w)
    qtbot.mouseClick(today.buttons["reminders"], Qt.MouseButton.LeftButton)
    assert w.current_area() == "reminders"


def test_the_counts_follow_a_change(qtbot: Any, day: dict[str, Any], crm: Any) -> None:
    from smallcrm.domain.records.interactions import add_interaction

    w = open_window(qtbot, crm)
    today = counts_shown(qtbot, w)
    add_interaction(day["birthday"].id, {"kind": "complaint", "summary": "送货太慢"})
    changes.announce(changes.INTERACTIONS, [day["birthday"].id])
    qtbot.waitUntil(lambda: today.numbers["complaint"].text() == "2")


def test_nothing_is_counted_before_the_list_has_its_rows(qtbot: Any, day: dict[str, Any], crm: Any) -> None:
    w = MainWindow(crm)
    qtbot.addWidget(w)
    today = w.customers.profile.today
    today.show()  # shown, but the list has not been read yet: start-up stays as quick as it was
    assert today._job is None and today.counts is None
