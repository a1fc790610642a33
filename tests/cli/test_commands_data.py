"""The whole-database commands' arguments (cli/commands_data): names, handlers, and
settings and staff making a database only when they change something."""

from __future__ import annotations

import pytest

from smallcrm.cli.common import UsageError
from tests.cli.parser_helpers import assert_family, commands, parse, writes

FAMILY = [("demo",), ("search",), ("stats",), ("backup",), ("restore",), ("settings",), ("staff",)]


def test_the_whole_database_commands_run_their_handlers() -> None:
    assert [c for c in commands() if c in FAMILY] == FAMILY
    assert_family([("search",), ("stats",)], "smallcrm.cli.handlers_data")
    assert_family([("backup",), ("restore",)], "smallcrm.cli.handlers_backups")
    assert_family([("demo",), ("settings",), ("staff",)], "smallcrm.cli.handlers_shop")


def test_demo_takes_a_bounded_number_of_customers_and_a_seed() -> None:
    args = parse("demo")
    assert (args.customers, args.seed) == (2000, 1)
    assert parse("demo", "--customers", "1000000").customers == 1_000_000
    with pytest.raises(UsageError, match="too large"):
        parse("demo", "--customers", "1000001")


def test_search_pages_through_hits() -> None:
    args = parse("search", "张", "--limit", "5", "--offset", "10")
    assert (args.term, args.limit, args.offset) == ("张", 5, 10)


def test_settings_and_staff_make_a_database_only_to_change_something() -> None:
    assert writes("settings", "--set", "currency=USD") and not writes("settings")
    assert writes("staff", "--add", "小王") and not writes("staff")
    assert writes("demo") and not writes("stats") and not writes("search", "x") and not writes("backup")
