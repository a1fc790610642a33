"""Driving the import wizard like the owner does: a spreadsheet written for the test,
opened from the File menu, its pages stepped through with the wizard's buttons."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User

HEADERS = ["姓名", "手机", "城市", "喜欢的茶"]
ROWS: list[list[Any]] = [
    ["2024年会员名单"],  # 1: a title above the headers
    HEADERS,  # 2
    ["赵六", 13500001234, "成都市", "普洱"],  # 3: new
    ["张三", 13812345678, "北京市", "龙井"],  # 4: the phone of 张三 in the database: a duplicate
    [None, None, None, None],  # 5: blank
    ["孙八", "1.38001E+10", "成都市", None],  # 6: a phone that lost its digits: rejected
    ["钱七", "136 0000 9999", "上海市", None],  # 7: new
    ["合计", None, None, None],  # 8: a total row: skipped
]


def write_sheet(path: Path, rows: list[list[Any]] = ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def next_page(qtbot: Any, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_file(qtbot: Any, window: MainWindow, path: Path, user: User | None = None) -> Any:
    """The wizard from the File menu's action, the path typed into its box."""
    window.import_action.trigger()
    wizard = window.import_wizard
    if user is not None:
        user.ignore(wizard)  # the test drives it; the user answers the questions it asks
    qtbot.waitExposed(wizard)
    page = wizard.file_page
    qtbot.keyClicks(page.path_edit, str(path))
    qtbot.waitUntil(lambda: page.isComplete() or bool(page.error), timeout=10_000)
    assert not page.error
    return wizard


def wait_preview(qtbot: Any, wizard: Any) -> Any:
    page = wizard.preview_page
    qtbot.waitUntil(lambda: not page.loading and page.result is not None, timeout=20_000)
    return page.result


def to_preview(qtbot: Any, window: MainWindow, path: Path, user: User | None = None) -> Any:
    """Open ``path`` in the wizard, accept the proposed columns and wait for the preview:
    its result (the wizard stays at ``window.import_wizard``)."""
    wizard = open_file(qtbot, window, path, user)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    return wait_preview(qtbot, wizard)


def table_rows(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
