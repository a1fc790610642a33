"""Cohorts by month of first purchase: the heatmap's cells and their customers."""

from __future__ import annotations

import pytest

from smallcrm import plots
from smallcrm.domain.analysis import result as analysis


def test_a_click_on_a_cohort_cell_finds_its_customers(result: analysis.Analysis) -> None:
    chart = plots.cohort_retention(result, months=6)
    _, sizes, _, cells = plots.cohort_table(result, months=6)
    first_cells = [i for i in chart.items if i.cell is not None and i.cell[1] == 0]
    assert all(i.value == 1.0 for i in first_cells if i.count)  # everyone buys in their first month
    item = chart.item_for(chart.items[0].artist, xdata=1.2, ydata=0.9)  # the cell at row 1, column 1
    assert item is not None and item.cell == (1, 1)
    assert item.ids.tolist() == cells[1][1].tolist()
    assert item.value == pytest.approx(len(cells[1][1]) / sizes[1])
    assert len(chart.items) == 6 * 7 // 2  # no cells in the future


def test_cells_in_the_future_are_empty_and_the_sizes_count_the_cohorts(result: analysis.Analysis) -> None:
    keys, sizes, share, cells = plots.cohort_table(result, months=4)
    assert keys == ["2025-03", "2025-04", "2025-05", "2025-06"]
    for c in range(4):
        assert all(share[c, k] != share[c, k] for k in range(4 - c, 4))  # NaN: not yet
        assert sizes[c] == len(cells[c][0])
