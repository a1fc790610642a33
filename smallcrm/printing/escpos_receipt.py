"""A receipt straight to an ESC/POS thermal printer (most 58/80 mm printers sold in
China) on USB or the network, through python-escpos, without the system's printing.

The receipt's text is :func:`printing.receipts.receipt_lines` — the same rows as the PDF,
wrapped to the printer's 32 or 48 columns (16 or 24 Chinese characters) — sent in
GB18030, which these printers speak in their Chinese mode (``FS &``). python-escpos
picks a single-byte code page for text without hanzi, and such a byte is half a
Chinese character to a printer in Chinese mode, so every line goes out as GB18030
bytes of its own. The shop's name and the total are bold and twice as tall (never
twice as wide, so a line keeps its columns). The paper is fed and cut at the end.

The whole receipt is built first on python-escpos's ``Dummy`` printer and then sent
in one write, so a printer that goes away halfway gets nothing rather than half a
receipt, and tests read the exact bytes a printer would get.
"""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.printing import receipts
from smallcrm.printing.receipts import Shop, Translate, qt_translate
from smallcrm.settings import ReceiptPrinter, parse_receipt_printer

CHINESE_MODE = b"\x1c\x26"  # FS &: two-byte (GB18030) characters from here on
TIMEOUT_S = 10  # a network printer that does not answer in this time is not there
UNREACHABLE = QT_TRANSLATE_NOOP("UserError", "The receipt printer {printer} could not be reached: {reason}.")
NO_LIBUSB = QT_TRANSLATE_NOOP(
    "UserError",
    "The receipt printer {printer} is on USB, which needs libusb on this computer: install it (libusb-1.0), "
    "or set the printer up as a system printer or on the network.",
)


def _escpos() -> Any:
    """python-escpos's printer classes, imported when a receipt is printed: the import
    parses its printer database (0.2 s measured), which the window's start need not wait
    for.

    WORKAROUND: escpos.capabilities makes a new temporary folder for a pickled copy of
    that database on every import unless ESCPOS_CAPABILITIES_PICKLE_DIR names one; one
    folder of SmallCRM's own is reused instead of leaving a folder behind per run."""
    folder = Path(tempfile.gettempdir()) / "smallcrm-escpos"
    folder.mkdir(exist_ok=True)
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(folder))
    import escpos.exceptions  # imported here: 0.2 s, see the docstring
    import escpos.printer

    return escpos


def _style(printer: Any, style: str) -> None:
    big = style in ("title", "total", "mark")
    printer.set(bold=big, double_height=big, normal_textsize=not big)


def write_receipt(
    printer: Any,
    sale: Mapping[str, Any],
    width_mm: int = 58,
    *,
    shop: Shop | None = None,
    translate: Translate = qt_translate,
) -> None:
    """The receipt for ``sale`` on a python-escpos printer (any ``escpos.escpos.Escpos``):
    reset, Chinese mode, the lines in GB18030, feed and cut."""
    columns = receipts.COLUMNS[receipts.check_width(width_mm)]
    lines = receipts.printer_lines(sale, width_mm, shop=shop, translate=translate)
    printer.hw("INIT")
    printer._raw(CHINESE_MODE)  # python-escpos's way to send bytes as they are
    style = ""
    for line in lines:
        if line.style != style:
            _style(printer, line.style)
            style = line.style
        text = receipts.text_line(line, columns)
        printer._raw(text.encode("gb18030") + b"\n")  # GB18030 bytes, not a code page (see the module's docstring)
    _style(printer, "body")
    printer.cut()


def receipt_bytes(
    sale: Mapping[str, Any],
    width_mm: int = 58,
    *,
    shop: Shop | None = None,
    translate: Translate = qt_translate,
) -> bytes:
    """What the printer gets for ``sale``: the receipt on python-escpos's Dummy printer."""
    dummy = _escpos().printer.Dummy()
    write_receipt(dummy, sale, width_mm, shop=shop, translate=translate)
    return bytes(dummy.output)


def open_printer(target: ReceiptPrinter | str) -> Any:
    """A python-escpos printer for the setting's target, not yet connected."""
    where = target if isinstance(target, ReceiptPrinter) else parse_receipt_printer(target)
    printer = _escpos().printer
    if where.kind == "usb":
        return printer.Usb(idVendor=where.vendor_id, idProduct=where.product_id, timeout=TIMEOUT_S * 1000)
    if where.kind == "network":
        return printer.Network(where.host, where.port, timeout=TIMEOUT_S)
    if where.kind == "file":
        return printer.File(where.path)
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "No ESC/POS receipt printer is set: receipts go to the system printer.")
    )


def print_escpos(
    sale: Mapping[str, Any],
    target: ReceiptPrinter | str,
    width_mm: int = 58,
    *,
    shop: Shop | None = None,
    translate: Translate = qt_translate,
) -> int:
    """Print the receipt on the ESC/POS printer ``target`` ('usb:VID:PID',
    'network:HOST[:PORT]', 'file:PATH'); returns the bytes sent. A printer that is
    off, unplugged or unknown is a UserError naming it, never a traceback."""
    data = receipt_bytes(sale, width_mm, shop=shop, translate=translate)
    where = target if isinstance(target, ReceiptPrinter) else parse_receipt_printer(target)
    printer = open_printer(where)
    # What "not reached" raises: sockets, files and pyusb (USBError) an OSError, pyusb
    # without libusb a ValueError (NoBackendError), python-escpos its own errors (and a
    # RuntimeError when pyusb is missing).
    failures = (OSError, ValueError, RuntimeError, _escpos().exceptions.Error)
    try:
        if where.kind == "network":
            # WORKAROUND: python-escpos's Network.open drops a socket that failed to
            # connect without closing it (a ResourceWarning per attempt); the standard
            # library's create_connection closes it, and the printer takes the socket.
            printer.device = socket.create_connection((where.host, where.port), timeout=TIMEOUT_S)
        else:
            printer.open()
        printer._raw(data)  # the whole receipt in one write
    except failures as exc:
        if type(exc).__name__ == "NoBackendError":  # pyusb found no libusb on this computer
            raise UserError(NO_LIBUSB, printer=str(where)) from exc
        raise UserError(UNREACHABLE, printer=str(where), reason=_reason(exc)) from exc
    finally:
        with contextlib.suppress(*failures):  # closing what never opened: the error above is the one to tell
            printer.close()
    return len(data)


def _reason(exc: BaseException) -> str:
    """The failure in a few words: python-escpos's messages run over several lines."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]
