"""The staff results commands' arguments (cli/commands_staff_results): names, handlers,
and commission making a database only when it changes a rule."""

from __future__ import annotations

import pytest

from smallcrm.cli.common import UsageError
from tests.cli.parser_helpers import assert_family, parse, writes


def test_staff_results_and_commission_run_their_handlers() -> None:
    assert_family([("staff-results",), ("commission",)], "smallcrm.cli.handlers_staff_results")


def test_staff_results_takes_a_month() -> None:
    assert parse("staff-results", "--month", "2026-11").month == "2026-11"
    assert parse("staff-results").month is None
    assert not writes("staff-results", "--month", "2026-11")


def test_commission_writes_only_when_it_sets_or_removes_a_rule() -> None:
    assert not writes("commission")
    assert writes("commission", "--staff", "陈静", "--percent", "5", "--of", "sales")
    assert writes("commission", "--category", "茶叶", "--remove")
    with pytest.raises(UsageError, match="invalid choice"):
        parse("commission", "--percent", "5", "--of", "revenue")
