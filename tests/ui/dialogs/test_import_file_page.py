"""The import wizard's file page: reading the chosen file at once, and saying what is wrong with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import open_file, write_sheet

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_a_truncated_file_gets_one_sentence_and_no_next(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    bad = write_sheet(tmp_path / "members.xlsx")
    bad.write_bytes(bad.read_bytes()[:1500])  # a copy that broke off
    window.import_action.trigger()
    wizard = window.import_wizard
    page = wizard.file_page
    page.path_edit.setText(str(bad))
    qtbot.waitUntil(lambda: bool(page.error), timeout=10_000)
    assert "members.xlsx" in page.status.text() and "Traceback" not in page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_imported_before_asks_to_be_imported_again_on_purpose(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    from smallcrm.sheets.importer import ImportOptions, run_import

    sheet = write_sheet(tmp_path / "members.xlsx")
    batch = run_import(sheet, ImportOptions()).batch
    wizard = open_file(qtbot, window, sheet)
    page = wizard.file_page
    assert f"imported before (import {batch})" in page.status.text()
    assert page.force_box.isVisible() and not page.force_box.isChecked()
    wizard.reject()


def test_the_owner_can_say_the_file_holds_purchases(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    sheet = write_sheet(
        tmp_path / "sales.xlsx", [["日期", "手机", "商品", "金额"], ["2024-05-01", 13812345678, "龙井", 88]]
    )
    wizard = open_file(qtbot, window, sheet)
    page = wizard.file_page
    assert wizard.inspection().kind == "purchases"  # found out from the columns
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("customers"))
    qtbot.waitUntil(lambda: page.isComplete(), timeout=10_000)
    assert wizard.inspection().kind == "customers" and "list of customers" in page.status.text()
    wizard.reject()
