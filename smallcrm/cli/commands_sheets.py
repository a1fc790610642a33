"""Spreadsheet import and export: import, undo-import, imports, export. What each
command accepts; ``handlers_sheets`` does the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command, count_type
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_sheets")

IMPORT_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Import customers or purchases from .xlsx, .xlsm, .xls, .ods or .csv (UTF-8 or GBK). "
    "The header row is found below any title rows and columns are matched by their Chinese or English names "
    "(--map changes that). Outcome rules: a customer row with the same customer number, or the same phone, as a "
    "customer already in the database or an earlier row is a duplicate, counted as skipped by default "
    "(--on-duplicate skip); fill fills the customer's empty fields and overwrite replaces fields with the row's "
    "non-empty cells (counted as updated, or skipped if nothing changes); keep adds it as another customer. "
    "Blank rows count as nothing and summary rows (合计, 总计, 小计, Total) as skipped; neither is ever added. "
    "A row with neither name nor phone, or with an impossible value (a birthday of 1985年2月30日, an amount of "
    "'abc', a phone in scientific notation), is rejected whole with its row number and reason. Purchases are "
    "linked by customer number, else phone; rows of unknown customers are rejected unless --create-missing. "
    "Identical purchase lines are separate purchases. A file already imported is refused unless --force. "
    "One address column (地址, 详细地址) without province, city or district columns is split into province, "
    "city, district, street and a postcode found in it; text that is not recognised stays whole in the street. "
    "--consent yes or no sets every imported customer's consent to be mailed (column: take it from the mapped "
    "column; default: the column if one is mapped, else no). "
    "The import is one transaction: interrupted or failed, it changes nothing; 'undo-import BATCH' undoes it.",
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    _import(sub, common)
    _undo_import_and_imports(sub, common)
    _export(sub, common)


def add_file_options(p: argparse.ArgumentParser) -> None:
    """The options every import of a sheet takes (customers, purchases, products): the
    rejects report, --force for a file imported before, the sheet and the header row."""
    p.add_argument(
        "--report",
        metavar="REJECTS.xlsx",
        help=QT_TRANSLATE_NOOP("CLI", "write the rejected rows and their reasons to this file"),
    )
    p.add_argument(
        "--force", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "import a file whose content was imported before")
    )
    p.add_argument("--sheet", help=QT_TRANSLATE_NOOP("CLI", "the sheet to read (default: the first with data)"))
    p.add_argument(
        "--header-row",
        type=count_type(low=1),
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "the row holding the headers (default: found)"),
    )


def _import(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(sub, common, "import", RUN.import_cmd, IMPORT_HELP, writes=lambda a: not a.dry_run)
    p.add_argument("file")
    p.add_argument(
        "--kind",
        choices=("customers", "purchases", "products"),
        help=QT_TRANSLATE_NOOP("CLI", "what the file holds (default: guessed)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "preview: report what would happen, change nothing"),
    )
    p.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "overwrite", "keep"),
        default="skip",
        help=QT_TRANSLATE_NOOP("CLI", "what to do with a row that duplicates a customer (default skip)"),
    )
    p.add_argument(
        "--create-missing",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "purchases: add customers that are not known yet"),
    )
    add_file_options(p)
    p.add_argument(
        "--consent",
        choices=("yes", "no", "column"),
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "may the imported customers be mailed: yes or no for all of them, or from the mapped column "
            "(default: the column if one is mapped, else no)",
        ),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "map a column (its header or letter) to a field, 'note' to keep it as notes or 'ignore'; "
            "remembered for files with the same headers",
        ),
    )


def _undo_import_and_imports(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "undo-import",
        RUN.undo_import,
        QT_TRANSLATE_NOOP("CLI", "Undo an import: its rows removed, changed fields restored."),
        writes=True,
    )
    p.add_argument("batch")

    p = add_command(
        sub,
        common,
        "imports",
        RUN.imports,
        QT_TRANSLATE_NOOP("CLI", "The latest imports, newest first, with their batch numbers."),
    )
    p.add_argument("--limit", type=count_type(), default=20, metavar="N")


def _export(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "export",
        RUN.export,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Export customers, purchases, open reminders or the mailing list to .xlsx or .csv (UTF-8 with BOM). "
            "Customer exports import back as the same customers.",
        ),
    )
    p.add_argument("out", metavar="OUT.xlsx|OUT.csv")
    p.add_argument("--what", choices=("customers", "purchases", "reminders", "mailing"), default="customers")
    p.add_argument(
        "--segment",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CLI", "only the customers of this segment (see 'segments')"),
    )
    p.add_argument("--tag", help=QT_TRANSLATE_NOOP("CLI", "only customers with this tag"))
    p.add_argument(
        "--search", metavar="TERM", help=QT_TRANSLATE_NOOP("CLI", "only customers the search box finds for TERM")
    )
    p.add_argument("--ids", metavar="ID,ID,...", help=QT_TRANSLATE_NOOP("CLI", "only these customers"))
    p.add_argument(
        "--language", choices=("zh", "en"), help=QT_TRANSLATE_NOOP("CLI", "header language (default: the shop's)")
    )
