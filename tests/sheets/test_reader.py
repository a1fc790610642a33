"""Reading: the same cell values whichever library reads the file, every encoding a
Chinese shop's CSV comes in, and one clear sentence for files that are not readable."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.sheets.reader import canonical, detect_encoding, open_sheet, read_sample, sniff_delimiter
from tests.sheets.conftest import write_csv, write_ods, write_xls, write_xlsx

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


def test_the_size_decides_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smallcrm.sheets.reader import xlsx

    path = write_xlsx(tmp_path / "t.xlsx", TYPED_ROWS)
    with open_sheet(path) as small:
        assert small.source.reader == "calamine"
    monkeypatch.setattr(xlsx, "CALAMINE_MAX_XML_BYTES", 10)
    with open_sheet(path) as big:
        assert big.source.reader == "openpyxl"


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


@pytest.mark.parametrize(
    ("encoding", "delimiter", "found"),
    [
        ("utf-8", ",", "utf-8"),
        ("utf-8-sig", ",", "utf-8-sig"),
        ("gbk", ",", "gb18030"),
        ("gb18030", ";", "gb18030"),
        ("utf-16", "\t", "utf-16"),
    ],
)
def test_csv_encodings_and_delimiters_are_detected(tmp_path: Path, encoding: str, delimiter: str, found: str) -> None:
    rows = [["姓名", "手机", "地址"], ["张三", "13812345678", "成都市武侯区, 人民南路"], ["李四", "", "北京"]]
    path = write_csv(tmp_path / "t.csv", rows, encoding=encoding, delimiter=delimiter)

    with open_sheet(path) as sheet:
        got = list(sheet.rows())
        assert (sheet.source.encoding, sheet.source.delimiter) == (found, delimiter)
    assert got == [
        (1, ["姓名", "手机", "地址"]),
        (2, ["张三", "13812345678", "成都市武侯区, 人民南路"]),
        (3, ["李四", None, "北京"]),
    ]


def test_a_gbk_file_whose_first_megabyte_is_ascii_is_still_gbk(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"name,phone\n" + b"a,1\n" * 300_000 + "张三,2\n".encode("gbk"))

    assert detect_encoding(path) == "gb18030"


def test_the_delimiter_sniffer_prefers_the_consistent_split() -> None:
    assert sniff_delimiter("姓名;手机;备注\n张三;138;a,b\n李四;139;c\n") == ";"
    assert sniff_delimiter("姓名,手机\n张三,138\n") == ","
    assert sniff_delimiter("姓名\t手机\n张三\t138\n") == "\t"


def test_a_line_break_inside_a_quoted_cell_does_not_mislead_the_sniffer() -> None:
    """A customer export's notes may hold line breaks and semicolons: read line by line,
    the cell's second line made ';' look like the delimiter and the import found no name
    or phone column (found by the round-trip property test)."""
    sample = '客户编号,姓名,手机,购买习惯,备注\nC000001,,13800000000,"\'=\n;","=\n;"\n'
    assert sniff_delimiter(sample) == ","
    header = "客户编号,姓名,性别,生日,手机,电话2,微信,邮箱,国家,省份,城市,区县,地址,邮编,职业,收入,个人喜好,备注\n"
    one_customer = 'C000001,,,,13800000000,,,,CN,,,,,,,,;,"\'=\n;"\n'  # ';' splits it into 3 narrow rows
    assert sniff_delimiter(header + one_customer) == ","


def test_canonical_values() -> None:
    assert canonical(13812345678.0) == 13812345678 and isinstance(canonical(13812345678.0), int)
    assert canonical(2**60) == float(2**60)
    assert canonical("  ") is None and canonical("#REF!") is None and canonical(float("nan")) is None
    assert canonical(dt.datetime(2024, 1, 1)) == dt.date(2024, 1, 1)


def unreadable(path: Path) -> str:
    with pytest.raises(UserError) as info:
        read_sample(path)
    message = str(info.value)
    assert path.name in message and message.endswith(".") and "\n" not in message
    return message


def test_an_empty_file_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert "empty" in unreadable(path)


def test_a_picture_renamed_xlsx_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert "not a spreadsheet" in unreadable(path)


def test_a_web_page_saved_as_xls_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "report.xls"
    path.write_text("<html><body><table><tr><td>姓名</td></tr></table></body></html>", encoding="utf-8")
    assert "web page" in unreadable(path)


def test_a_truncated_xlsx_is_one_sentence(tmp_path: Path) -> None:
    whole = write_xlsx(
        tmp_path / "whole.xlsx", [["姓名", "手机"]] + [[f"客户{i}", 13800000000 + i] for i in range(3000)]
    )
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    assert "damaged or incomplete" in unreadable(path)


def test_a_zip_that_is_not_a_workbook_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "hello")
    assert "not a spreadsheet" in unreadable(path)


def test_a_password_protected_xlsx_is_one_sentence(tmp_path: Path) -> None:
    # What Excel writes for a workbook with a password: an OLE container whose
    # directory holds the streams 'EncryptionInfo' and 'EncryptedPackage'.
    path = tmp_path / "secret.xlsx"
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + directory + b"\x00" * 2000)
    assert "password" in unreadable(path)


def test_a_text_file_in_an_unknown_encoding_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"name\n" + bytes([0x81, 0x20, 0xFF, 0xFE, 0x80]) * 10)
    assert "UTF-8" in unreadable(path)


def test_a_missing_sheet_names_the_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["姓名"]], sheet="客户", extra_sheets=["销售"])
    with pytest.raises(UserError, match="客户, 销售"):
        read_sample(path, "库存")


def test_a_utf16_bom_is_not_taken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "姓名\t手机\r\n张三\t138\r\n".encode("utf-16-le"))
    source, rows = read_sample(path)
    assert source.delimiter == "\t" and rows[1] == (2, ["张三", "138"])


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


def test_an_opendocument_text_file_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "letter.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")

    assert "not a spreadsheet" in unreadable(path)
