"""Assign Staff: who takes over the selected customers, typed or chosen, and whether
their open reminders go along, said in words before the owner presses OK."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from smallcrm.ui.dialogs.assign_dialog import AssignStaffDialog

# WORKAROUND: the headless "offscreen" platform warns whenever a window's size limits
# change or a window is raised; a missing feature of that plugin, not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _dialog(qtbot: Any, names: list[str]) -> AssignStaffDialog:
    dialog = AssignStaffDialog(1_250, names)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _ok(dialog: AssignStaffDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_it_counts_the_customers_and_offers_the_staff(qtbot: Any) -> None:
    dialog = _dialog(qtbot, ["王芳", "李强"])
    assert any("(1,250)" in label.text() for label in dialog.findChildren(QLabel))
    assert [dialog.staff.itemText(i) for i in range(dialog.staff.count())] == ["王芳", "李强"]
    assert dialog.staff_name() == "王芳" and _ok(dialog).isEnabled()


def test_a_new_name_can_be_typed_and_an_empty_one_cannot_be_accepted(qtbot: Any) -> None:
    dialog = _dialog(qtbot, [])
    assert not _ok(dialog).isEnabled()  # nobody to assign to yet
    qtbot.keyClicks(dialog.staff.lineEdit(), "  Zhao Min ")
    assert dialog.staff_name() == "Zhao Min" and _ok(dialog).isEnabled()
    dialog.staff.lineEdit().clear()
    assert not _ok(dialog).isEnabled()


def test_the_reminders_go_along_unless_the_owner_keeps_them_where_they_are(qtbot: Any) -> None:
    dialog = _dialog(qtbot, ["王芳"])
    assert not dialog.keep_reminders()
    assert dialog.hint.text() == "Their open reminders and follow-ups move to the new staff member along with them."
    qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton, pos=dialog.keep.rect().center())
    assert dialog.keep_reminders()
    assert dialog.hint.text() == "Their open reminders and follow-ups stay with whoever has them now."


def test_enter_accepts_the_typed_name(qtbot: Any) -> None:
    dialog = _dialog(qtbot, [])
    qtbot.keyClicks(dialog.staff.lineEdit(), "Zhao Min")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.staff.lineEdit(), Qt.Key.Key_Return)
    assert dialog.staff_name() == "Zhao Min"
