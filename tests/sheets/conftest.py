"""Messy spreadsheets built in the tests, the way shops' files really look."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.domain.mailing.shop import make_shop


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    merged: Sequence[str] = (),
    formats: dict[str, str] | None = None,
    sheet: str = "Sheet1",
    extra_sheets: Sequence[str] = (),
) -> Path:
    """An .xlsx as Excel would hold it: openpyxl's normal mode (merged cells, formats)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for cell_range in merged:
        ws.merge_cells(cell_range)
    for ref, number_format in (formats or {}).items():
        ws[ref].number_format = number_format
    for name in extra_sheets:
        wb.create_sheet(name)
    wb.save(path)
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Any]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def write_ods(path: Path, rows: Sequence[Sequence[Any]], *, sheet: str = "Sheet1", tail: str = "") -> Path:
    """An OpenDocument spreadsheet as LibreOffice writes one (typed cells, a 'mimetype'
    entry first); ``tail`` is raw XML after the rows (repeated empty rows and the like)."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value: Any) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, bool):
            kind = f'office:value-type="boolean" office:boolean-value="{str(value).lower()}"'
        elif isinstance(value, (int, float)):
            kind = f'office:value-type="float" office:value="{value!r}"'
        elif isinstance(value, dt.date):  # a datetime too
            kind = f'office:value-type="date" office:date-value="{value.isoformat()}"'
        else:
            kind = 'office:value-type="string"'
        return f"<table:table-cell {kind}><text:p>{escape(str(value))}</text:p></table:table-cell>"

    body = "".join("<table:table-row>" + "".join(map(cell, row)) + "</table:table-row>" for row in rows)
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content xmlns:office="{office}" xmlns:table="{table}" xmlns:text="{text}" '
        f'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="{escape(sheet)}">'
        f"{body}{tail}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")  # stored, first
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_xls(path: Path, rows: Sequence[Sequence[Any]], *, merged: Sequence[tuple[int, int, int, int]] = ()) -> Path:
    """A legacy .xls through xlwt (dates get a date format, as Excel gives them)."""
    xlwt = pytest.importorskip("xlwt")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("客户")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    merged_cells = {(r1, c1) for r1, _r2, c1, _c2 in merged}
    for r1, r2, c1, c2 in merged:
        ws.write_merge(r1, r2, c1, c2, rows[r1][c1])
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or (r, c) in merged_cells:
                continue
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            else:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


HEADERS = ["序号", "客户姓名", "性别", "手机号码*", "出生日期", "农历生日", "地址", "备注", "会员等级", "消费金额"]

# The shop's member list: a title merged over the columns, a date line, a blank row,
# then the headers; every quirk of the issue in one sheet. Comments give each row's fate.
MESSY_ROWS: list[list[Any]] = [
    ["2024年会员名单", None, None, None, None, None, None, None, None, None],
    ["导出日期：2024-05-01"],
    [],
    HEADERS,
    [1, "张三", "男", 13812345678, dt.date(1985, 3, 2), None, "成都市人民南路1号", "VIP客户", "金卡", 1234.5],  # 5 add
    [2, "李四", "女", "138-1234-5679", "1985年3月2日", None, None, None, None, None],  # 6 add
    [3, "王五", "M", "+86 139 1234 5678", "1985/3/2", None, None, None, None, None],  # 7 add
    [4, "赵六", "F", "１３７１２３４５６７８", "1985-03-02", None, None, None, None, None],  # 8 add (full-width)
    [5, "钱七", "女士", "13612345678.0", 31108, None, None, None, None, None],  # 9 add (serial 1985-03-02)
    [6, "孙八", "男", "1.38001E+10", None, None, None, None, None, None],  # 10 reject: scientific notation
    [7, "周九", "女", 13512345678, "3月2日", None, None, None, None, None],  # 11 add: no year
    [8, "吴十", "男", 13412345678, None, "八月十五", None, None, None, None],  # 12 add: lunar column
    [9, "郑一", "女", 13312345678, "农历1990年正月初八", None, None, None, None, None],  # 13 add: lunar text
    [10, "王二", "男", 13212345678, "1985年2月30日", None, None, None, None, None],  # 14 reject: no such day
    [],  # 15 blank
    [11, None, "男", None, None, None, "无名路1号", None, None, None],  # 16 reject: neither name nor phone
    [12, "张三", "男", "138 1234 5678", None, None, None, None, None, None],  # 17 skip: same phone as row 5
    ["合计", None, None, None, None, None, None, None, None, 1234.5],  # 18 summary: skipped
]


@pytest.fixture
def messy_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "会员.xlsx", MESSY_ROWS, merged=["A1:J1"])


@pytest.fixture
def mailing_shop(crm: Path) -> dict[str, int]:
    """The mailing tests' small shop (tests/domain/mailing/shop.py), for the files
    written from a mailing's list."""
    return make_shop()
