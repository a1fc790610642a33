"""Import History: every import with its counts, newest first, and Undo Import for the
one that went wrong, asked first and done on the write thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.models import Customer
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import write_sheet
from tests.ui.ui_helpers import User, button

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _cells(dialog: Any, row: int) -> list[str]:
    table = dialog.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


@pytest.fixture
def imported(crm: Path, tmp_path: Path) -> Any:
    """Two imports: the first of two customers, the second of one more."""
    write_sheet(tmp_path / "first.xlsx", [["姓名", "手机"], ["赵六", 13500001234], ["钱七", 13600009999]])
    write_sheet(tmp_path / "second.xlsx", [["姓名", "手机"], ["孙八", 13700005555]])
    run_import(tmp_path / "first.xlsx", ImportOptions())
    return run_import(tmp_path / "second.xlsx", ImportOptions())


def test_an_empty_history_says_so(qtbot: Any, window: MainWindow) -> None:
    dialog = window.show_import_history()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.empty.isVisible() and dialog.table.rowCount() == 0
    assert not dialog.undo_button.isEnabled()
    dialog.close()


def test_the_imports_are_listed_newest_first_with_their_counts(qtbot: Any, imported: Any, window: MainWindow) -> None:
    dialog = window.show_import_history()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.table.rowCount() == 2
    newest, oldest = _cells(dialog, 0), _cells(dialog, 1)
    assert newest[0] == str(imported.batch) and newest[2] == "second.xlsx" and newest[3] == "Customers"
    assert newest[4:8] == ["1", "0", "0", "0"] and newest[8] == ""
    assert oldest[2] == "first.xlsx" and oldest[4] == "2"
    assert dialog.undo_button.isEnabled()  # the newest is selected
    dialog.close()


def test_undo_asks_first_and_takes_the_imported_customers_out(
    qtbot: Any, imported: Any, window: MainWindow, user: User
) -> None:
    dialog = window.show_import_history()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert Customer.select().where(Customer.name == "孙八").count() == 1
    user.will_click("Undo Import")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert user.seen == [f"Undo import {imported.batch} of “second.xlsx”?"]
    qtbot.waitUntil(lambda: dialog.undo_job is not None and dialog.undo_job.done, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.loading and _cells(dialog, 0)[8] != "", timeout=10_000)
    assert Customer.select().where(Customer.name == "孙八", Customer.deleted_at.is_null()).count() == 0
    assert not dialog.undo_button.isEnabled()  # undone once is enough
    dialog.close()


def test_cancel_at_the_question_undoes_nothing(qtbot: Any, imported: Any, window: MainWindow, user: User) -> None:
    dialog = window.show_import_history()
    qtbot.waitUntil(lambda: not dialog.loading)
    user.will(lambda box: button(box, "Cancel").click())
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.undo_job is None
    assert Customer.select().where(Customer.name == "孙八").count() == 1
    dialog.close()
