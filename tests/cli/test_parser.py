"""The command line's parser (cli/parser): help in the user's language that fits the
terminal, mistakes as one sentence, every command with a handler that exists."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from smallcrm.cli.common import UsageError, set_language
from smallcrm.cli.parser import WINDOW_OPTIONS, build_parser, wrap
from tests.cli.parser_helpers import commands, handler_of


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """English unless a test chooses; afterwards the environment's, as main() leaves it."""
    set_language(["--lang", "en"])
    yield
    set_language([])


def test_chinese_help_is_wrapped_by_the_columns_its_characters_take() -> None:
    lines = wrap("从 .xlsx、.xls 或 .csv 导入客户或消费记录。表头行会在标题行下面自动找到。", 20)
    assert all(sum(2 if ord(ch) > 0x2E80 else 1 for ch in line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == "从.xlsx、.xls或.csv导入客户或消费记录。表头行会在标题行下面自动找到。"


def test_english_is_wrapped_at_spaces_and_a_long_word_is_kept_whole() -> None:
    assert wrap("print one JSON object on stdout", 12) == ["print one", "JSON object", "on stdout"]
    assert wrap("--a-very-long-option-name here", 8) == ["--a-very-long-option-name", "here"]


def test_the_help_speaks_the_users_language(capsys: pytest.CaptureFixture[str]) -> None:
    set_language(["--lang", "zh_CN"])
    build_parser().print_help()
    out = capsys.readouterr().out
    assert out.startswith("用法：smallcrm") and "选项" in out


def test_a_mistake_is_one_sentence_pointing_at_the_help() -> None:
    with pytest.raises(UsageError) as raised:
        build_parser().parse_args(["customer", "shwo", "1"])
    text = raised.value.render()
    assert "\n" not in text and "invalid choice: 'shwo'" in text and text.endswith("(see 'smallcrm customer --help')")


def test_the_window_options_are_in_the_help_and_parse_without_a_command() -> None:
    args = build_parser().parse_args(["--demo", "--quit-after-show"])
    assert args.command is None and args.demo and args.quit_after_show
    help_text = build_parser().format_help()
    assert all(option in help_text for option in WINDOW_OPTIONS)


def test_every_command_runs_a_handler_that_exists() -> None:
    found = list(commands())
    assert len(found) >= 60
    for words in found:
        assert callable(handler_of(*words).resolve()), words
