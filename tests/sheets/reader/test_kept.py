"""The sheet read last, kept for the next reading of the same file (sheets/reader/kept):
an import after its preview or its first rows loads the sheet once, and a file saved
again in between is read afresh."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallcrm.sheets import importer
from smallcrm.sheets.reader import kept, open_sheet, read_sample, xlsx
from smallcrm.store.models import Customer
from tests.sheets.conftest import write_csv, write_xlsx

ROWS = [["姓名", "手机"], ["张三", 13812345678], ["李四", 13812345679]]


@pytest.fixture(autouse=True)
def nothing_kept() -> Iterator[None]:
    kept.drop()
    yield
    kept.drop()


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sheets calamine loaded (CalamineWorkbook.get_sheet_by_name / _by_index)."""
    seen: list[str] = []
    real = xlsx.CalamineReader.__init__

    def counted(self: xlsx.CalamineReader, path: Path, kind: str, sheet: str | None) -> None:
        seen.append(path.name)
        real(self, path, kind, sheet)

    monkeypatch.setattr(xlsx.CalamineReader, "__init__", counted)
    return seen


def test_inspect_then_import_loads_the_sheet_once(crm: Path, tmp_path: Path, loads: list[str]) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", ROWS)
    inspection = importer.inspect(path)
    result = importer.run_import(path, importer.ImportOptions(mapping=inspection.mapping))
    assert loads == ["客户.xlsx"]
    assert result.added == 2 and Customer.select().count() == 2


def test_preview_then_import_loads_the_sheet_once(crm: Path, tmp_path: Path, loads: list[str]) -> None:
    path = write_xlsx(tmp_path / "客户.xlsx", ROWS)
    importer.inspect(path)
    preview = importer.run_import(path, dry_run=True)
    result = importer.run_import(path)
    assert loads == ["客户.xlsx"]  # the preview took inspect's reader, the import the preview's
    assert (preview.added, result.added, Customer.select().count()) == (2, 2, 2)


def test_a_file_saved_again_is_read_afresh(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机"], ["张三", "13812345678"]])
    importer.inspect(path)
    write_csv(path, [["姓名", "手机"], ["李四", "13812345679"]])  # same size, same second
    importer.run_import(path)
    assert [c.name for c in Customer.select()] == ["李四"]


def test_another_sheet_or_reader_is_opened_anew(tmp_path: Path, loads: list[str]) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", ROWS, extra_sheets=["其他"])
    read_sample(path)
    with open_sheet(path, "其他") as other:  # not the kept sheet: loaded, and the kept one let go
        assert other.source.sheet == "其他"
    assert kept._kept is None
    read_sample(path)
    with open_sheet(path) as again:  # the default sheet by calamine: the kept one
        assert [cells for _n, cells in again.rows()] == ROWS
    assert loads == ["t.xlsx", "t.xlsx", "t.xlsx"]


def test_a_reader_nobody_takes_is_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "KEEP_SECONDS", 0.05)
    path = write_xlsx(tmp_path / "t.xlsx", ROWS)
    closed: list[str] = []
    read_sample(path)
    reader = kept._kept[1] if kept._kept else None
    assert reader is not None
    monkeypatch.setattr(reader, "close", lambda: closed.append("closed"))
    time.sleep(0.3)
    assert closed == ["closed"] and kept._kept is None


def test_keeping_another_closes_the_one_kept_before(tmp_path: Path) -> None:
    first, second = write_xlsx(tmp_path / "a.xlsx", ROWS), write_xlsx(tmp_path / "b.xlsx", ROWS)
    read_sample(first)
    held = kept._kept
    assert held is not None
    closed: list[str] = []
    held[1]._closers.append(lambda: closed.append("a"))
    read_sample(second)
    assert closed == ["a"] and kept._kept is not None and kept._kept[0].path.endswith("b.xlsx")


def test_opening_another_reader_closes_the_kept_one(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", ROWS)
    read_sample(path)
    held = kept._kept
    assert held is not None
    closed: list[str] = []
    held[1]._closers.append(lambda: closed.append("calamine"))
    with open_sheet(path, reader="openpyxl") as streamed:
        assert streamed.source.reader == "openpyxl"
        assert closed == ["calamine"] and kept._kept is None  # not both sheets in memory
