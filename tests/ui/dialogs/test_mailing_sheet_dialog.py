"""The owner's own label sheet: measured in millimetres, typed into the form, checked
by the printing's rules, and saved in the database only when it fits its page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from smallcrm.printing.templates import get_template
from smallcrm.ui.dialogs.mailing_sheet_dialog import SheetDialog

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _dialog(qtbot: Any) -> SheetDialog:
    dialog = SheetDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: Any, box: Any, text: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, text)


def _save(qtbot: Any, dialog: SheetDialog) -> None:
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_a4_gives_the_page_size_and_other_lets_the_owner_type_it(qtbot: Any, crm: Path) -> None:
    dialog = _dialog(qtbot)
    assert (dialog.page_width.value(), dialog.page_height.value()) == (210, 297)
    assert not dialog.page_width.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    assert round(dialog.page_width.value(), 1) == 215.9 and not dialog.page_height.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("custom"))
    assert dialog.page_width.isEnabled() and dialog.page_height.isEnabled()


def test_a_sheet_typed_in_is_saved_and_found_by_its_name(qtbot: Any, crm: Path) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.name, "Shop sheet 2x5")
    _type(qtbot, dialog.rows.lineEdit(), "5")
    _type(qtbot, dialog.columns.lineEdit(), "2")
    _type(qtbot, dialog.label_width.lineEdit(), "99.1")
    _type(qtbot, dialog.label_height.lineEdit(), "57")
    _type(qtbot, dialog.pitch_x.lineEdit(), "101.6")
    _type(qtbot, dialog.pitch_y.lineEdit(), "57")
    _type(qtbot, dialog.top.lineEdit(), "6")
    _type(qtbot, dialog.left.lineEdit(), "4.6")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        _save(qtbot, dialog)
    sheet = get_template("shop sheet 2x5")
    assert dialog.saved_name == sheet.name == "Shop sheet 2x5"
    assert (sheet.rows, sheet.columns, sheet.per_page) == (5, 2, 10)


def test_labels_beyond_the_page_are_refused_and_the_form_stays(qtbot: Any, crm: Path) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.name, "Too many")
    _type(qtbot, dialog.rows.lineEdit(), "9")  # 9 rows of 38.1 mm from 15.15 mm: past 297 mm
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10_000)
    assert "beyond the 210 x 297 mm page" in dialog.error.text()
    assert dialog.isVisible() and dialog.saved_name == ""
