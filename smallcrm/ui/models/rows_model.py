"""A read-only table of rows already made text: a customer's records, the trash, a mailing's recipients."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of a few rows: ``rows`` are tuples of display text, ``ids``
    the record behind each row."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.right = set(right)
        self.rows: Sequence[tuple[str, ...]] = []
        self.ids: list[int] = []
        self.records: list[dict[str, Any]] = []

    def set_rows(
        self, records: list[dict[str, Any]], rows: Sequence[tuple[str, ...]], ids: list[int] | None = None
    ) -> None:
        """``ids``: the records' ids when a worker already listed them (tens of
        thousands of rows: the GUI thread need not walk them again)."""
        self.beginResetModel()
        self.records = records
        self.ids = ids if ids is not None else [r["id"] for r in records]
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignRight if section in self.right else Qt.AlignmentFlag.AlignLeft
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        return None
