"""Commission Rules: the rules shown as rows, added, changed and removed with the mouse
and keys, and saved in one command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QDoubleSpinBox

from smallcrm.domain.analysis.commission import rule_rows
from smallcrm.domain.customers.staff import add_staff
from smallcrm.ui.dialogs.commission_dialog import CommissionDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def _dialog(qtbot: Any, rules: list[dict[str, Any]], staff: list[tuple[int, str]]) -> CommissionDialog:
    dialog = CommissionDialog(rules, staff, ["茶叶", "零食"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(dialog: CommissionDialog, row: int, column: int) -> Any:
    return dialog.table.cellWidget(row, column)


def test_the_rules_are_shown_one_row_each(qtbot: Any) -> None:
    rules = [
        {"staff_id": 2, "staff": "陈静", "category": "", "percent": "5", "of": "sales"},
        {"staff_id": None, "staff": "", "category": "茶叶", "percent": "2.5", "of": "profit"},
    ]
    dialog = _dialog(qtbot, rules, [(1, "王丽华"), (2, "陈静")])
    assert dialog.table.rowCount() == 2
    assert cell(dialog, 0, 0).currentText() == "陈静" and cell(dialog, 0, 1).currentText() == "Every category"
    assert cell(dialog, 1, 0).currentText() == "Everyone" and cell(dialog, 1, 1).currentText() == "茶叶"
    assert cell(dialog, 1, 2).value() == 2.5 and cell(dialog, 1, 3).currentText() == "Gross profit"
    assert dialog.rules() == [
        {"staff_id": 2, "category": "", "percent": "5.00", "of": "sales"},
        {"staff_id": None, "category": "茶叶", "percent": "2.50", "of": "profit"},
    ]


def test_a_rule_is_added_typed_and_saved(qtbot: Any, crm: Path) -> None:
    liu = add_staff("刘强").id
    dialog = _dialog(qtbot, [], [(liu, "刘强")])
    assert not dialog.remove_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    who, what, percent, base = (cell(dialog, 0, c) for c in range(4))
    assert isinstance(who, QComboBox) and isinstance(percent, QDoubleSpinBox)
    who.setCurrentIndex(who.findText("刘强"))
    what.lineEdit().selectAll()
    qtbot.keyClick(what.lineEdit(), Qt.Key.Key_Backspace)
    what.lineEdit().insert("月饼")  # a category the catalogue has not yet; Chinese comes from an input method
    percent.lineEdit().selectAll()
    qtbot.keyClicks(percent, "3.5")
    base.setCurrentIndex(base.findData("profit"))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert [(r["staff"], r["category"], r["percent"], r["of"]) for r in rule_rows()] == [
        ("刘强", "月饼", "3.5", "profit")
    ]


def test_a_rule_is_removed(qtbot: Any) -> None:
    dialog = _dialog(qtbot, [{"staff_id": None, "category": "", "percent": "5", "of": "sales"}], [])
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and dialog.rules() == [] and not dialog.remove_button.isEnabled()
