"""The trash: customers moved there, restored with everything they had, or deleted for
good once the owner confirms."""

from __future__ import annotations

from typing import Any

import pytest

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User, shown_names

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_trash_lists_deleted_customers_and_restore_brings_them_back(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    from smallcrm.domain.customers.commands import delete_customers
    from smallcrm.ui.shell import changes

    delete_customers([customers[1].id])
    changes.announce(changes.CUSTOMERS, [customers[1].id])
    qtbot.waitUntil(lambda: "周松" not in shown_names(window) and not window.customers.model.loading)
    trash = window.show_trash()
    qtbot.waitUntil(lambda: not trash.loading)
    assert [r[0] for r in trash.model.rows] == ["周松"]
    trash.table.selectRow(0)
    trash.restore_button.click()
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0 and not trash.loading)
    assert trash.summary.text() == "The trash is empty."
    qtbot.waitUntil(lambda: "周松" in shown_names(window))


def test_delete_for_good_asks_first(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    from smallcrm.domain.customers.commands import delete_customers
    from smallcrm.store.models import Customer

    delete_customers([customers[1].id])
    trash = window.show_trash()
    qtbot.waitUntil(lambda: not trash.loading and trash.model.rowCount() == 1)
    trash.table.selectRow(0)
    user.will_click("Cancel")
    trash.purge_button.click()
    assert Customer.get_or_none(Customer.id == customers[1].id) is not None
    user.will_click("Yes")
    trash.purge_button.click()
    qtbot.waitUntil(lambda: Customer.get_or_none(Customer.id == customers[1].id) is None)
    assert "for good" in user.seen[0]
