"""Selecting many rows of a long list in one go."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelection


def row_runs(model: QAbstractItemModel, rows: Iterable[int]) -> QItemSelection:
    """Whole ``rows`` of ``model`` as one selection of runs of consecutive rows: a
    selection changed row by row is re-read row by row, and a list of thousands of
    selected customers or reminders is a few runs."""
    selection = QItemSelection()
    ordered = sorted(set(rows))
    if not ordered:
        return selection
    last = model.columnCount() - 1
    first = previous = ordered[0]
    for row in [*ordered[1:], None]:
        if row is not None and row == previous + 1:
            previous = row
            continue
        selection.select(model.index(first, 0), model.index(previous, last))
        if row is not None:
            first = previous = row
    return selection
