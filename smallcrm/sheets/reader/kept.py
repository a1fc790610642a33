"""The sheet read last, kept open for the next reading of the same file.

An import reads its file more than once: ``inspect`` reads the first rows (the
wizard's first page, the CLI's header guess), the preview runs the whole import as a
dry run, the import runs it again. calamine loads the whole sheet before handing out
its first row, so each reading paid for the whole load (``get_sheet_by_name`` twice
in one CLI import: 2.6 s of 28 s under cProfile, issue 17), and openpyxl parsed the
sample's rows again. Instead, the reader that read the sample is kept here with the
rows it read and its rows' iterator where it stopped; the next
:func:`~.opening.open_sheet` of the same, unchanged file takes it, and its ``rows()``
hands out the rows read so far and then the rest, read once. (A reader kept after a
whole reading, a preview's, reads its rows again from the first one: every reader's
``rows()`` starts over.)

One reader at most is kept, and for ``KEEP_SECONDS`` at most: keeping one closes the
one kept before, and a timer closes it when nobody came for it (a wizard closed
after its first page), so its memory is not held for ever. The file must be the same
by content (its SHA-256, which the import computes anyway to notice a file imported
twice) as well as by name: a file saved again in between is read afresh, even when
it was saved within the file system's timestamp granularity at the same size.
"""

from __future__ import annotations

import hashlib
import itertools
import stat
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from smallcrm.sheets.reader.base import Row, SheetReader

KEEP_SECONDS = 600.0


class Key(NamedTuple):
    """A file by name and content, and the sheet asked for (None: the default choice)."""

    path: str
    digest: str
    sheet: str | None


_lock = threading.Lock()
_kept: tuple[Key, SheetReader, threading.Timer] | None = None


def file_hash(path: str | Path) -> str:
    """The file's SHA-256 (5 MB, 100,000 customers: 20-40 ms)."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def identity(path: Path, sheet: str | None) -> Key | None:
    """What makes a kept reader the right one: the file as it is now, and the sheet
    asked for; None if it is not a regular file or cannot be read (opening it says
    why, in its words). A pipe is never read here: reading one waits for a writer."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return None
        return Key(str(path.resolve()), file_hash(path), sheet)
    except OSError:
        return None


def keep(
    key: Key | None,
    reader: SheetReader,
    read: list[tuple[int, Row]] | None = None,
    rest: Iterator[tuple[int, Row]] | None = None,
) -> None:
    """Keep ``reader`` (open) for the next opening of the same file; closes the one
    kept before. With ``rest`` (its rows' iterator, stopped after the rows ``read``),
    the next ``rows()`` of the reader goes on from there instead of starting over.
    A reader whose file cannot be identified is closed at once."""
    if key is None:
        _close(reader, rest)
        return
    if rest is not None:
        _resume(reader, read or [], rest)
    timer = threading.Timer(KEEP_SECONDS, _expire, args=(reader,))
    timer.daemon = True
    with _lock:
        global _kept
        old, _kept = _kept, (key, reader, timer)
    if old is not None:
        old[2].cancel()
        _close(old[1])
    timer.start()


def take(key: Key | None, reader_name: str | None) -> SheetReader | None:
    """The kept reader for ``key`` (it is no longer kept: the caller closes it), if
    there is one and it is the kind asked for (``reader_name`` None: any)."""
    global _kept
    with _lock:
        if _kept is None or key is None or _kept[0] != key:
            return None
        if reader_name is not None and _kept[1].source.reader != reader_name:
            return None
        _key, reader, timer = _kept
        _kept = None
    timer.cancel()
    return reader


def drop() -> None:
    """Close the kept reader, if any (tests; an app that wants its memory back now)."""
    global _kept
    with _lock:
        old, _kept = _kept, None
    if old is not None:
        old[2].cancel()
        _close(old[1])


def _expire(reader: SheetReader) -> None:
    global _kept
    with _lock:
        if _kept is None or _kept[1] is not reader:
            return
        _kept = None
    _close(reader)


def _resume(reader: SheetReader, read: list[tuple[int, Row]], rest: Iterator[tuple[int, Row]]) -> None:
    """The reader's next ``rows()``: the rows read, then the rest; later ones start over."""

    def rows() -> Iterator[tuple[int, Row]]:
        vars(reader).pop("rows", None)  # once: the class's rows() again after this
        vars(reader).pop("_rest", None)
        return itertools.chain(read, rest)

    vars(reader).update(rows=rows, _rest=rest)


def _close(reader: SheetReader, rest: Iterator[tuple[int, Row]] | None = None) -> None:
    """Close a reader nobody will read, and the rows' iterator it stopped in (it may
    hold an open file: CSV, openpyxl)."""
    vars(reader).pop("rows", None)
    for iterator in (rest, vars(reader).pop("_rest", None)):
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
    reader.close()
