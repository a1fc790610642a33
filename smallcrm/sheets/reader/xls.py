"""Legacy .xls, through xlrd (see XlrdReader for why not calamine)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import xlrd

from smallcrm.errors import UserError
from smallcrm.sheets.reader.base import (
    Cell,
    Row,
    SheetReader,
    SheetSource,
    canonical,
    damaged,
    no_sheet,
    not_spreadsheet,
    protected,
    trimmed,
)

_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


class XlrdReader(SheetReader):
    """Legacy .xls through xlrd. WORKAROUND: calamine reads .xls three times faster,
    but a damaged .xls container made it abort the whole process on a 4 GB allocation
    (found by the property tests); xlrd is pure Python, so a damaged file is an
    exception, and the format's 65,536-row limit bounds its memory and time anyway."""

    def __init__(self, path: Path, sheet: str | None) -> None:
        super().__init__(SheetSource(path, "xls", "xlrd"))
        if ole_is_encrypted_package(path):
            raise protected(path)
        try:
            # logfile: xlrd prints its warnings to stdout, which carries the CLI's JSON.
            self._book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=False, logfile=io.StringIO())
            self._closers.append(self._book.release_resources)
            names = list(self._book.sheet_names())
            self.source.sheets = names
            if sheet is not None and sheet not in names:
                raise no_sheet(path, sheet, names)
            self._sheet = self._book.sheet_by_name(sheet) if sheet is not None else self._first_sheet()
        except UserError:
            raise
        except Exception as exc:
            text = str(exc).lower()
            if "encrypt" in text or "password" in text:
                raise protected(path) from None
            if "can't find workbook" in text or "unsupported format" in text:
                raise not_spreadsheet(path) from None
            raise damaged(path) from exc
        self.source.sheet = self._sheet.name
        self.source.estimated_rows = self._sheet.nrows

    def _first_sheet(self) -> Any:
        for index in range(self._book.nsheets):
            sheet = self._book.sheet_by_index(index)
            if sheet.visibility == 0 and sheet.nrows:
                return sheet
        return self._book.sheet_by_index(0)

    def rows(self) -> Iterator[tuple[int, Row]]:
        sheet, datemode = self._sheet, self._book.datemode
        date_type, bool_type, error_type = xlrd.XL_CELL_DATE, xlrd.XL_CELL_BOOLEAN, xlrd.XL_CELL_ERROR
        try:
            for index in range(sheet.nrows):
                row: Row = []
                for kind, value in zip(sheet.row_types(index), sheet.row_values(index), strict=False):
                    if kind == date_type:
                        row.append(_xls_date(value, datemode))
                    elif kind == bool_type:
                        row.append(bool(value))
                    elif kind == error_type:
                        row.append(None)
                    else:
                        row.append(canonical(value))
                yield index + 1, trimmed(row)
        except Exception as exc:
            raise damaged(self.source.path) from exc


def _xls_date(value: float, datemode: int) -> Cell:
    """An .xls date cell: a serial in the workbook's 1900 or 1904 date system."""
    try:
        when = xlrd.xldate.xldate_as_datetime(value, datemode)
    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
        return canonical(value)
    if 0 <= value < 1:  # a time of day without a date
        return when.time()
    return canonical(when)


def ole_is_encrypted_package(path: Path) -> bool:
    """An .xlsx with a password is an OLE container holding an 'EncryptedPackage'
    stream; its directory name appears in UTF-16 in the file."""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if _ENCRYPTED_STREAM in chunk:
                return True
            if len(chunk) == 1 << 20:
                fh.seek(-len(_ENCRYPTED_STREAM), io.SEEK_CUR)
    return False
