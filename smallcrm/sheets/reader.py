"""Reading a shop's spreadsheet row by row: .xlsx/.xlsm, legacy .xls, .ods and .csv.

Every reader hands out rows of the same *canonical* cell values, so what is stored
never depends on which library read the file:

- empty cells, whitespace-only text and formula errors (#N/A, #DIV/0!, ...) are ``None``
  (python-calamine reports errors as '', openpyxl as the error text);
- text is stripped of surrounding whitespace;
- numbers are ``int`` when they are whole and exactly representable (|n| < 2**53),
  otherwise ``float`` (calamine reads every number as a float, 13812345678.0, while
  openpyxl reads '13812345678' as an int);
- date cells are ``datetime.date`` at midnight and ``datetime.datetime`` otherwise
  (openpyxl gives midnight datetimes, calamine dates); times stay ``datetime.time``;
  booleans stay ``bool``;
- a CSV cell loses the one apostrophe SmallCRM's CSV export put before text that a
  spreadsheet would run as a formula (``unguard_csv``), so an export reads back as it was.

Which reader, by measurement (100,000 customer rows x 9-11 columns on this
project's 2-core benchmark machine): openpyxl read-only iterates the sheet in 4.9 s
(shared strings, as Excel saves) to 12.5 s (inline strings) at 48-190 MB peak RSS;
python-calamine reads it in ~1.0 s at ~100 MB, but it loads the whole sheet (a
1,000,000-row x 7 purchases sheet: 6.8 s and 518 MB, against openpyxl's 96 s and
130 MB). So calamine reads a sheet whose XML is at most ``CALAMINE_MAX_XML_BYTES``
uncompressed and whose <dimension> declares at most ``CALAMINE_MAX_CELLS`` cells, and
openpyxl read-only streams anything else, keeping memory bounded for the largest file
a shop has. Legacy .xls is xlrd's (see _XlrdReader for why not calamine's; the format
stops at 65,536 rows, so memory is bounded by the format). OpenDocument .ods (LibreOffice,
WPS's "ODF" choice) is calamine's too, after the same guard: its grid is counted from
content.xml first (an .ods has no <dimension>), so that a sheet whose used range is
absurd is refused in one sentence rather than loaded. CSV is the standard
library's, streamed; its encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else
GB18030, the superset of GBK that Excel in China writes) is detected and its
delimiter sniffed. tests/sheets/test_reader.py checks that calamine and openpyxl hand
out identical rows.

A file that is not a spreadsheet, is empty, password-protected or truncated raises
one :class:`UserError` sentence naming the file. Nothing here writes anything.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import itertools
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, cast
from xml.etree import ElementTree

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

Cell = None | str | int | float | bool | dt.date | dt.datetime | dt.time
Row = list[Cell]

# Sheets up to this much uncompressed XML and this many cells are read by calamine
# (fast, whole sheet in memory: ~2x the XML size at 100,000 rows); larger ones are
# streamed by openpyxl. WORKAROUND: calamine sizes its grid from the cells' positions
# and aborts the whole process (no exception) when that allocation fails, so a sheet
# with one stray value in cell XFD1048576 would kill the app. It is used only when the
# sheet's <dimension> (which Excel and WPS write first thing, covering every cell)
# promises a sane grid; sheets that do not say are streamed.
CALAMINE_MAX_XML_BYTES = 96 * 1024 * 1024
CALAMINE_MAX_CELLS = 4_000_000
ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
_EXACT = 2**53
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = (",", ";", "\t", "|")
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?"'
)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# Text that a spreadsheet program takes for a formula when it opens a CSV. SmallCRM's
# CSV export writes such text, and text that itself starts with an apostrophe, after
# one apostrophe (exporter.guard_csv); the CSV reader takes exactly that one off again,
# so an export reads back as it was. (An .xlsx export marks such cells with Excel's
# quote-prefix style instead: its text is unchanged and nothing is taken off.)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CSV_GUARDED = tuple("'" + start for start in (*FORMULA_STARTS, "'"))
_ODF_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_ODF_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def unguard_csv(text: str) -> str:
    """A CSV cell without the apostrophe exporter.guard_csv put in front of it. Only
    before a formula's first character or another apostrophe: a user's own 'abc keeps
    its apostrophe, and a full-width ＝ is text, not a formula, and is never touched."""
    return text[1:] if text.startswith(_CSV_GUARDED) else text


def canonical(value: Any) -> Cell:
    """One cell value as every reader must hand it out (see the module docstring)."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        return None if not text or text in ERROR_TEXTS else text
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if -_EXACT < value < _EXACT else float(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return int(value) if value.is_integer() and -_EXACT < value < _EXACT else value
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date()
        return value
    if isinstance(value, (dt.date, dt.time)):
        return value
    if isinstance(value, dt.timedelta):  # a duration cell: kept readable, not typed
        return str(value)
    return canonical(str(value))


def _file_failure(exc: BaseException) -> bool:
    """Whether reading failed because of the file: any Exception, or pyo3's
    PanicException (a Rust panic inside calamine on a damaged file), which derives
    from BaseException so that ``except Exception`` misses it. Never GeneratorExit,
    KeyboardInterrupt or SystemExit."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _trimmed(row: Row) -> Row:
    """Without trailing empty cells: readers disagree on how far they pad a row."""
    while row and row[-1] is None:
        row.pop()
    return row


def _bad_file(path: Path, template: str, **args: Any) -> UserError:
    return UserError(template, file=path.name, **args)


def _not_spreadsheet(path: Path) -> UserError:
    return _bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError", "This file is not a spreadsheet SmallCRM can read; save it as .xlsx, .xls, .ods or .csv."
        ),
    )


def _damaged(path: Path) -> UserError:
    return _bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError", "The spreadsheet is damaged or incomplete; open it in Excel or WPS and save it again."
        ),
    )


def _protected(path: Path) -> UserError:
    return _bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError",
            "The spreadsheet is password-protected; open it in Excel or WPS, remove the password and save it again.",
        ),
    )


def _empty(path: Path) -> UserError:
    return _bad_file(path, QT_TRANSLATE_NOOP("UserError", "The file is empty."))


@dataclass
class SheetSource:
    """What was opened and how: shown by the wizard, recorded for the rejects report."""

    path: Path
    format: str  # xlsx | xls | ods | csv
    reader: str  # calamine | openpyxl | xlrd | csv
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    estimated_rows: int = 0  # for progress; 0 when unknown


def detect_format(path: Path) -> str:
    """'xlsx', 'xls', 'ods' or 'csv' from the file's first bytes (its name may lie:
    a CSV saved as .xls, or a web page a system exported as .xls). Both .xlsx and .ods
    are zip files: an OpenDocument file names its kind in its first entry, 'mimetype'."""
    try:
        # A pipe or a device is refused before it is opened: opening a pipe waits
        # for a writer, so importing from a FIFO hung for ever.
        if not stat.S_ISREG(path.stat().st_mode) and not path.is_dir():
            raise _bad_file(
                path,
                QT_TRANSLATE_NOOP(
                    "UserError", "This is not a file but a device, a pipe or a socket; import a spreadsheet file."
                ),
            )
        with path.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise _bad_file(path, QT_TRANSLATE_NOOP("UserError", "The file does not exist.")) from None
    except IsADirectoryError:
        raise _bad_file(path, QT_TRANSLATE_NOOP("UserError", "This is a folder, not a spreadsheet file.")) from None
    except OSError as exc:
        raise _bad_file(
            path, QT_TRANSLATE_NOOP("UserError", "The file cannot be read: {reason}."), reason=exc.strerror or exc
        ) from exc
    if not head:
        raise _empty(path)
    if head.startswith(_ZIP_MAGIC):
        return "ods" if _is_ods(path) else "xlsx"
    if head.startswith(_OLE_MAGIC):
        return "xls"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        raise _bad_file(
            path,
            QT_TRANSLATE_NOOP(
                "UserError",
                "This file is a web page or XML saved with a spreadsheet's name; "
                "open it in Excel or WPS and save it as .xlsx.",
            ),
        )
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _not_spreadsheet(path)
    return "csv"


class SheetReader:
    """Rows of one sheet, streamed: ``for number, cells in reader.rows(): ...``.

    ``number`` is the row number the owner sees in Excel (1-based, blank rows
    counted); ``cells`` are canonical values, padded so that column 0 is column A.
    Use as a context manager; :func:`open_sheet` makes one.
    """

    def __init__(self, source: SheetSource) -> None:
        self.source = source
        self._closers: list[Any] = []

    def rows(self) -> Iterator[tuple[int, Row]]:  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self) -> None:
        for closer in self._closers:
            with contextlib.suppress(Exception):  # closing a reader must not mask the real error
                closer()
        self._closers.clear()

    def __enter__(self) -> SheetReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_sheet(path: str | Path, sheet: str | None = None, *, reader: str | None = None) -> SheetReader:
    """Open the named sheet (default: the first visible one with any data).

    ``reader`` forces 'calamine' or 'openpyxl' for an .xlsx (tests and benchmarks
    compare them); by default the size decides.
    """
    path = Path(path)
    kind = detect_format(path)
    if kind == "csv":
        return _CsvReader(path)
    if kind == "xls":
        return _XlrdReader(path, sheet)
    if kind == "ods":
        return _CalamineReader(path, "ods", sheet)
    names, xml_size, cells = _xlsx_sheets(path, sheet)
    fits = cells is not None and cells <= CALAMINE_MAX_CELLS and xml_size <= CALAMINE_MAX_XML_BYTES
    chosen = reader or ("calamine" if fits else "openpyxl")
    if chosen == "calamine":
        return _CalamineReader(path, "xlsx", sheet)
    return _OpenpyxlReader(path, sheet, names)


def read_sample(
    path: str | Path, sheet: str | None = None, limit: int = 50
) -> tuple[SheetSource, list[tuple[int, Row]]]:
    """The first ``limit`` non-blank rows, for header detection and the wizard's first
    page. (The reader is the one the import will use: openpyxl opens a sheet without
    a <dimension> element by parsing all of it, which costs more than calamine.)"""
    out: list[tuple[int, Row]] = []
    with open_sheet(path, sheet) as reader:
        for number, cells in reader.rows():
            if any(c is not None for c in cells):
                out.append((number, cells))
                if len(out) >= limit:
                    break
        return reader.source, out


# ---------------------------------------------------------------------------------
# .xlsx


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


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ch - 64
    return number


def _xlsx_sheets(path: Path, sheet: str | None) -> tuple[list[str], int, int | None]:
    """Sheet names in order, the uncompressed XML size of the chosen sheet and the
    cell count its <dimension> declares, from the zip directory, workbook.xml and the
    sheet's first bytes alone (nothing is loaded)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "EncryptedPackage" in names:
                raise _protected(path)
            if "xl/workbook.xml" not in names:
                raise _not_spreadsheet(path)
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
                raise _not_spreadsheet(path)
            wanted = next((t for n, t in sheets if n == sheet), None) if sheet else sheets[0][1]
            if sheet and wanted is None:
                raise _no_sheet(path, sheet, [n for n, _ in sheets])
            sizes = {i.filename: i.file_size for i in archive.infolist()}
            size = sizes.get(wanted or "", max((v for k, v in sizes.items() if "worksheets/" in k), default=0))
            cells = None
            if wanted in sizes:
                with archive.open(wanted) as fh:
                    cells = _dimension_cells(fh.read(_SNIFF_BYTES))
            return [n for n, _ in sheets], size, cells
    except UserError:
        raise
    except Exception as exc:
        raise _damaged(path) from exc


def _no_sheet(path: Path, sheet: str, names: list[str]) -> UserError:
    return _bad_file(
        path,
        QT_TRANSLATE_NOOP("UserError", "There is no sheet called {sheet}; the sheets are: {names}."),
        sheet=sheet,
        names=", ".join(names),
    )


class _OpenpyxlReader(SheetReader):
    """openpyxl read-only, streaming, in constant memory.

    WORKAROUND (two of them): openpyxl's own row loop clears each parsed <row> but
    leaves it attached to <sheetData>, so memory grows by ~84 bytes a row (measured:
    39 MB before a 1,000,000-row sheet, 123 MB after it); ``rows`` therefore runs the
    same per-row parser (``WorkSheetParser.parse_row``) in a loop that also detaches
    each row. And a sheet without a <dimension> element (Excel and WPS always write
    one; some exporters do not) makes ``load_workbook`` scan the whole sheet once to
    look for it, holding the same ~84 bytes a row until that scan ends.
    """

    def __init__(self, path: Path, sheet: str | None, names: list[str]) -> None:
        super().__init__(SheetSource(path, "xlsx", "openpyxl", sheets=names))
        from openpyxl import load_workbook

        try:
            self._wb = load_workbook(path, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:  # whatever a damaged file makes openpyxl raise
            raise _damaged(path) from exc
        self._closers.append(self._wb.close)
        if sheet is not None and sheet not in self._wb.sheetnames:
            raise _no_sheet(path, sheet, list(self._wb.sheetnames))
        self._ws = self._wb[sheet] if sheet is not None else self._first_sheet()
        self.source.sheet = self._ws.title
        self.source.estimated_rows = self._ws.max_row or 0
        self._ws.reset_dimensions()

    def _first_sheet(self) -> Any:
        worksheets = [ws for ws in self._wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
        return (worksheets or self._wb.worksheets)[0]

    def rows(self) -> Iterator[tuple[int, Row]]:
        try:
            yield from self._rows()
        except Exception as exc:  # whatever a damaged file makes openpyxl raise
            raise _damaged(self.source.path) from exc

    def _rows(self) -> Iterator[tuple[int, Row]]:
        from openpyxl.worksheet._reader import ROW_TAG, WorkSheetParser
        from openpyxl.xml.constants import SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse

        sheet_data_tag = f"{{{SHEET_MAIN_NS}}}sheetData"
        wb, ws = self._wb, self._ws
        with ws._get_source() as src:
            parser = WorkSheetParser(
                src,
                ws._shared_strings,
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
                yield number, _trimmed(row)


# ---------------------------------------------------------------------------------
# .ods


def _is_ods(path: Path) -> bool:
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
                raise _protected(path)
            if "content.xml" not in names:
                raise _not_spreadsheet(path)
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
        raise _damaged(path) from exc


def _too_big(path: Path) -> UserError:
    return _bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError",
            "The sheet's used range is too large to read as .ods; "
            "delete the empty rows and columns after the data, or save it as .xlsx.",
        ),
    )


# ---------------------------------------------------------------------------------
# calamine: .xlsx up to a size


class _CalamineReader(SheetReader):
    """calamine: an .xlsx up to a size (see open_sheet), or an .ods (checked first)."""

    def __init__(self, path: Path, kind: str, sheet: str | None) -> None:
        super().__init__(SheetSource(path, kind, "calamine"))
        import python_calamine

        if kind == "ods":
            _ods_check(path)
        try:
            self._wb = python_calamine.CalamineWorkbook.from_path(str(path))
            self._closers.append(self._wb.close)
            names = list(self._wb.sheet_names)
            self.source.sheets = names
            if sheet is not None:
                if sheet not in names:
                    raise _no_sheet(path, sheet, names)
                self._sheet = self._wb.get_sheet_by_name(sheet)
            else:
                self._sheet = self._first_sheet()
        except UserError:
            raise
        except python_calamine.PasswordError:
            raise _protected(path) from None
        except BaseException as exc:  # a damaged file; calamine's Rust code may also panic on one
            if not _file_failure(exc):
                raise
            if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
                raise _protected(path) from None
            raise _damaged(path) from None
        self.source.sheet = self._sheet.name
        start_row, _ = self._sheet.start or (0, 0)
        self.source.estimated_rows = start_row + self._sheet.height

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
                    else (int(v) if v.is_integer() and -_EXACT < v < _EXACT else canonical(v))
                    if kind is float
                    else canonical(v)
                    for v in values
                ]
                yield number, _trimmed(lead + row if lead else row)
        except BaseException as exc:  # a truncated sheet fails while iterating
            if not _file_failure(exc):
                raise
            raise _damaged(self.source.path) from exc


class _XlrdReader(SheetReader):
    """Legacy .xls through xlrd. WORKAROUND: calamine reads .xls three times faster,
    but a damaged .xls container made it abort the whole process on a 4 GB allocation
    (found by the property tests); xlrd is pure Python, so a damaged file is an
    exception, and the format's 65,536-row limit bounds its memory and time anyway."""

    def __init__(self, path: Path, sheet: str | None) -> None:
        super().__init__(SheetSource(path, "xls", "xlrd"))
        import xlrd

        if _ole_is_encrypted_package(path):
            raise _protected(path)
        try:
            # logfile: xlrd prints its warnings to stdout, which carries the CLI's JSON.
            self._book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=False, logfile=io.StringIO())
            self._closers.append(self._book.release_resources)
            names = list(self._book.sheet_names())
            self.source.sheets = names
            if sheet is not None and sheet not in names:
                raise _no_sheet(path, sheet, names)
            self._sheet = self._book.sheet_by_name(sheet) if sheet is not None else self._first_sheet()
        except UserError:
            raise
        except Exception as exc:
            text = str(exc).lower()
            if "encrypt" in text or "password" in text:
                raise _protected(path) from None
            if "can't find workbook" in text or "unsupported format" in text:
                raise _not_spreadsheet(path) from None
            raise _damaged(path) from exc
        self.source.sheet = self._sheet.name
        self.source.estimated_rows = self._sheet.nrows

    def _first_sheet(self) -> Any:
        for index in range(self._book.nsheets):
            sheet = self._book.sheet_by_index(index)
            if sheet.visibility == 0 and sheet.nrows:
                return sheet
        return self._book.sheet_by_index(0)

    def rows(self) -> Iterator[tuple[int, Row]]:
        import xlrd

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
                yield index + 1, _trimmed(row)
        except Exception as exc:
            raise _damaged(self.source.path) from exc


def _xls_date(value: float, datemode: int) -> Cell:
    """An .xls date cell: a serial in the workbook's 1900 or 1904 date system."""
    import xlrd

    try:
        when = xlrd.xldate.xldate_as_datetime(value, datemode)
    except (ValueError, OverflowError, xlrd.xldate.XLDateError):
        return canonical(value)
    if 0 <= value < 1:  # a time of day without a date
        return when.time()
    return canonical(when)


def _ole_is_encrypted_package(path: Path) -> bool:
    """An .xlsx with a password is an OLE container holding an 'EncryptedPackage'
    stream; its directory name appears in UTF-16 in the file."""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if _ENCRYPTED_STREAM in chunk:
                return True
            if len(chunk) == 1 << 20:
                fh.seek(-len(_ENCRYPTED_STREAM), io.SEEK_CUR)
    return False


# ---------------------------------------------------------------------------------
# .csv


def detect_encoding(path: Path) -> str:
    """The text encoding: a BOM decides; otherwise UTF-8 if the whole file decodes
    as UTF-8 (checked incrementally, so a 1,000,000-line file costs a fraction of a
    second and no memory), else GB18030 (a superset of GBK and GB2312)."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            pass
        fh.seek(0)
        gbk = codecs.getincrementaldecoder("gb18030")()
        try:
            while chunk := fh.read(1 << 20):
                gbk.decode(chunk)
            gbk.decode(b"", final=True)
            return "gb18030"
        except UnicodeDecodeError:
            raise _bad_file(
                path,
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The text file is neither UTF-8 nor GBK; save it from Excel as 'CSV UTF-8' or as .xlsx.",
                ),
            ) from None


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the first lines into the most rows of one width, the
    widest winning a tie (counted in cells): comma, semicolon (European Excel), tab (Excel's 'Unicode
    text') or bar. A title line above the headers, a comma inside a semicolon file's
    cell or a stray ';' in a comma file's cell do not mislead it."""
    cut = not sample.endswith(("\n", "\r"))  # the last record may be cut mid-way
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        # Records, not physical lines: a quoted cell may hold line breaks (notes), and
        # splitting it into lines made a ';' in the cell look like the delimiter.
        try:
            records = [r for r in itertools.islice(csv.reader(io.StringIO(sample), delimiter=delimiter), 31) if r]
        except csv.Error:
            continue
        if cut and len(records) > 1:
            records = records[:-1]
        widths = [len(r) for r in records[:30]]
        split = [w for w in widths if w >= 2]
        if not split:
            continue
        width = max(set(split), key=lambda w: (split.count(w), w))
        # Cells in rows of that width, not rows: a ';' inside a comma file's cells can cut
        # a record into more (narrow) rows than the file has (wide) records.
        score = (split.count(width) * width, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


class _CsvReader(SheetReader):
    def __init__(self, path: Path) -> None:
        super().__init__(SheetSource(path, "csv", "csv"))
        encoding = detect_encoding(path)
        self.source.encoding = encoding
        with path.open("r", encoding=encoding, newline="") as fh:
            sample = fh.read(_SNIFF_BYTES)
        if not sample.strip():
            raise _empty(path)
        if "\x00" in sample:
            raise _not_spreadsheet(path)
        self.source.delimiter = sniff_delimiter(sample)
        self.source.sheet = path.stem
        self.source.sheets = [path.stem]
        with path.open("rb") as fh:
            self.source.estimated_rows = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) + 1

    def rows(self) -> Iterator[tuple[int, Row]]:
        fh: TextIO = self.source.path.open("r", encoding=self.source.encoding, newline="")
        self._closers.append(fh.close)
        csv.field_size_limit(1 << 24)
        try:
            for number, values in enumerate(csv.reader(fh, delimiter=self.source.delimiter), start=1):
                yield number, _trimmed([canonical(unguard_csv(v)) for v in values])
        except csv.Error:
            raise _damaged(self.source.path) from None
        except UnicodeDecodeError:  # the file changed since its encoding was checked
            raise _damaged(self.source.path) from None
        finally:
            fh.close()
