"""The lines of the sale in progress: a product scanned again raises its quantity,
cells are read with the domain's parsers, what they refuse stays as typed with the
parser's sentence, and the lines go to the domain as typed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from smallcrm.domain.sales.lines import LineInput
from smallcrm.ui.models.sale_lines import (
    COL_AMOUNT,
    COL_DISCOUNT,
    COL_ITEM,
    COL_PRICE,
    COL_QUANTITY,
    SaleLinesModel,
)

TEA = {"id": 7, "name": "铁观音", "unit": "盒", "price_cents": 7600}


def texts(model: SaleLinesModel, row: int = 0) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_same_product_again_raises_the_quantity_of_its_line(qapp: Any) -> None:
    model = SaleLinesModel()
    assert model.add_product(TEA) == 0
    assert model.add_product(TEA, Decimal("1.5")) == 0
    assert texts(model) == ["铁观音", "2.5", "盒", "76.00", "", "190.00"]
    assert model.subtotal_cents() == 19000


def test_cells_typed_are_read_and_the_amount_follows(qapp: Any) -> None:
    model = SaleLinesModel()
    model.add_product(TEA)
    model.setData(model.index(0, COL_QUANTITY), "３")  # a full-width digit from a Chinese keyboard
    model.setData(model.index(0, COL_PRICE), "¥70")
    model.setData(model.index(0, COL_DISCOUNT), "10")
    assert texts(model) == ["铁观音", "3", "盒", "70.00", "10.00", "200.00"]
    assert model.inputs() == [LineInput(product_id=7, quantity=Decimal(3), unit_price_cents=7000, discount_cents=1000)]


def test_a_bad_cell_keeps_what_was_typed_in_red_with_the_parsers_sentence(qapp: Any) -> None:
    model = SaleLinesModel()
    model.add_product(TEA)
    model.setData(model.index(0, COL_PRICE), "abc")
    index = model.index(0, COL_PRICE)
    assert index.data() == "abc"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.problem() == (0, "Line 1: abc is not an amount of money.")
    assert model.index(0, COL_AMOUNT).data() == ""
    assert model.subtotal_cents() is None
    model.setData(index, "75")
    assert model.problem() is None
    model.setData(index, "")  # emptied: the catalogue's price again
    assert index.data() == "76.00"


def test_a_free_text_line_waits_for_its_price_and_its_text_can_be_changed(qapp: Any) -> None:
    model = SaleLinesModel()
    model.add_text("  修  拉链 ")
    assert texts(model) == ["修 拉链", "1", "", "", "", ""]
    assert model.flags(model.index(0, COL_ITEM)) & Qt.ItemFlag.ItemIsEditable
    model.setData(model.index(0, COL_ITEM), "")
    assert model.problem() == (0, "Line 1: Line 1 names no product.")
    model.setData(model.index(0, COL_ITEM), "换拉链")
    model.setData(model.index(0, COL_PRICE), "15")
    assert model.inputs() == [LineInput(text="换拉链", quantity=Decimal(1), unit_price_cents=1500)]
    model.add_product(TEA)
    assert not model.flags(model.index(1, COL_ITEM)) & Qt.ItemFlag.ItemIsEditable


@given(typed=st.text(max_size=30), column=st.sampled_from([COL_QUANTITY, COL_PRICE, COL_DISCOUNT]))
def test_anything_typed_into_a_cell_is_read_or_said_wrong_never_a_crash(qapp: Any, typed: str, column: int) -> None:
    model = SaleLinesModel()
    model.add_product(TEA)
    assert model.setData(model.index(0, column), typed)
    problem = model.problem()
    if problem is None:
        assert model.inputs()[0].quantity > 0
        assert model.subtotal_cents() is not None
    else:
        assert problem[1].startswith("Line 1: ") and problem[1].endswith(".")
        assert model.index(0, column).data() == typed.strip()
