"""The .xlsx writer (sheets/xlsx_writer): every value as the cell of its type, a header a
spreadsheet user can work with, formulas never run, and the same rows as the same bytes."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from smallcrm import jobs
from smallcrm.jobs import Cancelled, CancelToken
from smallcrm.sheets.xlsx_writer import write_xlsx

HEADER = ["姓名", "生日", "到访", "金额", "数量", "同意", "备注"]
ROWS: list[list[Any]] = [
    ["张三", dt.date(1985, 3, 2), dt.datetime(2024, 3, 1, 14, 30), 1234.5, Decimal("1.5"), True, "=1+1"],
    ["李四", None, None, 12, Decimal("2"), False, "-wx"],
]


def write(path: Path, rows: Sequence[Sequence[Any]] = ROWS, **kwargs: Any) -> int:
    options: dict[str, Any] = {"money": frozenset({3}), "total": len(rows), "progress": jobs.no_progress}
    options.update(kwargs)
    options.setdefault("cancel", CancelToken())
    return write_xlsx(path, HEADER, iter(rows), **options)


def test_each_value_is_the_cell_of_its_type(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert write(out) == 2

    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == HEADER
    _name, birthday, visit, money, quantity, consent, _note = ws[2]
    assert birthday.value == dt.datetime(1985, 3, 2) and birthday.number_format == "yyyy-mm-dd"
    assert visit.value == dt.datetime(2024, 3, 1, 14, 30) and visit.number_format == "yyyy-mm-dd hh:mm:ss"
    assert money.value == 1234.5 and money.number_format == "0.00"  # yuan with two decimals
    assert quantity.value == 1.5 and quantity.data_type == "n"  # an exact quantity as a number cell
    assert consent.value is True
    assert ws["D3"].value == 12 and ws["B3"].value is None  # an empty value is an empty cell


def test_the_header_is_bold_frozen_and_filtered_and_columns_fit(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    long_text = "很长的备注" * 40
    write(out, [*ROWS, ["王五", None, None, 1, Decimal(1), True, long_text]])

    ws = load_workbook(out).active
    assert ws["A1"].font.b and ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G4"
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFG"]
    # Excel's own padding (about 0.71) is added to the width set.
    assert all(w >= 6 for w in widths) and 50 <= widths[6] < 51  # a long note is capped at 50


def test_text_a_spreadsheet_would_run_is_kept_as_text_with_its_value_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    write(out)

    with zipfile.ZipFile(out) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()  # no formula anywhere
    ws = load_workbook(out).active
    assert ws["G2"].value == "=1+1" and ws["G2"].data_type == "s" and ws["G2"].quotePrefix
    assert ws["G3"].value == "-wx" and ws["G3"].quotePrefix


def test_the_same_rows_give_the_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    write(a)
    write(b)

    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()


def test_progress_is_reported_and_cancel_stops_the_writing(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    many = [["张三", None, None, i, Decimal(1), True, ""] for i in range(5000)]
    assert write(tmp_path / "t.xlsx", many, progress=lambda done, total, message="": seen.append((done, total))) == 5000
    assert seen[-1] == (5000, 5000) and (2000, 5000) in seen

    token = CancelToken()

    def rows() -> Iterator[list[Any]]:
        for i, row in enumerate(many):
            if i == 3000:
                token.cancel()
            yield row

    with pytest.raises(Cancelled):
        write_xlsx(tmp_path / "c.xlsx", HEADER, rows(), frozenset(), 5000, jobs.no_progress, token)
