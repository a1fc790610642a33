""".csv (sheets/reader/delimited): the encoding detected and the delimiter sniffed."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from smallcrm.sheets.reader import detect_encoding, open_sheet, read_sample, sniff_delimiter
from tests.sheets.conftest import write_csv
from tests.sheets.reader.refusals import unreadable


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


def test_a_text_file_in_an_unknown_encoding_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(b"name\n" + bytes([0x81, 0x20, 0xFF, 0xFE, 0x80]) * 10)
    assert "UTF-8" in unreadable(path)


def test_a_utf16_bom_is_not_taken_for_binary(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "姓名\t手机\r\n张三\t138\r\n".encode("utf-16-le"))
    source, rows = read_sample(path)
    assert source.delimiter == "\t" and rows[1] == (2, ["张三", "138"])
