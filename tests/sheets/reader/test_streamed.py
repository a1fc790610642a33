"""A large .xlsx streamed by openpyxl (sheets/reader/streamed), in constant memory."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

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


def _write_only(path: Path, rows: int) -> Path:
    """A sheet as openpyxl's write-only mode (and many exporters) saves it: no <dimension>."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    ws.append(["姓名", "手机", "城市"])
    for i in range(rows):
        ws.append([f"客户{i}", 13800000000 + i, "成都市"])
    wb.save(path)
    return path


@pytest.fixture
def too_big_for_calamine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every sheet streamed by openpyxl, as one beyond calamine's limits is."""
    from smallcrm.sheets.reader import xlsx

    monkeypatch.setattr(xlsx, "CALAMINE_MAX_CELLS", 1)


def test_a_sheet_without_a_dimension_has_its_rows_estimated(tmp_path: Path, too_big_for_calamine: None) -> None:
    path = _write_only(tmp_path / "wo.xlsx", 20_000)
    with zipfile.ZipFile(path) as archive:
        assert b"dimension" not in archive.read("xl/worksheets/sheet1.xml")[:4096]
    with open_sheet(path) as sheet:
        assert sheet.source.reader == "openpyxl"
        assert 19_000 <= sheet.source.estimated_rows <= 21_000
        assert sum(1 for _ in sheet.rows()) == 20_001


def test_a_small_sheet_without_a_dimension_is_counted(tmp_path: Path, too_big_for_calamine: None) -> None:
    with open_sheet(_write_only(tmp_path / "wo.xlsx", 3)) as sheet:
        assert sheet.source.estimated_rows == 4


def test_its_xml_is_parsed_once_by_an_inspect_and_an_import(
    crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, too_big_for_calamine: None
) -> None:
    from openpyxl.worksheet import _reader

    from smallcrm.sheets import importer
    from smallcrm.sheets.reader import kept, streamed

    path = _write_only(tmp_path / "wo.xlsx", 50)
    parses: list[str] = []
    for module in (streamed, _reader):
        real = module.iterparse

        def counted(src: Any, *args: Any, real: Any = real, **kwargs: Any) -> Any:
            parses.append(getattr(src, "name", "?"))
            return real(src, *args, **kwargs)

        monkeypatch.setattr(module, "iterparse", counted)
    importer.inspect(path)
    result = importer.run_import(path)
    kept.drop()
    assert result.added == 50
    assert parses.count("xl/worksheets/sheet1.xml") == 1


@pytest.mark.parametrize("streamed", [True, False], ids=["openpyxl", "calamine"])
def test_a_big_sheet_without_a_dimension_takes_the_bulk_path(
    crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool
) -> None:
    from smallcrm.sheets.importer import run_import
    from smallcrm.sheets.reader import xlsx
    from smallcrm.store.sqlite import bulk, fts

    if streamed:
        monkeypatch.setattr(xlsx, "CALAMINE_MAX_CELLS", 1)
    monkeypatch.setattr(bulk, "MIN_ROWS", 100)
    deferred: list[int] = []
    real = fts.indexed_after_commit
    monkeypatch.setattr(fts, "indexed_after_commit", lambda first: deferred.append(first) or real(first))
    result = run_import(_write_only(tmp_path / "wo.xlsx", 300))
    assert result.added == 300 and deferred == [1]
