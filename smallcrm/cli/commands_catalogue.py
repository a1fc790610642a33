"""The catalogue's spreadsheets: ``product import`` and ``product export``. What each
accepts; ``handlers_catalogue`` does the work.

``product`` is one command with actions; ``product add|edit|list|show|retire`` live in
the counter's family. Whichever family registers first makes the ``product`` command,
and the other adds its actions to it.
"""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.commands_sheets import add_file_options
from smallcrm.cli.common import Handlers, add_command
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_catalogue")

IMPORT_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Import the catalogue from .xlsx, .xls, .ods or .csv: headers such as 商品名称/品名/名称, 条码/条形码, 单位, "
    "售价/零售价/单价, 进价/成本价, 分类/类别 and 类型 (goods or service), or name, barcode, unit, price, cost, "
    "category and kind. A row matches a product by its barcode, else by its exact name; --on-duplicate says what "
    "happens then: skip (the default), fill the product's empty fields, overwrite them with the row's non-empty "
    "cells, or keep (add another product with the same name; a barcode belongs to one product only). A row with "
    "an impossible value (a price of 'abc', a barcode with other signs than digits and letters) is rejected whole "
    "with its row, column and reason. The import is one transaction; 'undo-import BATCH' undoes it.",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    actions = _product_actions(sub)
    _import(actions, common)
    _export(actions, common)


def _product_actions(sub: Any) -> Any:
    """The ``product`` command's actions: its existing subparsers when another family
    made the command, else a new ``product`` command."""
    product = sub.choices.get("product")
    if product is None:
        product = sub.add_parser(
            "product", help=QT_TRANSLATE_NOOP("CLI", "Import or export the catalogue of products and services.")
        )
        return product.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(product))
    # argparse has no public way to reach a parser's subcommands: its list of actions it is.
    return next(a for a in product._actions if isinstance(a, argparse._SubParsersAction))


def _import(actions: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(actions, common, "import", RUN.product_import, IMPORT_HELP, writes=lambda a: not a.dry_run)
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "preview: report what would happen, change nothing"),
    )
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "overwrite", "keep"),
        default="skip",
        help=QT_TRANSLATE_NOOP("CLI", "what to do with a row that matches a product (default skip)"),
    )
    add_file_options(p)


def _export(actions: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        actions,
        common,
        "export",
        RUN.product_export,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Export the catalogue to .xlsx or .csv (UTF-8 with BOM) in the columns 'product import' reads back.",
        ),
    )
    p.add_argument("out", metavar="FILE")
    p.add_argument(
        "--include-retired",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "retired products too, with a status column"),
    )
    p.add_argument(
        "--language", choices=("zh", "en"), help=QT_TRANSLATE_NOOP("CLI", "header language (default: the shop's)")
    )
