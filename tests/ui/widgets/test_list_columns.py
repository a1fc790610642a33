"""The customer list's columns: the owner's choice, and those a search shows for the while."""

from __future__ import annotations

from typing import Any

import pytest

from smallcrm.ui.models.customer_table import COL_NAME, COLUMN_KEYS
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import shown_names
from tests.ui.views.customer_area import settled

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_owner_chooses_the_columns(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    from smallcrm.domain.customers.commands import tag_customers
    from smallcrm.ui.shell import changes

    header = window.customers.table.horizontalHeader()
    tags = COLUMN_KEYS.index("tags")
    assert header.isSectionHidden(tags)
    tag_customers([customers[0].id], "VIP")
    changes.announce(changes.CUSTOMERS, [customers[0].id])
    window.customers.show_column(tags, True)
    qtbot.waitUntil(lambda: settled(window))
    row = shown_names(window).index("张三")
    assert window.customers.model.index(row, tags).data() == "VIP"
    window.customers.show_column(tags, False)
    assert header.isSectionHidden(tags)


def test_the_last_visible_column_cannot_be_hidden(customers: list[Any], window: MainWindow) -> None:
    header = window.customers.table.horizontalHeader()
    for logical in range(header.count()):
        window.customers.show_column(logical, False)
    assert header.count() - header.hiddenSectionCount() == 1
    assert not header.isSectionHidden(COL_NAME) or header.hiddenSectionCount() == header.count() - 1
