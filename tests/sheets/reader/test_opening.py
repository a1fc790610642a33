"""Opening a spreadsheet (sheets/reader/opening): its kind from its first bytes, the reader
that suits its size, and one sentence for a file that is not one."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.sheets.reader import open_sheet, read_sample
from tests.sheets.conftest import write_xlsx
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


def test_the_size_decides_the_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from smallcrm.sheets.reader import xlsx

    path = write_xlsx(tmp_path / "t.xlsx", TYPED_ROWS)
    with open_sheet(path) as small:
        assert small.source.reader == "calamine"
    monkeypatch.setattr(xlsx, "CALAMINE_MAX_XML_BYTES", 10)
    with open_sheet(path) as big:
        assert big.source.reader == "openpyxl"


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


def test_a_missing_sheet_names_the_sheets(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["姓名"]], sheet="客户", extra_sheets=["销售"])
    with pytest.raises(UserError, match="客户, 销售"):
        read_sample(path, "库存")


def test_an_opendocument_text_file_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "letter.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<x/>")

    assert "not a spreadsheet" in unreadable(path)
