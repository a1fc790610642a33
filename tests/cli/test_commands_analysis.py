"""The analysis commands' arguments (cli/commands_analysis): names, handlers, and the
conventions stated in the help of both segments and clv."""

from __future__ import annotations

from smallcrm.cli.commands_analysis import CONVENTIONS
from smallcrm.cli.common import Phrases
from smallcrm.cli.parser import build_parser
from tests.cli.parser_helpers import assert_family, commands, parse, writes

FAMILY = [
    ("segments",),
    ("segment", "show"),
    ("segment", "save"),
    ("segment", "list"),
    ("segment", "delete"),
    ("clv",),
]


def test_the_analysis_commands_run_their_handlers() -> None:
    assert [c for c in commands() if c in FAMILY] == FAMILY
    assert_family([("segments",), ("clv",)], "smallcrm.cli.handlers_analysis")
    assert_family(FAMILY[1:5], "smallcrm.cli.handlers_segments")


def test_segments_and_clv_share_the_conventions_sentence_by_sentence() -> None:
    sub = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in ("segments", "clv"):
        description = sub.choices[name].description
        assert isinstance(description, Phrases) and description.parts[-1] == CONVENTIONS


def test_clv_predicts_90_days_unless_told() -> None:
    assert parse("clv").days == 90 and not parse("clv").customers
    assert parse("clv", "--days", "30", "--customers", "--as-of", "2026-01-01").days == 30


def test_only_saving_and_deleting_a_segment_write() -> None:
    assert writes("segment", "save", "vip", "--filter", "{}") and writes("segment", "delete", "vip")
    assert not writes("segments") and not writes("segment", "show", "tier:high") and not writes("clv")
