"""The quick filters over the customer list."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import shown_names
from tests.ui.views.customer_area import settled

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_staff_filter_shows_that_staff_members_customers(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.customers.commands import assign_staff
    from smallcrm.ui.shell import changes

    assign_staff([customers[0].id, customers[2].id], "小王")
    changes.announce(changes.STAFF)
    window.customers.filter_bar.choose("staff", "小王")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["张三", "李四"] and settled(window))
    window.customers.filter_bar.choose("staff", "No staff member")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "王五"] and settled(window))
    window.customers.filter_bar.clear_button.click()
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4 and settled(window))


def test_filters_and_search_narrow_together(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.customers.commands import tag_customers
    from smallcrm.ui.shell import changes

    tag_customers([customers[0].id, customers[3].id], "VIP")
    changes.announce(changes.CUSTOMERS)  # what the command that tags does
    window.customers.filter_bar.choose("tag", "VIP")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["张三", "王五"] and settled(window))
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: shown_names(window) == ["张三"] and settled(window))


def test_birthday_this_month_finds_solar_and_lunar_birthdays(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from borax.calendars.lunardate import LunarDate

    from smallcrm.domain.customers.commands import update_customer

    today = dt.date.today()
    mid = LunarDate.from_solar_date(today.year, today.month, 15)
    update_customer(customers[0].id, {"birthday": f"{today.month}-3"})  # solar, this month
    update_customer(customers[1].id, {"birthday": f"农历{'闰' if mid.leap else ''}{mid.month}月{mid.day}"})
    other = today.month % 12 + 1
    update_customer(customers[2].id, {"birthday": f"{other}-3"})  # solar, next month
    window.customers.filter_bar.widgets["birthday"].click()
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "张三"] and settled(window))


def test_open_complaints_filter(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.records.interactions import add_interaction

    add_interaction(customers[1].id, {"kind": "complaint", "summary": "茶叶受潮"})
    add_interaction(customers[2].id, {"kind": "complaint", "summary": "送晚了", "status": "resolved"})
    window.customers.filter_bar.widgets["complaint"].click()
    qtbot.waitUntil(lambda: shown_names(window) == ["周松"] and settled(window))


def test_a_filter_added_by_another_area_plugs_into_the_list(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.store.models import Customer
    from smallcrm.ui.widgets.filters import QuickFilter

    window.customers.filter_bar.add_filter(
        QuickFilter("city", "Any city", lambda: [("上海", Customer.city == "上海市")])
    )
    window.customers.filter_bar.choose("city", "上海")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and settled(window))


def test_the_filters_options_are_read_off_the_gui_thread_after_start(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    """Reading the choices (the segment filter scans every customer at 100,000) held the
    freshly shown window for seconds; they are read on a worker, the combo filled after."""
    import threading

    from PySide6.QtWidgets import QComboBox

    from smallcrm.store.models import Customer
    from smallcrm.ui.widgets.filters import QuickFilter

    threads: list[int] = []

    def cities() -> list[tuple[str, Any]]:
        threads.append(threading.get_ident())
        return [("上海", Customer.city == "上海市")]

    bar = window.customers.filter_bar
    bar.add_filter(QuickFilter("city", "Any city", cities))
    bar.fill_all()
    combo = bar.widgets["city"]
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.itemText(1) == "上海"
    assert threads and threading.get_ident() not in threads
    bar.choose("city", "上海")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and settled(window))


def test_options_read_twice_at_once_are_all_filled_in(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    """The answer of the first reading cleared what the second was reading, so a filter
    added meanwhile kept no options when the first answer came in last but one."""
    import threading

    from PySide6.QtWidgets import QComboBox

    from smallcrm.store.models import Customer
    from smallcrm.ui.widgets.filters import QuickFilter

    bar = window.customers.filter_bar
    qtbot.waitUntil(lambda: "tag" in bar._filled, timeout=30_000)  # the window's own reading at start
    bar.add_filter(QuickFilter("early", "Any early", lambda: [("成都", Customer.city == "成都市")]))
    bar.fill_all()
    release = threading.Event()

    def cities() -> list[tuple[str, Any]]:
        release.wait(10)  # answers after the first reading's answer is in
        return [("上海", Customer.city == "上海市")]

    bar.add_filter(QuickFilter("city", "Any city", cities))
    second = bar.fill_all()
    assert second is not None
    qtbot.waitUntil(lambda: "early" in bar._filled)
    release.set()
    qtbot.waitUntil(lambda: second.done)
    combo = bar.widgets["city"]
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.count() == 2)
    assert combo.itemText(1) == "上海"
