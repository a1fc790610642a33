"""The catalogue's spreadsheet commands (cli/commands_catalogue): 'product import' and
'product export', attached to the 'product' command whichever family makes it."""

from __future__ import annotations

import argparse

import pytest

from smallcrm.cli import commands_catalogue
from smallcrm.cli.common import UsageError
from smallcrm.cli.parser import Parser, _common
from smallcrm.sheets.importer import DUPLICATE_POLICIES
from tests.cli.parser_helpers import assert_family, parse, writes


def test_product_import_and_export_run_their_handlers() -> None:
    assert_family([("product", "import"), ("product", "export")], "smallcrm.cli.handlers_catalogue")


def test_the_import_offers_the_customer_imports_duplicate_policies() -> None:
    args = parse("product", "import", "p.xlsx")
    assert (args.file, args.on_duplicate, args.dry_run, args.header_row) == ("p.xlsx", "skip", False, None)
    for policy in DUPLICATE_POLICIES:
        assert parse("product", "import", "p.xlsx", "--on-duplicate", policy).on_duplicate == policy
    with pytest.raises(UsageError, match="invalid choice"):
        parse("product", "import", "p.xlsx", "--on-duplicate", "merge")


def test_a_dry_run_or_an_export_never_makes_a_database() -> None:
    assert writes("product", "import", "p.csv") and not writes("product", "import", "p.csv", "--dry-run")
    assert not writes("product", "export", "p.csv")


def test_the_actions_join_a_product_command_another_family_made() -> None:
    """The counter's family makes 'product' with add, edit, list ...: import and export
    become more of its actions, not a second 'product' command."""
    parser = Parser(prog="smallcrm")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    product = sub.add_parser("product")
    actions = product.add_subparsers(dest="action", required=True, parser_class=Parser)
    actions.add_parser("list").set_defaults(handler="list")

    commands_catalogue.register(sub, _common())

    assert set(actions.choices) == {"list", "import", "export"}
    assert parser.parse_args(["product", "list"]).handler == "list"
    args = parser.parse_args(["product", "export", "p.xlsx", "--include-retired"])
    assert (args.out, args.include_retired) == ("p.xlsx", True)
    assert isinstance(args, argparse.Namespace)
