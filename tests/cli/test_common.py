"""What the command modules share (cli/common): values typed on the command line read
one way, usage errors in the user's language, and handlers loaded when they run."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.cli import common
from smallcrm.cli.common import (
    Handlers,
    Phrases,
    UsageError,
    add_command,
    count_type,
    id_list,
    json_option,
    parse_assignments,
    read_ids,
    record_id,
    set_language,
    tr,
    tr_help,
    whole_number,
)
from smallcrm.domain.values.ids import MAX_ID


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """English unless a test chooses; afterwards the environment's, as main() leaves it."""
    set_language(["--lang", "en"])
    yield
    set_language([])


@pytest.mark.parametrize("text", ["١", "+5", "1_000", " 7", "", "-1", "1.0", "５"])
def test_a_number_is_ascii_digits_only(text: str) -> None:
    with pytest.raises(UsageError, match="not a whole number"):
        whole_number(text)


def test_a_number_out_of_its_range_says_which_end() -> None:
    assert whole_number("7", low=1, high=10) == 7
    with pytest.raises(UsageError, match="0 is too small: the smallest is 1"):
        whole_number("0", low=1)
    with pytest.raises(UsageError, match="11 is too large: the largest is 10"):
        whole_number("11", high=10)


@given(st.integers(min_value=0, max_value=MAX_ID))
def test_every_id_sqlite_can_hold_reads_back(number: int) -> None:
    assert record_id(str(number)) == number and read_ids([str(number), "3"]) == [number, 3]


def test_an_id_too_large_or_not_digits_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="too large to be an id"):
        record_id(str(MAX_ID + 1))
    with pytest.raises(UsageError, match="not an id"):
        record_id("abc")


def test_an_ids_option_is_ids_separated_by_commas() -> None:
    assert id_list(None) is None and id_list("") is None
    assert id_list("3, 5,,8") == [3, 5, 8]
    with pytest.raises(UsageError, match="separated by commas"):
        id_list("3;5")


def test_an_argparse_number_type_reports_in_argparses_way() -> None:
    parse = count_type(high=5, low=1)
    assert parse.__name__ == "number" and parse("5") == 5
    with pytest.raises(argparse.ArgumentTypeError, match="too large"):
        parse("6")


def test_json_options_are_parsed_and_refused_when_too_deep() -> None:
    assert json_option('{"all": [{"tag": "VIP"}]}', "--filter") == {"all": [{"tag": "VIP"}]}
    with pytest.raises(UsageError, match="--filter is not valid JSON"):
        json_option("{", "--filter")
    with pytest.raises(UsageError, match="nests deeper than 32 levels"):
        json_option("[" * 33 + "]" * 33, "--filter")
    with pytest.raises(UsageError, match="nests deeper"):
        json_option("[" * 100_000 + "]" * 100_000, "--filter")  # beyond Python's own recursion


def test_assignments_split_at_the_first_equals_sign() -> None:
    assert parse_assignments(["city=成都市", " note =a=b", "tags="]) == {"city": "成都市", "note": "a=b", "tags": ""}
    with pytest.raises(UsageError, match="--set needs FIELD=VALUE, not 'city'"):
        parse_assignments(["city"])


def test_the_language_is_read_before_parsing_so_help_and_errors_follow_it() -> None:
    set_language(["stats", "--lang=zh_CN"])
    assert tr("usage: ") == "用法："
    assert UsageError(common.BAD_ID, value="x").render() == "'x' 不是编号：编号是用数字 0-9 写的整数"
    set_language(["--lang", "en", "--", "--lang", "zh_CN"])  # after '--' it is an argument, not the option
    assert tr("usage: ") == "usage: "


def test_phrases_are_translated_sentence_by_sentence() -> None:
    set_language(["--lang", "zh_CN"])
    text = Phrases("Add a customer.", "Delete a purchase.")
    assert text == "Add a customer.Delete a purchase."
    assert tr_help(text) == tr("Add a customer.") + tr("Delete a purchase.") != text


def test_a_handler_is_imported_only_when_its_command_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "smallcrm.cli.handlers_festivals", raising=False)
    handler = Handlers("smallcrm.cli.handlers_festivals").festivals
    assert "smallcrm.cli.handlers_festivals" not in sys.modules
    assert repr(handler) == "smallcrm.cli.handlers_festivals.festivals"

    assert handler.resolve() is sys.modules["smallcrm.cli.handlers_festivals"].festivals


def test_add_command_marks_what_the_command_runs_and_whether_it_writes() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    add_command(sub, argparse.ArgumentParser(add_help=False), "stats", len, "Counts.", writes=lambda a: False)

    args = parser.parse_args(["stats"])
    assert args.handler is len and args.command_path.endswith("stats") and not args.writes(args)
