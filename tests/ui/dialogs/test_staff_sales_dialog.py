"""The sales behind a staff results figure, listed as receipts with their customer,
payment, total and gross profit; a double-click on a customer's sale lists them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.staff import add_staff
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.recording import record_sale
from smallcrm.ui.dialogs.staff_sales_dialog import StaffSalesDialog
from tests.ui.ui_helpers import double_click_index

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
AT = dt.datetime(2026, 11, 5, 10, 0)


def test_the_sales_are_listed_and_a_customer_is_one_double_click_away(qtbot: Any, crm: Path) -> None:
    chen = add_staff("陈静").id
    cid = create_customer({"name": "张三", "phone": "13812345678"}).id
    tea = LineInput(text="铁观音", unit_price_cents=16000, quantity=Decimal("0.5"))
    record_sale(cid, [tea], staff="陈静", payment="wechat", sold_at=AT)
    record_sale(None, [tea], staff="陈静", payment="cash", sold_at=AT + dt.timedelta(hours=1))
    dialog = StaffSalesDialog("2026-11", chen, "陈静", "sales")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    assert dialog.windowTitle() == "Sales by 陈静 in 2026-11"
    model = dialog.model
    rows = [[model.item(r, c).text() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["20261105-0001", "2026-11-05 10:00", "张三", "WeChat Pay", "80.00", "80.00"],
        ["20261105-0002", "2026-11-05 11:00", "Walk-in customer", "Cash", "80.00", "80.00"],
    ]
    assert dialog.summary.text() == "2 receipts, 160.00 in all."
    with qtbot.waitSignal(dialog.show_customers) as shown:
        double_click_index(qtbot, dialog.table, model.index(0, 2))
    assert shown.args == ["Sale 20261105-0001", [cid]]
