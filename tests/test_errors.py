"""The user's problem, said in one sentence with where it is, in the user's language."""

from __future__ import annotations

import pytest

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError


def test_a_message_names_the_file_row_and_column_it_is_about() -> None:
    error = UserError("{value} is not a date.", file="客户.xlsx", row=12, column="生日", value="2月30日")
    assert str(error) == "2月30日 is not a date (file 客户.xlsx, row 12, column 生日)."
    assert (error.file, error.row, error.column, error.args_map) == ("客户.xlsx", 12, "生日", {"value": "2月30日"})


def test_a_message_about_nothing_in_particular_is_the_sentence_alone() -> None:
    assert str(UserError("The disk is full.")) == "The disk is full."


def test_the_sentence_and_its_joiners_are_translated_as_a_whole() -> None:
    chinese = {
        "{value} is not a date.": "{value} 不是日期。",
        "file {file}": "文件 {file}",
        "row {row}": "第 {row} 行",
        "{message} ({where}).": "{message}（{where}）。",
        ", ": "，",
    }
    error = UserError("{value} is not a date.", file="客户.xlsx", row=12, value="2月30日")
    assert (
        error.render(lambda context, text: chinese.get(text, text)) == "2月30日 不是日期（文件 客户.xlsx，第 12 行）。"
    )


def test_a_field_that_is_wrong_is_named_for_the_form_to_point_at() -> None:
    error = ValidationError("phone", "There is no customer field {field}.", field="电话")
    assert error.field == "phone" and error.column == "phone"
    assert str(error) == "There is no customer field 电话 (column phone)."
    assert isinstance(error, UserError)


def test_marking_a_string_for_translation_leaves_it_as_it_is() -> None:
    assert QT_TRANSLATE_NOOP("UserError", "Saved.") == "Saved."


def test_a_users_error_can_be_caught_as_any_exception() -> None:
    with pytest.raises(Exception, match="Saved"):
        raise UserError("Saved.")


def test_a_message_that_names_its_row_says_it_once() -> None:
    """'--header-row 5' on a three-row file ended in KeyError: 'row' instead of this sentence."""
    error = UserError("Row {row} is not a header.", file="a.csv", row=5)
    assert str(error) == "Row 5 is not a header (file a.csv)."
