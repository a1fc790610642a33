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
a shop has. Legacy .xls is xlrd's (see XlrdReader for why not calamine's; the format
stops at 65,536 rows, so memory is bounded by the format). OpenDocument .ods (LibreOffice,
WPS's "ODF" choice) is calamine's too, after the same guard: its grid is counted from
content.xml first (an .ods has no <dimension>), so that a sheet whose used range is
absurd is refused in one sentence rather than loaded. CSV is the standard
library's, streamed; its encoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM, else
GB18030, the superset of GBK that Excel in China writes) is detected and its
delimiter sniffed. tests/sheets/reader/test_xlsx.py checks that calamine and openpyxl hand
out identical rows.

The rooms: ``base`` (the cell, the source, the reader's interface, the errors),
``opening`` (the kind of file, the reader for it), ``kept`` (the sheet read last, kept
for the next reading of the same file), ``xlsx`` (.xlsx and .ods by calamine),
``streamed`` (a large .xlsx by openpyxl), ``xls`` and ``delimited`` (.csv).

A file that is not a spreadsheet, is empty, password-protected or truncated raises
one :class:`UserError` sentence naming the file. Nothing here writes anything.
"""

from __future__ import annotations

from smallcrm.sheets.reader.base import (
    ERROR_TEXTS,
    FORMULA_STARTS,
    Cell,
    Row,
    SheetReader,
    SheetSource,
    canonical,
    unguard_csv,
)
from smallcrm.sheets.reader.delimited import detect_encoding, sniff_delimiter
from smallcrm.sheets.reader.opening import detect_format, open_sheet, read_sample
from smallcrm.sheets.reader.xlsx import CALAMINE_MAX_CELLS, CALAMINE_MAX_XML_BYTES

__all__ = [
    "CALAMINE_MAX_CELLS",
    "CALAMINE_MAX_XML_BYTES",
    "ERROR_TEXTS",
    "FORMULA_STARTS",
    "Cell",
    "Row",
    "SheetReader",
    "SheetSource",
    "canonical",
    "detect_encoding",
    "detect_format",
    "open_sheet",
    "read_sample",
    "sniff_delimiter",
    "unguard_csv",
]
