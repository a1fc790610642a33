"""The read-only table of rows already made text: a customer's records, the trash, a mailing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from smallcrm.ui.models.rows_model import RowsModel

RECORDS = [{"id": 7, "item": "茶叶"}, {"id": 9, "item": "茶具"}]
ROWS = [("2026-01-05", "茶叶", "300.00"), ("2026-02-07", "茶具", "1,050.50")]


def test_a_table_shows_the_rows_and_knows_the_record_behind_each(qtbot: Any) -> None:
    model = RowsModel(["Date", "Item", "Amount"], right=(2,))
    model.set_rows(RECORDS, ROWS)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    assert (model.rowCount(), model.columnCount()) == (2, 3)
    assert model.index(1, 1).data() == "茶具"
    assert model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole) == "茶具"  # a cut-off text is read whole
    assert model.ids == [7, 9] and model.records[1]["item"] == "茶具"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Amount"


def test_money_is_aligned_right_and_text_left() -> None:
    model = RowsModel(["Date", "Item", "Amount"], right=(2,))
    model.set_rows(RECORDS, ROWS)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == left


def test_ids_read_by_a_worker_are_taken_as_they_are() -> None:
    model = RowsModel(["Name"])
    model.set_rows([], [("张三",), ("李四",)], ids=[11, 12])
    assert model.ids == [11, 12]
    model.set_rows([], [])
    assert model.rowCount() == 0 and model.ids == []


@pytest.mark.parametrize("parent_row", [0])
def test_a_flat_table_has_no_children(parent_row: int) -> None:
    model = RowsModel(["Name"])
    model.set_rows([{"id": 1}], [("张三",)])
    parent = model.index(parent_row, 0)
    assert model.rowCount(parent) == 0 and model.columnCount(parent) == 0
    assert model.data(QModelIndex()) is None
