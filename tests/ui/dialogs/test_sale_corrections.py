"""Returns and voids from the sale screen's list: lines ticked and quantities typed,
the domain's sentence in the dialog when something is wrong, nothing stored then."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smallcrm.domain.sales.reading import sale_dict
from smallcrm.store.models import Sale
from smallcrm.ui.dialogs.sale_corrections import COL_ITEM, COL_RETURN, ReturnDialog, VoidDialog
from tests.ui.ui_helpers import button

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def walk_in_sale(crm: Path) -> dict[str, Any]:
    """A walk-in customer's sale of two lines: 2 boxes of tea, a repair."""
    from smallcrm.domain.catalogue.products import add_product
    from smallcrm.domain.sales.lines import LineInput
    from smallcrm.domain.sales.recording import record_sale

    tea = add_product({"name": "铁观音", "price": "76", "cost": "40", "unit": "盒"}).id
    return record_sale(
        None,
        [LineInput(product_id=tea, quantity=Decimal(2)), LineInput(text="修拉链", unit_price_cents=1500)],
        payment="cash",
    )


def shown(qtbot: Any, dialog: Any) -> Any:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_quantity(qtbot: Any, dialog: ReturnDialog, row: int, text: str) -> None:
    table = dialog.table
    table.setCurrentCell(row, COL_RETURN)
    table.setFocus()
    qtbot.keyClicks(table, text[0])  # typing starts the edit, in an editor that takes the focus
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, COL_RETURN).text() == text)


def test_nothing_ticked_is_said_and_nothing_is_stored(qtbot: Any, walk_in_sale: dict[str, Any]) -> None:
    dialog = shown(qtbot, ReturnDialog(walk_in_sale))
    assert dialog.table.item(0, COL_ITEM).checkState() == Qt.CheckState.Unchecked  # two lines: none ticked
    qtbot.keyClicks(dialog.reason, "changed mind")
    qtbot.mouseClick(button(dialog, "Record Return"), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Tick the lines that come back (Space)."
    assert Sale.select().count() == 1


def test_a_quantity_that_is_not_one_is_said_in_the_dialog(qtbot: Any, walk_in_sale: dict[str, Any]) -> None:
    dialog = shown(qtbot, ReturnDialog(walk_in_sale))
    type_quantity(qtbot, dialog, 0, "abc")
    assert dialog.table.item(0, COL_ITEM).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(dialog.reason, "spoiled")
    qtbot.mouseClick(button(dialog, "Record Return"), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "abc is not a quantity (a number such as 2 or 1.5)."
    assert Sale.select().count() == 1


def test_space_ticks_a_line_and_all_of_it_comes_back(qtbot: Any, walk_in_sale: dict[str, Any]) -> None:
    dialog = shown(qtbot, ReturnDialog(walk_in_sale))
    dialog.table.setCurrentCell(1, COL_ITEM)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(1, COL_ITEM).checkState() == Qt.CheckState.Checked
    qtbot.keyClicks(dialog.reason, "not repaired")
    with qtbot.waitSignal(dialog.corrected) as done:
        qtbot.mouseClick(button(dialog, "Record Return"), Qt.MouseButton.LeftButton)
    back = done.args[0]
    assert [(line["item"], line["amount_cents"]) for line in back["lines"]] == [("修拉链", -1500)]
    assert back["walk_in"] and back["reason"] == "not repaired"
    assert not dialog.isVisible()
    left = sale_dict(walk_in_sale["id"])["lines"]
    again = shown(qtbot, ReturnDialog(sale_dict(walk_in_sale["id"])))
    assert again.table.rowCount() == 1  # only the tea can still come back, so it is ticked
    assert again.table.item(0, COL_ITEM).checkState() == Qt.CheckState.Checked
    assert [line["returned_quantity"] for line in left] == [Decimal(0), Decimal(1)]


def test_voiding_a_sale_voided_meanwhile_says_so_and_stays_open(qtbot: Any, walk_in_sale: dict[str, Any]) -> None:
    from smallcrm.domain.sales.corrections import void_sale

    dialog = shown(qtbot, VoidDialog(walk_in_sale))  # opened before another window voided it
    void_sale(walk_in_sale["id"], "rung up twice")
    qtbot.keyClicks(dialog.reason, "wrong customer")
    qtbot.mouseClick(button(dialog, "Void Sale"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text().startswith(f"Sale {walk_in_sale['number']} was already voided on ")
    assert dialog.isVisible() and dialog.reason.text() == "wrong customer"
    assert sale_dict(walk_in_sale["id"])["void_reason"] == "rung up twice"


def test_the_void_dialog_shows_all_of_its_explanation(qtbot: Any, walk_in_sale: dict[str, Any]) -> None:
    dialog = shown(qtbot, VoidDialog(walk_in_sale))
    label = dialog.explain
    assert label.height() >= label.heightForWidth(label.width())  # no line cut off
    dialog.show_error("A sentence long enough to wrap onto a second line of the dialog, as Chinese ones do too.")
    qtbot.waitUntil(lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width()))
