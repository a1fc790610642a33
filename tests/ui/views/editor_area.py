"""What the tests of the customer editor share: opening a customer, typing, saving."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import double_click_row, shown_names


def open_customer(qtbot: Any, w: MainWindow, name: str) -> Any:
    double_click_row(qtbot, w, shown_names(w).index(name))
    qtbot.waitUntil(lambda: w.customers.editing)
    return w.customers.editor


def retype(qtbot: Any, editor: Any, key: str, text: str) -> QLineEdit:
    field = editor.form.fields[key].widget
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)  # Chinese comes from an input method as committed text
    return field


def clear_by_keys(qtbot: Any, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)


def save(qtbot: Any, editor: Any) -> None:
    qtbot.keyClick(editor.form.fields["name"].widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor._saving is None and not editor.dirty())


def open_reminders(qtbot: Any, w: MainWindow, customers: list[Any], title: str, every: str = "1 months") -> Any:
    """张三's editor on the Reminders tab, with one open reminder selected."""
    from smallcrm.domain.reminders.commands import add_reminder

    add_reminder({"customer": customers[0].id, "due": "2030-01-10", "title": title, "every": every})
    editor = open_customer(qtbot, w, "张三")
    tab = editor.reminders
    editor.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    return tab
