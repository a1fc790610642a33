"""The import wizard, import history and export dialog, driven like the owner would."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from smallcrm.ui.shell.main_window import MainWindow
from tests.ui.ui_helpers import User, click_row, shown_names

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")

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
    from openpyxl import Workbook

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


def test_the_wizard_imports_the_adjusted_columns_and_undo_takes_them_out(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path, user: User
) -> None:
    from smallcrm.sheets import headers as hdr
    from smallcrm.store.models import Customer

    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members.xlsx"), user)
    assert "row 2" in wizard.file_page.status.text()
    next_page(qtbot, wizard)

    # The columns: 喜欢的茶 is unknown, so kept in the notes until the owner says otherwise.
    mapping_page = wizard.mapping_page
    assert mapping_page.mapping() == ["name", "phone", "city", hdr.AS_NOTE]
    assert "普洱" in mapping_page.table.item(3, 1).text()
    combo = mapping_page.combos[3]
    combo.setCurrentIndex(combo.findText("Preferences"))
    assert mapping_page.mapping()[3] == "preferences"
    next_page(qtbot, wizard)

    result = wait_preview(qtbot, wizard)
    page = wizard.preview_page
    assert (result.added, result.updated, result.skipped, result.rejected) == (2, 0, 2, 1)
    assert page.counts.text() == "New: 2   Updated: 0   Skipped: 2   Rejected: 1"
    assert table_rows(page.rejects_table)[0][:2] == ["6", "手机"]
    assert "scientific" in table_rows(page.rejects_table)[0][2]
    duplicate = table_rows(page.duplicates_table)[0]
    assert duplicate[0] == "4" and duplicate[1].startswith("张三") and duplicate[3] == "Skipped"
    first = table_rows(page.rows_table)[0]
    assert first[:2] == ["3", "New"] and "赵六" in first
    assert Customer.select().count() == 4  # the preview stored nothing

    next_page(qtbot, wizard)  # Import
    result_page = wizard.result_page
    qtbot.waitUntil(lambda: result_page.job is not None and result_page.job.done, timeout=20_000)
    assert result_page.error is None
    assert "New: 2" in result_page.text.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.waitUntil(lambda: {"赵六", "钱七"} <= set(shown_names(window)), timeout=10_000)
    zhao = Customer.get(Customer.name == "赵六")
    assert zhao.preferences == "普洱" and zhao.phone_norm.endswith("13500001234")
    assert hdr.remembered_mapping("customers", HEADERS) == ["name", "phone", "city", "preferences"]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    # Undo from the import history.
    history = window.show_import_history()
    qtbot.waitUntil(lambda: not history.loading and history.table.rowCount() == 1, timeout=10_000)
    assert history.table.item(0, 2).text() == "members.xlsx"
    assert history.undo_button.isEnabled()
    user.will_click("Undo Import")
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    before = sorted(c.name for c in customers)
    qtbot.waitUntil(lambda: sorted(shown_names(window)) == before, timeout=10_000)
    assert Customer.select().count() == 4

    def undone() -> bool:
        return history.table.item(0, 8) is not None and bool(history.table.item(0, 8).text())

    qtbot.waitUntil(undone, timeout=10_000)
    assert not history.undo_button.isEnabled()


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


def test_the_welcome_page_offers_the_import(qtbot: Any, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.import_button.isVisible()
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "import_wizard", None) is not None and window.import_wizard.isVisible())
    assert window.import_action.shortcut().toString() == "Ctrl+I"


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


def test_purchases_of_an_unknown_customer_are_rejected_unless_the_owner_adds_them(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path
) -> None:
    import datetime as dt

    from smallcrm.store.models import Customer, Purchase

    rows: list[list[Any]] = [
        ["日期", "手机", "姓名", "商品", "金额"],
        [dt.date(2024, 5, 1), 13812345678, "张三", "普洱", 128],  # 张三 is known by phone
        [dt.date(2024, 5, 2), 13300004444, "新客", "龙井", "¥1,234.50"],  # nobody has this phone
    ]
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "sales.xlsx", rows))
    assert "purchases" in wizard.file_page.status.text()
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.preview_page
    result = wait_preview(qtbot, wizard)
    assert (result.added, result.rejected) == (1, 1)
    assert page.create_box.isVisible() and not page.policy_combo.isEnabled()
    qtbot.mouseClick(page.create_box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None and page.result.added == 2, timeout=20_000)
    assert "New customers for these purchases: 1" in page.counts.text()
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=20_000)
    assert Purchase.select().count() == 2
    assert Customer.get(Customer.name == "新客").phone_norm.endswith("13300004444")


def test_one_line_addresses_are_split_and_the_owner_gives_the_whole_import_consent(
    qtbot: Any, customers: list[Any], window: MainWindow, tmp_path: Path, user: User
) -> None:
    """Imported customers could not be mailed: their address sat whole in the street and
    none had consent (issue 15, point 5)."""
    from smallcrm.domain.mailing import choose
    from smallcrm.store.models import Customer

    rows: list[list[Any]] = [
        ["姓名", "手机", "详细地址"],
        ["赵六", 13500001234, "四川省成都市武侯区人民南路四段1号 610041"],
        ["钱七", 13600009999, "上海市浦东新区张杨路500号"],
    ]
    wizard = open_file(qtbot, window, write_sheet(tmp_path / "members.xlsx", rows), user)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    page = wizard.preview_page
    result = wait_preview(qtbot, wizard)
    assert result.addresses_split == 2
    assert "Addresses split into province, city and district: 2" in page.counts.text()
    header = [page.rows_table.horizontalHeaderItem(c).text() for c in range(page.rows_table.columnCount())]
    assert {"Province", "City", "District", "Address", "Postcode"} <= set(header)
    combo = page.consent_combo
    assert combo.isVisible() and combo.currentText() == "No one may receive mail yet (ask them first)"
    assert combo.findData("column") == -1  # no consent column in this file

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the owner asked them all: "All may receive mail"
    assert page.consent() == "yes"
    qtbot.waitUntil(lambda: not page.loading and page.result is not None, timeout=20_000)
    next_page(qtbot, wizard)  # Import
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=20_000)

    new = {c.name: c for c in Customer.select().where(Customer.name.in_(["赵六", "钱七"]))}
    assert (new["赵六"].province, new["赵六"].city, new["赵六"].district) == ("四川省", "成都市", "武侯区")
    assert (new["赵六"].street, new["赵六"].postcode) == ("人民南路四段1号", "610041")
    assert new["赵六"].mail_consent and new["钱七"].mail_consent
    assert {new["赵六"].id, new["钱七"].id} <= set(choose().included)


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
