"""A customer's records from the keyboard alone: Tab out of each table, Ins/F2/Del/Ctrl+D,
dialogs that open on their first field."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QLineEdit, QPushButton, QWidget

from smallcrm.ui.dialogs.record_dialogs import InteractionDialog, PurchaseDialog, ReminderDialog
from smallcrm.ui.shell import help
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


CTRL = Qt.KeyboardModifier.ControlModifier


SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: Any, k: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed wherever the focus is, as a person at the keyboard does."""
    qtbot.keyClick(focused(), k, modifier)


def arrived(qtbot: Any, dialog: QDialog) -> None:
    """The dialog is the active window: keys go to it from now on."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.isAncestorOf(focused()))


def back_in(qtbot: Any, window: MainWindow, widget: QWidget) -> None:
    """A dialog closed: the window is active again with the focus where it was."""
    # WORKAROUND: the offscreen platform activates no window when a modal dialog closes;
    # a desktop's window manager gives the parent back the focus.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def open_by_keyboard(qtbot: Any, window: MainWindow, phone: str) -> Any:
    """Ctrl+F, the customer's phone, Enter to reach the hit, Enter to open it."""
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert focused() is window.customers.search_box
    type_text(qtbot, phone)
    key(qtbot, Qt.Key.Key_Return)
    page = window.customers
    qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)  # the one hit
    qtbot.waitUntil(lambda: focused() is page.table and page.table.currentIndex().isValid())
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.customers.editing)
    return window.customers.editor


def next_tab(qtbot: Any, editor: Any, tab: QWidget) -> None:
    """Ctrl+Tab until ``tab`` shows; the focus lands in its table (from the tab bar,
    where the focus stays while tabs are switched, Tab goes down into it)."""
    for _ in range(editor.tabs.count()):
        if editor.tabs.currentWidget() is tab:
            break
        key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert editor.tabs.currentWidget() is tab
    if focused() is editor.tabs.tabBar():
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.table


def test_tab_leaves_each_records_table_both_ways(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.records.purchases import add_purchase

    add_purchase(customers[0].id, {"date": "2026-01-05", "item": "普洱茶", "amount": "100"})
    editor = open_by_keyboard(qtbot, window, "13812345678")
    for tab in (editor.purchases, editor.interactions, editor.reminders):
        next_tab(qtbot, editor, tab)
        key(qtbot, Qt.Key.Key_Tab)
        assert isinstance(focused(), QPushButton) and tab.isAncestorOf(focused())  # the first button under it
        key(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert focused() is tab.table
        key(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert focused() is not tab.table  # out of the table, upwards


def test_every_button_of_the_records_tabs_has_a_shortcut_named_in_its_tooltip_and_the_help(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    rows = help.shortcut_rows(window)  # before any customer was opened: the editor is made for the list
    editor = window.customers.editor
    listed = {(where, command): keys for where, command, keys in rows}
    for tab, where in (
        (editor.purchases, "Customer › Purchases"),
        (editor.interactions, "Customer › Timeline"),
        (editor.reminders, "Customer › Reminders"),
    ):
        buttons = tab.findChildren(QPushButton)
        assert len(buttons) >= 3
        for button in buttons:
            action = tab.actions_of[button]
            keys = action.shortcut().toString()
            assert keys, button.text()
            assert f"({keys}" in button.toolTip(), button.toolTip()
            assert keys in listed[(where, help._plain(button.text()))]
    assert listed[("Customer › Purchases", "Add Purchase")] == "Ins, Ctrl+Shift+N"
    assert listed[("Customer", "Save Customer")] == "Ctrl+S"
    assert listed[("Customer", "Back to List")] == "Esc"
    assert listed[("Customer › Reminders", "Done")] == "Ctrl+D"


@pytest.mark.parametrize(
    ("dialog_class", "first"),
    [(PurchaseDialog, "date"), (InteractionDialog, "kind"), (ReminderDialog, "title")],
)
def test_a_record_dialog_opens_with_its_first_field_focused(
    qtbot: Any, crm: Any, dialog_class: Any, first: str
) -> None:
    dialog = dialog_class(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is getattr(dialog, first)


def test_a_purchase_a_reminder_done_and_a_timeline_edit_with_the_keyboard_only(
    qtbot: Any, customers: list[Any], window: MainWindow, user: User
) -> None:
    from smallcrm.domain.records.interactions import add_interaction

    add_interaction(customers[0].id, {"kind": "call", "summary": "asked about prices"})
    editor = open_by_keyboard(qtbot, window, "13812345678")

    # -- a purchase: Ins, the form from its first field down, Enter --------------------------
    purchases = editor.purchases
    next_tab(qtbot, editor, purchases)
    typed: list[str] = []

    def purchase(dialog: QDialog) -> None:
        arrived(qtbot, dialog)
        assert isinstance(focused(), QDateEdit)  # the first field, not OK
        key(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Pu'er tea")
        key(qtbot, Qt.Key.Key_Tab)  # category
        key(qtbot, Qt.Key.Key_Tab)  # quantity
        type_text(qtbot, "\b2")
        key(qtbot, Qt.Key.Key_Tab)  # amount
        type_text(qtbot, "128.50")
        typed.append(dialog.windowTitle())
        key(qtbot, Qt.Key.Key_Return)

    user.will(purchase)
    key(qtbot, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: purchases.model.rowCount() == 1)
    back_in(qtbot, window, purchases.table)
    assert typed == ["Add Purchase"]
    assert purchases.model.rows[0][1:4] == ("Pu'er tea", "2", "128.50")

    # -- the timeline: Down to the entry, F2, a new text, Enter -----------------------------
    timeline = editor.interactions
    next_tab(qtbot, editor, timeline)
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 1)
    key(qtbot, Qt.Key.Key_Down)
    assert timeline.current() is not None

    def contact(dialog: QDialog) -> None:
        arrived(qtbot, dialog)
        key(qtbot, Qt.Key.Key_Tab)  # when
        key(qtbot, Qt.Key.Key_Tab)  # what happened
        key(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "asked about Pu'er prices")
        key(qtbot, Qt.Key.Key_Tab)  # satisfaction
        key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Return)

    user.will(contact)
    key(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: timeline.model.rows[0][4] == "asked about Pu'er prices")
    back_in(qtbot, window, timeline.table)
    assert timeline.model.rows[0][2] == "★☆☆☆☆"

    # -- a reminder: Ins, a title over the suggested one, Enter; then Ctrl+D with an outcome --
    reminders = editor.reminders
    next_tab(qtbot, editor, reminders)

    def reminder(dialog: QDialog) -> None:
        arrived(qtbot, dialog)
        assert isinstance(focused(), QLineEdit) and focused().selectedText() == "Follow-up call"
        type_text(qtbot, "Call about the new harvest")
        key(qtbot, Qt.Key.Key_Return)

    user.will(reminder)
    key(qtbot, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: reminders.model.rowCount() == 1)
    back_in(qtbot, window, reminders.table)
    assert reminders.model.rows[0][1] == "Call about the new harvest"
    key(qtbot, Qt.Key.Key_Down)

    def outcome(dialog: QDialog) -> None:
        arrived(qtbot, dialog)
        type_text(qtbot, "bought 2 jin")
        key(qtbot, Qt.Key.Key_Return)

    user.will(outcome)
    key(qtbot, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: reminders.model.rows[0][3] == "Done")
    qtbot.waitUntil(lambda: timeline.model.rowCount() == 2)  # the outcome is in the timeline
    assert user.seen == ["Add Purchase", "Edit Contact", "Add Reminder", "Reminder Done"]
