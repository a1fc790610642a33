"""Opening a spreadsheet: its kind told from its first bytes, and the reader that
suits it."""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.sheets.reader import kept, xlsx
from smallcrm.sheets.reader.base import SNIFF_BYTES, Row, SheetReader, SheetSource, bad_file, empty, not_spreadsheet
from smallcrm.sheets.reader.delimited import CsvReader
from smallcrm.sheets.reader.xlsx import CalamineReader, is_ods

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


def detect_format(path: Path) -> str:
    """'xlsx', 'xls', 'ods' or 'csv' from the file's first bytes (its name may lie:
    a CSV saved as .xls, or a web page a system exported as .xls). Both .xlsx and .ods
    are zip files: an OpenDocument file names its kind in its first entry, 'mimetype'."""
    try:
        # A pipe or a device is refused before it is opened: opening a pipe waits
        # for a writer, so importing from a FIFO hung for ever.
        if not stat.S_ISREG(path.stat().st_mode) and not path.is_dir():
            raise bad_file(
                path,
                QT_TRANSLATE_NOOP(
                    "UserError", "This is not a file but a device, a pipe or a socket; import a spreadsheet file."
                ),
            )
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except FileNotFoundError:
        raise bad_file(path, QT_TRANSLATE_NOOP("UserError", "The file does not exist.")) from None
    except IsADirectoryError:
        raise bad_file(path, QT_TRANSLATE_NOOP("UserError", "This is a folder, not a spreadsheet file.")) from None
    except OSError as exc:
        raise bad_file(
            path, QT_TRANSLATE_NOOP("UserError", "The file cannot be read: {reason}."), reason=exc.strerror or exc
        ) from exc
    if not head:
        raise empty(path)
    if head.startswith(_ZIP_MAGIC):
        return "ods" if is_ods(path) else "xlsx"
    if head.startswith(_OLE_MAGIC):
        return "xls"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        raise bad_file(
            path,
            QT_TRANSLATE_NOOP(
                "UserError",
                "This file is a web page or XML saved with a spreadsheet's name; "
                "open it in Excel or WPS and save it as .xlsx.",
            ),
        )
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise not_spreadsheet(path)
    return "csv"


def open_sheet(path: str | Path, sheet: str | None = None, *, reader: str | None = None) -> SheetReader:
    """Open the named sheet (default: the first visible one with any data).

    ``reader`` forces 'calamine' or 'openpyxl' for an .xlsx (tests and benchmarks
    compare them); by default the size decides. The reader :func:`read_sample` kept
    for this very file is taken rather than opening the file again (``kept``); any
    other kept reader is closed first.
    """
    path = Path(path)
    again = kept.take(kept.identity(path, sheet), reader)
    if again is not None:
        return again
    # A kept reader nobody took is not held beside this one (an import forcing another
    # reader than its inspect used held both sheets: 220 MB at 200,000 purchase lines).
    kept.drop()
    kind = detect_format(path)
    if kind == "csv":
        return CsvReader(path)
    if kind == "xls":
        # xlrd: 18 ms at import (measured), which only a legacy .xls needs.
        from smallcrm.sheets.reader.xls import XlrdReader

        return XlrdReader(path, sheet)
    if kind == "ods":
        return CalamineReader(path, "ods", sheet)
    names, xml_size, cells = xlsx.xlsx_sheets(path, sheet)
    fits = cells is not None and cells <= xlsx.CALAMINE_MAX_CELLS and xml_size <= xlsx.CALAMINE_MAX_XML_BYTES
    chosen = reader or ("calamine" if fits else "openpyxl")
    if chosen == "calamine":
        return CalamineReader(path, "xlsx", sheet)
    # openpyxl: 0.15 s at import (measured), which only a sheet too big for calamine needs.
    from smallcrm.sheets.reader.streamed import OpenpyxlReader

    return OpenpyxlReader(path, sheet, names)


def read_sample(
    path: str | Path, sheet: str | None = None, limit: int = 50
) -> tuple[SheetSource, list[tuple[int, Row]]]:
    """The first ``limit`` non-blank rows, for header detection and the wizard's first
    page. The reader is the one the import will use, and it is kept open for it
    (``kept``): the import that follows reads the sheet calamine loaded here, and
    goes on from the rows read here rather than reading them again."""
    path = Path(path)
    out: list[tuple[int, Row]] = []
    read: list[tuple[int, Row]] = []
    key = kept.identity(path, sheet)
    reader = open_sheet(path, sheet)
    rows = reader.rows()
    try:
        for number, cells in rows:
            read.append((number, cells))
            if any(c is not None for c in cells):
                out.append((number, cells))
                if len(out) >= limit:
                    break
    except BaseException:
        close = getattr(rows, "close", None)  # the rows' generator holds an open file (CSV, openpyxl)
        if close is not None:
            close()
        reader.close()
        raise
    kept.keep(key, reader, read, rows)
    return reader.source, out
