"""The counter's commands' arguments (cli/commands_counter): products and sales."""

from __future__ import annotations

import argparse

import pytest

from smallcrm.cli import commands_counter
from smallcrm.cli.common import UsageError
from smallcrm.cli.parser import Parser
from tests.cli.parser_helpers import assert_family, parse, writes

PRODUCTS = [("product", "add"), ("product", "edit"), ("product", "list"), ("product", "show"), ("product", "retire")]
SALES = [("sale", "add"), ("sale", "show"), ("sale", "list"), ("sale", "return"), ("sale", "void")]


def test_the_counter_commands_run_their_handlers() -> None:
    assert_family(PRODUCTS, "smallcrm.cli.handlers_products")
    assert_family(SALES, "smallcrm.cli.handlers_sales")


def test_a_product_needs_a_name_and_a_price_and_is_goods_unless_said() -> None:
    args = parse("product", "add", "--name", "铁观音", "--price", "68", "--barcode", "6901")
    assert (args.name, args.price, args.cost, args.barcode, args.kind) == ("铁观音", "68", None, "6901", "goods")
    with pytest.raises(UsageError, match="--price"):
        parse("product", "add", "--name", "铁观音")


def test_an_edit_changes_only_the_options_given() -> None:
    args = parse("product", "edit", "3", "--cost", "")
    assert (args.id, args.cost, args.price, args.kind) == ("3", "", None, None)


def test_a_sale_takes_its_lines_in_order_and_pays_cash_unless_said() -> None:
    args = parse("sale", "add", "7", "--line", "铁观音:2", "--line", "修拉链:1:15", "--discount", "5")
    assert (args.customer_id, args.walk_in, args.line, args.discount, args.pay) == (
        "7",
        False,
        ["铁观音:2", "修拉链:1:15"],
        "5",
        "cash",
    )
    assert parse("sale", "add", "--walk-in", "--line", "#1").customer_id is None
    with pytest.raises(UsageError, match="--line"):
        parse("sale", "add", "7")


def test_a_return_names_its_lines_and_needs_a_reason() -> None:
    args = parse("sale", "return", "4", "--line", "15:2", "--line", "16", "--reason", "受潮")
    assert (args.sale_id, args.line, args.reason) == ("4", ["15:2", "16"], "受潮")
    assert parse("sale", "return", "4", "--reason", "x").line == []
    with pytest.raises(UsageError, match="--reason"):
        parse("sale", "void", "4")


def test_only_the_commands_that_change_the_shop_may_make_a_database() -> None:
    assert writes("product", "add", "--name", "x", "--price", "1") and writes("sale", "add", "--walk-in", "--line", "x")
    assert writes("sale", "return", "1", "--reason", "x") and writes("sale", "void", "1", "--reason", "x")
    assert writes("product", "retire", "1") and writes("product", "edit", "1", "--price", "2")
    assert not writes("product", "list") and not writes("product", "show", "1")
    assert not writes("sale", "list") and not writes("sale", "show", "1")


def test_a_family_registered_before_finds_the_product_command_and_adds_to_it() -> None:
    """``product import|export`` come from the catalogue's family: whichever of the two
    registers first makes the command, the other adds its actions."""
    parser = Parser(prog="smallcrm")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    other = sub.add_parser("product").add_subparsers(dest="action", required=True, parser_class=Parser)
    other.add_parser("import")
    commands_counter.register(sub, argparse.ArgumentParser(add_help=False))
    actions = next(a for a in sub.choices["product"]._actions if isinstance(a, argparse._SubParsersAction))
    assert {"import", "add", "edit", "list", "show", "retire"} <= set(actions.choices)
