"""Reading a row's cells for the import (sheets/importer/cells): what is particular to a
spreadsheet, handed to the domain's parsers as they read typed text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.domain.values import phones
from smallcrm.domain.values.dates import parse_date
from smallcrm.sheets import headers as hdr
from smallcrm.sheets.importer.cells import (
    Columns,
    cell_text,
    date_like,
    is_summary,
    phone_text,
    split_phones,
    split_tags,
    with_notes,
)
from smallcrm.sheets.reader import Cell


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        ("张三", "张三"),
        (13812345678, "13812345678"),
        (1234.5, "1234.5"),
        (True, "yes"),
        (dt.date(1985, 3, 2), "1985-03-02"),
        (dt.datetime(2024, 3, 1, 14, 30), "2024-03-01 14:30:00"),
        (dt.time(9, 5), "09:05:00"),
    ],
)
def test_a_cell_reads_as_the_text_a_person_would_type(cell: Cell, text: str) -> None:
    assert cell_text(cell) == text


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        (dt.datetime(1985, 3, 2, 0, 0), dt.date(1985, 3, 2)),  # a date cell with a time of midnight
        (31108, dt.date(1985, 3, 2)),  # a date column formatted as General shows its serial
        ("31108", dt.date(1985, 3, 2)),  # the same in a CSV
        (19850302, "19850302"),  # a compact date typed as a number: the parser reads its text
        ("1985-03-02 14:30", "1985-03-02"),  # a date saved with its time
        ("１９８５年３月２日 ０８：００", "1985年3月2日"),  # full-width, as an input method types it
        ("农历八月十五", "农历八月十五"),
        (True, True),  # not a date: the parser says so
    ],
)
def test_a_date_cell_is_read_as_the_date_parsers_take_it(cell: Cell, read: object) -> None:
    assert date_like(cell) == read


def test_a_serial_out_of_excels_range_is_left_for_the_parser_to_refuse() -> None:
    assert date_like(0) == 0 and date_like(99999999) == 99999999


@given(st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)))
def test_every_date_excel_can_hold_comes_back_from_its_serial(day: dt.date) -> None:
    serial = (day - dt.date(1899, 12, 30)).days
    assert date_like(serial) == day
    assert parse_date(date_like(str(serial)) if serial < 100000 else day) == day


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (13812345678, "13812345678"),  # a phone typed as a number
        ("13612345678.0", "13612345678"),  # a number saved as text by a program that wrote floats
        ("１３７１２３４５６７８", "13712345678"),  # full-width digits
        ("138-1234-5678", "138-1234-5678"),  # kept as typed
        ("+86 139 1234 5678", "+86 139 1234 5678"),
    ],
)
def test_a_phone_cell_is_kept_as_the_domain_keeps_a_phone(cell: Cell, text: str) -> None:
    assert phone_text(cell) == text
    assert phones.normalise(text) == phones.normalise(cell_text(cell))


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("13812345678/13987654321", ["13812345678", "13987654321"]),
        ("13812345678 或 13987654321", ["13812345678", "13987654321"]),
        ("13812345678，13987654321", ["13812345678", "13987654321"]),
        ("138 1234 5678", ["138 1234 5678"]),  # spaces inside one number do not split it
    ],
)
def test_two_phones_in_one_cell_are_told_apart(text: str, numbers: list[str]) -> None:
    assert split_phones(text) == numbers


def test_tags_are_split_where_a_shop_separates_them() -> None:
    assert split_tags("VIP，老客户;新|会员、x,y") == ["VIP", "老客户", "新", "会员", "x", "y"]


@pytest.mark.parametrize(
    ("first", "summary"),
    [("合计", True), ("总计：", True), ("小 计", True), ("Total", True), ("Grand total", True), ("Sum:", True)],
)
def test_total_rows_are_recognised(first: str, summary: bool) -> None:
    assert is_summary([first, None, 1234.5]) is summary
    assert is_summary([None, first]) is summary  # a total under the second column


@pytest.mark.parametrize("first", ["张三", "Totally Tea Ltd", "summer", "合作伙伴", 5])
def test_a_customer_whose_name_looks_like_a_total_is_not_one(first: Cell) -> None:
    assert not is_summary([first, "13812345678"])


def test_the_mapping_applied_to_a_row_keeps_other_columns_as_notes() -> None:
    columns = Columns(["姓名", "手机", "", "会员等级"], ["name", "phone", hdr.AS_NOTE, hdr.AS_NOTE])
    row = ["张三", 13812345678, "备用", None]

    assert columns.split(row) == ({"name": "张三", "phone": 13812345678}, ["C: 备用"])
    assert columns.column("phone") == "手机" and columns.column("birth_month") == "birth_month"
    assert columns.shown(["李四", None, "x", "金卡"]) == {"name": "李四", "notes": "C: x\n会员等级: 金卡"}


def test_a_rows_own_note_comes_before_the_columns_kept_as_notes() -> None:
    assert with_notes("常来", ["会员等级: 金卡"]) == "常来\n会员等级: 金卡"
    assert with_notes("", ["会员等级: 金卡"]) == "会员等级: 金卡"
