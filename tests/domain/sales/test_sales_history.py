"""A sale, a return and a void keep the analysis' packed purchase days right (the
next analysis reads blocks, not a million lines) and equal to what the lines give."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from smallcrm.domain.analysis import facts, history
from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.sales.corrections import return_sale, void_sale
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.recording import record_sale
from tests.domain.analysis.test_history import built, from_lines

AS_OF = dt.date(2026, 12, 31)


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history, "BLOCK", 2)  # a wrong customer's block rebuilt would show


def test_the_counters_writes_keep_the_blocks_built_and_equal_to_the_lines(crm: Path) -> None:
    ids = [create_customer({"name": f"客户{i}"}).id for i in range(5)]
    tea = add_product({"name": "铁观音", "price": "68", "cost": "40"}).id
    facts.load_facts(AS_OF)  # the first analysis builds the blocks
    assert built() == {history.PURCHASE: True, history.INTERACTION: True}
    at = dt.datetime(2026, 12, 8, 10, 0)
    steps = [
        lambda: record_sale(ids[3], [LineInput(product_id=tea, quantity=Decimal(2))], sold_at=at),
        lambda: record_sale(None, [LineInput(product_id=tea)], sold_at=at),  # a walk-in's: no purchase
        lambda: return_sale(1, {}, reason="坏了"),
        lambda: void_sale(3, "退货登记错了"),
        lambda: void_sale(1, "客户记错了"),
    ]
    for step in steps:
        step()
        assert built() == {history.PURCHASE: True, history.INTERACTION: True}
        assert {kind: data for kind, (_, data) in history.read().items()} == from_lines()
