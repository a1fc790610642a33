"""The Customers area: the search box, the list beside the profile, the keys between them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import CUSTOMERS, shown_names
from tests.ui.views.customer_area import select_rows, settled

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_typing_pinyin_initials_shows_only_the_matching_customers(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == ["周松", "张三"] and settled(window))
    assert window.customers.search_count.text() == "2 found"


def test_typing_a_phone_ending_finds_its_customer(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.customers.search_box, "2222")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"])


def test_clearing_the_search_shows_everyone_again(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    qtbot.keyClicks(window.customers.search_box, "zs")
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 2)
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == len(CUSTOMERS))
    assert window.customers.search_box.text() == ""
    assert not window.customers.search_count.isVisible()


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.customers.table.setFocus()
    qtbot.waitUntil(window.customers.table.hasFocus)
    qtbot.keyClick(window.customers.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.customers.search_box.hasFocus)


def test_a_phone_searched_as_it_was_written_with_its_country_code_finds_the_customer(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    qtbot.keyClicks(window.customers.search_box, "86 138 1234 5678")  # 张三, stored as +8613812345678
    qtbot.waitUntil(lambda: shown_names(window) == ["张三"] and settled(window))


def test_a_street_hit_shows_the_street_column_for_the_while(qtbot: Any, crm: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer
    from tests.ui.ui_helpers import open_window

    create_customer({"name": "李四", "street": "光华大道54号"})
    create_customer({"name": "赵六", "street": "人民南路1号"})
    window = open_window(qtbot, crm)
    street = window.customers.model.column_of("street")
    window.customers.search_box.setFocus()
    window.customers.search_box.insert("光华")  # Chinese comes from an input method as committed text
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and not window.customers.table.isColumnHidden(street))
    assert window.customers.search_count.text() == "1 found"
    state = window.customers.save_columns()
    window.customers.table.horizontalHeader().restoreState(state)
    assert window.customers.table.isColumnHidden(street)  # what is saved is the owner's choice


def test_selecting_several_customers_shows_the_bulk_actions(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    select_rows(qtbot, window, ["张三", "王五"])
    assert window.customers.selection_bar.isVisible()
    assert window.customers.selection_label.text() == "Selected: 2"
    assert sorted(window.customers.selected_ids()) == sorted([customers[0].id, customers[3].id])


def test_a_big_import_s_customers_are_found_in_the_search_box_while_its_index_is_built(
    qtbot: Any, crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import's search entries are written after its commit, in the background
    (store.sqlite.fts.indexed_after_commit): its customers are found before that."""
    from smallcrm.sheets.importer import run_import
    from smallcrm.store.sqlite import bulk, fts
    from tests.sheets.conftest import write_csv
    from tests.ui.ui_helpers import open_window

    monkeypatch.setattr(bulk, "MIN_ROWS", 1)  # the bulk path for a small file
    monkeypatch.setattr(fts, "build_in_background", lambda path=None: None)  # the build not run yet
    rows = [["姓名", "手机"], ["张三丰", "13812348000"], ["李四", "13900005678"], ["张三", "13700001111"]]
    run_import(write_csv(tmp_path / "big.csv", rows))
    assert fts.is_pending()
    window = open_window(qtbot, crm)
    qtbot.keyClicks(window.customers.search_box, "zsf")
    qtbot.waitUntil(lambda: shown_names(window) == ["张三丰"] and settled(window))
    assert window.customers.search_count.text() == "1 found"
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_Escape)
    qtbot.keyClicks(window.customers.search_box, "5678")
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"] and settled(window))
