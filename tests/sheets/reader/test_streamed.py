"""A large .xlsx streamed by openpyxl (sheets/reader/streamed), in constant memory."""

from __future__ import annotations

from pathlib import Path

from smallcrm.sheets.reader import open_sheet


def test_a_stray_far_away_cell_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    # calamine would size its grid to 70,000 x 16,384 cells and abort the process.
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    ws.append(["张三", "13812345678"])
    ws["XFD70000"] = "备注"
    wb.save(tmp_path / "stray.xlsx")

    with open_sheet(tmp_path / "stray.xlsx") as sheet:
        assert sheet.source.reader == "openpyxl"
        rows = [r for r in sheet.rows() if r[1]]
    assert rows[:2] == [(1, ["姓名", "手机"]), (2, ["张三", "13812345678"])]
    assert rows[2][0] == 70000 and rows[2][1][-1] == "备注" and len(rows[2][1]) == 16384
