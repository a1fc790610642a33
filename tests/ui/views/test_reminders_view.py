"""The Reminders area: sections, the day's pile, opening a customer, filters, the start summary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from smallcrm.domain.reminders.commands import add_reminder, dismiss_reminder
from smallcrm.store.models import Reminder
from smallcrm.ui.models.reminder_model import COL_CUSTOMER, COL_LAST, COL_PHONE, COL_TITLE
from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.reminders_view import RemindersView
from tests.ui.ui_helpers import User, button, double_click_index, open_window
from tests.ui.views.reminder_area import TODAY, click, day, open_reminders, reloaded, row_index, row_text, show_all

# WORKAROUND: the headless "offscreen" platform cannot resize hints, raise or grab; a missing
# feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


def headings(view: RemindersView) -> list[str]:
    return [view.model.index(row, 0).data() for row in view.model.heading_rows()]


@pytest.fixture
def pile(crm: Path) -> list[int]:
    """40 reminders due today for customers who each made one purchase last month; the
    bigger the purchase, the more the customer is worth, so "call 39" ranks first."""
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.records.purchases import add_purchase
    from smallcrm.store.db import db

    ids = []
    with db.atomic():
        for i in range(40):
            cid = create_customer({"name": f"客户{i:02d}"}).id
            add_purchase(cid, {"amount": str(100 + i), "date": day(-30), "item": "茶叶"})
            ids.append(add_reminder({"customer": cid, "due": TODAY, "title": f"call {i:02d}"}).id)
    return ids


def test_sections_show_their_counts_and_each_row_the_customer(
    qtbot: Any, due: dict[str, int], window: MainWindow
) -> None:
    view = open_reminders(qtbot, window)
    assert headings(view) == [
        "▾ Overdue  (1)",
        "▾ Today  (1)",
        "▾ Next 7 days  (1)",
        "▾ Later  (1)",
        "▾ Done (recent)  (1)",
    ]
    assert row_text(view, "overdue") == ["回访张三"]
    assert row_text(view, "overdue", COL_CUSTOMER) == ["张三"]
    assert row_text(view, "overdue", COL_PHONE) == ["138 1234 5678"]
    assert row_text(view, "overdue", COL_LAST) == [f"{day(-20).isoformat()} 茶叶 88.00"]
    assert row_text(view, "done") == ["问候王五 — 已问候"]


def test_the_navigation_counts_what_is_due_now(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    def items() -> list[str]:
        return [window.nav.item(i).text() for i in range(window.nav.count())]

    qtbot.waitUntil(lambda: "Reminders (2)" in items())
    assert window.counts.text().endswith("Due today: 1   ·   Overdue: 1")


def test_enter_opens_the_customer_in_the_customers_area(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "week")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.current_area() == "customers"
    qtbot.waitUntil(lambda: window.customers.editing)
    assert window.customers.editor.form.fields["name"].widget.text() == "李四"


def test_double_click_opens_the_customer(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    double_click_index(qtbot, view.table, row_index(view, "overdue"))
    qtbot.waitUntil(lambda: window.customers.editing)
    assert window.customers.editor.form.fields["name"].widget.text() == "张三"


def test_a_click_on_a_heading_folds_its_section_and_enter_opens_it_again(
    qtbot: Any, due: dict[str, int], window: MainWindow
) -> None:
    view = open_reminders(qtbot, window)
    heading = view.model.index(view.model.heading_rows()[1], 0)  # Today
    rect = view.table.visualRect(heading)
    assert rect.width() > view.table.columnWidth(0)  # the heading spans the columns
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert headings(view)[1] == "▸ Today  (1)"
    assert row_text(view, "today") == []
    assert row_text(view, "week") == ["回访李四"]
    view.reload()  # a folded section stays folded when the list is read again
    reloaded(qtbot, view, lambda: view.model.rowCount() == 9)
    assert row_text(view, "today") == []
    view.table.setCurrentIndex(view.model.index(view.model.heading_rows()[1], 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert headings(view)[1] == "▾ Today  (1)"
    qtbot.waitUntil(lambda: row_text(view, "today") == ["回访周松"])  # read when it came back into view
    assert window.current_area() == "reminders"


def test_the_kind_and_customer_filters_narrow_the_list(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    qtbot.keyClicks(view.customer_filter, "2222")  # 李四's phone
    reloaded(qtbot, view, lambda: [view.model.count(k) for k in ("overdue", "week")] == [0, 1])
    view.customer_filter.clear()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("birthday"))
    reloaded(qtbot, view, lambda: view.empty.isVisible())


def test_at_start_the_rules_run_and_a_summary_says_what_is_due(qtbot: Any, customers: list[Any], crm: Path) -> None:
    from smallcrm.domain.customers.commands import update_customer

    birthday = day(2)
    update_customer(customers[0].id, {"birthday": f"--{birthday.month:02d}-{birthday.day:02d}"})
    add_reminder({"customer": customers[1].id, "due": day(-2), "title": "回访周松"})
    window = open_window(qtbot, crm, run_reminders=True)
    qtbot.waitUntil(lambda: not window.reminders.banner.isHidden(), timeout=5000)
    assert window.reminders.banner.text.text() == "Reminders due today: 1 · Overdue: 1"
    birthday_reminder = Reminder.get(Reminder.origin == "rule:birthday")
    assert (birthday_reminder.customer_id, birthday_reminder.due_date) == (customers[0].id, TODAY)
    window.show_area("reminders")
    qtbot.mouseClick(window.reminders.banner.close_button, Qt.MouseButton.LeftButton)
    assert window.reminders.banner.isHidden()
    window.reminder_service.stop()


def test_a_window_made_by_a_test_runs_no_rules(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    assert window.reminder_service is None


def test_something_falling_due_while_running_is_announced(qtbot: Any, customers: list[Any], crm: Path) -> None:
    from smallcrm.ui.shell.notifications import ReminderService

    now = dt.datetime.combine(TODAY, dt.time(9, 0))
    service = ReminderService(clock=lambda: now)
    add_reminder({"customer": customers[0].id, "due": TODAY, "due_time": "10:00", "title": "十点回访"})
    with qtbot.waitSignal(service.summary):
        service.start()
    now = dt.datetime.combine(TODAY, dt.time(10, 1))
    with qtbot.waitSignal(service.fell_due) as fell:
        service.tick()
    assert [(title, name) for _id, title, name in fell.args[0]] == [("十点回访", "张三")]
    service.stop()


def test_the_view_reads_nothing_until_it_is_first_shown(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    assert window.reminders.model.rowCount() == 0
    assert window.reminders.calendar is None
    open_reminders(qtbot, window)


def test_right_click_offers_the_actions(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    click(qtbot, view, "today")
    assert button(view, "Done…").isEnabled()
    assert view.open_button.isEnabled()
    rect = view.table.visualRect(row_index(view, "today"))
    menu = view._context_menu(QPoint(rect.center()))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:4] == ["Done…", "Reschedule…", "Edit…", "Dismiss"]
    menu.close()


def test_the_rules_are_switched_and_tuned_in_the_settings(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm import settings
    from smallcrm.domain.customers.commands import tag_customers

    tag_customers([customers[0].id], "老客户")
    dialog = window.show_settings()
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Reminders"
    assert dialog.rule_boxes["rule_birthday"].isChecked()
    qtbot.mouseClick(dialog.rule_boxes["rule_reengage"], Qt.MouseButton.LeftButton)
    assert not dialog.rule_numbers["rule_reengage_factor"].isEnabled()
    dialog.rule_numbers["rule_birthday_days"].setValue(5)
    dialog.festival_boxes["dragon_boat"].setChecked(False)
    dialog.festival_group.setCurrentIndex(dialog.festival_group.findText("Tag: 老客户"))
    with qtbot.waitSignal(dialog.finished):
        dialog.save_settings()
    assert settings.get("rule_reengage") is False
    assert settings.get("rule_birthday_days") == 5
    assert settings.get("rule_festival_builtins") == "spring_festival,mid_autumn"
    assert settings.get("rule_festival_group") == "tag:老客户"


def test_a_malformed_greeting_group_is_refused_with_a_sentence(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm import settings

    settings.put("rule_festival_group", "vip")  # from an older version, or by hand
    dialog = window.show_settings()
    assert dialog.festival_group.currentText() == "vip"
    user.will_click("OK")
    dialog.save_settings()
    assert user.seen == ["vip is not a group of customers; write all or tag:NAME."]
    assert settings.get("rule_festival_group") == "vip"  # nothing saved


def test_todays_pile_shows_the_20_most_worth_doing_and_how_many_more(
    qtbot: Any, pile: list[int], window: MainWindow
) -> None:
    view = open_reminders(qtbot, window)
    qtbot.waitUntil(lambda: row_text(view, "today")[:3] == ["call 39", "call 38", "call 37"])
    assert row_text(view, "today") == [f"call {i:02d}" for i in range(39, 19, -1)]
    (more,) = view.model.more_rows()
    assert view.model.index(more, 0).data() == "… and 20 more: click to show them"
    assert view.model.index(view.model.rows_of("today")[0], 0).data() == TODAY.isoformat()
    tip = view.model.index(view.model.rows_of("today")[0], COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "call 39\nProfit in the last 12 months: 139.00; last purchase 30 days ago"


def test_the_rest_of_the_pile_is_one_keystroke_away(qtbot: Any, pile: list[int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    view.table.setFocus()
    click(qtbot, view, "today", 19)  # the last of the 20 shown
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.model.more_at(view.table.currentIndex().row()) == "today"
    assert view.current() is None  # the "more" row is not a reminder to act on
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.model.more_rows() == []
    qtbot.waitUntil(lambda: row_text(view, "today") == [f"call {i:02d}" for i in range(39, -1, -1)])
    current = view.current()
    assert current is not None and current["id"] == pile[19]  # the first one that was hidden


def test_a_section_shown_whole_stays_whole_after_a_change(qtbot: Any, pile: list[int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    show_all(qtbot, view, "today")
    dismiss_reminder(pile[0])
    from smallcrm.ui.shell import changes

    changes.announce(changes.REMINDERS)
    reloaded(qtbot, view, lambda: view.model.count("today") == 39)
    assert view.model.more_rows() == [] and len(view.model.rows_of("today")) == 39
