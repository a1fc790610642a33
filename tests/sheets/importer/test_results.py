"""What an import reports (sheets/importer/results): the mapping, each rejected row's
reason, and the rejected rows as a sheet."""

from __future__ import annotations

from pathlib import Path

from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportResult, run_import
from tests.sheets.conftest import write_csv


def test_rejected_rows_report_has_the_original_cells_and_reasons(crm: Path, messy_xlsx: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    result = run_import(messy_xlsx)
    out = tmp_path / "rejects.xlsx"

    assert importer.save_rejects_report(result, out) == 3
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert list(rows[0][:4]) == ["序号", "客户姓名", "性别", "手机号码*"]
    assert rows[0][-3:] == ("Row", "Column", "Reason")
    assert rows[1][:4] == (6, "孙八", "男", "1.38001E+10")
    assert rows[1][-3] == 10 and "scientific" in rows[1][-1]
    assert [r[-3] for r in rows[1:]] == [10, 14, 16]


def test_the_mapping_is_reported_by_header_naming_empty_and_repeated_ones_by_their_column(crm: Path) -> None:
    result = ImportResult("customers", "a.csv", "", False, headers=["姓名", "", "备注", "备注"])
    result.mapping = ["name", "ignore", "notes", "notes_line"]

    assert result.mapping_by_header() == {"姓名": "name", "B": "ignore", "备注": "notes", "备注 (D)": "notes_line"}
    assert result.as_dict()["mapping"] == result.mapping_by_header()


def test_a_reject_names_file_row_and_column_and_keeps_the_bare_reason_for_the_report(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["姓名", "生日"], ["张三", "1985年2月30日"]])
    (reject,) = run_import(path).rejects

    assert (reject.row, reject.column) == (2, "生日")
    assert reject.reason_text() == "1985年2月30日 is not a valid date."
    assert reject.render() == "1985年2月30日 is not a valid date (file r.csv, row 2, column 生日)."
    assert reject.as_dict() == {"row": 2, "column": "生日", "reason": reject.reason}
