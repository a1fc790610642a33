"""The Reminders area's model: an outline in memory, rows read on a worker as they come into view."""

from __future__ import annotations

from typing import Any

import pytest

from smallcrm.domain.reminders import queries
from smallcrm.domain.reminders.queries import TOP
from smallcrm.ui.models.reminder_model import COL_CUSTOMER, COL_TITLE
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.views.reminder_area import TODAY, open_reminders, row_text, show_all

# WORKAROUND: the headless "offscreen" platform cannot resize hints, raise or grab; a missing
# feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing)")


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
