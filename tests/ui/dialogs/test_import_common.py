"""What the import wizard's pages share: a cell read as the owner would read it, a
stored value as the list would show it, and the field names in the owner's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.ui.dialogs.import_common import FIELD_LABELS, cell_text, field_label, stored_text
from smallcrm.ui.shell import translations


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        (None, ""),
        (13812345678.0, "13812345678"),  # a phone Excel stored as a number: no ".0"
        (3.5, "3.5"),
        (dt.datetime(2024, 5, 1, 0, 0), "2024-05-01"),
        (dt.datetime(2024, 5, 1, 14, 30, 12), "2024-05-01 14:30"),
        (dt.date(1985, 2, 9), "1985-02-09"),
        ("  人民南路\n四段  1号 ", "人民南路 四段 1号"),
    ],
)
def test_a_cell_reads_as_the_owner_would_read_it(cell: Any, read: str) -> None:
    assert cell_text(cell) == read


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats(allow_nan=False), st.dates(), st.datetimes()))
def test_any_cell_reads_as_one_line_without_outer_spaces(cell: Any) -> None:
    text = cell_text(cell)
    assert "\n" not in text and text == text.strip()


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"birth_month": 2, "birth_day": 9}, "02-09"),
        ({"birth_month": 2, "birth_day": 9, "birth_year": 1985}, "1985-02-09"),
        ({"birth_month": 8, "birth_day": 15, "birth_calendar": "lunar"}, "农历八月十五"),
        ({"birth_month": None, "birth_day": 9}, ""),
    ],
)
def test_a_birthday_shows_as_the_list_shows_it(fields: dict[str, Any], shown: str) -> None:
    assert stored_text("birthday", fields) == shown


def test_money_genders_and_text_show_as_stored() -> None:
    assert stored_text("amount_cents", {"amount_cents": 123450}) == "1,234.50"
    assert stored_text("gender", {"gender": "F"}) == "Female"
    assert stored_text("notes", {"notes": "爱喝 \n 普洱"}) == "爱喝 普洱"
    assert stored_text("city", {"city": None}) == ""


def test_every_field_has_its_chinese_name(qtbot: Any) -> None:
    installed = translations.install("zh_CN")
    try:
        untranslated = [name for name, label in FIELD_LABELS.items() if field_label(name) == label]
        assert untranslated == []
    finally:
        installed.remove()
    assert field_label("mail_consent") == "Mail consent"
    assert field_label("no such field") == "no such field"
