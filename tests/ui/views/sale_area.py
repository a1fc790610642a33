"""What the tests of the sale screen share: a shop with a catalogue, and a keyboard that
types into whatever has the focus (as the owner's fingers do) and counts the keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.sale_view import SaleView

# name, initials typed, barcode, price, cost, unit
PRODUCTS = [
    ("铁观音", "6901234567890", "76.00", "40.00", "盒"),
    ("茉莉花茶", "", "38.00", "15.00", "袋"),
    ("绿豆糕", "6920000000017", "12.50", "6.00", "盒"),
    ("瓜子", "", "18.00", "9.00", "斤"),
]


@pytest.fixture
def counter(crm: Path, customers: list[Any]) -> dict[str, int]:
    """Four customers (tests.ui.ui_helpers.CUSTOMERS) and a tea shop's catalogue: name -> id."""
    from smallcrm.domain.catalogue.products import add_product

    ids = {}
    for name, barcode, price, cost, unit in PRODUCTS:
        ids[name] = add_product({"name": name, "barcode": barcode, "price": price, "cost": cost, "unit": unit}).id
    return ids


class Keys:
    """Key presses sent to the focused widget, counted: what a person at the counter does."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.count += len(text)

    def ime(self, text: str, keys: int) -> None:
        """Chinese as an input method commits it, after ``keys`` keys typed into it
        (QTest types Latin keys only)."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.focus(), event)
        self.count += keys

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


def open_sale(qtbot: Any, window: MainWindow, keys: Keys) -> SaleView:
    """Ctrl+3 from the window: the sale screen, the product box ready for the first scan."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.sale
    assert window.current_area() == "sale"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.product_box)
    qtbot.waitUntil(lambda: not view.day_loading)
    return view


def line_texts(view: SaleView) -> list[tuple[str, ...]]:
    model = view.model
    return [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]


def saved(qtbot: Any, view: SaleView) -> None:
    qtbot.waitUntil(lambda: view.saving is None and view.status.text().startswith("Saved sale"))
