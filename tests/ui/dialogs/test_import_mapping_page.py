"""The import wizard's columns page: the proposed fields, the owner's changes, and what stops the wizard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import HEADERS, next_page, open_file, write_sheet

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_a_mapping_adjusted_before_is_offered_for_a_file_with_the_same_headers(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    from smallcrm.sheets import headers as hdr

    hdr.remember_mapping("customers", HEADERS, ["name", "phone", hdr.IGNORE, "preferences"])
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members-june.xlsx"))
    next_page(qtbot, wizard)
    assert wizard.mapping_page.mapping() == ["name", "phone", hdr.IGNORE, "preferences"]
    assert "last time" in wizard.mapping_page.info.text()
    qtbot.mouseClick(wizard.mapping_page.reset_button, Qt.MouseButton.LeftButton)
    assert wizard.mapping_page.mapping() == ["name", "phone", "city", hdr.AS_NOTE]


def test_two_columns_mapped_to_one_field_stop_the_wizard_with_a_reason(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members.xlsx"))
    next_page(qtbot, wizard)
    wizard.mapping_page.set_field(2, "name")
    assert "Two columns are mapped to name" in wizard.mapping_page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
