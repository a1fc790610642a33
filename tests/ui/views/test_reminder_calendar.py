"""The month calendar of reminders, festivals and lunar dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from smallcrm.domain.reminders.commands import add_reminder
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import open_window
from tests.ui.views.reminder_area import TODAY, open_reminders

# WORKAROUND: the headless "offscreen" platform cannot resize hints, raise or grab; a missing
# feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def test_the_calendar_shows_festivals_lunar_dates_and_the_days_reminders(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.reminders.festivals import festival_date

    moon = festival_date("mid_autumn", TODAY.year)
    add_reminder({"customer": customers[0].id, "due": moon, "title": "送月饼"})
    view = open_reminders(qtbot, window)
    panel = view.show_calendar()
    from PySide6.QtCore import QDate

    panel.calendar.setSelectedDate(QDate(moon.year, moon.month, moon.day))
    qtbot.waitUntil(lambda: not panel.calendar.loading and moon in panel.calendar.festivals)
    assert panel.calendar.festivals[moon] == ["Mid-Autumn Festival"]
    assert panel.calendar.counts[moon] == 1
    assert panel.calendar.lunar[moon + dt.timedelta(days=1)] == "十六"
    qtbot.waitUntil(lambda: panel.agenda.count() == 2)
    assert [panel.agenda.item(i).text() for i in range(2)] == ["🏮 Mid-Autumn Festival", "送月饼 — 张三"]
    assert panel.day_title.text() == f"{moon.isoformat()} · lunar 八月十五"


def test_the_calendar_speaks_chinese(qtbot: Any, customers: list[Any], chinese: None, crm: Path) -> None:
    from PySide6.QtCore import QDate

    from smallcrm.domain.reminders.festivals import festival_date

    window = open_window(qtbot, crm)
    spring = festival_date("spring_festival", TODAY.year)
    view = window.reminders
    window.show_area("reminders")
    panel = view.show_calendar()
    panel.calendar.setSelectedDate(QDate(spring.year, spring.month, spring.day))
    qtbot.waitUntil(lambda: not panel.calendar.loading and spring in panel.calendar.festivals)
    assert panel.calendar.festivals[spring] == ["春节"]
    assert view.tabs.tabText(0) == "待办"
