"""The export dialog: what, which customers, the format and the file, written off the GUI thread."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import click_row, shown_names

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_export_dialog_writes_the_selected_customers(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    names = shown_names(window)
    click_row(qtbot, window, names.index("张三"))
    click_row(qtbot, window, names.index("王五"), Qt.KeyboardModifier.ControlModifier)
    dialog = window.customers.export_selected()
    qtbot.waitExposed(dialog)
    assert dialog.selection_radio.isChecked() and "(2)" in dialog.selection_radio.text()
    qtbot.mouseClick(dialog.csv_radio, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text().endswith("customers.csv")
    out = tmp_path / "chosen.csv"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=20_000)
    assert dialog.written == 2
    assert str(out) in dialog.status.text()
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    cells = {cell for row in rows[1:] for cell in row}
    assert len(rows) == 3 and {"张三", "王五"} <= cells and "李四" not in cells


def test_the_export_dialog_can_take_the_filtered_list(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    qtbot.keyClicks(window.customers.search_box, "13700002222")  # 李四
    qtbot.waitUntil(lambda: shown_names(window) == ["李四"], timeout=10_000)
    dialog = window.show_export()
    assert dialog.list_radio.isChecked()
    out = tmp_path / "found.xlsx"
    dialog.path_edit.setText(str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=20_000)
    book = load_workbook(out, read_only=True)
    names = [row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
    book.close()
    assert names == ["李四"]


def test_the_suggested_file_follows_what_and_the_format(qtbot: Any, tmp_path: Path) -> None:
    from smallcrm.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.path_edit.text() == str(tmp_path / "customers.xlsx")
    assert dialog.all_radio.isChecked() and not dialog.list_radio.isEnabled()  # no search, no filters
    qtbot.mouseClick(dialog.csv_radio, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(tmp_path / "customers.csv")
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("reminders"))
    assert dialog.path_edit.text() == str(tmp_path / "reminders.csv")
    assert dialog.all_radio.isHidden()  # reminders are not chosen by customer
    assert dialog.options() == {}
