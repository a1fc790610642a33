"""Customers entered twice, for the duplicates finder and the merge to show."""

from __future__ import annotations

from typing import Any

from peewee import fn

from smallcrm.domain.demo.duplicates import entered_twice
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.domain.values import phones
from smallcrm.store.models import Customer
from tests.domain.demo.conftest import TODAY, N


def test_a_few_customers_are_entered_twice(demo: dict[str, int]) -> None:
    same_phone = (
        Customer.select(Customer.phone_norm).group_by(Customer.phone_norm).having(fn.COUNT(Customer.id) > 1).count()
    )
    same_address = (
        Customer.select(Customer.name, Customer.street)
        .where(Customer.street != "")
        .group_by(Customer.name, Customer.street)
        .having(fn.COUNT(Customer.id) > 1)
        .count()
    )
    assert 1 <= same_phone + same_address <= 0.01 * N


def _original() -> tuple[Plan, dict[str, Any]]:
    plan = Plan("regular", 10, 900, 12, None, "门店", 0, "张伟", "张", "M", True)
    row = {
        "name": "张伟",
        "phone": "13812345678",
        "phone_norm": "+8613812345678",
        "street": "人民路1号",
        "district": "武侯区",
        "postcode": "610041",
        "mail_consent": True,
        "wechat": "zw",
        "notes": "老客户",
    }
    return plan, row


def test_a_copy_shares_the_phone_or_the_name_and_street_with_its_original() -> None:
    run = Run.start(1, TODAY)
    plan, row = _original()
    for _ in range(200):
        copy, dup = entered_twice(run, plan, row, None)
        same_phone = phones.normalise(dup["phone"]) == row["phone_norm"]
        same_name_and_street = dup["name"] == row["name"] and dup["street"] == row["street"]
        assert same_phone or same_name_and_street
        assert dup["wechat"] == dup["notes"] == "" and dup["churn_status"] == "active"
        assert copy.purchases <= 2 and copy.start <= copy.end
        assert not dup["mail_consent"] or dup["street"]
