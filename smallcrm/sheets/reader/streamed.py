"""A large .xlsx streamed by openpyxl's read-only mode, in constant memory."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

from smallcrm.sheets.reader.base import Row, SheetReader, SheetSource, canonical, damaged, no_sheet, trimmed


class OpenpyxlReader(SheetReader):
    """openpyxl read-only, streaming, in constant memory, the sheet's XML parsed once.

    WORKAROUND (two of them): openpyxl's own row loop clears each parsed <row> but
    leaves it attached to <sheetData>, so memory grows by ~84 bytes a row (measured:
    39 MB before a 1,000,000-row sheet, 123 MB after it); ``rows`` therefore runs the
    same per-row parser (``WorkSheetParser.parse_row``) in a loop that also detaches
    each row. And ``load_workbook`` looks for every sheet's <dimension> element by
    parsing the sheet until it meets it or the end of <sheetData>: a sheet without one
    (openpyxl's own write-only mode and other exporters write none; Excel and WPS
    always do) was parsed whole once per opening before its rows were read (three
    parses for an inspect and an import, issue 17). So the workbook is opened with
    openpyxl's own reader steps (manifest, shared strings, workbook, styles) but not
    its worksheet step, and the chosen sheet is parsed once, by ``rows``. Its row count
    comes from its <dimension> when it has one, else it is estimated from the file
    (:func:`estimate_rows`).
    """

    def __init__(self, path: Path, sheet: str | None, names: list[str]) -> None:
        super().__init__(SheetSource(path, "xlsx", "openpyxl", sheets=names))
        try:
            book = ExcelReader(path, read_only=True, keep_vba=False, data_only=True, keep_links=False)
            self._closers.append(book.archive.close)
            book.read_manifest()
            book.read_strings()
            book.read_workbook()
            apply_stylesheet(book.archive, book.wb)
            sheets = [
                (ws.name, ws.state, rel.target)
                for ws, rel in book.parser.find_sheets()
                if rel.target in book.valid_files and "chartsheet" not in rel.Type
            ]
        except Exception as exc:  # whatever a damaged file makes openpyxl raise
            self.close()
            raise damaged(path) from exc
        if not sheets:
            self.close()
            raise damaged(path)
        by_name = {name: target for name, _state, target in sheets}
        if sheet is not None and sheet not in by_name:
            self.close()
            raise no_sheet(path, sheet, [name for name, _state, _target in sheets])
        visible = [(name, target) for name, state, target in sheets if state == "visible"]
        self.source.sheet, self._target = (sheet, by_name[sheet]) if sheet is not None else (visible or sheets)[0][:2]
        self._book = book
        self.source.estimated_rows = estimate_rows(book.archive, self._target)

    def rows(self) -> Iterator[tuple[int, Row]]:
        try:
            yield from self._rows()
        except Exception as exc:  # whatever a damaged file makes openpyxl raise
            raise damaged(self.source.path) from exc

    def _rows(self) -> Iterator[tuple[int, Row]]:
        sheet_data_tag = f"{{{SHEET_MAIN_NS}}}sheetData"
        book = self._book
        wb = book.wb
        with book.archive.open(self._target) as src:
            parser = WorkSheetParser(
                src,
                book.shared_strings,
                data_only=True,
                epoch=wb.epoch,
                date_formats=wb._date_formats,
                timedelta_formats=wb._timedelta_formats,
            )
            sheet_data = None
            number = 0
            for event, element in iterparse(src, events=("start", "end")):
                if event == "start":
                    if element.tag == sheet_data_tag:
                        sheet_data = element
                    continue
                if element.tag != ROW_TAG:
                    continue
                index, cells = parser.parse_row(element)
                element.clear()
                if sheet_data is not None:
                    sheet_data.remove(element)  # the detaching openpyxl leaves out
                while number < index - 1:  # rows the file leaves out are blank rows
                    number += 1
                    yield number, []
                number = index
                row: Row = [None] * (cells[-1]["column"] if cells else 0)
                for cell in cells:
                    row[cell["column"] - 1] = canonical(cell["value"])
                yield number, trimmed(row)


# A row's start tag (any namespace prefix) and a sheet's <dimension ref="A1:K100001">.
_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
_LAST_ROW = re.compile(rb'<(?:\w+:)?dimension\s+ref="[^"]*?(\d+)"')
ESTIMATE_BYTES = 256 * 1024  # of the sheet's XML, uncompressed, read to estimate its rows


def estimate_rows(archive: zipfile.ZipFile, member: str) -> int:
    """The sheet's last row as its <dimension> declares it; without one, its rows
    estimated from the first ESTIMATE_BYTES of its XML (the rows in them, scaled by
    the whole XML's size): for progress, and so that a big import takes the bulk path
    whatever wrote the file (store/sqlite/bulk). Reading them costs about a millisecond;
    0 when the sheet says nothing and has no row in them."""
    info = archive.getinfo(member)
    with archive.open(member) as fh:
        head = fh.read(ESTIMATE_BYTES)
    declared = _LAST_ROW.search(head[:8192])
    if declared:
        return int(declared.group(1))
    starts = [m.start() for m in _ROW_START.finditer(head)]
    if not starts:
        return 0
    if len(head) >= info.file_size:  # the whole sheet: counted, not estimated
        return len(starts)
    body = starts[-1] - starts[0]  # the complete rows read, in bytes
    if body <= 0:
        return len(starts)
    return round((len(starts) - 1) * (info.file_size - starts[0]) / body)
