"""The receipt command: a sale's receipt (小票) as a PDF on a 58 or 80 mm roll, or
straight to an ESC/POS thermal printer. What it accepts; ``handlers_receipt`` prints."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command, count_type, id_type
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_receipt")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "receipt",
        RUN.receipt,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Print a sale's receipt to a PDF as wide as the roll (58 or 80 mm) and as long as the receipt, "
            "or with --escpos straight to an ESC/POS receipt printer.",
        ),
    )
    p.add_argument("sale_id", type=id_type, metavar="SALE_ID")
    p.add_argument("out", metavar="OUT.pdf", nargs="?", help=QT_TRANSLATE_NOOP("CLI", "the PDF to write"))
    p.add_argument(
        "--width",
        type=count_type(80, 58),
        choices=(58, 80),
        help=QT_TRANSLATE_NOOP("CLI", "the roll's width in mm (default: the shop's setting, 58 unless changed)"),
    )
    p.add_argument(
        "--escpos",
        metavar="PRINTER",
        nargs="?",
        const="",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "also send it to an ESC/POS printer: usb:VID:PID, network:HOST[:PORT] or file:PATH "
            "(without a value: the shop's receipt printer)",
        ),
    )
