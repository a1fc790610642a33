"""What every reader shares: the canonical cell, the source a sheet was read from,
the reader's streaming interface, and the one-sentence errors a file can cause."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

Cell = None | str | int | float | bool | dt.date | dt.datetime | dt.time
Row = list[Cell]

ERROR_TEXTS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
EXACT = 2**53  # whole numbers below this are exact as floats
SNIFF_BYTES = 64 * 1024  # what is read of a file to tell its kind, encoding or size
# Text that a spreadsheet program takes for a formula when it opens a CSV. SmallCRM's
# CSV export writes such text, and text that itself starts with an apostrophe, after
# one apostrophe (exporter.guard_csv); the CSV reader takes exactly that one off again,
# so an export reads back as it was. (An .xlsx export marks such cells with Excel's
# quote-prefix style instead: its text is unchanged and nothing is taken off.)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CSV_GUARDED = tuple("'" + start for start in (*FORMULA_STARTS, "'"))


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
        return value if -EXACT < value < EXACT else float(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return int(value) if value.is_integer() and -EXACT < value < EXACT else value
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


def file_failure(exc: BaseException) -> bool:
    """Whether reading failed because of the file: any Exception, or pyo3's
    PanicException (a Rust panic inside calamine on a damaged file), which derives
    from BaseException so that ``except Exception`` misses it. Never GeneratorExit,
    KeyboardInterrupt or SystemExit."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def trimmed(row: Row) -> Row:
    """Without trailing empty cells: readers disagree on how far they pad a row."""
    while row and row[-1] is None:
        row.pop()
    return row


def bad_file(path: Path, template: str, **args: Any) -> UserError:
    return UserError(template, file=path.name, **args)


def not_spreadsheet(path: Path) -> UserError:
    return bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError", "This file is not a spreadsheet SmallCRM can read; save it as .xlsx, .xls, .ods or .csv."
        ),
    )


def damaged(path: Path) -> UserError:
    return bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError", "The spreadsheet is damaged or incomplete; open it in Excel or WPS and save it again."
        ),
    )


def protected(path: Path) -> UserError:
    return bad_file(
        path,
        QT_TRANSLATE_NOOP(
            "UserError",
            "The spreadsheet is password-protected; open it in Excel or WPS, remove the password and save it again.",
        ),
    )


def empty(path: Path) -> UserError:
    return bad_file(path, QT_TRANSLATE_NOOP("UserError", "The file is empty."))


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


def no_sheet(path: Path, sheet: str, names: list[str]) -> UserError:
    return bad_file(
        path,
        QT_TRANSLATE_NOOP("UserError", "There is no sheet called {sheet}; the sheets are: {names}."),
        sheet=sheet,
        names=", ".join(names),
    )
