"""The counter's commands: the catalogue (``product``) and sales (``sale``), the twins of
the sale screen. What each accepts; ``handlers_products`` and ``handlers_sales`` do the
work, each loading only its own part of the domain."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command, count_type, id_type
from smallcrm.errors import QT_TRANSLATE_NOOP

PRODUCTS = Handlers("smallcrm.cli.handlers_products")
SALES = Handlers("smallcrm.cli.handlers_sales")

# The catalogue's fields as options: (option, help). Money is in yuan as typed (68,
# ¥1,234.50); the handler hands the text to the catalogue's own parser.
PRODUCT_FIELDS = (
    ("--name", QT_TRANSLATE_NOOP("CLI", "the product's or service's name (商品名称)")),
    ("--price", QT_TRANSLATE_NOOP("CLI", "default price per unit in yuan, such as 68 or ¥1,234.50")),
    (
        "--cost",
        QT_TRANSLATE_NOOP(
            "CLI", 'cost per unit in yuan, for profit (a service\'s may be 0; "" or left out: not known)'
        ),
    ),
    ("--unit", QT_TRANSLATE_NOOP("CLI", "the unit it is sold by: 件, 斤, 盒, 次 ...")),
    ("--barcode", QT_TRANSLATE_NOOP("CLI", 'barcode, unique in the catalogue ("" clears it)')),
    ("--category", QT_TRANSLATE_NOOP("CLI", "category (分类)")),
)
KIND_HELP = QT_TRANSLATE_NOOP("CLI", "goods (the default) or service (a haircut, a repair)")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    psub = _product_actions(sub)
    _product_add_edit(psub, common)
    _product_list_show_retire(psub, common)

    sale = sub.add_parser(
        "sale", help=QT_TRANSLATE_NOOP("CLI", "Record, show, list, return or void sales at the counter.")
    )
    ssub = sale.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(sale))
    _sale_add(ssub, common)
    _sale_show_list(ssub, common)
    _sale_return_void(ssub, common)


def _product_actions(sub: Any) -> Any:
    """The ``product`` command's actions. The catalogue's spreadsheets (``product import``,
    ``product export``) are another family's: whichever registers first makes the
    command, and the other adds its actions to it."""
    product = sub.choices.get("product")
    if product is None:
        product = sub.add_parser(
            "product", help=QT_TRANSLATE_NOOP("CLI", "Add, edit, list, show or retire products and services.")
        )
        return product.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(product))
    # argparse has no public way to reach a parser's subcommands: its list of actions it is.
    return next(a for a in product._actions if isinstance(a, argparse._SubParsersAction))


def _product_add_edit(psub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        psub,
        common,
        "add",
        PRODUCTS.product_add,
        QT_TRANSLATE_NOOP("CLI", "Add a product or service to the catalogue."),
        writes=True,
    )
    for option, text in PRODUCT_FIELDS:
        p.add_argument(option, required=option in ("--name", "--price"), metavar="VALUE", help=text)
    p.add_argument("--kind", default="goods", help=KIND_HELP)

    p = add_command(
        psub,
        common,
        "edit",
        PRODUCTS.product_edit,
        QT_TRANSLATE_NOOP("CLI", "Change a product's fields; sales already made keep their own prices and costs."),
        writes=True,
    )
    p.add_argument("id")
    for option, text in PRODUCT_FIELDS:
        p.add_argument(option, metavar="VALUE", help=text)
    p.add_argument("--kind", help=KIND_HELP)


def _product_list_show_retire(psub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        psub,
        common,
        "list",
        PRODUCTS.product_list,
        QT_TRANSLATE_NOOP("CLI", "The catalogue by category and name, or what --query finds."),
    )
    p.add_argument(
        "--query", default="", help=QT_TRANSLATE_NOOP("CLI", "name, pinyin, initials or barcode, as at the counter")
    )
    p.add_argument("--category", default="", help=QT_TRANSLATE_NOOP("CLI", "only this category"))
    p.add_argument("--retired", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "retired products too"))
    p.add_argument("--limit", type=count_type(), help=QT_TRANSLATE_NOOP("CLI", "at most this many"))

    p = add_command(
        psub,
        common,
        "show",
        PRODUCTS.product_show,
        QT_TRANSLATE_NOOP("CLI", "One product, with how many sale lines name it."),
    )
    p.add_argument("id")

    p = add_command(
        psub,
        common,
        "retire",
        PRODUCTS.product_retire,
        QT_TRANSLATE_NOOP("CLI", "Take a product off the counter (old sales keep it); --undo offers it again."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--undo", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "offer a retired product again"))


def _sale_add(ssub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        ssub,
        common,
        "add",
        SALES.sale_add,
        QT_TRANSLATE_NOOP("CLI", "Record a sale in one go: all its lines or, if anything is wrong, nothing."),
        writes=True,
    )
    p.add_argument(
        "customer_id", nargs="?", metavar="CUSTOMER_ID", help=QT_TRANSLATE_NOOP("CLI", "the customer (or --walk-in)")
    )
    p.add_argument("--walk-in", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "a customer the shop does not know"))
    p.add_argument(
        "--line",
        action="append",
        required=True,
        metavar="PRODUCT_OR_TEXT[:QTY[:PRICE]]",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "one line (repeatable): a product's id (#12), barcode or exact name, or free text with its price "
            "(修拉链:1:15); the quantity defaults to 1 and the price to the product's",
        ),
    )
    p.add_argument(
        "--discount", help=QT_TRANSLATE_NOOP("CLI", "discount on the whole sale in yuan, spread over its lines")
    )
    p.add_argument(
        "--pay",
        default="cash",
        metavar="METHOD",
        help=QT_TRANSLATE_NOOP("CLI", "wechat, alipay, cash (the default), card or other"),
    )
    p.add_argument("--staff", metavar="NAME", help=QT_TRANSLATE_NOOP("CLI", "the staff member who made the sale"))
    p.add_argument("--note", default="", help=QT_TRANSLATE_NOOP("CLI", "a note on the sale"))


def _sale_show_list(ssub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        ssub,
        common,
        "show",
        SALES.sale_show,
        QT_TRANSLATE_NOOP("CLI", "One sale: its lines, money, returns, and whether it was voided."),
    )
    p.add_argument("id")

    p = add_command(ssub, common, "list", SALES.sale_list, QT_TRANSLATE_NOOP("CLI", "Sales, newest first."))
    p.add_argument("--day", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP("CLI", "only this day's sales"))
    p.add_argument("--customer", type=id_type, metavar="ID", help=QT_TRANSLATE_NOOP("CLI", "only this customer's"))
    p.add_argument("--limit", type=count_type(), default=200, help=QT_TRANSLATE_NOOP("CLI", "at most this many"))


def _sale_return_void(ssub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        ssub,
        common,
        "return",
        SALES.sale_return,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Take goods back: a return of its own, pointing at the sale's lines (the sale itself is never changed).",
        ),
        writes=True,
    )
    p.add_argument("sale_id", metavar="SALE_ID")
    p.add_argument(
        "--line",
        action="append",
        default=[],
        metavar="ID[:QTY]",
        help=QT_TRANSLATE_NOOP(
            "CLI", "a line of the sale coming back, and how much of it (repeatable; none: everything left)"
        ),
    )
    p.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("CLI", "why the goods came back"))

    p = add_command(
        ssub,
        common,
        "void",
        SALES.sale_void,
        QT_TRANSLATE_NOOP("CLI", "Void a sale recorded by mistake: it stays visible as voided and counts nowhere."),
        writes=True,
    )
    p.add_argument("sale_id", metavar="SALE_ID")
    p.add_argument("--reason", required=True, help=QT_TRANSLATE_NOOP("CLI", "why it is voided"))
