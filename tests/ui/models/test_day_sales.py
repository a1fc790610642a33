"""The day's sales beside the sale screen: who, how paid, how much; a voided sale
struck through, a return's money negative."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from smallcrm.ui.models.day_sales import (
    COL_CUSTOMER,
    COL_NUMBER,
    COL_PAYMENT,
    COL_STATUS,
    COL_TIME,
    COL_TOTAL,
    DaySalesModel,
)


def sale(**fields: Any) -> dict[str, Any]:
    row = {
        "id": 1,
        "number": "20261208-0001",
        "sold_at": "2026-12-08 09:41:07",
        "customer_id": 3,
        "customer_name": "张三",
        "staff": "",
        "payment": "wechat",
        "total_cents": 12850,
        "returns_sale_id": None,
        "voided": False,
    }
    return row | fields


def test_a_sale_a_walk_in_sale_a_return_and_a_voided_sale(qapp: Any) -> None:
    model = DaySalesModel()
    model.set_sales(
        [
            sale(id=4, number="20261208-0004", returns_sale_id=1, total_cents=-7600),
            sale(id=3, number="20261208-0003", voided=True, payment="alipay"),
            sale(id=2, number="20261208-0002", customer_id=None, customer_name="", payment="cash"),
            sale(),
        ]
    )

    def row(r: int) -> list[str]:
        columns = (COL_TIME, COL_NUMBER, COL_CUSTOMER, COL_PAYMENT, COL_TOTAL, COL_STATUS)
        return [model.index(r, c).data() for c in columns]

    assert row(0) == ["09:41", "0004", "张三", "WeChat Pay", "-¥76.00", "Return"]
    assert row(1) == ["09:41", "0003", "张三", "Alipay", "¥128.50", "Voided"]
    assert row(2) == ["09:41", "0002", "Walk-in customer", "Cash", "¥128.50", ""]
    assert model.index(1, COL_TOTAL).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(0, COL_TOTAL).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(3, COL_NUMBER).data(Qt.ItemDataRole.ToolTipRole) == "20261208-0001"
    assert model.takings_cents() == 12850 + 12850 - 7600  # the voided one left out
    assert model.row_of(2) == 2 and model.row_of(99) is None
