"""What the tests of the Reminders area share: reminders due around today, rows and clicks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.domain.reminders.commands import add_reminder, complete_reminder
from smallcrm.ui.models.reminder_model import COL_TITLE
from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.reminders_view import RemindersView

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
