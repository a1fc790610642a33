"""The Reminders area, driven like the owner would: the day's sections, done with an
outcome, snooze, bulk done, opening the customer, the calendar, and the start-up run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from smallcrm.domain.records.interactions import list_interactions
from smallcrm.domain.reminders import queries
from smallcrm.domain.reminders.commands import add_reminder, complete_reminder, dismiss_reminder
from smallcrm.domain.reminders.queries import TOP
from smallcrm.store.models import Reminder
from smallcrm.ui.dialogs.reminder_dialogs import DateDialog
from smallcrm.ui.models.reminder_model import COL_CUSTOMER, COL_LAST, COL_PHONE, COL_TITLE
from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.reminders_view import RemindersView
from tests.ui.ui_helpers import User, button, double_click_index, open_window

# WORKAROUND: the headless "offscreen" platform cannot resize hints, raise or grab; a missing
# feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")

TODAY = dt.date.today()


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


@pytest.fixture
def due(customers: list[Any]) -> dict[str, int]:
    """One reminder in each section, and one done yesterday."""
    from smallcrm.domain.records.purchases import add_purchase

    add_purchase(customers[0].id, {"amount": "88", "date": day(-20), "item": "茶叶"})
    ids = {
        "overdue": add_reminder({"customer": customers[0].id, "due": day(-3), "title": "回访张三"}).id,
        "today": add_reminder({"customer": customers[1].id, "due": TODAY, "title": "回访周松"}).id,
        "week": add_reminder({"customer": customers[2].id, "due": day(3), "title": "回访李四"}).id,
        "later": add_reminder({"customer": customers[3].id, "due": day(30), "title": "回访王五"}).id,
    }
    done = add_reminder({"customer": customers[3].id, "due": day(-1), "title": "问候王五"}).id
    complete_reminder(done, "已问候", today=day(-1))
    return ids


def open_reminders(qtbot: Any, window: MainWindow) -> RemindersView:
    view = window.reminders
    window.show_area("reminders")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.loading)
    return view


def headings(view: RemindersView) -> list[str]:
    return [view.model.index(row, 0).data() for row in view.model.heading_rows()]


def row_index(view: RemindersView, key: str, row: int = 0, column: int = COL_TITLE) -> Any:
    return view.model.index(view.model.rows_of(key)[row], column)


def row_text(view: RemindersView, key: str, column: int = COL_TITLE) -> list[str]:
    return [view.model.index(r, column).data() for r in view.model.rows_of(key)]


def click(
    qtbot: Any, view: RemindersView, key: str, row: int = 0, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    index = row_index(view, key, row)
    view.table.scrollTo(index)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def show_all(qtbot: Any, view: RemindersView, key: str) -> None:
    """Click the row "and N more" under a ranked section."""
    (row,) = [r for r in view.model.more_rows() if view.model.more_at(r) == key]
    index = view.model.index(row, 0)
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())
    assert key in view.model.expanded


def reloaded(qtbot: Any, view: RemindersView, check: Any) -> None:
    qtbot.waitUntil(lambda: not view.loading and check(), timeout=5000)


def answer_outcome(text: str) -> Any:
    def answer(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.findChild(QLineEdit).setText(text)
        dialog.accept()

    return answer


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


@pytest.fixture
def many(customers: list[Any]) -> list[int]:
    """More reminders than the list reads with its outline: 250 today, 150 later."""
    from smallcrm.store.db import db

    with db.atomic():
        ids = [
            add_reminder({"customer": customers[i % 4].id, "due": TODAY, "title": f"today {i:03d}"}).id
            for i in range(250)
        ]
        ids += [
            add_reminder({"customer": customers[i % 4].id, "due": day(20 + i % 9), "title": f"later {i:03d}"}).id
            for i in range(150)
        ]
    return ids


def test_a_long_list_reads_its_rows_off_the_gui_thread_as_they_come_into_view(
    qtbot: Any, customers: list[Any], many: list[int], window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from smallcrm.ui.models.reminder_model import FIRST_ROWS

    threads: list[str] = []
    for name in ("view_outline", "view_rows"):
        real = getattr(queries, name)

        def spy(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            threads.append(threading.current_thread().name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(queries, name, spy)
    # The top of the list is shown first, with every section's count; its rest follows.
    shown: list[tuple[bool, int]] = []
    window.reminders.shown.connect(
        lambda: shown.append((window.reminders.model.partial, window.reminders.model.total()))
    )
    view = open_reminders(qtbot, window)
    assert shown == [(True, 400)] and not view.model.partial
    assert [view.model.count(k) for k in ("today", "later")] == [250, 150]
    assert FIRST_ROWS <= len(view.model.details) == view.rows_on_screen() < 400  # the first screens only
    last = view.model.index(view.model.rows_of("later")[-1], COL_TITLE)
    assert view.model.data(last) == ""  # not read yet
    view.table.scrollTo(last)
    qtbot.waitUntil(lambda: last.data() != "" and not view.model.fetching)
    # Every row once asked for: today's first TOP (nobody here has bought anything, so
    # they rank as added) and "and N more", the days ahead oldest first.
    later = sorted(range(150), key=lambda i: (i % 9, i))  # "later i" is due in 20 + i % 9 days
    expected = {"today": [f"today {i:03d}" for i in range(TOP)], "later": [f"later {i:03d}" for i in later]}
    for key, titles in expected.items():
        qtbot.waitUntil(lambda key=key, titles=titles: row_text(view, key) == titles)
    show_all(qtbot, view, "today")
    qtbot.waitUntil(lambda: row_text(view, "today") == [f"today {i:03d}" for i in range(250)])
    assert row_text(view, "later", COL_CUSTOMER)[:2] == [customers[i % 4].name for i in later[:2]]
    assert threads and threading.main_thread().name not in threads


def test_an_outline_that_no_longer_fits_the_counts_shown_is_refused(qtbot: Any) -> None:
    from smallcrm.ui.models.reminder_model import ReminderModel

    model = ReminderModel()
    top = {"overdue": [], "today": [(1, TODAY.isoformat(), None)], "week": [], "later": [], "done": []}
    model.set_outline(top, {}, TODAY, {"overdue": 0, "today": 2, "week": 0, "later": 0, "done": 0})
    assert model.partial and model.rowCount() == 7 and model.outline_at(3) is None
    changed = dict(top, today=[(1, TODAY.isoformat(), None)] * 3)
    assert not model.complete(changed) and model.partial
    whole = dict(top, today=[(1, TODAY.isoformat(), None), (2, TODAY.isoformat(), None)])
    assert model.complete(whole) and not model.partial
    assert model.outline_at(3) == ("today", (2, TODAY.isoformat(), None))


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


def test_the_kind_and_customer_filters_narrow_the_list(qtbot: Any, due: dict[str, int], window: MainWindow) -> None:
    view = open_reminders(qtbot, window)
    qtbot.keyClicks(view.customer_filter, "2222")  # 李四's phone
    reloaded(qtbot, view, lambda: [view.model.count(k) for k in ("overdue", "week")] == [0, 1])
    view.customer_filter.clear()
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("birthday"))
    reloaded(qtbot, view, lambda: view.empty.isVisible())


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


# -- start-up: the rules, the summary ------------------------------------------------------------


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


# -- the rules' settings ---------------------------------------------------------------------------


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


# -- the day's work, most worth doing first (issue 15, point 20) -------------------------------


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
