"""The Analysis area's staff results: the month's chart and table from the demo shop's
counter, the sales behind a bar or a row, the customers behind a figure, and the
commission rules edited in their dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox
from shiboken6 import isValid

from smallcrm.domain.analysis.commission import rules
from smallcrm.domain.analysis.staff_results import staff_results
from smallcrm.domain.values.money import format_cents
from smallcrm.ui.dialogs.commission_dialog import CommissionDialog
from smallcrm.ui.dialogs.staff_sales_dialog import StaffSalesDialog
from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.analysis_view import RESULT_COLUMNS, AnalysisView
from tests.ui.ui_helpers import double_click_index
from tests.ui.views.analysis_area import settle, show

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
COLUMN = {key: i for i, (key, _money) in enumerate(RESULT_COLUMNS)}


def month_now() -> str:
    return dt.date.today().strftime("%Y-%m")


def results_view(qtbot: Any, shop: MainWindow) -> AnalysisView:
    view = show(qtbot, shop, "staff_results")
    assert view.pages.currentWidget() is view.chart_page and view.results_panel.isVisible()
    return view


def sales_dialog(qtbot: Any) -> StaffSalesDialog:
    def shown() -> list[StaffSalesDialog]:
        return [d for d in QApplication.topLevelWidgets() if isinstance(d, StaffSalesDialog) and d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    dialog = shown()[0]
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0 or "0 receipts" in dialog.summary.text(), timeout=30_000)
    return dialog


def test_the_months_chart_and_table_show_the_staff_results_the_cli_gives(qtbot: Any, shop: MainWindow) -> None:
    view = results_view(qtbot, shop)
    expected = staff_results(month_now())
    model = view.results_model
    assert model.rowCount() == len(expected["staff"]) + 1  # and the totals
    for r, row in enumerate(expected["staff"]):
        assert model.item(r, COLUMN["staff"]).text() == (row["staff"] or "No staff member")
        assert model.item(r, COLUMN["sales"]).text() == f"{row['sales']:,}"
        assert model.item(r, COLUMN["new_customers"]).text() == f"{row['new_customers']:,}"
    assert model.item(model.rowCount() - 1, 0).text() == "Total"
    assert view.chart.kind == "staff_results" and view.chart.data["sales"] == [
        r["sales_cents"] for r in expected["staff"]
    ]
    assert view.canvas.isVisible() and view.month_combo.isVisible() and not view.as_of_edit.isEnabled()


def test_a_click_on_a_staff_members_bar_lists_their_sales(qtbot: Any, shop: MainWindow) -> None:
    view = results_view(qtbot, shop)
    best = staff_results(month_now())["staff"][0]
    item = view.chart.item(f"staff:{best['staff_id']}/sales")
    view.canvas.draw()
    x, y = view.canvas.item_position(item)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    dialog = sales_dialog(qtbot)
    assert dialog.windowTitle() == f"Sales by {best['staff']} in {month_now()}"
    assert dialog.model.rowCount() == best["sales"]  # walk-in sales included, returns and voided ones not
    dialog.close()


def test_a_double_click_on_the_returns_lists_the_returns(qtbot: Any, shop: MainWindow) -> None:
    view = results_view(qtbot, shop)
    total = view.results_model.rowCount() - 1
    double_click_index(qtbot, view.results_table, view.results_model.index(total, COLUMN["returns"]))
    dialog = sales_dialog(qtbot)
    assert dialog.model.rowCount() == staff_results(month_now())["totals"]["returns"]
    assert all(row["total_cents"] < 0 for row in dialog.rows)
    dialog.close()


@pytest.mark.parametrize("figure", ["customers", "new_customers"])
def test_a_double_click_on_the_customers_lists_them(qtbot: Any, shop: MainWindow, figure: str) -> None:
    view = results_view(qtbot, shop)
    double_click_index(qtbot, view.results_table, view.results_model.index(0, COLUMN[figure]))
    qtbot.waitUntil(lambda: shop.current_area() == "customers")
    model = shop.customers.model
    qtbot.waitUntil(lambda: not model.loading and model.complete, timeout=30_000)
    assert model.rowCount() == staff_results(month_now())["staff"][0][figure] > 0


def test_commission_rules_are_added_in_their_dialog_and_the_commission_shows(qtbot: Any, shop: MainWindow) -> None:
    view = results_view(qtbot, shop)
    assert view.results_model.item(0, COLUMN["commission_cents"]).text() == "0.00"
    qtbot.mouseClick(view.rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(isinstance(w, CommissionDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CommissionDialog))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    percent = dialog.table.cellWidget(0, 2)
    assert isinstance(percent, QDoubleSpinBox)
    percent.lineEdit().selectAll()
    qtbot.keyClicks(percent, "10")
    base = dialog.table.cellWidget(0, 3)
    assert isinstance(base, QComboBox)
    base.setCurrentIndex(base.findData("profit"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10_000)  # closed, then deleted
    assert [(r.staff_id, r.category, str(r.percent), r.of) for r in rules()] == [(None, "", "10", "profit")]
    best = staff_results(month_now())["staff"][0]
    expected = format_cents((best["profit_cents"] + 5) // 10)  # 10 %, half up to the fen
    qtbot.waitUntil(lambda: view.results_model.item(0, COLUMN["commission_cents"]).text() == expected, timeout=30_000)


def test_a_rule_the_shop_refuses_keeps_the_dialog_open(qtbot: Any, shop: MainWindow, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **_kw: said.append(str(args[2])))
    view = results_view(qtbot, shop)
    dialog = view.edit_rules()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # everyone, every category: twice
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "two commission rules" in said[0] and dialog.isVisible() and rules() == []
    dialog.reject()


def test_another_month_is_chosen_in_the_month_box(qtbot: Any, shop: MainWindow) -> None:
    view = results_view(qtbot, shop)
    view.month_combo.setFocus()
    qtbot.keyClick(view.month_combo, Qt.Key.Key_Down)
    previous = view.month_combo.currentData()
    qtbot.waitUntil(lambda: view.outcome is not None and view.outcome.request.month == previous, timeout=30_000)
    settle(qtbot, view, "staff_results")
    assert view.outcome.results["month"] == previous
    assert view.results_summary.text().startswith(previous)
