"""The import wizard's file page: reading the chosen file at once, and saying what is wrong with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import write_sheet

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
