"""Everything about one customer as ``customer show`` prints it (``customers.profile``)."""

from __future__ import annotations

import datetime as dt

import pytest

from smallcrm.domain.customers.commands import (
    create_customer,
)
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.records.purchases import add_purchase

pytestmark = pytest.mark.usefixtures("crm")


def test_customer_dict_gives_money_as_int_cents() -> None:
    c = create_customer({"name": "张三"})
    add_purchase(c.id, {"amount": "¥1,234.50", "cost": "1000"})
    d = customer_dict(c)
    money = {k: d[k] for k in ("revenue_cents", "cost_cents", "profit_cents")}
    assert money == {"revenue_cents": 123450, "cost_cents": 100000, "profit_cents": 23450}
    assert all(type(v) is int for v in money.values())


def test_customer_dict_gives_birthday_age_and_next_birthday() -> None:
    c = create_customer({"name": "张三", "birthday": "1985-03-02"})
    d = customer_dict(c)
    assert d["birthday"]["text"] == "1985-03-02"
    assert isinstance(d["age"], int)
    assert dt.date.fromisoformat(d["next_birthday"]) >= dt.date.today()


def test_customer_dict_without_birthday_has_no_age() -> None:
    d = customer_dict(create_customer({"name": "张三"}))
    assert d["birthday"] is None
    assert "age" not in d
