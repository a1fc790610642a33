"""The import wizard's preview: exactly what the import will do, with the owner's choices."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.dialogs.import_helpers import next_page, open_file, table_rows, to_preview, wait_preview, write_sheet
from tests.ui.ui_helpers import User

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def test_the_fill_policy_turns_the_duplicate_into_an_update(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members.xlsx"))
    next_page(qtbot, wizard)
    wizard.mapping_page.set_field(3, "preferences")
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    wizard.preview_page.set_policy("fill")  # the owner's choice re-runs the preview
    qtbot.waitUntil(
        lambda: wizard.preview_page.result is not None and wizard.preview_page.result.updated == 1, timeout=20_000
    )
    assert "Updated: 1" in wizard.preview_page.counts.text()
    assert table_rows(wizard.preview_page.duplicates_table)[0][3] == "Updated"


def test_the_preview_shows_a_rejected_row_as_it_is_in_the_file(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    to_preview(qtbot, window, write_sheet(tmp_path / "members.xlsx"))

    table = window.import_wizard.preview_page.rows_table
    labels = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {row[0]: dict(zip(labels, row, strict=True)) for row in table_rows(table)}
    assert rows["6"]["Outcome"] == "Rejected"
    assert (rows["6"]["Name"], rows["6"]["Phone"], rows["6"]["City"]) == ("孙八", "1.38001E+10", "成都市")
    assert rows["8"]["Outcome"] == "Summary row" and rows["8"]["Name"] == "合计"


def test_thousands_of_rejected_rows_list_the_first_thousand_and_the_report_has_all(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    from smallcrm.ui.dialogs.import_wizard import REJECTS_SHOWN

    # The wrong column for birthdays: every row but one is rejected.
    rows = [["姓名", "手机", "生日"], ["赵六", 13500001234, "1985-03-02"]]
    rows += [[f"客户{i}", 13900000000 + i, "not a date"] for i in range(1500)]
    assert to_preview(qtbot, window, write_sheet(tmp_path / "wrong.xlsx", rows)).rejected == 1500

    page = window.import_wizard.preview_page
    page.tabs.setCurrentIndex(2)
    assert page.tabs.tabText(2) == "Rejected (1,500)"
    assert page.rejects_table.rowCount() == REJECTS_SHOWN == 1000
    assert table_rows(page.rejects_table)[-1][:2] == ["1002", "生日"]
    assert page.rejects_more.isVisible()
    assert page.rejects_more.text() == "The first 1,000 are listed here; Save Rejected Rows writes all 1,500."
    assert page.save_button.isEnabled()


def test_more_duplicates_than_listed_are_counted_in_full(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    from smallcrm.sheets.importer import DUPLICATES_SHOWN

    # The same list twice in one file: the second half duplicates the first.
    people = [[f"客户{i}", 15500000000 + i] for i in range(1200)]
    result = to_preview(qtbot, window, write_sheet(tmp_path / "twice.xlsx", [["姓名", "手机"], *people, *people]))
    assert (result.added, result.skipped, result.duplicate_count) == (1200, 1200, 1200)

    page = window.import_wizard.preview_page
    page.tabs.setCurrentIndex(1)
    assert page.tabs.tabText(1) == "Duplicates (1,200)"
    assert page.duplicates_table.rowCount() == DUPLICATES_SHOWN == 1000
    assert page.duplicates_more.isVisible()
    assert page.duplicates_more.text() == "The first 1,000 of 1,200 duplicate rows are listed here."


def test_a_consent_column_is_the_wizards_first_choice(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path, user: User
) -> None:
    rows: list[list[Any]] = [["姓名", "手机", "同意邮寄"], ["赵六", 13500001234, "是"]]
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members.xlsx", rows), user)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)

    combo = wizard.preview_page.consent_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["column", "no", "yes"]
    assert wizard.options().consent == "column"


def test_a_consent_column_mapped_after_a_look_at_the_preview_is_used(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path, user: User
) -> None:
    """The owner sees "no one may receive mail", goes back and maps the column 邮寄 as
    the consent: the preview now takes the column (an unchosen default is not kept)."""
    rows: list[list[Any]] = [["姓名", "手机", "邮寄"], ["赵六", 13500001234, "是"]]
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members.xlsx", rows), user)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert wizard.preview_page.consent() == "no"

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wizard.mapping_page.set_field(2, "mail_consent")
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)

    assert wizard.preview_page.consent() == "column"
    assert wizard.preview_page.result.preview[0]["fields"]["mail_consent"] is True
