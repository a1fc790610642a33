""".xlsx and .ods (sheets/reader/xlsx): calamine and openpyxl hand out the same canonical
rows, and an .ods is checked before calamine loads it."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from smallcrm.sheets.reader import canonical, open_sheet
from tests.sheets.conftest import write_ods, write_xlsx
from tests.sheets.reader.refusals import unreadable

TYPED_ROWS = [
    ["2024年客户名单"],
    [],
    [None, "姓名", "手机", "生日", "金额", "错误", "时间", "是否", "大数", "空白"],
    [
        None,
        " 张三 ",
        13812345678,
        dt.date(1985, 3, 2),
        1234.5,
        "#DIV/0!",
        dt.datetime(2024, 1, 2, 13, 4, 5),
        True,
        1e20,
        "   ",
    ],
    [None, "李四", "1.38001E+10", 31108, -3, "#N/A", dt.time(12, 30), False, 12345678901234567, None],
    [None, "王五", 0.1, dt.datetime(1990, 1, 8), 2.0, None, None, None, None, "x"],
]


def rows_of(path: Path, reader: str | None = None) -> list[tuple[int, list]]:
    with open_sheet(path, reader=reader) as sheet:
        return list(sheet.rows())


def test_calamine_and_openpyxl_hand_out_identical_values(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", TYPED_ROWS, merged=["B1:E1"], formats={"D4": 'yyyy"年"m"月"d"日"'})

    fast, streaming = rows_of(path, "calamine"), rows_of(path, "openpyxl")

    assert fast == streaming
    nonblank = [r for r in fast if r[1]]
    assert nonblank[2] == (4, [None, "张三", 13812345678, dt.date(1985, 3, 2), 1234.5, None,
                               dt.datetime(2024, 1, 2, 13, 4, 5), True, 1e20])  # fmt: skip
    assert nonblank[3][1][2] == "1.38001E+10" and nonblank[3][1][3] == 31108
    assert nonblank[4][1][3] == dt.date(1990, 1, 8) and nonblank[4][1][4] == 2


def test_row_numbers_and_columns_are_the_ones_excel_shows(tmp_path: Path) -> None:
    rows = [[], [], [None, None, "标题"], [], [None, None, "姓名", "手机"], [None, None, "张三", 13812345678]]
    path = write_xlsx(tmp_path / "t.xlsx", rows)

    for reader in ("calamine", "openpyxl"):
        got = [r for r in rows_of(path, reader) if r[1]]
        assert got == [
            (3, [None, None, "标题"]),
            (5, [None, None, "姓名", "手机"]),
            (6, [None, None, "张三", 13812345678]),
        ]


def test_calamine_numbers_and_dates_are_exactly_canonical(tmp_path: Path) -> None:
    """The calamine reader converts numbers and dates inline (the hot loop of a big
    import); each must come out as canonical() makes it of calamine's own value."""
    import python_calamine

    values = [3.0, -0.0, 0.1, 13812345678.0, float(2**53), float(2**53 + 2), -(2.0**60), 1e-300, 1e300, 2.5]
    path = write_xlsx(
        tmp_path / "n.xlsx", [[v, dt.date(2000, 1, 1) + dt.timedelta(days=i)] for i, v in enumerate(values)]
    )
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    raw = [list(r) for r in wb.get_sheet_by_index(0).iter_rows()]
    wb.close()

    got = [cells for _n, cells in rows_of(path, "calamine")]

    assert got == [[canonical(v) for v in r] for r in raw]
    assert [type(c[0]) for c in got] == [type(canonical(r[0])) for r in raw]  # 3 stays int, 2**53 a float


ODS_ROWS = [
    ["姓名", "手机", "生日", "数量", "同意邮寄", "备注"],
    [" 张三 ", 13812345678, dt.date(1985, 3, 2), 1.5, True, "老客户"],
    [],
    ["李四", "139 1234 5678", dt.datetime(1990, 1, 8, 9, 30), 2, False, None],
]


def test_an_ods_file_is_read_like_the_same_xlsx(tmp_path: Path) -> None:
    ods = write_ods(tmp_path / "客户.ods", ODS_ROWS, sheet="客户")
    xlsx = write_xlsx(tmp_path / "客户.xlsx", ODS_ROWS, sheet="客户")

    with open_sheet(ods) as sheet:
        assert (sheet.source.format, sheet.source.sheet) == ("ods", "客户")
        rows = list(sheet.rows())
    assert rows == rows_of(xlsx)
    assert rows[1] == (2, ["张三", 13812345678, dt.date(1985, 3, 2), 1.5, True, "老客户"])


def test_an_ods_whose_used_range_is_absurd_is_one_sentence(tmp_path: Path) -> None:
    # One value in row 100,002, column 101: calamine would hold 10 million empty cells.
    far = (
        '<table:table-row table:number-rows-repeated="100000"><table:table-cell/></table:table-row>'
        '<table:table-row><table:table-cell table:number-columns-repeated="100"/>'
        '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
    path = write_ods(tmp_path / "far.ods", [["姓名"], ["张三"]], tail=far)

    assert "used range is too large" in unreadable(path)


def test_empty_rows_an_ods_repeats_to_the_sheet_end_cost_nothing(tmp_path: Path) -> None:
    empty = (
        '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    path = write_ods(tmp_path / "styled.ods", [["姓名"], ["张三"]], tail=empty)

    assert [r for r in rows_of(path) if r[1]] == [(1, ["姓名"]), (2, ["张三"])]


def test_an_ods_with_a_password_is_one_sentence(tmp_path: Path) -> None:
    # LibreOffice keeps the mimetype in the clear and lists each encrypted part in the
    # manifest with its <manifest:encryption-data>.
    path = tmp_path / "secret.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", b"\x8f\x02 encrypted bytes")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/>'
            "</manifest:file-entry></manifest:manifest>",
        )

    assert "password-protected" in unreadable(path)


def _write_only(path: Path, rows: list[list], far: str | None = None) -> Path:
    """A sheet as openpyxl's write-only mode saves it (no <dimension>, inline strings);
    ``far``: one more value in that far-away column of the last row."""
    from openpyxl import Workbook
    from openpyxl.utils import column_index_from_string

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户")
    for row in rows:
        ws.append(row)
    if far:
        ws.append([None] * (column_index_from_string(far) - 1) + ["备注"])
    wb.save(path)
    return path


def test_a_sheet_without_a_dimension_is_read_by_calamine_when_its_range_is_sane(tmp_path: Path) -> None:
    path = _write_only(tmp_path / "wo.xlsx", TYPED_ROWS)
    with zipfile.ZipFile(path) as archive:
        assert b"<dimension" not in archive.read("xl/worksheets/sheet1.xml")
    with open_sheet(path) as sheet:
        assert sheet.source.reader == "calamine"
        assert sheet.source.estimated_rows == len(TYPED_ROWS)
    assert rows_of(path) == rows_of(path, "openpyxl")


@pytest.mark.parametrize("far", ["XFD", "AAA"])
def test_a_sheet_without_a_dimension_and_a_far_away_cell_is_streamed(tmp_path: Path, far: str) -> None:
    # calamine sizes its grid from the cells' positions (and aborts the process when
    # that allocation fails): 6 rows x 16,384 columns is refused only by the cell count.
    from smallcrm.sheets.reader import xlsx

    rows = TYPED_ROWS * (xlsx.CALAMINE_MAX_CELLS // 16384 // len(TYPED_ROWS) + 1) if far == "XFD" else TYPED_ROWS
    path = _write_only(tmp_path / "wo.xlsx", rows, far=far)
    with open_sheet(path) as sheet:
        assert sheet.source.reader == ("openpyxl" if far == "XFD" else "calamine")
        last = list(sheet.rows())[-1][1]
    assert last[-1] == "备注"


def test_the_scan_gives_up_on_a_sheet_it_cannot_vouch_for(tmp_path: Path) -> None:
    from smallcrm.sheets.reader import xlsx

    path = tmp_path / "odd.xlsx"
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("s.xml", sheet)
    with zipfile.ZipFile(path) as archive:
        assert xlsx.scanned_cells(archive, "s.xml") is None  # a cell without its reference
        archive_sheet = sheet.replace(b'<c t="inlineStr"><is><t>y</t></is></c>', b"")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("s.xml", archive_sheet.replace(b'<row r="1">', b'<row r="1"></row><row r="70000">'))
    with zipfile.ZipFile(path) as archive:
        assert xlsx.scanned_cells(archive, "s.xml") == 70000
