""".csv: the standard library's reader, streamed; the encoding detected (UTF-8, a
BOM's, else GB18030, the superset of GBK that Excel in China writes) and the delimiter
sniffed."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from smallcrm.errors import QT_TRANSLATE_NOOP
from smallcrm.sheets.reader.base import (
    ERROR_TEXTS,
    SNIFF_BYTES,
    Row,
    SheetReader,
    SheetSource,
    bad_file,
    damaged,
    empty,
    not_spreadsheet,
    trimmed,
    unguard_csv,
)

_DELIMITERS = (",", ";", "\t", "|")


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
            raise bad_file(
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


class CsvReader(SheetReader):
    def __init__(self, path: Path) -> None:
        super().__init__(SheetSource(path, "csv", "csv"))
        encoding = detect_encoding(path)
        self.source.encoding = encoding
        with path.open("r", encoding=encoding, newline="") as fh:
            sample = fh.read(SNIFF_BYTES)
        if not sample.strip():
            raise empty(path)
        if "\x00" in sample:
            raise not_spreadsheet(path)
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
            # canonical(unguard_csv(v)) inline for text, which every CSV cell is: a
            # million-line file has six million cells (measured: 1.8 s of CPU -> 0.7 s).
            errors = ERROR_TEXTS
            for number, values in enumerate(csv.reader(fh, delimiter=self.source.delimiter), start=1):
                row: Row = [
                    None if not (text := (unguard_csv(v) if v[:1] == "'" else v).strip()) or text in errors else text
                    for v in values
                ]
                yield number, trimmed(row)
        except csv.Error:
            raise damaged(self.source.path) from None
        except UnicodeDecodeError:  # the file changed since its encoding was checked
            raise damaged(self.source.path) from None
        finally:
            fh.close()
