"""`smallcrm` opens the window unless a command (or --help) is given."""

from __future__ import annotations

import pytest

from smallcrm.launch import wants_cli


@pytest.mark.parametrize(
    "argv",
    [["search", "zs"], ["--db", "x.db", "stats"], ["--json", "stats"], ["--help"], ["--version"], ["serch"]],
)
def test_a_command_or_help_runs_the_cli(argv: list[str]) -> None:
    assert wants_cli(argv)


@pytest.mark.parametrize(
    "argv", [[], ["--demo"], ["--db", "shop.db"], ["--db", "stats", "--quit-after-show"], ["--lang", "zh_CN"]]
)
def test_window_options_alone_open_the_window(argv: list[str]) -> None:
    assert not wants_cli(argv)
