"""The rule and festival commands' arguments (cli/commands_rules)."""

from __future__ import annotations

from tests.cli.parser_helpers import assert_family, commands, parse, writes

FAMILY = [
    ("reminders-run-rules",),
    ("festivals",),
    ("festival", "add"),
    ("festival", "remove"),
    ("festival", "on"),
    ("festival", "off"),
]


def test_the_rule_and_festival_commands_run_their_handlers() -> None:
    assert [c for c in commands() if c in FAMILY] == FAMILY
    assert_family(FAMILY[:1], "smallcrm.cli.handlers_rules")
    assert_family(FAMILY[1:], "smallcrm.cli.handlers_festivals")


def test_a_festival_is_added_by_name_and_day_solar_or_lunar() -> None:
    args = parse("festival", "add", "--name", "七夕", "--on", "7-7", "--lunar")
    assert (args.name, args.on, args.lunar) == ("七夕", "7-7", True)
    assert parse("festivals", "--year", "2027").year == "2027"


def test_running_the_rules_writes_and_listing_festivals_does_not() -> None:
    assert writes("reminders-run-rules") and writes("festival", "off", "1")
    assert not writes("festivals")
