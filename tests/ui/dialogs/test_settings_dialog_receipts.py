"""The Settings dialog's Receipts tab, driven with the keyboard: the roll's width and
the printer (the system's, or an ESC/POS printer on USB or the network) are stored as
the command line and the receipt dialog read them; a wrong address is one sentence
and nothing is stored."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from smallcrm import settings
from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def receipts_tab(qtbot: Any, window: MainWindow) -> Any:
    dialog = window.show_settings()
    dialog.tabs.setCurrentIndex([dialog.tabs.tabText(i) for i in range(dialog.tabs.count())].index("Receipts"))
    qtbot.waitExposed(dialog)
    return dialog


def test_a_network_printer_and_an_80_mm_roll_are_stored_as_typed(qtbot: Any, window: MainWindow) -> None:
    dialog = receipts_tab(qtbot, window)
    assert dialog.receipt_kind.currentText() == "The system printer" and not dialog.receipt_address.isEnabled()
    qtbot.keyClick(dialog.receipt_width, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.receipt_kind, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.receipt_kind, Qt.Key.Key_Down)
    assert dialog.receipt_kind.currentText() == "ESC/POS printer on the network"
    assert dialog.receipt_address.isEnabled() and "9100" in dialog.receipt_hint.text()
    qtbot.keyClicks(dialog.receipt_address, "192.168.1.87:9100")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert settings.get("receipt_width") == 80
    assert settings.get("receipt_printer") == "network:192.168.1.87"  # the usual port is not written


def test_the_stored_printer_is_shown_again_and_a_file_printer_kept(qtbot: Any, window: MainWindow) -> None:
    settings.put_many({"receipt_printer": "file:/dev/usb/lp0", "receipt_width": 80})
    dialog = receipts_tab(qtbot, window)
    assert dialog.receipt_width.currentText() == "80 mm"
    assert dialog.receipt_kind.currentText() == "ESC/POS printer behind a device file"
    assert dialog.receipt_address.text() == "/dev/usb/lp0"
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert settings.get("receipt_printer") == "file:/dev/usb/lp0"


def test_a_usb_printer_that_is_not_one_is_said_and_nothing_is_stored(
    qtbot: Any, window: MainWindow, user: User
) -> None:
    dialog = receipts_tab(qtbot, window)
    user.ignore(dialog)
    qtbot.keyClick(dialog.receipt_kind, Qt.Key.Key_Down)  # USB
    qtbot.keyClicks(dialog.receipt_address, "zebra")
    said: list[str] = []

    def answer(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    user.will(answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("usb:zebra is not a receipt printer")
    assert dialog.isVisible() and settings.get("receipt_printer") == ""
