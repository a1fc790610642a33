"""The editor's tabs: a customer's purchases, timeline, reminders and changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User, button
from tests.ui.views.editor_area import open_customer, open_reminders, retype, save

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_every_change_is_in_the_changes_tab_as_typed(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    editor = open_customer(qtbot, window, "李四")
    retype(qtbot, editor, "phone", "137 0000 2222")
    save(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.history)
    rows = editor.history.model.rows
    assert rows[0][2:] == ("Phone", "13700002222", "137 0000 2222")
    assert rows[-1][2] == "Added"


def test_adding_a_purchase_updates_the_totals_and_profit(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    editor = open_customer(qtbot, window, "张三")
    editor.tabs.setCurrentWidget(editor.purchases)

    def fill(dialog: Any) -> None:
        dialog.item.insert("普洱茶")
        dialog.amount.insert("1,234.50")
        dialog.cost.insert("800")
        button(dialog, "OK").click()

    user.will(fill)
    button(editor.purchases, "Add Purchase…").click()
    qtbot.waitUntil(lambda: editor.purchases.model.rowCount() == 1)
    assert editor.purchases.summary.text() == (
        "1 purchases · paid ¥1,234.50 · profit ¥434.50 (cost of goods ¥800.00, service ¥0.00 for 0 contacts)"
    )
    assert editor.purchases.model.rows[0][1] == "普洱茶"
    qtbot.waitUntil(lambda: window.customers.profile.fields["revenue"].text() == "¥1,234.50")


def test_a_purchase_is_edited_then_deleted_and_the_totals_follow(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.records.purchases import add_purchase

    add_purchase(customers[0].id, {"date": "2026-01-05", "item": "普洱茶", "amount": "100", "cost": "60"})
    editor = open_customer(qtbot, window, "张三")
    tab = editor.purchases
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)

    def change(dialog: Any) -> None:
        assert dialog.item.text() == "普洱茶"
        dialog.amount.setText("150")
        button(dialog, "OK").click()

    user.will(change)
    button(tab, "Edit…").click()
    qtbot.waitUntil(lambda: tab.summary.text().startswith("1 purchases · paid ¥150.00 · profit ¥90.00 ("))
    tab.table.selectRow(0)
    user.will_click("Yes")
    button(tab, "Delete").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert "普洱茶" in user.seen[-1] and tab.summary.text().startswith("0 purchases")


def test_a_purchase_by_weight_keeps_its_quantity_through_an_edit(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    """An imported 1.5 kg must survive editing the purchase (the quantity was a whole-number spin box)."""
    from decimal import Decimal

    from smallcrm.domain.records.purchases import add_purchase, list_purchases

    add_purchase(customers[0].id, {"date": "2026-01-05", "item": "龙井", "amount": "120", "quantity": "1.5"})
    editor = open_customer(qtbot, window, "张三")
    tab = editor.purchases
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.rows[0][2] == "1.5"
    tab.table.selectRow(0)

    def change(dialog: Any) -> None:
        assert dialog.quantity.text() == "1.5"
        dialog.note.insert("半斤装")
        button(dialog, "OK").click()

    user.will(change)
    button(tab, "Edit…").click()
    qtbot.waitUntil(lambda: list_purchases(customers[0].id)[0]["note"] == "半斤装")
    assert list_purchases(customers[0].id)[0]["quantity"] == Decimal("1.5")

    def weigh(dialog: Any) -> None:
        dialog.quantity.selectAll()
        qtbot.keyClicks(dialog.quantity, "0.75")
        button(dialog, "OK").click()

    tab.table.selectRow(0)
    user.will(weigh)
    button(tab, "Edit…").click()
    qtbot.waitUntil(lambda: list_purchases(customers[0].id)[0]["quantity"] == Decimal("0.75"))
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][2] == "0.75")


def test_a_contact_is_edited_then_deleted_from_the_timeline(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.records.interactions import add_interaction

    add_interaction(customers[0].id, {"kind": "call", "summary": "问价格"})
    editor = open_customer(qtbot, window, "张三")
    tab = editor.interactions
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)

    def change(dialog: Any) -> None:
        dialog.summary.setPlainText("问普洱的价格")
        button(dialog, "OK").click()

    user.will(change)
    button(tab, "Edit…").click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][4] == "问普洱的价格")
    tab.table.selectRow(0)
    user.will_click("Yes")
    button(tab, "Delete").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)


def test_a_complaint_is_open_until_marked_resolved(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    editor = open_customer(qtbot, window, "张三")
    tab = editor.interactions
    editor.tabs.setCurrentWidget(tab)

    def fill(dialog: Any) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
        dialog.summary.insertPlainText("茶叶受潮")
        button(dialog, "OK").click()

    user.will(fill)
    button(tab, "Add Contact…").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.rows[0][1:4] == ("Complaint", "", "Open")
    assert "1 open complaints" in tab.summary.text()
    tab.table.selectRow(0)
    assert tab.resolve_button.isEnabled()
    tab.resolve_button.click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][3].startswith("Resolved"))


def test_feedback_keeps_its_satisfaction(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    editor = open_customer(qtbot, window, "张三")
    tab = editor.interactions
    editor.tabs.setCurrentWidget(tab)

    def fill(dialog: Any) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("feedback"))
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
        button(dialog, "OK").click()

    user.will(fill)
    button(tab, "Add Contact…").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.rows[0][2] == "★★★★☆"


def test_a_reminder_for_the_customer_and_marking_it_done(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    editor = open_customer(qtbot, window, "张三")
    tab = editor.reminders
    editor.tabs.setCurrentWidget(tab)
    user.will(lambda dialog: button(dialog, "OK").click())
    button(tab, "Add Reminder…").click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.rows[0][1] == "Follow-up call"
    tab.table.selectRow(0)

    def outcome(dialog: Any) -> None:
        dialog.setTextValue("买了两斤")
        dialog.accept()

    user.will(outcome)
    tab.done_button.click()
    qtbot.waitUntil(lambda: tab.model.rows[0][3] == "Done")
    assert editor.interactions.model.rowCount() == 1  # the outcome is in the timeline


def test_a_reminder_is_edited_in_its_dialog(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    tab = open_reminders(qtbot, window, customers, "回访")

    def change(dialog: Any) -> None:
        assert (dialog.title.text(), dialog.repeat.currentData()) == ("回访", "1 months")
        dialog.title.setText("生日提醒")
        dialog.time.setText("14:30")
        button(dialog, "OK").click()

    user.will(change)
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][1] == "生日提醒")
    assert tab.model.rows[0][:3] == ("2030-01-10 14:30", "生日提醒", "Every month")


def test_a_reminder_is_snoozed_to_the_chosen_day(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    tab = open_reminders(qtbot, window, customers, "回访")
    day = dt.date.today() + dt.timedelta(days=3)

    def pick(dialog: Any) -> None:
        dialog.to.setDate(day)
        button(dialog, "OK").click()

    user.will(pick)
    tab.snooze_button.click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][3] == "Snoozed")
    assert tab.model.rows[0][0] == day.isoformat()


def test_a_reminder_is_deleted_after_asking(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    from smallcrm.store.models import Reminder

    tab = open_reminders(qtbot, window, customers, "回访")
    user.will_click("No")
    tab.delete_button.click()
    assert Reminder.select().count() == 1
    user.will_click("Yes")
    tab.delete_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert Reminder.select().count() == 0 and "回访" in user.seen[0]


def test_a_done_reminder_can_no_longer_be_snoozed_or_dismissed(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.reminders.commands import complete_reminder
    from smallcrm.domain.reminders.queries import list_reminders

    tab = open_reminders(qtbot, window, customers, "回访")
    assert tab.snooze_button.isEnabled() and tab.done_button.isEnabled()
    complete_reminder(list_reminders(customers[0].id)[0]["id"])
    from smallcrm.ui.shell import changes

    changes.announce(changes.REMINDERS, [customers[0].id])
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)  # the next month's occurrence is new
    done_row = next(i for i, r in enumerate(tab.model.rows) if r[3] == "Done")
    tab.table.selectRow(done_row)
    assert not tab.snooze_button.isEnabled() and not tab.dismiss_button.isEnabled()
    assert tab.edit_button.isEnabled() and tab.delete_button.isEnabled()
