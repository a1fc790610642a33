"""The count beside the search box and what the hits matched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.widgets.search_count import SearchCount, column_to_reveal
from tests.ui.ui_helpers import shown_names
from tests.ui.views.customer_area import settled

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def endings(crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer

    create_customer({"name": "李四", "phone": "13900001111", "postcode": "618000"})
    create_customer({"name": "赵六", "phone": "13900002222", "postcode": "518000"})
    create_customer({"name": "王五", "phone": "13812348000"})


def test_digits_ending_a_phone_are_counted_first_and_the_postcodes_holding_them_shown_in_bold(
    qtbot: Any, endings: None, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QStyledItemDelegate

    page, model, table = window.customers, window.customers.model, window.customers.table
    postcode = model.column_of("postcode")
    assert table.isColumnHidden(postcode)
    qtbot.keyClicks(page.search_box, "8000")
    # It said "3 found": as if three customers had a number ending in 8000.
    qtbot.waitUntil(lambda: page.search_count.text().startswith("Phone ending"))
    assert page.search_count.text() == "Phone ending 8000: 1 · other matches: 2, mostly postcode"
    assert "postcode: 2" in page.search_count.toolTip()
    assert shown_names(window) == ["王五", "李四", "赵六"]
    assert not table.isColumnHidden(postcode)  # the postcode hits are seen matching
    table.clearSelection()
    rect = table.visualRect(model.index(1, postcode))
    marked = table.viewport().grab(rect).toImage()
    highlight = table.itemDelegate()
    table.setItemDelegate(QStyledItemDelegate(table))
    try:
        plain = table.viewport().grab(rect).toImage()
    finally:
        table.setItemDelegate(highlight)
    assert marked != plain  # '618000' with its 8000 in bold
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: model.rowCount() == 3 and settled(window))
    assert table.isColumnHidden(postcode)  # the owner's own columns again
    assert page.save_columns() == page.table.horizontalHeader().saveState()


def test_the_column_of_most_hits_is_shown_for_the_while_but_not_a_few_of_them() -> None:
    assert column_to_reveal({"phone_tail": 1, "postcode": 2}) == {"postcode"}
    assert column_to_reveal({"name": 60, "street": 30, "postcode": 10}) == {"street"}
    assert column_to_reveal({"name": 98, "street": 2}) == set()  # 2 % of the hits
    assert column_to_reveal({"name": 5, "phone": 3}) == set()  # shown anyway
    assert column_to_reveal({}) == set()


def test_the_count_says_more_are_coming_until_the_whole_list_is_in(qtbot: Any) -> None:
    count = SearchCount()
    qtbot.addWidget(count)
    count.show_found(100, complete=False)
    assert count.text() == "100+ found" and count.isVisible()
    count.show_found(2694, complete=True)
    assert count.text() == "2,694 found"


def test_phone_endings_come_first_and_the_rest_are_named_with_their_counts(qtbot: Any) -> None:
    count = SearchCount()
    qtbot.addWidget(count)
    count.show_found(40, complete=True)
    count.show_matches({"phone_tail": 13, "postcode": 10, "street": 9, "name": 8}, "8000")
    assert count.text() == "Phone ending 8000: 13 · other matches: 27 (postcode, street…)"
    assert count.toolTip().split("\n") == ["phone ending: 13", "postcode: 10", "street: 9", "name: 8"]
    count.show_matches({"phone_tail": 13, "postcode": 15, "street": 12}, "8000")
    assert count.text() == "Phone ending 8000: 13 · other matches: 27, mostly postcode"
    count.show_matches({"name": 3}, "zs")
    assert count.toolTip() == "name: 3" and count.text().startswith("Phone ending")  # no tail: the text stays


def test_nothing_is_said_while_the_count_is_hidden(qtbot: Any) -> None:
    count = SearchCount()
    qtbot.addWidget(count)
    count.hide()
    count.show_matches({"phone_tail": 1}, "8000")
    assert count.text() == ""
