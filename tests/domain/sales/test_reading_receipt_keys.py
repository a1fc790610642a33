"""What a receipt needs from ``sale_dict`` beyond the sale itself: each line's unit
('1.5 斤 × 33.33') and, on a return, the number of the sale it returns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.sales.corrections import return_sale
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.domain.sales.recording import record_sale

AT = dt.datetime(2026, 12, 8, 10, 30)


def test_each_line_has_its_products_unit_and_a_return_the_number_it_returns(crm: Path) -> None:
    nuts = add_product({"name": "瓜子", "price": "33.33", "cost": "20", "unit": "斤"}).id
    lines = [LineInput(product_id=nuts, quantity=Decimal("1.5")), LineInput(text="修拉链", unit_price_cents=1500)]
    sale = record_sale(None, lines, sold_at=AT)
    assert [line["unit"] for line in sale_dict(sale["id"])["lines"]] == ["斤", ""]
    assert sale_dict(sale["id"])["returns_sale_number"] == ""
    back = return_sale(sale["id"], reason="不要了", returned_at=AT)
    assert sale_dict(back["id"])["returns_sale_number"] == "20261208-0001"
    assert [line["unit"] for line in sale_dict(back["id"])["lines"]] == ["斤", ""]
