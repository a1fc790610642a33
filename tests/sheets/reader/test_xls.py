"""Legacy .xls through xlrd (sheets/reader/xls)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smallcrm.sheets.reader import open_sheet
from tests.sheets.conftest import write_xls


def rows_of(path: Path, reader: str | None = None) -> list[tuple[int, list]]:
    with open_sheet(path, reader=reader) as sheet:
        return list(sheet.rows())


def test_xls_dates_numbers_and_merged_titles(tmp_path: Path) -> None:
    rows = [
        ["客户名单", None, None],
        [None, None, None],
        ["姓名", "手机", "生日"],
        ["张三", 13812345678, dt.date(1985, 3, 2)],
    ]
    path = write_xls(tmp_path / "t.xls", rows, merged=[(0, 0, 0, 2)])

    assert [r for r in rows_of(path) if r[1]] == [
        (1, ["客户名单"]),
        (3, ["姓名", "手机", "生日"]),
        (4, ["张三", 13812345678, dt.date(1985, 3, 2)]),
    ]
