""".xlsx and .ods: python-calamine for a sheet of a sane size, openpyxl's read-only
streaming for a larger one (see the package's docstring for the measurements)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast
from xml.etree import ElementTree

import python_calamine

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.sheets.reader.base import (
    EXACT,
    SNIFF_BYTES,
    Cell,
    Row,
    SheetReader,
    SheetSource,
    bad_file,
    canonical,
    damaged,
    file_failure,
    no_sheet,
    not_spreadsheet,
    protected,
    trimmed,
)

# Sheets up to this much uncompressed XML and this many cells are read by calamine
# (fast, whole sheet in memory: ~2x the XML size at 100,000 rows); larger ones are
# streamed by openpyxl. WORKAROUND: calamine sizes its grid from the cells' positions
# and aborts the whole process (no exception) when that allocation fails, so a sheet
# with one stray value in cell XFD1048576 would kill the app. It is used only when the
# sheet's <dimension> (which Excel and WPS write first thing, covering every cell)
# promises a sane grid, or, for a sheet that does not say (openpyxl's write-only mode
# and other exporters write no <dimension>), when a scan of its XML finds a sane used
# range (scanned_cells); anything else is streamed.
CALAMINE_MAX_XML_BYTES = 96 * 1024 * 1024
CALAMINE_MAX_CELLS = 4_000_000
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?"'
)
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_ODF_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _dimension_cells(head: bytes) -> int | None:
    """The cell count of a sheet's <dimension ref="A1:K100001"/> (Excel writes it
    first thing in the sheet); None when the sheet does not say."""
    m = _DIMENSION.search(head)
    if not m:
        return None
    first_col, first_row, last_col, last_row = m.groups()
    if last_col is None:
        return 1
    rows = int(last_row) - int(first_row) + 1
    cols = _column_number(last_col) - _column_number(first_col) + 1
    return max(rows, 1) * max(cols, 1)


_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})[0-9]')
_ROW_NUMBER = re.compile(rb'<row r="([0-9]{1,7})"')


def scanned_cells(archive: zipfile.ZipFile, member: str) -> int | None:
    """The cell count of the sheet's used range (last row x last column), found by
    scanning its XML in 1 MB pieces, for a sheet without a <dimension>; None when the
    sheet is not written the plain way this scan can vouch for, so it is streamed.

    Plain: unprefixed tags, every cell's reference its first attribute (``<c r="B7"``:
    Excel, WPS, openpyxl and xlsxwriter all write it so) and every row numbered. The
    last row is the largest ``<row r=`` and the last column the largest cell
    reference's letters. Measured: a 100,000-row sheet of 50 MB XML (openpyxl's
    write-only mode, inline strings) is scanned in about 0.3 s, against openpyxl's
    11 s to parse its rows (issue 17: such files took 2.6x a bare openpyxl read)."""
    last_row = last_column = rows = cells = referenced = 0
    tail = b""
    with archive.open(member) as fh:
        while True:
            chunk = fh.read(1 << 20)
            data = tail + chunk
            cut = data.rfind(b">") + 1 if chunk else len(data)  # whole tags only; the rest waits
            block, tail = data[:cut], data[cut:]
            if b"<c>" in block:
                return None
            cells += block.count(b"<c ")
            referenced += block.count(b'<c r="')
            rows += block.count(b"<row")  # <row and <rowBreaks: only ever too many
            numbers = _ROW_NUMBER.findall(block)
            if numbers:
                last_row = max(last_row, max(map(int, numbers)))
            letters = set(_COLUMN.findall(block))
            if letters:
                last_column = max(last_column, max(map(_column_number, letters)))
            if not chunk:
                break
    if cells != referenced or not last_row or rows > last_row + 1:
        return None
    return last_row * max(last_column, 1)


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ch - 64
    return number


def xlsx_sheets(path: Path, sheet: str | None) -> tuple[list[str], int, int | None]:
    """Sheet names in order, the uncompressed XML size of the chosen sheet and the
    cell count its <dimension> declares, from the zip directory, workbook.xml and the
    sheet's first bytes alone (nothing is loaded); for a sheet without a <dimension>,
    the cell count of its used range as scanned_cells finds it (None: unknown)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "EncryptedPackage" in names:
                raise protected(path)
            if "xl/workbook.xml" not in names:
                raise not_spreadsheet(path)
            workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
            rels_xml = archive.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else b""
            targets: dict[str, str] = {}
            if rels_xml:
                for rel in ElementTree.fromstring(rels_xml).iter(f"{_PKG_REL_NS}Relationship"):
                    target = rel.get("Target", "")
                    target = target.lstrip("/") if target.startswith("/") else "xl/" + target
                    targets[rel.get("Id", "")] = target
            sheets = [
                (s.get("name", ""), targets.get(s.get(f"{_REL_NS}id", ""), ""))
                for s in workbook.iter(f"{_MAIN_NS}sheet")
            ]
            if not sheets:
                raise not_spreadsheet(path)
            wanted = next((t for n, t in sheets if n == sheet), None) if sheet else sheets[0][1]
            if sheet and wanted is None:
                raise no_sheet(path, sheet, [n for n, _ in sheets])
            sizes = {i.filename: i.file_size for i in archive.infolist()}
            size = sizes.get(wanted or "", max((v for k, v in sizes.items() if "worksheets/" in k), default=0))
            cells = None
            if wanted in sizes:
                with archive.open(wanted) as fh:
                    cells = _dimension_cells(fh.read(SNIFF_BYTES))
                if cells is None and size <= CALAMINE_MAX_XML_BYTES:
                    cells = scanned_cells(archive, wanted)
            return [n for n, _ in sheets], size, cells
    except UserError:
        raise
    except Exception as exc:
        raise damaged(path) from exc


def is_ods(path: Path) -> bool:
    """An OpenDocument spreadsheet: a zip whose 'mimetype' entry says so (ODF 1.2, 3.3)."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "mimetype" not in archive.namelist():
                return False
            return archive.read("mimetype").strip() == _ODS_MIMETYPE
    except Exception:  # a damaged zip: the .xlsx path says so in its own words
        return False


def _ods_check(path: Path) -> None:
    """Refuse an .ods that calamine should not load: a password-protected one, or one
    with a sheet spanning more than CALAMINE_MAX_CELLS cells.

    calamine reads every sheet of an .ods when it opens the file, each sized by its
    last used row and column; an .ods has no <dimension> to ask first, so content.xml
    is streamed here and each sheet's used range counted (repeated rows and cells
    included, as LibreOffice writes runs of empty ones), in constant memory. Measured:
    one value in row 100,000, column 100 made calamine hold 640 MB.
    """
    table, row_tag = f"{{{_ODF_TABLE_NS}}}table", f"{{{_ODF_TABLE_NS}}}table-row"
    cell_tags = {f"{{{_ODF_TABLE_NS}}}table-cell", f"{{{_ODF_TABLE_NS}}}covered-table-cell"}
    rows_repeated = f"{{{_ODF_TABLE_NS}}}number-rows-repeated"
    cols_repeated = f"{{{_ODF_TABLE_NS}}}number-columns-repeated"
    value_type = f"{{{_ODF_OFFICE_NS}}}value-type"
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise protected(path)
            if "content.xml" not in names:
                raise not_spreadsheet(path)
            with archive.open("content.xml") as fh:
                row = last_col = 0
                for event, element in ElementTree.iterparse(fh, events=("start", "end")):
                    if event == "start":
                        if element.tag == table:
                            row = last_col = 0
                        continue
                    if element.tag != row_tag:
                        if element.tag == table:
                            element.clear()
                        continue
                    col = used = 0
                    for cell in element:
                        if cell.tag in cell_tags:
                            col += int(cell.get(cols_repeated) or 1)
                            if cell.get(value_type) is not None or len(cell):
                                used = col
                    row += int(element.get(rows_repeated) or 1)
                    element.clear()
                    if used:
                        last_col = max(last_col, used)
                        if row * last_col > CALAMINE_MAX_CELLS:
                            raise _too_big(path)
    except UserError:
        raise
    except Exception as exc:
        raise damaged(path) from exc


def _too_big(path: Path) -> UserError:
    return bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError",
            "The sheet's used range is too large to read as .ods; "
            "delete the empty rows and columns after the data, or save it as .xlsx.",
        ),
    )


class CalamineReader(SheetReader):
    """calamine: an .xlsx up to a size (see open_sheet), or an .ods (checked first)."""

    def __init__(self, path: Path, kind: str, sheet: str | None) -> None:
        super().__init__(SheetSource(path, kind, "calamine"))
        if kind == "ods":
            _ods_check(path)
        try:
            self._wb = python_calamine.CalamineWorkbook.from_path(str(path))
            self._closers.append(self._wb.close)
            names = list(self._wb.sheet_names)
            self.source.sheets = names
            if sheet is not None:
                if sheet not in names:
                    raise no_sheet(path, sheet, names)
                self._sheet = self._wb.get_sheet_by_name(sheet)
            else:
                self._sheet = self._first_sheet()
        except UserError:
            raise
        except python_calamine.PasswordError:
            raise protected(path) from None
        except BaseException as exc:  # a damaged file; calamine's Rust code may also panic on one
            if not file_failure(exc):
                raise
            if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
                raise protected(path) from None
            raise damaged(path) from None
        self.source.sheet = self._sheet.name
        start_row, _ = self._sheet.start or (0, 0)
        self.source.estimated_rows = start_row + self._sheet.height
        self._closers.append(self._forget_sheet)

    def _forget_sheet(self) -> None:
        """The loaded sheet let go of (its cells are most of the reader's memory: an
        import closes its reader once the rows are read, before the indexes are built)."""
        vars(self).pop("_sheet", None)

    def _first_sheet(self) -> Any:
        visible = [
            m.name
            for m in self._wb.sheets_metadata
            if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")
        ]
        for name in visible or list(self._wb.sheet_names):
            sheet = self._wb.get_sheet_by_name(name)
            if sheet.height:
                return sheet
        return self._wb.get_sheet_by_index(0)

    def rows(self) -> Iterator[tuple[int, Row]]:
        sheet = self._sheet
        # calamine starts each row at the first used column and, depending on the
        # version, pads or skips the rows above the first used row: both are put
        # back so that numbers and columns are the ones the owner sees in Excel.
        # The first used row has a value by definition, so an empty first row means
        # the rows above it were padded; a row as wide as the used range means the
        # columns before it were not.
        start = sheet.start or (0, 0)
        lead: list[Cell] = []
        number: int | None = None
        try:
            # list[Any]: the comprehension below dispatches on the exact class, which mypy cannot follow.
            for values in cast("Iterator[list[Any]]", sheet.iter_rows()):
                if number is None:
                    padded = start[0] > 0 and all(v in ("", None) for v in values)
                    number = 0 if padded or start[0] == 0 else start[0]
                    lead = [None] * start[1] if start[1] > 0 and len(values) == sheet.width else []
                number += 1
                # Text (most cells), dates and numbers inline, as canonical() has them;
                # everything else through canonical().
                row = [
                    (v.strip() or None)
                    if (kind := v.__class__) is str and v[:1] != "#"
                    else v
                    if kind is dt.date
                    else (int(v) if v.is_integer() and -EXACT < v < EXACT else canonical(v))
                    if kind is float
                    else canonical(v)
                    for v in values
                ]
                yield number, trimmed(lead + row if lead else row)
        except BaseException as exc:  # a truncated sheet fails while iterating
            if not file_failure(exc):
                raise
            raise damaged(self.source.path) from exc
