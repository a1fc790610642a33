"""What the receipt command does (its arguments: ``commands_receipt``): the sale read
from the shop, the receipt in the shop's language drawn to a PDF and/or sent to an
ESC/POS printer."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm import settings
from smallcrm.cli import output
from smallcrm.cli.common import UsageError, tr
from smallcrm.cli.database import open_database
from smallcrm.cli.shop_language import shop_translator
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.values.money import currency_symbol
from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.printing.escpos_receipt import print_escpos
from smallcrm.printing.receipts import Shop, render_receipt_pdf

PRINTED = QT_TRANSLATE_NOOP("CLI", "Printed receipt {number} ({width} mm, {pages} page(s)) to {out}.")
SENT = QT_TRANSLATE_NOOP("CLI", "Sent receipt {number} to {printer} ({size} bytes).")
NEEDS_OUT = QT_TRANSLATE_NOOP("CLI", "receipt needs OUT.pdf or --escpos PRINTER")


def receipt(args: argparse.Namespace) -> int:
    if not args.out and args.escpos is None:
        raise UsageError(NEEDS_OUT)
    open_database(args)
    sale = sale_dict(args.sale_id)
    width = args.width or int(settings.get("receipt_width"))
    shop = Shop.from_settings(currency_symbol(settings.get("currency")))
    translate = shop_translator()
    data: dict[str, Any] = {"sale_id": sale["id"], "number": sale["number"], "width_mm": width, "file": None}
    text: list[str] = []
    if args.out:
        report = render_receipt_pdf(sale, args.out, width, shop=shop, translate=translate)
        data.update(file=args.out, pages=report.pages, height_mm=report.as_dict()["height_mm"])
        text.append(tr(PRINTED).format(number=sale["number"], width=width, pages=report.pages, out=args.out))
    if args.escpos is not None:
        target = args.escpos or settings.get("receipt_printer")  # '' (none set) is refused in a sentence
        sent = print_escpos(sale, target, width, shop=shop, translate=translate)
        data["escpos"] = {"printer": str(settings.parse_receipt_printer(target)), "bytes": sent}
        text.append(tr(SENT).format(number=sale["number"], printer=data["escpos"]["printer"], size=sent))
    output.emit(args, data, text)
    return 0
