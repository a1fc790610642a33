"""The import wizard's last page: the import with progress, Cancel, and what it did."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import next_page, to_preview, write_sheet

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_cancelling_the_import_leaves_the_database_as_it_was(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    from smallcrm.store.models import Customer, ImportBatch

    rows = [["姓名", "手机"]] + [[f"客户{i}", 13900000000 + i * 7] for i in range(3000)]
    assert to_preview(qtbot, window, write_sheet(tmp_path / "big.xlsx", rows)).added == 3000
    wizard = window.import_wizard
    next_page(qtbot, wizard)  # Import
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    page = wizard.result_page
    qtbot.waitUntil(lambda: page.job.done, timeout=20_000)
    assert page.title() == "Import cancelled"
    assert wizard.isVisible()  # the wizard stays to say so
    assert Customer.select().count() == 4 and ImportBatch.select().count() == 0
