"""Recording a sale at the counter: one transaction, money to the cent, returns that
net to zero, voids that stay visible and count nowhere."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from smallcrm.domain.catalogue.products import add_product
from smallcrm.domain.customers.commands import create_customer, delete_customers, purge_customers
from smallcrm.domain.customers.merge import merge_customers, undo_merge
from smallcrm.domain.customers.staff import add_staff
from smallcrm.domain.records.purchases import delete_purchase, edit_purchase, totals
from smallcrm.domain.sales.corrections import return_sale, void_sale
from smallcrm.domain.sales.lines import LineInput, parse_line_spec
from smallcrm.domain.sales.reading import list_sales, sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Purchase, Sale, UncountedLine

pytestmark = pytest.mark.usefixtures("crm")
AT = dt.datetime(2026, 12, 8, 10, 30)


@pytest.fixture
def shop(crm: Path) -> dict:
    return {
        "cid": create_customer({"name": "张三", "phone": "13812345678"}).id,
        "tea": add_product({"name": "铁观音", "price": "68", "cost": "40", "unit": "盒", "barcode": "6901"}).id,
        "nuts": add_product({"name": "瓜子", "price": "33.33", "cost": "20", "unit": "斤"}).id,
        "cut": add_product({"name": "理发", "price": "30", "cost": "0", "kind": "service"}).id,
        "staff": add_staff("小李").id,
    }


def three_lines(shop: dict) -> list[LineInput]:
    return [
        LineInput(product_id=shop["tea"], quantity=Decimal(2)),
        LineInput(product_id=shop["nuts"], quantity=Decimal("1.5")),
        LineInput(text="修拉链", unit_price_cents=1500),
    ]


def test_a_sale_to_a_customer_becomes_their_purchases_at_once(shop: dict) -> None:
    sale = record_sale(shop["cid"], three_lines(shop), payment="微信", staff="小李", sold_at=AT)
    # 2 x 68.00 + 1.5 x 33.33 (49.995 -> 50.00) + 15.00
    assert [line["amount_cents"] for line in sale["lines"]] == [13600, 5000, 1500]
    assert (sale["total_cents"], sale["cost_cents"], sale["profit_cents"]) == (20100, 11000, 9100)
    assert (sale["payment"], sale["staff"], sale["number"]) == ("wechat", "小李", "20261208-0001")
    assert sale["lines"][1]["quantity"] == Decimal("1.5") and sale["lines_without_cost"] == 1
    assert totals(shop["cid"])["revenue_cents"] == 20100
    assert totals(shop["cid"])["last_purchase"] == "2026-12-08"


def test_a_walk_in_sale_counts_in_no_customers_analysis(shop: dict) -> None:
    sale = record_sale(None, [LineInput(product_id=shop["tea"])], sold_at=AT)
    assert sale["walk_in"] and sale["total_cents"] == 6800
    assert Purchase.select().count() == 0 and UncountedLine.select().count() == 1


def test_receipt_numbers_run_per_day(shop: dict) -> None:
    first = record_sale(None, [LineInput(product_id=shop["tea"])], sold_at=AT)["number"]
    second = record_sale(None, [LineInput(product_id=shop["tea"])], sold_at=AT)["number"]
    next_day = record_sale(None, [LineInput(product_id=shop["tea"])], sold_at=AT + dt.timedelta(days=1))["number"]
    assert (first, second, next_day) == ("20261208-0001", "20261208-0002", "20261209-0001")


def test_a_discount_on_the_sale_is_spread_so_the_lines_add_up_to_the_total(shop: dict) -> None:
    lines = [LineInput(product_id=shop["tea"]), LineInput(product_id=shop["tea"]), LineInput(product_id=shop["tea"])]
    sale = record_sale(shop["cid"], lines, discount_cents=100, sold_at=AT)  # ¥1 over three equal lines
    assert sorted(line["discount_cents"] for line in sale["lines"]) == [33, 33, 34]
    assert sale["total_cents"] == 3 * 6800 - 100 == sum(line["amount_cents"] for line in sale["lines"])


@pytest.mark.parametrize(
    ("customer", "lines", "discount", "error"),
    [
        (None, [], 0, "at least one line"),
        (None, [LineInput(product_id=9999)], 0, "no product with id 9999"),
        (None, [LineInput(text="修鞋")], 0, "needs a price"),
        (None, [LineInput(text="修鞋", unit_price_cents=100, quantity=Decimal(0))], 0, "more than 0"),
        (None, [LineInput(text="修鞋", unit_price_cents=100, quantity=Decimal(-1))], 0, "more than 0"),
        (None, [LineInput(text="修鞋", unit_price_cents=100)], 101, "more than the sale's total 1.00"),
        (None, [LineInput(text="修鞋", unit_price_cents=100, discount_cents=200)], 0, "more than the line's"),
        (424242, [LineInput(text="修鞋", unit_price_cents=100)], 0, "424242"),
    ],
)
def test_bad_sales_are_one_sentence_and_store_nothing(
    shop: dict, customer: int | None, lines: list[LineInput], discount: int, error: str
) -> None:
    with pytest.raises(UserError, match=error):
        record_sale(customer, lines, discount_cents=discount)
    assert Sale.select().count() == 0 and Purchase.select().count() == 0 and UncountedLine.select().count() == 0


def test_an_unknown_payment_or_staff_member_stores_nothing(shop: dict) -> None:
    with pytest.raises(ValidationError, match="payment method"):
        record_sale(shop["cid"], three_lines(shop), payment="bitcoin")
    with pytest.raises(UserError):
        record_sale(shop["cid"], three_lines(shop), staff="nobody")
    assert Sale.select().count() == 0 and Purchase.select().count() == 0


def test_a_sale_to_a_customer_in_the_trash_is_refused(shop: dict) -> None:
    delete_customers([shop["cid"]])
    with pytest.raises(UserError):
        record_sale(shop["cid"], three_lines(shop))
    assert Sale.select().count() == 0


def test_line_specs_read_product_quantity_and_price_from_the_right(shop: dict) -> None:
    assert parse_line_spec("铁观音") == LineInput(product_id=shop["tea"])
    assert parse_line_spec("6901:2") == LineInput(product_id=shop["tea"], quantity=Decimal(2))
    assert parse_line_spec("瓜子：1.5：30") == LineInput(
        product_id=shop["nuts"], quantity=Decimal("1.5"), unit_price_cents=3000
    )
    assert parse_line_spec("修拉链:1:15") == LineInput(text="修拉链", unit_price_cents=1500)
    assert parse_line_spec("Note: gift wrap:1:5") == LineInput(text="Note: gift wrap", unit_price_cents=500)
    with pytest.raises(UserError, match="give its price"):
        parse_line_spec("修拉链")
    with pytest.raises(UserError):
        parse_line_spec(":2")


@pytest.mark.parametrize(
    ("spec", "error"),
    [
        ("铁观音:0", "quantity must be more than 0"),  # was "There is no product 铁观音:0"
        ("铁观音:-1", "quantity must be more than 0"),
        ("修拉链:0:15", "quantity must be more than 0"),
        ("铁观音:abc", "abc is not a quantity"),
        ("铁观音:2:abc", "abc is not an amount of money"),
        ("铁观音:2:1.234", "more than two decimal places"),
        ("", "Name a product"),  # was " is not a sale line"
    ],
)
def test_a_wrong_quantity_or_price_in_a_line_spec_is_said_as_such(shop: dict, spec: str, error: str) -> None:
    with pytest.raises(ValidationError, match=error):
        parse_line_spec(spec)


def test_an_empty_quantity_or_price_in_a_line_spec_is_its_default(shop: dict) -> None:
    assert parse_line_spec("铁观音::60") == LineInput(product_id=shop["tea"], unit_price_cents=6000)
    assert parse_line_spec("铁观音:2:") == LineInput(product_id=shop["tea"], quantity=Decimal(2))
    assert parse_line_spec("修拉链::15") == LineInput(text="修拉链", unit_price_cents=1500)


def test_a_return_in_parts_nets_the_line_to_zero_to_the_cent(shop: dict) -> None:
    sale = record_sale(shop["cid"], [LineInput(product_id=shop["nuts"], quantity=Decimal(3))], sold_at=AT)
    line = sale["lines"][0]["id"]  # 3 x 33.33 = 99.99
    first = return_sale(sale["id"], {line: "1"}, reason="受潮")
    second = return_sale(sale["id"], {line: "2"}, reason="受潮")
    assert first["total_cents"] == -3333 and second["total_cents"] == -6666
    assert totals(shop["cid"])["revenue_cents"] == 0 and totals(shop["cid"])["cost_cents"] == 0
    assert sale_dict(sale["id"])["lines"][0]["returned_quantity"] == Decimal(3)
    with pytest.raises(UserError, match="already come back"):
        return_sale(sale["id"], {line: "1"}, reason="again")


def test_a_return_cannot_bring_back_more_than_was_sold(shop: dict) -> None:
    sale = record_sale(shop["cid"], [LineInput(product_id=shop["tea"], quantity=Decimal(2))], sold_at=AT)
    with pytest.raises(ValidationError, match="Only 2"):
        return_sale(sale["id"], {sale["lines"][0]["id"]: "3"}, reason="坏了")
    with pytest.raises(UserError, match="no line 999"):
        return_sale(sale["id"], {999: "1"}, reason="坏了")
    with pytest.raises(ValidationError, match="reason"):
        return_sale(sale["id"], reason=" ")
    assert Sale.select().count() == 1


def test_a_whole_return_points_at_its_sale_and_lists_on_it(shop: dict) -> None:
    sale = record_sale(shop["cid"], three_lines(shop), sold_at=AT)
    back = return_sale(sale["id"], reason="买错了")
    assert back["returns_sale_id"] == sale["id"] and back["total_cents"] == -sale["total_cents"]
    assert [r["id"] for r in sale_dict(sale["id"])["returns"]] == [back["id"]]
    assert [line["returns_line"] for line in back["lines"]] == [line["id"] for line in sale["lines"]]


def test_a_voided_sale_stays_visible_and_counts_nowhere(shop: dict) -> None:
    sale = record_sale(shop["cid"], three_lines(shop), sold_at=AT)
    voided = void_sale(sale["id"], "收银员按错了")
    assert voided["voided"] and voided["void_reason"] == "收银员按错了"
    assert [line["id"] for line in voided["lines"]] == [line["id"] for line in sale["lines"]]
    assert voided["total_cents"] == sale["total_cents"]  # the receipt still reads as it was
    assert totals(shop["cid"])["purchase_count"] == 0
    with pytest.raises(UserError, match="already voided"):
        void_sale(sale["id"], "again")
    with pytest.raises(UserError, match="voided"):
        return_sale(sale["id"], reason="x")


def test_a_sale_with_returns_is_voided_only_after_its_returns(shop: dict) -> None:
    sale = record_sale(shop["cid"], three_lines(shop), sold_at=AT)
    back = return_sale(sale["id"], reason="x")
    with pytest.raises(UserError, match="returns"):
        void_sale(sale["id"], "wrong customer")
    void_sale(back["id"], "return by mistake")
    void_sale(sale["id"], "wrong customer")
    assert Purchase.select().count() == 0


def test_a_walk_in_sale_can_be_returned_and_voided(shop: dict) -> None:
    sale = record_sale(None, three_lines(shop), sold_at=AT)
    back = return_sale(sale["id"], {sale["lines"][0]["id"]: 1}, reason="x")
    assert back["total_cents"] == -6800 and back["walk_in"]
    void_sale(back["id"], "oops")
    assert sale_dict(sale["id"])["lines"][0]["returned_quantity"] == 0


def test_a_counter_line_is_never_edited_or_deleted_as_a_purchase(shop: dict) -> None:
    sale = record_sale(shop["cid"], three_lines(shop), sold_at=AT)
    line = sale["lines"][0]["id"]
    with pytest.raises(UserError, match="return or void"):
        edit_purchase(line, {"amount": "1"})
    with pytest.raises(UserError, match="return or void"):
        delete_purchase(line)


def test_merging_customers_moves_their_sales_and_undo_moves_them_back(shop: dict) -> None:
    other = create_customer({"name": "张三", "phone": "13812345678"}, allow_duplicate=True).id
    sale = record_sale(other, three_lines(shop), sold_at=AT)
    merge = merge_customers(shop["cid"], other)
    assert sale_dict(sale["id"])["customer_id"] == shop["cid"] and merge["moved"]["sales"] == 1
    undo_merge(merge["merge_id"])
    assert sale_dict(sale["id"])["customer_id"] == other


def test_purging_a_customer_keeps_the_shops_takings_as_a_walk_ins(shop: dict) -> None:
    sale = record_sale(shop["cid"], three_lines(shop), sold_at=AT)
    delete_customers([shop["cid"]])
    purge_customers([shop["cid"]])
    after = sale_dict(sale["id"])
    assert after["walk_in"] and after["customer_name"] == ""
    assert [line["amount_cents"] for line in after["lines"]] == [line["amount_cents"] for line in sale["lines"]]


def test_the_days_sales_newest_first(shop: dict) -> None:
    a = record_sale(shop["cid"], three_lines(shop), sold_at=AT)
    b = record_sale(None, [LineInput(product_id=shop["cut"])], sold_at=AT + dt.timedelta(minutes=5))
    listed = list_sales(day_from=AT.date(), day_to=AT.date())
    assert [s["id"] for s in listed] == [b["id"], a["id"]]
    assert listed[1]["customer_name"] == "张三"
    assert [s["id"] for s in list_sales(customer_id=shop["cid"])] == [a["id"]]


def test_a_day_past_nine_thousand_nine_hundred_and_ninety_nine_sales_goes_on_counting(shop: dict) -> None:
    first = record_sale(None, [LineInput(product_id=shop["tea"])], sold_at=AT)
    Sale.update(number="20261208-9999").where(Sale.id == first["id"]).execute()  # a very busy day
    numbers = [record_sale(None, [LineInput(product_id=shop["tea"])], sold_at=AT)["number"] for _ in range(2)]
    assert numbers == ["20261208-10000", "20261208-10001"]
