"""A long selection is made as runs of rows, in one go."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from smallcrm.ui.widgets.row_runs import row_runs


def _model(rows: int, columns: int = 3) -> QStandardItemModel:
    model = QStandardItemModel(rows, columns)
    for r in range(rows):
        for c in range(columns):
            model.setItem(r, c, QStandardItem(f"{r},{c}"))
    return model


def test_consecutive_rows_are_one_run_across_every_column() -> None:
    model = _model(10)
    runs = row_runs(model, [5, 1, 2, 3, 9, 8, 2])
    spans = [(r.top(), r.bottom(), r.left(), r.right()) for r in (runs.at(i) for i in range(runs.count()))]
    assert spans == [(1, 3, 0, 2), (5, 5, 0, 2), (8, 9, 0, 2)]


def test_no_rows_is_an_empty_selection() -> None:
    assert row_runs(_model(3), []).isEmpty()


@given(st.sets(st.integers(0, 39)))
def test_the_runs_select_exactly_the_rows_given(rows: set[int]) -> None:
    model = _model(40, 2)
    runs = row_runs(model, rows)
    selected = {i.row() for i in runs.indexes()}
    assert selected == rows
    assert runs.count() == sum(1 for r in rows if r - 1 not in rows)  # one run per gap


def test_a_table_shows_the_rows_selected(qtbot: Any) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(_model(6))
    table.selectionModel().select(row_runs(table.model(), [0, 1, 4]), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == [0, 1, 4]
