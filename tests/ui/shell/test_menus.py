"""The window's menus and toolbar, and the dialogs their entries open."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_about_box_names_the_database(qtbot: Any, customers: list[Any], window: MainWindow, user: User) -> None:
    user.will(lambda d: d.accept())
    window.show_about()
    assert any("SmallCRM" in text for text in user.seen)


def _texts(menu: Any) -> list[str]:
    return [a.text() or "—" for a in menu.actions()]


def test_the_file_menu_offers_the_sheets_and_the_backups_in_order(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert _texts(file_menu) == [
        "&New Customer…",
        "&Import Spreadsheet…",
        "Import &History…",
        "&Export…",
        "—",
        "&Back Up Now",
        "&Restore from Backup…",
        "—",
        "&Settings…",
        "—",
        "&Quit",
    ]
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File",
        "&Edit",
        "C&ustomers",
        "&Products",
        "&View",
        "&Help",
    ]


def test_the_products_menu_opens_the_catalogue_and_its_import(qtbot: Any, window: MainWindow) -> None:
    products_menu = window.menuBar().actions()[3].menu()
    assert _texts(products_menu) == ["Products and &Services…", "—", "&Import Products…", "&Export Products…"]
    window.import_products_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "import_wizard", None) is not None and window.import_wizard.isVisible())
    assert window.import_wizard.file_page.kind() == "products"
    window.import_wizard.reject()


def test_ctrl_i_opens_the_import_wizard(qtbot: Any, customers: list[Any], window: MainWindow) -> None:
    window.activateWindow()
    qtbot.keyClick(window.customers.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "import_wizard", None) is not None and window.import_wizard.isVisible())
    assert window.import_wizard.windowTitle() == "Import a Spreadsheet"
    window.import_wizard.reject()


def test_the_trash_opens_once_and_comes_back_when_chosen_again(
    qtbot: Any, customers: list[Any], window: MainWindow
) -> None:
    window.trash_action.trigger()
    first = window.trash_dialog
    qtbot.waitUntil(lambda: not first.loading)
    first.close()
    window.trash_action.trigger()
    assert window.trash_dialog is first and first.isVisible()
    first.close()


def test_the_toolbar_shows_words_without_mnemonics_or_dots(window: MainWindow) -> None:
    texts = [a.iconText() for a in window.toolbar.actions() if a.text()]
    assert "Import Spreadsheet" in texts and "Trash" in texts and "Duplicates" in texts
    assert not any("&" in t or t.endswith("…") for t in texts)


def test_settings_open_window_modal_and_go_when_closed(qtbot: Any, window: MainWindow) -> None:
    dialog = window.show_settings()
    assert dialog.isVisible() and dialog.isModal()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()
