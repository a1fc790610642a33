"""Staff results as a chart: a pair of bars per staff member, sales and gross profit,
each carrying the customers its staff member served."""

from __future__ import annotations

from pathlib import Path

from smallcrm import plots
from smallcrm.domain import demo
from smallcrm.domain.analysis.staff_results import staff_results
from tests.plots.conftest import AS_OF, render, texts


def test_each_staff_member_has_a_sales_and_a_profit_bar_carrying_their_customers(crm: Path) -> None:
    demo.generate(300, seed=3, today=AS_OF)
    results = staff_results("2025-05", with_ids=True)
    chart = plots.staff_results_chart(results)
    assert chart.kind == "staff_results"
    for row in results["staff"]:
        sales = chart.item(plots.staff_key(row["staff_id"], "sales"))
        profit = chart.item(plots.staff_key(row["staff_id"], "profit"))
        assert (sales.value, profit.value) == (row["sales_cents"], row["profit_cents"])
        assert sales.ids.tolist() == row["customer_ids"] and sales.count == row["customers"]
        assert chart.item_for(sales.artist) is sales and chart.item_for(profit.artist) is profit
    assert chart.data["staff"] == [r["staff"] for r in results["staff"]]
    assert "Sales and gross profit per staff member, 2025-05" in texts(chart)
    assert render(chart)


def test_a_month_without_sales_says_so(crm: Path) -> None:
    demo.generate(50, seed=3, today=AS_OF)
    chart = plots.staff_results_chart(staff_results("2020-01", with_ids=True), i18n=lambda _c, text: f"[{text}]")
    assert chart.items == [] and "[No data yet]" in texts(chart)
    assert any(t.startswith("[Sales and gross profit") for t in texts(chart))


def test_sales_with_nobody_on_them_have_their_bar_under_a_name() -> None:
    results = {
        "month": "2026-11",
        "staff": [
            {"staff_id": 3, "staff": "陈静", "sales": 2, "returns": 0, "sales_cents": 5000, "profit_cents": 2000,
             "customer_ids": [1, 2]},
            {"staff_id": None, "staff": "", "sales": 1, "returns": 0, "sales_cents": 800, "profit_cents": 300,
             "customer_ids": []},
        ],
    }  # fmt: skip
    chart = plots.staff_results_chart(results)
    assert chart.data["staff"] == ["陈静", "No staff member"]
    assert chart.item("staff:none/sales").value == 800
