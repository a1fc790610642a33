"""Products and Services, driven like the owner does: opened from the Products menu, a
product added through the form, found by its initials, its price changed, retired, a
mistake said under its field, and a sheet of products imported through the wizard."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget

from smallcrm.domain.catalogue.products import add_product
from smallcrm.store.models import Product
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import next_page, wait_preview, write_sheet
from tests.ui.ui_helpers import User

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def open_catalogue(qtbot: Any, window: MainWindow) -> Any:
    """Products ▸ Products and Services…, as the menu bar offers it."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Products")
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text().replace("&", "").startswith("Products and Services"))
    action.trigger()
    dialog = window.catalogue_dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` as a person does: ASCII on the keyboard, Chinese committed by the
    input method (an input-method event, as a pinyin IME sends it)."""
    for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def names(dialog: Any) -> list[str]:
    return [row[0] for row in dialog.model.rows]


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: Any, dialog: Any, name: str) -> None:
    row = names(dialog).index(name)
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def retype(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    type_text(qtbot, edit, text)


def test_add_find_by_initials_edit_the_price_and_retire(qtbot: Any, window: MainWindow) -> None:
    add_product({"name": "瓜子", "category": "零食", "unit": "包", "price": "12"})
    dialog = open_catalogue(qtbot, window)
    assert names(dialog) == ["瓜子"]

    # A new product: the form is empty with the name box focused; Enter saves it.
    click(qtbot, dialog.new_button)
    type_text(qtbot, dialog.name_edit, "铁观音")
    type_text(qtbot, dialog.category_edit.lineEdit(), "茶叶")
    dialog.unit_edit.lineEdit().clear()
    type_text(qtbot, dialog.unit_edit.lineEdit(), "斤")
    qtbot.keyClicks(dialog.price_edit, "168")
    qtbot.keyClicks(dialog.cost_edit, "96")
    qtbot.keyClicks(dialog.barcode_edit, "6901234567890")
    qtbot.keyClick(dialog.barcode_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "铁观音" in names(dialog) and not dialog.loading)
    tie = Product.get(Product.name == "铁观音")
    assert (tie.category, tie.unit, tie.price_cents, tie.cost_cents, tie.barcode) == (
        "茶叶",
        "斤",
        16800,
        9600,
        "6901234567890",
    )
    assert dialog.status.text() == "Saved 铁观音."

    # Found by its initials as they are typed.
    qtbot.keyClicks(dialog.search, "tgy")
    qtbot.waitUntil(lambda: names(dialog) == ["铁观音"] and not dialog.loading)

    # Its price changed in the form.
    click_row(qtbot, dialog, "铁观音")
    assert dialog.form_box.title() == "Product: 铁观音"
    assert dialog.price_edit.text() == "168.00"
    retype(qtbot, dialog.price_edit, "178")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: Product.get_by_id(tie.id).price_cents == 17800)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.model.rows[0][4] == "178.00")

    # Retired: gone from the list, back with Show retired, and restored from there.
    click(qtbot, dialog.retire_button)
    qtbot.waitUntil(lambda: not Product.get_by_id(tie.id).active)
    qtbot.waitUntil(lambda: names(dialog) == [] and not dialog.loading)
    assert dialog.status.text() == "铁观音 is retired."
    click(qtbot, dialog.retired_box)
    qtbot.waitUntil(lambda: names(dialog) == ["铁观音"] and not dialog.loading)
    assert dialog.model.rows[0][7] == "Retired"
    click_row(qtbot, dialog, "铁观音")
    assert dialog.retire_button.text().replace("&", "") == "Restore"
    click(qtbot, dialog.retire_button)
    qtbot.waitUntil(lambda: Product.get_by_id(tie.id).active)


def test_a_mistake_is_said_under_its_field_and_nothing_is_stored(qtbot: Any, window: MainWindow) -> None:
    add_product({"name": "龙井", "barcode": "6901234567891"})
    dialog = open_catalogue(qtbot, window)
    click(qtbot, dialog.new_button)
    type_text(qtbot, dialog.name_edit, "普洱")
    type_text(qtbot, dialog.price_edit, "三百")

    assert dialog.fields["price"].message.text() == "三百 is not an amount of money."  # said as it is typed
    click(qtbot, dialog.save_button)
    assert Product.select().count() == 1

    retype(qtbot, dialog.price_edit, "398")
    assert dialog.fields["price"].message.text() == ""
    qtbot.keyClicks(dialog.barcode_edit, "6901234567891")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.fields["barcode"].message.text() != "")
    assert dialog.fields["barcode"].message.text() == "The barcode 6901234567891 is already used by 龙井."
    assert dialog.name_edit.text() == "普洱"  # what the owner typed is still there
    assert Product.select().count() == 1


def test_a_sheet_of_products_imports_through_the_wizard(
    qtbot: Any, window: MainWindow, tmp_path: Path, user: User
) -> None:
    rows: list[list[Any]] = [
        ["2026年商品目录"],
        ["商品名称", "条码", "单位", "零售价", "进价", "分类"],
        ["铁观音", "6901234567890", "斤", 168, 96, "茶叶"],
        ["龙井", None, "斤", 288, 180, "茶叶"],
        ["牛肉干", None, "包", "三十", 20, "零食"],
    ]
    path = write_sheet(tmp_path / "商品.xlsx", rows)
    dialog = open_catalogue(qtbot, window)

    click(qtbot, dialog.import_button)
    wizard = dialog.import_wizard
    user.ignore(wizard)
    qtbot.waitExposed(wizard)
    assert wizard.file_page.kind() == "products"
    type_text(qtbot, wizard.file_page.path_edit, str(path))
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=10_000)
    assert "products and services" in wizard.file_page.status.text()
    next_page(qtbot, wizard)
    assert wizard.mapping_page.mapping() == ["name", "barcode", "unit", "price", "cost", "category"]
    next_page(qtbot, wizard)
    result = wait_preview(qtbot, wizard)
    page = wizard.preview_page
    assert (result.added, result.rejected) == (2, 1)
    assert page.policy_combo.currentText() == "Skip the row; the product stays as it is"
    assert page.rules.text().startswith("A row with the barcode")
    next_page(qtbot, wizard)  # Import
    qtbot.waitUntil(lambda: wizard.result_page.job is not None and wizard.result_page.job.done, timeout=20_000)
    assert "New: 2" in wizard.result_page.text.text()
    qtbot.waitUntil(lambda: names(dialog) == ["铁观音", "龙井"] and not dialog.loading)
    assert dialog.model.rows[0][4] == "168.00"


def test_export_writes_the_catalogue(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    add_product({"name": "瓜子", "price": "12"})
    dialog = open_catalogue(qtbot, window)
    out = tmp_path / "catalogue.csv"

    job = dialog.export(str(out))
    qtbot.waitUntil(lambda: job.done)

    assert dialog.status.text() == f"1 products exported to {out}."
    assert "瓜子" in out.read_text(encoding="utf-8-sig")


def test_what_is_typed_is_not_dropped_unasked(qtbot: Any, window: MainWindow, user: User) -> None:
    add_product({"name": "瓜子", "price": "12"})
    add_product({"name": "话梅", "price": "9.9"})
    dialog = open_catalogue(qtbot, window)
    click_row(qtbot, dialog, "瓜子")
    retype(qtbot, dialog.price_edit, "15")

    user.will_click("Cancel")
    click_row(qtbot, dialog, "话梅")
    assert (dialog.form_box.title(), dialog.price_edit.text()) == ("Product: 瓜子", "15")
    assert dialog.selected_id() == dialog.model.ids[names(dialog).index("瓜子")]

    user.will_click("Discard")
    click_row(qtbot, dialog, "话梅")
    assert (dialog.form_box.title(), dialog.price_edit.text()) == ("Product: 话梅", "9.90")
    assert user.seen == ["Discard what you typed for 瓜子?"] * 2
    assert Product.get(Product.name == "瓜子").price_cents == 1200
