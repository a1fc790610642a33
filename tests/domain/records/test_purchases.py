"""Purchases: what a customer bought, for how much and at what cost; totals and profit in cents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.domain.records.purchases import (
    add_purchase,
    delete_purchase,
    edit_purchase,
    get_purchase,
    list_purchases,
    purchase_dict,
    totals,
)
from smallcrm.errors import UserError, ValidationError
from smallcrm.store.models import Purchase


@pytest.fixture
def cid(crm: Path) -> int:
    return create_customer({"name": "张三", "phone": "13812345678"}).id


def test_purchase_amount_and_cost_typed_as_text_are_stored_in_cents(cid: int) -> None:
    p = add_purchase(cid, {"date": "2025-03-01", "item": "牛奶", "amount": "¥1,234.50", "cost": "1000"})
    assert (p.amount_cents, p.cost_cents, p.date) == (123450, 100000, dt.date(2025, 3, 1))


def test_totals_give_revenue_cost_and_profit_as_int_cents(cid: int) -> None:
    add_purchase(cid, {"date": "2025-03-01", "amount": "¥1,234.50", "cost": "1000"})
    add_purchase(cid, {"date": "2025-04-01", "amount": "100", "cost": "60.25"})
    t = totals(cid)
    assert (t["purchase_count"], t["revenue_cents"], t["cost_cents"], t["profit_cents"]) == (2, 133450, 106025, 27425)
    assert all(type(t[k]) is int for k in ("revenue_cents", "cost_cents", "profit_cents"))
    assert (t["first_purchase"], t["last_purchase"]) == ("2025-03-01", "2025-04-01")


def test_line_without_cost_is_counted_as_such(cid: int) -> None:
    add_purchase(cid, {"amount": "100", "cost": "40"})
    add_purchase(cid, {"amount": "50"})
    add_purchase(cid, {"amount": "30", "cost": ""})
    t = totals(cid)
    assert t["lines_without_cost"] == 2
    assert t["profit_cents"] == 18000 - 4000


def test_customer_without_purchases_has_zero_totals(cid: int) -> None:
    t = totals(cid)
    assert (t["purchase_count"], t["revenue_cents"], t["profit_cents"], t["lines_without_cost"]) == (0, 0, 0, 0)
    assert t["first_purchase"] is None


def test_purchase_without_date_is_dated_today(cid: int) -> None:
    assert add_purchase(cid, {"amount": "10"}).date == dt.date.today()


def test_quantity_from_a_spreadsheet_number_cell_is_accepted(cid: int) -> None:
    assert add_purchase(cid, {"amount": "10", "quantity": 2.0}).quantity == 2


@pytest.mark.parametrize(
    ("typed", "kept"),
    [(1.5, "1.5"), ("1.5", "1.5"), ("0.25", "0.25"), ("１．５", "1.5"), ("1,250.125", "1250.125"), (3, "3")],
)
def test_goods_sold_by_weight_keep_their_exact_quantity(cid: int, typed: object, kept: str) -> None:
    p = add_purchase(cid, {"amount": "10", "quantity": typed})

    stored = get_purchase(p.id).quantity
    assert isinstance(stored, Decimal) and stored == Decimal(kept) and str(stored) == kept
    assert list_purchases(cid)[0]["quantity"] == Decimal(kept)


def test_quantities_are_stored_as_whole_thousandths(cid: int) -> None:
    """Exact in SQL too: no REAL anywhere, so sums and comparisons are exact."""
    from smallcrm.store.db import db

    for q in ("0.1", "0.2", "1.5"):
        add_purchase(cid, {"amount": "10", "quantity": q})

    assert db.execute_sql("SELECT typeof(quantity_milli), SUM(quantity_milli) FROM purchase").fetchone() == (
        "integer",
        1800,
    )


def test_purchase_dict_shows_line_profit_or_none_without_cost(cid: int) -> None:
    add_purchase(cid, {"date": "2025-01-01", "amount": "10", "cost": "4"})
    add_purchase(cid, {"date": "2025-02-01", "amount": "10"})
    rows = list_purchases(cid)
    assert [r["date"] for r in rows] == ["2025-02-01", "2025-01-01"]  # newest first
    assert [r["profit_cents"] for r in rows] == [None, 600]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"amount": "10", "date": "2025-02-30"}, "date"),
        ({"amount": "10", "date": "next tuesday"}, "date"),
        ({"amount": "abc"}, "amount"),
        ({"amount": "1.005"}, "amount"),
        ({"amount": "10", "cost": "n/a"}, "cost"),
        ({"amount": "10", "quantity": "two"}, "quantity"),
        ({"amount": "10", "quantity": "1.2345"}, "quantity"),  # a fourth decimal place is never rounded away
        ({"amount": "10", "quantity": 0.1 + 0.2}, "quantity"),  # 0.30000000000000004 likewise
        ({"amount": "10", "quantity": ""}, "quantity"),
        ({"amount": "10", "quantity": True}, "quantity"),
        ({"amount": "10", "quantity": "0"}, "quantity"),
        ({"amount": "10", "quantity": "-1"}, "quantity"),
        ({"amount": "10", "quantity": "99999999999999999999"}, "quantity"),
        ({"amount": "10", "discount": "5"}, "discount"),
        ({"item": "牛奶"}, "amount"),
    ],
)
def test_bad_purchase_is_refused_naming_the_field(cid: int, data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        add_purchase(cid, data)
    assert err.value.field == field
    assert Purchase.select().count() == 0


def test_edit_changes_the_purchase(cid: int) -> None:
    p = add_purchase(cid, {"amount": "10", "item": "牛奶"})
    edited = edit_purchase(p.id, {"amount": "12.50", "cost": "8", "item": "酸奶"})
    assert (edited.amount_cents, edited.cost_cents, edited.item) == (1250, 800, "酸奶")
    assert totals(cid)["profit_cents"] == 450


def test_edit_can_clear_the_cost(cid: int) -> None:
    p = add_purchase(cid, {"amount": "10", "cost": "4"})
    assert edit_purchase(p.id, {"cost": ""}).cost_cents is None


def test_bad_edit_changes_nothing(cid: int) -> None:
    p = add_purchase(cid, {"amount": "10", "item": "牛奶"})
    with pytest.raises(ValidationError):
        edit_purchase(p.id, {"item": "酸奶", "amount": "lots"})
    assert (get_purchase(p.id).item, get_purchase(p.id).amount_cents) == ("牛奶", 1000)


def test_delete_removes_the_purchase_from_the_totals(cid: int) -> None:
    keep = add_purchase(cid, {"amount": "10"})
    gone = add_purchase(cid, {"amount": "5"})
    delete_purchase(gone.id)
    assert [r["id"] for r in list_purchases(cid)] == [keep.id]
    assert totals(cid)["revenue_cents"] == 1000


@pytest.mark.parametrize("action", [get_purchase, delete_purchase, lambda i: edit_purchase(i, {"amount": "1"})])
def test_unknown_purchase_is_a_user_error(crm: Path, action: Callable[[int], object]) -> None:
    with pytest.raises(UserError, match="There is no purchase with id 999"):
        action(999)


def test_adding_to_a_trashed_customer_is_refused(cid: int) -> None:
    delete_customers([cid])
    with pytest.raises(UserError):
        add_purchase(cid, {"amount": "10"})
    assert Purchase.select().count() == 0


def test_adding_to_an_unknown_customer_is_refused(crm: Path) -> None:
    with pytest.raises(UserError, match="There is no customer with id 999"):
        add_purchase(999, {"amount": "10"})


def test_refund_as_a_negative_amount_lowers_revenue(cid: int) -> None:
    add_purchase(cid, {"amount": "100"})
    add_purchase(cid, {"amount": "30.00", "refund": True})
    assert totals(cid)["revenue_cents"] == 7000


# --- negative amounts are refunds, said so (issue 15.6) ------------------------------------------


@pytest.mark.parametrize("typed", ["-50", "(50.00)", "-¥50"])
def test_a_bare_negative_amount_is_refused_saying_how_to_record_a_refund(cid: int, typed: str) -> None:
    with pytest.raises(ValidationError, match="is negative; to record money paid back, mark the purchase as a refund"):
        add_purchase(cid, {"amount": typed})
    assert Purchase.select().count() == 0


@pytest.mark.parametrize("typed", ["50", "-50"])
def test_a_refund_stores_the_money_paid_back_as_a_negative_amount(cid: int, typed: str) -> None:
    p = add_purchase(cid, {"amount": typed, "refund": "yes", "item": "退货"})
    assert p.amount_cents == -5000
    assert purchase_dict(p)["refund"] is True
    assert totals(cid)["revenue_cents"] == -5000


def test_an_edit_keeps_a_refund_a_refund_until_it_is_unmarked(cid: int) -> None:
    p = add_purchase(cid, {"amount": "50", "refund": True})
    assert edit_purchase(p.id, {"amount": "60"}).amount_cents == -6000
    assert edit_purchase(p.id, {"refund": "no"}).amount_cents == 6000
    assert edit_purchase(p.id, {"refund": "是"}).amount_cents == -6000


@pytest.mark.parametrize("empty", ["", "   ", None])
def test_an_empty_amount_says_the_amount_is_missing(cid: int, empty: object) -> None:
    with pytest.raises(ValidationError) as err:
        add_purchase(cid, {"amount": empty})
    assert (err.value.field, err.value.template) == ("amount", "A purchase needs an amount.")


def test_a_negative_cost_is_refused(cid: int) -> None:
    with pytest.raises(ValidationError, match="The cost -5 is below zero") as err:
        add_purchase(cid, {"amount": "10", "cost": "-5"})
    assert err.value.field == "cost"


def test_a_customers_profit_takes_off_the_service_cost_of_their_contacts_as_the_analysis_does(cid: int) -> None:
    from smallcrm import settings
    from smallcrm.domain.records.interactions import add_interaction

    settings.put("service_cost_cents", 500)
    add_purchase(cid, {"date": "2025-03-01", "amount": "100", "cost": "60"})
    add_interaction(cid, {"kind": "visit", "at": "2025-03-01 10:00"})
    add_interaction(cid, {"kind": "call", "at": "2025-03-02 10:00"})
    add_interaction(cid, {"kind": "note", "at": "2025-03-03 10:00"})  # a note costs no service
    t = totals(cid)
    assert (t["revenue_cents"], t["cost_cents"], t["gross_profit_cents"]) == (10000, 6000, 4000)
    assert (t["service_contacts"], t["service_cost_cents"], t["profit_cents"]) == (2, 1000, 3000)
