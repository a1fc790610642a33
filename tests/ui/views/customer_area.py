"""What the tests of the Customers area share: waiting for the list, selecting rows, shops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import click_row, shown_names


def settled(w: MainWindow) -> bool:
    return not w.customers.model.loading


def select_rows(qtbot: Any, w: MainWindow, names: list[str]) -> None:
    for i, name in enumerate(names):
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        click_row(qtbot, w, shown_names(w).index(name), modifier)
