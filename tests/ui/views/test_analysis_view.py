"""The Analysis area: every chart from the demo shop, and a click that lists the customers behind a mark."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from smallcrm.ui.shell import changes
from smallcrm.ui.shell.main_window import MainWindow
from smallcrm.ui.views.analysis_view import CHARTS
from tests.ui.ui_helpers import double_click_index
from tests.ui.views.analysis_area import settle, show

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def list_count(qtbot: Any, w: MainWindow) -> int:
    model = w.customers.model
    qtbot.waitUntil(lambda: not model.loading and model.complete, timeout=30_000)
    return model.rowCount()


def test_the_area_shows_every_chart_from_the_demo_shop(qtbot: Any, shop: MainWindow) -> None:
    view = show(qtbot, shop)
    for kind in CHARTS:
        view.chart_list.setCurrentRow(CHARTS.index(kind))
        settle(qtbot, view, kind)
        if kind == "staff":
            assert view.pages.currentWidget() is view.staff_table
            names = {view.staff_model.item(r, 0).text() for r in range(view.staff_model.rowCount())}
            assert "No staff member" in names and len(names) >= 3
            continue
        assert view.pages.currentWidget() is view.chart_page and view.canvas.isVisible()
        assert view.chart.kind in (kind, "segments") and view.chart.items, kind
        assert view.canvas.grab().toImage().pixelColor(5, 5).isValid()
        assert view.note.text()  # the rules behind the chart are spelled out beside it


def test_a_click_on_a_tier_bar_lists_the_customers_the_cli_counts(qtbot: Any, shop: MainWindow, crm: Path) -> None:
    import json

    view = show(qtbot, shop)
    item = view.chart.item("tier:high")
    view.canvas.draw()
    x, y = view.canvas.item_position(item)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    qtbot.waitUntil(lambda: shop.current_area() == "customers")
    cli = subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(crm), "segments", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    cli_count = json.loads(cli.stdout)["segments"]["tier"]["high"]["count"]
    assert cli_count > 0
    assert list_count(qtbot, shop) == cli_count == item.count
    bar = shop.customers.filter_bar
    assert bar.ids_button.isVisible() and "High profit" in bar.ids_button.text()
    bar.ids_button.click()  # the filter goes, everyone is back
    assert list_count(qtbot, shop) == 300 and not bar.ids_button.isVisible()


def test_a_click_on_a_cohort_cell_lists_its_customers(qtbot: Any, shop: MainWindow) -> None:
    view = show(qtbot, shop, "cohorts")
    item = next(i for i in view.chart.items if i.cell == (0, 1))
    view.canvas.draw()
    x, y = view.canvas.item_position(item)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    qtbot.waitUntil(lambda: shop.current_area() == "customers")
    assert list_count(qtbot, shop) == item.count


def test_the_staff_filter_limits_the_chart_to_their_customers(qtbot: Any, shop: MainWindow) -> None:
    from smallcrm.domain.customers.lookup import get_customer

    view = show(qtbot, shop)
    everyone = sum(i.count for i in view.chart.items if "/" not in i.key)
    view.staff_combo.setCurrentIndex(2)  # the first staff member
    staff_id = view.staff_combo.currentData()
    qtbot.waitUntil(lambda: not view.busy and view.outcome.request.staff == staff_id, timeout=30_000)
    bars = [i for i in view.chart.items if "/" not in i.key]
    assert 0 < sum(i.count for i in bars) < everyone
    some = next(i for i in bars if i.count)
    assert get_customer(int(some.ids[0])).staff_id == staff_id


def test_the_chart_saves_as_png_and_pdf_and_copies(qtbot: Any, shop: MainWindow, tmp_path: Path) -> None:
    view = show(qtbot, shop, "pareto")
    view.save_chart(str(tmp_path / "pareto.png"))
    view.save_chart(str(tmp_path / "pareto.pdf"))
    assert (tmp_path / "pareto.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "pareto.pdf").read_bytes().startswith(b"%PDF")
    view.copy_button.click()
    image = QApplication.clipboard().image()
    assert not image.isNull() and image.width() > 300


def test_a_new_purchase_recomputes_the_charts(qtbot: Any, shop: MainWindow) -> None:
    from smallcrm.domain.records.purchases import add_purchase

    view = show(qtbot, shop)
    before = view.outcome
    low = view.chart.item("tier:loss")
    add_purchase(int(low.ids[0]), {"amount": "100000", "cost": "0", "date": dt.date.today().isoformat()})
    changes.announce(changes.PURCHASES, [int(low.ids[0])])
    qtbot.waitUntil(lambda: not view.busy and view.outcome is not before, timeout=30_000)
    assert view.chart.item("tier:loss").count == low.count - 1


def test_the_list_filters_by_segment_and_churn_risk(qtbot: Any, shop: MainWindow) -> None:
    from smallcrm.domain.analysis import segments as seg

    bar = shop.customers.filter_bar
    bar.choose("segment", "Lifecycle stage: Long-term customers")
    assert list_count(qtbot, shop) == len(seg.segment_ids("lifecycle:loyal"))
    bar.clear()
    bar.choose("risk", "At risk of leaving")
    assert list_count(qtbot, shop) == len(seg.segment_ids("churn:at_risk")) > 0


def test_starting_the_window_loads_no_plotting_or_statistics() -> None:
    code = (
        "import sys; import smallcrm.ui.shell.main_window; "
        "print(sorted(m for m in ('matplotlib', 'numpy', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_list_saves_its_filters_as_a_segment_to_use_again(qtbot: Any, shop: MainWindow) -> None:
    from smallcrm.domain.analysis import segments as seg

    bar = shop.customers.filter_bar
    bar.choose("churn", "Active")
    bar.choose("segment", "Lifecycle stage: Long-term customers")
    count = list_count(qtbot, shop)
    assert count > 0 and bar.save_button.isVisible()
    job = bar.save_segment("Loyal and active")
    qtbot.waitUntil(lambda: job.done)
    assert seg.get_segment("Loyal and active")["definition"] == {
        "all": [{"field": "churn_status", "op": "eq", "value": "active"}, {"segment": "lifecycle:loyal"}]
    }
    bar.clear()
    bar.choose("segment", "Saved segment: Loyal and active")
    assert list_count(qtbot, shop) == count
    bar.choose("birthday")  # "this month" moves with the calendar: not a saved segment
    assert not bar.save_button.isVisible()
    bar.clear()
    bar.choose("complaint")  # saved segments have no rule for open complaints
    assert bar.active() and not bar.save_button.isVisible()


def test_a_double_click_on_a_staff_row_lists_their_customers(qtbot: Any, shop: MainWindow) -> None:
    from smallcrm.store.models import Customer, Staff

    view = show(qtbot, shop, "staff")
    model, table = view.staff_model, view.staff_table
    row = next(r for r in range(model.rowCount()) if model.item(r, 0).text() != "No staff member")
    name = model.item(row, 0).text()
    double_click_index(qtbot, table, model.index(row, 0))
    qtbot.waitUntil(lambda: shop.current_area() == "customers")
    theirs = Customer.select().join(Staff).where((Staff.name == name) & Customer.deleted_at.is_null()).count()
    assert list_count(qtbot, shop) == theirs == int(model.item(row, 1).text())


def test_every_header_of_the_per_staff_table_is_read_whole(qtbot: Any, shop: MainWindow) -> None:
    """'Churn / month' was cut to 'Churn / mo…' with every column stretched alike."""
    view = show(qtbot, shop, "staff")
    header = view.staff_table.horizontalHeader()
    metrics = header.fontMetrics()
    qtbot.waitUntil(lambda: view.staff_model.columnCount() > 0)
    for column in range(view.staff_model.columnCount()):
        text = view.staff_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
