"""What an import reports (sheets/importer/results): the rejected rows as a sheet."""

from __future__ import annotations

from pathlib import Path

from smallcrm.sheets import importer
from smallcrm.sheets.importer import run_import


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
