"""The dialogs of a customer's records: each refuses what the domain refuses, and says why."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User, button
from tests.ui.views.editor_area import clear_by_keys, open_customer, open_reminders

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_a_purchase_with_a_wrong_amount_is_refused_in_its_dialog(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    editor = open_customer(qtbot, window, "张三")
    editor.tabs.setCurrentWidget(editor.purchases)
    seen: list[str] = []

    def fill(dialog: Any) -> None:
        dialog.amount.insert("a lot")
        button(dialog, "OK").click()
        seen.append(dialog.error.text())
        dialog.reject()

    user.will(fill)
    button(editor.purchases, "Add Purchase…").click()
    assert seen and "a lot" in seen[0]
    assert editor.purchases.model.rowCount() == 0


def test_a_negative_or_empty_amount_is_named_in_the_dialog_and_a_refund_is_said_with_its_box(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    """Issue 15.6: '-50' was saved as a purchase without a word; an empty amount said
    ' is not an amount of money.'"""
    editor = open_customer(qtbot, window, "张三")
    editor.tabs.setCurrentWidget(editor.purchases)
    seen: list[str] = []

    def fill(dialog: Any) -> None:
        dialog.amount.setFocus()
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # OK with no amount
        seen.append(dialog.error.text())
        qtbot.keyClicks(dialog.amount, "-50")
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
        seen.append(dialog.error.text())
        clear_by_keys(qtbot, dialog.amount)
        qtbot.keyClicks(dialog.amount, "50")
        dialog.refund.setFocus()
        qtbot.keyClick(dialog.refund, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    user.will(fill)
    button(editor.purchases, "Add Purchase…").click()
    assert seen == [
        "A purchase needs an amount.",
        "The amount -50 is negative; to record money paid back, mark the purchase as a refund.",
    ]
    qtbot.waitUntil(lambda: editor.purchases.model.rowCount() == 1)
    from smallcrm.domain.records.purchases import list_purchases

    assert [(p["amount_cents"], p["refund"]) for p in list_purchases(customers[0].id)] == [(-5000, True)]


def test_the_customers_reminder_offers_the_reminders_areas_repeats_and_saves_two_weeks(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.reminders.queries import list_reminders

    tab = open_reminders(qtbot, window, customers, "回访")
    offered: list[str] = []

    def pick(dialog: Any) -> None:
        offered.extend(dialog.repeat.itemText(i) for i in range(dialog.repeat.count()))
        dialog.repeat.setCurrentIndex(dialog.repeat.findText("Every two weeks"))
        button(dialog, "OK").click()

    user.will(pick)
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][2] == "Every two weeks")
    assert "Every day" in offered and "Every two weeks" in offered
    assert list_reminders(customers[0].id)[0]["every"] == "2 weeks"


def test_an_interval_made_elsewhere_stays_on_offer_and_is_kept_on_save(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.reminders.queries import list_reminders

    tab = open_reminders(qtbot, window, customers, "换季上新", every="6 weeks")  # as the CLI can make it
    assert tab.model.rows[0][2] == "6 weeks"

    def retitle(dialog: Any) -> None:
        assert dialog.repeat.currentText() == "6 weeks"
        dialog.title.setText("换季上新 (春)")
        button(dialog, "OK").click()

    user.will(retitle)
    tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0][1] == "换季上新 (春)")
    assert list_reminders(customers[0].id)[0]["every"] == "6 weeks"
